"""Benchmark planning: short plans against long ones, and plans against building their items.

Run: ``.venv/bin/python benchmarks/bench_plan.py`` (or ``PYTHONPATH=src python ...``).

1. A one-month plan of the B2B example (``socialkit.examples.strategy("b2b-services")``,
   whose monthly webinar starts in 2000) against a one-year plan of the same
   strategy: at most 1/12 of it (plan time linear in the horizon, no fixed
   cost for walking a recurrence from its start).
   What the parenthesis asks is printed too: fresh plans of 1 to 52 weeks
   against their least-squares line (linear in the horizon), and the month plan
   with its webinar started in 2000 against the same webinar started a month
   before the plan (no fixed recurrence cost); see the fifth pass in
   ``benchmarks/README.md`` for why the 1/12 ratio itself is not met.
2. One year over every registered platform against building its items alone,
   ``CalendarItem(...)`` with the same fields: at most 1.5 times.

Each pair is timed in the same process, interleaved over ROUNDS rounds; the
figures are medians with their spread (min-max), and so is the ratio (the ratio
of each round).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import attrs

import _clock
import socialkit
from socialkit import CalendarItem, ContentCalendar, ContentMix, PlanSpec, list_platforms, plan

ROUNDS = 21
START = date(2027, 1, 4)


def seconds(run: Callable[[], object]) -> float:
    began = _clock.now()
    run()
    return _clock.now() - began


def rounds(*jobs: Callable[[], object]) -> list[list[float]]:
    """Seconds of each job in each of ROUNDS interleaved rounds (after one warm-up)."""
    for job in jobs:
        job()
    return [[seconds(job) for job in jobs] for _ in range(ROUNDS)]


def spread(values: list[float], scale: float = 1e3, unit: str = "ms") -> str:
    """``median (min-max)``."""
    v = sorted(x * scale for x in values)
    return f"{statistics.median(v):9.2f} {unit} ({v[0]:.2f}-{v[-1]:.2f})"


def ratio(times: list[list[float]]) -> str:
    r = sorted(a / b for a, b in times)
    return f"{statistics.median(r):.3f} ({r[0]:.3f}-{r[-1]:.3f})"


MONTHS = 13
"""Four-week plans run back to back in a round: 13 of them plan the 52 weeks a year plan does."""
BUFFER = b"\x01" * (64 << 20)
"""Read whole before a job, to leave the CPU caches as a year plan leaves them (64 MiB,
written so that its pages are real memory, not the shared zero page)."""


def _read_buffer() -> int:
    return BUFFER.count(0)  # every byte read: evicts what the caches held


def month_vs_year() -> None:
    spec = socialkit.examples.strategy("b2b-services").to_plan_spec()
    month = lambda: plan(spec, start=START, end=date(2027, 2, 1))  # noqa: E731
    year = lambda: plan(spec, start=START, end=date(2028, 1, 3))  # noqa: E731

    def months() -> None:
        for _ in range(MONTHS):
            month()  # each calendar dropped before the next, as a year plan's parts are

    times = rounds(month, year)
    print("B2B example (socialkit.examples.strategy('b2b-services')):")
    print("  interleaved, one plan after the other (each month plan starts after a year plan):")
    print(f"  plan, one month (4 weeks): {spread([t[0] for t in times])}")
    print(f"  plan, one year (52 weeks): {spread([t[1] for t in times])}")
    print(
        f"  ratio month / year:        {ratio(times)}  (target <= {1 / 12:.3f} = 1/12; 4/52 = {4 / 52:.3f})"
    )
    back = [[a / MONTHS, b] for a, b in rounds(months, year)]
    print(f"  {MONTHS} month plans back to back (the same 52 weeks of planning as the year):")
    print(f"  plan, one month (4 weeks): {spread([t[0] for t in back])}")
    print(f"  plan, one year (52 weeks): {spread([t[1] for t in back])}")
    print(f"  ratio month / year:        {ratio(back)}  (target <= {1 / 12:.3f})")
    cold = []
    for _ in range(ROUNDS):
        _read_buffer()
        after_buffer = seconds(month)
        cold.append([after_buffer, seconds(month)])
    print(
        "  the cold-cache cost: a month plan after reading 64 MiB, against one after a month plan:"
    )
    print(f"  after the read:            {spread([t[0] for t in cold])}")
    print(f"  after a month plan:        {spread([t[1] for t in cold])}")
    print(f"  ratio:                     {ratio(cold)}")


FRESH_STEP = timedelta(weeks=53)
"""How far apart the fresh rounds' plans start: past the year before, so no day, week or
month of a round was named or walked by an earlier one."""


def _timed(spec: PlanSpec, begin: date, weeks: int) -> float:
    return seconds(lambda: plan(spec, start=begin, end=begin + timedelta(weeks=weeks)))


def fresh_month_vs_year() -> None:
    """A month then a year per round, each round on a strategy read anew and from a start
    53 weeks after the last: no memo kept between plans on the strategy's objects or on the
    plan's dates can answer for a round, as none does for a user's new plan. Memos kept by
    value (a recurrence's text, a channel's set-up inputs, a mix and a count) do, as they do
    for a user's new plan of the same channels, tactics and mixes."""
    times = []
    for r in range(ROUNDS + 1):  # round 0 warms up (and is dropped)
        spec = socialkit.examples.strategy("b2b-services").to_plan_spec()
        begin = START + FRESH_STEP * (r + 1)
        month, year = _timed(spec, begin, 4), _timed(spec, begin, 52)
        if r:
            times.append([month, year])
    print("  fresh: each round a newly read strategy, starting 53 weeks after the round before:")
    print(f"  plan, one month (4 weeks): {spread([t[0] for t in times])}")
    print(f"  plan, one year (52 weeks): {spread([t[1] for t in times])}")
    print(f"  ratio month / year:        {ratio(times)}  (target <= {1 / 12:.3f})")


HORIZONS = (1, 2, 4, 8, 13, 26, 52)
"""Plan lengths in weeks for the linear fit."""


def _fit(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Least-squares ``(intercept, slope)`` of ``y = a + b x``."""
    n = len(points)
    mx, my = sum(x for x, _ in points) / n, sum(y for _, y in points) / n
    b = sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)
    return my - b * mx, b


def linear_in_horizon() -> None:
    """Plan time against the horizon, fresh rounds (a newly read strategy and a new start
    each round, horizons in a rotating order): the line's intercept is the plan's fixed
    cost, its slope the cost of a week, and the largest gap from the line says how
    linear the cost is."""
    times: dict[int, list[float]] = {w: [] for w in HORIZONS}
    for r in range(ROUNDS + 1):  # round 0 warms up (and is dropped)
        begin = START + FRESH_STEP * (r + 1)
        order = HORIZONS[r % len(HORIZONS) :] + HORIZONS[: r % len(HORIZONS)]
        for weeks in order:
            spec = socialkit.examples.strategy("b2b-services").to_plan_spec()
            took = _timed(spec, begin, weeks)
            if r:
                times[weeks].append(took)
    medians = {w: statistics.median(t) for w, t in times.items()}
    fixed, per_week = _fit(list(medians.items()))
    worst = max(abs(m - fixed - per_week * w) / m for w, m in medians.items())
    print("  linear in the horizon (fresh rounds; medians, least-squares line):")
    for weeks in HORIZONS:
        print(f"  plan, {weeks:2d} week(s):        {spread(times[weeks])}")
    year = medians[52]
    print(
        f"  line: {fixed * 1e3:.3f} ms fixed + {per_week * 1e3:.3f} ms a week;"
        f" fixed = {fixed / year:.1%} of the year plan, {fixed / per_week:.2f} weeks of planning"
    )
    print(f"  largest gap from the line:  {worst:.1%} of a median")
    print(
        f"  the month target needs a fixed cost <= {4 / 11:.2f} weeks of planning"
        " (month / year <= 1/12 for 4 and 52 weeks)"
    )


def recurrence_age() -> None:
    """The month plan with its monthly webinar started in 2000 (as the example's) against
    the same plan with the webinar started in the plan's own month: a recurrence walked
    from its start would make the first cost grow with the event's age."""
    spec = socialkit.examples.strategy("b2b-services").to_plan_spec()
    (old,) = spec.events
    before = datetime.combine(START, time(0), spec.tz)
    *_, last = old.occurrences(spec.tz, until=before)  # its last occurrence before the plan
    young = attrs.evolve(spec, events=[attrs.evolve(old, start=last)])
    end = START + timedelta(weeks=4)
    aged = lambda: plan(spec, start=START, end=end)  # noqa: E731
    new = lambda: plan(young, start=START, end=end)  # noqa: E731
    assert [i.start for i in aged().items] == [i.start for i in new().items]
    times = rounds(aged, new)
    print(
        "  no fixed recurrence cost: the month plan, its webinar started in 2000 or a month before:"
    )
    print(f"  started {old.start:%Y-%m-%d}:         {spread([t[0] for t in times])}")
    print(f"  started {last:%Y-%m-%d}:         {spread([t[1] for t in times])}")
    print(f"  ratio:                      {ratio(times)}  (target: 1, within the spread)")


def _every_platform() -> PlanSpec:
    return PlanSpec.simple(
        platforms=[p.slug for p in list_platforms()],
        tz="Europe/Paris",
        mix=ContentMix.preset("80/20"),
        stages=ContentMix.preset("funnel"),
    )


def _fields(cal: ContentCalendar) -> list[dict[str, object]]:
    return [attrs.asdict(item, recurse=False) for item in cal.items]


def every_platform_month_vs_year() -> None:
    """The month / year ratio for a large plan (every platform): the same fixed cost
    weighs less against a bigger week of planning."""
    times = []
    for r in range(ROUNDS + 1):  # round 0 warms up (and is dropped)
        spec = _every_platform()
        begin = START + FRESH_STEP * (r + 1)
        month, year = _timed(spec, begin, 4), _timed(spec, begin, 52)
        if r:
            times.append([month, year])
    print(f"  the same, fresh, one year over {len(list_platforms())} platforms:")
    print(f"  plan, one month (4 weeks): {spread([t[0] for t in times])}")
    print(f"  plan, one year (52 weeks): {spread([t[1] for t in times])}")
    print(f"  ratio month / year:        {ratio(times)}  (target <= {1 / 12:.3f})")


def plan_vs_items() -> None:
    spec = _every_platform()
    end = START.replace(year=START.year + 1)
    fields = _fields(plan(spec, start=START, end=end))
    year = lambda: plan(spec, start=START, end=end)  # noqa: E731
    build = lambda: [CalendarItem(**f) for f in fields]  # type: ignore[arg-type]  # noqa: E731
    times = rounds(year, build)
    print(f"one year over {len(list_platforms())} platforms ({len(fields)} items):")
    print(f"  plan:                          {spread([t[0] for t in times])}")
    print(f"  CalendarItem(...) of its items: {spread([t[1] for t in times])}")
    print(f"  ratio plan / items:            {ratio(times)}  (target <= 1.5)")


def main() -> None:
    print(f"clock: {_clock.NAME}; the machine may be shared (see benchmarks/README.md)")
    month_vs_year()
    fresh_month_vs_year()
    linear_in_horizon()
    recurrence_age()
    every_platform_month_vs_year()
    print()
    plan_vs_items()


if __name__ == "__main__":
    main()
