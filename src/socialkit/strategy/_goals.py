"""S.M.A.R.T. objectives and whether one is on track.

A strategy is driven by goals that are Specific, Measurable, Achievable,
Relevant and Time-bound, aligned with business goals, at least three of them,
measured with meaningful metrics rather than vanity ones (source document [002]).
A :class:`SmartGoal` holds each letter as data, :meth:`SmartGoal.findings` says
which letters are weak, and :meth:`SmartGoal.progress` compares a measurement
with the path from the baseline to the target.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from difflib import get_close_matches
from fractions import Fraction
from typing import Any

import attrs

from socialkit._core import numbers as num
from socialkit._core.documents import AGENCY_GLOSSARY, FUNNEL_TABLE, HEURISTIC
from socialkit._core.fields import checked, frozen
from socialkit._core.findings import Finding, Severity
from socialkit._core.i18n import H_, N_, label, tr
from socialkit._core.rates import to_rate
from socialkit._core.sources import Source
from socialkit._core.table import html_table, short_repr
from socialkit._core.time import DAYS_PER_MONTH
from socialkit._core.validate import (
    Choice,
    non_empty_str,
    to_enum,
    to_real,
)
from socialkit._core.validate import where as field_path
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError
from socialkit.funnel._stages import FunnelStage, Kpi, optional_stage

__all__ = [
    "DEFAULT_PLAUSIBLE_MONTHLY_GROWTH",
    "METRIC_ALIASES",
    "Interpolation",
    "Progress",
    "ProgressVerdict",
    "SmartGoal",
]


DEFAULT_PLAUSIBLE_MONTHLY_GROWTH = Fraction(1, 10)
"""Compound monthly growth above which a target looks out of reach: 10 % a month.

This is **socialkit's heuristic**, not a figure from the source documents or a
study: it only decides when :meth:`SmartGoal.findings` *warns*. Override it per
goal with ``SmartGoal(plausible_monthly_growth=...)``.
"""

METRIC_ALIASES: dict[str, Kpi] = {
    "retweets": Kpi.REPOSTS,
    "shares": Kpi.REPOSTS,
    "reactions": Kpi.LIKES,
    "fans": Kpi.FOLLOWERS,
    "subscribers": Kpi.FOLLOWERS,
}
"""Everyday names of metrics that are :class:`~socialkit.Kpi` values under another name."""

_MAX_EXPONENT = 700.0  # math.exp overflows a float a little above 709


class Interpolation(Choice):
    """How the expected value moves from the baseline to the target.

    ``linear``: the same amount every day (sign-ups, leads). ``compound``: the
    same *rate* every day (audiences that grow by word of mouth); needs a
    positive baseline and target.
    """

    LINEAR = "linear"
    COMPOUND = "compound"


class ProgressVerdict(Choice):
    """Where a measurement stands on a goal's path, from worst to best."""

    BEHIND = "behind"
    ON_TRACK = "on track"
    AHEAD = "ahead"
    REACHED = "reached"


@frozen(kw_only=True)
class Progress:
    """A measurement compared with where the goal's path says it should be.

    ``elapsed`` is the share of the goal's time gone (0 to 1); ``expected`` the
    value the path gives on that day; ``gap`` how far ``actual`` is from it, as
    a share of the whole planned change (positive: ahead). ``elapsed`` is a
    :class:`~socialkit.measure.Rate` (formats with ``:%``, exact in ``.exact``).

    >>> goal = SmartGoal(subject="leads", metric="leads", baseline=80, target=130,
    ...                  start=date(2027, 1, 1), deadline=date(2027, 6, 30))
    >>> goal.progress(90, on=date(2027, 3, 31))
    <Progress 2027-03-31: behind, 90 against 104.72 expected (49% of the time gone, gap -29%)>
    """

    on: date
    actual: float
    expected: float
    elapsed: float = attrs.field(converter=to_rate)
    gap: float
    verdict: ProgressVerdict

    @property
    def on_track(self) -> bool:
        """True unless the verdict is :attr:`ProgressVerdict.BEHIND`."""
        return self.verdict is not ProgressVerdict.BEHIND

    def rows(self) -> list[tuple[str, ...]]:
        """The progress as one row: day, verdict, actual, expected, time gone, gap."""
        return [
            (
                str(self.on),
                label(self.verdict),
                num.show(self.actual),
                num.show(self.expected),
                f"{self.elapsed:.0%}",
                f"{self.gap:+.0%}",
            )
        ]

    def __str__(self) -> str:
        on, verdict, actual, expected, elapsed, gap = self.rows()[0]
        return tr(
            "{on}: {verdict}, {actual} against {expected} expected "
            "({elapsed} of the time gone, gap {gap})",
            on=on,
            verdict=verdict,
            actual=actual,
            expected=expected,
            elapsed=elapsed,
            gap=gap,
        )

    def __repr__(self) -> str:
        return short_repr("Progress", str(self))

    def _repr_html_(self) -> str:
        """The row of :meth:`__str__` as an HTML table (notebooks)."""
        headers = (
            H_("on"),
            H_("verdict"),
            H_("actual"),
            H_("expected"),
            H_("time gone"),
            H_("gap"),
        )
        return html_table(headers, self.rows(), caption=str(self))


def _metric(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    non_empty_str(instance, attribute, value)


def _figure(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a finite number that a float can hold (progress is computed in floats)."""
    _floatable(value, field_path(instance, attribute))


def _floatable(value: object, where: str) -> num.Number:
    """``value`` if it is a number a float can hold (not Decimal, which refuses to mix)."""
    return num.real(value, where, minimum=-num.FLOAT_MAX, maximum=num.FLOAT_MAX, decimal=False)


def _day(value: object, where: str) -> date:
    """``value`` if it is a calendar date; a datetime (a date subclass) is refused."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise SocialkitTypeError(where, value, expected=N_("a datetime.date (not a datetime)"))
    return value


def plain_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _day(value, field_path(instance, attribute))


def _growth(value: object) -> Fraction | None:
    if value is None:
        return None
    rate = num.exact(value, "SmartGoal.plausible_monthly_growth", maximum=num.FLOAT_MAX)
    if rate <= 0:
        raise ValidationError(
            "SmartGoal.plausible_monthly_growth",
            tr("got {value}", value=value),
            allowed=N_("expected a rate > 0"),
        )
    return rate


@frozen(kw_only=True)
class SmartGoal:
    """One S.M.A.R.T. objective ([002]).

    - **Specific**: ``subject``, what the goal is about.
    - **Measurable**: ``metric``, ``baseline`` and ``target``.
    - **Achievable**: the growth the target implies, compared with
      ``plausible_monthly_growth`` (a warning, never a refusal).
    - **Relevant**: ``business_objective`` it serves and the funnel ``stage`` it moves.
    - **Time-bound**: from ``start`` to ``deadline``.

    >>> from datetime import date
    >>> goal = SmartGoal(subject="Newsletter sign-ups from Instagram", metric="leads",
    ...                  baseline=100, target=250, start=date(2026, 1, 1),
    ...                  deadline=date(2026, 7, 1), business_objective="Grow repeat sales",
    ...                  stage="mofu")
    >>> f"{goal.implied_monthly_growth():.1%}"
    '16.7%'
    >>> [f.rule for f in goal.findings()]
    ['goal.implausible_growth']
    >>> goal.progress(170, on=date(2026, 4, 1)).verdict
    <ProgressVerdict.ON_TRACK: 'on track'>
    """

    subject: str = attrs.field(validator=non_empty_str)
    metric: str = attrs.field(validator=_metric)
    baseline: float | Fraction = attrs.field(converter=to_real, validator=_figure)
    target: float | Fraction = attrs.field(converter=to_real, validator=_figure)
    start: date = attrs.field(validator=plain_date)
    deadline: date = attrs.field(validator=plain_date)
    business_objective: str = ""
    stage: FunnelStage | None = attrs.field(default=None, converter=optional_stage)
    plausible_monthly_growth: Fraction | None = attrs.field(default=None, converter=_growth)

    def __attrs_post_init__(self) -> None:
        if self.deadline <= self.start:
            raise ValidationError(
                "SmartGoal.deadline",
                tr(
                    "{deadline} is not after start={start}",
                    deadline=self.deadline,
                    start=self.start,
                ),
                allowed=N_("expected a deadline after the start date"),
            )
        if float(self.target) == float(self.baseline):  # progress divides by the change
            raise ValidationError(
                "SmartGoal.target",
                tr("equals the baseline ({show})", show=num.show(self.baseline)),
                allowed=N_("expected a target different from the baseline"),
            )

    @property
    def kpi(self) -> Kpi | None:
        """The :class:`~socialkit.Kpi` that ``metric`` names, or ``None`` for a custom metric."""
        name = self.metric.strip().lower()
        if name in METRIC_ALIASES:
            return METRIC_ALIASES[name]
        try:
            return to_enum(Kpi, name, "SmartGoal.metric")
        except NotFoundError:
            return None

    @property
    def vanity(self) -> bool:
        """Whether ``metric`` is a vanity metric (likes, retweets, followers...)."""
        kpi = self.kpi
        return kpi is not None and kpi.is_vanity

    @property
    def months(self) -> Fraction:
        """The goal's duration in average months (``DAYS_PER_MONTH``, 30.436875 days).

        A rate conversion (the monthly growth that compounds to the target), so
        the one average month rather than calendar months.
        """
        return Fraction((self.deadline - self.start).days) / DAYS_PER_MONTH

    def implied_monthly_growth(self) -> float | None:
        """The compound monthly rate that takes ``baseline`` to ``target`` by the deadline.

        ``None`` when it has no meaning (a baseline or target of zero or below);
        ``math.inf`` when it is too large for a float.
        """
        if self.baseline <= 0 or self.target <= 0:
            return None
        exponent = (_log(self.target) - _log(self.baseline)) / float(self.months)
        return math.inf if exponent > _MAX_EXPONENT else math.expm1(exponent)

    def findings(self, where: str = "goal") -> tuple[Finding, ...]:
        """What keeps this goal from being S.M.A.R.T.; ``where`` prefixes field paths."""
        if not isinstance(where, str):
            raise SocialkitTypeError(
                "SmartGoal.findings(where)", where, expected=N_("a field path")
            )
        found: list[Finding] = []
        if not self.business_objective.strip():
            found.append(
                _finding(
                    "goal.no_business_objective",
                    Severity.ERROR,
                    tr("the goal is not tied to a business objective (the R of SMART)"),
                    tr("name the business objective it serves, e.g. 'grow repeat sales'"),
                    f"{where}.business_objective",
                )
            )
        if self.stage is None:
            found.append(
                _finding(
                    "goal.no_stage",
                    Severity.WARNING,
                    tr("the goal names no funnel stage, so no content is planned to move it"),
                    tr("set stage to tofu, mofu, bofu or retention"),
                    f"{where}.stage",
                )
            )
        if self.vanity:
            found.append(
                _finding(
                    "goal.vanity_metric",
                    Severity.WARNING,
                    tr(
                        "{metric} is a vanity metric: easy to track, hard to tie to value",
                        metric=repr(self.metric),
                    ),
                    tr(
                        "measure leads, web referrals or conversion rate instead, "
                        "or keep it beside a meaningful goal"
                    ),
                    f"{where}.metric",
                )
            )
        found.extend(self._unknown_metric(where))
        found.extend(self._stage_fit(where))
        found.extend(self._achievability(where))
        return tuple(found)

    def _unknown_metric(self, where: str) -> list[Finding]:
        """A metric that is no :class:`~socialkit.Kpi`: a likely typo, or a custom metric."""
        if self.kpi is not None:
            return []
        known = [*(str(k) for k in Kpi), *METRIC_ALIASES]
        close = get_close_matches(self.metric.strip().lower(), known, n=3, cutoff=0.75)
        if close:
            return [
                _finding(
                    "goal.unknown_metric",
                    Severity.WARNING,
                    tr(
                        "{metric} is not a known metric; did you mean {close}?",
                        metric=repr(self.metric),
                        close=tr(" or ").join(map(repr, close)),
                    ),
                    tr("fix the spelling (known: {known})", known=", ".join(known)),
                    f"{where}.metric",
                )
            ]
        return [
            _finding(
                "goal.unknown_metric",
                Severity.TIP,
                tr(
                    "{metric} is a custom metric: socialkit cannot tell whether it is a "
                    "vanity metric or which funnel stage it measures",
                    metric=repr(self.metric),
                ),
                tr("use a known metric if one fits ({known}), or keep it", known=", ".join(known)),
                f"{where}.metric",
            )
        ]

    def _stage_fit(self, where: str) -> list[Finding]:
        kpi, stage = self.kpi, self.stage
        if kpi is None or stage is None or kpi in stage.kpis:
            return []
        usual = [label(s) for s in FunnelStage if kpi in s.kpis]
        if not usual:
            return []
        return [
            _finding(
                "goal.stage_metric",
                Severity.TIP,
                tr(
                    "{kpi} usually measures the {usual} stage, not {stage}",
                    kpi=repr(str(kpi)),
                    usual=tr(" or ").join(usual),
                    stage=label(stage),
                ),
                tr(
                    "check the stage, or measure {stage} with {kpis}",
                    stage=label(stage),
                    kpis=", ".join(label(k) for k in stage.kpis if not k.is_vanity),
                ),
                f"{where}.stage",
                source=FUNNEL_TABLE,
            )
        ]

    def _achievability(self, where: str) -> list[Finding]:
        rate = self.implied_monthly_growth()
        if rate is None:
            return [
                _finding(
                    "goal.growth_unknown",
                    Severity.TIP,
                    tr("growth cannot be judged from a baseline or target of zero or below"),
                    tr("measure a baseline first, then set the target"),
                    f"{where}.baseline",
                    source=HEURISTIC,
                )
            ]
        plausible = self.plausible_monthly_growth or DEFAULT_PLAUSIBLE_MONTHLY_GROWTH
        if rate <= float(plausible):
            return []
        return [
            _finding(
                "goal.implausible_growth",
                Severity.WARNING,
                tr(
                    "reaching {target} from {baseline} by {deadline} needs {rate} growth a "
                    "month, above the plausible {plausible}",
                    target=self.target,
                    baseline=self.baseline,
                    deadline=self.deadline,
                    rate=_percent(rate),
                    plausible=f"{float(plausible):.0%}",
                ),
                tr(
                    "lower the target, move the deadline, or set plausible_monthly_growth "
                    "if your own data supports it"
                ),
                f"{where}.target",
                source=HEURISTIC,
            )
        ]

    def expected(self, on: date, *, interpolation: Interpolation = Interpolation.LINEAR) -> float:
        """The value the path from baseline to target gives on ``on``.

        Before ``start`` the path is at the baseline, after ``deadline`` at the target.
        """
        t = self._elapsed(_day(on, "SmartGoal.expected(on)"))
        base, target = float(self.baseline), float(self.target)
        if to_enum(Interpolation, interpolation) is Interpolation.LINEAR:
            return base + (target - base) * float(t)
        if base <= 0 or target <= 0:
            raise ValidationError(
                "SmartGoal.progress(interpolation)",
                N_("compound interpolation needs a positive baseline and target"),
                allowed=N_("use interpolation='linear'"),
            )
        return float(base * (target / base) ** float(t))

    @checked
    def progress(
        self,
        current: float | Fraction,
        *,
        on: date,
        interpolation: Interpolation = Interpolation.LINEAR,
        tolerance: Fraction = Fraction(1, 20),
    ) -> Progress:
        """Whether ``current``, measured on ``on``, is on track to the target.

        The verdict is ``reached`` once the target is met; otherwise ``ahead`` or
        ``behind`` when ``current`` is further than ``tolerance`` (a share of the
        whole planned change, 5 % by default) from the expected value, else
        ``on track``. Works for goals that go down (e.g. response time) too.

        >>> from datetime import date
        >>> goal = SmartGoal(subject="Web referrals from LinkedIn", metric="web referrals",
        ...                  baseline=200, target=400, start=date(2026, 1, 1),
        ...                  deadline=date(2026, 12, 31), business_objective="Leads")
        >>> p = goal.progress(250, on=date(2026, 7, 1))
        >>> round(p.expected), p.verdict
        (299, <ProgressVerdict.BEHIND: 'behind'>)
        """
        where = "SmartGoal.progress(current)"
        actual = float(_floatable(current, where))
        on = _day(on, "SmartGoal.progress(on)")
        tolerance = num.real(tolerance, "SmartGoal.progress(tolerance)", minimum=0, decimal=False)  # type: ignore[assignment]
        expected = self.expected(on, interpolation=interpolation)
        direction = 1.0 if self.target > self.baseline else -1.0
        span = abs(float(self.target) - float(self.baseline))
        gap = (actual - expected) * direction / span
        if (actual - float(self.target)) * direction >= 0:
            verdict = ProgressVerdict.REACHED
        elif gap > float(tolerance):
            verdict = ProgressVerdict.AHEAD
        elif gap >= -float(tolerance):
            verdict = ProgressVerdict.ON_TRACK
        else:
            verdict = ProgressVerdict.BEHIND
        return Progress(
            on=on,
            actual=actual,
            expected=expected,
            elapsed=self._elapsed(on),
            gap=gap,
            verdict=verdict,
        )

    def _elapsed(self, on: date) -> Fraction:
        total = (self.deadline - self.start).days
        done = min(max((on - self.start).days, 0), total)
        return Fraction(done, total)


def _log(value: float | Fraction) -> float:
    """The natural log of a positive number, exact-input safe (no float underflow to 0)."""
    q = Fraction(value)
    return math.log(q.numerator) - math.log(q.denominator)


def _percent(rate: float) -> str:
    return tr("unbounded") if math.isinf(rate) else f"{rate:.1%}"


def _finding(
    rule: str,
    severity: Severity,
    message: str,
    fix: str,
    where: str,
    *,
    source: Source = AGENCY_GLOSSARY,
) -> Finding:
    return Finding(
        rule=rule, severity=severity, message=message, fix=fix, where=where, source=source
    )
