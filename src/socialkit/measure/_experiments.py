"""Experiments: compare two variants of a post on a proportion ("test, evaluate, adjust").

[002] step 8 asks to "test different messages, campaigns and strategies against each
other". Two posts, two times or two formats are compared on a proportion such as
clicks per impression: a two-proportion z-test, a confidence interval for the
difference, and a verdict in plain words.

Formulas (normal approximation, two-sided; ``statistics.NormalDist``, no SciPy):

- test statistic: ``z = (p_b - p_a) / sqrt(p (1 - p) (1/n_a + 1/n_b))`` with the
  pooled rate ``p = (x_a + x_b) / (n_a + n_b)``; p-value ``2 (1 - Phi(|z|))``.
- interval for ``p_b - p_a``: ``d ± z_(1-alpha/2) sqrt(p_a q_a / n_a + p_b q_b / n_b)``
  (Wald, unpooled).
- sample size per variant to detect an absolute change ``d`` from baseline ``p``:
  ``n = (z_(1-alpha/2) sqrt(2 p q) + z_power sqrt(p q + p' q')) ** 2 / d ** 2`` with
  ``p' = p + d`` (the formula of Evan Miller's sample-size calculator), rounded up.

  The interval is clamped to [-1, 1], the range a difference of rates can take.

A variant is declared better only when the test is significant *and* the interval
excludes zero, so the verdict never contradicts the interval it prints; when the
two disagree (p below alpha, interval across zero) the verdict says so. The
approximation wants at least a handful of successes and failures per variant:
with fewer than 5 (``SMALL_CELL``) in any cell, the result is flagged
``small_sample`` and the verdict says to read it as a hint.
"""

from __future__ import annotations

import math
from fractions import Fraction
from statistics import NormalDist, StatisticsError
from typing import TYPE_CHECKING

import attrs

from socialkit._core import numbers as num
from socialkit._core.fields import frozen
from socialkit._core.i18n import H_, N_, tr, translate
from socialkit._core.rates import Rate
from socialkit._core.table import dataframe, html_block, html_note, html_table, short_repr
from socialkit._core.validate import at_least, non_empty_str, to_int
from socialkit.errors import SocialkitTypeError, ValidationError

if TYPE_CHECKING:
    import pandas

__all__ = [
    "Comparison",
    "Variant",
    "compare_variants",
    "minimum_detectable_effect",
    "sample_size",
]

_NORMAL = NormalDist()

SMALL_CELL = 5
"""The usual rule of thumb for the normal approximation: at least 5 successes and 5
failures per variant; below it a result is flagged as a small sample (a heuristic)."""


def _successes_within_trials(
    instance: Variant, attribute: attrs.Attribute[int], value: int
) -> None:
    if value > instance.trials:
        raise ValidationError(
            f"Variant({instance.name!r}).successes",
            tr("{value} successes out of {trials} trials", value=value, trials=instance.trials),
            allowed=N_("expected successes <= trials (clicks can't exceed impressions)"),
            value=value,
        )


@frozen(kw_only=True)
class Variant:
    """One arm of a test: ``successes`` (clicks, conversions) out of ``trials`` (impressions).

    >>> rate = Variant(name="A", successes=30, trials=1_000).rate
    >>> rate, f"{rate:.1%}", rate.exact
    (Rate(3, 100), '3.0%', Fraction(3, 100))
    """

    name: str = attrs.field(validator=non_empty_str)
    trials: int = attrs.field(converter=to_int, validator=at_least(1))
    successes: int = attrs.field(
        converter=to_int, validator=[at_least(0), _successes_within_trials]
    )

    @property
    def rate(self) -> Rate:
        """The observed proportion ``successes / trials``: a ``float`` to format, exact in ``.exact``."""
        return Rate(self.successes, self.trials)


def _probability(name: str, value: object, *, closed: bool = False) -> float:
    value = num.real(value, name, decimal=False)
    inside = 0 <= value <= 1 if closed else 0 < value < 1  # exact: 10**5000 is not a float
    if not inside:
        raise ValidationError(
            name,
            tr("got {value!r}", value=value)
            if isinstance(value, float)
            else tr("got {show}", show=num.show(value)),
            allowed=N_("expected a number from 0 to 1")
            if closed
            else N_("expected a number strictly between 0 and 1"),
            value=value,
        )
    return float(value)


def _power(value: object) -> float:
    power = _probability("power", value)
    if power < 0.5:
        raise ValidationError(
            "power",
            tr("got {value}", value=value),
            allowed=N_(
                "expected 0.5 <= power < 1 (below 0.5 a test misses more often than it finds)"
            ),
        )
    return power


def _quantile(name: str, value: object, level: float) -> float:
    """The normal quantile of ``level``; a level that rounds to 1 can't be reached."""
    try:
        return _NORMAL.inv_cdf(level)
    except StatisticsError:
        raise ValidationError(
            name,
            tr(
                "got {value}: too close to its limit for a floating-point normal quantile",
                value=value,
            ),
            allowed=N_("expected a value whose normal quantile is finite (e.g. alpha >= 1e-15)"),
            value=value,
        ) from None


def _required(baseline: float, effect: float, alpha: float, power: float) -> float:
    """Evan Miller's per-variant sample size, before rounding."""
    z_alpha = _quantile("alpha", alpha, 1 - alpha / 2)
    z_power = _quantile("power", power, power)
    treated = baseline + effect
    null_sd = math.sqrt(2 * baseline * (1 - baseline))
    alt_sd = math.sqrt(baseline * (1 - baseline) + treated * (1 - treated))
    return (z_alpha * null_sd + z_power * alt_sd) ** 2 / effect**2


def sample_size(
    baseline: float | Fraction, effect: float | Fraction, *, alpha: float = 0.05, power: float = 0.8
) -> int:
    """Trials needed per variant to detect an absolute change ``effect`` from ``baseline``.

    ``effect`` is in rate units (0.05 = five percentage points) and may be negative
    (a drop, sized with ``p' = baseline + effect``: the null spread uses the
    baseline only, so a drop and a rise of the same size need different samples);
    ``baseline + effect`` must stay within [0, 1]. Evan Miller's
    calculator shows 1,030 for a 20 % baseline and a 5-point effect at alpha 0.05
    and power 0.8; socialkit rounds up:

    >>> sample_size(0.20, 0.05)
    1031
    >>> sample_size(0.90, -0.10)
    157
    """
    p = _probability("baseline", baseline, closed=True)
    a = _probability("alpha", alpha)
    pw = _power(power)
    effect = num.real(effect, "effect", decimal=False)  # type: ignore[assignment]
    try:
        d = float(effect)
    except OverflowError:  # an int or Fraction beyond float: far outside [0, 1]
        d = math.inf
    if not math.isfinite(d) or d == 0 or not 0 <= p + d <= 1:
        raise ValidationError(
            "effect",
            tr("got {effect} from a baseline of {baseline}", effect=effect, baseline=baseline),
            allowed=N_("expected a non-zero change keeping baseline + effect within [0, 1]"),
            value=effect,
        )
    try:
        return max(1, math.ceil(_required(p, d, a, pw) - 1e-9))
    except (ZeroDivisionError, OverflowError):
        raise ValidationError(
            "effect",
            tr("got {effect}: too small, the sample size is beyond floating point", effect=effect),
            allowed=N_("expected an effect whose square is a positive float (|effect| > 1e-150)"),
            value=effect,
        ) from None


def minimum_detectable_effect(
    baseline: float | Fraction, trials: int, *, alpha: float = 0.05, power: float = 0.8
) -> float:
    """The smallest absolute rise from ``baseline`` that ``trials`` per variant can detect.

    The inverse of :func:`sample_size` (solved by bisection).

    >>> round(minimum_detectable_effect(0.20, 1_031), 4)
    0.05
    """
    p = _probability("baseline", baseline, closed=True)
    if p == 1:
        raise ValidationError(
            "baseline", N_("got 1"), allowed=N_("expected a baseline below 1: it can't rise")
        )
    a = _probability("alpha", alpha)
    pw = _power(power)
    trials = num.integer(trials, "trials", minimum=1)
    low, high = 0.0, 1 - p
    if _required(p, high, a, pw) > trials:
        raise ValidationError(
            "trials",
            tr("{trials} per variant can't detect even a rise to 100 %", trials=trials),
            allowed=tr(
                "expected at least {minimum} per variant",
                minimum=math.ceil(_required(p, high, a, pw)),
            ),
        )
    for _ in range(100):
        mid = (low + high) / 2
        if _required(p, mid, a, pw) > trials:
            low = mid
        else:
            high = mid
    return high


@frozen(kw_only=True)
class Comparison:
    """The result of :func:`compare_variants` (B against A).

    ``difference`` is ``rate_b - rate_a``; ``low`` and ``high`` bound it at
    ``confidence`` (Wald, clamped to [-1, 1]); ``more_per_variant`` is how many more
    trials each variant needs to detect the effect looked for (``None`` when the
    result is conclusive or no effect was given nor observed); ``small_sample`` is
    true when a variant has fewer than 5 (``SMALL_CELL``) successes or failures.
    """

    a: Variant
    b: Variant
    difference: float
    low: float
    high: float
    z: float
    p_value: float
    confidence: float
    significant: bool
    more_per_variant: int | None
    unit: str
    small_sample: bool = False

    @property
    def disagreement(self) -> bool:
        """The test is significant but the (unpooled) interval still includes zero."""
        return not self.significant and self.p_value < 1 - self.confidence

    def __str__(self) -> str:
        return self.verdict

    @property
    def verdict(self) -> str:
        """The result in plain words, in percentage points."""
        caveat = (
            tr(
                "; small sample (under {count} successes or failures in a variant): read as a hint",
                count=SMALL_CELL,
            )
            if self.small_sample
            else ""
        )
        return self._verdict() + caveat

    def _verdict(self) -> str:
        level = tr("{confidence}% CI", confidence=f"{self.confidence * 100:g}")
        if self.significant:
            winner, loser, sign = (
                (self.b, self.a, 1) if self.difference > 0 else (self.a, self.b, -1)
            )
            lo, hi = sorted((sign * self.low * 100, sign * self.high * 100))
            return tr(
                "{winner} beats {loser} by {gap} points ({level} {low} to {high})",
                winner=winner.name,
                loser=loser.name,
                gap=f"{abs(self.difference) * 100:.1f}",
                level=level,
                low=f"{lo:.1f}",
                high=f"{hi:.1f}",
            )
        interval = tr(
            "{level} {low} to {high} points",
            level=level,
            low=f"{self.low * 100:.1f}",
            high=f"{self.high * 100:.1f}",
        )
        return self._no_winner(interval)

    def _no_winner(self, interval: str) -> str:
        """The verdict when B does not beat A: why, and how much more data would settle it."""
        more = (
            tr(
                "about {count} more {unit} per variant",
                count=f"{self.more_per_variant:,}",
                unit=translate(self.unit),
            )
            if self.more_per_variant
            else ""
        )
        if self.disagreement:
            settle = tr("; {more} to settle it", more=more) if more else ""
            return (
                tr(
                    "inconclusive: the test says p = {p} but the interval includes 0 ({interval})",
                    p=f"{self.p_value:.3f}",
                    interval=interval,
                )
                + settle
            )
        if more:
            return tr("not enough data yet: {more} ({interval})", more=more, interval=interval)
        if self.more_per_variant == 0:
            return tr(
                "no significant difference with the sample the effect needs ({interval})",
                interval=interval,
            )
        return tr(
            "no difference so far ({interval}); give a minimum effect to size the test",
            interval=interval,
        )

    # -- display (notebooks and terminals) ------------------------------------------

    def _table_rows(self) -> list[tuple[object, ...]]:
        return [
            (v.name, f"{v.trials:,}", f"{v.successes:,}", num.percent(v.rate))
            for v in (self.a, self.b)
        ]

    def _repr_html_(self) -> str:
        """Both variants as an HTML table under the verdict, then the test's figures."""
        figures = tr(
            "difference {difference} points, z = {z}, p = {p}, {confidence}% confidence",
            difference=f"{self.difference * 100:+.2f}",
            z=f"{self.z:.2f}",
            p=f"{self.p_value:.3g}",
            confidence=f"{self.confidence * 100:g}",
        )
        return html_block(
            html_table(_VARIANT_HEADERS, self._table_rows(), caption=self.verdict),
            html_note(figures),
        )

    def __repr__(self) -> str:
        verdict = tr("significant") if self.significant else tr("not significant")
        return short_repr(
            "Comparison",
            tr(
                "{b} vs {a}: {difference} pt, p={p}, {verdict}",
                b=self.b.name,
                a=self.a.name,
                difference=f"{self.difference * 100:+.2f}",
                p=f"{self.p_value:.3g}",
                verdict=verdict,
            ),
        )

    def to_dataframe(self) -> pandas.DataFrame:
        """The two variants: ``trials``/``successes`` int64, ``rate`` float64 (pandas extra)."""
        return dataframe(
            "Comparison.to_dataframe",
            [
                ("variant", "string"),
                ("trials", "int64"),
                ("successes", "int64"),
                ("rate", "float64"),
            ],
            [(v.name, v.trials, v.successes, float(v.rate)) for v in (self.a, self.b)],
        )


_VARIANT_HEADERS = (H_("variant"), H_("trials"), H_("successes"), H_("rate"))


def compare_variants(
    a: Variant,
    b: Variant,
    *,
    confidence: float = 0.95,
    power: float = 0.8,
    minimum_effect: float | Fraction | None = None,
    unit: str = "impressions",
) -> Comparison:
    """Compare B with A: two-proportion z-test, interval for the difference, verdict.

    When the result is not significant, the verdict says how many more trials per
    variant would detect ``minimum_effect`` (default: the difference observed so
    far) with the given ``power``.

    >>> a = Variant(name="A", successes=200, trials=10_000)
    >>> b = Variant(name="B", successes=320, trials=10_000)
    >>> print(compare_variants(a, b))
    B beats A by 1.2 points (95% CI 0.8 to 1.6)
    >>> print(compare_variants(Variant(name="A", successes=20, trials=1_000),
    ...                        Variant(name="B", successes=26, trials=1_000)))
    not enough data yet: about 7,913 more impressions per variant (95% CI -0.7 to 1.9 points)
    """
    for name, variant in (("a", a), ("b", b)):
        if not isinstance(variant, Variant):
            raise SocialkitTypeError(f"compare_variants({name})", variant, expected=N_("a Variant"))
    level = _probability("confidence", confidence)
    alpha = 1 - level
    z_level = _quantile("confidence", confidence, 1 - alpha / 2)
    pw = _power(power)
    ra, rb = a.rate.exact, b.rate.exact
    pa, pb = float(ra), float(rb)
    difference = pb - pa
    # Exact fractions first: trials beyond float range must not overflow.
    pooled = Fraction(a.successes + b.successes, a.trials + b.trials)
    pooled_var = pooled * (1 - pooled) * (Fraction(1, a.trials) + Fraction(1, b.trials))
    z_squared = (rb - ra) ** 2 / pooled_var if pooled_var else Fraction(0)
    z = math.copysign(math.sqrt(float(min(z_squared, Fraction(10**300)))), difference)
    p_value = 2 * (1 - _NORMAL.cdf(abs(z)))
    margin = z_level * math.sqrt(ra * (1 - ra) / a.trials + rb * (1 - rb) / b.trials)
    low, high = max(-1.0, difference - margin), min(1.0, difference + margin)
    small = min(a.successes, a.trials - a.successes, b.successes, b.trials - b.successes)
    significant = p_value < alpha and (low > 0 or high < 0)
    more = None
    if not significant:
        effect = (
            abs(difference)
            if minimum_effect is None
            else _probability("minimum_effect", minimum_effect)
        )
        if effect > 0:
            # size the direction observed (a drop when B trails A), or the only
            # direction left near 0 % or 100 %
            drop = (difference < 0 and pa - effect >= 0) or pa + effect > 1
            toward = -effect if drop else effect
            needed = sample_size(pa, toward, alpha=alpha, power=pw)
            more = max(0, needed - min(a.trials, b.trials))
    return Comparison(
        a=a,
        b=b,
        difference=difference,
        low=low,
        high=high,
        z=z,
        p_value=p_value,
        confidence=level,
        significant=significant,
        more_per_variant=more,
        unit=unit,
        small_sample=small < SMALL_CELL,
    )
