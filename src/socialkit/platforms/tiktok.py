"""TikTok: short-video sharing driven by the For You feed.

Boosts and restrictions from the course module [000], which insists that
follower count is not a ranking criterion; TikTok's 2020 newsroom post says
the same. Limits are those of the Content Posting API, from third-party docs.
"""

from datetime import date, time, timedelta

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
from socialkit.platforms._sources import COURSE_MODULE, FACEBOT_2026, OWN_SITES, ZERNIO_DOCS

FOR_YOU_2020 = Source(
    title="TikTok newsroom, How TikTok recommends videos #ForYou",
    url="https://newsroom.tiktok.com/en-us/how-tiktok-recommends-videos-for-you",
    confidence=Confidence.SECONDARY,
    published=date(2020, 6, 18),
    note="Read through consistent secondary copies. Follower count and past high-performing "
    "videos are not direct factors.",
)
SPROUT_TIKTOK_2025 = Source(
    title="Sprout Social, Best times to post on TikTok (2025)",
    url="https://sproutsocial.com/insights/best-times-to-post-on-tiktok/",
    confidence=Confidence.SECONDARY,
    note="Read on Sprout's own page. Best day Wednesday, worst Sunday; the 2024 windows "
    "were different, so these drift year to year.",
)
API_CAPTION = Source(
    title="TikTok for Developers, Content Posting API reference: Direct Post",
    url="https://developers.tiktok.com/doc/content-posting-api-reference-direct-post",
    confidence=Confidence.OFFICIAL,
    note="Video caption 2,200 UTF-16 units; photo title 90, description 4,000, up to 35 "
    "photos. The in-app caption limit (reportedly 4,000) is unconfirmed.",
)

_B, _R = Effect.BOOST, Effect.RESTRICT

PLATFORM = Platform(
    slug="tiktok",
    name="TikTok",
    family=MediaFamily.CONTENT_SHARING,
    aliases=("tt",),
    own_domains=(OwnDomain(domain="tiktok.com", source=OWN_SITES),),
    description=N_(
        "Short-video sharing; the For You feed ranks each video on how people "
        "interact with it, and follower count is not a ranking criterion."
    ),
    verified_on=date(2026, 11, 22),
    limits=Limits(
        text=(
            TextLimit(maximum=2200, unit=TextUnit.UTF16_UNITS, source=API_CAPTION),
            TextLimit(field="title", maximum=90, unit=TextUnit.UTF16_UNITS, source=API_CAPTION),
            TextLimit(
                field="description", maximum=4000, unit=TextUnit.UTF16_UNITS, source=API_CAPTION
            ),
        ),
        counts=(CountLimit(kind=CountKind.CAROUSEL_ITEMS, maximum=35, source=API_CAPTION),),
        media=(
            MediaLimit(
                kind=MediaKind.VIDEO,
                min_duration=timedelta(seconds=3),
                max_duration=timedelta(minutes=10),
                recommended_width=1080,
                recommended_height=1920,
                source=ZERNIO_DOCS,
            ),
        ),
    ),
    signals=(
        # Source document [000].
        Signal(
            id="watch_time",
            effect=_B,
            source=COURSE_MODULE,
            description=N_(
                "Watch time and rewatches; finishing a longer video is a strong signal."
            ),
            see_also=(FOR_YOU_2020,),
        ),
        Signal(
            id="reactions_and_comments",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Reactions and comments."),
            see_also=(FOR_YOU_2020,),
        ),
        Signal(
            id="trends",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Following trends: popular formats and sounds."),
        ),
        Signal(
            id="shares_to_other_networks",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Shares of the video to other networks."),
        ),
        Signal(
            id="growth_hacking",
            effect=_R,
            source=COURSE_MODULE,
            description=N_("Apps that boost engagement artificially (growth hacking)."),
        ),
        Signal(
            id="inappropriate_content",
            effect=_R,
            source=COURSE_MODULE,
            description="Inappropriate content.",
        ),
        # TikTok's 2020 explanation.
        Signal(
            id="video_information",
            effect=_B,
            source=FOR_YOU_2020,
            description=N_("Details of the video: captions, sounds and hashtags."),
        ),
        Signal(
            id="device_and_account_settings",
            effect=_B,
            source=FOR_YOU_2020,
            description=N_("Language, country and device settings; a weaker signal."),
        ),
    ),
    frequency=(
        PostingGuidance(
            per=Period.DAY,
            minimum=1,
            maximum=4,
            recommended=True,
            source=FACEBOT_2026,
            weak=True,
            note=N_("No primary study found; low confidence: a cap, never a target."),
        ),
    ),
    best_times=(
        PostingWindow(weekday=1, start=time(17), end=time(18), sources=[SPROUT_TIKTOK_2025]),
        PostingWindow(weekday=2, start=time(14), end=time(17), sources=[SPROUT_TIKTOK_2025]),
        PostingWindow(weekday=3, start=time(15), end=time(17), sources=[SPROUT_TIKTOK_2025]),
    ),
    media_required=(
        MediaRequirement(
            any_of=(MediaKind.VIDEO, MediaKind.SHORT_VIDEO, MediaKind.IMAGE, MediaKind.CAROUSEL),
            surface="feed",
            note=N_(
                "A TikTok post is a video, or photos in photo mode (the Content Posting API "
                "publishes both); there is no text-only post."
            ),
            source=ZERNIO_DOCS.at("TikTok: video posts and photo (carousel) posts"),
        ),
    ),
)
