"""Calendar exports against baselines measured in the same run.

Run: .venv/bin/python benchmarks/bench_io.py

- ``to_ics`` of a one-year, 12-platform calendar against planning it (target <= 3x),
  and the ``icalendar`` objects it used before, when that library is installed;
- peak ``tracemalloc`` of ``to_ics`` for 1 and 10 years (linear: about 10x);
- ``to_json`` against ``json.dumps`` of the same data, records built beforehand
  (target <= 1.5x), and the ``indent=2`` encoding it used before.

Each figure is the median of several runs, with its spread (min-max); the garbage
collector is paused during each run, as :mod:`timeit` does.
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import _clock
from socialkit import ContentCalendar, ContentMix, PlanSpec, list_platforms, plan
from socialkit.io import to_ics, to_json, to_records

SPEC = PlanSpec.simple(
    platforms=[p.slug for p in list_platforms()],
    tz="Europe/Paris",
    mix=ContentMix.preset("80/20"),
    stages=ContentMix.preset("funnel"),
)
START = date(2027, 1, 4)


def _plan(years: int) -> ContentCalendar:
    return plan(SPEC, start=START, end=START.replace(year=START.year + years))


def _times(run: Callable[[], object], repeats: int) -> list[float]:
    """Seconds of each run, the garbage collector paused during it (as :mod:`timeit` does)."""
    times = []
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        began = _clock.now()
        run()
        times.append(_clock.now() - began)
        gc.enable()
    return times


def _show(name: str, times: list[float], base: list[float] | None = None) -> None:
    line = f"{name:<44} {statistics.median(times) * 1e3:8.1f} ms"
    line += f"  ({min(times) * 1e3:.1f}-{max(times) * 1e3:.1f})"
    if base is not None:
        line += f"  ratio {statistics.median(times) / statistics.median(base):.2f}"
    print(line)


def _peak(run: Callable[[], object]) -> int:
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def _icalendar_before() -> Callable[[ContentCalendar], str] | None:
    """The writer ``to_ics`` replaced (tests/io/test_ics.py), if ``icalendar`` is installed."""
    tests = Path(__file__).parents[1] / "tests"
    sys.path[:0] = [str(tests), str(tests / "io")]
    try:
        from test_ics import reference_ics
    except ImportError:
        return None
    return reference_ics


def bench_ics(cal: ContentCalendar, repeats: int) -> None:
    print(f"to_ics: one year, {len(list_platforms())} platforms, {len(cal.items)} items")
    planning = _times(lambda: _plan(1), repeats)
    _show("plan (baseline)", planning)
    _show("to_ics (target <= 3)", _times(lambda: to_ics(cal), repeats), planning)
    before = _icalendar_before()
    if before is not None:
        _show("icalendar objects (the writer before)", _times(lambda: before(cal), 3), planning)


def bench_memory(one: ContentCalendar) -> None:
    ten = _plan(10)
    peaks = [_peak(lambda: to_ics(one)), _peak(lambda: to_ics(ten))]
    print(f"to_ics peak memory: 1 year {peaks[0] / 2**20:.1f} MiB ({len(one.items)} items)")
    print(f"                  10 years {peaks[1] / 2**20:.1f} MiB ({len(ten.items)} items)")
    print(
        f"  ratio {peaks[1] / peaks[0]:.2f} for {len(ten.items) / len(one.items):.2f} times"
        " the items (linear: equal)"
    )


def bench_json(cal: ContentCalendar, repeats: int) -> None:
    print(f"to_json: the same calendar, {len(cal.items)} items")
    payload = json.loads(to_json(cal))  # the same data, decoded: dumps pays for encoding only
    options: dict[str, Any] = {"separators": (",", ":"), "sort_keys": True, "ensure_ascii": False}
    base = _times(lambda: json.dumps(payload, **options), repeats)
    _show("json.dumps, records built (baseline)", base)
    built = _times(lambda: json.dumps(to_records(cal), **options), repeats)
    _show("to_records + json.dumps (baseline 2)", built)
    mine = _times(lambda: to_json(cal), repeats)
    _show("to_json vs baseline (target <= 1.5)", mine, base)
    _show("to_json vs baseline 2", mine, built)
    indented = {"indent": 2, "sort_keys": True, "ensure_ascii": False}
    _show(
        "json.dumps indent=2 (the encoding before)",
        _times(lambda: json.dumps(payload, **indented), repeats),
        base,
    )


def main() -> None:
    print(f"clock: {_clock.NAME}; the machine may be shared (see benchmarks/README.md)")
    repeats = 7
    _plan(1)  # warm the registry and imports
    cal = _plan(1)
    bench_ics(cal, repeats)
    bench_json(cal, repeats)
    bench_memory(cal)


if __name__ == "__main__":
    main()
