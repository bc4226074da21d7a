"""[001]'s good practices on an inbox: citing the person, plain speech, shared work, all eleven."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import Finding, Source
from socialkit._core.findings import FINDING_HEADERS, finding_rows
from socialkit._core.i18n import language
from socialkit._core.table import html_table, table
from socialkit.community import (
    COMMUNITY_PRACTICES,
    COMMUNITY_RULES,
    Message,
    check_practices,
    check_responsiveness,
)
from socialkit.errors import SocialkitError, SocialkitTypeError, ValidationError
from socialkit.posts import BHARGAVA_RULES, Practice, PracticeStatus, review_practices

MON = datetime(2026, 3, 2, 9, tzinfo=UTC)
NOW = MON + timedelta(hours=5)


def answered(reply: str = "", author: str = "@lea", by: str | None = None, **kw: object) -> Message:
    return Message(
        received_at=MON,
        platform="x",
        author=author,
        answered_at=MON + timedelta(hours=1),
        reply=reply,
        answered_by=by,
        **kw,  # type: ignore[arg-type]
    )


def rules(*messages: Message) -> list[str]:
    return [f.rule for f in check_responsiveness(messages, now=NOW).findings]


def test_a_reply_must_name_the_person_with_or_without_the_at() -> None:
    assert rules(answered("Thanks @lea, refunded!")) == []
    assert rules(answered("Thanks Lea, refunded!")) == []
    assert rules(answered("Thanks, refunded! Please wait")) == ["community.cite_the_person"]
    assert rules(answered()) == []  # no reply text recorded: nothing to check


def test_capitals_and_long_sentences_are_not_plain_speech() -> None:
    assert rules(answered("@lea WE ARE ON IT RIGHT NOW")) == ["community.speak_plainly"]
    long = "@lea " + " ".join(["word"] * 26) + ". Short one."
    assert rules(answered(long)) == ["community.speak_plainly"]
    assert rules(answered("@lea " + " ".join(["word"] * 24))) == []


@given(st.integers(1, 40), st.integers(1, 40))
def test_plain_speech_threshold_is_the_rules(words: int, limit: int) -> None:
    chosen = COMMUNITY_RULES.only("community.speak_plainly")
    rule = chosen.get("community.speak_plainly")
    import attrs

    chosen = chosen.with_rule(attrs.evolve(rule, threshold=limit), replace=True)
    reply = " ".join(["mot"] * words)
    found = check_responsiveness([answered(reply)], now=NOW, rules=chosen).findings
    assert bool(found) == (words > limit)


def test_every_answer_by_one_person_is_flagged_from_ten() -> None:
    ten = [answered("@lea ok", by="ana") for _ in range(10)]
    assert rules(*ten) == ["community.share_the_work"]
    assert rules(*ten[:9]) == []
    assert rules(*ten[:9], answered("@lea ok", by="bob")) == []


def test_reply_and_answerer_need_an_answer() -> None:
    with pytest.raises(ValidationError):
        Message(received_at=MON, platform="x", author="@a", reply="hi")
    with pytest.raises(ValidationError):
        Message(received_at=MON, platform="x", author="@a", answered_by="ana")
    with pytest.raises((ValidationError, SocialkitTypeError)):
        answered(by="")


def test_the_eleven_practices() -> None:
    ids = [p.id for p in COMMUNITY_PRACTICES]
    assert ids == [
        "listen",
        "speak_plainly",
        "never_deceive",
        "empower_members",
        "be_transparent",
        "be_coherent",
        "be_exemplary",
        "be_reactive",
        "share_the_work",
        "be_agile",
        "keep_watch",
    ]
    known = set(COMMUNITY_RULES.ids())
    for practice in COMMUNITY_PRACTICES:
        assert set(practice.rules) <= known, practice.id
        assert practice.question or practice.rules


def test_check_practices_reviews_each_practice() -> None:
    late = Message(received_at=MON - timedelta(days=3), platform="x", author="@z")
    reviews = {r.practice.id: r for r in check_practices([late, answered("@lea fine")], now=NOW)}
    assert reviews["be_reactive"].status is PracticeStatus.NOT_FOLLOWED
    assert reviews["speak_plainly"].status is PracticeStatus.FOLLOWED
    assert reviews["be_agile"].status is PracticeStatus.TO_REVIEW
    lenient = COMMUNITY_RULES.without("community.answer_within", "community.dont_wait_for_monday")
    again = {r.practice.id: r.status for r in check_practices([late], now=NOW, rules=lenient)}
    assert again["be_reactive"] is PracticeStatus.TO_REVIEW


def test_check_practices_refuses_other_rules() -> None:
    with pytest.raises(SocialkitTypeError):
        check_practices([], now=NOW, rules=BHARGAVA_RULES)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "function", ["check_practices", "check_responsiveness"], ids=["practices", "responsiveness"]
)
@pytest.mark.parametrize(
    ("arguments", "argument"),
    [
        ({"now": datetime(2026, 3, 5)}, "now"),  # naive
        ({"answer_within": timedelta(0)}, "answer_within"),
        ({"answer_within": 5}, "answer_within"),
        ({"zone": "Europe/Paris"}, "zone"),
        ({"weekend": [9]}, "weekend"),
        ({"messages": None}, "messages"),
        ({"messages": [1]}, "messages"),
    ],
)
def test_an_error_names_the_function_called_not_the_one_it_delegates_to(
    function: str, arguments: dict[str, object], argument: str
) -> None:
    import socialkit.community

    call = getattr(socialkit.community, function)
    passed = {"messages": [], "now": datetime(2026, 3, 5, tzinfo=UTC), **arguments}
    with pytest.raises(SocialkitError) as caught:
        call(passed.pop("messages"), **passed)
    assert str(caught.value).startswith(f"{function}({argument})")


def test_a_review_shows_its_findings_as_every_result_does() -> None:
    answer = Practice(
        id="answer",
        title="Answer every message",
        advice="answer within 48 h",
        source=Source(title="a course", confidence="source document"),
        rules=("community.answer_within",),
    )
    late = Finding(rule="community.answer_within", severity="warning", message="late")
    review = review_practices([answer], [late], ran=[])[0]
    for lang in ("en", "fr"):
        with language(lang):
            shown = table(FINDING_HEADERS, finding_rows([late]))
            assert review.to_text().endswith("\n" + shown)
            assert html_table(FINDING_HEADERS, finding_rows([late])) in review._repr_html_()
