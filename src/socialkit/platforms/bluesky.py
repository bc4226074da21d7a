"""Bluesky: the AT Protocol's microblogging app.

Limits from the AT Protocol lexicons (official). The source documents do not
classify Bluesky; socialkit files it as a social network. The Following feed
is chronological and algorithmic feeds are opt-in custom feeds, so no ranking
signal is recorded.
"""

from datetime import date

from socialkit._core.i18n import N_
from socialkit._core.sources import Confidence, Source
from socialkit.platforms._model import (
    CountKind,
    CountLimit,
    Limits,
    MediaFamily,
    MediaKind,
    MediaLimit,
    Platform,
    TextLimit,
    TextUnit,
)

POST_LEXICON = Source(
    title="bluesky-social/atproto lexicons/app/bsky/feed/post.json",
    url="https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json",
    confidence=Confidence.OFFICIAL,
    note="text: maxGraphemes 300 and maxLength 3000 (lexicon string lengths are UTF-8 bytes); "
    "both apply.",
)
IMAGES_LEXICON = Source(
    title="bluesky-social/atproto lexicons/app/bsky/embed/images.json",
    url="https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/embed/images.json",
    confidence=Confidence.OFFICIAL,
    note="At most 4 images, each at most 1,000,000 bytes.",
)
VIDEO_LEXICON = Source(
    title="bluesky-social/atproto lexicons/app/bsky/embed/video.json",
    url="https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/embed/video.json",
    confidence=Confidence.OFFICIAL,
    note="video/mp4 blob of at most 50,000,000 bytes at the commit read (049a697).",
)

PLATFORM = Platform(
    slug="bluesky",
    name="Bluesky",
    # The source documents do not classify Bluesky: filed as a social network, like X.
    family=MediaFamily.SOCIAL_NETWORK,
    aliases=("bsky",),
    description=N_(
        "Decentralised microblogging on the AT Protocol; the Following feed is "
        "chronological and algorithmic feeds are chosen by the user."
    ),
    verified_on=date(2026, 11, 22),
    limits=Limits(
        text=(
            TextLimit(maximum=300, unit=TextUnit.GRAPHEMES, source=POST_LEXICON),
            TextLimit(maximum=3000, unit=TextUnit.UTF8_BYTES, source=POST_LEXICON),
        ),
        counts=(CountLimit(kind=CountKind.IMAGES, maximum=4, source=IMAGES_LEXICON),),
        media=(
            MediaLimit(kind=MediaKind.IMAGE, max_bytes=1_000_000, source=IMAGES_LEXICON),
            MediaLimit(kind=MediaKind.VIDEO, max_bytes=50_000_000, source=VIDEO_LEXICON),
        ),
    ),
)
