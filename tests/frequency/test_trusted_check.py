"""``trusted_check`` (the planner's way in) answers what ``FrequencyRule.check`` answers."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import aware_datetimes, frequency_rules, zones

from socialkit.errors import SocialkitError
from socialkit.frequency import FrequencyRule, Violation
from socialkit.frequency._rules import trusted_check


@given(
    frequency_rules(),
    st.lists(aware_datetimes(), max_size=12),
    zones(),
    st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.none() | st.integers(min_value=-3, max_value=120),
)
def test_trusted_check_is_check(
    rule: FrequencyRule,
    times: list[datetime],
    zone: ZoneInfo,
    start: date | None,
    days: int | None,
) -> None:
    end = None if start is None or days is None else start + timedelta(days=days)
    expected: tuple[Violation, ...] | str
    try:
        expected = rule.check(times, tz=zone, start=start, end=end)
    except SocialkitError as error:
        expected = f"{type(error).__name__}: {error}"
    try:
        answer: tuple[Violation, ...] | str = trusted_check(rule, times, zone, start, end)
    except SocialkitError as error:
        answer = f"{type(error).__name__}: {error}"
    assert answer == expected
