"""Planning: from a :class:`PlanSpec` (or anything with ``to_plan_spec()``) to a calendar.

How :func:`plan` works, per platform (a heuristic, documented in
``docs/concepts/calendar.md``):

1. Fixed events are placed first, at their local wall-clock time; an event that
   would break the frequency rule or falls on a blackout date is not placed and
   becomes a :class:`~socialkit.calendar.PlanIssue`.
2. A weekly target is taken from the rule: the middle of the weekly range
   (``(min + max) / 2``, LinkedIn 2-3 -> 2.5, so weeks alternate 2 and 3),
   accumulated exactly with fractions so partial weeks get their share.
3. Each day offers the same number of candidate times (the platform's benchmark
   hour, spread over the day when several posts a day are needed, inside the
   rule's windows); the week's posts take evenly spaced candidates, skipping any
   that would break a maximum, the minimum gap, the windows or quiet hours.
4. Regular posts take their category from the content mix's ``sequence`` (and
   their funnel stage from the stage mix's), in time order, so every stretch of
   the calendar stays on target; evergreen items replace a post whose category
   matches once their cool-down has passed.
5. Minimums still unmet (a week with blackouts, too few windows) are reported as
   issues naming the rule, the period and the shortfall; weeks below the weekly
   target are summed in one ``below_target`` issue.
"""

from __future__ import annotations

import calendar
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from fractions import Fraction
from itertools import chain
from typing import Any, Protocol, runtime_checkable
from zoneinfo import ZoneInfo

import attrs
from dateutil.rrule import rrule, rrulestr

from socialkit._core import numbers as num
from socialkit._core.fields import checked, frozen
from socialkit._core.i18n import N_, get_language, label, tr, translate
from socialkit._core.time import ONE_DAY, elapsed, in_hours, localize, to_zone
from socialkit._core.validate import (
    non_empty_str,
    one_or_many,
    optional,
    positive_duration,
    to_enum,
    to_tuple,
)
from socialkit.calendar._kinds import ItemKind
from socialkit.calendar._model import (
    CalendarItem,
    ContentCalendar,
    PlanIssue,
    SlotChecker,
    trusted_calendar,
    trusted_item,
)
from socialkit.errors import PlanningError, SocialkitTypeError, ValidationError
from socialkit.frequency._rules import (
    MAX_PER_DAY,
    Frequency,
    FrequencyRule,
    check_range,
    period_key,
    trusted_check,
    trusted_weekly_rate,
    weekly_rate,
)
from socialkit.funnel._stages import ContentType, FunnelStage, optional_stage
from socialkit.mix._model import ContentMix
from socialkit.platforms._model import Period, Platform, PostingWindow
from socialkit.platforms._registry import get_platform, slug_of

__all__ = [
    "INTERACTION_AT",
    "NO_BENCHMARK_HOUR",
    "Channel",
    "Evergreen",
    "FixedEvent",
    "Interaction",
    "PlanSpec",
    "Sequencer",
    "SupportsPlanSpec",
    "plan",
]

MAX_YEARS = 20
"""Longest range :func:`plan` accepts; beyond it a calendar is a typo, not a plan."""


@runtime_checkable
class Sequencer(Protocol):
    """Anything that spreads ``n`` slots over categories (:class:`socialkit.ContentMix` does).

    >>> class Alternate:
    ...     def sequence(self, n: int) -> tuple[str, ...]:
    ...         return tuple("ab"[i % 2] for i in range(n))
    >>> isinstance(Alternate(), Sequencer)
    True
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise SocialkitTypeError(
            "Sequencer",
            args,
            expected=N_("a class of your own with a sequence(n) method (a protocol)"),
        )

    def sequence(self, n: int) -> tuple[str, ...]:
        """``n`` category names in an evenly spread order."""
        ...


@runtime_checkable
class SupportsPlanSpec(Protocol):
    """Anything :func:`plan` accepts besides a :class:`PlanSpec` (e.g. a ``Strategy``).

    >>> class MyStrategy:
    ...     def to_plan_spec(self) -> PlanSpec:
    ...         return PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris")
    >>> len(plan(MyStrategy(), start=date(2026, 11, 23), end=date(2026, 11, 30)).posts())
    3
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise SocialkitTypeError(
            "SupportsPlanSpec",
            args,
            expected=N_("a class of your own with a to_plan_spec() method (a protocol)"),
        )

    def to_plan_spec(self) -> PlanSpec:
        """The planning inputs this object stands for."""
        ...


def _sequencer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Sequencer):
        raise SocialkitTypeError(
            f"{type(instance).__name__}.{attribute.name}",
            value,
            expected=N_("a ContentMix (anything with .sequence(n))"),
        )


def _content_type(value: object) -> ContentType | None:
    return None if value is None else to_enum(ContentType, value, "content_type")


def _times(value: Iterable[time]) -> tuple[time, ...]:
    """Local wall-clock times, sorted; a time with a zone would be silently misread."""
    times = to_tuple(value)
    for t in times:
        if not isinstance(t, time):
            raise SocialkitTypeError("Channel.times", t, expected=N_("datetime.time values"))
        if t.tzinfo is not None:
            raise ValidationError(
                "Channel.times",
                tr("got {value} with a time zone", value=t),
                allowed=N_("expected wall-clock times; the plan's tz is the audience's"),
                value=t,
            )
    return tuple(sorted(times))


MAX_PER_WEEK = 7 * MAX_PER_DAY
"""The largest ``Channel.per_week``: one post a minute (``MAX_PER_DAY`` a day), every day."""


def _per_week(value: object) -> Fraction | None:
    if value is None:
        return None
    return num.exact(value, "Channel.per_week", maximum=MAX_PER_WEEK)


def _default_rule(channel: Channel) -> FrequencyRule:
    return channel.frequency or FrequencyRule.for_platform(channel.platform)


@frozen(kw_only=True)
class Channel:
    """One platform in a strategy or a plan: what it is for, how often, how its posts look.

    The one channel type: a :class:`~socialkit.Strategy` holds channels and
    passes them to :func:`plan` as they are.

    - ``mission`` is the one-sentence mission statement ([002]: "We will use
      Instagram to share our company culture to help recruiting"); ``role`` a
      short label (``"community"``, ``"customer service"``).
    - ``frequency`` overrides the platform's default rule
      (:meth:`FrequencyRule.for_platform`); ``rule`` is the rule in force (the
      override, else the default). ``frequency_reason`` says why the override
      departs from the platform's guidance (a source, your own results): the
      strategy review then quotes it instead of warning, like a suppression
      with a comment.
    - ``per_week`` overrides the weekly target (default: the middle of the
      rule's range); ``times`` fixes the local posting times (default: the
      platform's benchmark windows); ``mix`` overrides the plan's content mix
      on this platform; ``content_type`` and ``duration`` describe its posts.

    >>> Channel(platform="li").rule.min_gap
    datetime.timedelta(days=2)
    >>> c = Channel(platform="LinkedIn", mission="We will use LinkedIn to earn webinar sign-ups.",
    ...             role="lead generation", frequency=FrequencyRule(min_gap=timedelta(days=3)),
    ...             frequency_reason="our audience tires of more")
    >>> c.platform, str(c.rule)
    ('linkedin', 'gap >= 72 h')
    """

    platform: str = attrs.field(converter=slug_of)
    mission: str = ""
    role: str = ""
    frequency: FrequencyRule | None = None
    frequency_reason: str = ""
    per_week: Fraction | None = attrs.field(default=None, converter=_per_week)
    times: tuple[time, ...] = attrs.field(default=(), converter=_times)
    mix: Sequencer | None = attrs.field(default=None, validator=_sequencer)
    content_type: ContentType | None = attrs.field(default=None, converter=_content_type)
    duration: timedelta = attrs.field(default=timedelta(minutes=30), validator=positive_duration)
    rule: FrequencyRule = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(_default_rule, takes_self=True)
    )

    def __attrs_post_init__(self) -> None:
        if self.per_week is not None and self.per_week <= 0:
            raise ValidationError(
                f"Channel({self.platform}).per_week",
                tr("got {per_week}", per_week=self.per_week),
                allowed=N_("expected > 0"),
            )
        if self.frequency_reason.strip() and self.frequency is None:
            raise ValidationError(
                f"Channel({self.platform}).frequency_reason",
                N_("a reason without a frequency override"),
                allowed=N_("expected a frequency override for the reason to justify"),
            )


def _channels(
    value: Iterable[Channel | str | Platform] | Channel | str | Platform,
) -> tuple[Channel, ...]:
    return tuple(
        v if isinstance(v, Channel) else Channel(platform=v)
        for v in one_or_many(value, "PlanSpec.channels")
    )


def _unique_channels(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    slugs = [c.platform for c in value]
    if not slugs:
        raise ValidationError(
            "PlanSpec.channels", "no platform", allowed=N_("expected at least one")
        )
    dup = sorted(s for s, n in Counter(slugs).items() if n > 1)
    if dup:
        raise ValidationError(
            "PlanSpec.channels",
            tr("{names} listed twice", names=", ".join(dup)),
            allowed=N_("one channel per platform"),
        )


_SUB_DAILY = frozenset({"HOURLY", "MINUTELY", "SECONDLY"})
_NOT_RRULE = ("DTSTART", "EXDATE", "RDATE", "EXRULE", "BEGIN", "TZID")
_UNTIL_RANGE = (datetime(1, 1, 2), datetime(9999, 12, 30, 23, 59, 59))
"""The UTC ``UNTIL`` values every time zone can show (a day inside the datetime range)."""
_RRULE_HINT = N_("expected one RFC 5545 RRULE such as 'FREQ=MONTHLY;BYDAY=1FR;COUNT=6'")


def rrule_text(value: object, where: str = "FixedEvent.recurrence") -> str | None:
    """The recurrence as one RRULE value (no ``RRULE:`` prefix), checked.

    Exactly one RRULE: a ``DTSTART`` line would override the event's ``start``,
    and ``EXDATE``/``RDATE`` lines are not part of a rule. Sub-daily
    frequencies are refused: a post every hour is a channel's job, not an event.
    Strategy tactics use it too, so a bad rule fails when the file is read.
    """
    if value is None:
        return None
    if isinstance(value, rrule):
        value = _rrule_line(value)
    if not isinstance(value, str):
        raise SocialkitTypeError(where, value, expected=N_("an RRULE string or rrule"))
    text = value.strip()
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    upper = text.upper()
    if "\n" in text or "\r" in text or any(word in upper for word in _NOT_RRULE):
        raise ValidationError(
            where,
            tr(
                "got {value!r}: only the rule itself (the event's start is its DTSTART)",
                value=value,
            ),
            allowed=_RRULE_HINT,
            value=value,
        )
    parts = _rule_parts(text)
    if parts.get("FREQ") in _SUB_DAILY:
        raise ValidationError(
            where,
            tr("FREQ={parts} in {value!r}", parts=parts["FREQ"], value=value),
            allowed=N_(
                "expected DAILY, WEEKLY, MONTHLY or YEARLY (plan frequent posts with a Channel)"
            ),
            value=value,
        )
    for name in ("INTERVAL", "COUNT"):
        number = parts.get(name)
        if number is not None and not (
            number.isascii() and number.isdigit() and len(number) < 10 and int(number) > 0
        ):
            # RFC 5545: "a positive integer"; dateutil parses 0 or -1 and fails when
            # iterating (INTERVAL) or silently yields nothing (COUNT).
            raise ValidationError(
                where,
                tr("{name}={number} in {value!r}", name=name, number=number, value=value),
                allowed=tr(
                    "expected {name} to be a positive integer below 10^9 (RFC 5545)", name=name
                ),
                value=value,
            )
    until = parts.get("UNTIL", "")
    # RFC 5545: UNTIL is UTC ("...Z") when DTSTART is zoned, as an event's start is.
    dtstart = datetime(2000, 1, 1, tzinfo=UTC) if until.endswith("Z") else datetime(2000, 1, 1)
    try:
        rrulestr(text, dtstart=dtstart)
        _rule_at(text, datetime(2000, 1, 1), UTC)
        _never_occurs(text, datetime(2000, 1, 1))  # dateutil fails some rules only when iterating
    except (ValueError, TypeError, OverflowError, IndexError) as error:
        raise ValidationError(
            where,
            tr("cannot parse {value!r} ({error})", value=value, error=error),
            allowed=_RRULE_HINT,
            value=value,
        ) from error
    if until.endswith("Z") and not (
        _UNTIL_RANGE[0] <= datetime.strptime(until, "%Y%m%dT%H%M%SZ") <= _UNTIL_RANGE[1]
    ):
        # A UTC UNTIL is read in the audience's zone, where the last day of 9999 overflows.
        raise ValidationError(
            where,
            tr("UNTIL={until} in {value!r}", until=until, value=value),
            allowed=N_("expected a UTC UNTIL from 00010102T000000Z to 99991230T235959Z"),
            value=value,
        )
    return text


def _rrule_line(value: rrule) -> str:
    """The RRULE line of a dateutil rule; an aware ``until`` is written in UTC (``...Z``),
    which ``str(rule)`` would drop, turning it into local time."""
    (line,) = (ln for ln in str(value).splitlines() if ln.startswith("RRULE:"))
    until = getattr(value, "_until", None)  # dateutil keeps it private
    if isinstance(until, datetime) and until.tzinfo is not None:
        stamp = until.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        line = re.sub(r"UNTIL=[0-9T]+Z?", f"UNTIL={stamp}", line)
    return line


@functools.lru_cache(maxsize=256)
def _rule_parts(text: str) -> Mapping[str, str]:
    """The rule's ``NAME=VALUE`` parts, upper-cased (read-only: the answer is shared)."""
    pairs = (part.partition("=") for part in text.split(";") if part)
    return {name.strip().upper(): v.strip().upper() for name, _, v in pairs}


def _rule_at(text: str, wall: datetime, tz: tzinfo) -> tuple[rrule, datetime | None]:
    """The rule anchored at naive local ``wall``; a UTC ``UNTIL`` is returned aside, aware.

    Occurrences are computed on wall-clock times (so they keep their local
    time across DST), which dateutil cannot compare with a UTC ``UNTIL``.
    The text is parsed once (:func:`_parsed`); each call only re-anchors it
    (``rrule.replace``), so nothing here is kept by a plan's dates.
    """
    rule, until = _parsed(text)
    anchored = rule if wall == _PARSE_AT else rule.replace(dtstart=wall)
    return anchored, None if until is None else until.astimezone(tz)


_PARSE_AT = datetime(2000, 1, 1)
"""Where :func:`_parsed` anchors a rule before :func:`_rule_at` re-anchors it."""


@functools.lru_cache(maxsize=256)
def _parsed(text: str) -> tuple[rrule, datetime | None]:
    """The rule parsed once per text (a value: the text is the key), its UTC ``UNTIL`` aside.

    Iterating an ``rrule`` (built without its cache) changes nothing in it,
    and ``replace`` builds a new one, so every plan can share this one.
    """
    parts = _rule_parts(text)
    until = parts.get("UNTIL", "")
    if not until.endswith("Z"):
        return _as_rrule(rrulestr(text, dtstart=_PARSE_AT)), None
    rest = ";".join(p for p in text.split(";") if not p.strip().upper().startswith("UNTIL="))
    moment = datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return _as_rrule(rrulestr(rest, dtstart=_PARSE_AT)), moment


def _as_rrule(value: object) -> rrule:
    assert isinstance(value, rrule)  # one RRULE line always parses to an rrule
    return value


_CYCLE_YEARS = 400
"""The Gregorian calendar repeats every 400 years (146,097 days, exactly 20,871 weeks)."""


def _never_occurs(text: str, start: datetime) -> bool:
    """Whether a rule never matches within a Gregorian cycle (``BYMONTH=2;BYMONTHDAY=30``).

    dateutil would scan up to year 9999 looking for a first occurrence of such
    a rule. Scanning from the same place in the cycle, 400 to 800 years before
    9999, answers in milliseconds: a rule that matches at all matches again
    within a cycle (times its ``INTERVAL``, which any sensible rule keeps small).
    """
    wall = start.replace(tzinfo=None)
    # Same place in the cycle (leap years, weekdays), at least one cycle before 9999.
    late = wall.replace(year=23 * _CYCLE_YEARS + wall.year % _CYCLE_YEARS)
    rule, _ = _rule_at(text, wall, UTC)
    probe = rule.replace(dtstart=late, count=None, until=None)
    return next(iter(probe), None) is None


def _platforms(value: Iterable[str] | str) -> tuple[str, ...]:
    return tuple(slug_of(v) for v in one_or_many(value))


@frozen(kw_only=True)
class FixedEvent:
    """A post at a fixed time (a launch), or a recurring one (a monthly contest).

    ``recurrence`` is an RFC 5545 RRULE (``"FREQ=MONTHLY;BYDAY=1FR;COUNT=6"``,
    ``INTERVAL``, ``UNTIL`` and ``COUNT`` included) or a ``dateutil.rrule.rrule``;
    ``start`` is its first occurrence. Occurrences keep ``start``'s wall-clock
    time in the audience's time zone across DST changes. ``platforms`` empty
    means every platform of the plan.

    >>> from zoneinfo import ZoneInfo
    >>> contest = FixedEvent(title="Monthly contest", recurrence="FREQ=MONTHLY;BYDAY=1FR;COUNT=3",
    ...     start=datetime(2026, 12, 4, 18, tzinfo=ZoneInfo("Europe/Paris")))
    >>> [d.isoformat() for d in contest.occurrences(ZoneInfo("Europe/Paris"))]
    ['2026-12-04T18:00:00+01:00', '2027-01-01T18:00:00+01:00', '2027-02-05T18:00:00+01:00']
    """

    title: str = attrs.field(validator=non_empty_str)
    start: datetime
    recurrence: str | None = attrs.field(default=None, converter=rrule_text)
    platforms: tuple[str, ...] = attrs.field(default=(), converter=_platforms)
    duration: timedelta = attrs.field(default=timedelta(minutes=30), validator=positive_duration)
    category: str | None = attrs.field(default=None, validator=optional(non_empty_str))
    stage: FunnelStage | None = attrs.field(default=None, converter=optional_stage)
    content_type: ContentType | None = attrs.field(default=None, converter=_content_type)

    def __attrs_post_init__(self) -> None:
        if self.recurrence is not None and _never_occurs(self.recurrence, self.start):
            raise ValidationError(
                "FixedEvent.recurrence",
                tr(
                    "{recurrence!r} from {start} never occurs",
                    recurrence=self.recurrence,
                    start=self.start.isoformat(),
                ),
                allowed=N_("expected a rule with at least one date (e.g. no February 30)"),
            )

    @checked
    def occurrences(self, tz: tzinfo, *, until: datetime | None = None) -> Iterator[datetime]:
        """Every occurrence (lazily), localized in ``tz`` with the DST policy.

        Lazy and possibly endless: pass ``until`` (exclusive) or stop iterating.
        """
        first = self.start.astimezone(tz)
        if self.recurrence is None:
            if until is None or first < until:
                yield first
            return
        rule, last = _rule_at(self.recurrence, first.replace(tzinfo=None), tz)
        yield from _localized(rule, last, tz, until)


def _localized(
    rule: rrule, last: datetime | None, tz: tzinfo, until: datetime | None
) -> Iterator[datetime]:
    """The rule's wall-clock occurrences in ``tz`` (DST policy), before ``until``, up to ``last``."""
    for naive in rule:
        moment = localize(naive.date(), naive.time(), tz)
        if (until is not None and moment >= until) or (last is not None and moment > last):
            return
        yield moment


@frozen(kw_only=True)
class Evergreen:
    """A timeless post that re-runs in a regular slot once ``cooldown`` has passed.

    It takes the first regular slot of its ``category`` (any slot if ``None``) on
    each of its ``platforms`` (all if empty) at least ``cooldown`` after its last run.

    >>> Evergreen(title="Our 10 best guides", cooldown=timedelta(days=30)).cooldown.days
    30
    """

    title: str = attrs.field(validator=non_empty_str)
    cooldown: timedelta = attrs.field(validator=positive_duration)
    category: str | None = attrs.field(default=None, validator=optional(non_empty_str))
    platforms: tuple[str, ...] = attrs.field(default=(), converter=_platforms)
    stage: FunnelStage | None = attrs.field(default=None, converter=optional_stage)
    content_type: ContentType | None = attrs.field(default=None, converter=_content_type)


INTERACTION_AT = time(17)
"""When the daily interaction block starts by default (local time): 17:00.

socialkit's own choice (a heuristic, after the day's posts): the documents say to
reserve time to interact but not when. Pass ``Interaction(at=...)`` to change it."""

NO_BENCHMARK_HOUR = 9
"""The posting hour used where a platform has no best-time benchmark and the channel
sets no ``times``: 9:00 local time, socialkit's own default (a heuristic, not a
measurement). Set ``Channel(times=...)`` to choose."""


@frozen(kw_only=True)
class Interaction:
    """Daily time reserved to answer and engage, per platform [000].

    A block lasts ``daily_budget`` times the platform family's
    ``interaction_share`` (social network 1/2, content sharing 3/10, diffusion
    1/10, messaging 9/10), rounded to 5 minutes, at local time ``at``. The
    60-minute budget and the 17:00 start (:data:`INTERACTION_AT`) are socialkit's
    defaults, not figures from the documents.

    >>> Interaction().block("linkedin")
    datetime.timedelta(seconds=1800)
    """

    daily_budget: timedelta = attrs.field(default=timedelta(hours=1), validator=positive_duration)
    at: time = INTERACTION_AT

    def block(self, platform: str) -> timedelta:
        """How long the block on ``platform`` lasts."""
        return _block(self.daily_budget, get_platform(platform).family.interaction_share)


@functools.lru_cache(maxsize=64)
def _block(budget: timedelta, share: Fraction) -> timedelta:
    """A share of the daily budget, rounded to 5 minutes (exact arithmetic: once per value)."""
    minutes = Fraction(int(budget.total_seconds()), 60) * share
    return timedelta(minutes=max(5, 5 * round(minutes / 5)))


def _dates(value: Iterable[date]) -> frozenset[date]:
    days = frozenset(to_tuple(value))
    for d in days:
        if not isinstance(d, date) or isinstance(d, datetime):
            raise SocialkitTypeError("PlanSpec.blackouts", d, expected=N_("datetime.date values"))
    return days


CategoryStage = tuple[str | None, str, FunnelStage]
"""One fixed stage: a platform (``None``: every platform), a category and its funnel stage."""


def _category_stages(value: object) -> tuple[CategoryStage, ...]:
    """``{category: stage}`` or ``{(platform, category): stage}`` as sorted triples."""
    where = "PlanSpec.category_stages"
    if isinstance(value, tuple) and all(isinstance(t, tuple) and len(t) == 3 for t in value):
        value = {(t[0], t[1]): t[2] for t in value}  # its own triples, as attrs.evolve passes them
    if not isinstance(value, Mapping):
        raise SocialkitTypeError(
            where, value, expected=N_("a mapping of category, or (platform, category), to a stage")
        )
    found: dict[tuple[str | None, str], FunnelStage] = {}
    for key, stage in value.items():
        platform, category = key if isinstance(key, tuple) and len(key) == 2 else (None, key)
        if not isinstance(category, str) or not category.strip():
            raise SocialkitTypeError(where, key, expected=N_("a category name (non-empty str)"))
        slug = None if platform is None else slug_of(platform, where)
        found[(slug, category)] = to_enum(FunnelStage, stage, f"{where}[{category!r}]")
    return tuple(
        sorted(((p, c, s) for (p, c), s in found.items()), key=lambda t: (t[0] or "", t[1]))
    )


@frozen(kw_only=True)
class PlanSpec:
    """Everything planning needs; build it directly, with :meth:`simple`, or from a strategy.

    ``mix`` spreads categories (pillars, the 80/20 rule...) over each
    platform's posts; ``stages`` spreads funnel stages the same way (a mix whose
    names are stage values). ``category_stages`` fixes the stage of a
    category's posts (``{"advice": "tofu"}``, or ``{("instagram", "advice"):
    "tofu"}`` on one platform, which wins): those posts follow it, the stage
    mix is drawn for the others. ``blackouts`` are local dates without posts or
    interaction blocks (holidays included: pass them in). ``interaction=None`` plans no blocks.

    >>> spec = PlanSpec.simple(platforms=["linkedin", "x"], tz="Europe/Paris")
    >>> [c.platform for c in spec.channels], spec.tz.key
    (['linkedin', 'x'], 'Europe/Paris')
    """

    channels: tuple[Channel, ...] = attrs.field(converter=_channels, validator=_unique_channels)
    tz: ZoneInfo = attrs.field(converter=to_zone)
    mix: Sequencer | None = attrs.field(default=None, validator=_sequencer)
    stages: Sequencer | None = attrs.field(default=None, validator=_sequencer)
    category_stages: tuple[CategoryStage, ...] = attrs.field(default=(), converter=_category_stages)
    blackouts: frozenset[date] = attrs.field(default=frozenset(), converter=_dates)
    events: tuple[FixedEvent, ...] = attrs.field(default=(), converter=to_tuple)
    evergreen: tuple[Evergreen, ...] = attrs.field(default=(), converter=to_tuple)
    interaction: Interaction | None = attrs.field(factory=Interaction)

    @classmethod
    @checked
    def simple(
        cls,
        *,
        platforms: Iterable[str | Platform] | str | Platform,
        tz: tzinfo | str,
        mix: Sequencer | None = None,
        **options: Any,
    ) -> PlanSpec:
        """A spec with each platform's default rule; ``options`` are other fields.

        ``platforms`` is one platform or several: ``"linkedin"`` is LinkedIn, not
        eight one-letter names.

        >>> [c.platform for c in PlanSpec.simple(platforms="linkedin", tz="UTC").channels]
        ['linkedin']
        """
        chosen = one_or_many(platforms, "PlanSpec.simple(platforms)")
        return cls(channels=tuple(Channel(platform=p) for p in chosen), tz=tz, mix=mix, **options)

    def to_plan_spec(self) -> PlanSpec:
        """Itself: a ``PlanSpec`` satisfies :class:`SupportsPlanSpec`."""
        return self


def _plan_spec(source: object, where: str) -> PlanSpec:
    """``source`` as a :class:`PlanSpec`: itself or its ``to_plan_spec()``, else an error.

    The error, at ``where``, shows what the caller passed, not the ``None`` of a missing
    ``to_plan_spec``, so ``plan_many`` can name the account and the value.
    """
    if isinstance(source, PlanSpec):
        return source
    make = getattr(source, "to_plan_spec", None)
    if not callable(make):
        raise SocialkitTypeError(where, source, expected=N_("a PlanSpec or to_plan_spec()"))
    spec = make()
    if not isinstance(spec, PlanSpec):
        raise SocialkitTypeError(f"{where}.to_plan_spec()", spec, expected=N_("a PlanSpec"))
    return spec


def plan(source: PlanSpec | SupportsPlanSpec, *, start: date, end: date) -> ContentCalendar:
    """Plan every platform of ``source`` from ``start`` to ``end`` (local dates, end exclusive).

    The calendar never breaks a frequency rule; what could not be met is in
    ``calendar.issues``.

    >>> cal = plan(PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris", interaction=None),
    ...            start=date(2026, 11, 23), end=date(2026, 11, 30))
    >>> print(cal)  # doctest: +NORMALIZE_WHITESPACE
    week      platform  local start       kind  title          category  stage
    --------  --------  ----------------  ----  -------------  --------  -----
    2026-W48  linkedin  2026-11-23 10:00  post  LinkedIn post  -         -
    2026-W48  linkedin  2026-11-25 10:00  post  LinkedIn post  -         -
    2026-W48  linkedin  2026-11-27 10:00  post  LinkedIn post  -         -
    """
    spec = _plan_spec(source, "plan(source)")
    check_range(start, end)
    if (end - start).days > MAX_YEARS * 366:
        raise ValidationError(
            "plan(end)",
            tr("{days} days from {start} to {end}", days=(end - start).days, start=start, end=end),
            allowed=tr("expected at most {MAX_YEARS} years", MAX_YEARS=MAX_YEARS),
        )
    days = [start + timedelta(days=i) for i in range((end - start).days)]
    open_days = [d for d in days if d not in spec.blackouts]
    if not open_days:
        raise PlanningError(
            tr(
                "every day from {start} to {end} is a blackout date; nothing can be planned",
                start=start,
                end=end,
            )
        )
    items: list[CalendarItem] = []
    local = _localizer(spec.tz)
    lo = localize(days[0], time(0), spec.tz)
    hi = localize(days[-1] + ONE_DAY, time(0), spec.tz)
    occurrences = [_occurrences_in(event, spec.tz, lo, hi) for event in spec.events]
    issues = _unplanned_events(spec, occurrences)
    placed: set[tuple[str, str]] = set()
    rules: dict[str, FrequencyRule] = {}
    for channel in spec.channels:
        setup = _setup(channel)
        rules[channel.platform] = setup.rule
        posts, found = _plan_channel(spec, channel, setup, days, open_days, occurrences, local)
        items += posts
        issues += found
        placed |= {(i.platform, i.title) for i in posts if i.kind is ItemKind.EVERGREEN}
    issues += _unplaced_evergreens(spec, placed)
    if spec.interaction is not None:
        items += _interaction_blocks(spec, spec.interaction, open_days, local)
    return trusted_calendar(  # the checked range and zone, the planner's own unique items
        tz=spec.tz,
        start=start,
        end=end,
        items=items,
        rules=rules,
        issues=issues,
    )


MAX_OCCURRENCES = 100_000
"""Occurrences of one recurring event :func:`plan` examines, counted from the event's start.

A daily event started 270 years before the plan reaches it; a rule expanded
to every minute of the day (``BYHOUR``/``BYMINUTE`` lists) does not, and the
occurrences left unexamined are reported as a :class:`PlanIssue`."""

MAX_EVENT_ISSUES = 10
"""Unplaced occurrences of one event reported one by one per platform; the rest are
summed up in one more :class:`PlanIssue`."""


@attrs.frozen  # the planner's own values: not re-checked (socialkit's ``frozen`` would)
class _Occurrences:
    moments: tuple[datetime, ...]
    truncated: datetime | None
    """The last occurrence examined when :data:`MAX_OCCURRENCES` stopped the walk."""


def _occurrences_in(event: FixedEvent, tz: tzinfo, lo: datetime, hi: datetime) -> _Occurrences:
    """The event's occurrences in ``[lo, hi)``, walking at most :data:`MAX_OCCURRENCES`.

    The walk starts near ``lo`` when the rule allows it (see :func:`_near`), so
    a monthly event started years ago costs the plan's months, not the years
    before; the answer is the walk from the event's start, cap included: the
    shortcut is taken only when the occurrences it skips, counted generously,
    could not have reached the cap.
    """
    near = _near(event, tz, lo, hi)
    if near is not None and near[1] < MAX_OCCURRENCES:
        moments, skipped = near
        found = _collect(moments, lo, MAX_OCCURRENCES - skipped)
        if found.truncated is None:
            return found
    return _collect(event.occurrences(tz, until=hi), lo, MAX_OCCURRENCES)


def _collect(moments: Iterable[datetime], lo: datetime, limit: int) -> _Occurrences:
    """The ``moments`` from ``lo`` on, examining at most ``limit`` (at least 1) of them."""
    found = []
    for n, moment in enumerate(moments, start=1):
        if moment >= lo:
            found.append(moment)
        if n >= limit:
            return _Occurrences(tuple(found), moment)
    return _Occurrences(tuple(found), None)


_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DTSTART_FREE = frozenset({"BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY", "BYEASTER"})
_MARGIN = timedelta(days=2)
"""How far before the plan a shortened walk starts: more than any DST shift of a wall time."""


@functools.lru_cache(maxsize=256)
def _explicit(text: str, wall: datetime) -> str:
    """The rule with every part dateutil would take from its DTSTART written out.

    dateutil fills a missing ``BYMONTHDAY`` (monthly, yearly), ``BYMONTH``
    (yearly), ``BYDAY`` (weekly) and the time of day from the start; written
    out, they stay those of the event's start once the walk starts later.
    """
    parts = _rule_parts(text)
    extra = []
    if not parts.keys() & _DTSTART_FREE:
        freq = parts.get("FREQ")
        if freq == "YEARLY" and "BYMONTH" not in parts:
            extra.append(f"BYMONTH={wall.month}")
        if freq in ("YEARLY", "MONTHLY"):
            extra.append(f"BYMONTHDAY={wall.day}")
        if freq == "WEEKLY":
            extra.append(f"BYDAY={_DAY_CODES[wall.weekday()]}")
    for name, value in (
        ("BYHOUR", wall.hour),
        ("BYMINUTE", wall.minute),
        ("BYSECOND", wall.second),
    ):
        if name not in parts:
            extra.append(f"{name}={value}")
    return ";".join([*(p for p in text.split(";") if p.strip()), *extra])


def _period_start(parts: Mapping[str, str], wall: datetime, target: date) -> date | None:
    """The start of the last period of the rule, counted in whole ``INTERVAL`` steps from
    ``wall``'s, that begins on or before ``target``; None when that is ``wall``'s own."""
    freq, step = parts.get("FREQ"), int(parts.get("INTERVAL", "1"))
    first = wall.date()
    if freq == "DAILY":
        n = (target - first).days // step
        return first + timedelta(days=n * step) if n > 0 else None
    if freq == "WEEKLY":
        wkst = _DAY_CODES.index(parts["WKST"]) if "WKST" in parts else calendar.firstweekday()
        week = first - timedelta(days=(first.weekday() - wkst) % 7)
        n = (target - week).days // (7 * step)
        return week + timedelta(days=7 * n * step) if n > 0 else None
    if freq == "MONTHLY":
        n = ((target.year - first.year) * 12 + target.month - first.month) // step
        months = first.month - 1 + n * step
        return date(first.year + months // 12, months % 12 + 1, 1) if n > 0 else None
    if freq == "YEARLY":
        n = (target.year - first.year) // step
        return date(first.year + n * step, 1, 1) if n > 0 else None
    return None


def _near(
    event: FixedEvent, tz: tzinfo, lo: datetime, hi: datetime
) -> tuple[Iterator[datetime], int] | None:
    """The event's occurrences before ``hi`` from a period start shortly before ``lo``, and at most
    how many occurrences that skips; None when the walk must start at the event's start.

    A rule with ``COUNT`` counts from its start and is walked from there (at
    most ``COUNT`` occurrences anyway). Any other rule, its DTSTART-derived
    parts written out (:func:`_explicit`), yields the same occurrences from the
    start of any of its periods, whole ``INTERVAL`` steps after the first.
    """
    if event.recurrence is None:
        return None
    parts = _rule_parts(event.recurrence)
    if "COUNT" in parts:
        return None
    wall = event.start.astimezone(tz).replace(tzinfo=None)
    begin = _period_start(parts, wall, (lo.astimezone(tz) - _MARGIN).date())
    if begin is None:
        return None
    rule, last = _rule_at(_explicit(event.recurrence, wall), datetime.combine(begin, time(0)), tz)
    per_day = math.prod(
        len(parts.get(n, "0").split(",")) for n in ("BYHOUR", "BYMINUTE", "BYSECOND")
    )
    skipped = ((begin - wall.date()).days + 1) * per_day
    return _localized(rule, last, tz, hi), skipped


def _unplanned_events(spec: PlanSpec, occurrences: list[_Occurrences]) -> list[PlanIssue]:
    """Events aimed at platforms the plan has no channel for (nothing is dropped silently)."""
    slugs = {c.platform for c in spec.channels}
    issues = []
    for event, found in zip(spec.events, occurrences, strict=True):
        for platform in event.platforms:
            if platform not in slugs and found.moments:
                issues.append(
                    PlanIssue(
                        platform=platform,
                        rule="event_not_placed",
                        period=None,
                        shortfall=len(found.moments),
                        reason=tr(
                            "{title!r}: {platform} is not a channel of this plan",
                            title=event.title,
                            platform=platform,
                        ),
                    )
                )
    return issues


def _unplaced_evergreens(spec: PlanSpec, placed: set[tuple[str, str]]) -> list[PlanIssue]:
    """Evergreen items that found no slot on one of their platforms."""
    slugs = [c.platform for c in spec.channels]
    issues = []
    for ever in spec.evergreen:
        for platform in ever.platforms or slugs:
            if (platform, ever.title) in placed:
                continue
            if platform not in slugs:
                why = tr("{platform} is not a channel of this plan", platform=platform)
            elif ever.category is not None:
                why = tr(
                    "no regular post of category {category!r} on {platform}",
                    category=ever.category,
                    platform=platform,
                )
            else:
                why = tr("no regular post on {platform}", platform=platform)
            issues.append(
                PlanIssue(
                    platform=platform,
                    rule="evergreen_not_placed",
                    period=None,
                    shortfall=1,
                    reason=tr("{title!r}: {why}", title=ever.title, why=why),
                )
            )
    return issues


Localizer = Callable[[date, time], datetime]
"""``localize(day, at, tz)`` in the plan's zone."""


def _localizer(tz: tzinfo) -> Localizer:
    """:func:`localize` in ``tz``, remembered for one plan: its channels share days and times,
    and each wall time costs three zone conversions."""

    memo: dict[tuple[date, time], datetime] = {}  # a dict: cheaper to make than functools.cache

    def local(day: date, at: time) -> datetime:
        found = memo.get((day, at))
        if found is None:
            found = memo[day, at] = localize(day, at, tz)
        return found

    return local


def _plan_channel(
    spec: PlanSpec,
    channel: Channel,
    setup: _Setup,
    days: list[date],
    open_days: list[date],
    occurrences: list[_Occurrences],
    local: Localizer,
) -> tuple[list[CalendarItem], list[PlanIssue]]:
    tz = spec.tz
    rule = setup.rule
    fits = SlotChecker(rule, tz)
    items, issues = _place_events(spec, channel, rule, fits, occurrences)
    issues += setup.capped
    event_weeks: dict[str, int] = {}  # a plan without events makes no Counter
    for i in items:
        week = _week(i.start, tz)
        event_weeks[week] = event_weeks.get(week, 0) + 1
    chosen, short = _choose_slots(setup, rule, local, days, set(open_days), fits, event_weeks)
    items += _fill(spec, channel, chosen, setup.platform)
    closed: dict[str, int] = {}  # periods with blackout days, and the posts they cost
    posted = [i.start for i in items]  # the planner's own aware posts, its zone and dates:
    for v in trusted_check(rule, posted, tz, days[0], days[-1] + ONE_DAY):  # rule.check's answer
        if v.rule.startswith("min_per_"):
            key, by = v.period or "", v.by if isinstance(v.by, int) else 0
            short.pop(key, None)
            if _closed(key, spec.blackouts):
                closed[key] = max(closed.get(key, 0), by)
                continue
            issues.append(
                PlanIssue(
                    platform=channel.platform,
                    rule=v.rule,
                    period=v.period,
                    shortfall=by,
                    reason=_why(key, spec.blackouts, rule, channel),
                )
            )
    for key in [k for k in short if _closed(k, spec.blackouts)]:
        closed[key] = max(closed.get(key, 0), short.pop(key))
    issues += (
        _blackout(channel.platform, key, n, spec.blackouts)
        for key, n in closed.items()
        if n > _by_days(key, closed)
    )
    return items, issues + _below_target(channel, rule, spec.blackouts, short)


def _by_days(period: str, closed: dict[str, int]) -> int:
    """The posts the blackout *days* inside a week or month ``period`` already account for
    (0 for a day): a closed day is reported once, not again for its week."""
    if len(period) == len("2026-01-01"):
        return 0
    per = Period.WEEK if "W" in period else Period.MONTH
    return sum(
        n
        for key, n in closed.items()
        if len(key) == len("2026-01-01") and period_key(date.fromisoformat(key), per) == period
    )


def _closed(period: str, blackouts: frozenset[date]) -> int:
    """How many blackout days fall in the period named ``period``."""
    return sum(1 for d in blackouts for per in Period if period_key(d, per) == period)


def _blackout(platform: str, period: str, shortfall: int, blackouts: frozenset[date]) -> PlanIssue:
    """A period that got fewer posts than its minimum or target because of blackout days."""
    return PlanIssue(
        platform=platform,
        rule="blackout",
        period=period,
        shortfall=shortfall,
        reason=tr(
            "{count} blackout day(s) in {period}", count=_closed(period, blackouts), period=period
        ),
    )


def _below_target(
    channel: Channel, rule: FrequencyRule, blackouts: frozenset[date], short: dict[str, int]
) -> list[PlanIssue]:
    """Weeks that got fewer posts than the weekly target asked, in one issue per channel.

    Weeks already reported short of a rule's minimum, or closed by blackout days
    (a ``blackout`` issue each), are not counted twice.
    """
    if not short:
        return []
    weeks = sorted(short)
    period = weeks[0] if len(weeks) == 1 else f"{weeks[0]}/{weeks[-1]}"
    target = num.show(_weekly_target(channel, rule))
    return [
        PlanIssue(
            platform=channel.platform,
            rule="below_target",
            period=period,
            shortfall=sum(short.values()),
            reason=tr(
                "{count} week(s) below the target of {target} a week ({why})",
                count=len(weeks),
                target=target,
                why=_why(weeks[0], blackouts, rule, channel),
            ),
        )
    ]


def _week(moment: datetime, tz: tzinfo) -> str:
    return period_key(moment.astimezone(tz).date(), Period.WEEK)


def _why(period: str, blackouts: frozenset[date], rule: FrequencyRule, channel: Channel) -> str:
    closed = sum(1 for d in blackouts for per in Period if period_key(d, per) == period)
    if closed:
        return tr("{count} blackout day(s) in {period}", count=closed, period=period)
    target = _weekly_target(channel, rule)
    if channel.per_week is not None and target < rule.range(Period.WEEK).minimum:
        return tr(
            "the channel's target of {target} a week is below the weekly minimum", target=target
        )
    parts = []
    if rule.windows:
        parts.append(tr("allowed windows"))
    if rule.quiet_hours is not None:
        parts.append(tr("quiet hours"))
    if rule.min_gap is not None:
        parts.append(tr("a {gap} gap", gap=in_hours(rule.min_gap)))
    return tr("too few slots left by {limits}", limits=", ".join(parts) or tr("the planned target"))


def _place_events(
    spec: PlanSpec,
    channel: Channel,
    rule: FrequencyRule,
    fits: SlotChecker,
    occurrences: list[_Occurrences],
) -> tuple[list[CalendarItem], list[PlanIssue]]:
    items: list[CalendarItem] = []
    issues: list[PlanIssue] = []
    taken: set[str] = set()
    for event, found in zip(spec.events, occurrences, strict=True):
        if event.platforms and channel.platform not in event.platforms:
            continue
        missed = []
        for moment in found.moments:
            day = moment.date()
            reason = None
            if day in spec.blackouts:
                reason = tr("{day} is a blackout date", day=day)
            elif not fits(moment):
                reason = tr("it would break the frequency rule ({rule})", rule=rule)
            if reason is not None:
                missed.append(
                    PlanIssue(
                        platform=channel.platform,
                        rule="event_not_placed",
                        period=day.isoformat(),
                        shortfall=1,
                        reason=tr(
                            "{title!r} at {moment}: {reason}",
                            title=event.title,
                            moment=moment.isoformat(),
                            reason=reason,
                        ),
                    )
                )
                continue
            fits.add(moment)
            items.append(
                trusted_item(  # every part comes from the checked event and channel
                    id=_event_id(channel.platform, event.title, moment, taken),
                    platform=channel.platform,
                    kind=ItemKind.EVENT,
                    start=moment,
                    duration=event.duration,
                    title=event.title,
                    content=event.title,
                    category=event.category,
                    stage=event.stage,
                    content_type=event.content_type or channel.content_type,
                )
            )
        issues += missed[:MAX_EVENT_ISSUES]
        if len(missed) > MAX_EVENT_ISSUES:
            rest = missed[MAX_EVENT_ISSUES:]
            issues.append(
                PlanIssue(
                    platform=channel.platform,
                    rule="event_not_placed",
                    period=f"{rest[0].period}/{rest[-1].period}",
                    shortfall=len(rest),
                    reason=tr(
                        "{title!r}: {count} more occurrences not placed "
                        "(blackout dates or the frequency rule, as above)",
                        title=event.title,
                        count=len(rest),
                    ),
                )
            )
        if found.truncated is not None:
            issues.append(
                PlanIssue(
                    platform=channel.platform,
                    rule="event_not_placed",
                    period=None,
                    shortfall=0,
                    reason=tr(
                        "{title!r}: occurrences after {after} were not examined (over "
                        "{limit:,} from its start on {start}; start the event closer to the plan)",
                        title=event.title,
                        after=found.truncated.isoformat(),
                        limit=MAX_OCCURRENCES,
                        start=event.start.date(),
                    ),
                )
            )
    return items, issues


def _event_id(platform: str, title: str, moment: datetime, taken: set[str]) -> str:
    """Stable and unique: per local day, with the local time when the day already has one."""
    base = f"{platform}-event-{_slugify(title)}-{moment.date().isoformat()}"
    candidates = [base, f"{base}-{moment:%H%M}"]
    candidates += (f"{base}-{moment:%H%M}-{n}" for n in range(2, len(taken) + 3))
    found = next(c for c in candidates if c not in taken)
    taken.add(found)
    return found


def _capped_target(channel: Channel, rule: FrequencyRule, cap: Fraction | None) -> list[PlanIssue]:
    """A channel's ``per_week`` above what its rule allows (``cap``) is capped, and said so."""
    if channel.per_week is None or cap is None or channel.per_week <= cap:
        return []
    return [
        PlanIssue(
            platform=channel.platform,
            rule="per_week_capped",
            period=None,
            shortfall=math.ceil(channel.per_week - cap),
            reason=tr(
                "the channel's target of {target} a week is capped to {cap}, "
                "the most its rule allows week after week ({rule})",
                target=num.show(channel.per_week),
                cap=num.show(cap),
                rule=rule,
            ),
        )
    ]


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "event"


DEFAULT_PER_WEEK = Fraction(3)
"""Weekly target where neither the rule nor the channel sets one (socialkit's default)."""


def _weekly_target(channel: Channel, rule: FrequencyRule) -> Fraction:
    """The channel's ``per_week`` (capped by the rule), else the middle of the weekly range
    the rule allows (see the module docstring).

    A rule with maxima but no minimum (a weak source's cap) gives no target of
    its own: the middle of ``0..cap``, at most :data:`DEFAULT_PER_WEEK`.
    """
    return _target(channel, rule, rule.max_per_week())


def _target(channel: Channel, rule: FrequencyRule, cap: Fraction | None) -> Fraction:
    """:func:`_weekly_target` of a rule whose :meth:`~FrequencyRule.max_per_week` is ``cap``."""
    low = max(
        (trusted_weekly_rate(f.minimum, f.per) for f in rule.frequencies), default=Fraction(0)
    )
    ranged = any(f.maximum is not None for f in rule.frequencies)
    if channel.per_week is not None:
        return channel.per_week if cap is None else min(channel.per_week, cap)
    if cap is None:
        return max(low, DEFAULT_PER_WEEK)
    if not ranged:
        return max(low, min(DEFAULT_PER_WEEK, cap))
    if not low:
        return min(DEFAULT_PER_WEEK, cap / 2)
    return max(low, (low + cap) / 2)


def _fitted_rule(channel: Channel) -> tuple[FrequencyRule, tuple[PlanIssue, ...]]:
    """The channel's rule with its minimums lowered to the channel's ``per_week``, said once.

    ``per_week`` is the weekly target: a rule minimum above it (TikTok "at least
    1 a day" with ``per_week=3``) becomes the largest count whose weekly rate
    fits (0 a day), instead of a shortfall in every period.
    """
    rule, target = channel.rule, channel.per_week
    if target is None:
        return rule, ()
    ranges, lowered = [], []
    for f in rule.frequencies:
        if f.minimum and weekly_rate(f.minimum, f.per) > target:
            low = min(f.minimum, math.floor(target / weekly_rate(1, f.per)))
            lowered.append(
                tr(
                    "{before} -> {after} per {period}",
                    before=f.minimum,
                    after=low,
                    period=label(f.per),
                )
            )
            f = Frequency(per=f.per, minimum=low, maximum=f.maximum)
        ranges.append(f)
    if not lowered:
        return rule, ()
    fitted = attrs.evolve(rule, frequencies=ranges)
    issue = PlanIssue(
        platform=channel.platform,
        rule="minimum_lowered",
        period=None,
        shortfall=0,
        reason=tr(
            "the channel's per_week of {target} is below the minimum of its rule ({rule}): "
            "planned at {target} a week, minimums lowered ({lowered})",
            target=num.show(target),
            rule=rule,
            lowered=", ".join(lowered),
        ),
    )
    return fitted, (issue,)


def _weak_guidance(
    channel: Channel, rule: FrequencyRule, target: Fraction
) -> tuple[PlanIssue, ...]:
    """Where a default rule's numbers come from a weak source, one issue saying so."""
    if channel.frequency is not None or channel.per_week is not None:
        return ()
    platform = get_platform(channel.platform)
    weak = [g for g in platform.recommended_frequency() if g.weak]
    if not weak:
        return ()
    g = weak[0]
    return (
        PlanIssue(
            platform=channel.platform,
            rule="weak_guidance",
            period=None,
            shortfall=0,
            reason=tr(
                "the default rule ({rule}) rests on a weak source, {source} ({note}); planned "
                "at {target} a week: set the channel's per_week or frequency from your own results",
                rule=rule,
                source=g.source.title,
                note=translate(g.note) if g.note else g.source.note,
                target=num.show(target),
            ),
        ),
    )


def _per_day(target: Fraction, rule: FrequencyRule) -> int:
    needed = max(1, -(-target.numerator // (7 * target.denominator)))  # ceil(target / 7)
    cap = rule.range(Period.DAY).maximum
    return min(needed if cap is None else min(needed, cap), MAX_PER_DAY)


_DAY_SPAN = (8 * 60, 12 * 60)
"""Several posts a day spread from 08:00 to 20:00 (first minute, span in minutes)."""


def _daily_times(
    channel: Channel, rule: FrequencyRule, per_day: int
) -> dict[int, tuple[time, ...]]:
    """Candidate local times for each weekday (0 = Monday): ``per_day`` distinct minutes,
    from 08:00 to 20:00 (the whole day when more than 721 a day are needed)."""
    if channel.times:
        return dict.fromkeys(range(7), channel.times)
    platform = get_platform(channel.platform)
    starts = [w.start.hour for w in platform.best_times]
    counts: dict[int, int] = {}
    for hour in starts:
        counts[hour] = counts.get(hour, 0) + 1
    usual = max(counts, key=counts.__getitem__) if starts else NO_BENCHMARK_HOUR  # the first most
    # common hour, as Counter.most_common(1) answers
    first, span = _DAY_SPAN if per_day <= _DAY_SPAN[1] + 1 else (0, 24 * 60 - 1)
    out = {}
    for weekday in range(7):
        windows = [w for w in rule.windows if w.weekday == weekday]
        if windows:
            out[weekday] = _inside(windows, per_day)
            continue
        if per_day == 1:
            minutes = [usual * 60]
        else:
            bench = sorted({w.start.hour * 60 for w in platform.best_times if w.weekday == weekday})
            minutes = [first + span * j // (per_day - 1) for j in range(per_day)]
            for b in bench[:per_day]:
                nearest = min(range(per_day), key=lambda j: abs(minutes[j] - b))
                minutes[nearest] = b
        out[weekday] = tuple(sorted({time(m // 60, m % 60) for m in minutes}))
    return out


def _inside(windows: list[PostingWindow], per_day: int) -> tuple[time, ...]:
    """``per_day`` times spread over the allowed windows of one day."""
    spans = [w.minutes for w in windows]
    total = sum(e - s for s, e in spans)
    out = []
    for j in range(per_day):
        offset = total * j // per_day
        for s, e in spans:
            if offset < e - s:
                minute = s + offset
                out.append(time(minute // 60, minute % 60))
                break
            offset -= e - s
    return tuple(sorted(set(out)))


@attrs.frozen  # the planner's own values: not re-checked (socialkit's ``frozen`` would)
class _Setup:
    """What planning a channel needs before its first day, the same for every plan."""

    rule: FrequencyRule
    """The rule planned with: the channel's, minimums lowered to its ``per_week``
    (:func:`_fitted_rule`)."""
    target: Fraction
    """The weekly target (:func:`_weekly_target`)."""
    times: dict[int, tuple[time, ...]]
    """Candidate local times per weekday (:func:`_daily_times`); read, never changed."""
    capped: tuple[PlanIssue, ...]
    """:func:`_capped_target`, :func:`_fitted_rule` and :func:`_weak_guidance`'s issues."""
    platform: Platform
    """The channel's platform, as the registry gave it (its name, its family)."""


_SetupKey = tuple[str, bool, FrequencyRule, Fraction | None, tuple[time, ...], str]
_SETUPS: dict[_SetupKey, tuple[Platform, _Setup]] = {}


def _setup(channel: Channel) -> _Setup:
    """The channel's :class:`_Setup`, worked out once per channel value and platform data.

    The key is every input of the set-up (the slug, whether the rule is the
    platform's default, the rule, ``per_week``, ``times``, and the language
    its issues are written in), so a newly read strategy with the same
    channels finds it; platform data is immutable, and a registry that
    replaces a platform replaces the object the memo checks. Without it, the
    rule arithmetic and the weak-guidance look-up were most of a short plan.
    """
    platform = get_platform(channel.platform)
    key = (
        channel.platform,
        channel.frequency is None,
        channel.rule,
        channel.per_week,
        channel.times,
        get_language(),
    )
    hit = _SETUPS.get(key)
    if hit is not None and hit[0] is platform:
        return hit[1]
    if len(_SETUPS) >= 256:
        _SETUPS.clear()
    rule, lowered = _fitted_rule(channel)
    cap = rule.max_per_week()
    target = _target(channel, rule, cap)
    setup = _Setup(
        rule=rule,
        target=target,
        times=_daily_times(channel, rule, _per_day(target, rule)),
        capped=(
            *_capped_target(channel, rule, cap),
            *lowered,
            *_weak_guidance(channel, rule, target),
        ),
        platform=platform,
    )
    _SETUPS[key] = (platform, setup)
    return setup


def _choose_slots(
    setup: _Setup,
    rule: FrequencyRule,
    local: Localizer,
    days: list[date],
    open_days: set[date],
    fits: SlotChecker,
    event_weeks: Mapping[str, int],
) -> tuple[list[datetime], dict[str, int]]:
    """The regular posts' times, and how many posts each week fell short of its share."""
    target, times = setup.target, setup.times
    week_range = rule.range(Period.WEEK)
    chosen: list[datetime] = []
    short: dict[str, int] = {}
    weeks = list(_by_week(days))
    for week_days, want in zip(weeks, _quotas(target, map(len, weeks)), strict=True):
        key = period_key(week_days[0], Period.WEEK)
        if week_range.maximum is not None:
            want = min(want, week_range.maximum)
        want -= event_weeks.get(key, 0)
        candidates = [  # a wall time the DST gap pushes past midnight must still be open
            c
            for d in week_days
            if d in open_days
            for t in times[d.weekday()]
            if (c := local(d, t)).date() in open_days
        ]
        picked = _spread(candidates, want, fits)
        if len(picked) < want:
            short[key] = want - len(picked)
        chosen += picked
    return chosen, short


def _quotas(target: Fraction, lengths: Iterable[int]) -> Iterator[int]:
    """Each week's share of ``target`` a week: the posts planned so far,
    ``floor(target * days / 7 + 1/2)``, minus those given to earlier weeks.

    The running total is kept as an integer over ``7 * target.denominator``
    (``floor(a / b + 1/2) = (2a + b) // 2b``): exact like the Fractions it
    replaces, without four Fraction operations a week.
    """
    per_day, den = target.numerator, 7 * target.denominator
    planned = done = 0
    for days in lengths:
        planned += per_day * days
        want = (2 * planned + den) // (2 * den) - done
        done += want
        yield want


def _by_week(days: list[date]) -> Iterator[list[date]]:
    week: list[date] = []
    for d in days:
        if week and d.weekday() == 0:
            yield week
            week = []
        week.append(d)
    if week:
        yield week


def _spread(candidates: list[datetime], want: int, fits: SlotChecker) -> list[datetime]:
    """Up to ``want`` evenly spaced candidates that keep the rule."""
    picked: list[datetime] = []
    if want <= 0 or not candidates:
        return picked
    size = len(candidates)
    taken: set[int] = set()
    for k in range(want):
        ideal = k * size // want
        for i in chain(range(ideal, size), range(ideal - 1, -1, -1)):
            if i not in taken and fits(candidate := candidates[i]):
                taken.add(i)
                fits.add(candidate)
                picked.append(candidate)
                break
    return sorted(picked)


def _fill(
    spec: PlanSpec, channel: Channel, chosen: list[datetime], platform_data: Platform
) -> list[CalendarItem]:
    """Turn chosen times into posts: categories, stages, evergreen re-runs, stable ids.

    What depends only on a post's category (its title and stage) or its local
    day (its week's id part) is worked out once per category and per day.
    """
    mix = channel.mix or spec.mix
    categories = _sequence(mix, len(chosen), "mix")
    fixed = _fixed_stages(spec, channel.platform)
    free = sum(1 for c in categories if c not in fixed) if fixed else len(chosen)
    drawn = iter(_sequence(spec.stages, free, "stages"))
    name = platform_data.name
    evergreens = [
        ever for ever in spec.evergreen if not ever.platforms or channel.platform in ever.platforms
    ]
    last_run: dict[str, datetime] = {}
    per_week: dict[str, int] = {}
    weeks: dict[date, str] = {}
    language = get_language()
    items = []
    tz, platform, duration, own_type = (
        spec.tz,
        channel.platform,
        channel.duration,
        channel.content_type,
    )
    for n, moment in enumerate(chosen):
        category = categories[n] if categories else None
        stage: FunnelStage | str | None = fixed.get(category) if category is not None else None
        if stage is None:
            stage = next(drawn, None) or _stage_prefix(category)
        day = moment.astimezone(tz).date()
        week = weeks.get(day)
        if week is None:
            week = weeks[day] = period_key(day, Period.WEEK).replace("-", "")
        count = per_week[week] = per_week.get(week, 0) + 1
        title = _title(ItemKind.POST, name, category, language)
        ever = _evergreen_for(evergreens, category, moment, last_run) if evergreens else None
        if ever is None:
            kind, content, content_type = ItemKind.POST, None, own_type
        else:
            kind, title, content = ItemKind.EVERGREEN, ever.title, ever.title
            stage = ever.stage or stage
            content_type = ever.content_type or own_type
        items.append(
            trusted_item(  # checked parts: the channel, the mix's names, a localized start
                id=f"{platform}-{week}-{count}",
                platform=platform,
                start=moment,
                duration=duration,
                kind=kind,
                title=title,
                category=category,
                stage=_stage_of(stage),
                content_type=content_type,
                content=content,
            )
        )
    return items


@functools.lru_cache(maxsize=1024)
def _title(kind: ItemKind, platform: str, category: str | None, language: str) -> str:
    """The title of a regular post or an interaction block on ``platform`` (its name),
    written once per kind, category and ``language``, the language in effect (the key:
    a message costs more than the item)."""
    if kind is ItemKind.INTERACTION:
        return tr("{platform}: answer comments and messages", platform=platform)
    if category:
        return tr("{platform} post: {category}", platform=platform, category=category)
    return tr("{platform} post", platform=platform)


def _fixed_stages(spec: PlanSpec, platform: str) -> dict[str, FunnelStage]:
    """The categories whose stage is fixed on ``platform`` (its own entries win)."""
    if not spec.category_stages:
        return {}
    every = {c: s for p, c, s in spec.category_stages if p is None}
    return every | {c: s for p, c, s in spec.category_stages if p == platform}


def _evergreen_for(
    evergreens: list[Evergreen],
    category: str | None,
    moment: datetime,
    last_run: dict[str, datetime],
) -> Evergreen | None:
    """The first evergreen of the post's category whose cooldown has passed, recorded as run."""
    for ever in evergreens:
        if ever.category is not None and ever.category != category:
            continue
        previous = last_run.get(ever.title)
        if previous is None or elapsed(previous, moment) >= ever.cooldown:
            last_run[ever.title] = moment
            return ever
    return None


@functools.lru_cache(maxsize=64)
def _stage_of(value: FunnelStage | str | None) -> FunnelStage | None:
    """:func:`optional_stage`, as ``CalendarItem`` converts its stage, once per distinct value."""
    return optional_stage(value)


def _sequence(mix: Sequencer | None, n: int, name: str) -> tuple[str, ...]:
    """``mix.sequence(n)``, checked: a user's sequencer must return ``n`` names."""
    if mix is None or not n:
        return ()
    names = mix.sequence(n)
    if not isinstance(names, tuple | list) or len(names) != n:
        raise ValidationError(
            f"PlanSpec.{name}.sequence({n})",
            tr("returned {names!r:.80}", names=names),
            allowed=tr("expected a sequence of {n} category names", n=n),
        )
    for category in names:
        if not isinstance(category, str) or not category.strip():
            raise SocialkitTypeError(
                f"PlanSpec.{name}.sequence({n})", category, expected=N_("non-empty str names")
            )
    return tuple(names)


def _stage_prefix(category: str | None) -> FunnelStage | None:
    """The stage of a composed mix's category (``"tofu/brand"`` -> tofu), if it names one."""
    if category is None or "/" not in category:
        return None
    head = category.split("/", 1)[0]
    return next((s for s in FunnelStage if s.value == head), None)


def _interaction_blocks(
    spec: PlanSpec, interaction: Interaction, open_days: list[date], local: Localizer
) -> list[CalendarItem]:
    starts = [(day.isoformat(), local(day, interaction.at)) for day in open_days]
    items = []
    kind, language = ItemKind.INTERACTION, get_language()
    for channel in spec.channels:
        platform = channel.platform
        length = interaction.block(platform)
        title = _title(kind, get_platform(platform).name, None, language)
        prefix = f"{platform}-interaction-"
        for day, start in starts:
            items.append(
                trusted_item(  # checked parts: the channel's slug, the block, a localized start
                    id=prefix + day,
                    platform=platform,
                    kind=kind,
                    start=start,
                    duration=length,
                    title=title,
                )
            )
    return items


def example_spec(tz: ZoneInfo | str = "Europe/Paris") -> PlanSpec:
    """The built-in example behind ``socialkit plan``: three networks, the 80/20 mix,
    the funnel preset for stages and a monthly contest on Instagram.

    >>> [c.platform for c in example_spec().channels]
    ['instagram', 'linkedin', 'x']
    """
    zone = to_zone(tz)
    contest = FixedEvent(
        title="Monthly contest",
        start=datetime(2026, 1, 2, 18, tzinfo=zone),
        recurrence="FREQ=MONTHLY;BYDAY=1FR",
        platforms=["instagram"],
        category="contest",
    )
    channels = [
        Channel(platform="instagram"),
        Channel(platform="linkedin"),
        Channel(platform="x", per_week=7),
    ]
    return PlanSpec(
        channels=channels,
        tz=zone,
        mix=ContentMix.preset("80/20"),
        stages=ContentMix.preset("funnel"),
        events=[contest],
    )
