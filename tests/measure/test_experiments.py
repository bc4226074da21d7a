"""Two-proportion test, interval, sample size and verdicts, checked against published numbers."""

from __future__ import annotations

import math
from fractions import Fraction
from statistics import NormalDist

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import SocialkitTypeError, ValidationError, Variant, compare_variants
from socialkit.measure import minimum_detectable_effect, sample_size
from strategies import variants


def test_z_and_p_value_match_a_textbook_exercise() -> None:
    # Two-proportion z-test exercise, x1 = 140 of n1 = 200 and x2 = 255 of n2 = 340, solved at
    # https://homeworksource.com/p/1008622 : pooled p = 0.7314815, SE = 0.03949401,
    # z = -1.266015 (sample 1 minus sample 2). Recomputed by hand: p = 395/540;
    # SE = sqrt(p (1 - p) (1/200 + 1/340)); z = (0.75 - 0.7) / SE = 1.266 for B - A;
    # two-sided p = 2 (1 - Phi(1.266)) = 0.2055.
    result = compare_variants(
        Variant(name="A", successes=140, trials=200), Variant(name="B", successes=255, trials=340)
    )
    assert result.z == pytest.approx(1.266015, abs=1e-6)
    assert result.p_value == pytest.approx(0.2055, abs=1e-4)
    assert not result.significant


def test_a_b_test_from_a_published_walkthrough() -> None:
    # A: 100 of 10,000, B: 120 of 10,000 (alfredo.motta.name, "A/B testing from scratch").
    # By hand: pooled p = 0.011, SE = sqrt(0.011 * 0.989 * 2 / 10000) = 0.0014751,
    # z = 0.002 / 0.0014751 = 1.3559, two-sided p = 0.1751: not significant at 95 %.
    result = compare_variants(
        Variant(name="A", successes=100, trials=10_000),
        Variant(name="B", successes=120, trials=10_000),
    )
    assert result.z == pytest.approx(1.3559, abs=1e-4)
    assert result.p_value == pytest.approx(0.1751, abs=1e-4)
    # Wald interval: 0.002 +/- 1.95996 * sqrt(0.01*0.99/1e4 + 0.012*0.988/1e4)
    margin = 1.959964 * math.sqrt(0.01 * 0.99 / 1e4 + 0.012 * 0.988 / 1e4)
    assert (result.low, result.high) == pytest.approx((0.002 - margin, 0.002 + margin))
    assert str(result).startswith("not enough data yet: about ")


def test_sample_size_matches_evan_millers_calculator() -> None:
    # Evan Miller's sample-size calculator (evanmiller.org/ab-testing/sample-size.html):
    # baseline 20 %, minimum detectable effect 5 points absolute, significance 5 %,
    # power 80 % -> "1,030" per variation. The formula gives 1030.2, which the
    # calculator rounds and socialkit rounds up (never under-size a test).
    assert sample_size(0.20, 0.05) == 1031
    assert sample_size(Fraction(1, 5), Fraction(1, 20)) == 1031


def test_sample_size_grows_with_stricter_alpha_and_power() -> None:
    base = sample_size(0.10, 0.02)
    assert sample_size(0.10, 0.02, alpha=0.01) > base
    assert sample_size(0.10, 0.02, power=0.9) > base


def _evan_miller(p: float, d: float, alpha: float = 0.05, power: float = 0.8) -> int:
    normal = NormalDist()
    q = p + d
    root = normal.inv_cdf(1 - alpha / 2) * math.sqrt(2 * p * (1 - p)) + normal.inv_cdf(
        power
    ) * math.sqrt(p * (1 - p) + q * (1 - q))
    return math.ceil(root**2 / d**2)


def test_a_drop_is_sized_from_the_baseline_not_mirrored() -> None:
    # Evan Miller's formula with p' = p + d: the null spread uses the baseline only.
    assert sample_size(0.9, -0.1) == _evan_miller(0.9, -0.1) == 157
    assert sample_size(0.3, -0.05) == _evan_miller(0.3, -0.05) == 1298


def test_a_trailing_b_sizes_a_drop() -> None:
    a = Variant(name="A", successes=300, trials=1_000)
    b = Variant(name="B", successes=280, trials=1_000)
    result = compare_variants(a, b)
    assert result.more_per_variant == sample_size(0.3, -0.02) - 1_000


def test_minimum_detectable_effect_inverts_sample_size() -> None:
    effect = minimum_detectable_effect(0.20, 1_031)
    assert effect == pytest.approx(0.05, abs=1e-3)
    assert sample_size(0.20, effect) <= 1_031


def test_winner_verdict_in_points_with_interval() -> None:
    result = compare_variants(
        Variant(name="A", successes=200, trials=10_000),
        Variant(name="B", successes=320, trials=10_000),
    )
    assert result.significant
    assert result.verdict == "B beats A by 1.2 points (95% CI 0.8 to 1.6)"


def test_a_can_win_too() -> None:
    result = compare_variants(
        Variant(name="morning", successes=320, trials=10_000),
        Variant(name="evening", successes=200, trials=10_000),
    )
    assert result.verdict == "morning beats evening by 1.2 points (95% CI 0.8 to 1.6)"


def test_not_enough_data_says_how_many_more() -> None:
    a = Variant(name="A", successes=20, trials=1_000)
    b = Variant(name="B", successes=26, trials=1_000)
    result = compare_variants(a, b, unit="views")
    assert result.more_per_variant == sample_size(0.02, 0.006) - 1_000
    assert f"about {result.more_per_variant:,} more views per variant" in result.verdict


def test_a_minimum_effect_sizes_the_rest_of_the_test() -> None:
    a = Variant(name="A", successes=20, trials=1_000)
    b = Variant(name="B", successes=20, trials=1_000)
    assert "give a minimum effect" in compare_variants(a, b).verdict
    sized = compare_variants(a, b, minimum_effect=0.01)
    assert sized.more_per_variant == sample_size(0.02, 0.01) - 1_000


def test_identical_extremes_do_not_divide_by_zero() -> None:
    none_clicked = compare_variants(
        Variant(name="A", successes=0, trials=50), Variant(name="B", successes=0, trials=80)
    )
    assert (none_clicked.z, none_clicked.p_value) == (0.0, 1.0)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"name": "A", "successes": 1, "trials": 0}, ">= 1"),  # empty sample
        ({"name": "A", "successes": -1, "trials": 10}, ">= 0"),
        ({"name": "A", "successes": 11, "trials": 10}, "successes <= trials"),
        ({"name": " ", "successes": 1, "trials": 10}, "non-empty"),
    ],
)
def test_bad_variants(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        Variant(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: sample_size(0.2, 0), "non-zero"),
        (lambda: sample_size(0.9, 0.2), "within"),
        (lambda: sample_size(1.5, -0.1), "from 0 to 1"),
        (lambda: sample_size(0.2, 0.05, alpha=0), "between 0 and 1"),
        (lambda: sample_size(0.2, 0.05, power=0.3), "0.5 <= power"),
        (lambda: minimum_detectable_effect(0.2, 3), "can't detect"),
        (lambda: minimum_detectable_effect(0.2, 0), ">= 1"),
    ],
)
def test_bad_design_parameters(call: object, match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        call()  # type: ignore[operator]


def test_compare_needs_variants() -> None:
    with pytest.raises(SocialkitTypeError):
        compare_variants((1, 10), Variant(name="B", successes=1, trials=10))  # type: ignore[arg-type]


# --- properties -------------------------------------------------------------


@given(variants(name="A"), variants(name="B"), st.sampled_from([0.8, 0.9, 0.95, 0.99]))
def test_interval_contains_the_point_estimate(a: Variant, b: Variant, level: float) -> None:
    result = compare_variants(a, b, confidence=level)
    assert result.low <= result.difference <= result.high
    assert 0 <= result.p_value <= 1


@given(variants(name="A"), variants(name="B"))
def test_a_declared_winner_is_backed_by_its_interval(a: Variant, b: Variant) -> None:
    result = compare_variants(a, b)
    if result.significant:
        assert result.low > 0 or result.high < 0


@given(
    st.floats(0.001, 0.9),
    st.floats(0.001, 0.5),
    st.floats(0.001, 0.5),
)
def test_sample_size_decreases_as_the_effect_grows(baseline: float, x: float, y: float) -> None:
    small, large = sorted((x, y))
    if baseline + large > 1:
        return
    assert sample_size(baseline, small) >= sample_size(baseline, large)


_TEN = Variant(name="A", successes=1, trials=10)


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: compare_variants(_TEN, _TEN, confidence=0.9999999999999999), "confidence"),
        (lambda: compare_variants(_TEN, _TEN, confidence=10**400), "confidence"),
        (lambda: sample_size(0.2, 0.05, alpha=1e-320), "alpha"),
        (lambda: sample_size(0.2, 1e-200), "effect"),
        (lambda: sample_size(0.2, 10**400), "effect"),
        (lambda: sample_size(10**400, 0.1), "baseline"),
        (lambda: sample_size(0.2, 0.05, power=Fraction(10**400 - 1, 10**400)), "power"),
    ],
)
def test_extreme_numbers_raise_validation_errors_naming_the_parameter(
    call: object, name: str
) -> None:
    with pytest.raises(ValidationError, match=f"^{name}"):
        call()  # type: ignore[operator]


def test_trials_beyond_float_range_still_compare() -> None:
    huge = 10**400
    result = compare_variants(
        Variant(name="A", successes=huge // 10, trials=huge),
        Variant(name="B", successes=1, trials=huge),
    )
    assert result.significant
    assert result.verdict.startswith("A beats B by 10.0 points")


def test_a_tiny_sample_keeps_the_interval_possible_and_says_it_is_small() -> None:
    result = compare_variants(
        Variant(name="A", successes=1, trials=3), Variant(name="B", successes=2, trials=3)
    )
    assert -1 <= result.low <= result.high <= 1
    assert result.small_sample
    assert "small sample" in result.verdict
    assert "to 100.0 points" in result.verdict


def test_a_large_sample_is_not_flagged_small() -> None:
    result = compare_variants(
        Variant(name="A", successes=200, trials=10_000),
        Variant(name="B", successes=320, trials=10_000),
    )
    assert not result.small_sample
    assert "small sample" not in result.verdict


@given(
    st.integers(1, 40).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))),
    st.integers(1, 40).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))),
)
def test_the_interval_stays_within_the_possible_differences(
    a: tuple[int, int], b: tuple[int, int]
) -> None:
    result = compare_variants(
        Variant(name="A", successes=a[1], trials=a[0]),
        Variant(name="B", successes=b[1], trials=b[0]),
    )
    assert -1 <= result.low <= result.difference <= result.high <= 1


def test_a_significant_test_with_an_interval_across_zero_says_so() -> None:
    # Pooled z: p = 0.007; unpooled Wald interval: -38.5 to 0.5 points.
    result = compare_variants(
        Variant(name="A", successes=5, trials=20), Variant(name="B", successes=6, trials=100)
    )
    assert result.p_value < 0.05
    assert result.low < 0 < result.high
    assert result.disagreement
    assert not result.significant
    assert result.verdict.startswith("inconclusive: the test says p = 0.007")
    assert "not enough data" not in result.verdict


@given(trials=st.integers(1, 10**30), data=st.data())
def test_a_variant_rate_formats_and_stays_exact(trials: int, data: st.DataObject) -> None:
    import json

    pandas = pytest.importorskip("pandas")
    successes = data.draw(st.integers(0, trials))
    rate = Variant(name="A", successes=successes, trials=trials).rate
    for spec in (".1%", ".2f", "%"):  # the float's own text, on every Python
        assert format(rate, spec) == format(float(rate), spec)
    assert json.loads(json.dumps(rate)) == float(rate)
    assert str(pandas.Series([rate]).dtype) == "float64"
    assert rate.exact == Fraction(successes, trials)
