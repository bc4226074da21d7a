"""Planning and the content calendar: rules never broken, DST, unmet constraints, queries."""

import itertools
from collections import Counter
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from socialkit import (
    CalendarItem,
    Channel,
    ContentCalendar,
    ContentMix,
    Frequency,
    FrequencyRule,
    PlanSpec,
    PostingWindow,
    SocialkitError,
    SocialkitTypeError,
    ValidationError,
    list_platforms,
    plan,
    stage_coverage,
)
from socialkit.calendar import Evergreen, FixedEvent, Interaction
from socialkit.calendar._model import ConflictKind
from socialkit.errors import PlanningError
from socialkit.frequency import QuietHours

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


def spec(*platforms_: str, **options: object) -> PlanSpec:
    options.setdefault("interaction", None)
    return PlanSpec.simple(platforms=platforms_, tz="Europe/Paris", **options)  # type: ignore[arg-type]


def test_linkedin_plan_keeps_the_48h_gap_and_2_to_3_a_week() -> None:
    cal = plan(spec("linkedin"), start=date(2026, 11, 23), end=date(2027, 2, 1))
    posts = [i.start for i in cal.posts("linkedin")]
    assert all(b - a >= timedelta(hours=48) for a, b in itertools.pairwise(posts))
    per_week = Counter(k for k, items in cal.by_week().items() for _ in items)
    assert set(per_week.values()) <= {2, 3}
    assert not cal.issues
    assert not cal.check()


def test_every_registered_platform_plans_a_year_without_breaking_its_rule() -> None:
    slugs = [p.slug for p in list_platforms()]
    cal = plan(spec(*slugs), start=date(2026, 1, 5), end=date(2027, 1, 4))
    assert cal.check() == {}
    assert set(cal.platforms) == set(slugs)
    assert not cal.issues


def test_weekly_target_is_the_middle_of_the_range_and_overridable() -> None:
    cal = plan(spec("instagram"), start=date(2026, 11, 23), end=date(2027, 1, 18))  # 8 weeks
    assert len(cal.posts()) == 20  # 2-3 a week -> 2.5
    custom = PlanSpec(channels=[Channel(platform="instagram", per_week=2)], tz=PARIS)
    assert len(plan(custom, start=date(2026, 11, 23), end=date(2027, 1, 18)).posts()) == 16


@pytest.mark.parametrize(
    ("tz", "start", "end"),
    [
        (PARIS, date(2026, 3, 23), date(2026, 4, 6)),  # EU spring forward 2026-03-29
        (PARIS, date(2026, 10, 19), date(2026, 11, 2)),  # EU fall back 2026-10-25
        (NEW_YORK, date(2026, 3, 2), date(2026, 3, 16)),  # US spring forward 2026-03-08
        (NEW_YORK, date(2026, 10, 26), date(2026, 11, 9)),  # US fall back 2026-11-01
    ],
)
def test_a_daily_0900_slot_stays_0900_local_across_dst(
    tz: ZoneInfo, start: date, end: date
) -> None:
    channel = Channel(platform="x", times=[time(9)], per_week=7)
    cal = plan(PlanSpec(channels=[channel], tz=tz, interaction=None), start=start, end=end)
    local = [i.start.astimezone(tz) for i in cal.posts()]
    assert len(local) == (end - start).days
    assert {(t.hour, t.minute) for t in local} == {(9, 0)}
    offsets = {t.utcoffset() for t in local}
    assert len(offsets) == 2  # the UTC offset changed, the wall-clock time did not


def test_nonexistent_time_shifts_forward_and_ambiguous_takes_the_first() -> None:
    channel = Channel(platform="x", times=[time(2, 30)], per_week=7)
    spring = plan(
        PlanSpec(channels=[channel], tz=PARIS, interaction=None),
        start=date(2026, 3, 29),
        end=date(2026, 3, 30),
    )
    assert spring.posts()[0].start.isoformat() == "2026-03-29T03:30:00+02:00"
    autumn = plan(
        PlanSpec(channels=[channel], tz=PARIS, interaction=None),
        start=date(2026, 10, 25),
        end=date(2026, 10, 26),
    )
    assert autumn.posts()[0].start.isoformat() == "2026-10-25T02:30:00+02:00"


def test_leap_day_2028_is_planned_and_yearly_feb_29_events_follow_rrule() -> None:
    channel = Channel(platform="x", times=[time(9)], per_week=7)
    anniversary = FixedEvent(
        title="Leap-day special",
        start=datetime(2028, 2, 29, 12, tzinfo=PARIS),
        recurrence="FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=2",
    )
    cal = plan(
        PlanSpec(channels=[channel], tz=PARIS, events=[anniversary], interaction=None),
        start=date(2028, 2, 1),
        end=date(2032, 3, 31),
    )
    days = {i.start.date() for i in cal.posts()}
    assert date(2028, 2, 29) in days
    events = [i.start.date() for i in cal.filter(kind="event").items]
    assert events == [date(2028, 2, 29), date(2032, 2, 29)]


def test_recurring_event_keeps_local_time_across_dst_with_interval_and_until() -> None:
    contest = FixedEvent(
        title="Contest",
        start=datetime(2026, 3, 20, 18, tzinfo=PARIS),
        recurrence="FREQ=WEEKLY;INTERVAL=2;UNTIL=20260501T000000",
    )
    times = [t.isoformat() for t in contest.occurrences(PARIS)]
    assert times == [
        "2026-03-20T18:00:00+01:00",
        "2026-04-03T18:00:00+02:00",
        "2026-04-17T18:00:00+02:00",
    ]


def test_a_monthly_contest_is_placed_on_each_platform() -> None:
    contest = FixedEvent(
        title="Monthly contest",
        start=datetime(2026, 12, 4, 18, tzinfo=PARIS),
        recurrence="FREQ=MONTHLY;BYDAY=1FR",
        category="promote",
        stage="retention",
    )
    cal = plan(
        spec("instagram", "facebook", events=[contest]),
        start=date(2026, 11, 30),
        end=date(2027, 3, 1),
    )
    events = cal.filter(kind="event").items
    assert len(events) == 6
    assert {e.platform for e in events} == {"instagram", "facebook"}
    assert all(e.start.astimezone(PARIS).time() == time(18) for e in events)
    assert cal.check() == {}


def test_an_event_that_would_break_the_rule_is_reported_not_placed() -> None:
    first = FixedEvent(title="Launch", start=datetime(2026, 12, 1, 9, tzinfo=PARIS))
    second = FixedEvent(title="Launch recap", start=datetime(2026, 12, 1, 18, tzinfo=PARIS))
    blacked = FixedEvent(title="Xmas", start=datetime(2026, 12, 25, 9, tzinfo=PARIS))
    cal = plan(
        spec("linkedin", events=[first, second, blacked], blackouts=[date(2026, 12, 25)]),
        start=date(2026, 11, 30),
        end=date(2026, 12, 28),
    )
    assert [e.title for e in cal.filter(kind="event").items] == ["Launch"]
    dropped = [i for i in cal.issues if i.rule == "event_not_placed"]
    assert len(dropped) == 2
    assert "frequency rule" in dropped[0].reason
    assert "blackout" in dropped[1].reason
    assert cal.check() == {}


def test_unmet_minimum_is_reported_with_rule_period_and_shortfall() -> None:
    # A minimum of 3 a week with only two allowed windows a week.
    rule = FrequencyRule(
        frequencies=[Frequency(per="week", minimum=3, maximum=4)],
        windows=[PostingWindow(weekday=d, start=time(9), end=time(10)) for d in (1, 3)],
    )
    cal = plan(
        PlanSpec(
            channels=[Channel(platform="linkedin", frequency=rule)], tz=PARIS, interaction=None
        ),
        start=date(2026, 11, 23),
        end=date(2026, 12, 7),
    )
    assert [(i.rule, i.period, i.shortfall) for i in cal.issues] == [
        ("min_per_week", "2026-W48", 1),
        ("min_per_week", "2026-W49", 1),
    ]
    assert "allowed windows" in cal.issues[0].reason
    assert cal.check() == {}


def test_blackouts_covering_a_week_are_reported() -> None:
    week = [date(2026, 12, 21) + timedelta(days=i) for i in range(7)]
    cal = plan(spec("linkedin", blackouts=week), start=date(2026, 12, 14), end=date(2027, 1, 4))
    assert not [i for i in cal.posts() if i.start.date() in week]
    (issue,) = cal.issues
    assert (issue.rule, issue.period, issue.shortfall) == ("min_per_week", "2026-W52", 2)
    assert "7 blackout day(s)" in issue.reason


def test_a_target_below_the_minimum_is_honoured_and_reported() -> None:
    low = PlanSpec(channels=[Channel(platform="linkedin", per_week=1)], tz=PARIS, interaction=None)
    cal = plan(low, start=date(2026, 11, 23), end=date(2026, 12, 7))
    assert len(cal.posts()) == 2
    assert [i.shortfall for i in cal.issues] == [1, 1]
    assert "target of 1 a week" in cal.issues[0].reason


def test_everything_blacked_out_raises_planning_error() -> None:
    days = [date(2026, 12, 21) + timedelta(days=i) for i in range(7)]
    with pytest.raises(PlanningError, match="blackout"):
        plan(spec("linkedin", blackouts=days), start=date(2026, 12, 21), end=date(2026, 12, 28))
    assert issubclass(PlanningError, SocialkitError)
    assert issubclass(PlanningError, ValueError)


def test_mix_sequence_gives_each_platform_its_categories_in_order() -> None:
    mix = ContentMix({"educate": 2, "entertain": 1, "promote": 1})
    stages = ContentMix.preset("funnel")
    cal = plan(
        spec("instagram", "linkedin", mix=mix, stages=stages),
        start=date(2026, 11, 23),
        end=date(2027, 1, 18),
    )
    for platform in ("instagram", "linkedin"):
        posts = cal.posts(platform)
        assert tuple(p.category for p in posts) == mix.sequence(len(posts))
        assert tuple(p.stage for p in posts) == stages.sequence(len(posts))
    assert cal.filter(category="promote", platform="linkedin").items
    assert all(i.stage == "tofu" for i in cal.filter(stage="tofu").items)


@pytest.mark.parametrize("preset", ["80/20", "thirds", "50/25/20/5", "pillars"])
def test_every_week_stays_on_the_mix_target(preset: str) -> None:
    # Tijdeman: every prefix is within 1 of its target, so any week within 2.
    mix = ContentMix.preset(preset)
    cal = plan(spec("x", "linkedin", mix=mix), start=date(2026, 1, 5), end=date(2027, 1, 4))
    for platform in ("x", "linkedin"):
        for items in cal.by_week().values():
            posts = [i for i in items if i.platform == platform and i.kind == "post"]
            counts = Counter(i.category for i in posts)
            for name, share in mix.items():
                assert abs(counts[name] - share * len(posts)) < 2


def test_per_platform_mix_overrides_the_plan_mix() -> None:
    channels = [Channel(platform="instagram", mix=ContentMix({"reels": 1})), Channel(platform="x")]
    cal = plan(
        PlanSpec(channels=channels, tz=PARIS, mix=ContentMix({"news": 1}), interaction=None),
        start=date(2026, 11, 23),
        end=date(2026, 11, 30),
    )
    assert {i.category for i in cal.posts("instagram")} == {"reels"}
    assert {i.category for i in cal.posts("x")} == {"news"}


def test_evergreen_items_repeat_after_their_cooldown() -> None:
    guide = Evergreen(title="Our best guides", cooldown=timedelta(days=14), category="educate")
    cal = plan(
        spec("instagram", mix=ContentMix({"educate": 1, "promote": 1}), evergreen=[guide]),
        start=date(2026, 11, 23),
        end=date(2027, 3, 1),
    )
    runs = [i.start for i in cal.filter(kind="evergreen").items]
    assert len(runs) >= 5
    assert all(b - a >= timedelta(days=14) for a, b in itertools.pairwise(runs))
    assert all(i.category == "educate" for i in cal.filter(kind="evergreen").items)


def test_interaction_blocks_are_sized_by_the_family_interaction_share() -> None:
    cal = plan(
        PlanSpec.simple(platforms=["linkedin", "whatsapp", "youtube"], tz=PARIS),
        start=date(2026, 11, 23),
        end=date(2026, 11, 30),
    )
    blocks = cal.filter(kind="interaction").items
    assert len(blocks) == 21
    minutes = {b.platform: b.duration.total_seconds() / 60 for b in blocks}
    # 60 min budget x share: social network 1/2, messaging 9/10, content sharing 3/10.
    assert minutes == {"linkedin": 30, "whatsapp": 55, "youtube": 20}
    assert Interaction(daily_budget=timedelta(hours=2)).block("linkedin") == timedelta(hours=1)


def test_conflicts_find_posts_too_close_and_duplicates() -> None:
    cal = plan(spec("linkedin"), start=date(2026, 11, 23), end=date(2026, 12, 7))
    assert cal.conflicts() == ()
    first = cal.posts()[0]
    filled = attrs.evolve(first, content="blog-42", title="Blog: 5 tips")
    close = attrs.evolve(first, id="extra", start=first.start + timedelta(hours=5))
    dup = attrs.evolve(filled, id="dup", start=first.start + timedelta(days=6))
    edited = attrs.evolve(cal, items=[filled, *cal.items[1:]]).with_items(close, dup)
    kinds = Counter(c.kind for c in edited.conflicts())
    assert kinds[ConflictKind.TOO_CLOSE] >= 1
    assert kinds[ConflictKind.DUPLICATE] >= 1


def test_next_free_slot_respects_the_gap_on_both_sides() -> None:
    cal = plan(spec("linkedin"), start=date(2026, 11, 23), end=date(2026, 11, 30))
    slot = cal.next_free_slot("linkedin", after=datetime(2026, 11, 23, 12, tzinfo=PARIS))
    assert slot is not None
    times = sorted([*(i.start for i in cal.posts()), slot])
    assert all(b - a >= timedelta(hours=48) for a, b in itertools.pairwise(times))
    with pytest.raises(ValidationError, match="naive"):
        cal.next_free_slot("linkedin", after=datetime(2026, 11, 23, 12))


def test_grouping_and_filtering() -> None:
    cal = plan(spec("linkedin", "x"), start=date(2026, 11, 23), end=date(2026, 12, 7))
    assert list(cal.by_platform()) == ["linkedin", "x"]
    assert list(cal.by_week()) == ["2026-W48", "2026-W49"]
    assert len(cal.filter(platform="x").items) == len(cal.by_platform()["x"])
    assert cal.weeks() == (date(2026, 11, 23), date(2026, 11, 30))


def test_items_have_stable_ids_and_every_field() -> None:
    one = plan(spec("linkedin", "x"), start=date(2026, 11, 23), end=date(2026, 12, 7))
    two = plan(spec("linkedin", "x"), start=date(2026, 11, 23), end=date(2026, 12, 7))
    assert [i.id for i in one.items] == [i.id for i in two.items]
    assert len({i.id for i in one.items}) == len(one.items)
    assert one.posts("linkedin")[0].id == "linkedin-2026W48-1"


class FromStrategy:
    """Anything with to_plan_spec() is accepted by plan (the Strategy protocol)."""

    def to_plan_spec(self) -> PlanSpec:
        return spec("linkedin")


def test_plan_accepts_anything_with_to_plan_spec() -> None:
    cal = plan(FromStrategy(), start=date(2026, 11, 23), end=date(2026, 11, 30))
    assert cal.platforms == ("linkedin",)
    with pytest.raises(SocialkitTypeError):
        plan(object(), start=date(2026, 11, 23), end=date(2026, 11, 30))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("make", "error", "match"),
    [
        (
            lambda: plan(spec("x"), start=date(2026, 12, 1), end=date(2026, 11, 1)),
            ValidationError,
            "start < end",
        ),
        (
            lambda: plan(spec("x"), start=date(2026, 1, 1), end=date(2050, 1, 1)),
            ValidationError,
            "20 years",
        ),
        (
            lambda: plan(spec("x"), start=datetime(2026, 1, 1), end=date(2026, 2, 1)),
            SocialkitTypeError,
            "date",
        ),
        (
            lambda: PlanSpec.simple(platforms=["x"], tz="Europe/Nowhere"),
            ValidationError,
            "Europe/Nowhere",
        ),
        (lambda: PlanSpec.simple(platforms=["x", "twitter"], tz=PARIS), ValidationError, "twice"),
        (lambda: PlanSpec.simple(platforms=[], tz=PARIS), ValidationError, "at least one"),
        (lambda: FixedEvent(title="a", start=datetime(2026, 1, 1)), ValidationError, "naive"),
        (
            lambda: FixedEvent(
                title="a", start=datetime(2026, 1, 1, tzinfo=PARIS), recurrence="FREQ=SOMETIMES"
            ),
            ValidationError,
            "RRULE",
        ),
        (lambda: Channel(platform="x", per_week=0), ValidationError, "> 0"),
        (
            lambda: PlanSpec.simple(platforms=["x"], tz=PARIS, mix=[1, 2]),
            SocialkitTypeError,
            "sequence",
        ),
    ],
)
def test_bad_input_raises_clear_socialkit_errors(make: object, error: type, match: str) -> None:
    with pytest.raises(error, match=match):
        make()  # type: ignore[operator]


# -- properties ---------------------------------------------------------------------


@st.composite
def rules(draw: st.DrawFn) -> FrequencyRule:
    week_max = draw(st.none() | st.integers(1, 10))
    week_min = draw(st.integers(0, week_max if week_max is not None else 5))
    day_max = draw(st.none() | st.integers(1, 4))
    gap = draw(
        st.sampled_from([None, timedelta(hours=6), timedelta(hours=24), timedelta(hours=48)])
    )
    frequencies = [Frequency(per="week", minimum=week_min, maximum=week_max)]
    if day_max is not None:
        frequencies.append(Frequency(per="day", maximum=day_max))
    windows = draw(st.booleans())
    quiet = draw(st.booleans())
    try:
        return FrequencyRule(
            frequencies=frequencies,
            min_gap=gap,
            windows=[PostingWindow(weekday=d, start=time(9), end=time(17, 30)) for d in range(5)]
            if windows
            else [],
            quiet_hours=QuietHours(start=time(21), end=time(8)) if quiet else None,
        )
    except ValidationError:
        assume(False)
        raise


ZONES = st.sampled_from(["Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"])
STARTS = st.dates(min_value=date(2026, 1, 1), max_value=date(2029, 12, 31))


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(rules(), ZONES, STARTS, st.integers(1, 120))
def test_no_plan_breaks_its_rules_and_every_slot_lies_in_range(
    rule: FrequencyRule, zone: str, start: date, days: int
) -> None:
    end = start + timedelta(days=days)
    cal = plan(
        PlanSpec(channels=[Channel(platform="x", frequency=rule)], tz=zone),
        start=start,
        end=end,
    )
    assert cal.check() == {}
    assert all(start <= i.start.astimezone(cal.tz).date() < end for i in cal.items)
    shortfalls = rule.check([i.start for i in cal.posts()], tz=zone, start=start, end=end)
    minima = [i for i in cal.issues if i.rule != "below_target"]  # the target is not the rule's
    assert {(v.rule, v.period) for v in shortfalls} == {(i.rule, i.period) for i in minima}
    verdict = cal.reports()["x"].verdict
    assert verdict != "over"  # never too often
    assert (verdict == "under") == bool(minima)


@settings(max_examples=30)
@given(ZONES, STARTS, st.integers(1, 60), st.sampled_from([time(0, 30), time(2, 30), time(9)]))
def test_local_posting_times_are_dst_stable(zone: str, start: date, days: int, at: time) -> None:
    channel = Channel(platform="x", times=[at], per_week=7)
    cal = plan(
        PlanSpec(channels=[channel], tz=zone, interaction=None),
        start=start,
        end=start + timedelta(days=days),
    )
    tz = ZoneInfo(zone)
    for item in cal.posts():
        local = item.start.astimezone(tz)
        naive = datetime.combine(local.date(), at)
        # Either the wall-clock time itself, or the policy's forward shift out of a gap.
        assert local.time() == at or (
            local.replace(tzinfo=None) > naive
            and local.replace(tzinfo=None) - naive <= timedelta(hours=1)
        )


def test_calendar_itself_validates() -> None:
    with pytest.raises(ValidationError, match="start < end"):
        ContentCalendar(tz=PARIS, start=date(2026, 1, 2), end=date(2026, 1, 1))
    with pytest.raises(ValidationError, match="naive"):
        CalendarItem(id="a", platform="x", kind="post", start=datetime(2026, 1, 1), title="t")


def test_funnel_stages_are_typed_and_feed_stage_coverage() -> None:
    from socialkit import ContentType, FunnelStage, NotFoundError

    cal = plan(
        spec("instagram", stages=ContentMix({"tofu": 2, "mofu": 1, "bofu": 1})),
        start=date(2026, 11, 23),
        end=date(2027, 1, 18),
    )
    assert all(isinstance(i.stage, FunnelStage) for i in cal.posts())
    coverage = stage_coverage(cal.posts(), target={"tofu": 2, "mofu": 1, "bofu": 1})
    assert "tofu" in str(coverage)
    assert cal.filter(stage=FunnelStage.MOFU) == cal.filter(stage="mofu")
    channel = Channel(platform="youtube", content_type="video")
    assert channel.content_type is ContentType.VIDEO
    with pytest.raises(NotFoundError, match="stage"):
        FixedEvent(title="a", start=datetime(2026, 1, 1, tzinfo=PARIS), stage="awareness!")


def test_a_composed_mix_gives_pillars_inside_each_funnel_stage() -> None:
    pillars = ContentMix.preset("pillars")
    mix = ContentMix.preset("funnel").compose({"tofu": pillars, "mofu": pillars, "bofu": pillars})
    cal = plan(spec("x", mix=mix), start=date(2026, 11, 23), end=date(2027, 2, 1))
    for item in cal.posts():
        assert item.category is not None
        stage, pillar = item.category.split("/")
        assert item.stage == stage
        assert pillar in pillars
    assert stage_coverage(cal.posts()).rows[0].count > 0


# -- review fixes (items 2, 7, 8, 9, 10, 12, 18, 23, 27, 28) ----------------------


@pytest.mark.parametrize("freq", ["SECONDLY", "MINUTELY", "HOURLY"])
def test_sub_daily_recurrences_are_refused(freq: str) -> None:
    # Review item 2: FREQ=MINUTELY from 1990 took 118 s for a 1-day plan.
    with pytest.raises(ValidationError, match=f"FREQ={freq}"):
        FixedEvent(title="a", start=datetime(1990, 1, 1, tzinfo=PARIS), recurrence=f"FREQ={freq}")


def test_a_recurrence_that_never_occurs_is_refused_at_construction() -> None:
    # Review item 2: dateutil scans to year 9999 for a February 30.
    with pytest.raises(ValidationError, match="never occurs"):
        FixedEvent(
            title="a",
            start=datetime(2026, 1, 1, tzinfo=PARIS),
            recurrence="FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
        )


def test_an_old_daily_event_reaches_the_plan() -> None:
    event = FixedEvent(
        title="Tip", start=datetime(1990, 1, 1, 9, tzinfo=PARIS), recurrence="FREQ=DAILY"
    )
    cal = plan(spec("x", events=[event]), start=date(2026, 11, 23), end=date(2026, 11, 30))
    assert len(cal.filter(kind="event").items) == 7


def test_occurrences_beyond_the_cap_are_reported_not_walked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import socialkit.calendar._planning as planning

    monkeypatch.setattr(planning, "MAX_OCCURRENCES", 100)
    event = FixedEvent(
        title="Tip", start=datetime(2026, 1, 1, 9, tzinfo=PARIS), recurrence="FREQ=DAILY"
    )
    cal = plan(spec("x", events=[event]), start=date(2026, 11, 23), end=date(2026, 11, 30))
    assert not cal.filter(kind="event").items
    (issue,) = [i for i in cal.issues if i.rule == "event_not_placed"]
    assert "not examined" in issue.reason


def test_unplaced_occurrences_are_summed_after_the_first_ten() -> None:
    # Review item 2: FREQ=SECONDLY produced 604,765 PlanIssues; a dense rule now gives 11.
    event = FixedEvent(
        title="Flood",
        start=datetime(2026, 11, 23, tzinfo=PARIS),
        recurrence="FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23",
    )
    cal = plan(spec("linkedin", events=[event]), start=date(2026, 11, 23), end=date(2026, 12, 7))
    missed = [i for i in cal.issues if i.rule == "event_not_placed"]
    assert len(missed) == 11
    placed = len(cal.filter(kind="event").items)
    assert placed + sum(i.shortfall for i in missed) == 14 * 24


def test_a_capped_per_week_is_a_plan_issue() -> None:
    # Review item 7a: per_week=10 on LinkedIn was silently capped to 3.
    cal = plan(
        PlanSpec(channels=[Channel(platform="linkedin", per_week=10)], tz=PARIS),
        start=date(2026, 11, 23),
        end=date(2026, 11, 30),
    )
    (issue,) = [i for i in cal.issues if i.rule == "per_week_capped"]
    assert issue.platform == "linkedin"
    assert issue.shortfall == 7


def test_an_event_for_a_platform_outside_the_plan_is_a_plan_issue() -> None:
    # Review item 7b: FixedEvent(platforms=["tiktok"]) was skipped silently.
    event = FixedEvent(
        title="Dance", start=datetime(2026, 11, 24, 18, tzinfo=PARIS), platforms=["tiktok"]
    )
    cal = plan(spec("linkedin", events=[event]), start=date(2026, 11, 23), end=date(2026, 11, 30))
    (issue,) = cal.issues
    assert (issue.platform, issue.rule, issue.shortfall) == ("tiktok", "event_not_placed", 1)
    assert "not a channel" in issue.reason


@pytest.mark.parametrize(
    ("evergreen", "reason"),
    [
        (Evergreen(title="Guide", cooldown=timedelta(days=30), category="nope"), "'nope'"),
        (
            Evergreen(title="Guide", cooldown=timedelta(days=30), platforms=["tiktok"]),
            "not a channel",
        ),
    ],
)
def test_an_evergreen_that_matches_nothing_is_a_plan_issue(
    evergreen: Evergreen, reason: str
) -> None:
    # Review item 7c: an Evergreen whose category or platforms match nothing was never placed.
    cal = plan(
        spec("linkedin", mix=ContentMix.preset("80/20"), evergreen=[evergreen]),
        start=date(2026, 11, 23),
        end=date(2026, 11, 30),
    )
    (issue,) = [i for i in cal.issues if i.rule == "evergreen_not_placed"]
    assert reason in issue.reason


@pytest.mark.parametrize(
    "recurrence",
    [
        "DTSTART:20200101T000000\nRRULE:FREQ=DAILY",
        "RRULE:FREQ=DAILY\nRRULE:FREQ=WEEKLY",
        "FREQ=DAILY\nEXDATE:20260102T090000",
        "RRULE:FREQ=DAILY\nRDATE:20260102T090000",
    ],
)
def test_recurrence_is_exactly_one_rrule(recurrence: str) -> None:
    # Review item 8: a DTSTART line overrode the event's start; EXDATE lines were kept verbatim.
    with pytest.raises(ValidationError, match="only the rule itself"):
        FixedEvent(title="a", start=datetime(2026, 1, 1, 9, tzinfo=PARIS), recurrence=recurrence)


def test_a_utc_until_is_accepted_and_honoured() -> None:
    # Review item 8: RFC 5545 requires a UTC UNTIL with a zoned DTSTART; it was rejected.
    event = FixedEvent(
        title="a",
        start=datetime(2026, 1, 1, 9, tzinfo=PARIS),
        recurrence="RRULE:FREQ=DAILY;UNTIL=20260104T080000Z",
    )
    assert event.recurrence == "FREQ=DAILY;UNTIL=20260104T080000Z"
    days = [d.day for d in event.occurrences(PARIS)]
    assert days == [1, 2, 3, 4]  # 08:00Z is 09:00 in Paris: the 4th is included


def paris_calendar() -> ContentCalendar:
    return plan(spec("linkedin"), start=date(2026, 11, 23), end=date(2026, 11, 30))


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"platform": "zz"}, SocialkitError, "zz"),
        ({"platform": "tiktok"}, SocialkitError, "tiktok"),
        ({"platform": "linkedin", "step": timedelta(0)}, ValidationError, "step"),
        ({"platform": "linkedin", "step": timedelta(microseconds=1)}, ValidationError, "step"),
        ({"platform": "linkedin", "step": -timedelta(hours=1)}, ValidationError, "step"),
        ({"platform": "linkedin", "step": 15}, SocialkitTypeError, "step"),
        ({"platform": "linkedin", "horizon": timedelta(0)}, ValidationError, "horizon"),
    ],
)
def test_next_free_slot_rejects_bad_arguments(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    # Review item 9: unknown platforms answered for an empty rule; bad steps crashed.
    with pytest.raises(error, match=message):
        paris_calendar().next_free_slot(after=datetime(2026, 11, 23, tzinfo=PARIS), **kwargs)  # type: ignore[arg-type]


def test_next_free_slot_accepts_an_alias_and_stops_before_date_max() -> None:
    cal = paris_calendar()
    assert cal.next_free_slot("li", after=datetime(2026, 11, 23, 12, tzinfo=PARIS)) is not None
    late = datetime(9999, 12, 30, tzinfo=ZoneInfo("UTC"))
    assert cal.next_free_slot("linkedin", after=late) is None


def test_calendar_ids_are_unique_and_items_within_range() -> None:
    # Review item 10: a repeated id gave two VEVENTs with one UID; items out of range were kept.
    cal = paris_calendar()
    with pytest.raises(ValidationError, match="already in the calendar"):
        cal.with_items(cal.items[0])
    late = attrs.evolve(cal.items[0], id="late", start=datetime(2027, 1, 5, 9, tzinfo=PARIS))
    with pytest.raises(ValidationError, match="outside"):
        cal.with_items(late)


def test_calendar_items_resolve_platforms() -> None:
    at = datetime(2026, 11, 23, 9, tzinfo=PARIS)
    assert (
        CalendarItem(id="a", platform="twitter", kind="post", start=at, title="t").platform == "x"
    )
    with pytest.raises(SocialkitError, match="zz"):
        CalendarItem(id="a", platform="zz", kind="post", start=at, title="t")


def test_events_recurring_within_a_day_get_unique_ids() -> None:
    event = FixedEvent(
        title="Live",
        start=datetime(2026, 11, 23, 9, tzinfo=PARIS),
        recurrence="FREQ=DAILY;BYHOUR=9,18",
    )
    cal = plan(
        PlanSpec(
            channels=[Channel(platform="x", frequency=FrequencyRule())], tz=PARIS, events=[event]
        ),
        start=date(2026, 11, 23),
        end=date(2026, 11, 24),
    )
    ids = [i.id for i in cal.filter(kind="event").items]
    assert ids == ["x-event-live-2026-11-23", "x-event-live-2026-11-23-1800"]


@pytest.mark.parametrize(
    ("build", "error"),
    [
        (lambda: Channel(platform="x", per_week="abc"), SocialkitTypeError),
        (lambda: Channel(platform="x", per_week=float("nan")), ValidationError),
        (lambda: Channel(platform="x", per_week=float("inf")), ValidationError),
        (lambda: Channel(platform="x", times=[time(9), "x"]), SocialkitTypeError),
        (
            lambda: plan(spec("x"), start=date(9999, 12, 1), end=date(9999, 12, 31)),
            ValidationError,
        ),
    ],
)
def test_bad_planning_input_raises_socialkit_errors(build: object, error: type[Exception]) -> None:
    # Review item 12: these raised ValueError, OverflowError or TypeError.
    with pytest.raises(error):
        build()  # type: ignore[operator]


class BadSequencer:
    def __init__(self, names: object) -> None:
        self.names = names

    def sequence(self, n: int) -> tuple[str, ...]:
        return self.names  # type: ignore[return-value]


@pytest.mark.parametrize("names", [("a",), (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)])
def test_a_sequencer_must_return_n_names(names: object) -> None:
    with pytest.raises(SocialkitError, match="sequence"):
        plan(spec("x", mix=BadSequencer(names)), start=date(2026, 11, 23), end=date(2026, 11, 25))


def test_a_zone_localtime_is_refused() -> None:
    # Review item 18: the system time zone leaked in through "localtime".
    with pytest.raises(ValidationError, match="machine"):
        PlanSpec.simple(platforms=["x"], tz="localtime")
    with pytest.raises(ValidationError, match="machine"):
        PlanSpec.simple(platforms=["x"], tz=ZoneInfo("localtime"))


def test_channel_times_with_a_zone_are_refused() -> None:
    # Review item 23: time(9, tzinfo=Tokyo) was planned at 09:00 Paris.
    with pytest.raises(ValidationError, match="time zone"):
        Channel(platform="x", times=[time(9, tzinfo=ZoneInfo("Asia/Tokyo"))])


@pytest.mark.parametrize(
    ("window", "error"),
    [
        (7, SocialkitTypeError),
        (timedelta(days=-1), ValidationError),
        (timedelta(0), ValidationError),
    ],
)
def test_conflicts_window_is_a_positive_timedelta(window: object, error: type[Exception]) -> None:
    # Review item 27: window=7 and negative windows silently returned ().
    with pytest.raises(error, match="window"):
        paris_calendar().conflicts(window=window)  # type: ignore[arg-type]


def test_filter_resolves_platforms_and_filters_by_pillar() -> None:
    # Review item 28: filter(platform="zzz") returned (); there was no pillar= filter.
    cal = plan(
        spec("linkedin", "x", mix=ContentMix.preset("80/20")),
        start=date(2026, 11, 23),
        end=date(2026, 11, 30),
    )
    assert cal.filter(platform="twitter") == cal.filter(platform="x")
    with pytest.raises(SocialkitError, match="zzz"):
        cal.filter(platform="zzz")
    category = next(i.category for i in cal.posts() if i.category)
    assert cal.filter(pillar=category) == cal.filter(category=category)
    assert cal.filter(pillar=category).items
    with pytest.raises(ValidationError, match="pillar"):
        cal.filter(pillar=category, category="other")


def test_an_rrule_with_an_aware_until_keeps_it_in_utc() -> None:
    from datetime import UTC

    from dateutil.rrule import DAILY, rrule

    until = datetime(2026, 1, 3, tzinfo=UTC)  # 01:00 in Paris
    event = FixedEvent(
        title="a",
        start=datetime(2026, 1, 1, 0, 30, tzinfo=PARIS),
        recurrence=rrule(DAILY, dtstart=datetime(2026, 1, 1, tzinfo=UTC), until=until),
    )
    assert event.recurrence == "FREQ=DAILY;UNTIL=20260103T000000Z"
    assert [d.day for d in event.occurrences(PARIS)] == [1, 2, 3]


@pytest.mark.parametrize(
    ("first", "second", "too_close"),
    [
        # 48 h on the wall clock but 47 h of real time: the clocks sprang forward.
        (datetime(2026, 3, 28, 10), datetime(2026, 3, 30, 10), True),
        # 47.5 h on the wall clock but 48.5 h of real time: the clocks fell back.
        (datetime(2026, 10, 24, 10), datetime(2026, 10, 26, 9, 30), False),
    ],
)
def test_conflicts_measure_gaps_in_elapsed_time_across_dst(
    first: datetime, second: datetime, too_close: bool
) -> None:
    paris = ZoneInfo("Europe/Paris")
    items = [
        CalendarItem(
            id=n, platform="linkedin", kind="post", start=s.replace(tzinfo=paris), title="t"
        )
        for n, s in (("a", first), ("b", second))
    ]
    cal = ContentCalendar(
        tz=paris,
        start=first.date() - timedelta(days=7),
        end=first.date() + timedelta(days=14),
        items=items,
        rules={"linkedin": FrequencyRule(min_gap=timedelta(hours=48))},
    )
    kinds = [c.kind for c in cal.conflicts()]
    assert (ConflictKind.TOO_CLOSE in kinds) is too_close


def test_item_end_is_elapsed_duration_across_dst() -> None:
    # 01:45 + 30 min on the spring-forward night in Paris is 03:15 CEST, not 02:15 (skipped).
    paris = ZoneInfo("Europe/Paris")
    start = datetime(2026, 3, 29, 1, 45, tzinfo=paris)
    item = CalendarItem(id="a", platform="linkedin", kind="post", start=start, title="t")
    assert item.end == datetime(2026, 3, 29, 3, 15, tzinfo=paris)
    assert item.end.utcoffset() == timedelta(hours=2)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(6 * 60, 10 * 24 * 60).map(lambda minutes: timedelta(minutes=minutes)),
    st.integers(1, 14),
    st.integers(1, 8),
)
def test_a_plan_meets_its_stated_weekly_target_over_whole_weeks_or_says_why(
    gap: timedelta, per_week: int, weeks: int
) -> None:
    # Review of issue 11: a 48 h gap with per_week=4 gave 4, 3, 4, 3 with no issue.
    rule = FrequencyRule(min_gap=gap)
    channel = Channel(platform="linkedin", frequency=rule, per_week=per_week)
    start = date(2026, 11, 23)  # a Monday: whole ISO weeks
    cal = plan(
        PlanSpec(channels=[channel], tz=PARIS, interaction=None),
        start=start,
        end=start + timedelta(weeks=weeks),
    )
    cap = rule.max_per_week()
    assert cap is not None
    capped = [i for i in cal.issues if i.rule == "per_week_capped"]
    assert bool(capped) == (per_week > cap)
    target = min(Fraction(per_week), cap)
    if len(cal.posts()) < target * weeks - Fraction(1, 2):  # rounding to whole posts
        assert any(i.rule == "below_target" for i in cal.issues)


def test_a_week_short_of_the_target_is_a_plan_issue() -> None:
    # A 36 h gap sustains 4.67 a week, but one 09:00 slot a day gives only 3.5.
    rule = FrequencyRule(min_gap=timedelta(hours=36))
    channel = Channel(platform="linkedin", frequency=rule, per_week=4)
    cal = plan(
        PlanSpec(channels=[channel], tz=PARIS, interaction=None),
        start=date(2026, 11, 23),
        end=date(2026, 12, 21),
    )
    (issue,) = cal.issues
    assert issue.rule == "below_target"
    assert issue.shortfall == 16 - len(cal.posts())
    assert issue.shortfall > 0
    assert "target of 4 a week" in issue.reason


@given(st.sampled_from([p.slug for p in list_platforms()]))
def test_one_platform_name_is_one_platform_not_its_letters(slug: str) -> None:
    # Review of issue 11: platforms="linkedin" raised "unknown 'l'"; "x" passed by luck.
    alone = PlanSpec.simple(platforms=slug, tz="UTC")
    assert alone == PlanSpec.simple(platforms=[slug], tz="UTC")
    assert PlanSpec(channels=slug, tz="UTC") == alone
    moment = datetime(2026, 11, 23, 9, tzinfo=PARIS)
    assert FixedEvent(title="Launch", start=moment, platforms=slug).platforms == (slug,)
