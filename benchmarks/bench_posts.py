"""Benchmark: _measure(text, "x") against twitter-text-parser's parse_tweet.

Run from a source tree:  PYTHONPATH=src python benchmarks/bench_posts.py

Both libraries measure the same corpus in the same process; each figure is the
best of several rounds (the least disturbed by other load on the machine). The
adversarial inputs (1 MB each) are timed for socialkit only: they are what
linear-time scanning is for.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from twitter_text import parse_tweet

import socialkit
from socialkit._text import measure as _measure

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
    "1 MB of mixed posts": (" ".join(CORPUS) + " ") * 1_100,
}


def best_of(rounds: int, run: Callable[[], object]) -> float:
    """Seconds of the fastest of ``rounds`` runs."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    corpus = CORPUS * 50
    x = socialkit.get_platform("x")
    _measure("warm up the TLD table", x)
    mine = best_of(5, lambda: [_measure(t, "x") for t in corpus])
    theirs = best_of(5, lambda: [parse_tweet(t) for t in corpus])
    n = len(corpus)
    print(f"corpus: {n} posts")
    print(f"_measure(text, 'x'):  {mine / n * 1e6:8.1f} us/post")
    print(f"twitter_text.parse_tweet:      {theirs / n * 1e6:8.1f} us/post")
    print(f"ratio (parse_tweet / measure): {theirs / mine:8.1f}x")
    print()
    for name, text in ADVERSARIAL.items():
        seconds = best_of(3, lambda text=text: _measure(text, "x"))
        print(f"{name:34} {len(text):>9,} chars  {seconds:6.3f} s")


if __name__ == "__main__":
    main()
