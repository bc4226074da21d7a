"""The funnel's vocabulary: stages, KPIs, content types, touchpoints.

The source course [000] splits the customer journey into *attract, consider,
convert* and maps content types to the TOFU / MOFU / BOFU stages; its BOFU
"sell, then keep them" gives socialkit a fourth stage, RETENTION. Which content
serves which stage is a *default* (a :class:`StageMapping`), never a constant:
remap any content type without forking. The tables themselves live in
:mod:`socialkit.funnel._stage_data`, each row with the reason it is there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from socialkit._core.fields import frozen
from socialkit._core.i18n import N_, tr
from socialkit._core.sources import Source
from socialkit._core.validate import Choice, non_empty_str, of_type, to_enum
from socialkit.errors import SocialkitError, SocialkitTypeError

__all__ = [
    "ContentType",
    "FunnelStage",
    "JourneyStep",
    "Kpi",
    "StageMapping",
    "StageProfile",
    "Touchpoint",
    "stage_of",
]


class JourneyStep(Choice):
    """The customer journey of [000]: attract, consider, convert (then retain)."""

    ATTRACT = "attract"
    CONSIDER = "consider"
    CONVERT = "convert"
    RETAIN = "retain"


class Kpi(Choice):
    """What a stage is measured by; some are vanity metrics.

    Source [002] calls retweets and likes *vanity metrics* (easy to track, hard
    to tie to value) and recommends leads generated, web referrals and
    conversion rate instead. socialkit also counts reach, impressions and
    followers as vanity metrics: like likes, they measure attention, not a
    business result.

    >>> Kpi.LIKES.is_vanity, Kpi.LEADS.is_vanity
    (True, False)
    """

    REACH = "reach"
    IMPRESSIONS = "impressions"
    FOLLOWERS = "followers"
    LIKES = "likes"
    REPOSTS = "reposts"
    """Retweets, shares and reposts."""
    WEB_REFERRALS = "web referrals"
    LEADS = "leads"
    SIGN_UPS = "sign-ups"
    DOWNLOADS = "downloads"
    CONVERSIONS = "conversions"
    CONVERSION_RATE = "conversion rate"
    REVENUE = "revenue"
    COST_PER_ACQUISITION = "cost per acquisition"
    REPEAT_PURCHASES = "repeat purchases"
    CHURN = "churn"

    @property
    def is_vanity(self) -> bool:
        """True for metrics that measure attention rather than a business result."""
        return self in _tables().vanity_kpis


class FunnelStage(Choice):
    """A stage of the marketing funnel, in journey order (iteration order is funnel order).

    Values are plain lower-case strings (``"tofu"``...), usable as category names.

    >>> [str(s) for s in FunnelStage]
    ['tofu', 'mofu', 'bofu', 'retention']
    >>> FunnelStage.TOFU.goal, str(FunnelStage.TOFU.journey_step)
    ('be known', 'attract')
    >>> [str(k) for k in FunnelStage.TOFU.vanity_kpis]
    ['reach', 'impressions', 'followers', 'likes', 'reposts']
    """

    TOFU = "tofu"
    """Top of the funnel: be known."""
    MOFU = "mofu"
    """Middle of the funnel: create contact."""
    BOFU = "bofu"
    """Bottom of the funnel: sell."""
    RETENTION = "retention"
    """After the sale: keep the customer."""

    @property
    def profile(self) -> StageProfile:
        """The stage's goal, journey step, content types and KPIs."""
        return _profiles()[self]

    @property
    def rank(self) -> int:
        """Position in the funnel: 0 for TOFU up to 3 for RETENTION."""
        return list(FunnelStage).index(self)

    @property
    def goal(self) -> str:
        """See :attr:`StageProfile.goal`."""
        return self.profile.goal

    @property
    def journey_step(self) -> JourneyStep:
        """The customer-journey step this stage serves."""
        return self.profile.journey_step

    @property
    def content_types(self) -> tuple[ContentType, ...]:
        """Content types whose default stage this is."""
        return self.profile.content_types

    @property
    def kpis(self) -> tuple[Kpi, ...]:
        """The KPIs that measure this stage."""
        return self.profile.kpis

    @property
    def vanity_kpis(self) -> tuple[Kpi, ...]:
        """The KPIs of this stage that are vanity metrics."""
        return self.profile.vanity_kpis


class ContentType(Choice):
    """A kind of content, from the funnel table and the post types of [000].

    ``QUOTATION`` is a quote as a citation (a post type); ``ESTIMATE`` is a
    quote as a price estimate (French *devis*).

    >>> str(stage_of(ContentType.WHITE_PAPER))
    'mofu'
    """

    # The funnel table of [000]
    ARTICLE = "article"
    VIDEO = "video"
    PODCAST = "podcast"
    INFOGRAPHIC = "infographic"
    SOCIAL_POST = "social post"
    WEBINAR = "webinar"
    KNOWLEDGE_SHARING = "knowledge sharing"
    GUIDE = "guide"
    WHITE_PAPER = "white paper"
    NEWSLETTER = "newsletter"
    CASE_STUDY = "case study"
    FREE_TRAINING = "free training"
    TESTIMONIAL = "testimonial"
    ESTIMATE = "estimate"
    DEMO = "demo"
    COMMERCIAL_OFFER = "commercial offer"
    TUTORIAL = "tutorial"
    # The post types of [000]
    REPOST = "repost"
    IMAGE_WITH_ARTICLE = "image with article"
    QUOTATION = "quotation"
    CONTEST = "contest"
    STORYTELLING = "storytelling"
    # Why publish, in [000]
    INTERVIEW = "interview"
    POLL = "poll"
    # The case studies of [000]
    PROMOTION = "promotion"
    BEHIND_THE_SCENES = "behind the scenes"
    PRODUCT_SELECTION = "product selection"
    INFLUENCER_COLLABORATION = "influencer collaboration"
    DOCUMENTARY = "documentary"
    NEWS = "news"
    EXCLUSIVE_BENEFITS = "exclusive benefits"
    PRODUCT_CARE = "product care"


def optional_stage(value: FunnelStage | str | None, where: str = "stage") -> FunnelStage | None:
    """Converter: ``None`` or a :class:`FunnelStage` by member, value or name (see ``to_enum``).

    The one stage converter of every value with an optional ``stage`` field.
    """
    return None if value is None else to_enum(FunnelStage, value, where)


@frozen(kw_only=True)
class StageProfile:
    """Everything socialkit knows about one funnel stage.

    >>> FunnelStage.MOFU.profile.goal
    'create contact'
    >>> [str(k) for k in FunnelStage.MOFU.profile.kpis]
    ['leads', 'sign-ups', 'downloads']
    """

    stage: FunnelStage
    goal: str = attrs.field(validator=non_empty_str)
    """The stage's goal in a few words ("be known", "create contact", "sell", "keep")."""
    description: str = attrs.field(validator=non_empty_str)
    journey_step: JourneyStep
    content_types: tuple[ContentType, ...]
    """The content types whose *default* stage this is (see :class:`StageMapping`)."""
    kpis: tuple[Kpi, ...]
    source: Source

    @property
    def vanity_kpis(self) -> tuple[Kpi, ...]:
        """The stage's KPIs that are vanity metrics."""
        return tuple(k for k in self.kpis if k.is_vanity)

    @property
    def meaningful_kpis(self) -> tuple[Kpi, ...]:
        """The stage's KPIs that tie to a business result."""
        return tuple(k for k in self.kpis if not k.is_vanity)


@frozen
class StageRow:
    """One default: the stage(s) and why."""

    stages: tuple[FunnelStage, ...]
    basis: str

    @property
    def stage(self) -> FunnelStage:
        return self.stages[0]


class Touchpoint(Choice):
    """A multichannel touchpoint of [000], with the stage(s) it serves by default.

    >>> str(Touchpoint.NEWSLETTER.stage)
    'mofu'
    >>> [str(s) for s in Touchpoint.SOCIAL_NETWORKS.stages]
    ['tofu', 'mofu', 'bofu']
    """

    BRAND_HASHTAG = "brand hashtag community"
    SOCIAL_NETWORKS = "social networks"
    WEBSITE = "website"
    TUTORIALS = "tutorials"
    PHONE_CALL = "phone call"
    NEWSLETTER = "newsletter"
    SEO_SEA = "seo/sea"
    COLD_MAILING = "cold mailing"
    PODCAST = "podcast"
    PROMOTIONAL_OFFER = "promotional offer"
    BLOG = "blog"
    ESTIMATE = "estimate"
    """A quote as a price estimate (French *devis*)."""
    SMS_CHAT = "sms/chat"
    WEBINAR = "webinar"
    AUDIT = "audit"
    INFLUENCER = "influencer"
    WHITE_PAPER = "white paper"
    PRINT = "print"

    @property
    def stage(self) -> FunnelStage:
        """The stage this touchpoint mainly serves."""
        return self.stages[0]

    @property
    def stages(self) -> tuple[FunnelStage, ...]:
        """Every stage the documents show it serving, main stage first."""
        return _tables().touchpoint_stages[self].stages

    @property
    def basis(self) -> str:
        """Why this touchpoint maps to its stages (a case study, or socialkit's default)."""
        return _tables().touchpoint_stages[self].basis


@frozen(kw_only=True)
class _Tables:
    profiles: Mapping[FunnelStage, StageProfile]
    content_stages: Mapping[ContentType, StageRow]
    touchpoint_stages: Mapping[Touchpoint, StageRow]
    vanity_kpis: frozenset[Kpi]


_INSTALLED: list[_Tables] = []


def install_tables(
    *,
    profiles: Mapping[FunnelStage, StageProfile],
    content_stages: Mapping[ContentType, StageRow],
    touchpoint_stages: Mapping[Touchpoint, StageRow],
    vanity_kpis: frozenset[Kpi],
) -> None:
    """Called once by the data module :mod:`socialkit.funnel._stage_data` as it loads.

    The data registers itself with the types it describes (as platform data
    does with the registry), so the enums read their tables without importing
    the module that imports them.
    """
    _INSTALLED[:] = [
        _Tables(
            profiles=profiles,
            content_stages=content_stages,
            touchpoint_stages=touchpoint_stages,
            vanity_kpis=vanity_kpis,
        )
    ]


def _tables() -> _Tables:
    if not _INSTALLED:  # pragma: no cover - socialkit.funnel's __init__ loads the data first
        raise SocialkitError(tr("socialkit.funnel: the funnel tables are not loaded"))
    return _INSTALLED[0]


def _profiles() -> Mapping[FunnelStage, StageProfile]:
    return _tables().profiles


def _stage_pairs(value: object) -> tuple[tuple[ContentType, FunnelStage], ...]:
    if isinstance(value, tuple) and all(
        isinstance(pair, tuple) and len(pair) == 2 for pair in value
    ):  # already normalised pairs (attrs.evolve, with_overrides)
        value = dict(value)
    if not isinstance(value, Mapping):
        raise SocialkitTypeError(
            "StageMapping.overrides", value, expected=N_("a mapping of content type to stage")
        )
    pairs = {
        to_enum(ContentType, key, "StageMapping.overrides"): to_enum(
            FunnelStage, stage, f"StageMapping.overrides[{key!r}]"
        )
        for key, stage in value.items()
    }
    return tuple(sorted(pairs.items()))


@frozen(kw_only=True)
class StageMapping:
    """Which funnel stage each content type serves: the defaults plus your overrides.

    The defaults come from the funnel table of [000] where it names the type,
    and are socialkit's own reading otherwise (:meth:`basis` says which).

    >>> mine = StageMapping().with_overrides({"webinar": "mofu"})
    >>> str(mine.stage_of(ContentType.WEBINAR)), str(stage_of(ContentType.WEBINAR))
    ('mofu', 'tofu')
    >>> mine.basis("webinar")
    'override'
    """

    overrides: tuple[tuple[ContentType, FunnelStage], ...] = attrs.field(
        default=(), converter=_stage_pairs
    )
    """Content types remapped away from (or onto) their default stage."""

    def with_overrides(
        self, overrides: Mapping[ContentType | str, FunnelStage | str]
    ) -> StageMapping:
        """A copy where ``overrides`` win over the current mapping."""
        merged: dict[ContentType | str, FunnelStage | str] = dict(self.overrides)
        merged.update(_stage_pairs(overrides))
        return StageMapping(overrides=merged)

    def stage_of(self, content_type: ContentType | str) -> FunnelStage:
        """The stage of ``content_type`` under this mapping."""
        content_type = to_enum(ContentType, content_type, "content_type")
        for key, stage in self.overrides:
            if key is content_type:
                return stage
        return _tables().content_stages[content_type].stage

    def basis(self, content_type: ContentType | str) -> str:
        """Why ``content_type`` has its stage: a source note, or ``'override'``."""
        content_type = to_enum(ContentType, content_type, "content_type")
        if any(key is content_type for key, _ in self.overrides):
            return "override"
        return _tables().content_stages[content_type].basis

    def content_types(self, stage: FunnelStage | str) -> tuple[ContentType, ...]:
        """The content types mapped to ``stage``, in :class:`ContentType` order."""
        stage = to_enum(FunnelStage, stage, "stage")
        return tuple(c for c in ContentType if self.stage_of(c) is stage)

    def as_dict(self) -> dict[ContentType, FunnelStage]:
        """The whole mapping, every content type included."""
        return {c: self.stage_of(c) for c in ContentType}


DEFAULT_MAPPING = StageMapping()


def stage_of(
    content_type: ContentType | str, *, mapping: StageMapping | None = None
) -> FunnelStage:
    """The funnel stage a content type serves (by default, or under ``mapping``).

    >>> str(stage_of("infographic")), str(stage_of(ContentType.DEMO))
    ('tofu', 'bofu')
    >>> str(stage_of("contest", mapping=StageMapping().with_overrides({"contest": "bofu"})))
    'bofu'
    >>> stage_of("infografic")
    Traceback (most recent call last):
    ...
    socialkit.errors.NotFoundError: content_type: unknown 'infografic'; did you mean 'infographic'? known: ...
    """
    if mapping is None:
        return DEFAULT_MAPPING.stage_of(content_type)
    return of_type(mapping, StageMapping, "stage_of(mapping)").stage_of(content_type)


def stages_in_order(stages: Iterable[FunnelStage]) -> tuple[FunnelStage, ...]:
    """``stages`` without duplicates, sorted in funnel order."""
    return tuple(sorted(set(stages), key=lambda s: s.rank))
