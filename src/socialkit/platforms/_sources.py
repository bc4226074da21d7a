"""Sources shared by several platforms' data.

Platform-specific sources live in the platform's own module.
"""

from datetime import date

from socialkit._core.documents import BLOG_ARCHIVE, COURSE_MODULE
from socialkit._core.sources import Confidence, Source

__all__ = [
    "AYRSHARE_MEDIA",
    "BLOG_ARCHIVE",
    "COURSE_MODULE",
    "FACEBOT_2026",
    "HOOTSUITE_2023",
    "OWN_SITES",
    "SPROUT_BEST_TIMES_2023",
    "ZERNIO_DOCS",
]

HOOTSUITE_2023 = Source(
    title="Hootsuite, How often to post on social media (2023)",
    url="https://blog.hootsuite.com/how-often-to-post-on-social-media/",
    confidence=Confidence.SECONDARY,
    note="Read through a mirror; primary 2024-2025 page not retrieved. Publication date "
    "not known (the 2023 edition of a page Hootsuite updates in place).",
)

SPROUT_BEST_TIMES_2023 = Source(
    title="Sprout Social, Best times to post on social media (2023)",
    url="https://sproutsocial.com/insights/best-times-to-post-on-social-media/",
    confidence=Confidence.SECONDARY,
    published=date(2023, 5, 10),
    note="Reported by Social Media Today on 2023-05-10 (the date used here); windows are "
    "local time and drift year to year.",
)

AYRSHARE_MEDIA = Source(
    title="Ayrshare, social media image and video guidelines",
    url="https://www.ayrshare.com/docs/media-guidelines",
    confidence=Confidence.SECONDARY,
)

FACEBOT_2026 = Source(
    title="FaceBot posting-frequency aggregator table (2026)",
    confidence=Confidence.SECONDARY,
    note="Aggregator with no primary study behind it: low confidence. Publication date not known.",
)

ZERNIO_DOCS = Source(
    title="Zernio (formerly Late) API platform guides and media guidelines",
    url="https://docs.zernio.com/platforms",
    confidence=Confidence.SECONDARY,
    note="Third-party scheduling API documenting TikTok and YouTube upload limits.",
)

OWN_SITES = Source(
    title="The platforms' own sites and short-link domains, as their links show them",
    confidence=Confidence.UNCONFIRMED,
    note="No platform publishes a list of its domains; these are the ones its pages and "
    "share links use.",
)
