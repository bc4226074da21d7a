"""Benchmark: ContentCalendar.assess of a filled one-year, 12-platform calendar.

Run: .venv/bin/python benchmarks/bench_calendar_assess.py

A year over every registered platform is planned and every publishing slot is
filled with a post (text with a hashtag and a link; an image, or a video where
the platform wants one). ``ContentCalendar.assess`` checks each post against
its platform's rules with the calendar's own schedule as the frequency history;
the baseline is :func:`socialkit.posts.assess` of the same posts, one by one,
each with its slot's time and the calendar's zone but no history. Both run in
the same process, interleaved over ROUNDS rounds; each figure is the median
per-item time with its spread (min-max), the garbage collector paused during
each run (as :mod:`timeit` does). The ratio is what judging each post in its
place in the schedule costs over judging it alone.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from datetime import date

import attrs

from socialkit import ContentMix, PlanSpec, list_platforms, plan
from socialkit.calendar import ContentCalendar, ItemStatus
from socialkit.posts import Media, Post, assess

ROUNDS = 5
START = date(2027, 1, 4)
VIDEO_FIRST = {"youtube", "tiktok"}


def filled_year() -> ContentCalendar:
    """One year over every platform, every publishing slot filled."""
    spec = PlanSpec.simple(
        platforms=[p.slug for p in list_platforms()],
        tz="Europe/Paris",
        mix=ContentMix.preset("80/20"),
        stages=ContentMix.preset("funnel"),
    )
    cal = plan(spec, start=START, end=START.replace(year=START.year + 1))
    filled = []
    for n, slot in enumerate(cal.posts()):
        media = [Media.video(short=True)] if slot.platform in VIDEO_FIRST else [Media.image()]
        text = f"Post {n} for {slot.category or 'everyone'}: https://ex.com/{n} #news"
        post = Post(text=text, media=media)
        filled.append(attrs.evolve(slot, post=post, status=ItemStatus.DRAFT))
    return cal.replace(*filled)


def _time(run: Callable[[], object]) -> float:
    gc.collect()
    gc.disable()
    began = time.perf_counter()
    run()
    elapsed = time.perf_counter() - began
    gc.enable()
    return elapsed


def main() -> None:
    cal = filled_year()
    posts = [(i.post, i.platform) for i in cal.posts() if i.post is not None]
    n = len(posts)
    print(f"{len(cal.items)} items, {n} filled posts on {len(cal.platforms)} platforms")

    def one_by_one() -> None:
        for post, platform in posts:
            assess(post, platform, tz=cal.tz)

    in_calendar: list[float] = []
    alone: list[float] = []
    for _ in range(ROUNDS):
        in_calendar.append(_time(cal.assess))
        alone.append(_time(one_by_one))

    def show(name: str, times: list[float]) -> float:
        per = [t / n * 1e6 for t in times]
        median = statistics.median(per)
        print(f"{name:<44} {median:8.1f} µs/post  ({min(per):.1f}-{max(per):.1f})")
        return median

    a = show("ContentCalendar.assess (schedule as history)", in_calendar)
    b = show("assess() of the same posts, one by one", alone)
    print(f"ratio: {a / b:.2f}x (median of {ROUNDS} interleaved rounds)")
    result = cal.assess()
    print(f"blocking: {len(result.blocking)} of {len(result.items)} slots")


if __name__ == "__main__":
    main()
