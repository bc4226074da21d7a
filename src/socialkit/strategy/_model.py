"""The strategy document: seven factors driven by S.M.A.R.T. objectives.

Source document [004] advises writing one document that defines, in order,
the audience, the brand's personality, the digital ecosystem, the posting
frequency and calendar, the communication pillars, the tactics and examples;
[002] adds the objectives that drive it all. :class:`Strategy` is that
document as one immutable value: :func:`socialkit.strategy.validate` reviews it, and
:func:`socialkit.plan` turns it into a calendar.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

import attrs

from socialkit._core import numbers as num
from socialkit._core.fields import checked, frozen
from socialkit._core.i18n import H_, N_, heading, label, semicolon_list, tr
from socialkit._core.table import html_table, short_repr, table
from socialkit._core.time import to_zone
from socialkit._core.validate import (
    at_least,
    each,
    non_empty_str,
    optional,
    to_enum,
    to_int,
    to_tuple,
    where,
)
from socialkit.calendar._model import ContentCalendar
from socialkit.calendar._planning import (
    MAX_YEARS,
    Channel,
    FixedEvent,
    Interaction,
    PlanSpec,
    rrule_text,
)
from socialkit.calendar._planning import plan as plan_calendar
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError
from socialkit.funnel._stages import ContentType, FunnelStage, optional_stage, stage_of
from socialkit.mix._model import ContentMix
from socialkit.platforms._registry import slug_of
from socialkit.posts._purpose import PostPurpose
from socialkit.strategy._analysis import Analysis, StepReport, StrategyStep
from socialkit.strategy._audience import BrandPersonality, Persona, platform_slugs
from socialkit.strategy._drafts import first_drafts
from socialkit.strategy._ecosystem import PlatformFit, recommend_platforms
from socialkit.strategy._goals import SmartGoal, plain_date
from socialkit.strategy._smo import Smo

__all__ = ["CalendarSettings", "ExamplePost", "Pillar", "Strategy", "Tactic", "to_weight"]


def to_weight(value: Any, where: str = "weight") -> Fraction:
    """A weight as an exact fraction: ``40``, ``0.4``, ``Fraction(2, 5)``, not text.

    Floats go through their shortest decimal text (:func:`socialkit._core.numbers.exact`),
    so ``0.1`` is exactly 1/10; a weight must fit in a float, since reports
    compute with floats. ``where`` names the weight in errors (``"stage_mix.tofu"``).

    >>> to_weight(0.1), to_weight(Fraction(1, 3)), to_weight(40)
    (Fraction(1, 10), Fraction(1, 3), Fraction(40, 1))
    >>> to_weight(-40, "stage_mix.tofu")
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: stage_mix.tofu: got -40; expected a weight >= 0
    """
    result = num.exact(value, where, maximum=num.FLOAT_MAX)
    if result < 0:
        raise ValidationError(
            where,
            tr("got {value!r}", value=value),
            allowed=N_("expected a weight >= 0"),
            value=value,
        )
    return result


def _pillar_weight(value: Any) -> Fraction:
    return to_weight(value, "Pillar.weight")


@frozen(kw_only=True)
class Pillar:
    """A communication pillar: a content area and its share of the posts ([004]).

    Weights are relative; a strategy's pillar weights should add up to 100
    (percent) or 1.

    >>> Pillar(name="fashion", weight=30, description="trends, colours of the season").weight
    Fraction(30, 1)
    """

    name: str = attrs.field(validator=non_empty_str)
    weight: Fraction = attrs.field(converter=_pillar_weight)
    description: str = ""


def _recurrence(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The same rules as a calendar event's recurrence: one RRULE, daily or slower."""
    rrule_text(value, where(instance, attribute))


_EPOCH = datetime(2000, 1, 1)
_EVENT_TIME = time(12)
"""A tactic's time of day when its RRULE sets no BYHOUR: noon, audience time."""


def _platforms(value: Any) -> tuple[str, ...]:
    return platform_slugs(value, "Tactic.platforms")


def _example_platform(value: object) -> str:
    return slug_of(value, "ExamplePost.platform")


@frozen(kw_only=True)
class Tactic:
    """A specific action inside the strategy, e.g. a monthly contest ([004]).

    ``participation`` lists how people take part (comment, share, post under a
    brand hashtag); ``recurrence`` is an RFC 5545 RRULE (``"FREQ=MONTHLY;BYDAY=1FR"``)
    counted from ``start`` (default 2000-01-01: set it when the rule uses ``COUNT``
    or ``INTERVAL``), at the hour of ``BYHOUR`` or else noon in the audience's time
    zone; ``platforms`` where it runs (all channels when empty).

    >>> contest = Tactic(name="Monthly reveal contest", objective="engagement",
    ...                  participation=["comment", "share", "post with #GlowUp"],
    ...                  recurrence="FREQ=MONTHLY;BYDAY=1FR", stage="tofu")
    >>> contest.stage
    <FunnelStage.TOFU: 'tofu'>
    """

    name: str = attrs.field(validator=non_empty_str)
    description: str = ""
    objective: str = ""
    participation: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=each(non_empty_str)
    )
    recurrence: str | None = attrs.field(default=None, validator=_recurrence)
    start: date | None = attrs.field(default=None, validator=optional(plain_date))
    platforms: tuple[str, ...] = attrs.field(default=(), converter=_platforms)
    stage: FunnelStage | None = attrs.field(default=None, converter=optional_stage)

    def __attrs_post_init__(self) -> None:
        if self.recurrence is None:
            return
        # The planner's own check of its event (a rule that never occurs from the
        # tactic's start), so it fails when the strategy is read, not when it is planned.
        anchor = datetime.combine(self.start or _EPOCH.date(), _EVENT_TIME, UTC)
        try:
            FixedEvent(title=self.name, start=anchor, recurrence=self.recurrence)
        except ValidationError as error:
            raise ValidationError(
                "Tactic.recurrence", error.problem, allowed=error.allowed, value=self.recurrence
            ) from None


def _example_purpose(value: object) -> PostPurpose | None:
    return None if value is None else to_enum(PostPurpose, value, "ExamplePost.purpose")


@frozen(kw_only=True)
class ExamplePost:
    """A sample post for one pillar (or one tactic) on one network ([004]).

    >>> ExamplePost(platform="linkedin", pillar="expertise", content_type="white paper",
    ...             text="Our 2026 guide to cutting audit costs: 12 pages, no jargon.").platform
    'linkedin'
    """

    platform: str = attrs.field(converter=_example_platform)
    text: str = attrs.field(validator=non_empty_str)
    pillar: str | None = attrs.field(default=None, validator=optional(non_empty_str))
    tactic: str | None = attrs.field(default=None, validator=optional(non_empty_str))
    content_type: str = ""
    purpose: PostPurpose | None = attrs.field(default=None, converter=_example_purpose)
    """Why the post is published ([000]): a :class:`~socialkit.posts.PostPurpose`."""

    def __attrs_post_init__(self) -> None:
        if self.tactic is not None and self.content_type:
            # A tactic's example gives its calendar events their content type: one the
            # funnel names, checked when the strategy is read rather than when it is planned.
            to_enum(ContentType, self.content_type, "ExamplePost.content_type")


def _timezone(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # The planner's own zone check, so what a strategy accepts, plan() accepts
    # ("localtime", "Factory", "Europe" or "posix/..." are refused here too).
    non_empty_str(instance, attribute, value)
    to_zone(value, where(instance, attribute))


MAX_WEEKS = MAX_YEARS * 52
"""The most weeks a strategy's calendar can show: the planner's limit of :data:`MAX_YEARS`."""

MINUTES_PER_DAY = 24 * 60
"""The most minutes a day's interaction budget can reserve."""


def _up_to(minimum: int, maximum: int, why: str) -> Any:
    """Validator: an ``int`` in ``[minimum, maximum]``; the message says where the cap comes from."""
    low = at_least(minimum)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        low(instance, attribute, value)
        if value > maximum:  # type: ignore[operator]
            raise ValidationError(
                where(instance, attribute),
                tr("got {value}", value=value),
                allowed=tr(
                    "expected an integer from {minimum} to {maximum} ({why})",
                    minimum=minimum,
                    maximum=maximum,
                    why=why,
                ),
                value=value,
            )

    return check


@frozen(kw_only=True)
class CalendarSettings:
    """Where and how far ahead to plan.

    ``timezone`` is the audience's (IANA name); ``weeks`` how many weeks the
    ``socialkit plan`` command shows; ``interaction_minutes`` the time reserved
    each day to answer and engage ([002]: the calendar also plans time for
    interacting); ``blackouts`` dates with no posts. ``weeks`` runs from 1 to
    1040 (the planner's 20-year horizon) and ``interaction_minutes``
    from 0 to 1440 (a day), so an impossible setting fails when the file is read.

    >>> CalendarSettings(timezone="Europe/Paris").zone
    zoneinfo.ZoneInfo(key='Europe/Paris')
    """

    timezone: str = attrs.field(default="UTC", validator=_timezone)
    weeks: int = attrs.field(
        default=4, converter=to_int, validator=_up_to(1, MAX_WEEKS, "the planner's horizon")
    )
    interaction_minutes: int = attrs.field(
        default=60, converter=to_int, validator=_up_to(0, MINUTES_PER_DAY, "the minutes in a day")
    )
    blackouts: tuple[date, ...] = attrs.field(
        default=(), converter=to_tuple, validator=each(plain_date)
    )

    @property
    def zone(self) -> ZoneInfo:
        """The audience's time zone."""
        return to_zone(self.timezone, "CalendarSettings.timezone")


def _stage_mix(value: Any) -> tuple[tuple[FunnelStage, Fraction], ...]:
    where = "Strategy.stage_mix"
    expected = N_("a mapping of funnel stage to weight, or (stage, weight) pairs")
    if isinstance(value, Mapping):
        value = value.items()
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise SocialkitTypeError(where, value, expected=expected)
    pairs: dict[FunnelStage, Fraction] = {}
    for item in value:
        if not (isinstance(item, tuple) and len(item) == 2):
            raise SocialkitTypeError(f"{where} item", item, expected=N_("a (stage, weight) pair"))
        stage = to_enum(FunnelStage, item[0], where)
        pairs[stage] = to_weight(item[1], f"{where}.{stage}")
    return tuple((stage, pairs[stage]) for stage in FunnelStage if stage in pairs)


def _pillars(value: Any) -> tuple[Pillar, ...]:
    """Pillars, or a mapping of name -> weight (a dict, a ``ContentMix``) that becomes them."""
    if isinstance(value, Mapping):
        return tuple(Pillar(name=name, weight=weight) for name, weight in value.items())
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise SocialkitTypeError(
            "Strategy.pillars", value, expected=N_("Pillars, or a mapping of name to weight")
        )
    return tuple(value)


@frozen(kw_only=True)
class Strategy:
    """A social media strategy document ([004]'s seven factors, [002]'s objectives).

    ``pillars`` also accepts a mapping of pillar names to weights (a dict or a
    :class:`~socialkit.ContentMix`). Construction only checks types and shapes, so a draft can exist;
    :func:`~socialkit.strategy.validate` says what is missing or inconsistent, each
    finding with the field path and how to fix it.

    >>> from datetime import UTC, date, datetime, time, timedelta
    >>> s = Strategy(
    ...     name="Draft",
    ...     channels=[Channel(platform="linkedin", mission="We will use LinkedIn to earn leads.")],
    ...     pillars=[Pillar(name="expertise", weight=70), Pillar(name="culture", weight=20)])
    >>> from socialkit.strategy import validate
    >>> for f in validate(s):
    ...     if f.severity == "error":
    ...         print(f)
    error audience.no_persona at personas: no persona: content cannot be aimed at anyone (fix: describe at least one persona: who, what they like, which networks they use)
    error pillars.weights at pillars: pillar weights add up to 90, neither 100 nor 1 (fix: adjust the weights so they add up to 100 (percent))
    """

    name: str = attrs.field(validator=non_empty_str)
    note: str = ""
    objectives: tuple[SmartGoal, ...] = attrs.field(default=(), converter=to_tuple)
    personas: tuple[Persona, ...] = attrs.field(default=(), converter=to_tuple)
    brand: BrandPersonality = attrs.field(factory=BrandPersonality)
    channels: tuple[Channel, ...] = attrs.field(default=(), converter=to_tuple)
    calendar: CalendarSettings = attrs.field(factory=CalendarSettings)
    pillars: tuple[Pillar, ...] = attrs.field(default=(), converter=_pillars)
    stage_mix: tuple[tuple[FunnelStage, Fraction], ...] = attrs.field(
        default=(), converter=_stage_mix
    )
    tactics: tuple[Tactic, ...] = attrs.field(default=(), converter=to_tuple)
    examples: tuple[ExamplePost, ...] = attrs.field(default=(), converter=to_tuple)
    analysis: Analysis = attrs.field(factory=Analysis)
    """The first of the four steps ([000]): target, competition, trends; 3C, SWOT, audit, listening."""
    smo: Smo | None = None
    """The social media optimisation plan ([001]), or ``None``."""

    def steps(self) -> tuple[StepReport, ...]:
        """The four steps of [000] (analysis, objectives, DNA, action) and what each lacks.

        >>> from socialkit import examples
        >>> for step in Strategy(name="Draft", objectives=examples.strategy(
        ...         "b2b-services").objectives).steps():
        ...     print(step)
        analysis: missing (target, competition, trends)
        objectives: done
        dna: missing (vision, values, beliefs, profession, age, gender, attitude, hobbies, look_and_feel, tone_of_voice, behaviour)
        action: missing (channels, pillars, examples)
        """
        action = {"channels": self.channels, "pillars": self.pillars, "examples": self.examples}
        unaimed = [g for g in self.objectives if not g.business_objective.strip()]
        objectives = ["objectives"] if not self.objectives else []
        if unaimed:
            objectives.append("business objectives")
        return (
            StepReport.of(
                StrategyStep.ANALYSIS,
                self.analysis.missing(),
                empty=self.analysis.is_empty(),
            ),
            StepReport.of(StrategyStep.OBJECTIVES, objectives, empty=not self.objectives),
            StepReport.of(
                StrategyStep.DNA,
                self.brand.missing(),
                empty=len(self.brand.missing()) == len(attrs.fields(BrandPersonality)),
            ),
            StepReport.of(
                StrategyStep.ACTION,
                [name for name, items in action.items() if not items],
                empty=not any(action.values()),
            ),
        )

    @property
    def platforms(self) -> tuple[str, ...]:
        """The slugs of the chosen channels, in order."""
        return tuple(c.platform for c in self.channels)

    def channel(self, platform: str) -> Channel:
        """The channel on ``platform`` (slug or alias).

        Raises :class:`~socialkit.NotFoundError` when the strategy does not use it.
        """
        slug = slug_of(platform, "Strategy.channel(platform)")
        for c in self.channels:
            if c.platform == slug:
                return c
        raise NotFoundError("Strategy.channels", slug, self.platforms)

    def stage_weights(self) -> dict[FunnelStage, Fraction]:
        """The funnel-stage mix as a dict, in funnel order."""
        return dict(self.stage_mix)

    def pillar_mix(self) -> ContentMix | None:
        """The pillars as a :class:`~socialkit.ContentMix` (``None`` without a positive weight).

        Two pillars of one name are an error here, never one silently dropped
        (``validate`` reports them as ``pillar.duplicate``).

        >>> from socialkit import examples
        >>> mix = examples.strategy("b2b-services").pillar_mix()
        >>> mix.apportion(20)
        {'expertise': 10, 'curated insights': 5, 'offers': 4, 'culture': 1}
        """
        if sum(p.weight for p in self.pillars) <= 0:
            return None
        return ContentMix([(p.name, p.weight) for p in self.pillars])

    def stage_content_mix(self) -> ContentMix | None:
        """The funnel-stage mix as a :class:`~socialkit.ContentMix` of stage names."""
        if sum(w for _, w in self.stage_mix) <= 0:
            return None
        return ContentMix({str(stage): w for stage, w in self.stage_mix})

    def content_types(self) -> tuple[str, ...]:
        """The content types the examples produce (used to recommend platforms)."""
        return tuple(dict.fromkeys(e.content_type for e in self.examples if e.content_type))

    def recommend_platforms(self) -> tuple[PlatformFit, ...]:
        """:func:`~socialkit.strategy.recommend_platforms` for this strategy's personas and content."""
        return recommend_platforms(self.personas, self.content_types(), channels=self.channels)

    def to_plan_spec(self) -> PlanSpec:
        """The planning inputs this strategy stands for, for :func:`socialkit.plan`.

        The channels as they are (each plans with its :attr:`~socialkit.Channel.rule`:
        the override, else the platform's default); the audience's time zone; the pillars and the funnel-stage mix
        as content mixes; blackout dates; each tactic with a recurrence as a fixed
        event; the daily interaction budget.

        >>> from socialkit import examples
        >>> spec = examples.strategy("b2b-services").to_plan_spec()
        >>> [c.platform for c in spec.channels], spec.tz.key, [e.title for e in spec.events]
        (['linkedin', 'youtube'], 'Europe/Paris', ['Monthly webinar'])
        """
        if not self.channels:
            raise ValidationError(
                "Strategy.channels",
                N_("no channel to plan"),
                allowed=N_("expected at least one channel (see socialkit.strategy.validate)"),
            )
        minutes = self.calendar.interaction_minutes
        return PlanSpec(
            channels=self.channels,
            tz=self.calendar.zone,
            mix=self.pillar_mix(),
            stages=self.stage_content_mix(),
            category_stages=self._pillar_stages(),
            blackouts=self.calendar.blackouts,
            events=[self._event(t) for t in self.tactics if t.recurrence],
            interaction=Interaction(daily_budget=timedelta(minutes=minutes)) if minutes else None,
        )

    @checked
    def plan(self, *, start: date, end: date) -> ContentCalendar:
        """The calendar of this strategy from ``start`` to ``end``, its example posts the
        first drafts: :func:`socialkit.plan`, then :meth:`first_drafts`.

        >>> from datetime import date
        >>> from socialkit import examples
        >>> cal = examples.strategy("b2b-services").plan(start=date(2026, 11, 23),
        ...                                              end=date(2026, 12, 21))
        >>> drafts = cal.filter(filled=True).items
        >>> len(drafts), {i.status.value for i in drafts}, len(examples.strategy("b2b-services").examples)
        (7, {'draft'}, 9)
        >>> [i.rule for i in cal.issues].count("example_not_placed")  # 4 weeks: too few slots
        2
        """
        return self.first_drafts(plan_calendar(self, start=start, end=end))

    def first_drafts(self, cal: ContentCalendar) -> ContentCalendar:
        """``cal`` with each example post the draft of the first open slot it fits.

        A slot fits an example on the same platform whose pillar is the slot's
        category (when the example names one), whose tactic titles the slot's
        event (when it names one) and whose content type is the slot's (when
        both name one). Each example fills one slot (status draft, the
        example's text and purpose; its content type becomes the slot's where
        the slot names none, and the post's format where it is one of the
        course's post types); an example no slot fits is an
        ``example_not_placed`` issue of the calendar.
        """
        if not isinstance(cal, ContentCalendar):
            raise SocialkitTypeError(
                "Strategy.first_drafts(cal)", cal, expected=N_("a ContentCalendar")
            )
        return first_drafts(self.examples, cal)

    def _pillar_stages(self) -> dict[tuple[str, str], FunnelStage]:
        """Each pillar's stage on each platform, where its example posts say one.

        The stage of an example's content type (:func:`socialkit.funnel.stage_of`:
        a tutorial serves bofu); a pillar whose examples on one platform serve
        several stages, or name no known content type, keeps drawn stages.
        """
        names = {p.name for p in self.pillars}
        found: dict[tuple[str, str], set[FunnelStage]] = {}
        for e in self.examples:
            if e.pillar not in names or not e.content_type:
                continue
            try:
                stage = stage_of(e.content_type)
            except NotFoundError:  # a content type of the user's own: no stage to follow
                continue
            found.setdefault((e.platform, e.pillar), set()).add(stage)
        return {key: stages.pop() for key, stages in found.items() if len(stages) == 1}

    def _event(self, tactic: Tactic) -> FixedEvent:
        anchor = datetime.combine(tactic.start or _EPOCH.date(), _EVENT_TIME, self.calendar.zone)
        kinds = [
            e.content_type for e in self.examples if e.tactic == tactic.name and e.content_type
        ]
        return FixedEvent(
            title=tactic.name,
            start=anchor,
            recurrence=tactic.recurrence,
            platforms=tactic.platforms,
            stage=None if tactic.stage is None else str(tactic.stage),
            content_type=kinds[0] if kinds else None,
        )

    # -- display (notebooks and terminals) ------------------------------------------

    def _table_rows(self) -> list[tuple[str, str]]:
        """One row per part of the document, each summarised in a line."""

        def listed(items: Iterable[str]) -> str:
            shown = list(items)
            return semicolon_list(shown) if shown else "-"

        def shares(pairs: list[tuple[str, Fraction]]) -> Iterable[str]:
            total = sum(w for _, w in pairs)
            return (
                f"{name} {num.percent(w / total) if total > 0 else num.show(w)}"
                for name, w in pairs
            )

        pillars = shares([(p.name, p.weight) for p in self.pillars])
        goals = (
            tr(
                "{metric} {baseline} -> {target} by {deadline}",
                metric=g.metric,
                baseline=num.show(g.baseline),
                target=num.show(g.target),
                deadline=g.deadline,
            )
            for g in self.objectives
        )
        return [
            (heading(H_("name")), self.name),
            (heading(H_("objectives")), listed(goals)),
            (heading(H_("personas")), listed(p.name for p in self.personas)),
            (heading(H_("channels")), listed(self.platforms)),
            (heading(H_("pillars")), listed(pillars)),
            (heading(H_("stage mix")), listed(shares([(label(s), w) for s, w in self.stage_mix]))),
            (heading(H_("tactics")), listed(t.name for t in self.tactics)),
            (heading(H_("examples")), tr("{count} example posts", count=len(self.examples))),
            (
                heading(H_("calendar")),
                tr(
                    "{zone}, {weeks} weeks",
                    zone=self.calendar.timezone,
                    weeks=self.calendar.weeks,
                ),
            ),
        ]

    def __str__(self) -> str:
        return table(_STRATEGY_HEADERS, self._table_rows())

    def _repr_html_(self) -> str:
        """The summary rows of :meth:`__str__` as an HTML table (notebooks)."""
        return html_table(
            _STRATEGY_HEADERS, self._table_rows(), caption=tr("Strategy: {name}", name=self.name)
        )

    def __repr__(self) -> str:
        return short_repr(
            "Strategy",
            tr(
                "{name}: {channels} channels, {pillars} pillars, {objectives} objectives, "
                "{personas} personas",
                name=repr(self.name),
                channels=len(self.channels),
                pillars=len(self.pillars),
                objectives=len(self.objectives),
                personas=len(self.personas),
            ),
        )


_STRATEGY_HEADERS = (H_("part"), H_("summary"))
