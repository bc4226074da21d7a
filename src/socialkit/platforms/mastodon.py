"""Mastodon: federated microblogging on ActivityPub.

Limits from Mastodon's own server code; each instance may change them (read
``/api/v2/instance``), so these are the defaults of an unmodified server. The
source documents do not classify Mastodon; socialkit files it as a social
network. The home timeline is chronological, so no ranking signal is recorded.
"""

from datetime import date

from socialkit._core.i18n import N_
from socialkit._core.sources import Confidence, Source
from socialkit.platforms._model import Limits, MediaFamily, Platform, TextLimit, TextUnit

STATUS_LENGTH_VALIDATOR = Source(
    title="mastodon/mastodon app/validators/status_length_validator.rb",
    url="https://github.com/mastodon/mastodon/blob/main/app/validators/status_length_validator.rb",
    confidence=Confidence.OFFICIAL,
    note="MAX_CHARS = 500, counted in grapheme clusters over the content warning plus the "
    "text; every URL counts as URL_PLACEHOLDER_CHARS = 23; mentions count without their "
    "domain. Instances may configure another limit.",
)

PLATFORM = Platform(
    slug="mastodon",
    name="Mastodon",
    # The source documents do not classify Mastodon: filed as a social network, like X.
    family=MediaFamily.SOCIAL_NETWORK,
    description=N_(
        "Federated, open-source microblogging: independent servers (instances) "
        "with their own rules; the home timeline is chronological."
    ),
    verified_on=date(2026, 11, 22),
    limits=Limits(
        text=(
            TextLimit(
                maximum=500,
                unit=TextUnit.GRAPHEMES,
                url_length=23,
                mention_domain_free=True,
                url_needs_scheme=True,
                source=STATUS_LENGTH_VALIDATOR,
            ),
        ),
    ),
)
