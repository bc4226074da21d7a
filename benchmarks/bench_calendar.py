"""Plan one year and ten years for every registered platform; print both times and their ratio.

Run: PYTHONPATH=src python benchmarks/bench_calendar.py
A ratio near 10 means planning is linear in the length of the range.
"""

from __future__ import annotations

import time
from datetime import date

from socialkit import ContentCalendar, ContentMix, PlanSpec, list_platforms, plan


def _plan(years: int) -> tuple[float, ContentCalendar]:
    spec = PlanSpec.simple(
        platforms=[p.slug for p in list_platforms()],
        tz="Europe/Paris",
        mix=ContentMix.preset("80/20"),
        stages=ContentMix.preset("funnel"),
    )
    start = date(2027, 1, 4)
    end = start.replace(year=start.year + years)
    began = time.perf_counter()
    cal = plan(spec, start=start, end=end)
    return time.perf_counter() - began, cal


def main() -> None:
    _plan(1)  # warm the registry and imports
    one, cal1 = _plan(1)
    ten, cal10 = _plan(10)
    print(f"platforms: {len(list_platforms())}")
    print(f"1 year:   {one:.3f} s  ({len(cal1.posts())} posts, {len(cal1.items)} items)")
    print(f"10 years: {ten:.3f} s  ({len(cal10.posts())} posts, {len(cal10.items)} items)")
    print(f"ratio 10y / 1y: {ten / one:.1f} (10 = linear)")


if __name__ == "__main__":
    main()
