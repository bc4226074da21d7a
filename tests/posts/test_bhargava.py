"""Bhargava's five rules ([003]): post rules, calendar rules and the practices they check."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import posts

from socialkit import Finding, Severity
from socialkit.calendar import CALENDAR_RULES, CalendarItem, ContentCalendar, check_calendar
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.posts import (
    BHARGAVA_PRACTICES,
    BHARGAVA_RULES,
    REWARD_WORDS,
    SHARE_CALLS,
    Media,
    Post,
    PracticeStatus,
    assess,
    bhargava_rules,
    review_practices,
)

PARIS = ZoneInfo("Europe/Paris")


def rules_of(post: Post, platform: str = "instagram") -> list[str]:
    return [f.rule.partition(".")[2] for f in assess(post, platform, rules=BHARGAVA_RULES).findings]


def test_a_post_that_follows_every_rule_has_no_finding() -> None:
    post = Post(
        text="Exclusive first photos: share them with your friends!", media=(Media.image(),)
    )
    assert rules_of(post) == []


def test_each_missing_element_is_one_tip() -> None:
    assert rules_of(Post(text="Hello")) == [
        "bhargava.visual",
        "bhargava.reward",
        "bhargava.call_to_share",
    ]
    long = Post(text=" ".join(["word"] * 51) + " share exclusive", media=(Media.video(),))
    assert rules_of(long) == ["bhargava.short_message"]


def test_a_contest_is_a_reward_and_words_match_whole_words_only() -> None:
    assert "bhargava.reward" not in rules_of(Post(text="Vote", format="contest"))
    # "shared" is not the call "share", "freedom" is not "free"
    assert rules_of(Post(text="We shared our freedom", media=(Media.image(),))) == [
        "bhargava.reward",
        "bhargava.call_to_share",
    ]


def test_findings_are_tips_labelled_as_the_course_heuristic() -> None:
    findings = assess(Post(text="Hello"), "x", rules=BHARGAVA_RULES).findings
    assert findings
    assert all(f.severity is Severity.TIP for f in findings)
    for f in findings:
        assert "course heuristic" in f.message
        assert f.source is not None
        assert f.source.title.startswith("[003]")


def test_the_short_message_threshold_says_it_is_socialkits_default() -> None:
    long = Post(text=" ".join(["w"] * 60), media=(Media.image(),))
    (finding,) = [f for f in assess(long, "x", rules=BHARGAVA_RULES).findings if "short" in f.rule]
    assert "socialkit's default" in finding.message
    assert BHARGAVA_RULES.get("bhargava.short_message").threshold == 50


@settings(max_examples=60, deadline=None)
@given(posts(), st.integers(1, 200))
def test_short_message_flags_exactly_the_posts_over_the_threshold(post: Post, limit: int) -> None:
    rules = bhargava_rules(short_message=limit)
    found = {f.rule for f in assess(post, "mastodon", rules=rules).findings}
    body = post.text
    assert ("mastodon.bhargava.short_message" in found) == (len(body.split()) > limit)


@settings(max_examples=60, deadline=None)
@given(posts(), st.sampled_from(SHARE_CALLS))
def test_adding_a_call_to_share_removes_the_call_finding(post: Post, call: str) -> None:
    shared = Post(text=f"{post.text} {call}", media=post.media)
    found = {f.rule for f in assess(shared, "mastodon", rules=BHARGAVA_RULES).findings}
    assert "mastodon.bhargava.call_to_share" not in found


def test_own_words_replace_the_defaults() -> None:
    rules = bhargava_rules(reward_words=["rabatt"], share_calls=["teilen"])
    post = Post(text="Rabatt! Jetzt teilen", media=(Media.image(),))
    assert assess(post, "x", rules=rules).findings == ()
    assert "x.bhargava.reward" in {f.rule for f in assess(post, "x", rules=BHARGAVA_RULES).findings}


@pytest.mark.parametrize(
    "kw", [{"reward_words": []}, {"share_calls": [""]}, {"short_message": 0}, {"reward_words": "x"}]
)
def test_bad_words_or_threshold_are_refused(kw: dict[str, object]) -> None:
    with pytest.raises((ValidationError, SocialkitTypeError)):
        bhargava_rules(**kw)  # type: ignore[arg-type]


def test_every_practice_names_rules_that_exist() -> None:
    known = set(BHARGAVA_RULES.ids()) | set(CALENDAR_RULES.ids())
    assert len(BHARGAVA_PRACTICES) == 5
    for practice in BHARGAVA_PRACTICES:
        assert practice.rules, practice.id
        assert set(practice.rules) <= known, practice.id
    assert REWARD_WORDS
    assert len(set(REWARD_WORDS)) == len(REWARD_WORDS)


def test_reviewing_an_assessment_gives_a_status_per_practice() -> None:
    a = assess(Post(text="Hello", media=(Media.image(),)), "x", rules=BHARGAVA_RULES)
    reviews = {
        r.practice.id: r.status
        for r in review_practices(BHARGAVA_PRACTICES, a.findings, ran=a.applied)
    }
    assert reviews == {
        "bhargava.exciting_content": PracticeStatus.FOLLOWED,
        "bhargava.easy_to_share": PracticeStatus.FOLLOWED,
        "bhargava.reward_users": PracticeStatus.NOT_FOLLOWED,
        "bhargava.share_actively": PracticeStatus.TO_REVIEW,  # a calendar rule: not run
        "bhargava.encourage_embedding": PracticeStatus.NOT_FOLLOWED,
    }


# -- the calendar ---------------------------------------------------------------------


def item(n: int, platform: str, content: str | None, kind: str | None = None) -> CalendarItem:
    return CalendarItem(
        id=f"{platform}-{n}",
        platform=platform,
        kind="post",
        start=datetime(2026, 3, 2, 10, tzinfo=PARIS) + timedelta(days=n),
        title=f"post {n}",
        content=content,
        content_type=kind,
    )


def calendar(*items: CalendarItem) -> ContentCalendar:
    return ContentCalendar(tz=PARIS, start=date(2026, 3, 1), end=date(2026, 4, 30), items=items)


def rules_on(cal: ContentCalendar) -> list[tuple[str, str]]:
    return [(f.rule, f.where) for f in check_calendar(cal)]


def test_content_on_one_channel_is_a_tip_naming_the_others() -> None:
    cal = calendar(item(0, "x", "Guide"), item(1, "linkedin", "guide"), item(2, "x", "Promo day"))
    found = check_calendar(cal)
    assert [(f.rule, f.where) for f in found] == [("bhargava.share_actively", "items[2]")]
    assert "also on linkedin" in found[0].message
    assert found[0].severity is Severity.TIP


def test_a_calendar_without_reward_is_flagged_once() -> None:
    cal = calendar(item(0, "x", "Guide"), item(1, "linkedin", "Guide"))
    assert rules_on(cal) == [("bhargava.calendar_reward", "items")]
    rewarded = calendar(item(0, "x", "Guide"), item(1, "linkedin", "Guide", kind="contest"))
    assert rules_on(rewarded) == []


def test_open_slots_and_empty_calendars_find_nothing_to_share() -> None:
    assert check_calendar(calendar()) == ()
    assert rules_on(calendar(item(0, "x", None, "contest"))) == []


def test_check_calendar_refuses_what_is_not_a_calendar() -> None:
    with pytest.raises(SocialkitTypeError):
        check_calendar("calendar")  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError):
        check_calendar(calendar(), rules=BHARGAVA_RULES)  # type: ignore[arg-type]


def test_findings_are_findings() -> None:
    cal = calendar(item(0, "x", "Guide"))
    assert all(isinstance(f, Finding) for f in check_calendar(cal))
