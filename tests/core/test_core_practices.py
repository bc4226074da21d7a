"""Practices: advice checked by rules, or asked as a checklist question."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import Finding, Source
from socialkit._core.practices import Practice, PracticeStatus, review_practices
from socialkit.errors import SocialkitTypeError, ValidationError

SRC = Source(title="a course", confidence="source document")
IDS = st.sampled_from(["a", "b", "c.d"])


def practice(pid: str, rules: tuple[str, ...] = (), question: str = "?") -> Practice:
    return Practice(id=pid, title="T", advice="do it", source=SRC, rules=rules, question=question)


def test_a_practice_without_rules_needs_a_question() -> None:
    with pytest.raises(ValidationError):
        practice("p", question=" ")
    assert not practice("p").checked
    assert practice("p", ("a",), "").checked


@pytest.mark.parametrize("bad", ["Not an id", "", "a..b"])
def test_ids_are_snake_case(bad: str) -> None:
    with pytest.raises(ValidationError):
        practice(bad)
    with pytest.raises(ValidationError):
        practice("p", rules=(bad,))


@given(st.lists(IDS, max_size=3), st.lists(IDS, max_size=3), st.lists(IDS, max_size=3))
def test_status_follows_findings_then_rules_that_ran(
    rules: list[str], found: list[str], ran: list[str]
) -> None:
    p = practice("p", tuple(rules))
    findings = [Finding(rule=f"x.{r}", severity="tip", message="m") for r in found]
    (review,) = review_practices([p], findings, ran=ran)
    if set(rules) & set(found):
        assert review.status is PracticeStatus.NOT_FOLLOWED
        assert review.findings
    elif set(rules) & set(ran):
        assert review.status is PracticeStatus.FOLLOWED
        assert not review.findings
    else:
        assert review.status is PracticeStatus.TO_REVIEW


@pytest.mark.parametrize(
    "args", [("p", [], []), ([1], [], []), ([], ["f"], []), ([], [], "ab"), ([], [], [1])]
)
def test_review_refuses_other_values(args: tuple[object, object, object]) -> None:
    practices, findings, ran = args
    with pytest.raises(SocialkitTypeError):
        review_practices(practices, findings, ran=ran)  # type: ignore[arg-type]
