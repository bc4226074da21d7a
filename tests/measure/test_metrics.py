"""Metric formulas are exact, bounded where the definition says so, and reject bad counts."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialkit
from socialkit import FunnelStage, Kpi, NotFoundError, SocialkitTypeError, ValidationError
from socialkit.measure import (
    METRICS,
    MetricKind,
    click_through_rate,
    conversion_rate,
    cost_per_result,
    engagement_rate_by_followers,
    engagement_rate_by_impressions,
    engagement_rate_by_reach,
    get_metric,
    growth_rate,
)

RATES = {
    "engagement_rate_by_reach": engagement_rate_by_reach,
    "engagement_rate_by_impressions": engagement_rate_by_impressions,
    "engagement_rate_by_followers": engagement_rate_by_followers,
    "click_through_rate": click_through_rate,
    "conversion_rate": conversion_rate,
}


def test_every_catalogue_entry_names_a_public_function() -> None:
    for metric in METRICS:
        assert callable(getattr(socialkit.measure, metric.id))


def test_catalogue_ids_are_unique_and_sourced() -> None:
    assert len({m.id for m in METRICS}) == len(METRICS)
    assert all(m.source.title for m in METRICS)


def test_002_classification_vanity_and_meaningful() -> None:
    # [002]: likes and retweets are vanity; web referrals and conversion rate are meaningful.
    assert get_metric("engagement_rate_by_reach").kind is MetricKind.VANITY
    assert get_metric("click_through_rate").kind is MetricKind.MEANINGFUL
    assert get_metric("conversion_rate").kind is MetricKind.MEANINGFUL


def test_stages_are_funnel_stages() -> None:
    assert all(m.stage is None or isinstance(m.stage, FunnelStage) for m in METRICS)
    assert get_metric("conversion_rate").stage == "bofu"


def test_classification_agrees_with_the_funnel_kpis() -> None:
    # the same metric can't be vanity here and meaningful in the funnel's KPI table
    pairs = {"conversion_rate": Kpi.CONVERSION_RATE, "click_through_rate": Kpi.WEB_REFERRALS}
    for metric_id, kpi in pairs.items():
        assert (get_metric(metric_id).kind is MetricKind.VANITY) == kpi.is_vanity
        assert get_metric(metric_id).stage in {s for s in FunnelStage if kpi in s.kpis}


def test_unknown_metric_suggests_close_names() -> None:
    with pytest.raises(NotFoundError, match="click_through_rate"):
        get_metric("click_through")


def test_rates_are_exact_fractions() -> None:
    assert click_through_rate(1, 3) == Fraction(1, 3)
    assert engagement_rate_by_impressions(45, 1_500) == Fraction(3, 100)
    assert conversion_rate(0, 10) == 0


def test_engagement_by_followers_may_exceed_one() -> None:
    # a post that travels beyond the followers: 150 interactions, 100 followers
    assert engagement_rate_by_followers(150, 100) == Fraction(3, 2)


def test_cost_per_result_keeps_money_exact() -> None:
    assert cost_per_result(Decimal("99.90"), 30) == Fraction(333, 100)
    assert cost_per_result(Fraction(1, 3), 1) == Fraction(1, 3)
    assert isinstance(cost_per_result(10.0, 4), float)


def test_growth_rate_can_be_negative() -> None:
    assert growth_rate(1_000, 900) == Fraction(-1, 10)
    assert growth_rate(100, 300) == 2


@pytest.mark.parametrize("name", list(RATES))
def test_zero_denominator_is_a_validation_error(name: str) -> None:
    with pytest.raises(ValidationError, match="undefined"):
        RATES[name](0, 0)


@pytest.mark.parametrize("name", list(RATES))
def test_negative_counts_are_rejected(name: str) -> None:
    with pytest.raises(ValidationError, match="between 0 and"):
        RATES[name](-1, 10)
    with pytest.raises(ValidationError, match="between 0 and"):
        RATES[name](1, -10)


@pytest.mark.parametrize("name", list(RATES))
@pytest.mark.parametrize("huge", [10**5000, 10**19], ids=["10**5000", "10**19"])
def test_absurd_counts_are_refused_by_name(name: str, huge: int) -> None:
    with pytest.raises(ValidationError, match=rf"{name}\(\w+\): got 1"):
        RATES[name](huge, 10)
    with pytest.raises(ValidationError, match=rf"{name}\(\w+\): got 1"):
        RATES[name](1, huge)


@pytest.mark.parametrize("bad", [1.5, "3", True, None])
def test_counts_must_be_ints(bad: object) -> None:
    with pytest.raises(SocialkitTypeError):
        click_through_rate(bad, 10)  # type: ignore[arg-type]


def test_impressions_below_clicks_is_rejected() -> None:
    with pytest.raises(ValidationError, match="clicks <= impressions"):
        click_through_rate(11, 10)
    with pytest.raises(ValidationError, match="conversions <= clicks"):
        conversion_rate(5, 4)


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: cost_per_result(10, 0), "at least one result"),
        (lambda: cost_per_result(-1, 3), ">= 0"),
        (lambda: cost_per_result(float("nan"), 3), "finite"),
        (lambda: cost_per_result(Decimal("Infinity"), 3), "finite"),
        (lambda: cost_per_result(Decimal("sNaN"), 3), "finite"),
        (lambda: cost_per_result(Decimal("-sNaN"), 3), "finite"),
        (lambda: growth_rate(0, 10), "starting audience"),
    ],
)
def test_bad_money_and_growth_inputs(call: object, match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        call()  # type: ignore[operator]


@given(st.data())
def test_bounded_rates_stay_within_zero_and_one(data: st.DataObject) -> None:
    for metric in METRICS:
        if metric.id not in RATES:
            continue
        denominator = data.draw(st.integers(1, 10**9))
        top = denominator if metric.bounded else 10 * denominator
        value = RATES[metric.id](data.draw(st.integers(0, top)), denominator)
        assert value >= 0
        if metric.bounded:
            assert 0 <= value <= 1


def test_a_float_cost_over_a_huge_count_does_not_overflow() -> None:
    assert cost_per_result(1e308, 10**18) == 1e290
    assert cost_per_result(1.5, 3) == 0.5
    with pytest.raises(ValidationError, match=r"cost_per_result\(results\)"):
        cost_per_result(1e308, 10**400)  # no count needs 19 digits (MAX_INT)


def test_an_extreme_decimal_cost_is_refused_at_once() -> None:
    with pytest.raises(ValidationError, match=r"cost_per_result\(cost\): got a Decimal"):
        cost_per_result(Decimal("1E+999999"), 10)


# -- numbers people can format (issue 15, audit15) --------------------------------------


def _formats_everywhere(value: float) -> None:
    """``:.1%``, ``:.2f``, ``format(_, "%")``, JSON and a pandas float column all work."""
    import json

    pandas = pytest.importorskip("pandas")
    for spec in (".1%", ".2f", "%"):  # the float's own text, on every Python
        assert format(value, spec) == format(float(value), spec)
    assert json.loads(json.dumps({"value": value})) == {"value": float(value)}
    assert str(pandas.Series([value, value]).dtype) == "float64"


@given(
    cost=st.one_of(
        st.integers(0, 10**30),
        st.fractions(min_value=0, max_value=10**9),
        st.decimals(min_value=0, max_value=10**9, places=2),
    ),
    results=st.integers(1, 10**18),
)
def test_an_exact_cost_per_result_formats_and_stays_exact(
    cost: int | Fraction | Decimal, results: int
) -> None:
    per_result = cost_per_result(cost, results)
    _formats_everywhere(per_result)
    assert isinstance(per_result, socialkit.measure.Rate)
    assert per_result.exact == Fraction(cost) / results


def test_a_cost_beyond_the_largest_float_is_refused_by_name() -> None:
    with pytest.raises(ValidationError, match=r"cost_per_result\(cost\)"):
        cost_per_result(10**400, 3)
