"""The hostile values of issue 18 that public functions must answer with a socialkit error.

Each case is one the issue or the fuzz suite found raising a bare built-in
exception (``OverflowError``, ``ValueError: Exceeds the limit (4300 digits)``,
``UnicodeEncodeError``, ``AttributeError``...) or running for seconds: the
error must be a :class:`~socialkit.SocialkitError` naming the argument.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialkit
from socialkit import io, measure
from socialkit.errors import SocialkitError, SocialkitTypeError, ValidationError
from socialkit.frequency import capacity, shrunk_score, sustained_rate
from socialkit.funnel import stage_of

CASES: dict[str, tuple[Callable[[], object], str]] = {
    "load_strategy surrogate": (
        lambda: socialkit.load_strategy("\ud800"),
        r"load_strategy\(path\)",
    ),
    "load_strategy NUL": (lambda: socialkit.load_strategy("a\x00b"), r"load_strategy\(path\)"),
    "to_csv None": (lambda: io.to_csv(None), r"to_csv\(cal\)"),  # type: ignore[call-overload]
    "to_ics dict": (lambda: io.to_ics({}), r"to_ics\(cal\)"),  # type: ignore[call-overload]
    "to_json None": (lambda: io.to_json(None), r"to_json\(cal\)"),  # type: ignore[call-overload]
    "to_records None": (lambda: io.to_records(None), r"to_records\(cal\)"),  # type: ignore[arg-type]
    "write_calendar None": (
        lambda: io.write_calendar(None, Path("x.ics")),  # type: ignore[arg-type]
        r"write_calendar\(cal\)",
    ),
    "frequency_rule_to_dict None": (
        lambda: io.frequency_rule_to_dict(None),  # type: ignore[arg-type]
        r"frequency_rule_to_dict\(rule\)",
    ),
    "stage_of mapping": (
        lambda: stage_of("video", mapping={}),  # type: ignore[arg-type]
        r"stage_of\(mapping\)",
    ),
    "load_history mapping": (
        lambda: measure.load_history("x.csv", mapping=["post"]),  # type: ignore[arg-type]
        r"load_history\(mapping\)",
    ),
    "measure field list": (
        lambda: socialkit.text.measure("hi", "x", field=["post"]),  # type: ignore[arg-type]
        r"measure\(field\)",
    ),
    "measure field sNaN": (
        lambda: socialkit.text.measure("hi", "x", field=Decimal("sNaN")),  # type: ignore[arg-type]
        r"measure\(field\)",
    ),
    "click_through_rate 10**5000": (
        lambda: measure.click_through_rate(10**5000, 100),
        r"click_through_rate\(clicks\)",
    ),
    "engagement_rate_by_reach 10**5000": (
        lambda: measure.engagement_rate_by_reach(10**5000, 100),
        r"engagement_rate_by_reach\(engagements\)",
    ),
    "cost_per_result Decimal": (
        lambda: measure.cost_per_result(Decimal("1E+999999"), 10),
        r"cost_per_result\(cost\)",
    ),
    "load_history surrogate path": (
        lambda: measure.load_history("\ud800.csv"),
        r"load_history\(source\)",
    ),
    "best_times lift 10**400": (
        lambda: socialkit.best_times("x", tz="Europe/Paris", history=[], benchmark_lift=10**400),
        r"best_times\(benchmark_lift\)",
    ),
    "best_times prior_weight 10**5000": (
        lambda: socialkit.best_times("x", tz="Europe/Paris", history=[], prior_weight=10**5000),
        r"best_times\(prior_weight\)",
    ),
    "sample_size 10**5000": (lambda: measure.sample_size(10**5000, 0.1), "baseline"),
    "shrunk_score n": (lambda: shrunk_score(10**5000, 0.5, 0.4, 10), r"shrunk_score\(n\)"),
    "shrunk_score mean": (lambda: shrunk_score(3, 10**400, 0.4, 10), r"shrunk_score\(mean\)"),
    "shrunk_score prior": (
        lambda: shrunk_score(3, 0.5, Decimal("1E+999999"), 10),  # type: ignore[arg-type]
        r"shrunk_score\(prior\)",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_argument_is_a_socialkit_error_naming_it(case: str) -> None:
    call, where = CASES[case]
    with pytest.raises(SocialkitError, match=where):
        call()


def test_capacity_and_rate_of_the_longest_durations() -> None:
    assert capacity(timedelta.max, timedelta.max) == 1
    assert sustained_rate(timedelta.max, timedelta.max) == 1
    assert capacity(timedelta(microseconds=1), timedelta.max) == timedelta.max // timedelta(
        microseconds=1
    )


@given(
    gap=st.timedeltas(min_value=timedelta(microseconds=1)),
    span=st.timedeltas(min_value=timedelta(microseconds=1)),
)
def test_capacity_is_the_ceiling_of_span_over_gap(gap: timedelta, span: timedelta) -> None:
    us = timedelta(microseconds=1)
    assert capacity(gap, span) == math.ceil(Fraction(span // us, gap // us))


@given(
    n=st.integers(0, 10**18),
    mean=st.floats(-1e300, 1e300),
    prior=st.floats(-1e300, 1e300),
    k=st.integers(1, 10**18),
)
def test_shrunk_score_lies_between_mean_and_prior(
    n: int, mean: float, prior: float, k: int
) -> None:
    score = shrunk_score(n, mean, prior, k)
    low, high = min(mean, prior), max(mean, prior)
    assert low - 1e-9 * abs(low) - 1e-300 <= score <= high + 1e-9 * abs(high) + 1e-300


def test_to_float_refuses_what_a_float_cannot_hold() -> None:
    from socialkit._core.numbers import to_float

    assert to_float(Decimal("1E-400"), "x") == 0.0
    for huge in (10**400, Decimal("1E+9999"), Decimal("-1E+400")):
        with pytest.raises(ValidationError, match="too large to mix with floats"):
            to_float(huge, "x")
    for extreme in (Decimal("1E+999999"), Decimal("1E-999999")):
        with pytest.raises(ValidationError, match="x: got a Decimal with exponent"):
            to_float(extreme, "x")
    with pytest.raises(SocialkitTypeError):
        to_float("3", "x")


@pytest.mark.parametrize(
    "rule", ["FREQ=WEEKLY;COUNT=-3", "FREQ=WEEKLY;COUNT=0", "FREQ=DAILY;INTERVAL=100000000000"]
)
def test_a_recurrence_needs_positive_bounded_counts(rule: str) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from socialkit.calendar import FixedEvent

    start = datetime(2027, 1, 1, 18, tzinfo=ZoneInfo("Europe/Paris"))
    with pytest.raises(ValidationError, match=r"FixedEvent\.recurrence: (COUNT|INTERVAL)="):
        FixedEvent(title="Contest", start=start, recurrence=rule)


def test_a_crisis_window_of_timedelta_max_does_not_overflow() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from socialkit.community import Message, detect_crisis

    at = datetime(2027, 1, 4, 9, tzinfo=ZoneInfo("Europe/Paris"))
    inbox = [
        Message(received_at=at + timedelta(minutes=m), platform="x", author=f"@a{m}", negative=True)
        for m in range(6)
    ]
    for window, baseline in ((timedelta.max, timedelta(days=28)), (timedelta(1), timedelta.max)):
        surges = detect_crisis(inbox, window=window, baseline=baseline)
        assert [s.negatives for s in surges] == [6]


def test_funnel_backward_refuses_an_extreme_decimal_target() -> None:
    from socialkit.examples import B2B_SERVICE_FUNNEL

    with pytest.raises(
        ValidationError, match=r"backward\(target\): got a Decimal with exponent 999999"
    ):
        B2B_SERVICE_FUNNEL.backward(Decimal("1E+999999"))
    assert B2B_SERVICE_FUNNEL.backward(Decimal("1.5E+100")).volumes[-1] == Decimal("1.5E+100")


@pytest.mark.parametrize(
    ("call", "where"),
    [
        (lambda p: socialkit.text.measure("hi", p), "measure(platform)"),
        (lambda p: socialkit.text.measure_many(["hi"], p), "measure_many(platform)"),
        (lambda p: socialkit.posts.assess_many(["hi"], p), "assess_many(platform)"),
        (lambda p: socialkit.posts.assess(socialkit.Post(text="hi"), p), "assess(platform)"),
        (lambda p: socialkit.frequency.usual_hours(p), "usual_hours(platform)"),
        (lambda p: socialkit.frequency.FrequencyRule.for_platform(p), "for_platform"),
    ],
    ids=["measure", "measure_many", "assess_many", "assess", "usual_hours", "for_platform"],
)
@pytest.mark.parametrize("platform", [None, 5, b"x"], ids=["none", "int", "bytes"])
def test_a_wrong_platform_names_the_function_called_not_get_platform(
    call: Callable[[object], object], where: str, platform: object
) -> None:
    with pytest.raises(SocialkitTypeError) as caught:
        call(platform)
    assert where in str(caught.value)
    assert "get_platform" not in str(caught.value)
