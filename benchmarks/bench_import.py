"""What ``import socialkit`` costs beyond its dependencies, and what a first ``measure()`` loads.

Run: python benchmarks/bench_import.py   (from a checkout with socialkit installed,
or PYTHONPATH=src). Each figure is measured in a fresh interpreter, RUNS times;
the median is printed with the spread (min-max). The baseline, measured in the
same run, is importing the dependencies alone (attrs, dateutil, zoneinfo, regex).
Target (architecture issue): ``import socialkit`` at most 30 ms above the baseline.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from typing import NamedTuple

RUNS = 21
DEPENDENCIES = "import attrs, dateutil, dateutil.rrule, zoneinfo, regex"

_PROBE = """
import json, sys, time
t0 = time.perf_counter()
{deps}
t1 = time.perf_counter()
import socialkit
t2 = time.perf_counter()
from socialkit.text import measure
measure("Our new guide is out! #marketing https://example.com/guide", "x")
t3 = time.perf_counter()
loaded = sorted({{m.split(".")[1] for m in sys.modules if m.startswith("socialkit.")}})
print(json.dumps({{"deps": t1 - t0, "socialkit": t2 - t1, "measure": t3 - t2, "loaded": loaded}}))
"""


class Run(NamedTuple):
    deps: float
    socialkit: float
    measure: float
    loaded: list[str]


def _one() -> Run:
    code = _PROBE.format(deps=DEPENDENCIES)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return Run(**json.loads(out.stdout))


def _line(label: str, values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    return f"{label:<44} median {statistics.median(ms):7.2f} ms  (spread {ms[0]:.2f}-{ms[-1]:.2f})"


def main() -> None:
    _one()  # warm the file-system cache and the bytecode
    runs = [_one() for _ in range(RUNS)]
    deps = [r.deps for r in runs]
    own = [r.socialkit for r in runs]
    first = [r.measure for r in runs]
    print(f"{RUNS} fresh interpreters, Python {sys.version.split()[0]}")
    print(_line("baseline: import attrs, dateutil, zoneinfo, regex", deps))
    print(_line("import socialkit (after its dependencies)", own))
    print(_line("first measure(text, 'x') (imports included)", first))
    ratio = (statistics.median(deps) + statistics.median(own)) / statistics.median(deps)
    print(f"import socialkit adds {statistics.median(own) * 1000:.2f} ms (target <= 30 ms)")
    print(f"ratio (dependencies + socialkit) / dependencies alone: {ratio:.3f}")
    print(f"subpackages loaded by the first measure(): {', '.join(runs[0].loaded)}")


if __name__ == "__main__":
    main()
