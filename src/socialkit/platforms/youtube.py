"""YouTube: Google's video sharing platform, long-form and Shorts.

Boosts and restrictions from the course module [000]; title and description
limits from the YouTube Data API reference; ranking from YouTube's help page
and the 2016 RecSys paper on its deep-learning recommender.
"""

from datetime import date, timedelta
from fractions import Fraction

from socialkit._core.i18n import N_
from socialkit._core.sources import Confidence, Source
from socialkit.platforms._model import (
    Effect,
    Limits,
    MediaFamily,
    MediaKind,
    MediaLimit,
    MediaRequirement,
    OwnDomain,
    Period,
    Platform,
    PostingGuidance,
    ProfileImage,
    ProfileImageKind,
    Signal,
    TextLimit,
    TextUnit,
)
from socialkit.platforms._sources import COURSE_MODULE, FACEBOT_2026, OWN_SITES, ZERNIO_DOCS

DATA_API_VIDEOS = Source(
    title="YouTube Data API v3, videos resource (snippet.title, snippet.description)",
    url="https://developers.google.com/youtube/v3/docs/videos",
    confidence=Confidence.OFFICIAL,
    note="Title: 100 characters; description: 5,000 bytes; neither may contain < or >.",
)
DATA_API_TAGS = Source(
    title="YouTube Data API v3, videos resource (snippet.tags)",
    url="https://developers.google.com/youtube/v3/docs/videos",
    confidence=Confidence.OFFICIAL,
    note="snippet.tags: at most 500 characters in all; the commas between tags count, and "
    "a tag that contains a space counts the quotation marks around it.",
)
SHORTS_3_MIN = Source(
    title="YouTube blog, Shorts up to 3 minutes from 15 October 2024 (via press reports)",
    confidence=Confidence.SECONDARY,
    note="Applies to square or vertical videos uploaded from that date; "
    "Shorts were limited to 60 seconds before.",
)
RECOMMENDATIONS_HELP = Source(
    title="YouTube Help, How YouTube recommendations work",
    url="https://support.google.com/youtube/answer/16089387",
    confidence=Confidence.OFFICIAL,
    note="Read through a mirror. Signals include watch and search history, subscriptions, "
    "likes, dislikes, 'Not interested' and satisfaction surveys.",
)
COVINGTON_2016 = Source(
    title="Covington, Adams and Sargin, Deep Neural Networks for YouTube Recommendations "
    "(RecSys 2016)",
    confidence=Confidence.OFFICIAL,
    published=date(2016, 9, 15),
    note="Published at RecSys 2016 (15 September 2016), ten years old: a 2016 paper on "
    "YouTube's recommender, not a current description of it. Ranking optimizes expected watch time (weighted logistic regression), "
    "not click-through rate, to avoid rewarding clickbait.",
)

_B, _R = Effect.BOOST, Effect.RESTRICT
_LONGER_SHORTS = date(2024, 10, 15)

PLATFORM = Platform(
    slug="youtube",
    name="YouTube",
    family=MediaFamily.CONTENT_SHARING,
    aliases=("yt",),
    own_domains=(
        OwnDomain(domain="youtube.com", source=OWN_SITES),
        OwnDomain(domain="youtu.be", source=OWN_SITES),
    ),
    description=N_(
        "Video sharing, long-form and Shorts; the ranking favours advertising and "
        "old videos can resurface."
    ),
    verified_on=date(2026, 11, 22),
    limits=Limits(
        text=(
            TextLimit(
                field="title", maximum=100, unit=TextUnit.CODE_POINTS, source=DATA_API_VIDEOS
            ),
            TextLimit(
                field="description",
                maximum=5000,
                unit=TextUnit.UTF8_BYTES,
                source=DATA_API_VIDEOS,
            ),
            TextLimit(
                field="tags",
                maximum=500,
                unit=TextUnit.CODE_POINTS,
                source=DATA_API_TAGS,
            ),
        ),
        # A video's text is its description; the title is a field of its own.
        body_field="description",
        media=(
            MediaLimit(
                kind=MediaKind.VIDEO, max_duration=timedelta(minutes=15), source=ZERNIO_DOCS
            ),
            MediaLimit(
                kind=MediaKind.VIDEO,
                max_duration=timedelta(hours=12),
                tier="verified",
                source=ZERNIO_DOCS,
            ),
            MediaLimit(
                kind=MediaKind.SHORT_VIDEO,
                max_duration=timedelta(seconds=60),
                max_aspect=Fraction(1, 1),
                source=SHORTS_3_MIN,
                until=_LONGER_SHORTS,
            ),
            MediaLimit(
                kind=MediaKind.SHORT_VIDEO,
                max_duration=timedelta(minutes=3),
                max_aspect=Fraction(1, 1),
                source=SHORTS_3_MIN,
                since=_LONGER_SHORTS,
            ),
        ),
    ),
    signals=(
        # Source document [000].
        Signal(
            id="followers",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("The channel's number of subscribers."),
            see_also=(RECOMMENDATIONS_HELP,),
        ),
        Signal(
            id="regularity",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Publishing regularly."),
        ),
        Signal(
            id="views_reactions_comments",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Views, reactions and comments; old videos can resurface."),
        ),
        Signal(
            id="subtitles",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Subtitles on the video."),
        ),
        Signal(
            id="advertising",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("The platform favours advertising (paid promotion)."),
        ),
        Signal(
            id="sensitive_content",
            effect=_R,
            source=COURSE_MODULE,
            description="Sensitive content.",
        ),
        # YouTube's own publications.
        Signal(
            id="watch_time",
            effect=_B,
            source=COVINGTON_2016,
            description=N_("Expected watch time: what the ranking stage optimizes."),
        ),
        Signal(
            id="satisfaction",
            effect=_B,
            source=RECOMMENDATIONS_HELP,
            description=N_(
                "Long-term viewer satisfaction: surveys, likes, dislikes and "
                "'Not interested' feedback."
            ),
        ),
        Signal(
            id="clickbait",
            effect=_R,
            source=COVINGTON_2016,
            description=N_(
                "Videos clicked but not watched: ranking on watch time rather than "
                "click-through rate keeps clickbait from being rewarded."
            ),
        ),
    ),
    frequency=(
        PostingGuidance(
            per=Period.WEEK,
            minimum=1,
            maximum=2,
            surface="long-form",
            recommended=True,
            source=FACEBOT_2026,
            weak=True,
            note=N_("No primary study found; low confidence: a cap, never a target."),
        ),
        PostingGuidance(
            per=Period.WEEK,
            minimum=3,
            maximum=5,
            surface="shorts",
            recommended=True,
            source=FACEBOT_2026,
            weak=True,
            note=N_("No primary study found; low confidence: a cap, never a target."),
        ),
    ),
    media_required=(
        MediaRequirement(
            any_of=(MediaKind.VIDEO, MediaKind.SHORT_VIDEO),
            surface="video",
            note=N_("A YouTube upload is a video (long-form or a Short)."),
            source=DATA_API_VIDEOS.at("videos.insert uploads a video file"),
        ),
    ),
    profile_images=(
        ProfileImage(
            kind=ProfileImageKind.BANNER,
            surface="channel",
            width=2560,
            height=1440,
            min_width=2048,
            min_height=1152,
            max_bytes=6 * 1024 * 1024,
            source=Source(
                title="YouTube Data API v3, channelBanners.insert",
                url="https://developers.google.com/youtube/v3/docs/channelBanners/insert",
                confidence=Confidence.OFFICIAL,
                note="A 16:9 image of at least 2048x1152 pixels; 2560x1440 recommended; "
                "6 MB at most. The profile picture's size is not sourced here: not included.",
            ),
        ),
    ),
)
