"""Issue 15: every rate, share and figure socialkit returns formats, serialises and is float64.

Shares and rates are a ``Rate``, non-whole volumes and post counts an ``Amount``
(both floats keeping the exact ``Fraction`` in ``.exact``), whole volumes an
``int``; ``jsonable`` of every result dumps as strict JSON (no ``Infinity``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialkit import ContentMix, Funnel, Rule, RuleSet, display, get_display, set_display
from socialkit._core.rates import MAX_EXACT_POWER_BITS, Amount, Rate, to_amount
from socialkit._core.table import jsonable, truncated_rows
from socialkit.funnel import StageCoverage
from socialkit.mix import mix_deviation
from socialkit.strategy._review import Group, _interval
from strategies import (
    STRATEGIES,
    content_mixes,
    exact_funnels,
    funnels,
    mix_drifts,
    rule_sets,
    rules,
    stage_coverages,
)

fractions = st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=10**6)


def _formats(value: float) -> None:
    """``:%``, ``:.1f`` and ``:.0f`` work (Fraction has no ``__format__`` on Python 3.11)."""
    assert f"{value:.1%}" == f"{float(value):.1%}"
    assert f"{value:.1f}" == f"{float(value):.1f}"
    assert f"{value:.0f}" == f"{float(value):.0f}"


def _strict_json(value: object) -> Any:
    return json.loads(json.dumps(jsonable(value), allow_nan=False))


def _figures(funnel: Funnel) -> Iterable[float]:
    yield from funnel.volumes
    yield from funnel.rates
    yield funnel.overall_rate
    yield funnel.top
    yield funnel.bottom


# -- Rate and Amount arithmetic ----------------------------------------------------------


@given(fractions, st.integers(-6, 6))
def test_a_whole_power_of_a_rate_is_an_exact_rate(value: Fraction, n: int) -> None:
    if value == 0 and n < 0:
        return
    power = Rate(value) ** n
    assert isinstance(power, Rate)
    assert power.exact == value**n
    amount = Amount(value) ** n
    assert type(amount) is Amount
    assert amount.exact == value**n


@given(st.fractions(0, 10, max_denominator=1000), st.floats(0.01, 3))
def test_a_fractional_power_is_a_float_by_design(value: Fraction, exponent: float) -> None:
    power = Rate(value) ** exponent
    assert type(power) is float
    assert power == pytest.approx(float(value) ** exponent)
    assert type(Rate(value) ** Fraction(1, 2)) is float


def test_a_huge_exact_power_falls_back_to_a_float() -> None:
    assert type(Rate(1, 3) ** (MAX_EXACT_POWER_BITS + 1)) is float
    assert Rate(2) ** 3 == 8
    assert isinstance(2 ** Rate(3), Rate)


@given(fractions, fractions)
def test_a_rate_times_an_amount_is_an_amount_and_rates_stay_rates(a: Fraction, b: Fraction) -> None:
    assert type(Rate(a) * Amount(b)) is Amount
    assert type(Amount(b) + Rate(a)) is Amount
    assert type(Rate(a) - Rate(b)) is Rate
    assert type(Amount(a) * 3) is Amount
    assert (Rate(a) * Amount(b)).exact == a * b  # type: ignore[attr-defined]
    assert hash(Amount(a)) == hash(a)
    assert Amount(a) == a
    assert Rate(a) == a
    assert Amount(a) == Rate(a)


@given(fractions | st.integers(-(10**30), 10**30) | st.floats(-1e6, 1e6))
def test_to_amount_gives_an_int_when_whole_else_an_amount(value: Fraction | int | float) -> None:
    figure = to_amount(value)
    if isinstance(value, float):
        assert type(figure) is float
    elif Fraction(value).denominator == 1:
        assert type(figure) is int
    else:
        assert type(figure) is Amount
    assert figure == value
    json.dumps(figure)


def test_to_amount_keeps_the_exact_value_beyond_a_float() -> None:
    huge = Fraction(10**400 + 1, 3)
    amount = to_amount(huge)
    assert isinstance(amount, Amount)
    assert amount.exact == huge
    assert amount == huge
    assert float(amount) == math.inf
    assert jsonable([amount]) == [None]


# -- mix shares ------------------------------------------------------------------------


@given(content_mixes())
def test_every_share_of_a_mix_is_a_rate_that_formats(mix: ContentMix) -> None:
    shares = [*mix.values(), *(share for _, share in mix.shares)]
    assert all(isinstance(s, Rate) for s in shares)
    for share in shares:
        _formats(share)
    assert sum(mix.values()) == 1
    assert ContentMix(dict(mix)) == ContentMix({name: share.exact for name, share in mix.items()})
    _strict_json(mix)


@given(mix_drifts())
def test_drift_shares_and_gaps_format_and_serialise(drift: Any) -> None:
    for row in drift.categories:
        assert isinstance(row.share, Rate)
        assert isinstance(row.target, Rate)
        assert isinstance(row.gap, Amount)
        assert isinstance(row.deviation, Rate)
        for value in (row.share, row.target, row.gap, row.deviation):
            _formats(value)
    _formats(drift.max_gap)
    _strict_json(drift)


@given(content_mixes(), st.integers(0, 30))
def test_mix_deviation_is_an_exact_amount(mix: ContentMix, n: int) -> None:
    mix = ContentMix(dict(mix))  # no bounds: every n has a sequence
    deviation = mix_deviation(mix.sequence(n), mix)
    assert isinstance(deviation, Amount)
    _formats(deviation)
    json.dumps(deviation)


def test_a_nested_mix_flattens_to_rates() -> None:
    stages = ContentMix({"tofu": 3, "bofu": 1})
    flat = stages.compose({"tofu": ContentMix({"a": 1, "b": 2})}).flatten()
    assert flat["tofu/a"] == Fraction(1, 4)
    assert f"{flat['tofu/b']:.0%}" == "50%"


# -- funnel ------------------------------------------------------------------------------


@given(funnels())
def test_every_funnel_figure_formats_and_serialises(funnel: Funnel) -> None:
    for figure in _figures(funnel):
        _formats(figure)
    json.dumps([*funnel.volumes, *funnel.rates])
    _strict_json(funnel)


@given(exact_funnels())
def test_exact_funnels_hand_out_ints_amounts_and_rates(funnel: Funnel) -> None:
    assert all(type(v) in (int, Amount) for v in funnel.volumes)
    assert all(type(r) is Rate for r in funnel.rates)
    assert funnel.rounded().volumes == tuple(math.floor(v) for v in funnel.volumes)
    if len(funnel) > 1:
        best = funnel.bottleneck()
        for value in (best.rate, best.improved_rate, best.bottom, best.gain):
            _formats(value)
        _strict_json(best)
    comparison = funnel.compare(funnel.project(funnel.top + 1))
    for row in comparison.rows:
        _formats(row.volume_change)
    _strict_json(comparison)


def test_a_fraction_funnel_formats_on_every_python() -> None:
    funnel = Funnel.from_rates("reach", 1_000, {"clicks": Fraction(1, 5), "buys": Fraction(1, 8)})
    assert funnel.volumes == (1000, 200, 25)
    assert f"{funnel.bottom:.0f}" == "25"
    assert json.dumps(funnel.volumes) == "[1000, 200, 25]"
    half = funnel.project(100)
    assert half.bottom == Amount(5, 2)
    assert half.bottom.exact == Fraction(5, 2)  # type: ignore[union-attr]
    assert half.rounded().volumes == (100, 20, 2)
    assert repr(half.volumes) == "(100, 20, Amount(5, 2))"


@given(stage_coverages())
def test_every_coverage_share_is_a_rate(coverage: StageCoverage) -> None:
    for row in coverage.rows:
        for value in (row.share, row.target, row.drift):
            if value is not None:
                assert isinstance(value, Rate)
                _formats(value)
    _strict_json(coverage)


def test_float_coverage_targets_are_read_exactly() -> None:
    from socialkit import stage_coverage

    coverage = stage_coverage(["article"], target={"tofu": 0.6, "mofu": 0.4})
    assert coverage.rows[0].target == Fraction(3, 5)
    assert isinstance(coverage.rows[0].target, Rate)


pandas = pytest.importorskip("pandas")


@given(exact_funnels(), content_mixes())
def test_dataframes_have_float64_figures(funnel: Funnel, mix: ContentMix) -> None:
    frame = funnel.to_dataframe()
    assert str(frame.dtypes["volume"]) == "float64"
    assert str(frame.dtypes["rate"]) == "float64"
    assert str(pandas.Series(funnel.volumes, dtype=None).dtype) in {"int64", "float64"}
    assert str(pandas.Series(list(mix.values())).dtype) == "float64"
    assert str(pandas.Series(funnel.rates or [Rate(0)]).dtype) == "float64"


# -- rules and reviews in JSON ---------------------------------------------------------


@given(rules())
def test_a_rule_is_a_readable_json_record(rule: Rule[Any]) -> None:
    record = _strict_json(rule)
    assert record["id"] == rule.id
    assert record["severity"] == rule.severity.value
    assert record["title"] == rule.title
    assert "check" not in record


@given(rule_sets())
def test_a_rule_set_is_its_rules_in_json(rules: RuleSet[Any]) -> None:
    record = _strict_json(rules)
    assert [r["id"] for r in record["rules"]] == list(rules.ids())
    assert "resolve" not in record


def test_an_open_interval_is_null_in_json_and_a_dash_in_tables() -> None:
    group = Group(key="1", posts=1, mean=0.5, low=-math.inf, high=math.inf, score=0.5)
    assert _strict_json(group) == {
        "key": "1",
        "posts": 1,
        "mean": 0.5,
        "low": None,
        "high": None,
        "score": 0.5,
    }
    assert _interval(group) == "-"
    closed = Group(key="2", posts=3, mean=0.5, low=0.25, high=0.75, score=0.5)
    assert _interval(closed) == "0.25-0.75"


@pytest.mark.parametrize("cls", list(STRATEGIES), ids=lambda cls: cls.__name__)
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_public_value_dumps_as_strict_json(cls: type, data: st.DataObject) -> None:
    # strict: no NaN or Infinity (invalid JSON), no object json.dumps cannot write
    _strict_json(data.draw(STRATEGIES[cls]()))


# -- display options -----------------------------------------------------------------------


def test_display_max_rows_replaces_every_displays_own_limit() -> None:
    rows = [[i] for i in range(30)]
    assert truncated_rows(rows, 20)[1] == 10
    with display(max_rows=4) as options:
        assert options.max_rows == 4
        assert truncated_rows(rows, 20)[1] == 26
        assert get_display().max_rows == 4
    assert get_display().max_rows is None
    previous = set_display(max_rows=6)
    try:
        assert truncated_rows(rows, 20)[1] == 24
        with display(max_rows=None):  # each display's own limit again, inside the block
            assert truncated_rows(rows, 20)[1] == 10
    finally:
        set_display(max_rows=previous.max_rows)
    assert truncated_rows(rows, None) == (rows, 0)  # no limit stays no limit


def test_the_display_option_cuts_a_calendar() -> None:
    from datetime import date

    import socialkit
    from socialkit.calendar import month_view

    spec = socialkit.PlanSpec.simple(platforms=["linkedin", "x"], tz="Europe/Paris")
    year = socialkit.plan(spec, start=date(2026, 1, 5), end=date(2026, 12, 28))
    assert "more rows" in month_view(year)
    with display(max_rows=100):
        assert "more rows" not in month_view(year)
        assert "more rows" in month_view(year, max_rows=3)  # the call's own limit wins
        assert "more weeks" not in year._repr_html_()
    assert "more weeks" in year._repr_html_()


@pytest.mark.parametrize("bad", [0, -1, 1.5, "3", True])
def test_a_bad_max_rows_is_refused(bad: object) -> None:
    from socialkit.errors import SocialkitError

    with pytest.raises(SocialkitError, match=r"display\(max_rows\)"):
        set_display(max_rows=bad)  # type: ignore[arg-type]
    assert get_display().max_rows is None
