"""The planner's per-channel set-up takes shortcuts; each answers what the checked path answers.

- ``_Setup`` is built unchecked: its fields still have their annotated types;
- the set-up is kept by its inputs' values (and the language), not by the channel object;
- ``trusted_weekly_rate`` is ``weekly_rate`` without re-checking a range's count and period;
- ``FrequencyRule.range`` of a period the rule does not set is one shared ``0-any`` range;
- ``_per_day`` rounds ``target / 7`` up with integers, ``_daily_times`` picks the most common
  benchmark hour without a ``Counter``.
"""

import math
from collections import Counter
from fractions import Fraction

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import socialkit
from socialkit import list_platforms
from socialkit.calendar import Channel, PlanIssue
from socialkit.calendar import _planning as planning
from socialkit.frequency import Frequency, FrequencyRule
from socialkit.frequency._rules import trusted_weekly_rate, weekly_rate
from socialkit.platforms import Period, Platform
from strategies import channels, frequency_rules


@settings(max_examples=200)
@given(channel=channels())
def test_a_setup_built_unchecked_has_its_annotated_types(channel: Channel) -> None:
    planning._SETUPS.clear()
    setup = planning._setup(channel)
    assert isinstance(setup.rule, FrequencyRule)
    assert isinstance(setup.target, Fraction)
    assert isinstance(setup.platform, Platform)
    assert all(isinstance(issue, PlanIssue) for issue in setup.capped)
    assert sorted(setup.times) == list(range(7))
    assert all(isinstance(t, tuple) for t in setup.times.values())
    assert setup.target == planning._weekly_target(channel, setup.rule)


@given(count=st.integers(0, 10**6), per=st.sampled_from(list(Period)))
def test_the_trusted_weekly_rate_is_the_weekly_rate(count: int, per: Period) -> None:
    assert trusted_weekly_rate(count, per) == weekly_rate(count, per)
    assert trusted_weekly_rate(count, per) == weekly_rate(count, per.value)


@given(rule=frequency_rules(), per=st.sampled_from(list(Period)))
def test_a_range_the_rule_does_not_set_is_zero_to_any(rule: FrequencyRule, per: Period) -> None:
    found = rule.range(per)
    set_here = [f for f in rule.frequencies if f.per is per]
    assert found == (set_here[0] if set_here else Frequency(per=per))
    assert rule.range(per.value) == found


@given(numerator=st.integers(1, 10**6), denominator=st.integers(1, 10**4))
def test_posts_a_day_round_the_weekly_target_up(numerator: int, denominator: int) -> None:
    target = Fraction(numerator, denominator)
    rule = FrequencyRule()
    assert planning._per_day(target, rule) == min(
        max(1, math.ceil(target / 7)), planning.MAX_PER_DAY
    )


@given(platform=st.sampled_from([p.slug for p in list_platforms()]))
def test_one_post_a_day_goes_at_the_most_common_benchmark_hour(platform: str) -> None:
    channel = Channel(platform=platform, times=())
    times = planning._daily_times(channel, FrequencyRule(), 1)
    starts = [w.start.hour for w in channel_platform(platform).best_times]
    usual = Counter(starts).most_common(1)[0][0] if starts else planning.NO_BENCHMARK_HOUR
    assert {t.hour for ts in times.values() for t in ts} == {usual}


def channel_platform(slug: str) -> Platform:
    return next(p for p in list_platforms() if p.slug == slug)


@settings(max_examples=200)
@given(channel=channels())
def test_a_setup_kept_by_value_is_the_setup_an_equal_channel_builds(channel: Channel) -> None:
    """The memo keys a set-up by its inputs' values: a newly built equal channel finds it,
    and it equals the set-up that channel builds with the memo emptied."""
    remembered = planning._setup(channel)
    twin = attrs.evolve(channel)
    assert twin is not channel
    assert planning._setup(twin) is remembered
    planning._SETUPS.clear()
    assert planning._setup(twin) == remembered


def test_a_setup_s_issues_are_in_the_language_of_the_plan() -> None:
    channel = Channel(platform="linkedin", per_week=10)
    english = planning._setup(channel).capped
    with socialkit.language("fr"):
        french = planning._setup(attrs.evolve(channel)).capped
    assert [i.rule for i in english] == [i.rule for i in french] == ["per_week_capped"]
    assert english[0].reason != french[0].reason
