"""S.M.A.R.T. goals ([002]): the letters as data, vanity metrics, progress."""

from datetime import date, datetime, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import Severity, SmartGoal, SocialkitError, ValidationError
from socialkit.errors import SocialkitTypeError
from socialkit.strategy import DEFAULT_PLAUSIBLE_MONTHLY_GROWTH, Interpolation, ProgressVerdict

START, DEADLINE = date(2027, 1, 1), date(2027, 12, 31)


def goal(**overrides: object) -> SmartGoal:
    fields: dict[str, object] = {
        "subject": "Web referrals from LinkedIn",
        "metric": "web referrals",
        "baseline": 1000,
        "target": 1500,
        "start": START,
        "deadline": DEADLINE,
        "business_objective": "Generate leads",
        "stage": "tofu",
    }
    fields.update(overrides)
    return SmartGoal(**fields)  # type: ignore[arg-type]


def rules(g: SmartGoal) -> list[str]:
    return [f.rule for f in g.findings()]


def test_a_smart_goal_has_no_findings() -> None:
    assert rules(goal()) == []


def test_goal_without_business_objective_is_not_relevant() -> None:
    (finding,) = goal(business_objective="").findings("objectives[1]")
    assert finding.rule == "goal.no_business_objective"
    assert finding.severity is Severity.ERROR
    assert finding.where == "objectives[1].business_objective"
    assert finding.fix


@pytest.mark.parametrize("metric", ["likes", "Retweets", "followers", "reposts", "impressions"])
def test_vanity_metrics_are_flagged(metric: str) -> None:
    # [002]: retweets and likes are vanity metrics; prefer leads, web referrals, conversion rate.
    g = goal(metric=metric)
    assert g.vanity
    assert "goal.vanity_metric" in rules(g)


@pytest.mark.parametrize("metric", ["leads", "web referrals", "conversion rate", "my own metric"])
def test_meaningful_or_custom_metrics_are_not_flagged(metric: str) -> None:
    assert not goal(metric=metric).vanity


def test_implausible_growth_warns_but_does_not_forbid() -> None:
    g = goal(baseline=100, target=10_000)
    (finding,) = g.findings()
    assert finding.rule == "goal.implausible_growth"
    assert finding.severity is Severity.WARNING
    assert finding.source is not None
    assert "heuristic" in finding.source.title


def test_plausible_growth_is_overridable_per_goal() -> None:
    g = goal(baseline=100, target=1000, plausible_monthly_growth=0.5)
    assert g.implied_monthly_growth() is not None
    assert rules(g) == []
    assert rules(goal(baseline=100, target=1000)) == ["goal.implausible_growth"]


def test_default_plausible_growth_is_ten_percent_a_month() -> None:
    assert Fraction(1, 10) == DEFAULT_PLAUSIBLE_MONTHLY_GROWTH


def test_zero_baseline_growth_cannot_be_judged() -> None:
    assert rules(goal(baseline=0, target=50)) == ["goal.growth_unknown"]


@pytest.mark.parametrize(
    ("overrides", "where"),
    [
        ({"deadline": START}, "SmartGoal.deadline"),
        ({"target": 1000}, "SmartGoal.target"),
        ({"stage": "middle"}, "stage: unknown 'middle'"),
        ({"baseline": "lots"}, "SmartGoal.baseline"),
        ({"plausible_monthly_growth": -1}, "SmartGoal.plausible_monthly_growth"),
    ],
)
def test_bad_goals_raise_errors_naming_the_field(overrides: dict[str, object], where: str) -> None:
    with pytest.raises(SocialkitError) as info:
        goal(**overrides)
    assert where in str(info.value)


def test_progress_linear_halfway() -> None:
    g = goal(start=date(2027, 1, 1), deadline=date(2027, 1, 11), baseline=0, target=100)
    p = g.progress(50, on=date(2027, 1, 6))
    assert p.expected == 50
    assert p.elapsed == Fraction(1, 2)
    assert p.verdict is ProgressVerdict.ON_TRACK
    assert g.progress(20, on=date(2027, 1, 6)).verdict is ProgressVerdict.BEHIND
    assert g.progress(80, on=date(2027, 1, 6)).verdict is ProgressVerdict.AHEAD
    assert g.progress(100, on=date(2027, 1, 6)).verdict is ProgressVerdict.REACHED


def test_progress_compound_expects_less_early_than_linear() -> None:
    g = goal(baseline=100, target=400)
    mid = date(2027, 7, 2)
    linear = g.expected(mid)
    compound = g.expected(mid, interpolation=Interpolation.COMPOUND)
    assert compound == pytest.approx(200, rel=0.01)  # 100 * 4 ** 0.5
    assert compound < linear


def test_progress_works_for_goals_that_go_down() -> None:
    g = goal(metric="response time", baseline=48, target=12)
    assert g.progress(20, on=date(2027, 7, 2)).verdict is ProgressVerdict.AHEAD
    assert g.progress(40, on=date(2027, 7, 2)).verdict is ProgressVerdict.BEHIND
    assert g.progress(10, on=date(2027, 7, 2)).verdict is ProgressVerdict.REACHED


def test_progress_is_clamped_outside_the_goal_period() -> None:
    g = goal()
    assert g.expected(date(2026, 1, 1)) == 1000
    assert g.expected(date(2030, 1, 1)) == 1500


def test_compound_progress_needs_positive_values() -> None:
    with pytest.raises(ValidationError):
        goal(baseline=0, target=10).expected(START, interpolation="compound")


def test_progress_rejects_a_non_number() -> None:
    with pytest.raises(SocialkitTypeError, match=r"SmartGoal\.progress\(current\)"):
        goal().progress("ten", on=START)  # type: ignore[arg-type]


_ORDER = list(ProgressVerdict)


@given(
    a=st.integers(-10_000, 10_000),
    b=st.integers(-10_000, 10_000),
    day=st.integers(0, 400),
    down=st.booleans(),
    compound=st.booleans(),
)
def test_progress_verdict_is_monotonic_in_the_current_value(
    a: int, b: int, day: int, down: bool, compound: bool
) -> None:
    baseline, target = (500, 100) if down else (100, 500)
    g = goal(baseline=baseline, target=target)
    on = START + timedelta(days=day)
    how = Interpolation.COMPOUND if compound else Interpolation.LINEAR
    low, high = sorted((a, b))
    if down:  # for a goal that goes down, a lower value is better
        low, high = high, low
    worse = g.progress(low, on=on, interpolation=how).verdict
    better = g.progress(high, on=on, interpolation=how).verdict
    assert _ORDER.index(worse) <= _ORDER.index(better)


@given(current=st.integers(-1000, 2000), day=st.integers(-30, 400), down=st.booleans())
def test_reached_exactly_when_the_target_is_met(current: int, day: int, down: bool) -> None:
    baseline, target = (900, 300) if down else (300, 900)
    g = goal(baseline=baseline, target=target)
    verdict = g.progress(current, on=START + timedelta(days=day)).verdict
    met = current <= target if down else current >= target
    assert (verdict is ProgressVerdict.REACHED) == met


def test_metric_that_measures_another_stage_is_a_tip() -> None:
    # [000]'s funnel table: leads measure the middle of the funnel, not the top.
    (finding,) = goal(metric="leads", stage="tofu").findings()
    assert finding.rule == "goal.stage_metric"
    assert finding.severity is Severity.TIP
    assert "mofu" in finding.message
    assert rules(goal(metric="leads", stage="mofu")) == []


# Review fixes (items 14 and 26) ---------------------------------------------------


@pytest.mark.parametrize("field", ["baseline", "target"])
def test_a_figure_too_large_for_a_float_is_refused_at_construction(field: str) -> None:
    with pytest.raises(ValidationError, match=f"SmartGoal.{field}") as info:
        goal(**{field: 10**400})
    assert "got 1e+400" in str(info.value)
    assert "1.798e+308" in str(info.value)


def test_findings_of_a_goal_with_an_exact_tiny_baseline_do_not_overflow() -> None:
    # a baseline a float would round to zero must not divide by zero
    g = goal(baseline=Fraction(1, 10**400), target=10**300)
    assert "goal.implausible_growth" in rules(g)


def test_progress_refuses_a_datetime_for_on() -> None:
    with pytest.raises(SocialkitError, match=r"SmartGoal.progress\(on\)") as info:
        goal().progress(1200, on=datetime(2027, 4, 1))
    assert isinstance(info.value, TypeError)


def test_start_and_deadline_refuse_datetimes() -> None:
    with pytest.raises(SocialkitError, match=r"SmartGoal\.start"):
        goal(start=datetime(2027, 1, 1))


def test_progress_refuses_a_measurement_too_large_for_a_float() -> None:
    with pytest.raises(ValidationError, match=r"SmartGoal.progress\(current\)"):
        goal().progress(10**400, on=date(2027, 4, 1))


@pytest.mark.parametrize(
    ("kwargs", "where"),
    [
        ({"interpolation": "bogus"}, "Interpolation"),
        ({"tolerance": "x"}, "tolerance"),
        ({"tolerance": -1}, "tolerance"),
    ],
)
def test_progress_options_are_checked(kwargs: dict[str, object], where: str) -> None:
    with pytest.raises(SocialkitError, match=where):
        goal().progress(1200, on=date(2027, 4, 1), **kwargs)  # type: ignore[arg-type]


def test_expected_refuses_what_is_not_a_date() -> None:
    with pytest.raises(SocialkitError, match=r"SmartGoal.expected\(on\)"):
        goal().expected(None)  # type: ignore[arg-type]


def test_a_misspelled_metric_is_a_warning_with_suggestions() -> None:
    found = [f for f in goal(metric="downloadz").findings() if f.rule == "goal.unknown_metric"]
    assert [f.severity for f in found] == [Severity.WARNING]
    assert "'downloads'" in found[0].message
    assert found[0].where == "goal.metric"


def test_a_custom_metric_is_a_tip() -> None:
    found = [f for f in goal(metric="store visits").findings() if f.rule == "goal.unknown_metric"]
    assert [f.severity for f in found] == [Severity.TIP]


@pytest.mark.parametrize("metric", ["leads", "Web Referrals", "shares", "subscribers"])
def test_known_metrics_and_aliases_raise_no_unknown_metric_finding(metric: str) -> None:
    assert "goal.unknown_metric" not in rules(goal(metric=metric))


def test_a_target_a_float_cannot_tell_from_the_baseline_is_refused() -> None:
    # progress() divides by the planned change in floats: 1e-400 - 0 would be 0.0
    with pytest.raises(ValidationError, match=r"SmartGoal\.target"):
        goal(baseline=0, target=Fraction(1, 10**400))
