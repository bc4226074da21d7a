"""load_history and review on 100,000 rows, against reading the same CSV with the csv module.

Run: .venv/bin/python benchmarks/bench_history.py
The export is generated (invented figures) in a temporary directory, written as a French
spreadsheet writes it (``;``, decimal commas, narrow no-break spaces, day-first dates).
Each figure is the median and min-max of 5 interleaved rounds, with its ratio to the
baseline (``csv.reader`` over the same file) measured in the same process.
"""

from __future__ import annotations

import csv
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from socialkit.measure import load_history
from socialkit.strategy import Pillar, Strategy, review

ROWS = 100_000
ROUNDS = 5
TAGS = {"#conseil": "advice", "#produit": "products", "#coulisses": "behind"}


def _write(path: Path) -> None:
    rng = random.Random(13)
    start = datetime(2020, 1, 6, 8)
    lines = ["Date;Post text;Impressions;Engagements;Engagement rate"]
    for i in range(ROWS):
        at = start + timedelta(minutes=37 * i)
        imp = rng.randint(200, 90_000)
        eng = rng.randint(0, imp // 10)
        rate = f"{100 * eng / imp:.2f}".replace(".", ",")
        grouped = f"{imp:,}".replace(",", "\u202f")
        lines.append(
            f"{at:%d/%m/%Y %H:%M};Post {i} {rng.choice(list(TAGS))};{grouped};{eng};{rate} %"
        )
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")


def _timed(f: Callable[[], object]) -> float:
    began = time.perf_counter()
    f()
    return time.perf_counter() - began


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "export.csv"
        _write(path)
        strategy = Strategy(name="bench", pillars=[Pillar(name=n, weight=1) for n in TAGS.values()])

        def baseline() -> object:
            with path.open(encoding="utf-8-sig", newline="") as f:
                return list(csv.reader(f, delimiter=";"))

        def load() -> object:
            return load_history(path, preset="x", tz="Europe/Paris", pillars=TAGS)

        history = load_history(path, preset="x", tz="Europe/Paris", pillars=TAGS)

        def run_review() -> object:
            return review(strategy, history)

        times: dict[str, list[float]] = {"csv.reader": [], "load_history": [], "review": []}
        for _ in range(ROUNDS):
            times["csv.reader"].append(_timed(baseline))
            times["load_history"].append(_timed(load))
            times["review"].append(_timed(run_review))
    base = statistics.median(times["csv.reader"])
    print(f"rows: {ROWS:,}, rounds: {ROUNDS}, records read: {len(history):,}")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"{name:13s} median {median:.3f} s (min {min(values):.3f}, max {max(values):.3f}); "
            f"{median / base:.1f}x csv.reader"
        )


if __name__ == "__main__":
    main()
