"""Benchmark planning: short plans against long ones, and plans against building their items.

Run: ``.venv/bin/python benchmarks/bench_plan.py`` (or ``PYTHONPATH=src python ...``).

1. A one-month plan of the B2B example (``socialkit.examples.strategy("b2b-services")``,
   whose monthly webinar starts in 2000) against a one-year plan of the same
   strategy: at most 1/12 of it (plan time linear in the horizon, no fixed
   cost for walking a recurrence from its start).
2. One year over every registered platform against building its items alone,
   ``CalendarItem(...)`` with the same fields: at most 1.5 times.

Each pair is timed in the same process, interleaved over ROUNDS rounds; the
figures are medians with their spread (min-max), and so is the ratio (the ratio
of each round).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date

import attrs

import socialkit
from socialkit import CalendarItem, ContentCalendar, ContentMix, PlanSpec, list_platforms, plan

ROUNDS = 9
START = date(2027, 1, 4)


def seconds(run: Callable[[], object]) -> float:
    began = time.perf_counter()
    run()
    return time.perf_counter() - began


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


def month_vs_year() -> None:
    spec = socialkit.examples.strategy("b2b-services").to_plan_spec()
    month = lambda: plan(spec, start=START, end=date(2027, 2, 1))  # noqa: E731
    year = lambda: plan(spec, start=START, end=date(2028, 1, 3))  # noqa: E731
    times = rounds(month, year)
    print("B2B example (socialkit.examples.strategy('b2b-services')):")
    print(f"  plan, one month (4 weeks): {spread([t[0] for t in times])}")
    print(f"  plan, one year (52 weeks): {spread([t[1] for t in times])}")
    print(
        f"  ratio month / year:        {ratio(times)}  (target <= {1 / 12:.3f} = 1/12; 4/52 = {4 / 52:.3f})"
    )


def _every_platform() -> PlanSpec:
    return PlanSpec.simple(
        platforms=[p.slug for p in list_platforms()],
        tz="Europe/Paris",
        mix=ContentMix.preset("80/20"),
        stages=ContentMix.preset("funnel"),
    )


def _fields(cal: ContentCalendar) -> list[dict[str, object]]:
    return [attrs.asdict(item, recurse=False) for item in cal.items]


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
    month_vs_year()
    print()
    plan_vs_items()


if __name__ == "__main__":
    main()
