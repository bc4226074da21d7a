"""Thresholds that are socialkit's own choices say so, in the data and in the findings."""

from __future__ import annotations

from socialkit import get_platform
from socialkit.calendar import INTERACTION_AT, NO_BENCHMARK_HOUR, Interaction
from socialkit.posts import DEFAULT_RULES, Post, assess


def messages(post: Post, platform: str, rule: str) -> list[str]:
    return [f.message for f in assess(post, platform).findings if f.rule.endswith(rule)]


def test_the_two_hashtag_threshold_is_labelled_and_sourced_on_x() -> None:
    (message,) = messages(Post(text="New #a #b #c"), "x", ".many_hashtags")
    assert "more than 2: socialkit's default threshold" in message
    assert "socialkit's default" in DEFAULT_RULES.get("many_hashtags").why
    signal = get_platform("x").signal("many_hashtags")
    assert any("Help Center" in s.title for s in signal.see_also)


def test_the_ten_word_description_is_labelled() -> None:
    found = messages(
        Post(text="Pin", description="Three words here"), "pinterest", ".precise_description"
    )
    assert any("socialkit's default threshold" in m for m in found)
    assert "socialkit's default" in DEFAULT_RULES.get("precise_description").why


def test_calendar_defaults_are_named_data() -> None:
    assert Interaction().at == INTERACTION_AT
    assert INTERACTION_AT.hour == 17
    assert NO_BENCHMARK_HOUR == 9
