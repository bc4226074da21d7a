"""Reusable Hypothesis strategies for socialkit's tests (add one for every public value).

Numbers come "as people have them": a count read from a pandas column is a
``numpy.int64``, a share a ``numpy.float64``. :func:`integral_kinds` and
:func:`real_kinds` draw the type a number is disguised as; :func:`as_plain`
turns a disguised number back into the plain Python number it stands for,
without calling socialkit (so it can be an oracle for socialkit's parser).

Every public value of the domain subpackages has a strategy here, named after the
value (``posts()``, ``frequency_rules()``, ``content_calendars()``...). Values go
through the real constructors and producers (``measure()``, ``assess()``,
``plan()``, ``Funnel.compare()``...), so they are valid by construction.
:data:`STRATEGIES` maps each public attrs class and enum to its strategy;
``tests/test_strategies.py`` fails when one is missing. Sections follow the
subpackages, in layer order; each strategy is small and self-contained.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from fractions import Fraction
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import attrs
import numpy
from hypothesis import strategies as st

from socialkit.calendar import (
    CALENDAR_RULES,
    CalendarAssessment,
    CalendarItem,
    Channel,
    Conflict,
    ConflictKind,
    ContentCalendar,
    Evergreen,
    FixedEvent,
    Interaction,
    ItemAssessment,
    ItemKind,
    ItemStatus,
    PlanIssue,
    PlanOutcome,
    PlanSpec,
    TaggedCalendar,
    plan,
)
from socialkit.community import (
    COMMUNITY_PRACTICES,
    COMMUNITY_RULES,
    CRISIS_PLAYBOOK,
    CrisisSurge,
    Inbox,
    Message,
    PlaybookStep,
    Responsiveness,
    check_responsiveness,
    detect_crisis,
)
from socialkit.frequency import (
    Basis,
    BestTimes,  # a tuple, not an attrs value: drawn by best_times_results, not in STRATEGIES
    Frequency,
    FrequencyProfile,
    FrequencyReport,
    FrequencyRule,
    PostResult,
    QuietHours,
    RankedWindow,
    Verdict,
    Violation,
    best_times,
)
from socialkit.funnel import (
    CasePath,
    ContentType,
    Funnel,
    FunnelComparison,
    FunnelStage,
    FunnelStep,
    FunnelTarget,
    Improvement,
    JourneyStep,
    Kpi,
    PathStop,
    StageCoverage,
    StageMapping,
    StageProfile,
    StageShare,
    StepDelta,
    Touchpoint,
    stage_coverage,
)
from socialkit.measure import (
    EXPORT_PRESETS,
    METRICS,
    X_ADS_OBJECTIVES,
    X_ADS_SETUP,
    Acquisition,
    BillingEvent,
    CampaignDraft,
    CampaignObjective,
    ChecklistItem,
    Comparison,
    ContentIdea,
    ExportPreset,
    FormatRun,
    History,
    Influencer,
    ListeningReport,
    Mention,
    Metric,
    MetricKind,
    Objective,
    Outcome,
    PartnerReach,
    PostRecord,
    Quadrant,
    RelationshipStage,
    RowProblem,
    SetupChecklist,
    SetupStep,
    SharingProfile,
    TaggedPost,
    Targeting,
    Utm,
    UtmTemplate,
    Variant,
    compare_variants,
    content_for,
    listen,
    rank_partners,
    sharing_profile,
    tag_links,
)
from socialkit.measure import format_runs as measure_format_runs
from socialkit.mix import (
    ApportionMethod,
    CategoryDrift,
    ContentMix,
    MixDrift,
    MixPreset,
    NestedMix,
    SequenceMethod,
)
from socialkit.platforms import (
    Confidence,
    CountKind,
    CountLimit,
    Effect,
    Fact,
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
    ProfileImage,
    ProfileImageKind,
    RegistrySnapshot,
    Signal,
    Source,
    TextLimit,
    TextUnit,
    list_platforms,
)
from socialkit.posts import (
    BHARGAVA_PRACTICES,
    BHARGAVA_RULES,
    DEFAULT_RULES,
    DISCLOSURE_MARKERS,
    Assessment,
    AssessmentColumns,
    Comment,
    DisclosureMarker,
    Hit,
    Media,
    Post,
    PostContext,
    PostFormat,
    PostPurpose,
    Practice,
    PracticeReview,
    PracticeStatus,
    Rule,
    RuleSet,
    assess,
    assess_many,
    review_practices,
)
from socialkit.strategy import (
    AUDIT_CHECKLIST,
    AUDIT_OUTCOMES,
    ECOSYSTEM_RULES,
    PROFILE_FIELDS,
    STRATEGY_RULES,
    AccountAudit,
    Actor,
    Analysis,
    Audit,
    AuditOutcome,
    AuditQuestion,
    AuditScope,
    AuditVerdict,
    BrandPersonality,
    CalendarSettings,
    EcosystemRule,
    ExamplePost,
    Group,
    Interpolation,
    Listening,
    OffSiteAction,
    OnSiteAction,
    OptionShare,
    Persona,
    Pillar,
    PlatformComparison,
    PlatformFit,
    Presence,
    Profile,
    ProfileCheck,
    Progress,
    ProgressVerdict,
    Proposal,
    ProposalKind,
    Review,
    SmartGoal,
    Smo,
    SmoActivity,
    SmoReason,
    StepReport,
    StepStatus,
    Strategy,
    StrategyStep,
    Survey,
    SurveyAudience,
    SurveySummary,
    SuspectedImpostor,
    Swot,
    Tactic,
    Target,
    TargetKind,
    ThreeC,
    recommend_platforms,
    review,
)
from socialkit.text import (
    Entities,
    Entity,
    EntityKind,
    LimitCheck,
    TextColumns,
    TextMeasure,
    extract,
    measure,
    measure_many,
)

INTEGRAL_KINDS: tuple[Callable[[int], object], ...] = (
    int,
    numpy.int64,
    numpy.int32,
    numpy.uint8,
)
"""Types an integer argument may arrive as (values up to 255 fit them all)."""

REAL_KINDS: tuple[Callable[[float], object], ...] = (
    float,
    numpy.float64,
    numpy.float32,
    Fraction,
)
"""Types a real argument may arrive as (``numpy.float32`` rounds: see :func:`as_plain`)."""


def integral_kinds() -> st.SearchStrategy[Callable[[int], object]]:
    """The type an integer argument arrives as: ``int`` or a numpy integer scalar."""
    return st.sampled_from(INTEGRAL_KINDS)


def real_kinds() -> st.SearchStrategy[Callable[[float], object]]:
    """The type a real argument arrives as: a float, a numpy float or a ``Fraction``."""
    return st.sampled_from(REAL_KINDS)


def as_plain(value: object) -> object:
    """The plain Python number a disguised one stands for (numpy scalars unwrapped)."""
    if isinstance(value, numpy.integer):
        return int(value)
    if isinstance(value, numpy.floating):
        return float(value)
    return value


@attrs.frozen
class Disguise:
    """How a test builds numbers: ``n.i(10)`` for an integer, ``n.r(0.8)`` for a real.

    A drawn disguise returns numpy scalars or Fractions; its :meth:`plain` twin
    returns the plain Python numbers they stand for, so a value built with
    one must equal the value built with the other.
    """

    integral: Callable[[int], object] = int
    real: Callable[[float], object] = float
    unwrap: bool = False

    def i(self, value: int) -> int:
        """``value`` disguised as the drawn integer type (typed ``int`` for the call sites)."""
        number = self.integral(value)
        return as_plain(number) if self.unwrap else number  # type: ignore[return-value]

    def r(self, value: float) -> float:
        """``value`` disguised as the drawn real type (typed ``float`` for the call sites)."""
        number = self.real(value)
        return as_plain(number) if self.unwrap else number  # type: ignore[return-value]

    def plain(self) -> Disguise:
        """The twin that builds the same numbers as plain Python ``int``/``float``/``Fraction``."""
        return attrs.evolve(self, unwrap=True)


def disguises() -> st.SearchStrategy[Disguise]:
    """A way of disguising every number of one call (one integer type, one real type)."""
    return st.builds(Disguise, integral=integral_kinds(), real=real_kinds())


E = TypeVar("E", bound=Enum)
T = TypeVar("T")
Factory = Callable[[], st.SearchStrategy[Any]]


def members(enum: type[E]) -> Callable[[], st.SearchStrategy[E]]:
    """The strategy factory for an enum: any of its members."""
    return lambda: st.sampled_from(enum)


def _enums(*classes: type[Enum]) -> dict[type, Factory]:
    return {cls: members(cls) for cls in classes}


# -- building blocks ------------------------------------------------------------------

ZONES = ("UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe")
"""Real zones: no DST, the two DST rules most users meet, a half-hour offset, a half-hour DST."""

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")

DST_EDGES = (
    datetime(2026, 3, 29, 1, 59, tzinfo=PARIS),  # the minute before the spring gap
    datetime(2026, 3, 29, 3, 0, tzinfo=PARIS),  # the first minute after it
    datetime(2026, 10, 25, 2, 30, tzinfo=PARIS),  # the repeated hour, first time
    datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=PARIS),  # ... and second time
    datetime(2026, 3, 8, 1, 59, tzinfo=NEW_YORK),
    datetime(2026, 3, 8, 3, 0, tzinfo=NEW_YORK),
    datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK),
    datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NEW_YORK),
    datetime(2028, 2, 29, 12, 0, tzinfo=PARIS),  # a leap day
)
"""Aware datetimes next to DST changes, where a naive hour count goes wrong."""

LEAP_DAYS = (date(2024, 2, 29), date(2028, 2, 29))

WORDS = (
    "hello",
    "#launch",
    "#été2026",
    "@socialkit",
    "@ana@example.social",
    "https://example.com/a?b=1",
    "example.org",
    "$TSLA",
    "naïve",
    "Straße",
    "日本語のテキスト",
    "مرحبا",
    "👩🏽‍💻",
    "🇫🇷",
    "e\u0301",
    "\n",
)
"""Words that exercise entity extraction and every text unit (graphemes, UTF-16, bytes)."""

STAGES = ("tofu", "mofu", "bofu", "retention")


def zones() -> st.SearchStrategy[ZoneInfo]:
    """A real IANA zone from :data:`ZONES`."""
    return st.sampled_from(ZONES).map(ZoneInfo)


def dates() -> st.SearchStrategy[date]:
    """A day in 2020-2030, leap days included."""
    return st.dates(date(2020, 1, 1), date(2030, 12, 31)) | st.sampled_from(LEAP_DAYS)


def aware_datetimes() -> st.SearchStrategy[datetime]:
    """An aware datetime in a real zone, DST edges and folds included."""
    anywhere = st.datetimes(
        datetime(2020, 1, 1), datetime(2030, 12, 31), timezones=zones(), allow_imaginary=False
    )
    return anywhere | st.sampled_from(DST_EDGES)


def later(at: datetime, delta: timedelta) -> datetime:
    """``at`` plus ``delta`` of elapsed time, in ``at``'s zone.

    Plain ``at + delta`` adds wall-clock time: one minute after 02:30 (second time,
    ``fold=1``) on a night the clocks go back would land 59 minutes earlier.
    """
    return (at.astimezone(UTC) + delta).astimezone(at.tzinfo)


def wall_times() -> st.SearchStrategy[time]:
    """A naive wall-clock time, to the minute."""
    return st.builds(time, st.integers(0, 23), st.integers(0, 59))


def durations(*, max_hours: int = 72) -> st.SearchStrategy[timedelta]:
    """A positive duration, to the minute."""
    return st.integers(1, max_hours * 60).map(lambda m: timedelta(minutes=m))


def texts(*, max_words: int = 12) -> st.SearchStrategy[str]:
    """Post text: any Unicode, entity-rich words, or a long run of accented letters."""
    free = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
    words = st.lists(st.sampled_from(WORDS), max_size=max_words).map(" ".join)
    long = st.integers(300, 3000).map(lambda n: "é" * n)
    return st.one_of(free, words, long)


def names() -> st.SearchStrategy[str]:
    """A short non-blank name: any Unicode but surrogates."""
    return st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12).filter(
        str.strip
    )


def fractions() -> st.SearchStrategy[Fraction]:
    """An exact share in (0, 1]."""
    return st.fractions(min_value=Fraction(1, 1000), max_value=1, max_denominator=1000)


def platform_slugs() -> st.SearchStrategy[str]:
    """The slug of a registered platform."""
    return st.sampled_from([p.slug for p in list_platforms()])


def urls() -> st.SearchStrategy[str]:
    """An http(s) URL with Unicode paths, IDN hosts, ports, queries and fragments."""
    hosts = st.sampled_from(["ex.com", "exämple.fr", "ex.com:8080", "127.0.0.1", "[::1]:443"])
    param = st.tuples(
        st.text("abcxyz", min_size=1, max_size=3), st.text("abc123%=+é", max_size=4)
    ).map(lambda kv: f"{kv[0]}={kv[1]}")
    query = st.lists(param, max_size=4).map(lambda ps: "?" + "&".join(ps) if ps else "")
    return st.builds(
        "{}://{}{}{}{}".format,
        st.sampled_from(["http", "https"]),
        hosts,
        st.sampled_from(["", "/", "/a/b", "/ü/ñ.html"]),
        query,
        st.sampled_from(["", "#top", "#a=1&b"]),
    )


# -- platforms ------------------------------------------------------------------------


def count_limits() -> st.SearchStrategy[CountLimit]:
    return st.builds(
        CountLimit,
        source=sources(),
        kind=st.sampled_from(CountKind),
        maximum=st.integers(0, 30),
        tier=st.none() | st.just("premium"),
    )


def facts() -> st.SearchStrategy[Fact]:
    return st.builds(
        Fact, source=sources(), see_also=st.lists(sources(), max_size=2), since=st.none() | dates()
    )


def limits() -> st.SearchStrategy[Limits]:
    return st.builds(
        Limits,
        text=st.lists(text_limits(), max_size=3, unique_by=lambda t: (t.field, t.tier)),
        counts=st.lists(count_limits(), max_size=3),
        media=st.lists(media_limits(), max_size=3),
    )


@st.composite
def media_requirements(draw: st.DrawFn) -> MediaRequirement:
    return MediaRequirement(
        source=draw(sources()),
        any_of=draw(st.lists(st.sampled_from(MediaKind), min_size=1, max_size=4, unique=True)),
        surface=draw(st.sampled_from(["feed", "pin", "video"])),
        note=draw(st.sampled_from(["", "A post is an image or a video."])),
    )


@st.composite
def profile_images(draw: st.DrawFn) -> ProfileImage:
    width, height = draw(st.integers(1, 4000)), draw(st.integers(1, 4000))
    return ProfileImage(
        source=draw(sources()),
        kind=draw(st.sampled_from(ProfileImageKind)),
        width=width,
        height=height,
        min_width=draw(st.none() | st.integers(1, width)),
        min_height=draw(st.none() | st.integers(1, height)),
        max_bytes=draw(st.none() | st.integers(1, 10 * 2**20)),
        surface=draw(st.sampled_from(["profile", "page", "channel"])),
    )


@st.composite
def media_limits(draw: st.DrawFn) -> MediaLimit:
    low, high = sorted(draw(st.lists(durations(max_hours=2), min_size=2, max_size=2)))
    return MediaLimit(
        source=draw(sources()),
        kind=draw(st.sampled_from(MediaKind)),
        min_duration=draw(st.none() | st.just(low)),
        max_duration=draw(st.none() | st.just(high)),
        max_bytes=draw(st.none() | st.integers(1, 4 * 2**30)),
        min_aspect=draw(st.none() | st.sampled_from([Fraction(9, 16), Fraction(4, 5)])),
        max_aspect=draw(st.none() | st.sampled_from([Fraction(16, 9), Fraction(191, 100)])),
    )


@st.composite
def synthetic_platforms(draw: st.DrawFn) -> Platform:
    """An unregistered platform built from drawn facts (at least one text limit)."""
    return Platform(
        slug=draw(st.from_regex(r"zz[a-z0-9_-]{0,8}", fullmatch=True)),
        name=draw(names()),
        family=draw(st.sampled_from(MediaFamily)),
        verified_on=draw(dates()),
        aliases=draw(st.lists(st.from_regex(r"zy[a-z0-9]{0,4}", fullmatch=True), max_size=2)),
        limits=Limits(text=[draw(text_limits())]),
        signals=draw(st.lists(signals(), max_size=3, unique_by=lambda s: s.id)),
        frequency=draw(st.lists(posting_guidance(), max_size=2)),
        best_times=draw(st.lists(posting_windows(sourced=True), max_size=3)),
        profile_images=draw(st.lists(profile_images(), max_size=2)),
    )


def platforms() -> st.SearchStrategy[Platform]:
    """A registered platform, or a synthetic one."""
    return st.sampled_from(list_platforms()) | synthetic_platforms()


@st.composite
def posting_guidance(draw: st.DrawFn) -> PostingGuidance:
    low = draw(st.none() | st.integers(0, 5))
    high = draw(st.none() | st.integers(max(low or 0, 1), 20))
    gap = draw(st.none() | durations(max_hours=48))
    if low is None and high is None and gap is None:
        gap = timedelta(hours=24)
    per = draw(st.sampled_from(Period)) if (low, high) != (None, None) else None
    return PostingGuidance(
        source=draw(sources()),
        per=per,
        minimum=low,
        maximum=high,
        min_gap=gap,
        note=draw(texts()),
        profiles=draw(st.lists(st.sampled_from(["minimal", "launch"]), max_size=2, unique=True)),
        weak=draw(st.booleans()),
    )


@st.composite
def posting_windows(draw: st.DrawFn, *, sourced: bool = False) -> PostingWindow:
    """A window on one weekday, local ``[start, end)`` (``end=00:00`` is midnight), sourced at times."""
    start = draw(st.builds(time, st.integers(0, 22), st.sampled_from([0, 15, 30, 45])))
    end = draw(
        st.builds(time, st.integers(start.hour + 1, 23), st.integers(0, 59)) | st.just(time(0))
    )
    return PostingWindow(
        weekday=draw(st.integers(0, 6)),
        start=start,
        end=end,
        sources=draw(st.lists(sources(), min_size=int(sourced), max_size=2)),
    )


def own_domains() -> st.SearchStrategy[OwnDomain]:
    return st.builds(
        OwnDomain,
        source=sources(),
        domain=st.sampled_from(["example.com", "t.co", "lnkd.in", "xn--exmple-cua.fr", "youtu.be"]),
    )


def signals() -> st.SearchStrategy[Signal]:
    return st.builds(
        Signal,
        source=sources(),
        id=st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True),
        effect=st.sampled_from(Effect),
        description=names(),
        weight=st.none() | st.floats(-100, 100, allow_nan=False),
    )


def sources() -> st.SearchStrategy[Source]:
    return st.builds(
        Source,
        title=names(),
        confidence=st.sampled_from(Confidence),
        url=st.none() | urls(),
        published=st.none() | dates(),
        note=st.just("") | texts(),
    )


def text_limits() -> st.SearchStrategy[TextLimit]:
    return st.builds(
        TextLimit,
        source=sources(),
        maximum=st.integers(1, 70_000),
        unit=st.sampled_from(TextUnit),
        field=st.sampled_from(["post", "title", "bio"]),
        tier=st.none() | st.just("premium"),
        url_length=st.none() | st.integers(1, 30),
        mention_domain_free=st.booleans(),
        url_needs_scheme=st.booleans(),
    )


def registry_snapshots() -> st.SearchStrategy[RegistrySnapshot]:
    return st.lists(platforms(), max_size=2).map(lambda ps: RegistrySnapshot(platforms=tuple(ps)))


PLATFORMS: dict[type, Factory] = {
    CountLimit: count_limits,
    RegistrySnapshot: registry_snapshots,
    Fact: facts,
    Limits: limits,
    MediaLimit: media_limits,
    MediaRequirement: media_requirements,
    Platform: platforms,
    PostingGuidance: posting_guidance,
    OwnDomain: own_domains,
    PostingWindow: posting_windows,
    ProfileImage: profile_images,
    Signal: signals,
    Source: sources,
    TextLimit: text_limits,
    **_enums(
        Confidence,
        CountKind,
        Effect,
        MediaFamily,
        MediaKind,
        Period,
        ProfileImageKind,
        TextUnit,
    ),
}


# -- text -----------------------------------------------------------------------------


def entity_sets() -> st.SearchStrategy[Entities]:
    """What :func:`socialkit.text.extract` finds in drawn text."""
    return texts().map(extract)


@st.composite
def entities(draw: st.DrawFn) -> Entity:
    """One entity :func:`~socialkit.text.extract` found (drawn text always holds one)."""
    word = draw(st.sampled_from(["#launch", "#été2026", "@socialkit", "example.org", "$TSLA"]))
    found = extract(f"{draw(texts())} {word}")
    if not found.hashtags + found.mentions + found.urls + found.cashtags:
        found = extract(word)
    every = (*found.hashtags, *found.mentions, *found.urls, *found.cashtags)
    return draw(st.sampled_from(every))


def limit_checks() -> st.SearchStrategy[LimitCheck]:
    return st.builds(LimitCheck, limit=text_limits(), length=st.integers(0, 100_000))


def text_measures() -> st.SearchStrategy[TextMeasure]:
    """:func:`socialkit.text.measure` of drawn text on a registered or synthetic platform."""
    return st.builds(
        measure, texts(), platforms().filter(lambda p: p.limits.text_limits(p.limits.body_field))
    )


def text_columns() -> st.SearchStrategy[TextColumns]:
    """:func:`socialkit.text.measure_many` of a few drawn texts on a shipped platform."""
    return st.builds(
        measure_many, st.lists(texts(), max_size=4), st.sampled_from(["x", "bluesky", "linkedin"])
    )


TEXT: dict[type, Factory] = {
    TextColumns: text_columns,
    Entities: entity_sets,
    Entity: entities,
    LimitCheck: limit_checks,
    TextMeasure: text_measures,
    **_enums(EntityKind),
}


# -- posts ----------------------------------------------------------------------------


def assessments() -> st.SearchStrategy[Assessment]:
    """:func:`socialkit.assess` of a drawn post on a registered platform."""
    return st.builds(assess, posts(), platform_slugs(), tz=zones())


def comments() -> st.SearchStrategy[Comment]:
    return st.builds(Comment, text=texts(), by_author=st.booleans())


def disclosure_markers() -> st.SearchStrategy[DisclosureMarker]:
    drawn = st.builds(
        DisclosureMarker, text=names(), language=st.sampled_from(["en", "fr"]), source=sources()
    )
    return st.sampled_from(DISCLOSURE_MARKERS) | drawn


def hits() -> st.SearchStrategy[Hit]:
    return st.builds(
        Hit, message=names(), where=st.sampled_from(["post", "title"]), source=st.none() | sources()
    )


@st.composite
def media(draw: st.DrawFn) -> Media:
    kind = draw(st.sampled_from(MediaKind))
    timed = kind in (MediaKind.VIDEO, MediaKind.SHORT_VIDEO)
    return Media(
        kind=kind,
        duration=draw(st.none() | durations(max_hours=3)) if timed else None,
        pages=draw(st.none() | st.integers(1, 300)),
        items=draw(st.none() | st.integers(1, 20)),
        options=draw(st.none() | st.integers(2, 4)),
        subtitles=draw(st.booleans()),
        alt_text=draw(st.just("") | texts()),
        width=draw(st.none() | st.integers(1, 8000)),
        height=draw(st.none() | st.integers(1, 8000)),
        watermarked=draw(st.booleans()),
    )


def post_contexts() -> st.SearchStrategy[PostContext]:
    """The context a rule check receives (built as :func:`~socialkit.assess` does)."""

    def context(post: Post, platform: Platform, zone: ZoneInfo | None) -> PostContext:
        limited = platform.limits.text_limits(platform.limits.body_field)
        measured = measure(post.text, platform) if limited else None
        return PostContext(
            post=post,
            platform=platform,
            body=post.text,
            body_where="post",
            text=measured,
            entities=measured.entities if measured else extract(post.text),
            history=(),
            tier=None,
            on=None,
            checkers={},
            frequency=FrequencyRule.for_platform(platform),
            tz=zone,
        )

    return st.builds(context, posts(), st.sampled_from(list_platforms()), st.none() | zones())


def posts() -> st.SearchStrategy[Post]:
    return st.builds(
        Post,
        text=texts(),
        media=st.lists(media(), max_size=3),
        format=st.none() | st.sampled_from(PostFormat),
        links=st.lists(urls(), max_size=2),
        sponsored=st.booleans(),
        first_comment=st.none() | comments(),
        scheduled_at=st.none() | aware_datetimes(),
        title=st.just("") | texts(max_words=4),
        description=st.just("") | texts(),
        keywords=st.lists(names(), max_size=3),
        purpose=st.none() | st.sampled_from(PostPurpose),
        experiment=st.none() | names(),
    )


def rules() -> st.SearchStrategy[Rule[Any]]:
    """A rule of the post, strategy or community sets, reweighted at times."""
    every = (*DEFAULT_RULES, *BHARGAVA_RULES, *STRATEGY_RULES, *COMMUNITY_RULES, *CALENDAR_RULES)
    return st.builds(
        lambda rule, weight: rule if weight is None else attrs.evolve(rule, weight=weight),
        st.sampled_from(every),
        st.none() | st.sampled_from([0, 0.5, 2]),
    )


def rule_sets() -> st.SearchStrategy[RuleSet[Any]]:
    """The post, strategy or community rules with some left out (the empty set included)."""

    def some(rules: RuleSet[Any]) -> st.SearchStrategy[RuleSet[Any]]:
        ids = st.lists(st.sampled_from([r.id for r in rules]), unique=True)
        return ids.map(lambda left_out: rules.without(*left_out))

    return st.sampled_from(
        [DEFAULT_RULES, BHARGAVA_RULES, STRATEGY_RULES, COMMUNITY_RULES, CALENDAR_RULES]
    ).flatmap(some)


_PRACTICE_IDS = st.from_regex(r"[a-z][a-z0-9_]{0,6}(\.[a-z][a-z0-9_]{0,6})?", fullmatch=True)


def practices() -> st.SearchStrategy[Practice]:
    """A shipped practice, or a drawn one (a checklist item when it has no rule)."""
    drawn = st.builds(
        Practice,
        id=_PRACTICE_IDS,
        title=names(),
        advice=names(),
        source=sources(),
        rules=st.lists(_PRACTICE_IDS, max_size=2).map(tuple),
        question=names(),
    )
    return st.sampled_from((*BHARGAVA_PRACTICES, *COMMUNITY_PRACTICES)) | drawn


def practice_reviews() -> st.SearchStrategy[PracticeReview]:
    """:func:`~socialkit.posts.review_practices` of a Bhargava practice on a drawn post."""

    def review(practice: Practice, post: Post) -> PracticeReview:
        a = assess(post, "instagram", rules=BHARGAVA_RULES)
        return review_practices([practice], a.findings, ran=a.applied)[0]

    return st.builds(review, practices(), posts().filter(lambda p: p.scheduled_at is None))


def assessment_columns() -> st.SearchStrategy[AssessmentColumns]:
    """:func:`socialkit.posts.assess_many` of a few drawn texts on a shipped platform."""
    return st.builds(
        assess_many, st.lists(texts(), max_size=3), st.sampled_from(["x", "linkedin", "tiktok"])
    )


POSTS: dict[type, Factory] = {
    AssessmentColumns: assessment_columns,
    Assessment: assessments,
    Comment: comments,
    DisclosureMarker: disclosure_markers,
    Hit: hits,
    Media: media,
    Post: posts,
    PostContext: post_contexts,
    Practice: practices,
    PracticeReview: practice_reviews,
    Rule: rules,
    RuleSet: rule_sets,
    **_enums(PostFormat),
    **_enums(PracticeStatus),
    **_enums(PostPurpose),
}


# -- funnel ---------------------------------------------------------------------------


def case_paths() -> st.SearchStrategy[CasePath]:
    return st.builds(
        CasePath,
        name=names(),
        stops=st.lists(path_stops(), min_size=1, max_size=4),
        source=st.none() | sources(),
        note=st.just("") | texts(),
    )


def exact_funnels() -> st.SearchStrategy[Funnel]:
    """A funnel from an integer top and exact Fraction rates."""
    return _funnels(st.integers(0, 10**7), fractions())


def float_funnels() -> st.SearchStrategy[Funnel]:
    """A funnel from a float top and float rates."""
    return _funnels(st.floats(1, 1e7), st.floats(1e-3, 1))


@st.composite
def _funnels(
    draw: st.DrawFn, tops: st.SearchStrategy[float | int], rates: st.SearchStrategy[Any]
) -> Funnel:
    labels = draw(
        st.lists(st.text("abcdefgh", min_size=1, max_size=6), min_size=1, max_size=6, unique=True)
    )
    steps = {name: draw(rates) for name in labels[1:]}
    return Funnel.from_rates(labels[0], draw(tops), steps)


def funnels() -> st.SearchStrategy[Funnel]:
    return exact_funnels() | float_funnels()


@st.composite
def funnel_comparisons(draw: st.DrawFn) -> FunnelComparison:
    """One funnel compared with itself after a new rate on one step."""
    before = draw(exact_funnels())
    after = before
    if len(before.names) > 1:
        after = before.with_rate(draw(st.sampled_from(before.names[1:])), draw(fractions()))
    return before.compare(after)


def funnel_steps() -> st.SearchStrategy[FunnelStep]:
    return st.builds(
        FunnelStep,
        name=names(),
        stage=st.none() | st.sampled_from(FunnelStage),
        volume=st.none() | st.integers(0, 10**6) | st.fractions(0, 10**6),
    )


def funnel_targets() -> st.SearchStrategy[FunnelTarget]:
    """What a funnel with only positive rates needs for a customer target."""
    return st.builds(
        lambda f, n: f.for_target(n),
        exact_funnels().filter(lambda f: f.top > 0),
        st.integers(1, 10**5),
    )


def improvements() -> st.SearchStrategy[Improvement]:
    return exact_funnels().filter(lambda f: len(f.names) > 1).map(lambda f: f.bottleneck())


def path_stops() -> st.SearchStrategy[PathStop]:
    return st.builds(
        PathStop,
        touchpoint=st.sampled_from(Touchpoint),
        stages=st.lists(st.sampled_from(FunnelStage), min_size=1, max_size=2, unique=True),
        channel=st.none() | platform_slugs(),
        detail=st.just("") | texts(),
    )


def stage_coverages() -> st.SearchStrategy[StageCoverage]:
    """:func:`socialkit.stage_coverage` of drawn content types, with or without a target."""
    return st.builds(
        stage_coverage,
        st.lists(st.sampled_from(ContentType), max_size=12),
        target=st.none() | st.dictionaries(st.sampled_from(STAGES), st.integers(1, 5), min_size=1),
    )


def stage_mappings() -> st.SearchStrategy[StageMapping]:
    return st.dictionaries(
        st.sampled_from(ContentType), st.sampled_from(FunnelStage), max_size=4
    ).map(StageMapping().with_overrides)


def stage_profiles() -> st.SearchStrategy[StageProfile]:
    return st.sampled_from(FunnelStage).map(lambda s: s.profile)


def stage_shares() -> st.SearchStrategy[StageShare]:
    return stage_coverages().flatmap(lambda c: st.sampled_from(c.rows))


def step_deltas() -> st.SearchStrategy[StepDelta]:
    return funnel_comparisons().flatmap(lambda c: st.sampled_from(c.rows))


FUNNEL: dict[type, Factory] = {
    CasePath: case_paths,
    Funnel: funnels,
    FunnelComparison: funnel_comparisons,
    FunnelStep: funnel_steps,
    FunnelTarget: funnel_targets,
    Improvement: improvements,
    PathStop: path_stops,
    StageCoverage: stage_coverages,
    StageMapping: stage_mappings,
    StageProfile: stage_profiles,
    StageShare: stage_shares,
    StepDelta: step_deltas,
    **_enums(ContentType, FunnelStage, JourneyStep, Kpi, Touchpoint),
}


# -- mix ------------------------------------------------------------------------------


def category_drifts() -> st.SearchStrategy[CategoryDrift]:
    return mix_drifts().flatmap(lambda d: st.sampled_from(d.categories))


@st.composite
def content_mixes(draw: st.DrawFn) -> ContentMix:
    """A mix of 1-7 categories (Unicode names, int or Fraction weights), bounds at times."""
    cats = draw(st.lists(names(), min_size=1, max_size=7, unique=True))
    weights = st.integers(0, 60) | st.fractions(0, 60, max_denominator=12)
    shares = {c: draw(weights) for c in cats}
    if not any(shares.values()):
        shares[cats[0]] = 1
    low = {c: draw(st.integers(0, 3)) for c in cats if draw(st.booleans())}
    high = {c: low.get(c, 0) + draw(st.integers(0, 30)) for c in cats if draw(st.booleans())}
    return ContentMix(shares, minimum=low, maximum=high)


def mix_drifts() -> st.SearchStrategy[MixDrift]:
    """A mix's drift over posts drawn from its own categories."""
    return content_mixes().flatmap(
        lambda m: st.lists(st.sampled_from(m.categories), max_size=20).map(m.drift)
    )


def mix_presets() -> st.SearchStrategy[MixPreset]:
    drawn = st.builds(
        MixPreset,
        name=st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True),
        weights=st.dictionaries(names(), st.integers(1, 10), min_size=1, max_size=5),
        description=names(),
        source=sources(),
    )
    return st.sampled_from(ContentMix.presets()) | drawn


@st.composite
def nested_mixes(draw: st.DrawFn) -> NestedMix:
    outer = draw(content_mixes())
    inner = {c: draw(content_mixes()) for c in outer.categories if draw(st.booleans())}
    return outer.compose(inner, sep=draw(st.sampled_from(["/", " > "])))


MIX: dict[type, Factory] = {
    CategoryDrift: category_drifts,
    ContentMix: content_mixes,
    MixDrift: mix_drifts,
    MixPreset: mix_presets,
    NestedMix: nested_mixes,
    **_enums(ApportionMethod, SequenceMethod),
}


# -- frequency ------------------------------------------------------------------------


@st.composite
def frequencies(draw: st.DrawFn) -> Frequency:
    low = draw(st.integers(0, 5))
    return Frequency(
        per=draw(st.sampled_from(Period)),
        minimum=low,
        maximum=draw(st.none() | st.integers(max(low, 1), 30)),
    )


def frequency_reports() -> st.SearchStrategy[FrequencyReport]:
    """A rule's report on drawn posting times over a drawn range."""

    def report(rule: FrequencyRule, zone: ZoneInfo, start: date, days: int) -> FrequencyReport:
        lo = datetime.combine(start, time(0), zone)
        times = [later(lo, timedelta(hours=h)) for h in range(0, days * 24, 7)]
        return rule.report(times, tz=zone, start=start, end=start + timedelta(days=days))

    return st.builds(report, frequency_rules(), zones(), dates(), st.integers(1, 40))


@st.composite
def frequency_rules(draw: st.DrawFn) -> FrequencyRule:
    """A consistent rule (or a platform's default): ranges, a gap, windows, quiet hours."""
    if draw(st.booleans()):
        return FrequencyRule.for_platform(draw(platform_slugs()))
    low = draw(st.integers(0, 3))
    per = draw(st.sampled_from(["day", "week", "month"]))
    high = draw(st.none() | st.integers(max(low, 1), 10))
    windows = st.builds(
        PostingWindow,
        weekday=st.integers(0, 6),
        start=st.sampled_from([time(8), time(9, 30)]),
        end=st.sampled_from([time(12), time(0)]),
    )
    try:
        return FrequencyRule(
            frequencies=[Frequency(per=per, minimum=low, maximum=high)],
            min_gap=draw(st.none() | durations(max_hours=48)),
            windows=draw(st.lists(windows, max_size=2)),
            quiet_hours=draw(st.none() | quiet_hours()),
        )
    except FrequencyRule.__init__.__globals__["ValidationError"]:
        return FrequencyRule(frequencies=[Frequency(per=per, maximum=high)])


def post_results() -> st.SearchStrategy[PostResult]:
    return st.builds(
        PostResult,
        posted_at=aware_datetimes(),
        engagement=st.integers(0, 10**6) | st.floats(0, 1e6) | st.fractions(0, 100),
    )


@st.composite
def quiet_hours(draw: st.DrawFn) -> QuietHours:
    start = draw(wall_times())
    end = draw(wall_times().filter(lambda t: (t.hour, t.minute) != (start.hour, start.minute)))
    return QuietHours(start=start, end=end)


def best_times_results() -> st.SearchStrategy[BestTimes]:
    """:func:`socialkit.best_times` on a benchmarked platform, with history at times."""
    benchmarked = [p for p in list_platforms() if p.best_times]
    return st.builds(
        lambda p, zone, history: best_times(p, tz=zone, history=history or None),
        st.sampled_from(benchmarked),
        zones(),
        st.lists(post_results(), max_size=10),
    )


def ranked_windows() -> st.SearchStrategy[RankedWindow]:
    """One window of a :func:`best_times_results` ranking."""
    return best_times_results().flatmap(st.sampled_from)


def violations() -> st.SearchStrategy[Violation]:
    """A violation ``check`` reports: more posts than one per period, or too close."""

    def broken(per: str, zone: ZoneInfo, at: datetime, gaps: list[int]) -> tuple[Violation, ...]:
        rule = FrequencyRule(
            frequencies=[Frequency(per=per, maximum=1)], min_gap=timedelta(hours=2)
        )
        times = [later(at, timedelta(minutes=sum(gaps[:i]))) for i in range(len(gaps) + 1)]
        return rule.check(times, tz=zone)

    found = st.builds(
        broken,
        st.sampled_from(["day", "week", "month"]),
        zones(),
        aware_datetimes(),
        st.lists(st.integers(1, 60), min_size=1, max_size=4),
    )
    return found.flatmap(st.sampled_from)


FREQUENCY: dict[type, Factory] = {
    Frequency: frequencies,
    FrequencyReport: frequency_reports,
    FrequencyRule: frequency_rules,
    PostResult: post_results,
    QuietHours: quiet_hours,
    RankedWindow: ranked_windows,
    Violation: violations,
    **_enums(Basis, FrequencyProfile, Verdict),
}


# -- calendar -------------------------------------------------------------------------


@st.composite
def calendar_items(
    draw: st.DrawFn, *, lo: datetime | None = None, hi: datetime | None = None
) -> CalendarItem:
    """An item starting in ``[lo, hi)`` (default: any aware datetime)."""
    if lo is None or hi is None:
        start = draw(aware_datetimes())
    else:
        span = int((hi.astimezone(UTC) - lo.astimezone(UTC)).total_seconds() // 60)
        start = later(lo, timedelta(minutes=draw(st.integers(0, span - 1))))
    if draw(st.integers(0, 3)) == 0:  # an item kept in a zone of its own, not the calendar's
        start = start.astimezone(draw(zones()))
    kind = draw(st.sampled_from(ItemKind))
    post = draw(st.none() | calendar_posts()) if kind.is_post else None
    return CalendarItem(
        id=draw(st.from_regex(r"[a-z0-9-]{1,12}", fullmatch=True)),
        platform=draw(platform_slugs()),
        kind=kind,
        start=start,
        duration=draw(durations(max_hours=4)),
        title=draw(names()),
        category=draw(st.none() | names()),
        stage=draw(st.none() | st.sampled_from(FunnelStage)),
        content_type=draw(st.none() | st.sampled_from(ContentType)),
        content=draw(st.none() | texts().filter(str.strip)),
        post=post,
        status=draw(st.sampled_from(ItemStatus)) if post is not None else ItemStatus.PLANNED,
        assignee=draw(st.none() | names()),
    )


def calendar_posts() -> st.SearchStrategy[Post]:
    """A post as a calendar slot holds it: any post, its time left to the slot."""
    return posts().map(lambda p: attrs.evolve(p, scheduled_at=None))


@st.composite
def channels(draw: st.DrawFn) -> Channel:
    """A planner channel: a platform, its rule, a target rate, times, a mix."""
    return Channel(
        platform=draw(platform_slugs()),
        mission=draw(st.just("") | names()),
        role=draw(st.just("") | names()),
        frequency=draw(st.none() | frequency_rules()),
        per_week=draw(st.none() | st.fractions(Fraction(1, 4), 14, max_denominator=4)),
        times=draw(st.lists(wall_times(), max_size=3, unique=True)),
        mix=draw(st.none() | content_mixes()),
        content_type=draw(st.none() | st.sampled_from(ContentType)),
        duration=draw(durations(max_hours=2)),
    )


def conflicts() -> st.SearchStrategy[Conflict]:
    """A conflict a calendar reports: a post under its rule's gap after another, or a duplicate."""

    def found(first: CalendarItem, minutes: int, same: bool) -> tuple[Conflict, ...]:
        first = attrs.evolve(first, kind=ItemKind.POST)
        second = attrs.evolve(
            first,
            id=first.id + "-2",
            start=later(first.start, timedelta(minutes=minutes)),
            content=first.content if same else None,
        )
        day = first.start.astimezone(UTC).date()
        cal = ContentCalendar(
            tz="UTC",
            start=day,
            end=day + timedelta(days=3),
            items=[first, second],
            rules={first.platform: FrequencyRule(min_gap=timedelta(hours=2))},
        )
        return cal.conflicts()

    day = (datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 3, tzinfo=UTC))
    drawn = st.builds(
        found, calendar_items(lo=day[0], hi=day[1]), st.integers(0, 90), st.booleans()
    )
    return drawn.flatmap(st.sampled_from)


@st.composite
def content_calendars(draw: st.DrawFn) -> ContentCalendar:
    """A calendar of drawn items, rules and issues, or one :func:`~socialkit.plan` made."""
    zone = draw(zones())
    start = draw(dates())
    end = start + timedelta(days=draw(st.integers(1, 21)))
    if draw(st.booleans()):
        spec = PlanSpec.simple(
            platforms=draw(st.lists(platform_slugs(), min_size=1, max_size=2, unique=True)), tz=zone
        )
        cal = plan(spec, start=start, end=end)
        slots = cal.filter(kind=ItemKind.POST).items
        for slot in (
            draw(st.lists(st.sampled_from(slots), max_size=3, unique=True)) if slots else ()
        ):
            cal = cal.fill(
                slot.id, draw(calendar_posts()), status=draw(st.sampled_from(ItemStatus))
            )
        return cal
    lo = datetime.combine(start, time(0), zone)
    hi = datetime.combine(end, time(0), zone)
    items = draw(st.lists(calendar_items(lo=lo, hi=hi), max_size=8, unique_by=lambda i: i.id))
    return ContentCalendar(
        tz=zone,
        start=start,
        end=end,
        items=items,
        rules=draw(st.dictionaries(platform_slugs(), frequency_rules(), max_size=2)),
        issues=draw(st.lists(plan_issues(), max_size=2)),
    )


@st.composite
def evergreens(draw: st.DrawFn) -> Evergreen:
    return Evergreen(
        title=draw(names()),
        cooldown=draw(durations(max_hours=24 * 60)),
        category=draw(st.none() | names()),
        platforms=draw(st.lists(platform_slugs(), max_size=2, unique=True)),
        stage=draw(st.none() | st.sampled_from(FunnelStage)),
        content_type=draw(st.none() | st.sampled_from(ContentType)),
    )


def fixed_events() -> st.SearchStrategy[FixedEvent]:
    return st.builds(
        FixedEvent,
        title=names(),
        start=aware_datetimes(),
        recurrence=st.none()
        | st.sampled_from(["FREQ=WEEKLY", "FREQ=MONTHLY;BYMONTHDAY=1", "FREQ=YEARLY;COUNT=3"]),
        platforms=st.lists(platform_slugs(), max_size=2, unique=True),
        duration=durations(max_hours=8),
        category=st.none() | names(),
        stage=st.none() | st.sampled_from(FunnelStage),
    )


def interactions() -> st.SearchStrategy[Interaction]:
    return st.builds(Interaction, daily_budget=durations(max_hours=4), at=wall_times())


def plan_issues() -> st.SearchStrategy[PlanIssue]:
    return st.builds(
        PlanIssue,
        platform=platform_slugs(),
        rule=st.sampled_from(["per_week", "per_day", "event"]),
        period=st.none() | st.sampled_from(["2026-W10", "2026-03"]),
        shortfall=st.integers(0, 10),
        reason=names(),
    )


def plan_specs() -> st.SearchStrategy[PlanSpec]:
    return st.builds(
        PlanSpec,
        channels=st.lists(channels(), min_size=1, max_size=3, unique_by=lambda c: c.platform),
        tz=zones(),
        mix=st.none() | content_mixes(),
        category_stages=st.dictionaries(names(), st.sampled_from(FunnelStage), max_size=2),
        blackouts=st.frozensets(dates(), max_size=3),
        events=st.lists(fixed_events(), max_size=2),
        evergreen=st.lists(evergreens(), max_size=2),
        interaction=st.none() | interactions(),
    )


def plan_outcomes() -> st.SearchStrategy[PlanOutcome]:
    """An account's outcome: a drawn calendar, or an error message."""
    names = st.text(min_size=1, max_size=8)
    return st.builds(PlanOutcome, account=names, calendar=content_calendars()) | st.builds(
        PlanOutcome, account=names, error=st.just("PlanningError: no platform")
    )


def calendar_assessments() -> st.SearchStrategy[CalendarAssessment]:
    """:meth:`ContentCalendar.assess` of a drawn calendar (its posts checked in place)."""
    return content_calendars().map(lambda cal: cal.assess())


def item_assessments() -> st.SearchStrategy[ItemAssessment]:
    return (
        calendar_assessments()
        .filter(lambda a: bool(a.items))
        .flatmap(lambda a: st.sampled_from(a.items))
    )


def tagged_calendars() -> st.SearchStrategy[TaggedCalendar]:
    """:meth:`ContentCalendar.tag_links` of a drawn calendar with a per-item template."""
    template = UtmTemplate(source="{platform}", medium="social", campaign="{id}", content="{date}")
    return content_calendars().map(lambda cal: cal.tag_links(template))


CALENDAR: dict[type, Factory] = {
    CalendarAssessment: calendar_assessments,
    ItemAssessment: item_assessments,
    TaggedCalendar: tagged_calendars,
    PlanOutcome: plan_outcomes,
    CalendarItem: calendar_items,
    Channel: channels,
    Conflict: conflicts,
    ContentCalendar: content_calendars,
    Evergreen: evergreens,
    FixedEvent: fixed_events,
    Interaction: interactions,
    PlanIssue: plan_issues,
    PlanSpec: plan_specs,
    **_enums(ConflictKind, ItemKind, ItemStatus),
}


# -- strategy -------------------------------------------------------------------------

_NETWORKS = ("instagram", "tiktok", "linkedin", "x", "facebook", "youtube", "pinterest")


_ACCOUNT_QUESTIONS = tuple(q.id for q in AUDIT_CHECKLIST if q.scope == "account")
_OVERALL_QUESTIONS = ("what_works", "who_engages", "versus_competitors")


def account_audits() -> st.SearchStrategy[AccountAudit]:
    return st.builds(
        AccountAudit,
        platform=st.sampled_from(_NETWORKS),
        handle=st.just("") | st.sampled_from(["@brand", "@brand_fr"]),
        answers=st.dictionaries(st.sampled_from(_ACCOUNT_QUESTIONS), st.booleans(), max_size=6),
        notes=st.dictionaries(st.sampled_from(_ACCOUNT_QUESTIONS), names(), max_size=2),
    )


def audits() -> st.SearchStrategy[Audit]:
    return st.builds(
        Audit,
        overall=st.dictionaries(st.sampled_from(_OVERALL_QUESTIONS), names(), max_size=3),
        target_networks=st.lists(st.sampled_from(_NETWORKS), max_size=3),
        accounts=st.lists(account_audits(), max_size=3, unique_by=lambda a: (a.platform, a.handle)),
        impostors=st.lists(suspected_impostors(), max_size=2),
        verified=st.lists(st.sampled_from(_NETWORKS), max_size=2),
    )


def audit_outcomes() -> st.SearchStrategy[AuditOutcome]:
    return st.sampled_from(AUDIT_OUTCOMES) | st.builds(
        AuditOutcome,
        question=st.sampled_from(_ACCOUNT_QUESTIONS),
        answer=st.booleans(),
        verdict=st.sampled_from(AuditVerdict),
        action=names(),
    )


def suspected_impostors() -> st.SearchStrategy[SuspectedImpostor]:
    return st.builds(
        SuspectedImpostor,
        platform=st.sampled_from(_NETWORKS),
        handle=names(),
        imitates=st.just("") | names(),
        reported=st.booleans(),
    )


@st.composite
def profiles(draw: st.DrawFn) -> Profile:
    text = st.just("") | names()
    image = st.none() | st.builds(
        Media, kind=st.just("image"), width=st.integers(1, 3000), height=st.integers(1, 3000)
    )
    return Profile(
        platform=draw(st.sampled_from(_NETWORKS)),
        display_name=draw(text),
        handle=draw(text),
        bio=draw(text),
        website=draw(text),
        category=draw(text),
        location=draw(text),
        contact=draw(text),
        keywords=draw(st.lists(names(), max_size=3)),
        avatar=draw(image),
        banner=draw(image),
        surface=draw(st.none() | st.sampled_from(["profile", "page", "channel"])),
    )


def profile_checks() -> st.SearchStrategy[ProfileCheck]:
    return st.builds(
        ProfileCheck,
        profile=profiles(),
        platform=platforms(),
        fields=st.lists(st.sampled_from(PROFILE_FIELDS), max_size=3, unique=True),
    )


def listenings() -> st.SearchStrategy[Listening]:
    return st.builds(
        Listening,
        keywords=st.lists(names(), max_size=2),
        accounts=st.lists(st.sampled_from(["@brand", "@brand_help"]), max_size=2),
        competitors=st.lists(names(), max_size=2),
    )


def analyses() -> st.SearchStrategy[Analysis]:
    return st.builds(
        Analysis,
        target=st.just("") | names(),
        trends=st.lists(names(), max_size=2),
        three_c=st.none()
        | st.builds(
            ThreeC,
            company=actors().map(lambda a: attrs.evolve(a, name="Us (the company)")),
            competitors=st.lists(
                actors().filter(lambda a: a.name != "Us (the company)"),
                max_size=2,
                unique_by=lambda a: a.name,
            ),
            customers=st.lists(targets(), max_size=2),
        ),
        swots=st.lists(swots(), max_size=2, unique_by=lambda s: s.platform),
        audit=st.none() | audits(),
        listening=st.none() | listenings(),
    )


def step_reports() -> st.SearchStrategy[StepReport]:
    return st.builds(
        StepReport,
        step=st.sampled_from(StrategyStep),
        status=st.sampled_from(StepStatus),
        missing=st.lists(names(), max_size=2),
    )


def smos() -> st.SearchStrategy[Smo]:
    return st.builds(
        Smo,
        reasons=st.lists(st.sampled_from(SmoReason), max_size=3),
        on_site=st.lists(st.sampled_from(OnSiteAction), max_size=3),
        off_site=st.lists(st.sampled_from(OffSiteAction), max_size=3),
        activities=st.lists(st.sampled_from(SmoActivity), max_size=3),
        reputation_plan=st.just("") | names(),
    )


def actors() -> st.SearchStrategy[Actor]:
    return st.builds(
        Actor,
        name=names(),
        presences=st.lists(presences(), max_size=4, unique_by=lambda p: p.platform),
        content_opportunities=st.lists(names(), max_size=2),
    )


def audit_questions() -> st.SearchStrategy[AuditQuestion]:
    drawn = st.builds(
        AuditQuestion,
        id=st.from_regex(r"[a-z][a-z_]{0,10}", fullmatch=True),
        question=names(),
        scope=st.sampled_from(AuditScope),
        source=sources(),
    )
    return st.sampled_from(AUDIT_CHECKLIST) | drawn


def brand_personalities() -> st.SearchStrategy[BrandPersonality]:
    return st.builds(
        BrandPersonality,
        vision=st.just("") | names(),
        values=st.lists(names(), max_size=2),
        age=st.none() | st.integers(0, 99),
        tone_of_voice=st.just("") | names(),
    )


def calendar_settings() -> st.SearchStrategy[CalendarSettings]:
    return st.builds(
        CalendarSettings,
        timezone=st.sampled_from(ZONES),
        weeks=st.integers(1, 8),
        interaction_minutes=st.integers(0, 120),
        blackouts=st.lists(dates(), max_size=2),
    )


@st.composite
def ecosystem_rules(draw: st.DrawFn) -> EcosystemRule:
    if draw(st.booleans()):
        return draw(st.sampled_from(ECOSYSTEM_RULES))
    condition = draw(st.sampled_from(["ages", "interests", "content_types"]))
    low = draw(st.integers(0, 40))
    return EcosystemRule(
        id=draw(st.from_regex(r"[a-z][a-z_]{0,10}", fullmatch=True)),
        platforms=draw(st.lists(st.sampled_from(_NETWORKS), min_size=1, max_size=3)),
        reason=draw(names()),
        min_age=low if condition == "ages" else None,
        max_age=draw(st.integers(low, 99)) if condition == "ages" else None,
        interests=("beauty", "sport") if condition == "interests" else (),
        content_types=("video",) if condition == "content_types" else (),
        weight=draw(st.integers(1, 5)),
    )


def example_posts() -> st.SearchStrategy[ExamplePost]:
    return st.builds(
        ExamplePost,
        platform=st.sampled_from(_NETWORKS),
        text=names(),
        pillar=st.none() | st.sampled_from(["brand", "fashion", "beauty", "well-being"]),
        tactic=st.none() | st.sampled_from(["contest", "webinar"]),
        content_type=st.just("") | st.sampled_from(["video", "infographic"]),
        purpose=st.none() | st.sampled_from(PostPurpose),
    )


@st.composite
def surveys(draw: st.DrawFn) -> Survey:
    options = draw(st.lists(names(), min_size=1, max_size=4, unique=True))
    return Survey(
        question=draw(names()),
        audience=draw(st.sampled_from(SurveyAudience)),
        options=draw(st.just(options) | st.just([])),
        answers=draw(st.lists(st.sampled_from(options), max_size=20)),
        confidence=draw(st.sampled_from([0.9, 0.95, 0.99])),
    )


def survey_summaries() -> st.SearchStrategy[SurveySummary]:
    return surveys().map(Survey.summary)


def option_shares() -> st.SearchStrategy[OptionShare]:
    return (
        surveys()
        .filter(lambda s: bool(s.options or s.answers))
        .map(lambda s: s.summary().options[0])
    )


def personas() -> st.SearchStrategy[Persona]:
    return st.builds(
        Persona,
        name=names(),
        age_min=st.none() | st.integers(0, 40),
        age_max=st.none() | st.integers(40, 90),
        interests=st.lists(names(), max_size=2),
        networks=st.lists(st.sampled_from(_NETWORKS), max_size=3),
        motivations=st.just("") | names(),
    )


def _weights() -> st.SearchStrategy[int | Fraction | float]:
    return st.one_of(
        st.integers(0, 100),
        st.fractions(min_value=0, max_value=100, max_denominator=20),
        st.sampled_from([0.1, 0.25, 0.4]),
    )


def pillars() -> st.SearchStrategy[Pillar]:
    return st.builds(
        Pillar,
        name=st.sampled_from(["brand", "fashion", "beauty", "well-being"]),
        weight=_weights(),
    )


def platform_comparisons() -> st.SearchStrategy[PlatformComparison]:
    return three_cs().map(lambda c: c.compare()).filter(bool).flatmap(st.sampled_from)


def platform_fits() -> st.SearchStrategy[PlatformFit]:
    fits = st.builds(
        recommend_platforms,
        st.lists(personas(), min_size=1, max_size=3),
        st.lists(st.sampled_from(["video", "article", "infographic"]), max_size=2),
    )
    return fits.filter(bool).flatmap(st.sampled_from)


def strategy_channels() -> st.SearchStrategy[Channel]:
    """A channel as a strategy TOML writes it: a mission, a role, a frequency override."""
    return st.builds(
        Channel,
        platform=st.sampled_from(_NETWORKS),
        mission=st.just("") | names(),
        role=st.just("") | names(),
        frequency=st.none() | frequency_rules(),
    )


def presences() -> st.SearchStrategy[Presence]:
    return st.builds(
        Presence,
        platform=st.sampled_from(("facebook", "instagram", "x", "tiktok", "linkedin")),
        followers=st.none() | st.integers(0, 100_000),
        posts_per_week=st.none() | st.floats(0, 30),
    )


def progresses() -> st.SearchStrategy[Progress]:
    """A goal's progress on a day within its span."""

    @st.composite
    def progress(draw: st.DrawFn) -> Progress:
        goal = draw(smart_goals())
        on = goal.start + timedelta(days=draw(st.integers(0, (goal.deadline - goal.start).days)))
        current = draw(st.integers(-(10**6), 10**6) | st.fractions(max_denominator=50))
        return goal.progress(current, on=on)

    return progress()


def _figures() -> st.SearchStrategy[int | float | Fraction]:
    return st.one_of(
        st.integers(-(10**6), 10**6),
        st.floats(-1e6, 1e6, allow_nan=False),
        st.fractions(max_denominator=50),
    )


@st.composite
def smart_goals(draw: st.DrawFn) -> SmartGoal:
    baseline = draw(_figures())
    start = draw(dates())
    return SmartGoal(
        subject=draw(names()),
        metric=draw(st.sampled_from(["likes", "leads", "web referrals"]) | names()),
        baseline=baseline,
        target=draw(_figures().filter(lambda t: t != baseline)),
        start=start,
        deadline=start + timedelta(days=draw(st.integers(1, 1000))),
        business_objective=draw(st.just("") | names()),
        stage=draw(st.none() | st.sampled_from(STAGES)),
        plausible_monthly_growth=draw(st.none() | st.sampled_from([0.05, Fraction(1, 3), 2])),
    )


def strategy_documents() -> st.SearchStrategy[Strategy]:
    """A whole strategy document (what a strategy TOML holds)."""
    return st.builds(
        Strategy,
        name=names(),
        note=st.just("") | names(),
        objectives=st.lists(smart_goals(), max_size=4),
        personas=st.lists(personas(), max_size=2),
        brand=brand_personalities(),
        channels=st.lists(strategy_channels(), max_size=3, unique_by=lambda c: c.platform),
        calendar=calendar_settings(),
        pillars=st.lists(pillars(), max_size=4),
        stage_mix=st.dictionaries(st.sampled_from(STAGES), _weights()),
        tactics=st.lists(tactics(), max_size=2),
        examples=st.lists(example_posts(), max_size=3),
        analysis=analyses(),
        smo=st.none() | smos(),
    )


def swots() -> st.SearchStrategy[Swot]:
    return st.builds(
        Swot,
        platform=st.sampled_from(_NETWORKS),
        strengths=st.lists(names(), max_size=2),
        threats=st.lists(names(), max_size=2),
    )


def tactics() -> st.SearchStrategy[Tactic]:
    return st.builds(
        Tactic,
        name=st.sampled_from(["contest", "webinar"]),
        participation=st.lists(names(), max_size=2),
        recurrence=st.none() | st.sampled_from(["FREQ=MONTHLY;BYDAY=1FR", "FREQ=WEEKLY;BYHOUR=9"]),
        start=st.none() | dates(),
        platforms=st.lists(st.sampled_from(_NETWORKS), max_size=2),
        stage=st.none() | st.sampled_from(STAGES),
    )


def targets() -> st.SearchStrategy[Target]:
    return st.builds(
        Target,
        name=names(),
        kind=st.sampled_from(TargetKind),
        networks=st.lists(st.sampled_from(_NETWORKS), max_size=2),
    )


def three_cs() -> st.SearchStrategy[ThreeC]:
    """A 3C whose actors, the company's included, have distinct names (as ThreeC requires)."""
    return st.builds(
        lambda actors, customers: ThreeC(
            company=actors[0], competitors=actors[1:], customers=customers
        ),
        st.lists(actors(), min_size=1, max_size=4, unique_by=lambda a: a.name),
        st.lists(targets(), max_size=2),
    )


STRATEGY: dict[type, Factory] = {
    AccountAudit: account_audits,
    Analysis: analyses,
    Audit: audits,
    AuditOutcome: audit_outcomes,
    Listening: listenings,
    Profile: profiles,
    ProfileCheck: profile_checks,
    Smo: smos,
    StepReport: step_reports,
    SuspectedImpostor: suspected_impostors,
    OptionShare: option_shares,
    Survey: surveys,
    SurveySummary: survey_summaries,
    Actor: actors,
    AuditQuestion: audit_questions,
    BrandPersonality: brand_personalities,
    CalendarSettings: calendar_settings,
    EcosystemRule: ecosystem_rules,
    ExamplePost: example_posts,
    Persona: personas,
    Pillar: pillars,
    PlatformComparison: platform_comparisons,
    PlatformFit: platform_fits,
    Presence: presences,
    Progress: progresses,
    SmartGoal: smart_goals,
    Strategy: strategy_documents,
    Swot: swots,
    Tactic: tactics,
    Target: targets,
    ThreeC: three_cs,
    **_enums(
        AuditScope,
        AuditVerdict,
        Interpolation,
        OffSiteAction,
        OnSiteAction,
        ProgressVerdict,
        SmoActivity,
        SmoReason,
        StepStatus,
        StrategyStep,
        SurveyAudience,
        TargetKind,
    ),
}


# -- measure --------------------------------------------------------------------------


@st.composite
def campaign_drafts(draw: st.DrawFn) -> CampaignDraft:
    start = draw(st.none() | aware_datetimes())
    end = None if start is None else later(start, draw(durations(max_hours=24 * 90)))
    amounts = st.none() | st.integers(1, 10**5) | st.fractions(1, 10**4)
    return CampaignDraft(
        name=draw(st.none() | names()),
        objective=draw(st.none() | st.sampled_from(Objective)),
        start=start,
        end=end,
        content=draw(st.none() | names()),
        targeting=draw(targetings()),
        budget=draw(amounts),
        bid=draw(amounts),
    )


def campaign_objectives() -> st.SearchStrategy[CampaignObjective]:
    drawn = st.builds(
        CampaignObjective,
        objective=st.sampled_from(Objective),
        goal=names(),
        formats=st.lists(names(), max_size=2),
        billed_per=st.lists(st.sampled_from(BillingEvent), max_size=2),
        source=sources(),
    )
    return st.sampled_from(X_ADS_OBJECTIVES) | drawn


def checklist_items() -> st.SearchStrategy[ChecklistItem]:
    return st.builds(
        ChecklistItem,
        step=st.sampled_from(SetupStep),
        field=st.sampled_from(["name", "objective", "targeting", "budget"]),
        description=names(),
    )


def comparisons() -> st.SearchStrategy[Comparison]:
    """:func:`~socialkit.compare_variants` of two drawn variants."""
    return st.builds(
        compare_variants,
        variants(name="A"),
        variants(name="B"),
        confidence=st.sampled_from([0.8, 0.9, 0.95, 0.99]),
    )


def influencers() -> st.SearchStrategy[Influencer]:
    return st.builds(
        Influencer,
        handle=st.text("abc", min_size=1, max_size=4).map(lambda s: "@" + s) | names(),
        audience=st.integers(0, 10**6),
        engagement=st.integers(0, 50),
        topics=st.frozensets(names(), max_size=3),
        acquisition=st.none() | st.sampled_from(Acquisition),
        stage=st.sampled_from(RelationshipStage),
        follows_you=st.booleans(),
        followed=st.booleans(),
    )


def metrics() -> st.SearchStrategy[Metric]:
    return st.sampled_from(METRICS)


def partner_reaches() -> st.SearchStrategy[PartnerReach]:
    handles = st.frozensets(st.sampled_from([f"@{i}" for i in range(12)]))
    ranked = st.builds(
        lambda partners, yours, influential: rank_partners(
            partners, your_network=yours, influential=influential
        ),
        st.dictionaries(st.sampled_from("pqrs"), handles, min_size=1),
        handles,
        handles,
    )
    return ranked.flatmap(st.sampled_from)


def setup_checklists() -> st.SearchStrategy[SetupChecklist]:
    drawn = st.builds(
        SetupChecklist,
        platform=platform_slugs(),
        items=st.lists(checklist_items(), max_size=4),
        source=sources(),
    )
    return st.just(X_ADS_SETUP) | drawn


def tagged_posts() -> st.SearchStrategy[TaggedPost]:
    """:func:`~socialkit.tag_links` on text with URLs."""
    text = st.builds("{} {} {}".format, texts(max_words=4), urls(), texts(max_words=4))
    return st.builds(tag_links, text, utms() | utm_templates(), st.sampled_from(["x", "linkedin"]))


def targetings() -> st.SearchStrategy[Targeting]:
    labels = st.frozensets(names(), max_size=3)
    return st.builds(Targeting, genders=labels, countries=labels, interests=labels)


def utm_templates() -> st.SearchStrategy[UtmTemplate]:
    part = utm_values() | st.just("{platform}") | utm_values().map(lambda v: v + "-{platform}")
    return st.builds(
        UtmTemplate,
        source=part,
        medium=part,
        campaign=part,
        term=st.none() | part,
        content=st.none() | part,
    )


def utm_values() -> st.SearchStrategy[str]:
    """A UTM value: Unicode, not blank, without braces (those are template fields)."""
    return st.text(
        st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="{}"),
        min_size=1,
        max_size=20,
    ).filter(lambda v: v.split())


def utms() -> st.SearchStrategy[Utm]:
    return st.builds(
        Utm,
        source=utm_values(),
        medium=utm_values(),
        campaign=utm_values(),
        term=st.none() | utm_values(),
        content=st.none() | utm_values(),
    )


@st.composite
def variants(draw: st.DrawFn, *, name: str | None = None) -> Variant:
    trials = draw(st.integers(1, 100_000))
    return Variant(
        name=draw(names()) if name is None else name,
        trials=trials,
        successes=draw(st.integers(0, trials)),
    )


def export_presets() -> st.SearchStrategy[ExportPreset]:
    """A shipped export preset."""
    return st.sampled_from(EXPORT_PRESETS)


def post_records() -> st.SearchStrategy[PostRecord]:
    """A post of a history: DST-edge aware time, a few outcomes, optional labels."""
    label = st.none() | st.text(min_size=1, max_size=8)
    return st.builds(
        PostRecord,
        posted_at=aware_datetimes(),
        platform=st.none() | st.sampled_from(["x", "instagram", "linkedin"]),
        outcomes=st.dictionaries(
            st.sampled_from(list(Outcome)), st.fractions(min_value=0, max_value=10**6), max_size=4
        ).map(lambda d: tuple(sorted(d.items(), key=lambda kv: list(Outcome).index(kv[0])))),
        text=label,
        pillar=label,
        line=st.integers(1, 10**6),
    )


def row_problems() -> st.SearchStrategy[RowProblem]:
    """A row that was not read."""
    return st.builds(
        RowProblem, line=st.integers(1, 10**6), reason=st.text(min_size=1, max_size=20)
    )


def histories() -> st.SearchStrategy[History]:
    """A small history with its problems."""
    return st.builds(
        History,
        records=st.lists(post_records(), max_size=4).map(tuple),
        problems=st.lists(row_problems(), max_size=2).map(tuple),
    )


@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    return Mention(
        at=draw(aware_datetimes()),
        source=draw(names()),
        text=draw(texts()),
        platform=draw(platform_slugs()),
    )


@st.composite
def listening_reports(draw: st.DrawFn) -> ListeningReport:
    """:func:`~socialkit.measure.listen` over drawn mentions, watching drawn words."""
    stream = draw(st.lists(mentions(), max_size=8))
    words = [w for m in stream for w in m.text.split() if w.strip()]
    watched = draw(st.lists(st.sampled_from(words), max_size=3)) if words else []
    return listen(
        stream,
        keywords=watched or ["socialkit"],
        competitors=draw(st.lists(names(), max_size=2)),
        zone=draw(zones()),
    )


@st.composite
def format_runs_(draw: st.DrawFn) -> FormatRun:
    """The first run :func:`~socialkit.measure.format_runs` finds in a drawn run of one format."""
    start = draw(aware_datetimes())
    kind = draw(st.sampled_from(["text", "image", "video", "question"]))
    n = draw(st.integers(2, 6))
    records = [
        PostRecord(posted_at=later(start, timedelta(hours=i)), platform="facebook", format=kind)
        for i in range(n)
    ]
    return measure_format_runs(records, longest=n - 1)[0]


@st.composite
def sharing_profiles(draw: st.DrawFn) -> SharingProfile:
    """:func:`~socialkit.measure.sharing_profile` of a drawn history, in a drawn zone."""
    history = draw(histories())
    return sharing_profile(draw(names()), history, tz=draw(zones()))


def content_ideas() -> st.SearchStrategy[ContentIdea]:
    """:func:`~socialkit.measure.content_for` a drawn profile, with or without your topics."""
    return st.builds(
        lambda p, mine: content_for(p, your_topics=mine),
        sharing_profiles(),
        st.none() | st.lists(names(), max_size=3),
    )


MEASURE: dict[type, Factory] = {
    ContentIdea: content_ideas,
    SharingProfile: sharing_profiles,
    ExportPreset: export_presets,
    FormatRun: format_runs_,
    History: histories,
    PostRecord: post_records,
    RowProblem: row_problems,
    ListeningReport: listening_reports,
    Mention: mentions,
    CampaignDraft: campaign_drafts,
    CampaignObjective: campaign_objectives,
    ChecklistItem: checklist_items,
    Comparison: comparisons,
    Influencer: influencers,
    Metric: metrics,
    PartnerReach: partner_reaches,
    SetupChecklist: setup_checklists,
    TaggedPost: tagged_posts,
    Targeting: targetings,
    Utm: utms,
    UtmTemplate: utm_templates,
    Variant: variants,
    **_enums(
        Acquisition,
        BillingEvent,
        MetricKind,
        Objective,
        Outcome,
        Quadrant,
        RelationshipStage,
        SetupStep,
    ),
}


# -- community ------------------------------------------------------------------------


@st.composite
def inboxes(draw: st.DrawFn) -> Inbox:
    """An inbox of drawn messages, seen after the last of them."""
    received = draw(st.lists(messages(), max_size=8))
    latest = max(  # as instants: max() compares one zone's datetimes by wall clock
        (m.answered_at or m.received_at for m in received),
        default=draw(aware_datetimes()),
        key=lambda moment: moment.astimezone(UTC),
    )
    return Inbox(
        messages=tuple(received),
        now=later(latest, draw(durations(max_hours=96))),
        answer_within=draw(durations(max_hours=72)),
        zone=draw(st.none() | zones()),
    )


@st.composite
def messages(draw: st.DrawFn) -> Message:
    received = draw(aware_datetimes())
    return Message(
        received_at=received,
        platform=draw(platform_slugs()),
        author=draw(names()),
        text=draw(texts()),
        negative=draw(st.booleans()),
        share=draw(st.booleans()),
        answered_at=(answer := draw(st.none() | durations().map(lambda d: later(received, d)))),
        deleted=draw(st.booleans()),
        reply="" if answer is None else draw(st.just("") | texts()),
        answered_by=None if answer is None else draw(st.none() | names()),
    )


def responsivenesses() -> st.SearchStrategy[Responsiveness]:
    """:func:`~socialkit.check_responsiveness` of a drawn inbox."""
    return inboxes().map(
        lambda i: check_responsiveness(
            i.messages, now=i.now, answer_within=i.answer_within, zone=i.zone
        )
    )


def playbook_steps() -> st.SearchStrategy[PlaybookStep]:
    """A step of :data:`~socialkit.community.CRISIS_PLAYBOOK`."""
    return st.sampled_from(CRISIS_PLAYBOOK)


@st.composite
def crisis_surges(draw: st.DrawFn) -> CrisisSurge:
    """The first surge :func:`~socialkit.community.detect_crisis` finds in a burst of negatives."""
    start = draw(aware_datetimes())
    gaps = draw(st.lists(st.integers(0, 600), min_size=1, max_size=12))
    burst = []
    moment = start
    for index, gap in enumerate(gaps):
        moment = later(moment, timedelta(seconds=gap))
        burst.append(Message(received_at=moment, platform="x", author=f"@p{index}", negative=True))
    return detect_crisis(burst, minimum=1)[0]


COMMUNITY: dict[type, Factory] = {
    CrisisSurge: crisis_surges,
    Inbox: inboxes,
    Message: messages,
    PlaybookStep: playbook_steps,
    Responsiveness: responsivenesses,
}


# -- registry -------------------------------------------------------------------------


def groups() -> st.SearchStrategy[Group]:
    """A group of a review."""
    figure = st.floats(0, 1)
    return st.builds(
        Group,
        key=st.text(min_size=1, max_size=8),
        posts=st.integers(1, 1000),
        mean=figure,
        low=figure,
        high=figure,
        score=figure,
    )


def proposals() -> st.SearchStrategy[Proposal]:
    """A proposal of a review."""
    return st.builds(
        Proposal,
        kind=st.sampled_from(ProposalKind),
        target=st.text(min_size=1, max_size=8),
        current=st.text(max_size=8),
        proposed=st.text(max_size=8),
        evidence=st.text(max_size=20),
        p_value=st.none() | st.floats(0, 1),
        more_posts=st.none() | st.integers(1, 100),
    )


def reviews() -> st.SearchStrategy[Review]:
    """A review of a drawn strategy against a drawn history."""
    return st.builds(review, strategy_documents(), histories())


REVIEW: dict[type, Factory] = {
    Group: groups,
    Proposal: proposals,
    Review: reviews,
    **_enums(ProposalKind),
}

STRATEGIES: dict[type, Factory] = {
    **PLATFORMS,
    **TEXT,
    **POSTS,
    **FUNNEL,
    **MIX,
    **FREQUENCY,
    **CALENDAR,
    **STRATEGY,
    **MEASURE,
    **COMMUNITY,
    **REVIEW,
}
"""Every public value class of the domain subpackages and the strategy that draws it."""


def values_of(cls: type[T]) -> st.SearchStrategy[T]:
    """The registered strategy for ``cls``."""
    return STRATEGIES[cls]()  # type: ignore[no-any-return]
