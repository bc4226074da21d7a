"""Threads: Meta's text-first conversation network.

Limits from Meta's Threads API documentation. The source documents do not
classify Threads; socialkit files it as a social network, like X. Meta
publishes no ranking explanation we could read, so the one signal here is a
correlational industry finding.
"""

from datetime import date, timedelta
from fractions import Fraction

from socialkit._core.i18n import N_
from socialkit._core.sources import Confidence, Source
from socialkit.platforms._model import (
    CountKind,
    CountLimit,
    Effect,
    Limits,
    MediaFamily,
    MediaKind,
    MediaLimit,
    Platform,
    Signal,
    TextLimit,
    TextUnit,
)
from socialkit.platforms._sources import AYRSHARE_MEDIA

THREADS_POSTS = Source(
    title="Threads API, Posts (developers.facebook.com)",
    url="https://developers.facebook.com/documentation/threads/posts",
    confidence=Confidence.OFFICIAL,
    note="'Text posts are limited to 500 characters. Emojis are counted as the number of "
    "UTF-8 bytes.' socialkit reads this as characters (code points) except emoji, which "
    "count their UTF-8 bytes.",
)
THREADS_TEXT_ATTACHMENTS = Source(
    title="Threads API, Text attachments (developers.facebook.com)",
    url="https://developers.facebook.com/documentation/threads/create-posts/text-attachments",
    confidence=Confidence.OFFICIAL,
    note="Up to 10,000 characters; from 2025-12-22 posts with more than 5 links fail with "
    "THREADS_API__LINK_LIMIT_EXCEEDED.",
)
AYRSHARE_THREADS = Source(
    title="Ayrshare, Threads API posting guide",
    url="https://www.ayrshare.com/apis/post/social-networks/threads",
    confidence=Confidence.SECONDARY,
    note="One topic tag (hashtag) per post; 250 API-published posts per 24 hours.",
)
BUFFER_2026 = Source(
    title="Buffer, engagement report 2026 (52M+ posts)",
    confidence=Confidence.SECONDARY,
    note="Read through a repost; publication date not known. Correlational: accounts that reply to comments see up to "
    "42% more engagement on Threads.",
)

PLATFORM = Platform(
    slug="threads",
    name="Threads",
    # The source documents do not classify Threads: filed as a social network, like X.
    family=MediaFamily.SOCIAL_NETWORK,
    description=N_(
        "Meta's text-first network for public conversation, linked to Instagram accounts."
    ),
    verified_on=date(2026, 11, 22),
    limits=Limits(
        text=(
            TextLimit(maximum=500, unit=TextUnit.CODE_POINTS_EMOJI_AS_BYTES, source=THREADS_POSTS),
            TextLimit(
                field="text_attachment",
                maximum=10_000,
                unit=TextUnit.CODE_POINTS,
                source=THREADS_TEXT_ATTACHMENTS,
            ),
        ),
        counts=(
            CountLimit(
                kind=CountKind.LINKS,
                maximum=5,
                source=THREADS_TEXT_ATTACHMENTS,
                since=date(2025, 12, 22),
            ),
            CountLimit(kind=CountKind.TOPIC_TAGS, maximum=1, source=AYRSHARE_THREADS),
        ),
        media=(
            MediaLimit(
                kind=MediaKind.IMAGE,
                max_bytes=8_000_000,
                max_aspect=Fraction(10, 1),
                source=AYRSHARE_MEDIA,
            ),
            MediaLimit(
                kind=MediaKind.VIDEO,
                max_duration=timedelta(minutes=5),
                max_bytes=1_000_000_000,
                min_aspect=Fraction(1, 100),
                max_aspect=Fraction(10, 1),
                source=AYRSHARE_MEDIA,
            ),
        ),
    ),
    signals=(
        Signal(
            id="author_replies",
            effect=Effect.BOOST,
            source=BUFFER_2026,
            description=N_(
                "The author replying to comments (correlational: +42% engagement "
                "for accounts that reply)."
            ),
        ),
    ),
)
