"""LinkedIn: the professional social network.

Boosts and restrictions from the course module [000]; limits from secondary
sources (LinkedIn publishes no official character limits); feed ranking from
LinkedIn's engineering blog.
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
    AYRSHARE_MEDIA,
    COURSE_MODULE,
    HOOTSUITE_2023,
    OWN_SITES,
    SPROUT_BEST_TIMES_2023,
)

DWELL_TIME_BLOG = Source(
    title="LinkedIn Engineering, Understanding dwell time to improve LinkedIn feed ranking",
    url="https://engineering.linkedin.com/blog/2020/understanding-dwell-time",
    confidence=Confidence.OFFICIAL,
    published=date(2020, 5, 12),
)
ORDINAL_LINKS = Source(
    title="Ordinal, LinkedIn external-link reach study (900k posts, 2023-2026)",
    confidence=Confidence.SECONDARY,
    published=date(2026, 2, 1),
    note="-26.5% reach on average for posts with links; company pages hit harder. "
    "No official LinkedIn confirmation.",
)
VAN_DER_BLOM = Source(
    title="Richard van der Blom, Algorithm InSights report",
    confidence=Confidence.SECONDARY,
    note="As reported: 2-3 posts a week; under 2 a week halves growth; a penalty for posting "
    "twice within about 18 h on personal profiles; 4-5 posts a week work best for company "
    "pages. No official LinkedIn guidance on posting frequency was found.",
)

LNKD_IN = Source(
    title="Embers, What is a lnkd.in short URL",
    url="https://useembers.com/blog/lnkd-in-short-url",
    confidence=Confidence.SECONDARY,
    note="lnkd.in is LinkedIn's own link shortener: links in posts are rewritten to it.",
)

_PROFILE_IMAGES = Source(
    title="Microsoft Create, 'Your guide to LinkedIn sizes' (2023-09-07)",
    url="https://create.microsoft.com/en-us/learn/articles/linkedin-image-sizes",
    confidence=Confidence.SECONDARY,
    published=date(2023, 9, 7),
    note="Secondary (a Microsoft article, not LinkedIn's help): profile photo 400x400; "
    "background 4:1 (the article prints 1584 x 96, a typo for the 1584 x 396 most guides "
    "give). The company-page logo is left out: guides disagree (268, 300, 400 pixels).",
)
_PAGE_COVER = Source(
    title="LinkedIn Help, image specifications for LinkedIn Pages (as listed by a third party)",
    url="https://www.linkedin.com/help/linkedin/answer/70781",
    confidence=Confidence.SECONDARY,
    note="Secondary: the page cover's 1128x191 as listed from this help answer on "
    "github.com/repmyblock/.github and in several guides; not read directly.",
)


PLATFORM = Platform(
    slug="linkedin",
    name="LinkedIn",
    family=MediaFamily.SOCIAL_NETWORK,
    aliases=("li", "linked-in"),
    own_domains=(
        OwnDomain(domain="linkedin.com", source=OWN_SITES),
        OwnDomain(domain="lnkd.in", source=LNKD_IN),
    ),
    description=N_("Professional network: sharing professional content, networking, recruiting."),
    verified_on=date(2026, 11, 22),
    limits=Limits(
        text=(
            TextLimit(field="post", maximum=3000, unit=TextUnit.CODE_POINTS, source=AYRSHARE_MEDIA),
            TextLimit(
                field="comment", maximum=1250, unit=TextUnit.CODE_POINTS, source=AYRSHARE_MEDIA
            ),
        ),
        counts=(CountLimit(kind=CountKind.DOCUMENT_PAGES, maximum=300, source=AYRSHARE_MEDIA),),
        media=(
            MediaLimit(
                kind=MediaKind.IMAGE,
                max_bytes=5_000_000,
                recommended_width=1200,
                recommended_height=627,
                source=AYRSHARE_MEDIA,
            ),
            MediaLimit(
                kind=MediaKind.VIDEO,
                min_duration=timedelta(seconds=3),
                max_duration=timedelta(minutes=30),
                source=AYRSHARE_MEDIA,
            ),
        ),
    ),
    signals=(
        Signal(
            id="engagement",
            effect=Effect.BOOST,
            description=N_("Engagement; comments weigh more than reactions."),
            source=COURSE_MODULE,
        ),
        Signal(
            id="comments",
            effect=Effect.BOOST,
            description=N_("Comments weigh more than reactions."),
            source=COURSE_MODULE,
        ),
        Signal(
            id="regularity",
            effect=Effect.BOOST,
            description=N_("Posting regularly."),
            source=COURSE_MODULE,
        ),
        Signal(
            id="native_media",
            effect=Effect.BOOST,
            description=N_("Native formats: polls, PDF document carousels."),
            source=COURSE_MODULE,
        ),
        Signal(
            id="premium",
            effect=Effect.BOOST,
            description=N_("A LinkedIn Premium subscription."),
            source=COURSE_MODULE,
        ),
        Signal(
            id="dwell_time",
            effect=Effect.BOOST,
            description=N_("Time spent reading the post; click bounces count against it."),
            source=DWELL_TIME_BLOG,
        ),
        Signal(
            id="viral_actions",
            effect=Effect.BOOST,
            description=N_("Predicted probability of a reaction, comment or reshare."),
            source=DWELL_TIME_BLOG,
        ),
        Signal(
            id="too_frequent",
            effect=Effect.RESTRICT,
            description=N_(
                "Posting more often than once every 48 hours can disqualify posts "
                "(a heuristic of the course [000], not LinkedIn's advice)."
            ),
            source=COURSE_MODULE,
            see_also=(VAN_DER_BLOM,),
        ),
        Signal(
            id="self_comment_first",
            effect=Effect.RESTRICT,
            description=N_("Being the first to comment on your own post."),
            source=COURSE_MODULE,
        ),
        Signal(
            id="external_link",
            effect=Effect.RESTRICT,
            description=N_("Links to external sites in the post body."),
            source=COURSE_MODULE,
            see_also=(ORDINAL_LINKS,),
        ),
    ),
    frequency=(
        PostingGuidance(
            min_gap=timedelta(hours=48),
            recommended=True,
            profiles=("minimal",),
            source=COURSE_MODULE,
            note=N_(
                "Not more than one post every 48 hours: a heuristic of the course [000], "
                "not LinkedIn's advice (no official LinkedIn guidance was found)."
            ),
        ),
        PostingGuidance(
            min_gap=timedelta(hours=18),
            source=VAN_DER_BLOM,
            note=N_(
                "Personal profiles: posting twice within about 18 h is penalised (as reported)."
            ),
        ),
        PostingGuidance(
            per=Period.WEEK,
            minimum=4,
            maximum=5,
            source=VAN_DER_BLOM,
            note=N_("Company pages: 4-5 posts a week work best (as reported)."),
        ),
        PostingGuidance(
            per=Period.WEEK, minimum=2, maximum=3, recommended=True, source=VAN_DER_BLOM
        ),
        PostingGuidance(
            per=Period.WEEK,
            minimum=2,
            maximum=2,
            profiles=("minimal",),
            source=VAN_DER_BLOM,
            note=N_("The least to keep up: under 2 posts a week halves growth (as reported)."),
        ),
        PostingGuidance(per=Period.DAY, minimum=1, maximum=5, source=HOOTSUITE_2023),
    ),
    best_times=tuple(
        PostingWindow(weekday=day, start=time(10), end=time(12), sources=[SPROUT_BEST_TIMES_2023])
        for day in (1, 2)
    ),
    profile_images=(
        ProfileImage(
            kind=ProfileImageKind.AVATAR,
            surface="profile",
            width=400,
            height=400,
            source=_PROFILE_IMAGES,
        ),
        ProfileImage(
            kind=ProfileImageKind.BANNER,
            surface="profile",
            width=1584,
            height=396,
            source=_PROFILE_IMAGES,
        ),
        ProfileImage(
            kind=ProfileImageKind.BANNER, surface="page", width=1128, height=191, source=_PAGE_COVER
        ),
    ),
)
