"""Rate: a float for formatting, JSON and pandas, exact underneath."""

from __future__ import annotations

import copy
import json
import pickle
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit._core import numbers as num
from socialkit._core.rates import Rate, optional_rate, to_rate
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.measure import click_through_rate, growth_rate

fractions = st.fractions(max_denominator=10**6)


@given(fractions)
def test_a_rate_is_its_nearest_float_and_keeps_its_exact_value(value: Fraction) -> None:
    rate = Rate(value)
    assert isinstance(rate, float)
    assert float(rate) == float(value)
    assert rate.exact == value
    assert rate == value
    assert hash(rate) == hash(value)


@given(fractions)
def test_formats_and_serialises_as_a_float(value: Fraction) -> None:
    rate = Rate(value)
    assert f"{rate:.1%}" == f"{float(value):.1%}"
    assert f"{rate:.3f}" == f"{float(value):.3f}"
    assert json.loads(json.dumps(rate)) == float(value)


@given(fractions, fractions)
def test_arithmetic_with_exact_numbers_stays_exact(a: Fraction, b: Fraction) -> None:
    ra, rb = Rate(a), Rate(b)
    assert ra + rb == a + b
    assert isinstance(ra + rb, Rate)  # exact, and still formats as a float
    assert isinstance(sum([ra, rb]), Rate)
    assert sum([ra, rb]).exact == a + b  # type: ignore[attr-defined]
    assert Rate(a) + Decimal("0.5") == a + Fraction(1, 2)
    assert ra - b == a - b
    assert 1 - ra == 1 - a
    assert ra * 3 == a * 3
    assert 3 * ra == 3 * a
    if b:
        assert ra / rb == a / b
    assert (ra < rb) == (a < b)
    assert (ra >= b) == (a >= b)
    assert -ra == -a
    assert abs(ra) == abs(a)


@given(fractions, st.floats(-1e6, 1e6))
def test_arithmetic_with_floats_gives_floats(a: Fraction, f: float) -> None:
    assert Rate(a) + f == float(a) + f
    assert type(Rate(a) * f) is float


@given(fractions)
def test_pickles_copies_and_plain_gives_the_exact_value(value: Fraction) -> None:
    rate = Rate(value)
    assert pickle.loads(pickle.dumps(rate)) == rate
    assert copy.deepcopy(rate).exact == value
    assert num.plain(rate) == value
    assert type(num.plain(rate)) is Fraction
    assert num.real(rate, "x") == value


def test_a_fraction_on_the_left_sees_a_float() -> None:
    # documented limit: Fraction's own operators treat any float subclass as a float
    assert type(Fraction(1, 3) - Rate(1, 4)) is float
    assert Fraction(1, 3) - Rate(1, 4).exact == Fraction(1, 12)


def test_compares_exactly_with_floats() -> None:
    assert Rate(3, 200) != 0.015  # 0.015 is not exactly 3/200
    assert Rate(1, 2) == 0.5
    assert repr(Rate(Fraction(6, 400))) == "Rate(3, 200)"


def test_refuses_inexact_or_zero_denominator() -> None:
    with pytest.raises(SocialkitTypeError, match=r"Rate\(numerator\)"):
        Rate(0.5)  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError, match=r"Rate\(numerator\)"):
        Rate(True)
    with pytest.raises(ValidationError, match=r"Rate\(denominator\): got 0"):
        Rate(1, 0)


def test_metric_rates_format_on_python_311() -> None:
    assert f"{click_through_rate(12, 800):.1%}" == "1.5%"
    assert growth_rate(2_000, 2_150).exact == Fraction(3, 40)
    assert json.dumps({"ctr": click_through_rate(12, 800)}) == '{"ctr": 0.015}'


def test_pandas_gives_a_float_dtype() -> None:
    pd = pytest.importorskip("pandas")
    assert pd.Series([click_through_rate(12, 800), Rate(1, 3)]).dtype == "float64"


@given(fractions)
def test_prints_as_its_float_and_has_a_numerator(value: Fraction) -> None:
    rate = Rate(value)
    assert str(rate) == repr(float(value)) == f"{rate}"
    assert (rate.numerator, rate.denominator) == (value.numerator, value.denominator)
    assert Rate(Decimal("0.015")) == Fraction(3, 200)


def test_to_rate_keeps_floats_and_makes_exact_values_rates() -> None:
    assert type(to_rate(0.25)) is float
    assert to_rate(Fraction(1, 3)) == Rate(1, 3)
    assert to_rate(Decimal("0.5")).exact == Fraction(1, 2)  # type: ignore[attr-defined]
    assert optional_rate(None) is None
    with pytest.raises(SocialkitTypeError, match="expected a real number"):
        to_rate("1/2")  # type: ignore[arg-type]
