"""Benchmark the content-mix sequencer and apportionment against naive baselines.

Run: ``PYTHONPATH=src python benchmarks/bench_mix.py``. Every figure is the best
of several interleaved rounds, measured in the same process as its baseline, so the
ratios hold on a busy machine even when the absolute times do not.
"""

from __future__ import annotations

import heapq
import math
import random
import time
from collections.abc import Callable
from fractions import Fraction

from socialkit import ContentMix
from socialkit.mix import ApportionMethod, mix_deviation

ROUNDS = 5


def best_of(*jobs: Callable[[], object]) -> list[float]:
    """The best time of each job over ROUNDS interleaved rounds."""
    best = [float("inf")] * len(jobs)
    for _ in range(ROUNDS):
        for index, job in enumerate(jobs):
            start = time.perf_counter()
            job()
            best[index] = min(best[index], time.perf_counter() - start)
    return best


def heap_greedy(mix: ContentMix, n: int) -> tuple[str, ...]:
    """Naive reference: a heap of float keys (x_i + 1) / w_i, the most overdue first.

    Largest relative deficit first (stride scheduling, D'Hondt order); float keys,
    one heapreplace per slot: about as cheap as a sequencer gets in Python.
    """
    names = mix.categories
    allocation = list(mix.apportion(n).values())
    heap = [(n / d, i) for i, d in enumerate(allocation) if d]
    heapq.heapify(heap)
    seen = [0] * len(allocation)
    order = []
    append = order.append
    for _ in range(n):
        i = heap[0][1]
        append(i)
        seen[i] += 1
        if seen[i] < allocation[i]:
            heapq.heapreplace(heap, ((seen[i] + 1) * n / allocation[i], i))
        else:
            heapq.heappop(heap)
    return tuple(map(names.__getitem__, order))


def largest_deficit(mix: ContentMix, n: int) -> tuple[str, ...]:
    """Naive reference: smooth weighted round robin, argmax of d_i * t - n * x_i (O(k))."""
    names = mix.categories
    allocation = list(mix.apportion(n).values())
    current = [0] * len(allocation)
    order = []
    for _ in range(n):
        current = [c + d for c, d in zip(current, allocation, strict=True)]
        best = current.index(max(current))
        current[best] -= n
        order.append(best)
    return tuple(map(names.__getitem__, order))


def floor_of_quota(mix: ContentMix, n: int) -> list[int]:
    """Baseline for apportion: one integer pass of floor(quota), no rounding up."""
    denominator = math.lcm(*(share.denominator for share in mix.values()))
    weights = [share.numerator * (denominator // share.denominator) for share in mix.values()]
    total = sum(weights)
    return [w * n // total for w in weights]


def bench_sequence() -> None:
    rng = random.Random(2026)
    mix = ContentMix({f"c{i}": rng.randint(1, 100) for i in range(10)})
    n = 100_000
    ours, heap, swrr = best_of(
        lambda: mix.sequence(n), lambda: heap_greedy(mix, n), lambda: largest_deficit(mix, n)
    )
    target = ContentMix(mix.apportion(n))
    k = sum(1 for d in target.values() if d)
    print(f"sequence({n:,}) over {len(mix)} categories")
    print(f"  socialkit (Tijdeman EDF)        {ours * 1000:8.1f} ms")
    print(f"  heap greedy, float keys         {heap * 1000:8.1f} ms   ratio {ours / heap:.2f}")
    print(f"  largest deficit (SWRR), O(k)    {swrr * 1000:8.1f} ms   ratio {ours / swrr:.2f}")
    for label, order in (
        ("socialkit", mix.sequence(n)),
        ("optimal", mix.sequence(n, method="optimal")),
        ("heap greedy", heap_greedy(mix, n)),
        ("largest deficit", largest_deficit(mix, n)),
    ):
        print(f"  max deviation, {label:<16} {float(mix_deviation(order, target)):.4f}")
    print(f"  Tijdeman's bound 1 - 1/(2k - 2)  {float(1 - Fraction(1, 2 * k - 2)):.4f}")
    hard = ContentMix({f"c{i}": w for i, w in enumerate([1, 1, 1, 5, 5, 5])})
    print("  on (1,1,1,5,5,5): socialkit", mix_deviation(hard.sequence(18), hard), end="")
    print(", largest deficit", mix_deviation(largest_deficit(hard, 18), hard), end="")
    print(", heap greedy", mix_deviation(heap_greedy(hard, 18), hard))


def bench_apportion() -> None:
    rng = random.Random(7)
    mix = ContentMix({f"c{i}": rng.randint(1, 10_000) for i in range(1000)})
    n = 10**6
    (baseline,) = best_of(lambda: floor_of_quota(mix, n))
    print(f"apportion({n:,}) over {len(mix):,} categories")
    print(f"  floor-of-quota baseline         {baseline * 1000:8.1f} ms")
    for method in ApportionMethod:
        (took,) = best_of(lambda method=method: mix.apportion(n, method=method))
        print(f"  {method.value:<31} {took * 1000:8.1f} ms   ratio {took / baseline:.1f}")


if __name__ == "__main__":
    bench_sequence()
    bench_apportion()
