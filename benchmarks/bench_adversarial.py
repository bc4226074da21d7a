"""Adversarial text: the worst of a fixed list of patterns, at 100 kB and 1 MB.

Target (issue 18): one megabyte of any text measures and extracts in under a
second on X, Bluesky, Mastodon and Threads, in linear time. Each pattern of
PATTERNS is repeated to 100,000 and to 1,000,000 characters. For each platform,
``measure(text, platform).length`` is timed, and ``extract(text)`` once (it is
the same on every platform).

A screening pass times every pattern once at 1 MB and keeps the SHORTLIST
slowest for each operation; those are then timed in ROUNDS interleaved rounds
at both sizes. The worst (by median at 1 MB) is printed with its median and
spread (min-max) at each size, and the ratio of the medians: linear time gives
about 10, quadratic about 100.

Times are CPU seconds of this process (``time.process_time``), not wall
clock: on a shared machine the wall clock mostly measures the other
processes (on the 2-core machine shared by eight jobs, wall times were 4-5
times the CPU times). On an idle machine the two agree.

Run with ``.venv/bin/python benchmarks/bench_adversarial.py`` (about 3-6 minutes
on a loaded 2-core machine; ``SOCIALKIT_BENCH_ROUNDS`` sets the rounds).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

from socialkit.text import extract, measure

PATTERNS = [
    ".",
    "..",
    "(",
    "/",
    "?",
    ":",
    "a:",
    "http",
    "http://",
    "://",
    "#",
    "@",
    "$",
    "a",
    " ",
    "-",
    "_",
    "\ufe0f",
    "\u200d",
    "www.",
    "a.b",
    "a.",
    "ab.",
    ".a",
    "-.",
    "_.",
    "1.",
    "a.c",
    "a.co",
    ".com",
    "a.b.",
    "a.comx",
    "a.com/(",
    "a.com?",
    "a.com/a.",
    "x.com/",
    "t.co/",
    ".xn--",
    "a.xn--",
    "a@b.",
    "a@b.c",
    "@a.b",
    "@a@",
    "RT@",
    "#a",
    "#a\ufe0f",
    "@a",
    "$a",
    "a#",
    "&#",
    "é",
    "é.",
    "日.",
    ".日本",
    "a.み",
    "Ａ.",
    "😀",
    "🇫",
    "e\u0301",
    "👨\u200d👩\u200d👧",
]
PLATFORMS = ["x", "bluesky", "mastodon", "threads"]
SIZES = (100_000, 1_000_000)
ROUNDS = int(os.environ.get("SOCIALKIT_BENCH_ROUNDS", "5"))
SHORTLIST = 3


def repeated(pattern: str, size: int) -> str:
    return (pattern * (size // len(pattern) + 1))[:size]


def seconds(op: Callable[[str], object], text: str) -> float:
    """CPU seconds of this process running ``op(text)`` (see the module docstring)."""
    start = time.process_time()
    op(text)
    return time.process_time() - start


def operations() -> dict[str, Callable[[str], object]]:
    ops: dict[str, Callable[[str], object]] = {
        f"measure {p}": (lambda text, p=p: measure(text, p).length) for p in PLATFORMS
    }
    ops["extract"] = extract
    return ops


def spread(times: list[float]) -> str:
    return f"{statistics.median(times):6.3f} s ({min(times):.3f}-{max(times):.3f})"


def main() -> None:
    ops = operations()
    big = {p: repeated(p, SIZES[1]) for p in PATTERNS}
    small = {p: repeated(p, SIZES[0]) for p in PATTERNS}
    print(f"{len(PATTERNS)} patterns, {ROUNDS} rounds; median (min-max) CPU seconds")
    print(f"{'operation':18} {'worst pattern':16} {'100 kB':>24} {'1 MB':>24} {'ratio':>6}")
    overall = 0.0
    for name, op in ops.items():
        screened = sorted(PATTERNS, key=lambda p, op=op: seconds(op, big[p]), reverse=True)
        times: dict[tuple[str, int], list[float]] = {}
        for _ in range(ROUNDS):  # interleaved: load changes hit every pattern alike
            for pattern in screened[:SHORTLIST]:
                for size, texts in ((SIZES[0], small), (SIZES[1], big)):
                    took = seconds(op, texts[pattern])
                    times.setdefault((pattern, size), []).append(took)
        worst = max(screened[:SHORTLIST], key=lambda p: statistics.median(times[p, SIZES[1]]))
        at_small, at_big = times[worst, SIZES[0]], times[worst, SIZES[1]]
        ratio = statistics.median(at_big) / statistics.median(at_small)
        overall = max(overall, statistics.median(at_big))
        print(f"{name:18} {worst!r:16} {spread(at_small):>24} {spread(at_big):>24} {ratio:6.1f}")
    verdict = "meets" if overall < 1 else "misses"
    print(f"worst 1 MB median: {overall:.3f} s ({verdict} the 1 s target)")


if __name__ == "__main__":
    main()
