"""Page management ([001]): a page complete (its profile) and current (its posts)."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import get_platform
from socialkit.calendar import CalendarItem, ContentCalendar
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.measure import History, PostRecord
from socialkit.strategy import (
    PAGE_QUIET_DAYS,
    PAGE_RULES,
    PROFILE_RULES,
    Profile,
    check_page,
)
from socialkit.strategy._page import PageActivity

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 4, 1, 12, tzinfo=PARIS)
PAGE = Profile(platform="facebook", display_name="Trailhead", bio="Trail gear")
ONLY_PAGE = PROFILE_RULES.only("profile.keyword_absent")  # the profile part stays quiet


def _rules(findings: tuple[object, ...]) -> list[str]:
    return [f.rule for f in findings]  # type: ignore[attr-defined]


def test_an_incomplete_profile_is_flagged_first() -> None:
    findings = check_page(PAGE, [NOW - timedelta(days=1)], now=NOW)
    assert findings[0].rule == "profile.empty_fields"
    assert "website" in findings[0].message
    assert "page.not_current" not in _rules(findings)


def test_a_page_silent_for_more_than_a_week_is_not_current() -> None:
    findings = check_page(PAGE, [NOW - timedelta(days=8)], now=NOW, profile_rules=ONLY_PAGE)
    assert _rules(findings) == ["page.not_current"]
    assert "8 days ago" in findings[0].message
    assert "socialkit's default" in findings[0].message
    assert check_page(PAGE, [NOW - timedelta(days=7)], now=NOW, profile_rules=ONLY_PAGE) == ()


def test_the_threshold_is_the_users() -> None:
    posted = [NOW - timedelta(days=20)]
    assert check_page(PAGE, posted, now=NOW, quiet_days=30, profile_rules=ONLY_PAGE) == ()
    assert PAGE_QUIET_DAYS == 7


def test_no_post_at_all() -> None:
    findings = check_page(PAGE, [], now=NOW, profile_rules=ONLY_PAGE)
    assert [(f.rule, f.where) for f in findings] == [("page.not_current", "posts")]


def test_only_the_profiles_platform_counts() -> None:
    history = History(
        records=(
            PostRecord(posted_at=NOW - timedelta(days=1), platform="linkedin"),
            PostRecord(posted_at=NOW - timedelta(days=30), platform="facebook"),
            PostRecord(posted_at=NOW - timedelta(days=2)),  # the page's own export
        )
    )
    findings = check_page(PAGE, history, now=NOW, profile_rules=ONLY_PAGE)
    assert [(f.rule, f.where) for f in findings] == [("page.gap", "posts[2]")]


def test_a_calendar_is_checked_for_gaps_and_its_first_post() -> None:
    def item(day: int) -> CalendarItem:
        return CalendarItem(
            id=f"facebook-{day}",
            platform="facebook",
            kind="post",
            start=datetime(2026, 4, day, 10, tzinfo=PARIS),
            title=f"post {day}",
        )

    cal = ContentCalendar(
        tz=PARIS,
        start=date(2026, 4, 1),
        end=date(2026, 4, 30),
        items=[item(10), item(12), item(28)],
    )
    findings = check_page(PAGE, cal, now=NOW, profile_rules=ONLY_PAGE)
    assert [(f.rule, f.where) for f in findings] == [
        ("page.not_current", "posts[0]"),
        ("page.gap", "posts[2]"),
    ]
    assert "first planned post is 9 days away" in findings[0].message


def test_bad_input_says_what_was_wrong() -> None:
    with pytest.raises(ValidationError, match=r"check_page\(now\)"):
        check_page(PAGE, [], now=datetime(2026, 4, 1))
    with pytest.raises(ValidationError, match=r"check_page\(posts\)\[0\]"):
        check_page(PAGE, [datetime(2026, 4, 1)], now=NOW)
    with pytest.raises(SocialkitTypeError, match=r"check_page\(posts\)\[0\]"):
        check_page(PAGE, ["2026-04-01"], now=NOW)  # type: ignore[list-item]
    with pytest.raises(SocialkitTypeError, match=r"check_page\(profile\)"):
        check_page("facebook", [], now=NOW)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"check_page\(quiet_days\)"):
        check_page(PAGE, [], now=NOW, quiet_days=-1)


def test_rules_can_be_dropped_by_id() -> None:
    rules = PAGE_RULES.without("page.not_current")
    assert check_page(PAGE, [], now=NOW, profile_rules=ONLY_PAGE, rules=rules) == ()


moments = st.lists(
    st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC)
    ),
    max_size=8,
)


@given(posted=moments, quiet=st.integers(0, 60))
def test_findings_agree_with_the_silences(posted: list[datetime], quiet: int) -> None:
    now = datetime(2027, 1, 1, tzinfo=UTC)
    activity = PageActivity(
        platform=get_platform("facebook"),
        posted=tuple(enumerate(posted)),
        now=now,
        quiet_days=quiet,
    )
    found = PAGE_RULES.check(activity)
    times = sorted(posted)
    gaps = sum(1 for a, b in itertools.pairwise(times) if (b.date() - a.date()).days > quiet)
    assert sum(f.rule == "page.gap" for f in found) == gaps
    stale = not times or (now.date() - times[-1].date()).days > quiet
    assert any(f.rule == "page.not_current" for f in found) == stale
