"""Best times to post: benchmark windows, blended with the account's own results.

A **heuristic**, not a prediction. Benchmarks (Sprout Social and others) say
when posts tend to do well across many accounts; an account's own history says
when *its* audience responds. :func:`best_times` blends the two with
empirical-Bayes shrinkage, so a window with few posts leans on the benchmark
and one with many posts leans on the account:

    score = (n * account_mean + k * prior) / (n + k)

where ``n`` is the number of the account's posts in that weekday-hour, ``k``
(``prior_weight``, default 10 posts) is how many posts the prior is worth, and
the prior is the account's overall mean engagement, raised by
``benchmark_lift`` (default 1.2, i.e. +20%) inside the benchmark windows.
Both defaults are socialkit's choices, not published figures: override them.
Every result says where it comes from and on how many posts.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, time, tzinfo
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from socialkit._core import numbers as num
from socialkit._core import svg
from socialkit._core.fields import frozen
from socialkit._core.i18n import H_, N_, label, semicolon_list, tr
from socialkit._core.sources import Source
from socialkit._core.table import dataframe, html_block, html_table, short_repr
from socialkit._core.time import WEEKDAYS, clock, to_zone, weekday_label
from socialkit._core.validate import Choice, number, to_real, to_tuple
from socialkit.errors import NoBenchmarkError, SocialkitTypeError, ValidationError
from socialkit.platforms._model import Platform, PostingWindow
from socialkit.platforms._registry import list_platforms, platform_of

if TYPE_CHECKING:
    import pandas

__all__ = ["Basis", "BestTimes", "PostResult", "RankedWindow", "best_times", "shrunk_score"]


def _engagement(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    number(instance, attribute, value)
    if value < 0:
        raise ValidationError(
            "PostResult.engagement",
            tr("got {value}", value=value),
            allowed=N_("expected a figure >= 0"),
        )


@frozen(kw_only=True)
class PostResult:
    """One past post of the account: when it went out and how well it did.

    ``engagement`` is any figure where higher is better, used consistently
    across the history: an engagement rate, engagements per impression...

    >>> from zoneinfo import ZoneInfo
    >>> PostResult(posted_at=datetime(2026, 11, 3, 9, tzinfo=ZoneInfo("Europe/Paris")),
    ...            engagement=0.042).engagement
    0.042
    """

    posted_at: datetime
    engagement: float = attrs.field(converter=to_real, validator=_engagement)


class Basis(Choice):
    """Where a ranked window's score comes from.

    >>> Basis("account") is Basis.ACCOUNT
    True
    """

    BENCHMARK = "benchmark"
    """Only the published benchmark (no post of the account in that window)."""
    ACCOUNT = "account"
    """The account's own posts, shrunk toward the prior (see ``account_weight``)."""


@frozen(kw_only=True)
class RankedWindow:
    """One ranked :class:`~socialkit.platforms.PostingWindow`, in the audience's local time.

    ``score`` is the blended engagement (``None`` without history);
    ``account_weight`` is ``n / (n + k)``, the share of the score that comes from
    the account's ``posts``; ``sources`` back the benchmark part.

    >>> (first, *_) = best_times("instagram", tz="Europe/Paris")
    >>> str(first.window), first.basis, first.posts, first.score
    ('Mon 10:00-12:00', <Basis.BENCHMARK: 'benchmark'>, 0, None)
    """

    window: PostingWindow
    basis: Basis
    posts: int
    score: float | None
    account_weight: Fraction
    sources: tuple[Source, ...]
    explanation: str

    def __str__(self) -> str:
        return f"{self.window}: {self.explanation}"


_BEST_HEADERS = (
    H_("rank"),
    H_("window"),
    H_("basis"),
    H_("posts"),
    H_("score"),
    H_("account weight"),
    H_("why"),
)


class BestTimes(tuple[RankedWindow, ...]):
    """What :func:`best_times` returns: the ranked windows, best first (a tuple).

    It is a plain tuple of :class:`RankedWindow` (index it, unpack it, compare it
    with a tuple) that also shows itself: a weekday × hour heatmap and a table in
    a notebook (:meth:`to_svg`, ``_repr_html_``), a short repr, and
    :meth:`to_dataframe`.

    >>> best = best_times("linkedin", tz="Europe/Paris")
    >>> best
    <BestTimes 2 windows: Tue 10:00-12:00, Wed 10:00-12:00>
    >>> best[0] == tuple(best)[0], len(best)
    (True, 2)
    """

    __slots__ = ()

    def __new__(cls, windows: Iterable[RankedWindow] = ()) -> BestTimes:
        items = to_tuple(windows, "BestTimes(windows)")
        for i, item in enumerate(items):
            if not isinstance(item, RankedWindow):
                raise SocialkitTypeError(
                    f"BestTimes(windows)[{i}]", item, expected=N_("a RankedWindow")
                )
        return super().__new__(cls, items)

    def _table_rows(self) -> list[tuple[object, ...]]:
        return [
            (
                i,
                w.window.label(),
                w.basis,
                w.posts,
                "-" if w.score is None else f"{w.score:.4g}",
                num.percent(w.account_weight),
                w.explanation,
            )
            for i, w in enumerate(self, 1)
        ]

    def __repr__(self) -> str:
        return short_repr(
            "BestTimes",
            tr(
                "{count} windows: {windows}",
                count=len(self),
                windows=", ".join(str(w.window) for w in self),
            ),
        )

    def _repr_html_(self) -> str:
        """The heatmap (:meth:`to_svg`), then the ranked rows as an HTML table (notebooks)."""
        caption = tr("Best times to post (a heuristic ranking; see each row's sources)")
        return html_block(
            self.to_svg(), html_table(_BEST_HEADERS, self._table_rows(), caption=caption)
        )

    def to_svg(self, *, theme: str = "auto") -> str:
        """A weekday × hour heatmap: darker cells rank higher; hours no window covers stay empty.

        Cells are shaded by score where there is one (account history), else by rank;
        every cell's hover title gives its rank and explanation.

        >>> svg = best_times("linkedin", tz="Europe/Paris").to_svg(theme="dark")
        >>> svg.count("<rect"), "background" in svg
        (168, True)
        """
        values: dict[tuple[int, int], float] = {}
        tips: dict[tuple[int, int], str] = {}
        scores = [w.score for w in self if w.score is not None]
        top, low = (max(scores), min(scores)) if scores else (0.0, 0.0)
        for rank, w in enumerate(self, 1):
            if w.score is not None and top > low:
                shade = (w.score - low) / (top - low)
            else:
                shade = 1 - (rank - 1) / max(len(self), 1)
            for hour in w.window.hours():
                cell = (w.window.weekday, hour)
                if cell not in values:
                    values[cell] = shade
                    tips[cell] = f"#{rank} {w.window.label()}: {w.explanation}"
        benchmark = sum(w.basis is Basis.BENCHMARK for w in self)
        confidences = sorted({label(s.confidence) for w in self for s in w.sources})
        note = (
            tr(
                "darker = ranked higher; {benchmark} of {count} windows from benchmarks",
                benchmark=benchmark,
                count=len(self),
            )
            + (
                tr(" ({confidences} sources)", confidences=", ".join(confidences))
                if confidences
                else ""
            )
            + tr("; a heuristic, not a platform's ranking")
        )
        return svg.heatmap(
            values,
            rows=[weekday_label(d) for d in range(len(WEEKDAYS))],
            columns=[f"{h:02d}" for h in range(24)],
            title=tr("Best times to post"),
            theme=theme,
            note=note,
            tips=tips,
        )

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per window: ``weekday`` and ``posts`` int64, ``score`` float64 (pandas extra)."""
        return dataframe(
            "BestTimes.to_dataframe",
            [
                ("rank", "int64"),
                ("weekday", "int64"),
                ("start", "string"),
                ("end", "string"),
                ("basis", "string"),
                ("posts", "int64"),
                ("score", "float64"),
                ("account_weight", "float64"),
                ("explanation", "string"),
            ],
            [
                (
                    i,
                    w.window.weekday,
                    clock(w.window.start),
                    clock(w.window.end, end=True),
                    w.basis.value,
                    w.posts,
                    float("nan") if w.score is None else w.score,
                    float(w.account_weight),
                    w.explanation,
                )
                for i, w in enumerate(self, 1)
            ],
        )


def best_times(
    platform: Platform | str,
    *,
    tz: tzinfo | str,
    history: Iterable[PostResult] | None = None,
    top: int = 5,
    prior_weight: int = 10,
    benchmark_lift: float = 1.2,
) -> BestTimes:
    """The ``top`` posting windows for ``platform``, in the audience's time zone ``tz``.

    Without ``history``: the platform's benchmark windows with their sources;
    :class:`~socialkit.errors.NoBenchmarkError` when socialkit has no benchmark for the
    platform (it never invents windows). With it: weekday-hours ranked by the
    shrunk score of the module docstring (on a platform without a benchmark,
    every prior is the account's mean).

    >>> for w in best_times("linkedin", tz="Europe/Paris"):
    ...     print(w)
    Tue 10:00-12:00: benchmark: Sprout Social, Best times to post on social media (2023) [secondary]; no account history
    Wed 10:00-12:00: benchmark: Sprout Social, Best times to post on social media (2023) [secondary]; no account history

    Ten Thursday-18h posts at 8% outrank the benchmark's windows (prior 1.2 x
    the account's 5% mean); ten Monday-9h posts at 2% do not:

    >>> from zoneinfo import ZoneInfo
    >>> paris = ZoneInfo("Europe/Paris")
    >>> history = [PostResult(posted_at=datetime(2026, 10, d, 18, tzinfo=paris), engagement=0.08)
    ...            for d in (1, 8, 15, 22, 29)] * 2 + [
    ...           PostResult(posted_at=datetime(2026, 10, d, 9, tzinfo=paris), engagement=0.02)
    ...            for d in (5, 12, 19, 26, 26)] * 2
    >>> best = best_times("linkedin", tz=paris, history=history, top=3)
    >>> [(str(w.window), w.basis.value, w.posts) for w in best]
    [('Thu 18:00-19:00', 'account', 10), ('Tue 10:00-11:00', 'benchmark', 0), ('Tue 11:00-12:00', 'benchmark', 0)]
    >>> print(best[0].explanation)
    10 posts averaging 0.08, weight 10/20; prior 0.05 = account mean (outside the benchmark windows)
    """
    p = platform_of(platform, "best_times(platform)")
    zone = to_zone(tz)
    top = num.integer(top, "best_times(top)", minimum=1)
    prior_weight = num.integer(
        prior_weight, "best_times(prior_weight)", minimum=1, maximum=num.MAX_COUNT
    )
    benchmark_lift = num.to_float(benchmark_lift, "best_times(benchmark_lift)")
    if benchmark_lift <= 0:
        raise ValidationError(
            "best_times(benchmark_lift)",
            tr("got {benchmark_lift!r}", benchmark_lift=benchmark_lift),
            allowed=N_("expected a number > 0"),
        )
    if history is not None and (
        isinstance(history, str | bytes) or not isinstance(history, Iterable)
    ):
        raise SocialkitTypeError(
            "best_times(history)", history, expected=N_("an iterable of PostResult")
        )
    results = to_tuple(history or ())
    for r in results:
        if not isinstance(r, PostResult):
            raise ValidationError(
                "best_times(history)",
                tr("got {type}", type=type(r).__name__),
                allowed=N_("expected PostResult items"),
            )
    if not results:
        if not p.best_times:
            raise NoBenchmarkError(p.slug, (q.slug for q in list_platforms() if q.best_times))
        return BestTimes(_benchmark_only(p)[:top])
    return BestTimes(_blended(p, zone, results, prior_weight, benchmark_lift)[:top])


def shrunk_score(n: int, mean: float | None, prior: float, prior_weight: int) -> float:
    """The empirical-Bayes blend of the module docstring: ``(n * mean + k * prior) / (n + k)``.

    The one shrinkage of socialkit: :func:`best_times` and
    :func:`socialkit.strategy.review` both call it. ``mean`` is ignored when ``n`` is 0.

    >>> shrunk_score(10, 0.08, 0.05, 10), shrunk_score(0, None, 0.05, 10)
    (0.065, 0.05)
    """
    n = num.integer(n, "shrunk_score(n)", minimum=0, maximum=num.MAX_COUNT)
    k = num.integer(prior_weight, "shrunk_score(prior_weight)", minimum=1, maximum=num.MAX_COUNT)
    m = 0.0 if mean is None else num.to_float(mean, "shrunk_score(mean)")
    p = num.to_float(prior, "shrunk_score(prior)")
    score = (n * m + k * p) / (n + k)
    if math.isfinite(score):
        return score
    weight = k / (n + k)  # the same blend without the overflowing products (|m|, |p| ~ 1e308)
    return (1 - weight) * m + weight * p


def _cite(sources: tuple[Source, ...]) -> str:
    return semicolon_list(f"{s.title} [{label(s.confidence)}]" for s in sources)


def _benchmark_only(p: Platform) -> list[RankedWindow]:
    return [
        RankedWindow(
            window=w,
            basis=Basis.BENCHMARK,
            posts=0,
            score=None,
            account_weight=Fraction(0),
            sources=w.sources,
            explanation=tr("benchmark: {sources}; no account history", sources=_cite(w.sources)),
        )
        for w in sorted(p.best_times, key=lambda w: (w.weekday, w.start))
    ]


def _blended(
    p: Platform, zone: tzinfo, results: tuple[PostResult, ...], k: int, lift: float
) -> tuple[RankedWindow, ...]:
    cells: dict[tuple[int, int], list[float]] = defaultdict(list)
    for r in results:
        local = r.posted_at.astimezone(zone)
        cells[(local.weekday(), local.hour)].append(float(r.engagement))
    overall = sum(float(r.engagement) for r in results) / len(results)
    bench: dict[tuple[int, int], tuple[Source, ...]] = {}
    for w in p.best_times:
        for hour in w.hours():
            bench[(w.weekday, hour)] = w.sources
    ranked = []
    for cell in sorted(set(cells) | set(bench)):
        values = cells.get(cell, [])
        n = len(values)
        in_bench = cell in bench
        prior = overall * lift if in_bench else overall
        mean = sum(values) / n if n else None
        score = shrunk_score(n, mean, prior, k)
        explanation = _explanation(n, mean, k, _prior_text(prior, overall, lift, bench.get(cell)))
        ranked.append(
            RankedWindow(
                window=_hour_window(*cell),
                basis=Basis.ACCOUNT if n else Basis.BENCHMARK,
                posts=n,
                score=score,
                account_weight=Fraction(n, n + k),
                sources=bench.get(cell, ()),
                explanation=explanation,
            )
        )
    ranked.sort(key=lambda w: (-(w.score or 0.0), -w.posts, w.window.weekday, w.window.start))
    return tuple(ranked)


def _hour_window(weekday: int, hour: int) -> PostingWindow:
    """The one-hour window of a weekday-hour cell (23:00 ends at midnight)."""
    return PostingWindow(weekday=weekday, start=time(hour), end=time((hour + 1) % 24))


def _prior_text(
    prior: float, overall: float, lift: float, sources: tuple[Source, ...] | None
) -> str:
    """Where a window's prior comes from: the account mean, lifted inside a benchmark window."""
    if sources is None:
        return tr(
            "prior {prior} = account mean (outside the benchmark windows)", prior=f"{prior:.4g}"
        )
    return tr(
        "prior {prior} = account mean {overall} x {lift} (benchmark: {sources})",
        prior=f"{prior:.4g}",
        overall=f"{overall:.4g}",
        lift=f"{float(lift):g}",
        sources=_cite(sources),
    )


def _explanation(n: int, mean: float | None, k: int, prior_text: str) -> str:
    """How a window's score was reached: the account's posts there, then the prior."""
    if not n or mean is None:
        return tr("no post of the account here; {prior}", prior=prior_text)
    figures = {"count": n, "mean": f"{mean:.4g}", "total": n + k, "prior": prior_text}
    if n == 1:
        return tr("{count} post averaging {mean}, weight {count}/{total}; {prior}", **figures)
    return tr("{count} posts averaging {mean}, weight {count}/{total}; {prior}", **figures)
