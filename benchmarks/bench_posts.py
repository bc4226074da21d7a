"""Benchmark: socialkit.text.measure(text, "x") against twitter-text-parser's parse_tweet.

Run from a source tree:  PYTHONPATH=src python benchmarks/bench_posts.py
(``--instructions assess``, ``measure`` or ``none``: one pass for valgrind, see ``instructions``)

Both libraries measure the same corpus in the same process; each figure is the
best of several rounds (the least disturbed by other load on the machine). The
adversarial inputs (about 1 MB each) are timed for socialkit only, length
alone and entities included: they are what linear-time scanning is for.

``measure`` extracts entities lazily (on first access of ``.entities``), like
``parse_tweet``, which returns no entities; the second ratio includes them.

Last, ``assess`` against ``measure`` (target: at most 5 times): the 500 posts
assessed on "x" and on "linkedin", unscheduled and scheduled (with ``tz``), each
against ``measure`` of the same posts on the same platforms, interleaved in
ROUNDS rounds and reported as the median with the spread (min-max).
"""

from __future__ import annotations

import gc
import statistics
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from twitter_text import parse_tweet

import _clock
import socialkit

# Typical posts: plain text, hashtags, mentions, URLs with and without protocol,
# CJK, accents, emoji sequences (ZWJ, skin tones, flags, keycaps).
CORPUS = [
    "Just a plain sentence about our new product launch, nothing fancy here.",
    "Hello #world @ana https://example.com/x?y=1 🎉",
    "日本語のツイートです #テスト よろしくお願いします",
    "Check out example.com and t.co/abc 👨‍👩‍👧‍👦 ❤️‍🔥 🇫🇷 1️⃣",
    "RT @someone: great thread on marketing funnels, read it! https://blog.example.org/2024/funnel",
    "Café crème, déjà vu, naïve résumé — accents everywhere! 👍🏽",
    "Thread 🧵 1/5: how we grew our #SaaS from 0 to 10k users without ads. #growth #marketing",
    "Новый пост в блоге: https://пример.рф/статья и #новости",
    "@a @b @c $AAPL $TSLA up today; see finance.yahoo.com/quote/AAPL for more.",
    "Long read: " + "lorem ipsum dolor sit amet, " * 8 + "https://example.com/a/b/c?d=e#f",
]

ADVERSARIAL = {
    "500k '#' signs": "#" * 500_000,
    "'a.' repeated (1 MB)": "a." * 500_000,
    "URL with a 100k-character path": "https://example.com/" + "a" * 100_000,
    "100k emoji": "😀" * 50_000 + "👨‍👩‍👧" * 50_000,
    "'ab.' repeated (1 MB)": "ab." * 333_333,
    "200k regional indicators": "🇫" * 200_000,
    "'a.com ' repeated (1 MB)": "a.com " * 166_666,
    "'a@b.' repeated (1 MB)": "a@b." * 250_000,
    "'a.b@c.' repeated (1 MB)": "a.b@c." * 166_000,
    "'@a ' repeated (1 MB)": "@a " * 333_000,
    "'@a.' repeated (1 MB)": "@a." * 333_000,
    "'$a ' repeated (0.9 MB)": "$a " * 300_000,
    "'#a ' repeated (1 MB)": "#a " * 333_000,
    "'http://a.co/ ' repeated (1 MB)": "http://a.co/ " * 76_000,
    "1 MB of mixed posts": (" ".join(CORPUS) + " ") * 1_100,
}


def seconds(run: Callable[[], object]) -> float:
    start = _clock.now()
    run()
    return _clock.now() - start


def best_of(rounds: int, run: Callable[[], object]) -> float:
    """Seconds of the fastest of ``rounds`` runs."""
    return min(seconds(run) for _ in range(rounds))


ROUNDS = 15


def spread(times: list[float], n: int) -> str:
    """``median (min-max)`` in microseconds per item."""
    us = sorted(t / n * 1e6 for t in times)
    return f"{statistics.median(us):7.1f} us ({us[0]:.1f}-{us[-1]:.1f})"


Job = tuple[socialkit.Post, socialkit.Platform]


def assess_jobs(corpus: list[str]) -> tuple[list[Job], ZoneInfo]:
    """Every post of ``corpus`` on x and linkedin, unscheduled and scheduled; the audience zone."""
    paris = ZoneInfo("Europe/Paris")
    first = datetime(2027, 3, 1, 9, tzinfo=paris)
    drafts = [socialkit.Post(text=t) for t in corpus]
    timed = [
        socialkit.Post(text=t, scheduled_at=first + timedelta(hours=7 * i))
        for i, t in enumerate(corpus)
    ]
    platforms = [socialkit.get_platform("x"), socialkit.get_platform("linkedin")]
    return [(post, p) for p in platforms for post in (*drafts, *timed)], paris


def runners(jobs: list[Job], tz: ZoneInfo) -> dict[str, Callable[[], object]]:
    """``assess`` of every job (with ``tz`` when scheduled) and ``measure`` of its text."""

    def assess_all() -> object:
        return [socialkit.assess(post, p, tz=tz if post.scheduled_at else None)
                for post, p in jobs]  # fmt: skip

    def measure_all() -> object:
        return [socialkit.text.measure(post.text, p) for post, p in jobs]

    return {"assess": assess_all, "measure": measure_all, "none": lambda: None}


def bench_assess(corpus: list[str]) -> None:
    """``assess`` of every post on x and linkedin, unscheduled and scheduled, vs ``measure``."""
    jobs, paris = assess_jobs(corpus)
    run = runners(jobs, paris)
    assess_all, measure_all = run["assess"], run["measure"]
    assess_all(), measure_all()  # warm up
    rounds = [(seconds(assess_all), seconds(measure_all)) for _ in range(ROUNDS)]
    ratios = sorted(a / m for a, m in rounds)
    n = len(jobs)
    print()
    print(f"assess vs measure: {n} assessments ({len(corpus)} posts x 2 platforms x "
          f"unscheduled/scheduled), {ROUNDS} rounds, median (min-max)")  # fmt: skip
    print(f"assess(post, p[, tz]):   {spread([a for a, _ in rounds], n)}")
    print(f"measure(post.text, p):   {spread([m for _, m in rounds], n)}")
    print(f"ratio assess / measure:  {statistics.median(ratios):7.1f}x "
          f"({ratios[0]:.1f}-{ratios[-1]:.1f}; target <= 5)")  # fmt: skip


def main() -> None:
    print(f"clock: {_clock.NAME}; the machine may be shared (see benchmarks/README.md)")
    corpus = CORPUS * 50
    x = socialkit.get_platform("x")
    socialkit.text.measure("warm up the TLD table", x)
    # Alternate the two in each round so load on the machine hits both alike.
    rounds = [
        (seconds(lambda: [socialkit.text.measure(t, x) for t in corpus]),
         seconds(lambda: [socialkit.text.measure(t, x).entities for t in corpus]),
         seconds(lambda: [parse_tweet(t) for t in corpus]))
        for _ in range(7)
    ]  # fmt: skip
    mine = min(r[0] for r in rounds)
    with_entities = min(r[1] for r in rounds)
    theirs = min(r[2] for r in rounds)
    n = len(corpus)
    print(f"corpus: {n} posts")
    print(f"socialkit.text.measure(text, x):    {mine / n * 1e6:8.1f} us/post")
    print(f"twitter_text.parse_tweet:      {theirs / n * 1e6:8.1f} us/post")
    print(f"ratio (parse_tweet / measure): {theirs / mine:8.1f}x")
    print(f"measure + .entities:           {with_entities / n * 1e6:8.1f} us/post")
    print(f"ratio (parse_tweet / that):    {theirs / with_entities:8.1f}x")
    bench_assess(corpus)
    print()
    print("adversarial inputs, measure(text, 'x').length, then with .entities:")
    for name, text in ADVERSARIAL.items():
        length = best_of(3, lambda text=text: socialkit.text.measure(text, "x").length)
        took = best_of(3, lambda text=text: socialkit.text.measure(text, "x").entities)
        print(f"{name:34} {len(text):>9,} chars  {length:6.3f} s  {took:6.3f} s")


def instructions(mode: str) -> None:
    """One pass of ``mode`` (``assess``, ``measure`` or ``none``) over 800 jobs, after a warm-up.

    For an instruction count that load cannot move: run each mode under
    ``valgrind --tool=cachegrind --cache-sim=no`` with ``PYTHONHASHSEED=0`` and
    divide the difference of its ``I refs`` from the ``none`` pass by 800 (see
    benchmarks/README.md). The garbage collector is off during the pass: its
    cost is real, but it falls on whichever pass crosses a threshold.
    """
    jobs, paris = assess_jobs(CORPUS * 20)
    run = runners(jobs, paris)
    run["assess"](), run["measure"]()  # warm up: every memo filled, every module loaded
    gc.collect()
    gc.disable()  # the work itself: a collection's cost depends on when it falls, not on the pass
    run[mode]()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--instructions"]:
        instructions(sys.argv[2])
    else:
        main()
