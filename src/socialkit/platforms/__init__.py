"""Shipped platform data: one module per platform, each defining ``PLATFORM``.

Adding a platform is adding data: write ``<slug>.py`` with a ``PLATFORM =
Platform(...)`` instance whose every fact names its source, then add the slug
to :data:`SHIPPED`. The generic tests in ``tests/test_platform_data.py`` run
over every registered platform, so no new test code is needed.
"""

SHIPPED: tuple[str, ...] = (
    "bluesky",
    "facebook",
    "instagram",
    "linkedin",
    "mastodon",
    "pinterest",
    "snapchat",
    "threads",
    "tiktok",
    "whatsapp",
    "x",
    "youtube",
)
"""Slugs of the platforms that ship with socialkit, loaded on first registry access."""
