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


# -- the shared builder ------------------------------------------------------------------


def test_practices_from_sets_the_source_and_the_prefix() -> None:
    from socialkit._core.practices import practices_from

    course = Source(title="a course", confidence="source document")
    make = practices_from(course, prefix="family")
    practice = make("one", "One", "do one thing", question="Did you?")
    assert practice == Practice(
        id="family.one", title="One", advice="do one thing", source=course, question="Did you?"
    )
    assert practices_from(course)("plain", "P", "a", rules=["x.y"]).id == "plain"


def test_practices_from_refuses_bad_arguments() -> None:
    from socialkit._core.practices import practices_from

    with pytest.raises(SocialkitTypeError, match=r"practices_from\(source\)"):
        practices_from("a course")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"practices_from\(prefix\)"):
        practices_from(Source(title="c", confidence="source document"), prefix="Bad Prefix")


def test_own_threshold_is_one_wording() -> None:
    from socialkit._core.practices import OWN_THRESHOLD
    from socialkit.community import COMMUNITY_RULES
    from socialkit.posts import BHARGAVA_RULES
    from socialkit.strategy import PAGE_RULES

    own = [
        COMMUNITY_RULES.get("community.speak_plainly"),
        COMMUNITY_RULES.get("community.share_the_work"),
        PAGE_RULES.get("page.gap"),
        BHARGAVA_RULES.get("bhargava.short_message"),
    ]
    assert [rule.why for rule in own] == [OWN_THRESHOLD] * len(own)
