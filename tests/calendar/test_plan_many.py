"""plan_many: one outcome per account, equal to plan, failures kept per account."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit import PlanSpec, plan
from socialkit.calendar import plan_many
from socialkit.errors import SocialkitTypeError, ValidationError
from tests.strategies import plan_specs

START, END = date(2026, 11, 23), date(2026, 12, 21)


@settings(max_examples=15, deadline=None)
@given(st.lists(plan_specs() | st.just("not a spec"), max_size=3))
def test_each_account_as_plan_alone(specs: list[PlanSpec | str]) -> None:
    accounts = [(f"a{i}", spec) for i, spec in enumerate(specs)]
    outcomes = plan_many(accounts, start=START, end=END)  # type: ignore[arg-type]
    assert [o.account for o in outcomes] == [a for a, _ in accounts]
    for (_, spec), outcome in zip(accounts, outcomes, strict=True):
        try:
            expected = plan(spec, start=START, end=END)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001
            assert not outcome.ok and outcome.calendar is None
            assert outcome.error == f"{type(exc).__name__}: {exc}"
        else:
            assert outcome.ok and outcome.calendar == expected


def test_failure_never_stops_the_others() -> None:
    ok = PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris", interaction=None)
    out = plan_many({"bad": 1, "good": ok}, start=START, end=END)  # type: ignore[dict-item]
    assert [o.ok for o in out] == [False, True]
    assert out[0].error is not None and out[0].error.startswith("SocialkitTypeError")


def test_bad_range_and_input_raise() -> None:
    with pytest.raises(ValidationError):
        plan_many({}, start=END, end=START)
    with pytest.raises(SocialkitTypeError, match=r"accounts\[0\]"):
        plan_many(["no pair"], start=START, end=END)  # type: ignore[list-item]
