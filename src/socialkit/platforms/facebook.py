"""Facebook: Meta's general social network.

Boosts and restrictions from the course module [000]; the ranking principles
from Meta's Transparency Center. Facebook publishes no official post length:
the 63,206-character limit is from secondary sources only.
"""

from datetime import date, time

from socialkit._core.i18n import N_
from socialkit._core.sources import Confidence, Source
from socialkit.platforms._model import (
    Effect,
    Limits,
    MediaFamily,
    OwnDomain,
    Period,
    Platform,
    PostingGuidance,
    PostingWindow,
    ProfileImage,
    ProfileImageKind,
    Signal,
    TextLimit,
    TextUnit,
)
from socialkit.platforms._sources import (
    COURSE_MODULE,
    HOOTSUITE_2023,
    OWN_SITES,
    SPROUT_BEST_TIMES_2023,
)

META_RANKING = Source(
    title="Meta Transparency Center, Our approach to explaining ranking",
    url="https://transparency.meta.com/features/explaining-ranking/",
    confidence=Confidence.OFFICIAL,
    published=date(2023, 12, 31),
    note="Ranking uses predictions about each post, content features and the person's "
    "past interactions; integrity-flagged content is ranked lower.",
)
LENGTH_GUIDES = Source(
    title="Social media character-limit guides (socialk.it and others)",
    confidence=Confidence.SECONDARY,
    note="No official Meta document states the 63,206 limit; the unit is not documented.",
)
HUBSPOT_FREQUENCY = Source(
    title="HubSpot, How often should you post on Facebook? (13,500 customer pages)",
    confidence=Confidence.SECONDARY,
    note="Pages under 10,000 followers got 50% fewer clicks per post at 2 posts a day; "
    "1-5 posts a month roughly doubled engagement.",
)

_B, _R = Effect.BOOST, Effect.RESTRICT

_PAGE_IMAGES = Source(
    title="Facebook Help Center, dimensions of a Page's profile picture and cover photo "
    "(as quoted by a third party)",
    url="https://www.facebook.com/help/125379114252045",
    confidence=Confidence.SECONDARY,
    note="Secondary: the help page's text as quoted on technologybangladesh.com, not read "
    "directly. Profile picture displayed at 170x170 on computers; cover displayed at "
    "820x312 on computers (640x360 on phones), at least 400x150. Older help text said "
    "180x180 and 851x315: sizes change, check the help page.",
)


PLATFORM = Platform(
    slug="facebook",
    name="Facebook",
    family=MediaFamily.SOCIAL_NETWORK,
    aliases=("fb", "meta"),
    own_domains=(
        OwnDomain(domain="facebook.com", source=OWN_SITES),
        OwnDomain(domain="fb.com", source=OWN_SITES),
        OwnDomain(domain="fb.me", source=OWN_SITES),
    ),
    description=N_(
        "General social network: friends, pages and groups; the feed orders posts "
        "by relevance, popularity and recency."
    ),
    verified_on=date(2026, 11, 22),
    limits=Limits(
        text=(TextLimit(maximum=63_206, unit=TextUnit.CODE_POINTS, source=LENGTH_GUIDES),),
    ),
    signals=(
        # Source document [000]: the feed's ordering criteria.
        Signal(
            id="relevance",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Relevance of the post to the viewer (first ordering criterion)."),
            see_also=(META_RANKING,),
        ),
        Signal(
            id="popularity",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Popularity of the post (second ordering criterion)."),
        ),
        Signal(
            id="recency",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("How recent the post is (third ordering criterion)."),
        ),
        # Source document [000]: boosts and restrictions.
        Signal(id="video", effect=_B, source=COURSE_MODULE, description=N_("Video posts.")),
        Signal(
            id="group_posts",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Posts in Facebook groups."),
        ),
        Signal(
            id="reactions_and_comments",
            effect=_B,
            source=COURSE_MODULE,
            description=N_("Reactions and comments on the post."),
        ),
        Signal(
            id="growth_hacking",
            effect=_R,
            source=COURSE_MODULE,
            description=N_("Apps that boost engagement artificially (growth hacking)."),
        ),
        Signal(
            id="fake_news",
            effect=_R,
            source=COURSE_MODULE,
            description=N_("Spreading fake news."),
            see_also=(META_RANKING,),
        ),
        # Meta's own explanation of ranking.
        Signal(
            id="predicted_interactions",
            effect=_B,
            source=META_RANKING,
            description=N_(
                "Predicted likelihood that the viewer interacts with the post, "
                "from the post's features and the viewer's past interactions."
            ),
        ),
        Signal(
            id="integrity_flagged",
            effect=_R,
            source=META_RANKING,
            description=N_(
                "Content flagged by integrity systems or predicted to be unwanted is ranked lower."
            ),
        ),
    ),
    frequency=(
        PostingGuidance(
            per=Period.DAY, minimum=1, maximum=2, recommended=True, source=HOOTSUITE_2023
        ),
        PostingGuidance(
            per=Period.DAY,
            maximum=1,
            recommended=True,
            profiles=("minimal",),
            source=HUBSPOT_FREQUENCY,
            note=N_(
                "At most one post a day: pages under 10,000 followers got 50% fewer clicks "
                "per post at 2 a day."
            ),
        ),
        PostingGuidance(
            per=Period.MONTH,
            minimum=1,
            maximum=5,
            profiles=("minimal",),
            source=HUBSPOT_FREQUENCY,
            note=N_("For pages under 10,000 followers: fewer posts, more clicks per post."),
        ),
    ),
    # Sprout Social 2023, as reported by Social Media Today (2023-05-10):
    # Mon 8-13, Tue 8-14, Wed 8-13, Thu 8-12, local time.
    best_times=tuple(
        PostingWindow(weekday=day, start=time(8), end=time(end), sources=[SPROUT_BEST_TIMES_2023])
        for day, end in ((0, 13), (1, 14), (2, 13), (3, 12))
    ),
    profile_images=(
        ProfileImage(
            kind=ProfileImageKind.AVATAR, surface="page", width=170, height=170, source=_PAGE_IMAGES
        ),
        ProfileImage(
            kind=ProfileImageKind.BANNER,
            surface="page",
            width=820,
            height=312,
            min_width=400,
            min_height=150,
            source=_PAGE_IMAGES,
        ),
    ),
)
