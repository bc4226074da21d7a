"""Frequency rules: defaults from the registry, contradictions, violations, reports."""

import itertools
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import (
    Frequency,
    FrequencyRule,
    NotFoundError,
    Period,
    SocialkitTypeError,
    ValidationError,
    Window,
    list_platforms,
)
from socialkit.frequency import QuietHours, Verdict
from socialkit.frequency._rules import complete_periods, period_key

PARIS = ZoneInfo("Europe/Paris")


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)  # type: ignore[misc]


def test_linkedin_default_is_48h_gap_and_2_to_3_a_week() -> None:
    # [000]: "not more than one post per 48 h"; van der Blom: 2-3 a week.
    rule = FrequencyRule.for_platform("linkedin")
    assert rule.min_gap == timedelta(hours=48)
    assert rule.range(Period.WEEK) == Frequency(per=Period.WEEK, minimum=2, maximum=3)


@pytest.mark.parametrize("platform", [p.slug for p in list_platforms()])
def test_every_platform_has_a_default_rule(platform: str) -> None:
    rule = FrequencyRule.for_platform(platform)
    assert isinstance(rule, FrequencyRule)


def test_surface_defaults_to_the_first_recommended_one_and_unknown_surface_is_named() -> None:
    assert str(FrequencyRule.for_platform("youtube")) == "1-2 per week"
    with pytest.raises(NotFoundError, match="shorts"):
        FrequencyRule.for_platform("youtube", surface="reels")


def test_user_overrides_with_evolve_or_with_methods() -> None:
    rule = FrequencyRule.for_platform("linkedin").with_frequency("week", 1, 2).with_gap(None)
    assert str(rule) == "1-2 per week"
    assert attrs.evolve(rule, quiet_hours=QuietHours(start=time(22), end=time(7))).quiet_hours


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"frequencies": [Frequency(per="week", minimum=8), Frequency(per="day", maximum=1)]},
            "7 x",
        ),
        (
            {"frequencies": [Frequency(per="day", minimum=1), Frequency(per="week", maximum=5)]},
            "7 per week",
        ),
        (
            {"frequencies": [Frequency(per="month", minimum=40), Frequency(per="day", maximum=1)]},
            "28 x",
        ),
        (
            {"frequencies": [Frequency(per="day", minimum=2)], "min_gap": timedelta(hours=24)},
            "cannot be",
        ),
        (
            {"frequencies": [Frequency(per="week", minimum=5)], "min_gap": timedelta(hours=48)},
            "192 h",
        ),
        (
            {
                "frequencies": [Frequency(per="day", minimum=1)],
                "windows": [Window(weekday=0, start=time(9), end=time(10))],
            },
            "no window on Tue",
        ),
    ],
)
def test_contradictory_rules_raise_at_construction(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        FrequencyRule(**kwargs)  # type: ignore[arg-type]


def test_unreachable_maximum_is_redundant_not_contradictory() -> None:
    rule = FrequencyRule(frequencies=[Frequency(per="day", maximum=3)], min_gap=timedelta(hours=48))
    assert rule.range("day").maximum == 3


def test_bad_values_raise_socialkit_errors() -> None:
    with pytest.raises(ValidationError, match="minimum <= maximum"):
        Frequency(per="week", minimum=4, maximum=3)
    with pytest.raises(NotFoundError, match="known: day, week, month"):
        Frequency(per="fortnight")
    with pytest.raises(ValidationError, match="several ranges"):
        FrequencyRule(frequencies=[Frequency(per="week"), Frequency(per="week", maximum=2)])
    with pytest.raises(ValidationError, match="start < end"):
        Window(weekday=0, start=time(12), end=time(9))
    with pytest.raises(ValidationError, match="non-empty"):
        QuietHours(start=time(9), end=time(9))


def test_gap_violation_says_by_how_much() -> None:
    # The example: a 30 h gap is 18 h short of LinkedIn's 48 h.
    rule = FrequencyRule.for_platform("linkedin")
    (v,) = rule.check([paris(2026, 11, 23, 9), paris(2026, 11, 24, 15)], tz=PARIS)
    assert (v.rule, v.actual, v.by) == ("min_gap", timedelta(hours=30), timedelta(hours=18))
    assert "18 h short of 48 h" in str(v)


def test_weekly_maximum_counts_iso_weeks_in_the_audience_time_zone() -> None:
    rule = FrequencyRule(frequencies=[Frequency(per="week", maximum=3)])
    posts = [paris(2026, 11, d, 10) for d in (23, 24, 25, 26, 27)]
    (v,) = rule.check(posts, tz=PARIS)
    assert (v.rule, v.period, v.actual, v.by, v.limit) == ("max_per_week", "2026-W48", 5, 2, 3)
    assert str(v) == "max_per_week: 5 posts in 2026-W48, 2 over the maximum of 3"


def test_week_boundary_depends_on_the_audience_time_zone() -> None:
    # Sunday 23:30 in Paris is Monday in Tokyo: a different ISO week there.
    rule = FrequencyRule(frequencies=[Frequency(per="week", maximum=1)])
    posts = [paris(2026, 11, 23, 10), paris(2026, 11, 29, 23, 30)]
    assert rule.check(posts, tz=PARIS)
    assert not rule.check(posts, tz="Asia/Tokyo")


def test_windows_and_quiet_hours() -> None:
    rule = FrequencyRule(
        windows=[Window(weekday=d, start=time(8), end=time(20)) for d in range(7)],
        quiet_hours=QuietHours(start=time(22), end=time(7)),
    )
    found = rule.check([paris(2026, 11, 23, 21), paris(2026, 11, 23, 23)], tz=PARIS)
    assert [v.rule for v in found] == ["outside_windows", "quiet_hours"]


def test_minimums_only_in_complete_periods_of_the_range() -> None:
    rule = FrequencyRule.for_platform("linkedin")
    posts = [paris(2026, 11, 24, 10)]
    assert not rule.check(posts, tz=PARIS)  # no range: minimums unchecked
    found = rule.check(posts, tz=PARIS, start=date(2026, 11, 25), end=date(2026, 12, 7))
    assert [(v.rule, v.period, v.by) for v in found] == [("min_per_week", "2026-W49", 2)]


def test_report_says_under_within_or_over() -> None:
    rule = FrequencyRule.for_platform("linkedin")
    week = {"tz": PARIS, "start": date(2026, 11, 23), "end": date(2026, 11, 30)}
    under = rule.report([paris(2026, 11, 24, 10)], **week)  # type: ignore[arg-type]
    within = rule.report([paris(2026, 11, 24, 10), paris(2026, 11, 27, 10)], **week)  # type: ignore[arg-type]
    over = rule.report([paris(2026, 11, 24, 10), paris(2026, 11, 25, 10)], **week)  # type: ignore[arg-type]
    assert (under.verdict, within.verdict, over.verdict) == (
        Verdict.UNDER,
        Verdict.WITHIN,
        Verdict.OVER,
    )
    assert within.per_week == 2


def test_naive_datetimes_and_unknown_zones_are_rejected() -> None:
    rule = FrequencyRule()
    with pytest.raises(ValidationError, match="naive datetime"):
        rule.check([datetime(2026, 11, 23, 9)], tz=PARIS)
    with pytest.raises(ValidationError, match="'Europe/Pariss'"):
        rule.check([], tz="Europe/Pariss")
    with pytest.raises(SocialkitTypeError):
        rule.check([], tz=3)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="start < end"):
        rule.report([], tz=PARIS, start=date(2026, 12, 1), end=date(2026, 11, 1))


def test_period_keys_and_complete_periods() -> None:
    assert period_key(date(2026, 12, 31), Period.WEEK) == "2026-W53"
    assert period_key(date(2028, 2, 29), Period.MONTH) == "2028-02"
    assert complete_periods(date(2026, 11, 25), date(2027, 1, 1), Period.MONTH) == ["2026-12"]
    assert complete_periods(date(2026, 11, 23), date(2026, 12, 7), Period.WEEK) == [
        "2026-W48",
        "2026-W49",
    ]


@given(
    st.lists(
        st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 1, 1)),
        max_size=30,
    )
)
def test_gap_violations_are_exactly_the_close_pairs(naive: list[datetime]) -> None:
    times = sorted(t.replace(tzinfo=PARIS) for t in naive)
    rule = FrequencyRule(min_gap=timedelta(hours=48))
    close = sum(1 for a, b in itertools.pairwise(times) if b - a < timedelta(hours=48))
    assert len(rule.check(times, tz=PARIS)) == close


# -- review fixes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("week", "month", "message"),
    [
        (Frequency(per="week", minimum=5, maximum=7), Frequency(per="month", maximum=3), "20 in"),
        (Frequency(per="week", maximum=2), Frequency(per="month", minimum=9), "4 x the maximum"),
    ],
)
def test_weekly_and_monthly_ranges_must_overlap(
    week: Frequency, month: Frequency, message: str
) -> None:
    # Review item 6: week vs month was not checked, so a plan blamed "too few slots".
    with pytest.raises(ValidationError, match=message):
        FrequencyRule(frequencies=[week, month])


def test_weekly_and_monthly_ranges_that_overlap_in_every_month_are_accepted() -> None:
    rule = FrequencyRule(
        frequencies=[Frequency(per="week", minimum=2, maximum=3), Frequency(per="month", maximum=8)]
    )
    assert rule.range("month").maximum == 8


def test_check_rejects_a_non_iterable() -> None:
    with pytest.raises(SocialkitTypeError, match="times"):
        FrequencyRule().check(None, tz="UTC")  # type: ignore[arg-type]


def test_ranges_end_before_date_max() -> None:
    # Review item 12: the last month's period would run past date.max.
    with pytest.raises(ValidationError, match="9998-12-31"):
        FrequencyRule.for_platform("x").report(
            [], tz="UTC", start=date(9999, 12, 1), end=date(9999, 12, 31)
        )


# 2026-03-29 (spring forward) and 2026-10-25 (fall back) in Paris: gaps are elapsed time.
DST_GAPS = [
    ((2026, 3, 28, 10, 0), (2026, 3, 30, 9, 30), timedelta(hours=46, minutes=30)),
    ((2026, 10, 24, 10, 0), (2026, 10, 26, 9, 30), None),
]


@pytest.mark.parametrize(("first", "second", "short"), DST_GAPS)
def test_min_gap_is_elapsed_time_across_dst(
    first: tuple[int, ...], second: tuple[int, ...], short: timedelta | None
) -> None:
    paris = ZoneInfo("Europe/Paris")
    posts = [datetime(*first, tzinfo=paris), datetime(*second, tzinfo=paris)]  # type: ignore[misc]
    found = FrequencyRule(min_gap=timedelta(hours=48)).check(posts, tz=paris)
    assert [v.actual for v in found if v.rule == "min_gap"] == ([short] if short else [])


def test_min_gap_orders_the_two_half_past_twos_of_a_fall_back_night() -> None:
    paris = ZoneInfo("Europe/Paris")
    summer = datetime(2026, 10, 25, 2, 30, tzinfo=paris)  # 00:30 UTC
    winter = datetime(2026, 10, 25, 2, 10, fold=1, tzinfo=paris)  # 01:10 UTC, 40 min later
    (v,) = FrequencyRule(min_gap=timedelta(hours=1)).check([winter, summer], tz=paris)
    assert v.posts == (summer, winter)
    assert v.actual == timedelta(minutes=40)
