"""Benchmark batch assessment: assess_many on one process and on a two-worker local cluster.

Run: ``.venv/bin/python benchmarks/bench_batch.py [N]`` (default N = 100,000 posts;
``SOCIALKIT_BENCH_N`` or the first argument sets a smaller N for a quick run).

1. ``assess_many`` over N posts on one process, against the ``assess`` loop over
   the same posts (baseline), interleaved over ROUNDS rounds.
2. ``socialkit.dask.assess_frame`` over the same N posts on a
   ``dask.distributed.LocalCluster(processes=True, n_workers=2)`` (cluster start
   not counted), ROUNDS rounds.

Posts per second and the ratios are medians with their spread (min-max).
The corpus cycles through varied realistic drafts on x and linkedin.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable

import pandas as pd

from socialkit.posts import Post, assess, assess_many

ROUNDS = 3
DRAFTS = [
    "New guide! https://example.com/guides/b2b-marketing #b2b #marketing #sales",
    "Merci à toutes et à tous pour ce webinaire 👋🏽 @socialkit",
    "Thread 1/5: what we learned shipping a calendar library in Python",
    "x" * 320,
    "Our spring collection is here 🌸 #fashion #spring #newin #style #ootd #shopping",
    "Join us tomorrow at 10:00 CET: https://events.example.org/webinar?id=42",
    "",
    "Un article long sur la stratégie de contenu, avec des liens www.exemple.fr et $TSLA",
]


def seconds(run: Callable[[], object]) -> float:
    began = time.perf_counter()
    run()
    return time.perf_counter() - began


def spread(values: list[float]) -> str:
    v = sorted(values)
    return f"{statistics.median(v):10.0f} ({v[0]:.0f}-{v[-1]:.0f})"


def ratio(values: list[float]) -> str:
    v = sorted(values)
    return f"{statistics.median(v):.2f} ({v[0]:.2f}-{v[-1]:.2f})"


def main() -> None:
    n = int(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SOCIALKIT_BENCH_N", 100_000))
    texts = [DRAFTS[i % len(DRAFTS)] + f" #{i % 97}" for i in range(n)]
    posts = [Post(text=t) for t in texts]
    loop = lambda: [assess(p, "x") for p in posts]  # noqa: E731
    many = lambda: assess_many(posts, "x")  # noqa: E731
    many()
    single = [(seconds(loop), seconds(many)) for _ in range(ROUNDS)]
    print(f"assess over {n:,} posts on x, {ROUNDS} rounds (posts/s, median (min-max)):")
    print(f"  assess loop (baseline):  {spread([n / a for a, _ in single])}")
    print(f"  assess_many, 1 process:  {spread([n / b for _, b in single])}")
    print(f"  ratio loop / many:       {ratio([a / b for a, b in single])}")

    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    from socialkit.dask import assess_frame

    with (
        LocalCluster(
            processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        ddf = dd.from_pandas(pd.DataFrame({"text": texts}), npartitions=8).persist()
        job = lambda: assess_frame(ddf, text="text", platform="x").compute()  # noqa: E731
        job()
        cluster_times = [seconds(job) for _ in range(ROUNDS)]
    base = statistics.median(a for a, _ in single)
    print(f"  assess_frame, 2 workers: {spread([n / c for c in cluster_times])}")
    print(f"  ratio loop / 2 workers:  {ratio([base / c for c in cluster_times])}")
    print(f"  (this machine: {os.cpu_count()} cores; the cluster shares them with the client)")


if __name__ == "__main__":
    main()
