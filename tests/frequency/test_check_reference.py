"""``FrequencyRule.check`` against a copy of its straightforward version (before issue 16).

The fast check converts each post to UTC once, names each local date's periods
once and counts in plain dicts; this file keeps the version it replaced and
pins that both return the same violations, in the same order, for random rules
and schedules.
"""

from collections import defaultdict
from datetime import date, datetime, time, timedelta, tzinfo
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit import Frequency, FrequencyRule, Period, PostingWindow, ValidationError
from socialkit._core.time import as_utc, elapsed, ensure_aware, to_zone
from socialkit.frequency import QuietHours, Violation
from socialkit.frequency._rules import complete_periods, period_key
from strategies import aware_datetimes, dates, zones


def reference_check(
    rule: FrequencyRule,
    times: list[datetime],
    *,
    tz: tzinfo,
    start: date | None = None,
    end: date | None = None,
) -> tuple[Violation, ...]:
    """``FrequencyRule.check`` as it was: one conversion per use, ``defaultdict`` groups."""
    zone = to_zone(tz)
    posts = sorted((ensure_aware(t, "times") for t in times), key=as_utc)
    found: list[Violation] = []
    if rule.min_gap is not None:
        for a, b in pairwise(posts):
            if (actual := elapsed(a, b)) < rule.min_gap:
                found.append(
                    Violation(
                        rule="min_gap",
                        posts=(a, b),
                        limit=rule.min_gap,
                        actual=actual,
                        by=rule.min_gap - actual,
                    )
                )
    local = [(p, p.astimezone(zone)) for p in posts]
    for p, lt in local:
        if rule.quiet_hours is not None and rule.quiet_hours.contains(lt.time()):
            found.append(
                Violation(rule="quiet_hours", posts=(p,), limit=None, actual=None, by=None)
            )
        elif rule.windows and not any(w.contains(lt.weekday(), lt.time()) for w in rule.windows):
            found.append(
                Violation(rule="outside_windows", posts=(p,), limit=None, actual=None, by=None)
            )
    for f in rule.frequencies:
        groups: dict[str, list[datetime]] = defaultdict(list)
        for p, lt in local:
            groups[period_key(lt.date(), f.per)].append(p)
        for key, ps in sorted(groups.items()):
            if f.maximum is not None and len(ps) > f.maximum:
                found.append(
                    Violation(
                        rule=f"max_per_{f.per}",
                        posts=tuple(ps),
                        limit=f.maximum,
                        actual=len(ps),
                        by=len(ps) - f.maximum,
                        period=key,
                    )
                )
        if f.minimum and start is not None and end is not None:
            for key in complete_periods(start, end, f.per):
                ps = groups.get(key, [])
                if len(ps) < f.minimum:
                    found.append(
                        Violation(
                            rule=f"min_per_{f.per}",
                            posts=tuple(ps),
                            limit=f.minimum,
                            actual=len(ps),
                            by=f.minimum - len(ps),
                            period=key,
                        )
                    )
    return tuple(found)


@st.composite
def frequency_rules(draw: st.DrawFn, min_ranges: int = 0) -> FrequencyRule:
    """A rule with any ranges, gap, windows and quiet hours that do not contradict."""
    while True:
        ranges = []
        for per in draw(st.sets(st.sampled_from(list(Period)), min_size=min_ranges)):
            low = draw(st.integers(0, 4))
            high = draw(st.none() | st.integers(max(1, low), 8))
            ranges.append(Frequency(per=per, minimum=low, maximum=high))
        gap = draw(st.none() | st.integers(1, 72 * 60).map(lambda m: timedelta(minutes=m)))
        windows = [
            PostingWindow(weekday=day, start=time(hour), end=time(hour + length))
            for day, hour, length in draw(
                st.lists(
                    st.tuples(st.integers(0, 6), st.integers(0, 20), st.integers(1, 3)), max_size=3
                )
            )
        ]
        quiet = draw(
            st.none() | st.builds(QuietHours, start=st.just(time(22)), end=st.just(time(7)))
        )
        try:
            return FrequencyRule(
                frequencies=ranges, min_gap=gap, windows=windows, quiet_hours=quiet
            )
        except ValidationError:
            continue


@settings(max_examples=300)
@given(
    frequency_rules(),
    st.lists(aware_datetimes(), max_size=40),
    zones(),
    st.none() | st.tuples(dates(), st.integers(1, 90)),
)
def test_check_equals_the_straightforward_version(
    rule: FrequencyRule,
    times: list[datetime],
    tz: tzinfo,
    span: tuple[date, int] | None,
) -> None:
    bounds = {} if span is None else {"start": span[0], "end": span[0] + timedelta(days=span[1])}
    assert rule.check(times, tz=tz, **bounds) == reference_check(rule, times, tz=tz, **bounds)


@settings(max_examples=100)
@given(frequency_rules(min_ranges=1), st.data())
def test_check_equals_the_straightforward_version_on_dense_schedules(
    rule: FrequencyRule, data: st.DataObject
) -> None:
    """Many posts a few hours apart over weeks, so maxima and minima both trip."""
    tz = data.draw(zones())
    first = data.draw(aware_datetimes())
    steps = data.draw(st.lists(st.integers(0, 12 * 60), min_size=30, max_size=120))
    times = [first]
    for minutes in steps:
        times.append((as_utc(times[-1]) + timedelta(minutes=minutes)).astimezone(first.tzinfo))
    start = first.astimezone(tz).date() - timedelta(days=data.draw(st.integers(0, 10)))
    end = start + timedelta(days=data.draw(st.integers(1, 120)))
    assert rule.check(times, tz=tz, start=start, end=end) == reference_check(
        rule, times, tz=tz, start=start, end=end
    )


@given(st.lists(st.dates(), max_size=20), st.sampled_from(list(Period)))
def test_period_names_equal_their_formulas_whether_remembered_or_not(
    days: list[date], per: Period
) -> None:
    """The remembered names equal ``isoformat``, ``isocalendar`` and ``year-month``."""
    for day in [*days, *days]:
        year, week, _ = day.isocalendar()
        want = {
            Period.DAY: day.isoformat(),
            Period.WEEK: f"{year}-W{week:02d}",
            Period.MONTH: f"{day.year}-{day.month:02d}",
        }[per]
        assert period_key(day, per) == want
