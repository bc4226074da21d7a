"""Social-media metrics with named formulas, and a catalogue that says what each is worth.

[002] step 1: "vanity metrics such as retweets and likes are easy to track but hard to
prove valuable; focus on leads generated, web referrals and conversion rate". Every
metric in :data:`METRICS` says whether it is *meaningful* or *vanity*, which funnel
stage it measures, and whether its value is bounded to [0, 1].

The rate functions take counts (``int`` >= 0) and return a
:class:`~socialkit.measure.Rate`: a ``float`` you can format (``f"{ctr:.1%}"``),
serialise to JSON and put in a pandas float column, whose exact ``Fraction`` stays
in ``.exact``, so ``3/7`` stays ``3/7`` in arithmetic. Money may be an ``int``,
``Fraction``, ``Decimal`` (exact) or ``float`` (then the result is a float).
"""

from __future__ import annotations

import functools
from decimal import Decimal
from difflib import get_close_matches
from fractions import Fraction

import attrs

from socialkit._core import numbers as num
from socialkit._core.documents import AGENCY_GLOSSARY
from socialkit._core.fields import frozen
from socialkit._core.i18n import N_, tr
from socialkit._core.rates import Rate
from socialkit._core.sources import Confidence, Source
from socialkit._core.validate import (
    Choice,
    name_key,
    non_empty_str,
    shown,
    to_enum,
)
from socialkit._core.vocabulary_fr import METRIC_ALIASES
from socialkit.errors import NotFoundError, ValidationError
from socialkit.funnel._stages import FunnelStage, optional_stage

__all__ = [
    "METRICS",
    "Metric",
    "MetricKind",
    "click_through_rate",
    "conversion_rate",
    "cost_per_result",
    "engagement_rate_by_followers",
    "engagement_rate_by_impressions",
    "engagement_rate_by_reach",
    "get_metric",
    "growth_rate",
]

Money = int | Fraction | Decimal | float

_GLOSSARY = AGENCY_GLOSSARY.at(
    "step 1 (track meaningful metrics) and step 8 (test, evaluate, adjust)"
)
_INDUSTRY = Source(
    title="Common industry definition (platform analytics help pages, marketing glossaries)",
    confidence=Confidence.SECONDARY,
    note="formula as commonly published; the classification follows [002]",
)


class MetricKind(Choice):
    """Whether a metric proves business value ([002])."""

    MEANINGFUL = "meaningful"
    """Tied to a business result: leads, web referrals, conversions, cost."""
    VANITY = "vanity"
    """Easy to track, hard to prove valuable: likes, shares, follower counts."""


def _kind(value: object) -> MetricKind:
    return to_enum(MetricKind, value)


@frozen(kw_only=True)
class Metric:
    """One metric of the catalogue: its formula, worth, funnel stage and range.

    ``stage`` is the :class:`~socialkit.FunnelStage` the metric measures, or ``None``
    when the stage is that of whatever result is counted (cost per result).
    ``bounded`` says the value always lies in [0, 1].

    >>> get_metric("click_through_rate").formula
    'clicks / impressions'
    """

    id: str = attrs.field(validator=non_empty_str)
    name: str = attrs.field(validator=non_empty_str)
    formula: str = attrs.field(validator=non_empty_str)
    kind: MetricKind = attrs.field(converter=_kind)
    stage: FunnelStage | None = attrs.field(converter=optional_stage)
    bounded: bool
    description: str = attrs.field(validator=non_empty_str)
    source: Source
    see_also: Source | None = None


METRICS: tuple[Metric, ...] = (
    Metric(
        id="engagement_rate_by_reach",
        name=N_("Engagement rate by reach"),
        formula="engagements / reach",
        kind=MetricKind.VANITY,
        stage=FunnelStage.TOFU,
        bounded=False,
        description=N_(
            "interactions per person who saw the post; one person can like, comment "
            "and share, so it may exceed 1"
        ),
        source=_INDUSTRY,
        see_also=_GLOSSARY,
    ),
    Metric(
        id="engagement_rate_by_impressions",
        name=N_("Engagement rate by impressions"),
        formula="engagements / impressions",
        kind=MetricKind.VANITY,
        stage=FunnelStage.TOFU,
        bounded=False,
        description=N_(
            "interactions per view; a view can bring several interactions, so it "
            "may exceed 1 (it rarely does)"
        ),
        source=_INDUSTRY,
        see_also=_GLOSSARY,
    ),
    Metric(
        id="engagement_rate_by_followers",
        name=N_("Engagement rate by followers"),
        formula="engagements / followers",
        kind=MetricKind.VANITY,
        stage=FunnelStage.TOFU,
        bounded=False,
        description=N_(
            "interactions per follower; people who don't follow you interact too, "
            "so a post that travels can exceed 1"
        ),
        source=_INDUSTRY,
        see_also=_GLOSSARY,
    ),
    Metric(
        id="click_through_rate",
        name=N_("Click-through rate"),
        formula="clicks / impressions",
        kind=MetricKind.MEANINGFUL,
        stage=FunnelStage.TOFU,
        bounded=True,
        description=N_(
            "share of views that became a visit: the web referrals [002] counts as "
            "meaningful; clicks can't exceed impressions"
        ),
        source=_INDUSTRY,
        see_also=_GLOSSARY,
    ),
    Metric(
        id="conversion_rate",
        name=N_("Conversion rate"),
        formula="conversions / clicks",
        kind=MetricKind.MEANINGFUL,
        stage=FunnelStage.BOFU,
        bounded=True,
        description=N_(
            "share of visits that converted (a sale, a sign-up, a lead); counts "
            "converting visits, so it can't exceed 1"
        ),
        source=_GLOSSARY,
    ),
    Metric(
        id="cost_per_result",
        name=N_("Cost per result"),
        formula="cost / results",
        kind=MetricKind.MEANINGFUL,
        stage=None,
        bounded=False,
        description=N_(
            "what one result (follower, click, lead, sale) cost; its stage is the result's"
        ),
        source=_INDUSTRY,
        see_also=_GLOSSARY,
    ),
    Metric(
        id="growth_rate",
        name=N_("Audience growth rate"),
        formula="(end - start) / start",
        kind=MetricKind.VANITY,
        stage=FunnelStage.TOFU,
        bounded=False,
        description=N_(
            "relative change in followers over a period; negative when the "
            "audience shrinks, above 1 when it more than doubles"
        ),
        source=_INDUSTRY,
        see_also=_GLOSSARY,
    ),
)
"""The catalogue of metrics socialkit computes, one entry per function of the same name."""


def get_metric(metric_id: str) -> Metric:
    """The catalogue entry named ``metric_id``: its id, its name or a French name.

    Names are matched as :func:`~socialkit.funnel.stage_of` matches them (case,
    accents, spaces and ``_`` aside).

    >>> get_metric("conversion_rate").kind
    <MetricKind.MEANINGFUL: 'meaningful'>
    >>> get_metric("Click-through rate").id, get_metric("taux de clics").id
    ('click_through_rate', 'click_through_rate')
    """
    for metric in METRICS:
        if metric.id == metric_id:
            return metric
    if isinstance(metric_id, str):
        found = _metric_index().get(name_key(metric_id))
        if found is not None:
            return found
    ids = [m.id for m in METRICS]
    name = metric_id if isinstance(metric_id, str) else shown(metric_id)
    raise NotFoundError("metric", name, ids, get_close_matches(name, ids))


@functools.cache
def _metric_index() -> dict[str, Metric]:
    """Every metric by its normalised id, name and French names (English first)."""
    index: dict[str, Metric] = {}
    by_id = {m.id: m for m in METRICS}
    for metric in METRICS:
        index.setdefault(name_key(metric.id), metric)
        index.setdefault(name_key(metric.name), metric)
    for french, metric_id in METRIC_ALIASES.items():
        index.setdefault(name_key(french), by_id[metric_id])
    return index


def _count(name: str, value: object) -> int:
    return num.integer(value, name, minimum=0, maximum=num.MAX_COUNT)


def _rate(
    metric: str, numerator: tuple[str, object], denominator: tuple[str, object], *, bounded: bool
) -> Rate:
    num = _count(f"{metric}({numerator[0]})", numerator[1])
    den = _count(f"{metric}({denominator[0]})", denominator[1])
    if den == 0:
        raise ValidationError(
            f"{metric}({denominator[0]})",
            N_("got 0, the rate is undefined"),
            allowed=tr("expected at least one {item}", item=denominator[0].rstrip("s")),
        )
    if bounded and num > den:
        raise ValidationError(
            f"{metric}({numerator[0]})",
            tr(
                "{part} {numerator} exceed {whole} {denominator}",
                part=num,
                numerator=numerator[0],
                whole=den,
                denominator=denominator[0],
            ),
            allowed=tr(
                "expected {numerator} <= {denominator}",
                numerator=numerator[0],
                denominator=denominator[0],
            ),
            value=num,
        )
    return Rate(num, den)


def engagement_rate_by_reach(engagements: int, reach: int) -> Rate:
    """Engagements per person reached: ``engagements / reach`` (may exceed 1).

    >>> engagement_rate_by_reach(30, 1_000)
    Rate(3, 100)
    """
    return _rate(
        "engagement_rate_by_reach", ("engagements", engagements), ("reach", reach), bounded=False
    )


def engagement_rate_by_impressions(engagements: int, impressions: int) -> Rate:
    """Engagements per impression: ``engagements / impressions`` (may exceed 1).

    >>> engagement_rate_by_impressions(45, 1_500)
    Rate(3, 100)
    """
    return _rate(
        "engagement_rate_by_impressions",
        ("engagements", engagements),
        ("impressions", impressions),
        bounded=False,
    )


def engagement_rate_by_followers(engagements: int, followers: int) -> Rate:
    """Engagements per follower: ``engagements / followers``.

    May exceed 1: non-followers interact too when a post travels.

    >>> engagement_rate_by_followers(150, 100)
    Rate(3, 2)
    """
    return _rate(
        "engagement_rate_by_followers",
        ("engagements", engagements),
        ("followers", followers),
        bounded=False,
    )


def click_through_rate(clicks: int, impressions: int) -> Rate:
    """Share of impressions that became a click: ``clicks / impressions``, in [0, 1].

    >>> click_through_rate(12, 800)
    Rate(3, 200)
    >>> click_through_rate(9, 5)
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: click_through_rate(clicks): 9 clicks exceed 5 impressions; expected clicks <= impressions
    """
    return _rate(
        "click_through_rate", ("clicks", clicks), ("impressions", impressions), bounded=True
    )


def conversion_rate(conversions: int, clicks: int) -> Rate:
    """Share of visits (clicks) that converted: ``conversions / clicks``, in [0, 1].

    >>> conversion_rate(3, 120)
    Rate(1, 40)
    """
    return _rate("conversion_rate", ("conversions", conversions), ("clicks", clicks), bounded=True)


def _money(name: str, value: object) -> Fraction | float:
    amount = num.real(value, name, minimum=0)
    if isinstance(amount, float):
        return amount
    exact = num.exact(amount, name)
    if exact > num.FLOAT_MAX:  # the result is a float (a Rate) people format
        raise ValidationError(
            name,
            tr("got {value}, beyond the largest float", value=num.show(exact)),
            allowed=tr("expected an amount below {maximum:.3g}", maximum=num.FLOAT_MAX),
            value=value,
        )
    return exact


def cost_per_result(cost: Money, results: int) -> float:
    """What one result cost: ``cost / results``, a float people can format.

    Exact money (``int``, ``Fraction``, ``Decimal``) gives a
    :class:`~socialkit.measure.Rate`: a ``float`` (``f"{cpr:.2f}"``, JSON, a
    pandas float column) that keeps the exact quotient in ``.exact``; a ``float``
    cost gives a plain ``float``.

    >>> cost_per_result(250, 40), f"{cost_per_result(250, 40):.2f}"
    (Rate(25, 4), '6.25')
    >>> from decimal import Decimal
    >>> cost_per_result(Decimal("99.90"), 30).exact
    Fraction(333, 100)
    """
    amount = _money("cost_per_result(cost)", cost)
    count = _count("cost_per_result(results)", results)
    if count == 0:
        raise ValidationError(
            "cost_per_result(results)",
            N_("got 0, the cost per result is undefined"),
            allowed=N_("expected at least one result"),
        )
    exact = Fraction(amount) / count  # exact first: a float over a huge int overflows
    return float(exact) if isinstance(amount, float) else Rate(exact)


def growth_rate(start: int, end: int) -> Rate:
    """Relative audience growth over a period: ``(end - start) / start``.

    Negative when the audience shrank; above 1 when it more than doubled.

    >>> growth_rate(2_000, 2_150)
    Rate(3, 40)
    """
    first = _count("growth_rate(start)", start)
    last = _count("growth_rate(end)", end)
    if first == 0:
        raise ValidationError(
            "growth_rate(start)",
            N_("got 0, growth from nothing is undefined"),
            allowed=N_("expected a starting audience >= 1"),
        )
    return Rate(last - first, first)
