"""Posting-frequency rules: how often, how far apart and when a platform gets posts.

"Post regularly, between too little and too often" [000]: a
:class:`FrequencyRule` turns that advice into checkable limits. Each platform
has a default built from its recommended :class:`~socialkit.platforms.PostingGuidance`
(LinkedIn: at most one post every 48 hours [000], 2-3 a week); a strategy or a
user overrides any part with :func:`attrs.evolve` or the ``with_*`` methods.

Periods are counted in the audience's time zone: days are local calendar days,
weeks are ISO weeks (Monday to Sunday, named ``2026-W48``), months are calendar
months (``2026-11``). :meth:`FrequencyRule.check` is the one authority on
whether a schedule breaks a rule (:func:`socialkit.assess` asks it too);
:func:`capacity` is the one answer to "how many posts fit in one period",
:func:`sustained_rate` to "how many fit per period, period after period", and
:func:`weekly_rate` the one conversion of a monthly count to a weekly rate
(through ``socialkit._core.time.DAYS_PER_MONTH``, the one average month).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, tzinfo
from fractions import Fraction
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import attrs

from socialkit._core import numbers as num
from socialkit._core.fields import checked, frozen
from socialkit._core.i18n import H_, N_, label, semicolon_list, tr, translate
from socialkit._core.table import dataframe, html_table, short_repr
from socialkit._core.time import (
    AVERAGE_MONTH,
    DAYS_PER_MONTH,
    clock,
    ensure_aware,
    in_hours,
    since_midnight,
    to_zone,
    utc_of,
    wall_clock,
    weekday_name,
)
from socialkit._core.validate import (
    Choice,
    at_least,
    optional,
    positive_duration,
    to_enum,
    to_int,
    to_tuple,
    where,
)
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError
from socialkit.platforms._model import RECOMMENDED, Period, Platform, PostingWindow
from socialkit.platforms._registry import platform_of

if TYPE_CHECKING:
    import pandas

__all__ = [
    "MAX_GAP",
    "MAX_PER_DAY",
    "Frequency",
    "FrequencyProfile",
    "FrequencyReport",
    "FrequencyRule",
    "QuietHours",
    "Verdict",
    "Violation",
    "average_length",
    "capacity",
    "check_range",
    "complete_periods",
    "next_period",
    "period_key",
    "period_start",
    "sustained_rate",
    "usual_hours",
    "weekly_rate",
]

_WEEK = timedelta(weeks=1)
_SHORTEST = {Period.DAY: timedelta(days=1), Period.WEEK: _WEEK, Period.MONTH: timedelta(days=28)}
"""The fewest days each calendar period holds: a month, a February of 28 days."""
_DAYS_IN_LONGEST_MONTH = 31
_WEEKS_IN_SHORTEST_MONTH = 4
"""The most complete ISO weeks a calendar month holds and the fewest it overlaps: a month
starting on a Monday holds 4, a 28-day February starting on a Monday overlaps only those 4."""
_AVERAGE_DAYS = {Period.DAY: Fraction(1), Period.WEEK: Fraction(7), Period.MONTH: DAYS_PER_MONTH}


MAX_PER_DAY = 1440
"""The most posts a day a rule may ask for or allow: one a minute, the planner's finest grid.

Larger counts are typos (``10**18`` a day), refused up front so that a plan's cost
depends on the calendar it returns. A week allows 7 times as many, a month 31 times."""

MAX_GAP = timedelta(days=366)
"""The longest ``min_gap`` a rule accepts: a longer one allows less than a post a year."""

_MAX_CHECK_YEARS = 400
"""The longest range :meth:`FrequencyRule.check` counts minima over (a Gregorian cycle):
each missed daily minimum is one violation, so the range bounds the answer's size."""

DEFAULT_DAY = (time(8), time(20))
"""socialkit's default posting day, 08:00-20:00 local time (a heuristic, not a measurement),
for platforms whose data has no benchmark windows."""

_MOST = {Period.DAY: MAX_PER_DAY, Period.WEEK: 7 * MAX_PER_DAY, Period.MONTH: 31 * MAX_PER_DAY}


class FrequencyProfile(Choice):
    """The built-in posting rhythms of :meth:`FrequencyRule.for_platform`.

    ``recommended`` is the guidance socialkit plans with by default;
    ``minimal`` the least a team can keep up (where the data names it; else
    the recommended limits without their minimums). Platform data may name
    other profiles: pass their names as strings.

    >>> FrequencyProfile("minimal") is FrequencyProfile.MINIMAL
    True
    """

    MINIMAL = "minimal"
    RECOMMENDED = RECOMMENDED


def _period(value: object) -> Period:
    return to_enum(Period, value)


def _duration(value: object, name: str) -> timedelta:
    if not isinstance(value, timedelta):
        raise SocialkitTypeError(name, value, expected="a datetime.timedelta")
    if value <= timedelta(0):
        raise ValidationError(
            name, tr("got {value}", value=value), allowed="expected a positive duration"
        )
    return value


def capacity(gap: timedelta, span: timedelta) -> int:
    """The most posts at least ``gap`` apart that fit in one period ``span`` long.

    A period is half-open: a week runs from Monday 00:00 up to, not including,
    the next Monday 00:00, and a post may go out at its first instant. ``n``
    posts ``gap`` apart stretch over ``(n - 1) * gap``, which must be shorter
    than the period, so ``n = ceil(span / gap)``. With a 48 h gap a week holds
    **4** (Monday, Wednesday, Friday and Sunday at 00:00; ``floor`` would say 3,
    forgetting the post at the start); with 24 h, 7 (not 8); with 10 days, 1.
    This is the most any one week can hold, as :meth:`FrequencyRule.check`
    counts ISO weeks. Over many weeks the *average* is lower,
    :func:`sustained_rate` (48 h: 4, 3, 4, 3... a week, 3.5 on average),
    because a full week pushes the next one's first post later. ``span`` is a
    nominal length: a week with a DST change is an hour shorter or longer in
    real time.

    >>> capacity(timedelta(hours=48), timedelta(weeks=1))
    4
    >>> capacity(timedelta(hours=24), timedelta(weeks=1)), capacity(timedelta(days=10), timedelta(weeks=1))
    (7, 1)
    """
    gap, span = _duration(gap, "capacity(gap)"), _duration(span, "capacity(span)")
    whole, rest = divmod(span, gap)  # not -(-span // gap): -timedelta.max overflows
    return whole + bool(rest)


def sustained_rate(gap: timedelta, span: timedelta) -> Fraction:
    """The most posts at least ``gap`` apart per period ``span`` long, period after period.

    ``k`` periods in a row hold ``k * n`` posts only if ``(k * n - 1) * gap`` is
    shorter than ``k * span``: for every ``k`` that needs ``n <= span / gap``,
    exactly. One period may hold more (:func:`capacity`), but a rate above this
    one cannot be kept for long: 4 posts a week 48 h apart fit in one week,
    not in two (8 posts need 14 days).

    >>> sustained_rate(timedelta(hours=48), timedelta(weeks=1))
    Fraction(7, 2)
    >>> sustained_rate(timedelta(hours=24), timedelta(weeks=1))
    Fraction(7, 1)
    """
    gap = _duration(gap, "sustained_rate(gap)")
    span = _duration(span, "sustained_rate(span)")
    return Fraction(span // timedelta.resolution, gap // timedelta.resolution)


def average_length(per: Period | str) -> timedelta:
    """How long one period lasts on average: a day, a week, or the average month.

    For rates only (a rhythm of 2 posts a month is a post every 15.2 days);
    :meth:`FrequencyRule.check` counts real calendar periods instead.

    >>> average_length("month")
    datetime.timedelta(days=30, seconds=37746)
    """
    period = _period(per)
    return AVERAGE_MONTH if period is Period.MONTH else timedelta(days=int(_AVERAGE_DAYS[period]))


def weekly_rate(count: int, per: Period | str) -> Fraction:
    """``count`` posts per ``per`` as posts per week, exactly (a month is the average month).

    >>> weekly_rate(2, "day"), weekly_rate(3, "week")
    (Fraction(14, 1), Fraction(3, 1))
    >>> round(float(weekly_rate(5, "month")), 4)
    1.1499
    """
    return trusted_weekly_rate(num.integer(count, "weekly_rate(count)", minimum=0), _period(per))


def trusted_weekly_rate(count: int, per: Period) -> Fraction:
    """:func:`weekly_rate` of a count and a period already checked (a :class:`Frequency`'s)."""
    return _PER_WEEK[per] * count


_PER_WEEK = {per: Fraction(7) / days for per, days in _AVERAGE_DAYS.items()}
"""One post per period as posts per week, exactly (:func:`trusted_weekly_rate`'s factors)."""


def period_key(day: date, per: Period) -> str:
    """The name of the period containing ``day``: ``2026-11-23``, ``2026-W48`` or ``2026-11``.

    >>> period_key(date(2026, 11, 26), Period.WEEK)
    '2026-W48'
    >>> period_key(date(2027, 1, 1), Period.WEEK)  # ISO week of the previous year
    '2026-W53'
    """
    if per is Period.DAY:
        return day.isoformat()
    names = _WEEK_NAMES if per is Period.WEEK else _MONTH_NAMES
    name = names.get(day)
    if name is None:
        if len(names) >= _MAX_NAMES:
            names.clear()
        name = names[day] = _week_name(day) if per is Period.WEEK else _month_name(day)
    return name


_WEEK_NAMES: dict[date, str] = {}
_MONTH_NAMES: dict[date, str] = {}
_MAX_NAMES = 1 << 16
"""Week and month names by date, remembered (at most this many each): the planner's slot
checker, :meth:`FrequencyRule.check` and the planner itself all name the same days, and an
``isocalendar`` and a format cost more than a lookup."""


def _week_name(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _month_name(day: date) -> str:
    return f"{day.year}-{day.month:02d}"


def period_start(day: date, per: Period) -> date:
    """The first day of the period containing ``day``."""
    if per is Period.DAY:
        return day
    if per is Period.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def next_period(day: date, per: Period) -> date:
    """The first day of the period after the one starting on ``day``."""
    if per is Period.DAY:
        return day + timedelta(days=1)
    if per is Period.WEEK:
        return day + timedelta(days=7)
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


@frozen(kw_only=True)
class Frequency:
    """A range of posts per period: ``minimum`` to ``maximum`` (``None``: no cap).

    >>> Frequency(per="week", minimum=2, maximum=3)
    Frequency(per=<Period.WEEK: 'week'>, minimum=2, maximum=3)
    >>> str(Frequency(per="day", maximum=5))
    '0-5 per day'
    """

    per: Period = attrs.field(converter=_period)
    minimum: int = attrs.field(default=0, converter=to_int, validator=at_least(0))
    maximum: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_int), validator=optional(at_least(1))
    )

    def __attrs_post_init__(self) -> None:
        most = _MOST[self.per]
        for name, count in (("minimum", self.minimum), ("maximum", self.maximum)):
            if count is not None and count > most:
                raise ValidationError(
                    f"Frequency(per={self.per}).{name}",
                    tr("{show} posts per {per}", show=num.show(count), per=label(self.per)),
                    allowed=tr(
                        "expected at most {most:,} per {per} (one a minute: MAX_PER_DAY = {MAX_PER_DAY})",
                        most=most,
                        per=label(self.per),
                        MAX_PER_DAY=MAX_PER_DAY,
                    ),
                )
        if self.maximum is not None and self.minimum > self.maximum:
            raise ValidationError(
                f"Frequency(per={self.per}).minimum",
                tr(
                    "{minimum} is above maximum={maximum}",
                    minimum=self.minimum,
                    maximum=self.maximum,
                ),
                allowed=N_("expected minimum <= maximum"),
            )

    def __str__(self) -> str:
        high = tr("any") if self.maximum is None else self.maximum
        return tr("{low}-{high} per {period}", low=self.minimum, high=high, period=label(self.per))

    @checked
    def intersect(self, other: Frequency) -> Frequency:
        """The range both allow (raises if they do not overlap)."""
        highs = [m for m in (self.maximum, other.maximum) if m is not None]
        return Frequency(
            per=self.per, minimum=max(self.minimum, other.minimum), maximum=min(highs, default=None)
        )


@frozen(kw_only=True)
class QuietHours:
    """Daily local hours without posts, ``[start, end)``; wraps midnight when end <= start.

    >>> q = QuietHours(start=time(22), end=time(7))
    >>> q.contains(time(23)), q.contains(time(6, 59)), q.contains(time(7))
    (True, True, False)
    """

    start: time = attrs.field(validator=wall_clock)
    end: time = attrs.field(validator=wall_clock)

    def __attrs_post_init__(self) -> None:
        if self.start == self.end:
            raise ValidationError(
                "QuietHours.end",
                tr("{end} equals start", end=self.end),
                allowed=N_("expected a non-empty quiet period shorter than a day"),
            )

    @checked
    def contains(self, at: time) -> bool:
        """Whether ``at`` falls inside the quiet hours."""
        s, e, m = since_midnight(self.start), since_midnight(self.end), since_midnight(at)
        return s <= m < e if s < e else (m >= s or m < e)

    def __str__(self) -> str:
        return f"{clock(self.start)}-{clock(self.end)}"


def _unique_periods(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    pers = [f.per for f in value]
    if len(set(pers)) != len(pers):
        raise ValidationError(
            where(instance, attribute),
            tr("several ranges for one period ({names})", names=", ".join(map(str, pers))),
            allowed=N_("expected at most one Frequency per day, week and month"),
        )


def _short_gap(instance: object, attribute: attrs.Attribute[Any], value: timedelta) -> None:
    if value > MAX_GAP:
        raise ValidationError(
            where(instance, attribute),
            tr("{in_hours} between posts", in_hours=in_hours(value)),
            allowed=tr("expected a gap of at most {days} days (MAX_GAP)", days=MAX_GAP.days),
        )


def _frequencies(value: Iterable[Frequency]) -> tuple[Frequency, ...]:
    order = list(Period)
    return tuple(sorted(value, key=lambda f: order.index(f.per) if isinstance(f, Frequency) else 0))


@frozen(kw_only=True)
class Violation:
    """One broken rule: which (a stable id), the posts involved and by how much.

    ``rule`` is one of ``min_gap``, ``max_per_day``, ``max_per_week``,
    ``max_per_month``, ``min_per_day``, ``min_per_week``, ``min_per_month``,
    ``outside_windows`` or ``quiet_hours``. ``limit``, ``actual`` and ``by`` are
    post counts, or durations for ``min_gap``.

    >>> from zoneinfo import ZoneInfo
    >>> rule = FrequencyRule(frequencies=[Frequency(per="day", maximum=1)])
    >>> posts = [datetime(2026, 11, 23, h, tzinfo=ZoneInfo("Europe/Paris")) for h in (9, 17)]
    >>> (v,) = rule.check(posts, tz="Europe/Paris")
    >>> v.rule, v.period, v.by
    ('max_per_day', '2026-11-23', 1)
    """

    rule: str
    posts: tuple[datetime, ...]
    limit: int | timedelta | None
    actual: int | timedelta | None
    by: int | timedelta | None
    period: str | None = None

    def __attrs_post_init__(self) -> None:
        amounts = (self.limit, self.actual, self.by)
        if self.rule == "min_gap":
            wanted, posts = "durations (timedelta) and two posts", 2
            ok = all(isinstance(a, timedelta) for a in amounts)
        elif self.rule.startswith(("max_", "min_")):
            wanted, posts = "post counts (int)", 0
            ok = all(isinstance(a, int) for a in amounts)
        else:
            wanted, posts = "no amounts and one post", 1
            ok = all(a is None for a in amounts)
        if not ok or len(self.posts) < posts:
            raise ValidationError(
                "Violation",
                tr(
                    "a {rule!r} violation with limit, actual, by = {amounts!r} and {count} posts",
                    rule=self.rule,
                    amounts=amounts,
                    count=len(self.posts),
                ),
                allowed=tr("expected {wanted} for this rule", wanted=wanted),
            )

    @property
    def message(self) -> str:
        """What is wrong, in words."""
        if self.rule == "min_gap":
            return tr(
                "{actual} between {first} and {second}, {by} short of {limit}",
                actual=_span(self.actual),
                first=self.posts[0].isoformat(),
                second=self.posts[1].isoformat(),
                by=_span(self.by),
                limit=_span(self.limit),
            )
        counts = {"actual": self.actual, "period": self.period, "by": self.by, "limit": self.limit}
        if self.rule.startswith("max_"):
            return tr("{actual} posts in {period}, {by} over the maximum of {limit}", **counts)
        if self.rule.startswith("min_"):
            return tr("{actual} posts in {period}, {by} short of the minimum of {limit}", **counts)
        if self.rule == "outside_windows":
            return tr("post at {at} is outside the allowed windows", at=self.posts[0].isoformat())
        return tr("post at {at} is in quiet hours", at=self.posts[0].isoformat())

    def __str__(self) -> str:
        return f"{self.rule}: {self.message}"

    def _table_row(self) -> tuple[str, ...]:
        where = self.period or (self.posts[0].isoformat() if self.posts else "-")
        return (self.rule, where, *(_amount(v) for v in (self.limit, self.actual, self.by)))

    def _repr_html_(self) -> str:
        """The violation as a one-row HTML table under its message (notebooks)."""
        return html_table(_VIOLATION_HEADERS, [self._table_row()], caption=self.message)

    def __repr__(self) -> str:
        return short_repr("Violation", " ".join(self._table_row()[:2]) + f": {self.message}")


_VIOLATION_HEADERS = (H_("rule"), H_("period or post"), H_("limit"), H_("actual"), H_("by"))
_VIOLATION_COLUMNS = (
    ("rule", "string"),
    ("period", "string"),
    ("first_post", "datetime64[ns, UTC]"),
    ("limit", "string"),
    ("actual", "string"),
    ("by", "string"),
)


def _amount(value: int | timedelta | None) -> str:
    if value is None:
        return "-"
    return in_hours(value) if isinstance(value, timedelta) else str(value)


class Verdict(Choice):
    """Where a schedule sits: under, within or over the recommended range.

    >>> Verdict("over") is Verdict.OVER
    True
    """

    UNDER = "under"
    WITHIN = "within"
    OVER = "over"


@frozen(kw_only=True)
class FrequencyReport:
    """How a schedule compares with a rule between ``start`` and ``end`` (exclusive).

    ``verdict`` is ``over`` when any maximum or the minimum gap is broken ("too
    often"), else ``under`` when a complete period misses its minimum ("too
    little"), else ``within``. Window and quiet-hour violations are listed but do
    not change the verdict: they are about *when*, not *how often*.

    >>> from zoneinfo import ZoneInfo
    >>> posts = [datetime(2026, 11, d, 10, tzinfo=ZoneInfo("Europe/Paris")) for d in (23, 25, 27)]
    >>> report = FrequencyRule.for_platform("linkedin").report(
    ...     posts, tz="Europe/Paris", start=date(2026, 11, 23), end=date(2026, 11, 30))
    >>> report.verdict, report.per_week
    (<Verdict.WITHIN: 'within'>, Fraction(3, 1))
    """

    start: date
    end: date
    posts: int
    per_week: Fraction
    verdict: Verdict
    violations: tuple[Violation, ...]

    def __str__(self) -> str:
        return "\n".join([self._head(), *(f"  {v}" for v in self.violations)])

    def _head(self) -> str:
        return tr(
            "{verdict}: {posts} posts from {start} to {end} ({per_week} a week)",
            verdict=label(self.verdict),
            posts=self.posts,
            start=self.start,
            end=self.end,
            per_week=f"{float(self.per_week):.2g}",
        )

    def _repr_html_(self) -> str:
        """The verdict as the caption of the violations' rows (notebooks)."""
        return html_table(
            _VIOLATION_HEADERS, [v._table_row() for v in self.violations], caption=self._head()
        )

    def __repr__(self) -> str:
        return short_repr(
            "FrequencyReport",
            tr(
                "{verdict}: {posts} posts {start}..{end}, {violations} violations",
                verdict=label(self.verdict),
                posts=self.posts,
                start=self.start,
                end=self.end,
                violations=len(self.violations),
            ),
        )

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per violation (``first_post`` in UTC; amounts as text), pandas extra.

        Limits are post counts or, for ``min_gap``, durations, so the amount columns
        hold the text of :meth:`__str__` (``"3"``, ``"48 h"``).
        """
        return dataframe(
            "FrequencyReport.to_dataframe",
            _VIOLATION_COLUMNS,
            [
                (
                    v.rule,
                    v.period,
                    v.posts[0] if v.posts else None,
                    *(None if x is None else _amount(x) for x in (v.limit, v.actual, v.by)),
                )
                for v in self.violations
            ],
        )


_ANY = {per: Frequency(per=per) for per in Period}
"""The range of a period a rule sets none for (``0-any``): immutable, so shared."""


@frozen(kw_only=True)
class FrequencyRule:
    """How often and when posts may go out on one platform, in the audience's time zone.

    A rule is *contradictory* when a minimum can never be reached: a daily or
    weekly minimum above what the maxima of other periods allow, a minimum that
    ``min_gap`` cannot sustain period after period (:func:`sustained_rate`; a
    month must also hold it in 28 days, :func:`capacity`), or a daily minimum
    on a weekday with no allowed window.
    Contradictions raise :class:`~socialkit.ValidationError` at construction.
    A maximum that can never be reached (3 a day with a 48 h gap) is merely
    redundant and allowed.

    >>> rule = FrequencyRule.for_platform("linkedin")
    >>> str(rule)
    '2-3 per week; gap >= 48 h'
    >>> FrequencyRule(frequencies=[Frequency(per="week", minimum=5)], min_gap=timedelta(days=2))
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: FrequencyRule.min_gap: a minimum of 5 per week cannot be kept 48 h apart (that gap sustains at most 3.5 per week); expected a smaller minimum or a shorter gap
    """

    frequencies: tuple[Frequency, ...] = attrs.field(
        default=(), converter=_frequencies, validator=_unique_periods
    )
    min_gap: timedelta | None = attrs.field(
        default=None, validator=optional(attrs.validators.and_(positive_duration, _short_gap))
    )
    windows: tuple[PostingWindow, ...] = attrs.field(default=(), converter=to_tuple)
    quiet_hours: QuietHours | None = None

    def __attrs_post_init__(self) -> None:
        day, week, month = (self.range(p) for p in Period)
        pairs = (
            (week.minimum, day.maximum, 7, N_("per week"), N_("per day")),
            (
                month.minimum,
                day.maximum,
                _SHORTEST[Period.MONTH].days,
                N_("per month"),
                N_("per day"),
            ),
        )
        for need, cap, times, need_name, cap_name in pairs:
            if cap is not None and need > cap * times:
                raise ValidationError(
                    f"FrequencyRule.{need_name.replace(' ', '_')}",
                    tr(
                        "minimum {need} {need_name} is above {times} x the maximum {cap} {cap_name}",
                        need=need,
                        need_name=translate(need_name),
                        times=times,
                        cap=cap,
                        cap_name=translate(cap_name),
                    ),
                    allowed=N_("expected ranges that overlap"),
                )
        for need, cap, times, need_name, cap_name in (
            (day.minimum, week.maximum, 7, "per day", "per week"),
            (day.minimum, month.maximum, _DAYS_IN_LONGEST_MONTH, "per day", "per month"),
        ):
            if cap is not None and need * times > cap:
                raise ValidationError(
                    f"FrequencyRule.{need_name.replace(' ', '_')}",
                    tr(
                        "minimum {need} {need_name} makes {value} {cap_name}, above the maximum {cap}",
                        need=need,
                        need_name=translate(need_name),
                        value=need * times,
                        cap_name=translate(cap_name),
                        cap=cap,
                    ),
                    allowed=N_("expected ranges that overlap"),
                )
        self._check_weeks_in_months(week, month)
        self._check_gap(day, week, month)
        if day.minimum and self.windows:
            missing = sorted(set(range(7)) - {w.weekday for w in self.windows})
            if missing:
                raise ValidationError(
                    "FrequencyRule.windows",
                    tr(
                        "a daily minimum of {minimum} but no window on {names}",
                        minimum=day.minimum,
                        names=", ".join(map(weekday_name, missing)),
                    ),
                    allowed=N_("expected a window every day, or no daily minimum"),
                )

    def _check_weeks_in_months(self, week: Frequency, month: Frequency) -> None:
        """Weekly and monthly ranges must overlap in every month.

        A month starting on a Monday holds four complete ISO weeks, so four
        weekly minimums must fit under the monthly maximum; a February of 28
        days starting on a Monday (2027) is exactly four weeks, so the monthly
        minimum must fit in four weekly maximums.
        """
        weeks = _WEEKS_IN_SHORTEST_MONTH
        if month.maximum is not None and week.minimum * weeks > month.maximum:
            raise ValidationError(
                "FrequencyRule.per_week",
                tr(
                    "minimum {minimum} per week makes {value} in a month of {weeks} complete weeks, above the maximum {maximum} per month",
                    minimum=week.minimum,
                    value=week.minimum * weeks,
                    weeks=weeks,
                    maximum=month.maximum,
                ),
                allowed=N_("expected ranges that overlap"),
            )
        if week.maximum is not None and month.minimum > week.maximum * weeks:
            raise ValidationError(
                "FrequencyRule.per_month",
                tr(
                    "minimum {minimum} per month is above {weeks} x the maximum {maximum} per week (a 28-day February starting on a Monday)",
                    minimum=month.minimum,
                    weeks=weeks,
                    maximum=week.maximum,
                ),
                allowed=N_("expected ranges that overlap"),
            )

    def _check_gap(self, *ranges: Frequency) -> None:
        if self.min_gap is None:
            return
        for f in ranges:
            most = min(
                Fraction(capacity(self.min_gap, _SHORTEST[f.per])),
                sustained_rate(self.min_gap, average_length(f.per)),
            )
            if f.minimum > most:
                raise ValidationError(
                    "FrequencyRule.min_gap",
                    tr(
                        "a minimum of {minimum} per {per} cannot be kept {in_hours} apart (that gap sustains at most {show} per {per})",
                        minimum=f.minimum,
                        per=label(f.per),
                        in_hours=in_hours(self.min_gap),
                        show=num.show(most),
                    ),
                    allowed=N_("expected a smaller minimum or a shorter gap"),
                )

    @classmethod
    def for_platform(
        cls,
        platform: Platform | str,
        *,
        surface: str | None = None,
        profile: FrequencyProfile | str = FrequencyProfile.RECOMMENDED,
    ) -> FrequencyRule:
        """The default rule: one named rhythm of the platform's guidance, for one ``surface``.

        ``profile`` is ``"recommended"`` (the default: the guidance marked
        recommended), ``"minimal"`` (the least a team can keep up: the data's
        minimal guidance, else the recommended limits without their minimums)
        or another profile the platform's data names. Guidance from a weak
        source (``weak``: an aggregator with no study behind it) gives its
        maxima and gap, never a minimum: TikTok's "1-4 a day" is a cap of 4.
        ``surface`` defaults to ``"feed"`` when the platform has feed guidance,
        else to the first surface the guidance names (YouTube:
        ``"long-form"``). Several ranges for one period are intersected; the
        longest gap wins. A platform without guidance gets a rule without limits.

        >>> str(FrequencyRule.for_platform("instagram"))
        '0-1 per day; 2-3 per week'
        >>> str(FrequencyRule.for_platform("instagram", profile="minimal"))
        '0-1 per day; 2-2 per week'
        >>> str(FrequencyRule.for_platform("tiktok"))  # a weak source: a cap, not a target
        '0-4 per day'
        >>> str(FrequencyRule.for_platform("youtube", surface="shorts"))
        '0-5 per week'
        """
        p = platform_of(platform, "FrequencyRule.for_platform(platform)")
        name = _profile(profile, p)
        guidance = p.frequency_profile(name)
        caps_only = False
        if not guidance and name == FrequencyProfile.MINIMAL:
            guidance, caps_only = p.recommended_frequency(), True
        surfaces = list(dict.fromkeys(g.surface for g in guidance))
        if surface is None:
            surface = "feed" if "feed" in surfaces or not surfaces else surfaces[0]
        elif surfaces and surface not in surfaces:
            raise NotFoundError(
                f"FrequencyRule.for_platform({p.slug!r}).surface", surface, surfaces
            )
        ranges: dict[Period, Frequency] = {}
        gap: timedelta | None = None
        for g in guidance:
            if g.surface != surface:
                continue
            if g.per is not None:
                low = 0 if caps_only or g.weak else g.minimum or 0
                f = Frequency(per=g.per, minimum=low, maximum=g.maximum)
                ranges[g.per] = ranges[g.per].intersect(f) if g.per in ranges else f
            if g.min_gap is not None:
                gap = g.min_gap if gap is None else max(gap, g.min_gap)
        return cls(frequencies=tuple(ranges.values()), min_gap=gap)

    def range(self, per: Period | str) -> Frequency:
        """The range for one period (``0-any`` when the rule sets none)."""
        period = per if type(per) is Period else _period(per)
        for f in self.frequencies:
            if f.per is period:
                return f
        return _ANY[period]

    def with_frequency(
        self, per: Period | str, minimum: int = 0, maximum: int | None = None
    ) -> FrequencyRule:
        """A copy with the range for ``per`` replaced.

        >>> str(FrequencyRule.for_platform("linkedin").with_frequency("week", 1, 2))
        '1-2 per week; gap >= 48 h'
        """
        f = Frequency(per=per, minimum=minimum, maximum=maximum)
        others = (g for g in self.frequencies if g.per is not f.per)
        return attrs.evolve(self, frequencies=(*others, f))

    def max_per_week(self) -> Fraction | None:
        """The most posts a week the rule allows week after week (``None``: no cap).

        The one weekly capacity, which the planner caps a channel's target with
        and the strategy validator compares with the platform's guidance: the
        tightest of each maximum as a weekly rate (:func:`weekly_rate`: seven
        daily maxima, the weekly one, a monthly one over the average month) and
        the rate ``min_gap`` sustains (:func:`sustained_rate`). It is a
        *sustained* rate: a 48 h gap fits 4 posts in one week (:func:`capacity`)
        but only 3.5 a week on average, so 3.5.

        >>> FrequencyRule.for_platform("linkedin").max_per_week()
        Fraction(3, 1)
        >>> FrequencyRule(min_gap=timedelta(hours=48)).max_per_week()
        Fraction(7, 2)
        """
        caps = [
            trusted_weekly_rate(f.maximum, f.per) for f in self.frequencies if f.maximum is not None
        ]
        if self.min_gap is not None:
            caps.append(sustained_rate(self.min_gap, _WEEK))
        return min(caps, default=None)

    def with_gap(self, gap: timedelta | None) -> FrequencyRule:
        """A copy with another minimum gap (``None``: no gap)."""
        return attrs.evolve(self, min_gap=gap)

    @checked
    def allows_at(self, local: datetime) -> bool:
        """Whether a post at this *local* time is inside the windows and outside quiet hours."""
        at = local.time()
        if self.quiet_hours is not None and self.quiet_hours.contains(at):
            return False
        return not self.windows or any(w.contains(local.weekday(), at) for w in self.windows)

    @checked
    def check(
        self,
        times: Iterable[datetime],
        *,
        tz: tzinfo | str,
        start: date | None = None,
        end: date | None = None,
    ) -> tuple[Violation, ...]:
        """Every way the posts at ``times`` break the rule, in the audience's ``tz``.

        Maxima, the gap, windows and quiet hours are always checked. Minima are
        checked only for the complete periods between ``start`` and ``end``
        (local dates, ``end`` exclusive), since a partial week cannot fall short:
        give both, or neither to skip minima (one alone, or ``end`` not after
        ``start``, raises rather than skip them unsaid).

        >>> from zoneinfo import ZoneInfo
        >>> paris = ZoneInfo("Europe/Paris")
        >>> posts = [datetime(2026, 11, 23, 9, tzinfo=paris), datetime(2026, 11, 24, 15, tzinfo=paris)]
        >>> for v in FrequencyRule.for_platform("linkedin").check(posts, tz=paris):
        ...     print(v)
        min_gap: 30 h between 2026-11-23T09:00:00+01:00 and 2026-11-24T15:00:00+01:00, 18 h short of 48 h
        """
        return trusted_check(self, times, to_zone(tz), start, end)

    @staticmethod
    def _gaps(posts: list[datetime], instants: list[datetime], gap: timedelta) -> list[Violation]:
        """Consecutive posts closer than ``gap``, as instants (``elapsed``, from the UTC times)."""
        found = []
        for i in range(1, len(posts)):
            if (actual := instants[i] - instants[i - 1]) < gap:
                found.append(
                    Violation(
                        rule="min_gap",
                        posts=(posts[i - 1], posts[i]),
                        limit=gap,
                        actual=actual,
                        by=gap - actual,
                    )
                )
        return found

    def _misplaced(self, posts: list[datetime], local: list[datetime]) -> list[Violation]:
        """Posts in quiet hours, else outside every window, in order."""
        found = []
        for p, lt in zip(posts, local, strict=True):
            at = lt.time()
            if self.quiet_hours is not None and self.quiet_hours.contains(at):
                found.append(_misplaced("quiet_hours", p))
            elif self.windows and not any(w.contains(lt.weekday(), at) for w in self.windows):
                found.append(_misplaced("outside_windows", p))
        return found

    def _counts(
        self, posts: list[datetime], local: list[datetime], start: date | None, end: date | None
    ) -> list[Violation]:
        """Maxima then minima, per range in order: the posts grouped by period once per day.

        Each local date is looked up once, the first time a post falls on it:
        its period names (a year of daily posts has 365 dates, not thousands of
        ``isocalendar`` calls) and the lists of those periods' posts, so each
        post costs its date and one append per range. Without minima to check
        (no ``start`` and ``end``), maxima of at least the number of posts
        cannot be exceeded by any period: nothing is grouped (``assess`` checks
        one post against an empty history).
        """
        if (start is None or end is None) and all(
            f.maximum is None or f.maximum >= len(posts) for f in self.frequencies
        ):
            return []
        groups: list[dict[str, list[datetime]]] = [{} for _ in self.frequencies]
        day_lists: dict[date, list[list[datetime]]] = {}
        last: date | None = None
        lists: list[list[datetime]] = []
        for p, lt in zip(posts, local, strict=True):
            day = lt.date()
            if day != last:
                last = day
                found_lists = day_lists.get(day)
                if found_lists is None:
                    found_lists = day_lists[day] = [
                        group.setdefault(period_key(day, f.per), [])
                        for f, group in zip(self.frequencies, groups, strict=True)
                    ]
                lists = found_lists
            for ps in lists:
                ps.append(p)
        found: list[Violation] = []
        for f, group in zip(self.frequencies, groups, strict=True):
            found += _count(f, group, start, end)
        return found

    @checked
    def report(
        self, times: Iterable[datetime], *, tz: tzinfo | str, start: date, end: date
    ) -> FrequencyReport:
        """Whether the posts between ``start`` and ``end`` are under, within or over the range.

        >>> from zoneinfo import ZoneInfo
        >>> paris = ZoneInfo("Europe/Paris")
        >>> posts = [datetime(2026, 11, 24, 10, tzinfo=paris)]
        >>> print(FrequencyRule.for_platform("linkedin").report(
        ...     posts, tz=paris, start=date(2026, 11, 23), end=date(2026, 11, 30)))
        under: 1 posts from 2026-11-23 to 2026-11-30 (1 a week)
          min_per_week: 1 posts in 2026-W48, 1 short of the minimum of 2
        """
        zone = to_zone(tz)
        check_range(start, end)
        posts = [
            t
            for t in (ensure_aware(t, "FrequencyRule.report(times)") for t in _iterable(times))
            if start <= t.astimezone(zone).date() < end
        ]
        violations = self.check(posts, tz=zone, start=start, end=end)
        rules = {v.rule for v in violations}
        if any(r == "min_gap" or r.startswith("max_") for r in rules):
            verdict = Verdict.OVER
        elif any(r.startswith("min_per_") for r in rules):
            verdict = Verdict.UNDER
        else:
            verdict = Verdict.WITHIN
        days = (end - start).days
        return FrequencyReport(
            start=start,
            end=end,
            posts=len(posts),
            per_week=Fraction(len(posts) * 7, days),
            verdict=verdict,
            violations=violations,
        )

    def __str__(self) -> str:
        parts = [str(f) for f in self.frequencies]
        if self.min_gap is not None:
            parts.append(tr("gap >= {gap}", gap=in_hours(self.min_gap)))
        if self.windows:
            parts.append(tr("windows {windows}", windows=", ".join(map(str, self.windows))))
        if self.quiet_hours is not None:
            parts.append(tr("quiet {hours}", hours=self.quiet_hours))
        return semicolon_list(parts) or tr("no limits")


def trusted_check(
    rule: FrequencyRule,
    times: Iterable[datetime],
    zone: tzinfo,
    start: date | None,
    end: date | None,
) -> tuple[Violation, ...]:
    """:meth:`FrequencyRule.check` without its argument conversion, in the zone ``zone``.

    For socialkit's own callers whose arguments are already the values
    ``check`` would convert them to (the planner's aware posts, its zone and
    dates): the same answer, without re-checking each post's type. The range
    and the posts' awareness are still checked here.
    """
    if start is not None or end is not None:
        if start is None or end is None:
            raise ValidationError(
                "FrequencyRule.check(start, end)",
                N_("only start given") if end is None else N_("only end given"),
                allowed=N_("expected both start and end, to check minima, or neither"),
            )
        check_range(start, end)
        if (end - start).days > _MAX_CHECK_YEARS * 366 and any(f.minimum for f in rule.frequencies):
            raise ValidationError(
                "FrequencyRule.check(end)",
                tr(
                    "{days:,} days from {start} to {end}",
                    days=(end - start).days,
                    start=start,
                    end=end,
                ),
                allowed=tr(
                    "expected at most {years} years between start and end when the rule has minimums",
                    years=_MAX_CHECK_YEARS,
                ),
            )
    posts, instants = _by_instant(times)
    found: list[Violation] = []
    if rule.min_gap is not None:
        found += rule._gaps(posts, instants, rule.min_gap)
    local = [p.astimezone(zone) for p in posts]
    if rule.quiet_hours is not None or rule.windows:
        found += rule._misplaced(posts, local)
    if rule.frequencies:
        found += rule._counts(posts, local, start, end)
    return tuple(found)


def _by_instant(times: object) -> tuple[list[datetime], list[datetime]]:
    """The checked posts in instant order (a stable sort, ties kept in input order), and their
    UTC times, converted once for the sort and the gaps alike."""
    where = "FrequencyRule.check(times)"
    pairs = sorted(((utc_of(t, where), t) for t in _iterable(times)), key=itemgetter(0))
    return [p for _, p in pairs], [u for u, _ in pairs]


def _count(
    f: Frequency, groups: dict[str, list[datetime]], start: date | None, end: date | None
) -> list[Violation]:
    """One range's violations: periods over its maximum (by name), then complete periods
    of ``[start, end)`` under its minimum (in order)."""
    found = []
    if f.maximum is not None:
        for key in sorted(k for k, ps in groups.items() if len(ps) > f.maximum):
            ps = groups[key]
            found.append(
                Violation(
                    rule=f"max_per_{f.per}",
                    posts=tuple(ps),
                    limit=f.maximum,
                    actual=len(ps),
                    by=len(ps) - f.maximum,
                    period=key,
                )
            )
    if f.minimum and start is not None and end is not None:
        for key in _complete_periods(start, end, f.per):
            ps = groups.get(key, [])
            if len(ps) < f.minimum:
                found.append(
                    Violation(
                        rule=f"min_per_{f.per}",
                        posts=tuple(ps),
                        limit=f.minimum,
                        actual=len(ps),
                        by=f.minimum - len(ps),
                        period=key,
                    )
                )
    return found


def _span(value: int | timedelta | None) -> str:
    assert isinstance(value, timedelta)  # a min_gap violation measures durations
    return in_hours(value)


def _misplaced(rule: str, post: datetime) -> Violation:
    return Violation(rule=rule, posts=(post,), limit=None, actual=None, by=None)


def _iterable(times: object) -> Iterable[datetime]:
    if isinstance(times, str | bytes) or not isinstance(times, Iterable):
        raise SocialkitTypeError("times", times, expected=N_("an iterable of aware datetimes"))
    return times


LAST_DAY = date(9998, 12, 31)
"""Latest ``end`` a range may have: periods after it would run past ``date.max``."""


def check_range(start: date, end: date) -> None:
    """Raise unless ``start < end`` are dates (local days, ``end`` exclusive) up to :data:`LAST_DAY`."""
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, date) or isinstance(value, datetime):
            raise SocialkitTypeError(
                name, value, expected=N_("a datetime.date (a local calendar day)")
            )
        if value > LAST_DAY:
            raise ValidationError(
                name,
                tr("{value} is too late", value=value),
                allowed=tr("expected a date up to {LAST_DAY}", LAST_DAY=LAST_DAY),
            )
    if end <= start:
        raise ValidationError(
            "end",
            tr("{end} is not after start={start}", end=end, start=start),
            allowed=N_("expected start < end (exclusive)"),
        )


def complete_periods(start: date, end: date, per: Period) -> list[str]:
    """Names of the periods lying entirely within ``[start, end)``.

    >>> complete_periods(date(2026, 11, 25), date(2026, 12, 14), Period.WEEK)
    ['2026-W49', '2026-W50']
    """
    return list(_complete_periods(start, end, per))


@functools.lru_cache(maxsize=256)
def _complete_periods(start: date, end: date, per: Period) -> tuple[str, ...]:
    """:func:`complete_periods`, remembered: every channel of a plan checks the same range."""
    keys = []
    first = period_start(start, per)
    if first < start:
        first = next_period(first, per)
    while (after := next_period(first, per)) <= end:
        keys.append(period_key(first, per))
        first = after
    return tuple(keys)


def _profile(value: object, platform: Platform) -> str:
    """A profile name: a built-in one, or one the platform's data names."""
    if isinstance(value, FrequencyProfile):
        return str(value)
    if not isinstance(value, str):
        raise SocialkitTypeError(
            "FrequencyRule.for_platform(profile)",
            value,
            expected=N_("a FrequencyProfile or its name"),
        )
    known = list(dict.fromkeys([*map(str, FrequencyProfile), *platform.frequency_profiles()]))
    if value not in known:
        raise NotFoundError(f"FrequencyRule.for_platform({platform.slug!r}).profile", value, known)
    return value


def usual_hours(platform: Platform | str) -> tuple[time, time]:
    """The local hours posts usually go out on ``platform``, ``[start, end)``
    (``end=00:00``: the end of the day, as in a :class:`PostingWindow`).

    From the earliest start to the latest end of the platform's benchmark
    windows (``best_times``), else :data:`DEFAULT_DAY` (08:00-20:00, a
    heuristic). :meth:`socialkit.ContentCalendar.next_free_slot` proposes
    times inside them, never at midnight.

    >>> [str(t) for t in usual_hours("instagram")]
    ['09:00:00', '13:00:00']
    >>> [str(t) for t in usual_hours("mastodon")]
    ['08:00:00', '20:00:00']
    """
    windows = platform_of(platform, "usual_hours(platform)").best_times
    if not windows:
        return DEFAULT_DAY
    start = min(w.minutes[0] for w in windows)
    end = max(w.minutes[1] for w in windows) % (24 * 60)  # 00:00: the end of the day
    return time(start // 60, start % 60), time(end // 60, end % 60)
