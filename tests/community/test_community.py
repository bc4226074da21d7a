"""Community rules of [001] and [003]: 48 h, not Monday, never delete, negatives first, thanks."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import Message, Severity, SocialkitTypeError, UnknownPlatformError, ValidationError
from socialkit.community import COMMUNITY_RULES, check_responsiveness, triage

PARIS = ZoneInfo("Europe/Paris")
MON = datetime(2026, 3, 2, 9, tzinfo=PARIS)  # a Monday


def _msg(at: datetime, author: str = "@a", **kw: object) -> Message:
    return Message(received_at=at, platform="facebook", author=author, **kw)  # type: ignore[arg-type]


def _rules(messages: list[Message], now: datetime, **kw: object) -> list[tuple[str, str]]:
    result = check_responsiveness(messages, now=now, **kw)  # type: ignore[arg-type]
    return [(f.rule, f.where) for f in result.findings]


def test_every_rule_is_sourced_and_unique() -> None:
    assert len({r.id for r in COMMUNITY_RULES}) == len(COMMUNITY_RULES)
    assert all(r.source.title.startswith("[00") for r in COMMUNITY_RULES)


def test_answer_within_48_hours() -> None:
    on_time = _msg(MON, answered_at=MON + timedelta(hours=47))
    late = _msg(MON, answered_at=MON + timedelta(hours=49))
    waiting = _msg(MON)
    now = MON + timedelta(hours=50)
    assert _rules([on_time, late, waiting], now) == [
        ("community.answer_within", "messages[1]"),
        ("community.answer_within", "messages[2]"),
    ]


def test_the_window_is_overridable() -> None:
    message = _msg(MON, answered_at=MON + timedelta(hours=5))
    now = MON + timedelta(days=1)
    assert _rules([message], now, answer_within=timedelta(hours=4)) == [
        ("community.answer_within", "messages[0]")
    ]
    with pytest.raises(ValidationError, match="positive"):
        check_responsiveness([message], now=now, answer_within=timedelta(0))


def test_unanswered_but_not_yet_due_is_no_finding() -> None:
    assert _rules([_msg(MON)], MON + timedelta(hours=3)) == []


def test_dont_wait_for_monday() -> None:
    saturday = datetime(2026, 3, 7, 10, tzinfo=PARIS)
    answered_monday = _msg(saturday, answered_at=datetime(2026, 3, 9, 8, tzinfo=PARIS))
    answered_sunday = _msg(saturday, answered_at=datetime(2026, 3, 8, 20, tzinfo=PARIS))
    now = datetime(2026, 3, 9, 9, tzinfo=PARIS)
    assert _rules([answered_monday, answered_sunday], now) == [
        ("community.dont_wait_for_monday", "messages[0]")
    ]


def test_weekends_follow_the_given_zone() -> None:
    # Friday 23:30 in Paris is already Saturday in Tokyo.
    friday_night = _msg(
        datetime(2026, 3, 6, 23, 30, tzinfo=PARIS),
        answered_at=datetime(2026, 3, 9, 10, tzinfo=PARIS),
    )
    now = datetime(2026, 3, 9, 12, tzinfo=PARIS)
    assert ("community.dont_wait_for_monday", "messages[0]") not in _rules([friday_night], now)
    tokyo = _rules([friday_night], now, zone=ZoneInfo("Asia/Tokyo"))
    assert ("community.dont_wait_for_monday", "messages[0]") in tokyo


def test_never_delete_a_message() -> None:
    result = check_responsiveness([_msg(MON, negative=True, deleted=True)], now=MON)
    (finding,) = result.findings
    assert finding.rule == "community.never_delete"
    assert finding.severity is Severity.ERROR
    assert result.unanswered == 0


def test_negative_messages_come_first() -> None:
    negative = _msg(MON, "@angry", negative=True, answered_at=MON + timedelta(hours=5))
    newer = _msg(MON + timedelta(hours=1), "@happy", answered_at=MON + timedelta(hours=2))
    older = _msg(MON - timedelta(hours=1), "@early", answered_at=MON + timedelta(hours=1))
    findings = check_responsiveness([negative, newer, older], now=MON + timedelta(hours=6)).findings
    assert [(f.rule, f.where) for f in findings] == [("community.negative_first", "messages[0]")]
    assert "1 newer message got an answer" in findings[0].message


def test_thank_people_who_share() -> None:
    share = _msg(MON, "@fan", share=True)
    thanked = _msg(MON, "@fan2", share=True, answered_at=MON + timedelta(hours=1))
    findings = check_responsiveness([share, thanked], now=MON + timedelta(days=3)).findings
    assert [(f.rule, f.severity) for f in findings] == [("community.thank_shares", Severity.TIP)]


def test_rules_can_be_chosen() -> None:
    only_deletions = COMMUNITY_RULES.only("community.never_delete")
    inbox = [_msg(MON), _msg(MON, deleted=True)]
    assert _rules(inbox, MON + timedelta(days=5), rules=only_deletions) == [
        ("community.never_delete", "messages[1]")
    ]


def test_median_response_time() -> None:
    inbox = [
        _msg(MON, answered_at=MON + timedelta(hours=1)),
        _msg(MON, answered_at=MON + timedelta(hours=3)),
        _msg(MON, answered_at=MON + timedelta(hours=10)),
        _msg(MON, answered_at=MON + timedelta(hours=20)),
        _msg(MON, deleted=True, answered_at=MON + timedelta(hours=90)),
        _msg(MON),
    ]
    result = check_responsiveness(inbox, now=MON + timedelta(days=5))
    assert result.median_response == timedelta(hours=6, minutes=30)
    assert (result.answered, result.unanswered) == (4, 1)
    assert check_responsiveness([], now=MON).median_response is None


def test_times_must_be_aware_and_not_in_the_future() -> None:
    with pytest.raises(ValidationError, match="time zone"):
        _msg(datetime(2026, 3, 2, 9))
    with pytest.raises(ValidationError, match="timezone-aware"):
        check_responsiveness([], now=datetime(2026, 3, 2, 9))
    with pytest.raises(ValidationError, match="after now"):
        check_responsiveness([_msg(MON)], now=MON - timedelta(hours=1))
    with pytest.raises(ValidationError, match="before received_at"):
        _msg(MON, answered_at=MON - timedelta(minutes=1))
    with pytest.raises(SocialkitTypeError):
        check_responsiveness(["hello"], now=MON)  # type: ignore[list-item]


def test_triage_orders_negatives_then_messages_then_shares_oldest_first() -> None:
    inbox = [
        _msg(MON + timedelta(hours=3), "@share", share=True),
        _msg(MON + timedelta(hours=2), "@question"),
        _msg(MON + timedelta(hours=4), "@angry", negative=True),
        _msg(MON, "@oldest"),
        _msg(MON, "@done", answered_at=MON + timedelta(hours=1)),
        _msg(MON, "@removed", deleted=True),
        _msg(MON + timedelta(hours=1), "@furious", negative=True),
    ]
    assert [m.author for m in triage(inbox)] == [
        "@furious",
        "@angry",
        "@oldest",
        "@question",
        "@share",
    ]


_messages = st.lists(
    st.builds(
        Message,
        received_at=st.integers(0, 10_000).map(lambda m: MON + timedelta(minutes=m)),
        platform=st.just("x"),
        author=st.sampled_from(["@a", "@b", "@c"]),
        negative=st.booleans(),
        share=st.booleans(),
    ),
    max_size=25,
)


@given(_messages)
def test_triage_is_a_permutation_with_negatives_first(inbox: list[Message]) -> None:
    ordered = triage(inbox)
    assert sorted(map(id, ordered)) == sorted(map(id, inbox))
    flags = [m.negative for m in ordered]
    assert flags == sorted(flags, reverse=True)
    for group in (True, False):
        times = [m.received_at for m in ordered if m.negative is group and not m.share]
        assert times == sorted(times)


def test_rules_must_be_a_rule_set() -> None:
    with pytest.raises(SocialkitTypeError, match=r"check_responsiveness\(rules\)"):
        check_responsiveness([], now=MON, rules=["community.never_delete"])  # type: ignore[arg-type]


def test_response_time_is_elapsed_time_across_dst() -> None:
    # Paris springs forward on 2026-03-29: 10:00 Saturday to 10:30 Monday is 47 h 30.
    message = _msg(
        datetime(2026, 3, 28, 10, tzinfo=PARIS),
        answered_at=datetime(2026, 3, 30, 10, 30, tzinfo=PARIS),
    )
    assert message.response_time() == timedelta(hours=47, minutes=30)
    now = datetime(2026, 3, 31, tzinfo=PARIS)
    assert ("community.answer_within", "messages[0]") not in _rules([message], now)


def test_an_answer_in_the_fold_before_the_message_is_rejected() -> None:
    # 2026-10-25 02:30 happens twice in Paris: fold=1 (CET) is one hour after fold=0 (CEST).
    later = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=PARIS)
    earlier = datetime(2026, 10, 25, 2, 45, fold=0, tzinfo=PARIS)
    with pytest.raises(ValidationError, match="answered_at"):
        _msg(later, answered_at=earlier)


@given(
    start=st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(PARIS)
    ),
    minutes=st.integers(min_value=0, max_value=10_000),
)
def test_response_time_equals_utc_difference(start: datetime, minutes: int) -> None:
    answer = (start.astimezone(ZoneInfo("UTC")) + timedelta(minutes=minutes)).astimezone(PARIS)
    assert _msg(start, answered_at=answer).response_time() == timedelta(minutes=minutes)


def test_the_weekend_is_a_parameter() -> None:
    friday = datetime(2026, 3, 6, 18, tzinfo=PARIS)
    sunday = datetime(2026, 3, 8, 9, tzinfo=PARIS)
    messages = [_msg(friday, answered_at=sunday)]
    rule = ("community.dont_wait_for_monday", "messages[0]")
    assert rule not in _rules(messages, sunday)
    assert rule in _rules(messages, sunday, weekend={4, 5})  # Friday-Saturday weekend
    with pytest.raises(ValidationError, match="weekend"):
        check_responsiveness(messages, now=sunday, weekend={7})
    with pytest.raises(SocialkitTypeError, match="weekend"):
        check_responsiveness(messages, now=sunday, weekend=None)  # type: ignore[arg-type]


def test_a_weekend_message_near_datetime_max_does_not_overflow() -> None:
    utc = ZoneInfo("UTC")
    saturday = datetime(9999, 12, 25, tzinfo=utc)  # a Saturday; its Monday is 9999-12-27
    late = datetime(9999, 12, 31, 23, tzinfo=utc)
    assert ("community.dont_wait_for_monday", "messages[0]") in _rules([_msg(saturday)], late)
    last = datetime(9999, 12, 31, 12, tzinfo=utc)  # a Friday; weekend {4}: no day after it
    assert _rules([_msg(last)], last, weekend={4}) == []


def test_message_platform_resolves_aliases_and_rejects_unknown_names() -> None:
    assert Message(received_at=MON, platform="twitter", author="@a").platform == "x"
    with pytest.raises(UnknownPlatformError):
        Message(received_at=MON, platform="myspace", author="@a")
    with pytest.raises(SocialkitTypeError, match=r"Message\.platform"):
        Message(received_at=MON, platform=3, author="@a")  # type: ignore[arg-type]


def test_times_beyond_utc_range_are_validation_errors() -> None:
    edge = datetime(1, 1, 1, 0, 5, tzinfo=PARIS)  # Paris LMT is +0:09:21: year 0 in UTC
    with pytest.raises(ValidationError, match="out of range"):
        _msg(edge)
    with pytest.raises(ValidationError, match="out of range"):
        check_responsiveness([], now=edge)


@given(_messages, st.sampled_from(COMMUNITY_RULES.ids()))
def test_a_disabled_community_rule_never_produces_findings(
    inbox: list[Message], rule_id: str
) -> None:
    now = MON + timedelta(days=9)
    full = check_responsiveness(inbox, now=now).findings
    fewer = check_responsiveness(inbox, now=now, rules=COMMUNITY_RULES.without(rule_id)).findings
    assert rule_id not in {f.rule for f in fewer}
    assert fewer == tuple(f for f in full if f.rule != rule_id)
