"""Issue 12 (part B) and issue 18: defaults a team would keep, per_week as the target,
blackouts, next_free_slot at usual hours, stages that follow pillars, bounded planning."""

from collections import Counter
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit import (
    Channel,
    ContentMix,
    Frequency,
    FrequencyRule,
    PlanSpec,
    ValidationError,
    get_platform,
    list_platforms,
    plan,
)
from socialkit.errors import NotFoundError
from socialkit.frequency import MAX_PER_DAY, FrequencyProfile, usual_hours
from socialkit.platforms import PostingGuidance

NEW_YORK = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")
QUARTER = {"start": date(2027, 1, 1), "end": date(2027, 4, 1)}


def bakery() -> PlanSpec:
    return PlanSpec.simple(platforms=["instagram", "facebook", "tiktok"], tz=NEW_YORK)


def test_the_bakery_quarter_plans_what_a_team_would_keep() -> None:
    cal = plan(bakery(), **QUARTER)
    counts = Counter(i.platform for i in cal.posts())
    # Instagram 2-3 feed posts a week and at most 1 a day (Hootsuite), Facebook at most 1 a
    # day (HubSpot: 2 a day halve clicks), TikTok a weak aggregator's cap: 3 a week.
    assert counts == {"instagram": 32, "facebook": 90, "tiktok": 39}
    assert not cal.check()
    days = Counter((i.platform, i.start.date()) for i in cal.posts())
    assert max(n for (p, _), n in days.items() if p in ("instagram", "facebook")) == 1
    (weak,) = cal.issues
    assert (weak.platform, weak.rule) == ("tiktok", "weak_guidance")
    assert "FaceBot" in weak.reason
    assert "low confidence" in weak.reason


def test_guidance_notes_became_rule_terms() -> None:
    assert FrequencyRule.for_platform("instagram").range("day").maximum == 1
    assert FrequencyRule.for_platform("facebook").range("day").maximum == 1


@pytest.mark.parametrize("platform", [p.slug for p in list_platforms()])
def test_weak_guidance_caps_but_never_sets_a_minimum(platform: str) -> None:
    weak = [g for g in get_platform(platform).recommended_frequency() if g.weak]
    rule = FrequencyRule.for_platform(platform)
    for g in weak:
        assert g.per is not None
        assert rule.range(g.per).minimum == 0 or (g.surface != "feed" and platform != "youtube")
        assert "low confidence" in g.note


@pytest.mark.parametrize("platform", [p.slug for p in list_platforms()])
@pytest.mark.parametrize("profile", list(FrequencyProfile))
def test_every_platform_has_both_builtin_profiles(platform: str, profile: FrequencyProfile) -> None:
    rule = FrequencyRule.for_platform(platform, profile=profile)
    recommended = FrequencyRule.for_platform(platform)
    if profile is FrequencyProfile.MINIMAL:
        low, high = rule.max_per_week(), recommended.max_per_week()
        assert low is None or high is None or low <= high
        for per in ("day", "week"):
            assert rule.range(per).minimum <= max(recommended.range(per).minimum, 2)


def test_minimal_profiles_come_from_the_data() -> None:
    assert str(FrequencyRule.for_platform("instagram", profile="minimal")) == (
        "0-1 per day; 2-2 per week"
    )
    assert str(FrequencyRule.for_platform("facebook", profile="minimal")) == (
        "0-1 per day; 1-5 per month"
    )
    assert str(FrequencyRule.for_platform("linkedin", profile="minimal")) == (
        "2-2 per week; gap >= 48 h"
    )
    # X names no minimal rhythm: its recommended limits without their minimums.
    assert str(FrequencyRule.for_platform("x", profile="minimal")) == "0-5 per day"


def test_an_unknown_profile_is_named_with_the_known_ones() -> None:
    with pytest.raises(NotFoundError, match="recommended"):
        FrequencyRule.for_platform("instagram", profile="heroic")
    with pytest.raises(Exception, match="profile"):
        FrequencyRule.for_platform("instagram", profile=3)  # type: ignore[arg-type]


def test_a_profile_is_data() -> None:
    from socialkit._core.sources import Confidence, Source

    notes = Source(title="our notes", confidence=Confidence.SECONDARY)
    g = PostingGuidance(per="week", minimum=5, maximum=6, profiles=["launch"], source=notes)
    assert g.in_profile("launch")
    assert not g.in_profile("recommended")
    assert get_platform("instagram").frequency_profiles() == ("recommended", "minimal")


def test_per_week_lowers_minimums_and_says_so_once() -> None:
    rule = FrequencyRule(frequencies=[Frequency(per="day", minimum=1, maximum=4)])
    spec = PlanSpec(
        channels=[Channel(platform="tiktok", per_week=3, frequency=rule)],
        tz=PARIS,
        interaction=None,
    )
    cal = plan(spec, start=date(2026, 11, 23), end=date(2026, 12, 7))
    assert len(cal.posts()) == 6
    assert [i.rule for i in cal.issues] == ["minimum_lowered"]
    assert "per_week of 3" in cal.issues[0].reason
    assert not cal.check()


@settings(max_examples=25, deadline=None)
@given(per_week=st.integers(1, 60))
def test_per_week_without_a_maximum_is_the_weekly_count(per_week: int) -> None:
    spec = PlanSpec(
        channels=[Channel(platform="threads", per_week=per_week, frequency=FrequencyRule())],
        tz=PARIS,
        interaction=None,
    )
    cal = plan(spec, start=date(2026, 11, 23), end=date(2026, 12, 7))  # two whole weeks
    assert Counter(i.start.isocalendar()[1] for i in cal.posts()) == {48: per_week, 49: per_week}
    assert not cal.issues


def test_per_week_100_with_a_maximum_of_100_a_day_gives_100() -> None:
    rule = FrequencyRule(frequencies=[Frequency(per="day", maximum=100)])
    spec = PlanSpec(
        channels=[Channel(platform="threads", per_week=100, frequency=rule)], tz=PARIS,
        interaction=None,
    )  # fmt: skip
    cal = plan(spec, start=date(2026, 11, 23), end=date(2026, 11, 30))
    assert len(cal.posts()) == 100
    assert not cal.issues
    assert not cal.check()


@pytest.mark.parametrize("count", [MAX_PER_DAY + 1, 10**6, 10**18])
def test_absurd_frequencies_are_refused_up_front(count: int) -> None:
    with pytest.raises(ValidationError, match=r"minimum.*at most 1,440 per day"):
        Frequency(per="day", minimum=count)
    with pytest.raises(ValidationError, match="per_week"):
        Channel(platform="x", per_week=count * 7)


def test_a_huge_gap_is_refused_clearly() -> None:
    with pytest.raises(ValidationError, match=r"min_gap.*at most 366 days"):
        FrequencyRule(min_gap=timedelta(days=10**6))
    from socialkit.errors import SocialkitError
    from socialkit.io import loads_strategy

    text = """
name = "b"
[calendar]
timezone = "UTC"
[[channels]]
platform = "linkedin"
[channels.frequency]
min_gap_hours = %s
"""
    for hours in ("1e15", "1e6"):
        with pytest.raises(SocialkitError, match="min_gap"):
            loads_strategy(text % hours)


def test_check_over_millennia_is_refused_not_slow() -> None:
    rule = FrequencyRule(frequencies=[Frequency(per="day", minimum=1)])
    with pytest.raises(ValidationError, match="at most 400 years"):
        rule.check([], tz="UTC", start=date(1, 1, 1), end=date(9998, 12, 31))
    with pytest.raises(ValidationError, match="9998-12-31"):
        rule.check([], tz="UTC", start=date(2000, 1, 1), end=date(9999, 12, 31))


def test_a_plan_of_the_largest_rule_is_as_big_as_its_calendar() -> None:
    rule = FrequencyRule(frequencies=[Frequency(per="day", minimum=MAX_PER_DAY)])
    spec = PlanSpec(channels=[Channel(platform="x", frequency=rule)], tz="UTC", interaction=None)
    cal = plan(spec, start=date(2026, 11, 23), end=date(2026, 11, 24))
    assert len(cal.posts()) == MAX_PER_DAY
    assert not cal.issues


@settings(max_examples=20, deadline=None)
@given(holes=st.sets(st.integers(0, 27), max_size=10))
def test_blackout_days_are_never_reported_as_shortfalls(holes: set[int]) -> None:
    first = date(2026, 11, 23)
    blackouts = {first + timedelta(days=n) for n in holes}
    spec = PlanSpec.simple(
        platforms=["facebook", "linkedin"], tz=PARIS, blackouts=blackouts, interaction=None
    )
    cal = plan(spec, start=first, end=first + timedelta(days=28))
    assert not cal.check()
    for issue in cal.issues:
        assert issue.rule in ("blackout", "below_target")
        if issue.rule == "blackout":
            assert issue.shortfall > 0
            assert "blackout day(s)" in issue.reason
    shortfall_days = {i.period for i in cal.issues if i.rule == "min_per_day"}
    assert not shortfall_days


@settings(max_examples=30, deadline=None)
@given(
    day=st.integers(0, 13),
    minute=st.integers(0, 24 * 60 - 1),
    platform=st.sampled_from(["instagram", "facebook", "linkedin", "mastodon"]),
)
def test_next_free_slot_keeps_usual_hours_and_the_daily_maximum(
    day: int, minute: int, platform: str
) -> None:
    cal = plan(
        PlanSpec.simple(platforms=[platform], tz=PARIS, interaction=None),
        start=date(2026, 11, 23),
        end=date(2026, 12, 7),
    )
    after = datetime(2026, 11, 23, tzinfo=PARIS) + timedelta(days=day, minutes=minute)
    slot = cal.next_free_slot(platform, after=after)
    assert slot is not None
    assert slot >= after
    opens, closes = usual_hours(platform)
    assert opens <= slot.time() < closes
    assert slot.time() != time(0)
    rule = cal.rule(platform)
    assert not rule.check([*(i.start for i in cal.posts(platform)), slot], tz=PARIS)
    if rule.range("day").maximum == 1:
        assert slot.date() not in {i.start.date() for i in cal.posts(platform)}


def test_next_free_slot_never_a_second_instagram_post_the_same_day() -> None:
    cal = plan(bakery(), start=date(2027, 1, 4), end=date(2027, 1, 18))
    first = cal.posts("instagram")[0]
    slot = cal.next_free_slot("instagram", after=first.start + timedelta(hours=1))
    assert slot is not None
    assert slot.date() != first.start.date()
    assert time(9) <= slot.time() < time(13)


def test_next_free_slot_uses_the_rules_windows_when_it_has_some() -> None:
    from socialkit import PostingWindow

    windows = [PostingWindow(weekday=d, start=time(21), end=time(22)) for d in range(7)]
    rule = FrequencyRule(windows=windows)
    spec = PlanSpec(channels=[Channel(platform="x", frequency=rule)], tz=PARIS, interaction=None)
    cal = plan(spec, start=date(2026, 11, 23), end=date(2026, 11, 30))
    slot = cal.next_free_slot("x", after=datetime(2026, 11, 23, 8, tzinfo=PARIS))
    assert slot is not None
    assert time(21) <= slot.time() < time(22)


def test_stages_follow_fixed_categories_and_the_mix_is_drawn_for_the_rest() -> None:
    spec = PlanSpec.simple(
        platforms=["instagram", "linkedin"],
        tz=PARIS,
        mix=ContentMix({"advice": 1, "offers": 1}),
        stages=ContentMix({"bofu": 1, "mofu": 1}),
        category_stages={"advice": "tofu", ("linkedin", "offers"): "bofu"},
        interaction=None,
    )
    cal = plan(spec, start=date(2026, 11, 23), end=date(2027, 1, 4))
    for item in cal.posts():
        if item.category == "advice":
            assert item.stage == "tofu"
        elif item.platform == "linkedin":
            assert item.stage == "bofu"
    instagram_offers = {i.stage for i in cal.posts("instagram") if i.category == "offers"}
    assert instagram_offers == {"bofu", "mofu"}


def test_category_stages_are_checked() -> None:
    with pytest.raises(NotFoundError):
        PlanSpec.simple(platforms="x", tz=PARIS, category_stages={"advice": "middle"})
    with pytest.raises(Exception, match="category"):
        PlanSpec.simple(platforms="x", tz=PARIS, category_stages={3: "tofu"})
    with pytest.raises(Exception, match="mapping"):
        PlanSpec.simple(platforms="x", tz=PARIS, category_stages=["tofu"])


def test_a_strategys_pillars_carry_their_examples_stage() -> None:
    from socialkit import examples
    from socialkit.funnel import stage_of

    strategy = examples.strategy("sports-retailer")
    spec = strategy.to_plan_spec()
    assert ("instagram", "advice and tutorials", stage_of("product care")) in spec.category_stages
    cal = plan(strategy, start=date(2027, 2, 1), end=date(2027, 3, 1))
    advice = [i for i in cal.posts("instagram") if i.category == "advice and tutorials"]
    assert advice
    assert {i.stage for i in advice} == {stage_of("product care")}


def test_weekly_target_without_a_minimum_is_modest() -> None:
    from socialkit.calendar._planning import _weekly_target

    rule = FrequencyRule(frequencies=[Frequency(per="day", maximum=4)])
    assert _weekly_target(Channel(platform="tiktok", frequency=rule), rule) == Fraction(3)
