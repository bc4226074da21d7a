"""Exact apportionment and evenly spread sequencing over integer weights.

This module is the arithmetic behind :class:`~socialkit.ContentMix`: it works on
plain lists of non-negative integers (weights scaled to a common denominator) and
returns lists of counts or category indices. Everything is exact: integers, and
:class:`~fractions.Fraction` where a ratio must be compared; never floats.
Ties always go to the category listed first.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterator, Sequence
from fractions import Fraction
from itertools import chain, repeat
from operator import add, floordiv, mul

from socialkit._core.validate import Choice

__all__ = ["ApportionMethod", "SequenceMethod", "apportion_counts", "edf_sequence"]


class ApportionMethod(Choice):
    """How a mix's shares are rounded to whole numbers of posts.

    ``HAMILTON`` (largest remainder) always keeps the quota rule; the four divisor
    methods never show the Alabama or population paradoxes but can break quota.

    >>> from socialkit import ContentMix
    >>> ContentMix({"a": 2, "b": 1}).apportion(4, method=ApportionMethod.ADAMS)
    {'a': 3, 'b': 1}
    """

    HAMILTON = "hamilton"
    """Largest remainder: floors of the quotas, then the largest remainders."""
    JEFFERSON = "jefferson"
    """D'Hondt: divisor a + 1; favours large categories, keeps lower quota."""
    WEBSTER = "webster"
    """Sainte-Laguë: divisor a + 1/2; unbiased, rarely breaks quota."""
    ADAMS = "adams"
    """Divisor a; favours small categories, keeps upper quota."""
    HUNTINGTON_HILL = "huntington_hill"
    """Divisor sqrt(a(a + 1)), compared as squares; the US House method."""


class SequenceMethod(Choice):
    """How apportioned counts are spread over the slots of a calendar.

    >>> from socialkit import ContentMix
    >>> ContentMix({"a": 3, "b": 1}).sequence(4, method=SequenceMethod.OPTIMAL)
    ('a', 'a', 'b', 'a')
    """

    TIJDEMAN = "tijdeman"
    """Online earliest-deadline rule within Tijdeman's bound 1 - 1/(2k - 2)."""
    OPTIMAL = "optimal"
    """The exact minimum of the maximum prefix deviation (binary search + EDF)."""


def apportion_counts(
    weights: Sequence[int],
    n: int,
    minimum: Sequence[int],
    maximum: Sequence[int | None],
    method: ApportionMethod,
) -> list[int]:
    """Counts summing to ``n`` with ``minimum[i] <= count[i] <= maximum[i]``.

    The caller checks feasibility (``sum(minimum) <= n <= sum(maximum)``).
    Zero-weight categories stay at their minimum unless every positive-weight
    category is at its maximum; then they share what is left as if equally weighted.
    """
    cap = [n if hi is None else min(hi, n) for hi in maximum]
    lo = list(minimum)
    room = sum(c if w > 0 else a for w, a, c in zip(weights, lo, cap, strict=True))
    if room >= n:
        p = list(weights)
        cap = [c if w > 0 else a for w, a, c in zip(weights, lo, cap, strict=True)]
    else:  # every positive-weight category is full: the zero-weight ones share the rest
        p = [0 if w > 0 else 1 for w in weights]
        lo = [c if w > 0 else a for w, a, c in zip(weights, lo, cap, strict=True)]
    if method is ApportionMethod.HAMILTON:
        return _hamilton(p, n, lo, cap)
    return _divisor(p, n, lo, cap, method)


def _clamp(value: Fraction, lo: int, cap: int) -> Fraction:
    return Fraction(lo) if value < lo else Fraction(cap) if value > cap else value


def _hamilton(p: list[int], n: int, lo: list[int], cap: list[int]) -> list[int]:
    """Largest remainder on quotas clamped to the bounds (water-filling).

    The quota of category i is ``clamp(s * p[i], lo, cap)`` with the one scale ``s``
    that makes the quotas sum to ``n``; without bounds that is ``p[i] * n / sum(p)``.
    Floors first, then one more slot to the largest remainders, first listed on ties.
    """
    if any(p) and not any(lo) and all(c >= n for c in cap):  # no bound binds
        numerators, denominator = [w * n for w in p], sum(p)
    else:
        quotas = _water_fill(p, n, lo, cap)
        denominator = math.lcm(*(q.denominator for q in quotas))
        numerators = [q.numerator * (denominator // q.denominator) for q in quotas]
    floors = [x // denominator for x in numerators]
    left = n - sum(floors)
    # largest remainder first, then the category listed first
    order = sorted(range(len(p)), key=lambda i: (floors[i] * denominator - numerators[i], i))
    for i in order[:left]:
        floors[i] += 1
    return floors


def _water_fill(p: list[int], n: int, lo: list[int], cap: list[int]) -> list[Fraction]:
    total = sum(p)
    if total == 0:  # every category is fixed (lo == cap)
        return [Fraction(a) for a in lo]

    def filled(s: Fraction) -> Fraction:
        return sum((_clamp(s * w, a, c) for w, a, c in zip(p, lo, cap, strict=True)), Fraction(0))

    points = {Fraction(0)}
    for w, a, c in zip(p, lo, cap, strict=True):
        if w > 0:
            points.update((Fraction(a, w), Fraction(c, w)))
    breaks = sorted(points)
    # the last breakpoint whose fill does not exceed n (filled(0) = sum(lo) <= n)
    low, high = 0, len(breaks) - 1
    while low < high:
        mid = (low + high + 1) // 2
        if filled(breaks[mid]) <= n:
            low = mid
        else:
            high = mid - 1
    base = breaks[low]
    slope = sum(w for w, a, c in zip(p, lo, cap, strict=True) if w > 0 and a <= base * w < c)
    scale = base + (n - filled(base)) / slope if slope else base
    return [_clamp(scale * w, a, c) for w, a, c in zip(p, lo, cap, strict=True)]


# Divisor methods -------------------------------------------------------------------

# below(j, a, b): is the signpost d(j) strictly below a / b?  d(j) lies in [j, j + 1].
_BELOW: dict[ApportionMethod, Callable[[int, int, int], bool]] = {
    ApportionMethod.JEFFERSON: lambda j, a, b: (j + 1) * b < a,
    ApportionMethod.WEBSTER: lambda j, a, b: (2 * j + 1) * b < 2 * a,
    ApportionMethod.ADAMS: lambda j, a, b: j * b < a,
    ApportionMethod.HUNTINGTON_HILL: lambda j, a, b: j * (j + 1) * b * b < a * a,
}


def _priority(method: ApportionMethod, w: int, a: int) -> tuple[int, Fraction]:
    """Heap key of the next slot for weight ``w`` holding ``a``: smaller is served first.

    ``(0, 0)`` stands for an infinite priority (Adams and Huntington-Hill at a = 0);
    otherwise ``(1, -w / d(a))``, with Huntington-Hill compared as ``w^2 / (a(a + 1))``.
    """
    if method is ApportionMethod.JEFFERSON:
        return 1, -Fraction(w, a + 1)
    if method is ApportionMethod.WEBSTER:
        return 1, -Fraction(2 * w, 2 * a + 1)
    if a == 0:
        return 0, Fraction(0)
    if method is ApportionMethod.ADAMS:
        return 1, -Fraction(w, a)
    return 1, -Fraction(w * w, a * (a + 1))


def _count_above(method: ApportionMethod, w: int, total: int, slots: int) -> int:
    """How many quotients ``w / d(j)`` (j = 0, 1, ...) are above the divisor ``total / slots``.

    ``w / d(j) > total / slots`` exactly when ``d(j) < w * slots / total``.
    """
    a, b = w * slots, total
    below = _BELOW[method]
    j = max(0, a // b - 1)
    while below(j, a, b):
        j += 1
    return j


def _divisor(
    p: list[int], n: int, lo: list[int], cap: list[int], method: ApportionMethod
) -> list[int]:
    """A divisor method started at the minimums, capped at the maximums.

    Equivalent to handing out slots one at a time to the highest quotient
    ``w / d(a)``, but jumps first: every quotient above ``D = W / (need - k)`` is
    certainly among the winners, so only O(k) slots are left for the heap.
    """
    counts = list(lo)
    free = [i for i, w in enumerate(p) if w > 0 and lo[i] < cap[i]]
    while free:
        need = n - sum(counts)
        if need <= 2 * len(free):
            break
        total, slots = sum(p[i] for i in free), need - len(free)
        trial = {i: max(lo[i], _count_above(method, p[i], total, slots)) for i in free}
        full = {i for i in free if trial[i] >= cap[i]}
        if not full:
            for i in free:
                counts[i] = trial[i]
            break
        for i in full:  # all their quotients beat the final threshold: final
            counts[i] = cap[i]
        free = [i for i in free if i not in full]
    heap = [
        (*_priority(method, p[i], counts[i]), i)
        for i in range(len(p))
        if p[i] > 0 and counts[i] < cap[i]
    ]
    heapq.heapify(heap)
    for _ in range(n - sum(counts)):
        *_, i = heapq.heappop(heap)
        counts[i] += 1
        if counts[i] < cap[i]:
            heapq.heappush(heap, (*_priority(method, p[i], counts[i]), i))
    return counts


# Sequencing ------------------------------------------------------------------------


def edf_sequence(counts: Sequence[int], num: int, den: int) -> list[int] | None:
    """Slots (category indices) keeping every prefix within ``B = num / den``, or None.

    With ``n = sum(counts)`` and target share ``w = counts[i] / n``, the j-th post
    of category i must land in the slot window
    ``[ceil((j - B) / w), floor((j - 1 + B) / w) + 1]`` for every prefix deviation
    to stay within ``B`` (Steiner and Yeomans). These are unit jobs with integer
    windows, for which earliest-deadline-first is optimal: it finds a schedule
    whenever one exists.

    Among released jobs the one with the earliest *real* deadline
    ``(j - 1 + B) / w`` goes first, first listed on ties; with ``B = 1 - 1/(2k - 2)``
    this is exactly Tijdeman's rule. All keys are integers, so the hot loop does no
    fraction arithmetic:

    - a job's key is ``floor(deadline * den * n) * k + i``; distinct deadlines differ
      by at least ``4 / (den * n)``, so the order is exact and ties go to index i;
    - job j is released at slot t exactly when ``key <= t * unit + offset[i]``
      (``unit = den * n * k``), so no release time is computed per job;
    - each category's keys come from a lazy C-level ``map`` over a ``range``;
    - one heap holds every category's next job; a job found on top before its
      release is parked until then (rare), so most slots cost one ``heapreplace``.
    """
    n = sum(counts)
    k = len(counts)
    step = n * n * den  # growth of a category's deadline numerator per job
    unit = den * n * k  # one slot, in key units
    idle = (2 * n + 3) * unit  # above every key and release threshold: "no job left"
    ready = [idle]
    keys: list[Iterator[int]] = [iter(())] * k
    offset = [0] * k
    for i, d in enumerate(counts):
        if d:
            # deadline of job j, times den * n: n * n * ((j - 1) * den + num) / d
            start = n * n * num
            floors = map(floordiv, range(start, start + d * step, step), repeat(d))
            keys[i] = chain(map(add, map(mul, floors, repeat(k)), repeat(i)), (idle,))
            ready.append(next(keys[i]))
            offset[i] = (n * n * (2 * num - den) // d) * k + i + unit
    heapq.heapify(ready)
    parked: list[tuple[int, int]] = []  # (first slot it may go in, as late; key)
    wake = idle
    out: list[int] = []
    append = out.append
    heappush, heappop, heapreplace = heapq.heappush, heapq.heappop, heapq.heapreplace
    for late in range(0, n * unit, unit):  # late = (t - 1) * unit at slot t
        if late >= wake:
            while parked and parked[0][0] <= late:
                heappush(ready, heappop(parked)[1])
            wake = parked[0][0] if parked else idle
        job = ready[0]
        i = job % k
        while job > late + offset[i]:  # not released yet: park it
            if job >= idle:  # nothing released at all
                return None
            when = -((offset[i] - job) // unit) * unit
            heappush(parked, (when, heappop(ready)))
            wake = min(wake, when)
            job = ready[0]
            i = job % k
        if job < late:  # its deadline has passed
            return None
        append(job)
        heapreplace(ready, next(keys[i]))
    return list(map(k.__rmod__, out))


def optimal_bound(counts: Sequence[int]) -> int:
    """The least ``m`` such that a sequence with prefix deviation ``m / n`` exists.

    Every deviation ``|j - t * counts[i] / n|`` is a multiple of ``1 / n``, so a
    binary search over integers ``m`` with the EDF feasibility test is exact.
    """
    n = sum(counts)
    k = sum(1 for d in counts if d > 0)
    if k <= 1:
        return 0
    low, high = 0, (2 * k - 3) * n // (2 * k - 2)  # Tijdeman's bound is always feasible
    while low < high:
        mid = (low + high) // 2
        if edf_sequence(counts, mid, n) is None:
            low = mid + 1
        else:
            high = mid
    return low
