"""plan_many: one outcome per account, equal to plan, failures kept per account."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import plan_specs

from socialkit import PlanSpec, plan
from socialkit.calendar import plan_many
from socialkit.errors import SocialkitTypeError, ValidationError

START, END = date(2026, 11, 23), date(2026, 12, 21)


@settings(max_examples=15, deadline=None)
@given(st.lists(plan_specs() | st.just("not a spec"), max_size=3))
def test_each_account_as_plan_alone(specs: list[PlanSpec | str]) -> None:
    accounts = [(f"a{i}", spec) for i, spec in enumerate(specs)]
    outcomes = plan_many(accounts, start=START, end=END)  # type: ignore[arg-type]
    assert [o.account for o in outcomes] == [a for a, _ in accounts]
    for (account, spec), outcome in zip(accounts, outcomes, strict=True):
        expected, message = _plan_alone(account, spec)
        assert outcome.calendar == expected
        assert outcome.error == message
        assert outcome.ok is (message is None)


def _plan_alone(account: str, spec: object) -> tuple[object, str | None]:
    if not isinstance(spec, PlanSpec):
        return None, (
            f"SocialkitTypeError: plan_many(accounts[{account!r}]): got {type(spec).__name__}; "
            "expected a PlanSpec or to_plan_spec()"
        )
    try:
        return plan(spec, start=START, end=END), None  # type: ignore[arg-type]
    except Exception as exc:
        return None, f"{type(exc).__name__}: {exc}"


def test_failure_never_stops_the_others() -> None:
    ok = PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris", interaction=None)
    out = plan_many({"bad": 1, "good": ok}, start=START, end=END)  # type: ignore[dict-item]
    assert [o.ok for o in out] == [False, True]
    assert out[0].error is not None
    assert out[0].error.startswith("SocialkitTypeError")


def test_bad_range_and_input_raise() -> None:
    with pytest.raises(ValidationError):
        plan_many({}, start=END, end=START)
    with pytest.raises(SocialkitTypeError, match=r"accounts\[0\]"):
        plan_many(["no pair"], start=START, end=END)  # type: ignore[list-item]


def test_a_bad_spec_names_its_account_and_what_is_allowed() -> None:
    out = plan_many({"broken": "x"}, start=START, end=END)  # type: ignore[dict-item]
    assert out[0].error == (
        "SocialkitTypeError: plan_many(accounts['broken']): got str; "
        "expected a PlanSpec or to_plan_spec()"
    )


def test_a_to_plan_spec_that_returns_no_spec_is_named() -> None:
    class Broken:
        def to_plan_spec(self) -> None:
            return None

    out = plan_many({"acme": Broken()}, start=START, end=END)  # type: ignore[dict-item]
    assert out[0].error == (
        "SocialkitTypeError: plan_many(accounts['acme']).to_plan_spec(): got NoneType; "
        "expected a PlanSpec"
    )
    with pytest.raises(SocialkitTypeError, match=r"plan\(source\): got str"):
        plan("x", start=START, end=END)  # type: ignore[arg-type]
