"""The clock the benchmarks read: this process's CPU time unless told otherwise.

On a shared machine wall time also counts the turns other processes take on
the cores, which swamps a 1 ms plan; this process's CPU time does not, so the
interleaved ratios stay steady under load (on an idle machine the two agree
for this single-threaded code). ``SOCIALKIT_BENCH_CLOCK=wall`` reads
:func:`time.perf_counter` instead.
"""

from __future__ import annotations

import os
import time

WALL = os.environ.get("SOCIALKIT_BENCH_CLOCK", "cpu") == "wall"
now = time.perf_counter if WALL else time.process_time
NAME = "wall time (perf_counter)" if WALL else "CPU time of this process (process_time)"
