"""Instagram: Meta's photo and video sharing network.

Boosts and restrictions from the course module [000]; the 2025 top signals
from Adam Mosseri, read through press reports; the caption's limits (2,200
characters, 30 hashtags, 20 @ tags) from Meta's IG User Media reference; media
limits from secondary sources.
"""

from datetime import date, time, timedelta
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
    MediaRequirement,
    OwnDomain,
    Period,
    Platform,
    PostingGuidance,
    PostingWindow,
    Signal,
    TextLimit,
    TextUnit,
)
from socialkit.platforms._sources import (
    AYRSHARE_MEDIA,
    COURSE_MODULE,
    HOOTSUITE_2023,
    OWN_SITES,
    SPROUT_BEST_TIMES_2023,
)

IG_USER_MEDIA = Source(
    title="Meta, Instagram Graph API reference: IG User Media (POST /<IG_USER_ID>/media)",
    confidence=Confidence.OFFICIAL,
    url="https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media",
    note="caption: at most 2,200 characters, 30 hashtags and 20 @ tags (API publishing).",
)
HASHTAGS_30 = Source(
    title="Instagram's long-standing 30-hashtag cap, as documented by scheduling tools",
    confidence=Confidence.SECONDARY,
    note="Replaced by the 5-hashtag cap on 2025-12-19.",
)
HASHTAGS_5 = Source(
    title="@creators announcement of a 5-hashtag cap per post and Reel, via press reports",
    confidence=Confidence.SECONDARY,
    note="Reported by several outlets; the announcement itself was not read directly.",
)
MOSSERI_2025 = Source(
    title="Adam Mosseri on Instagram's top three ranking signals (January 2025)",
    confidence=Confidence.SECONDARY,
    note="Via socialsamosa: watch time, likes and sends; likes per reach matter more for "
    "connected reach, sends per reach for unconnected reach.",
)
RANKING_EXPLAINED = Source(
    title="Instagram Ranking Explained (about.instagram.com, 2023)",
    confidence=Confidence.SECONDARY,
    note="Read through secondary summaries only. Each surface (Feed, Stories, Explore, "
    "Reels) has its own ranking.",
)
WATERMARK_REPORTS = Source(
    title="Reports that watermarked Reels (e.g. TikTok exports) are deprioritized",
    confidence=Confidence.SECONDARY,
)
MOSSERI_2021 = Source(
    title="Adam Mosseri at Creator Week (2021): posting cadence",
    confidence=Confidence.SECONDARY,
    note="2 feed posts a week and 2 Stories a day.",
)

CONTENT_PUBLISHING = Source(
    title="Meta for Developers, Instagram Platform: Content Publishing",
    url="https://developers.facebook.com/docs/instagram-platform/content-publishing/",
    confidence=Confidence.OFFICIAL,
    note="Publishing creates a container for a single image, video or reel, or a carousel of "
    "images and videos; the guide has no text-only post.",
)

_B, _R = Effect.BOOST, Effect.RESTRICT
_HASHTAG_CAP_CHANGE = date(2025, 12, 19)

PLATFORM = Platform(
    slug="instagram",
    name="Instagram",
    family=MediaFamily.CONTENT_SHARING,
    aliases=("ig", "insta"),
    own_domains=(OwnDomain(domain="instagram.com", source=OWN_SITES),),
    description=N_(
        "Photo and short-video sharing; converging on TikTok, recommended content "
        "from unfollowed accounts weighs more and more."
    ),
    verified_on=date(2026, 11, 22),
    limits=Limits(
        text=(
            TextLimit(
                maximum=2200,
                unit=TextUnit.CODE_POINTS,
                source=IG_USER_MEDIA,
                see_also=(AYRSHARE_MEDIA,),
            ),
        ),
        counts=(
            CountLimit(
                kind=CountKind.HASHTAGS,
                maximum=30,
                source=HASHTAGS_30,
                see_also=(IG_USER_MEDIA,),
                until=_HASHTAG_CAP_CHANGE,
            ),
            CountLimit(
                kind=CountKind.HASHTAGS,
                maximum=5,
                source=HASHTAGS_5,
                since=_HASHTAG_CAP_CHANGE,
            ),
            CountLimit(kind=CountKind.MENTIONS, maximum=20, source=IG_USER_MEDIA),
        ),
        media=(
            MediaLimit(
                kind=MediaKind.IMAGE,
                recommended_width=1080,
                recommended_height=1350,
                min_aspect=Fraction(4, 5),
                max_aspect=Fraction(191, 100),
                source=AYRSHARE_MEDIA,
            ),
            MediaLimit(
                kind=MediaKind.SHORT_VIDEO,
                min_duration=timedelta(seconds=3),
                max_duration=timedelta(minutes=15),
                recommended_width=1080,
                recommended_height=1920,
                source=AYRSHARE_MEDIA,
            ),
        ),
    ),
    signals=(
        # Source document [000].
        Signal(
            id="interactions",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Interactions: messages, comments, reactions and watch time."),
        ),
        Signal(
            id="hashtags", effect=_B, source=COURSE_MODULE, description=N_("Relevant hashtags.")
        ),
        Signal(
            id="trends",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Following trends: popular music, current news."),
        ),
        Signal(
            id="targeted_posts",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Posts targeted at a precise audience."),
        ),
        Signal(
            id="growth_hacking",
            effect=_R,
            source=COURSE_MODULE,
            description=N_("Apps that boost engagement artificially (growth hacking)."),
        ),
        Signal(
            id="reposts",
            effect=_R,
            source=COURSE_MODULE,
            description=N_("Reposting other people's content rather than original posts."),
        ),
        # Mosseri, January 2025: the top three signals.
        Signal(
            id="watch_time",
            effect=_B,
            source=MOSSERI_2025,
            description=N_("Time spent watching; the first of the top three signals."),
            see_also=(RANKING_EXPLAINED,),
        ),
        Signal(
            id="likes",
            effect=_B,
            source=MOSSERI_2025,
            description=N_("Likes per reach; weigh most for reach among followers."),
        ),
        Signal(
            id="sends",
            effect=_B,
            source=MOSSERI_2025,
            description=N_(
                "Sends (shares by direct message) per reach; weigh most for reach beyond followers."
            ),
        ),
        Signal(
            id="watermarked_reels",
            effect=_R,
            source=WATERMARK_REPORTS,
            description=N_("Reels carrying another app's watermark are shown less."),
        ),
    ),
    frequency=(
        PostingGuidance(
            per=Period.WEEK,
            minimum=2,
            maximum=3,
            recommended=True,
            source=HOOTSUITE_2023,
            note=N_("Feed posts; at most one post a day."),
        ),
        PostingGuidance(
            per=Period.WEEK,
            minimum=3,
            maximum=7,
            surface="all formats",
            source=HOOTSUITE_2023,
            note=N_("At most one post a day."),
        ),
        PostingGuidance(
            per=Period.WEEK,
            minimum=2,
            maximum=2,
            profiles=("minimal",),
            source=MOSSERI_2021,
            note=N_("Feed posts: the least Instagram's head advises keeping up."),
        ),
        PostingGuidance(
            per=Period.DAY,
            maximum=1,
            recommended=True,
            profiles=("minimal",),
            source=HOOTSUITE_2023,
            note=N_("Feed posts: at most one post a day (the note beside the 2-3 a week range)."),
        ),
        PostingGuidance(
            per=Period.DAY, minimum=2, maximum=2, surface="stories", source=MOSSERI_2021
        ),
        PostingGuidance(
            per=Period.DAY,
            minimum=2,
            maximum=3,
            source=COURSE_MODULE,
            note=N_("Kiko case study (contests and offers), not general guidance."),
        ),
    ),
    best_times=(
        PostingWindow(weekday=0, start=time(10), end=time(12), sources=[SPROUT_BEST_TIMES_2023]),
        PostingWindow(weekday=1, start=time(9), end=time(13), sources=[SPROUT_BEST_TIMES_2023]),
        PostingWindow(weekday=2, start=time(10), end=time(13), sources=[SPROUT_BEST_TIMES_2023]),
        PostingWindow(weekday=4, start=time(9), end=time(11), sources=[SPROUT_BEST_TIMES_2023]),
    ),
    media_required=(
        MediaRequirement(
            any_of=(MediaKind.IMAGE, MediaKind.VIDEO, MediaKind.SHORT_VIDEO, MediaKind.CAROUSEL),
            surface="feed",
            note=N_("An Instagram post is an image, a video (a reel) or a carousel of them."),
            source=CONTENT_PUBLISHING,
        ),
    ),
)
