"""Review a strategy against its results and propose an adjusted one: test, evaluate, adjust.

:func:`review` reads a :class:`~socialkit.measure.History` and says what worked:
performance by weekday-hour (shrunk toward the benchmark prior, as
:func:`~socialkit.frequency.best_times` does), by pillar, format, funnel stage and
posting rhythm, each with its number of posts and a 95 % interval, and the
progress of each SMART goal whose metric the history reports.

**Heuristics.** The figure per post is engagements per impression where both are
known, else engagements. Intervals are normal approximations (mean +/- 1.96
standard errors). A pillar (or a weekday-hour) is compared with the rest of the
posts by Welch's t-test, only when both sides have at least ``min_posts`` posts;
the p-values of one family of comparisons are corrected by Holm's step-down
method, so on data with no real difference the chance of proposing any change in
that family is at most ``alpha`` (5 %). A pillar found better gains
``max_shift`` points, one found worse loses up to as much (never below 1 point),
taken from or given to the others so that the total weight is kept. Per
channel, the weeks busier than its median rhythm are compared with the quieter
ones the same way (one test per channel, Holm over the channels): fatigue (a
lower result per post when busier) proposes the quieter weeks' median posts a
week, a gain the busier weeks'. These thresholds are socialkit's choices, not
published figures: override them.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import date, timedelta, tzinfo
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from socialkit._core import numbers as num
from socialkit._core.fields import frozen
from socialkit._core.i18n import H_, N_, label, tr
from socialkit._core.svg import esc
from socialkit._core.table import dataframe, html_block, html_note, html_table, short_repr, table
from socialkit._core.time import weekday_name
from socialkit._core.validate import Choice
from socialkit.errors import SocialkitTypeError
from socialkit.frequency import BestTimes, PostResult, RankedWindow, best_times, shrunk_score
from socialkit.measure import History, Outcome, PostRecord
from socialkit.platforms import get_platform
from socialkit.strategy._goals import Progress
from socialkit.strategy._model import Pillar, Strategy

if TYPE_CHECKING:
    import pandas

__all__ = ["Group", "Proposal", "ProposalKind", "Review", "review"]

_Z95 = 1.959963984540054
_FLOOR_POINTS = 1
"""The least weight, in points of the total, a pillar keeps after a review."""
_GOAL_WINDOW = timedelta(weeks=4)
"""How far back a goal's outcome is summed, from the last post: four whole weeks."""


class ProposalKind(Choice):
    """What a proposal changes."""

    PILLAR_WEIGHT = "pillar_weight"
    POSTING_HOURS = "posting_hours"
    FREQUENCY = "frequency"
    """Posts a week on one channel: busier weeks did better (or worse) per post."""
    EVIDENCE_NEEDED = "evidence_needed"
    """No change: the evidence is too thin; the proposal says how many posts would settle it."""


@frozen(kw_only=True)
class Group:
    """Results of one group of posts (a pillar, a format, a weekday-hour...).

    ``score`` is the mean shrunk toward the overall mean (``prior_weight`` posts);
    ``low`` and ``high`` bound the 95 % interval of the mean (normal approximation).
    """

    key: str
    posts: int
    mean: float
    low: float = attrs.field(metadata={"infinite": True})
    """-inf for a single post (no interval): ``None`` in JSON, "-" in tables."""
    high: float = attrs.field(metadata={"infinite": True})
    """+inf for a single post (no interval): ``None`` in JSON, "-" in tables."""
    score: float


@frozen(kw_only=True)
class Proposal:
    """One change a review proposes, from what to what, the evidence and how sure it is.

    ``p_value`` is Holm-adjusted over its family of comparisons; ``more_posts`` is,
    for :attr:`ProposalKind.EVIDENCE_NEEDED`, how many more posts the group needs.
    """

    kind: ProposalKind
    target: str
    current: str
    proposed: str
    evidence: str
    p_value: float | None = None
    more_posts: int | None = None

    def __str__(self) -> str:
        return (
            f"{label(self.kind)} {self.target}: {self.current} -> {self.proposed} ({self.evidence})"
        )

    def rows(self) -> list[tuple[object, ...]]:
        """The proposal as one row: kind, target, from, to, evidence, p-value, posts needed."""
        return [
            (
                self.kind,
                self.target,
                self.current,
                self.proposed,
                self.evidence,
                "-" if self.p_value is None else f"{self.p_value:.3g}",
                "-" if self.more_posts is None else self.more_posts,
            )
        ]

    def _repr_html_(self) -> str:
        """The row of :meth:`rows` as an HTML table, :meth:`__str__` as its caption (notebooks)."""
        return html_table(_PROPOSAL_HEADERS, self.rows(), caption=str(self))

    def __repr__(self) -> str:
        return short_repr("Proposal", str(self))


_PROPOSAL_HEADERS = (
    H_("kind"),
    H_("target"),
    H_("current"),
    H_("proposed"),
    H_("evidence"),
    H_("p-value"),
    H_("more posts"),
)


@frozen(kw_only=True)
class Review:
    """What a history says about a strategy, and the changes it supports."""

    strategy: Strategy
    posts: int
    by_hour: tuple[RankedWindow, ...]
    by_pillar: tuple[Group, ...]
    by_format: tuple[Group, ...]
    by_stage: tuple[Group, ...]
    by_rhythm: tuple[Group, ...]
    goals: tuple[tuple[str, Progress], ...]
    proposals: tuple[Proposal, ...]
    weights: tuple[tuple[str, Fraction], ...]
    """The pillar weights after the proposals (the strategy's own where none applies)."""
    per_week: tuple[tuple[str, Fraction], ...] = ()
    """The weekly targets the frequency proposals set, by platform slug."""
    unknown_pillars: tuple[str, ...] = ()
    """Pillar labels of the history that name no pillar of the strategy: no weight follows them."""

    def adjusted(self) -> Strategy:
        """The strategy with the proposed pillar weights and weekly targets applied.

        Hour proposals stay advice: a channel's ``times`` are daily, and a
        proposal names one weekday-hour.
        """
        new = dict(self.weights)
        rhythm = dict(self.per_week)
        return attrs.evolve(
            self.strategy,
            pillars=tuple(
                attrs.evolve(p, weight=new.get(p.name, p.weight)) for p in self.strategy.pillars
            ),
            channels=tuple(
                attrs.evolve(c, per_week=rhythm[c.platform]) if c.platform in rhythm else c
                for c in self.strategy.channels
            ),
        )

    def _head(self) -> str:
        return tr("Review of {name}: {count} posts", name=self.strategy.name, count=self.posts)

    def _group_tables(self) -> list[tuple[list[str], list[list[object]]]]:
        """``(headers, rows)`` of each table of :meth:`__str__`, in order (text and HTML)."""
        tables: list[tuple[list[str], list[list[object]]]] = []
        for title, groups in _groupings(self):
            if groups:
                tables.append(
                    (
                        [title, H_("posts"), H_("mean"), H_("95% interval"), H_("shrunk")],
                        [
                            [
                                g.key,
                                g.posts,
                                f"{g.mean:.4g}",
                                _interval(g),
                                f"{g.score:.4g}",
                            ]
                            for g in groups
                        ],
                    )
                )
        if self.by_hour:
            tables.append(
                (
                    [H_("window"), H_("posts"), H_("score")],
                    [[w.window.label(), w.posts, f"{w.score or 0:.4g}"] for w in self.by_hour[:5]],
                )
            )
        return tables

    def _tail(self) -> list[str]:
        lines = [
            tr("goal {name}: {verdict}", name=name, verdict=label(progress.verdict))
            for name, progress in self.goals
        ]
        if self.unknown_pillars:
            lines.append(
                tr(
                    "not pillars of the strategy (no weight proposed): {labels};"
                    " its pillars are {pillars}",
                    labels=", ".join(self.unknown_pillars),
                    pillars=", ".join(p.name for p in self.strategy.pillars) or tr("none"),
                )
            )
        return [
            *lines,
            "\n".join(
                [tr("proposals:") if self.proposals else tr("proposals: none")]
                + [f"- {p}" for p in self.proposals]
            ),
        ]

    def __str__(self) -> str:
        tables = [table(headers, rows) for headers, rows in self._group_tables()]
        return "\n\n".join([self._head(), *tables, *self._tail()])

    def _repr_html_(self) -> str:
        """The tables of :meth:`__str__` as HTML, the hours as a heatmap, then the proposals."""
        tables = [html_table(headers, rows) for headers, rows in self._group_tables()]
        proposals = "".join(f"<li>{esc(p)}</li>" for p in self.proposals)
        notes = [html_note(line) for line in self._tail()[:-1]]
        return html_block(
            html_note(self._head()),
            *tables,
            BestTimes(self.by_hour).to_svg() if self.by_hour else "",
            *notes,
            f"<p>{esc(tr('proposals:'))}</p><ul>{proposals}</ul>"
            if proposals
            else html_note(tr("proposals: none")),
        )

    def __repr__(self) -> str:
        return short_repr(
            "Review",
            tr(
                "{name}: {posts} posts, {proposals} proposals",
                name=repr(self.strategy.name),
                posts=self.posts,
                proposals=len(self.proposals),
            ),
        )

    def to_dataframe(self) -> pandas.DataFrame:
        """Every group, with the grouping in ``by`` (pillar, format, stage, posts a week), pandas extra."""
        return dataframe(
            "Review.to_dataframe",
            [
                ("by", "string"),
                ("key", "string"),
                ("posts", "int64"),
                ("mean", "float64"),
                ("low", "float64"),
                ("high", "float64"),
                ("score", "float64"),
            ],
            [
                (by, g.key, g.posts, g.mean, g.low, g.high, g.score)
                for by, groups in _groupings(self)
                for g in groups
            ],
        )


def _interval(group: Group) -> str:
    """The 95 % interval as table text; "-" for a single post, whose interval is open (±inf)."""
    if not (math.isfinite(group.low) and math.isfinite(group.high)):
        return "-"
    return f"{group.low:.4g}-{group.high:.4g}"


def _groupings(r: Review) -> tuple[tuple[str, tuple[Group, ...]], ...]:
    return (
        (H_("pillar"), r.by_pillar),
        (H_("format"), r.by_format),
        (H_("stage"), r.by_stage),
        (H_("posts a week"), r.by_rhythm),
    )


def _figure(r: PostRecord) -> float | None:
    engaged = r.engagements()
    impressions = r.get(Outcome.IMPRESSIONS)
    if engaged is not None and impressions:
        return float(engaged / impressions)
    return None if engaged is None else float(engaged)


@frozen
class _Moments:
    """Count, mean and squared deviations of a sample: all Welch's test needs, in floats.

    ``statistics.variance`` sums exact fractions: a hundred times slower on a
    large history, for digits no interval shows.
    """

    n: int
    mean: float
    m2: float

    @classmethod
    def of(cls, values: list[float]) -> _Moments:
        mean = math.fsum(values) / len(values) if values else 0.0
        return cls(len(values), mean, math.fsum((x - mean) ** 2 for x in values))

    def __add__(self, other: _Moments) -> _Moments:
        """The moments of both samples together (Chan, Golub and LeVeque's update)."""
        n = self.n + other.n
        if not n:
            return self
        d = other.mean - self.mean
        return _Moments(
            n, self.mean + d * other.n / n, self.m2 + other.m2 + d * d * self.n * other.n / n
        )

    @property
    def variance(self) -> float:
        return self.m2 / (self.n - 1)


def _groups(values: dict[str, list[float]], overall: float, prior_weight: int) -> tuple[Group, ...]:
    out = []
    for key in sorted(values):
        m = _Moments.of(values[key])
        half = _Z95 * math.sqrt(m.variance / m.n) if m.n > 1 else math.inf
        out.append(
            Group(
                key=key,
                posts=m.n,
                mean=m.mean,
                low=m.mean - half,
                high=m.mean + half,
                score=shrunk_score(m.n, m.mean, overall, prior_weight),
            )
        )
    return tuple(out)


def _welch_p(a: _Moments, b: _Moments) -> float:
    """Two-sided p-value of Welch's t-test of mean(a) == mean(b).

    The t statistic, with Welch-Satterthwaite degrees of freedom, is mapped to a
    normal deviate by the approximation z = t (1 - 1/(4 df)) / sqrt(1 + t^2 / (2 df))
    (Abramowitz and Stegun 26.7.8), close for the df >= 20 :func:`review` requires.
    """
    va, vb = a.variance / a.n, b.variance / b.n
    if va + vb == 0:
        return 1.0 if a.mean == b.mean else 0.0
    t = (a.mean - b.mean) / math.sqrt(va + vb)
    df = (va + vb) ** 2 / (va**2 / (a.n - 1) + vb**2 / (b.n - 1))
    z = t * (1 - 1 / (4 * df)) / math.sqrt(1 + t * t / (2 * df))
    return math.erfc(abs(z) / math.sqrt(2))


def holm(p_values: Iterable[float]) -> tuple[float, ...]:
    """Holm's step-down adjusted p-values, in the order given.

    >>> holm([0.01, 0.04, 0.03])
    (0.03, 0.06, 0.06)
    """
    ps = list(p_values)
    order = sorted(range(len(ps)), key=lambda i: ps[i])
    adjusted = [0.0] * len(ps)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(ps) - rank) * ps[i]))
        adjusted[i] = round(running, 12)
    return tuple(adjusted)


def _compare(
    values: dict[str, list[float]], min_posts: int, alpha: float
) -> tuple[list[tuple[str, int, float, float]], list[tuple[str, int]]]:
    """(key, sign, adjusted p, mean) of the significant groups, and (key, posts short) of thin ones."""
    tested, thin = [], []
    moments = {key: _Moments.of(v) for key, v in values.items()}
    for key, m in moments.items():
        rest = sum((o for k, o in moments.items() if k != key), _Moments(0, 0.0, 0.0))
        short = max(min_posts - m.n, min_posts - rest.n, 0)
        if short:
            thin.append((key, short))
        else:
            tested.append((key, _welch_p(m, rest), m.mean - rest.mean))
    adjusted = holm(p for _, p, _ in tested)
    found = [
        (key, 1 if diff > 0 else -1, p, diff)
        for (key, _, diff), p in zip(tested, adjusted, strict=True)
        if p <= alpha
    ]
    return found, thin


def _shift(
    pillars: tuple[Pillar, ...], up: set[str], down: set[str], max_shift: int
) -> dict[str, Fraction]:
    """New weights: ``up`` gain and the losers lose, each at most ``max_shift`` points."""
    weights = {p.name: p.weight for p in pillars}
    total = sum(weights.values(), Fraction(0))
    step, floor = total * max_shift / 100, total * _FLOOR_POINTS / 100
    gainers = up or {n for n in weights if n not in down}
    losers = down or {n for n in weights if n not in up}
    caps = {n: max(min(step, weights[n] - floor), Fraction(0)) for n in losers}
    moved = min(step * len(gainers), sum(caps.values(), Fraction(0)))
    if not gainers or not moved:
        return weights
    cap_total = sum(caps.values(), Fraction(0))
    for n in gainers:
        weights[n] += moved / len(gainers)
    for n in losers:
        weights[n] -= moved * caps[n] / cap_total
    return weights


def review(
    strategy: Strategy,
    history: History,
    *,
    alpha: float = 0.05,
    min_posts: int = 20,
    max_shift: int = 5,
    prior_weight: int = 10,
    pillar_of: Callable[[PostRecord], str | None] | None = None,
) -> Review:
    """Review ``strategy`` against ``history`` (see the module docstring: heuristics).

    >>> from socialkit.measure import load_history
    >>> from socialkit.strategy import Pillar, Strategy
    >>> s = Strategy(name="demo", pillars=[Pillar(name="a", weight=50), Pillar(name="b", weight=50)])
    >>> rows = [{"posted_at": f"2026-10-{d:02d}T09:00+00:00", "pillar": p, "impressions": 100,
    ...          "engagements": e} for d in range(1, 29) for p, e in (("a", 6 + d % 2), ("b", 3 + d % 2))]
    >>> r = review(s, load_history(rows))
    >>> print(r.proposals[0])
    pillar_weight a: 50 -> 55 (28 posts: a 0.065 vs 0.035 for the others, Holm-adjusted p 0)
    >>> [str(p.weight) for p in r.adjusted().pillars]
    ['55', '45']
    """
    if not isinstance(strategy, Strategy):
        raise SocialkitTypeError("review(strategy)", strategy, expected=N_("a Strategy"))
    if not isinstance(history, History):
        raise SocialkitTypeError(
            "review(history)", history, expected=N_("a History (load_history)")
        )
    alpha = float(num.real(alpha, "review(alpha)", minimum=0, maximum=1, decimal=False))
    min_posts = num.integer(min_posts, "review(min_posts)", minimum=2)
    max_shift = num.integer(max_shift, "review(max_shift)", minimum=0, maximum=50)
    prior_weight = num.integer(prior_weight, "review(prior_weight)", minimum=1)
    scored = [(r, f) for r in history.records if (f := _figure(r)) is not None]
    figures = [f for _, f in scored]
    overall = statistics.fmean(figures) if figures else 0.0
    by: dict[str, dict[str, list[float]]] = {
        k: defaultdict(list) for k in ("pillar", "format", "stage", "hour")
    }
    weeks: dict[date, int] = Counter()
    week_values: dict[date, list[float]] = defaultdict(list)
    zone = strategy.calendar.zone
    for r, f in scored:
        pillar = pillar_of(r) if pillar_of else r.pillar
        for key, value in (("pillar", pillar), ("format", r.format), ("stage", r.stage)):
            if value:
                by[key][value].append(f)
        local = r.posted_at.astimezone(zone)
        by["hour"][f"{weekday_name(local.weekday())} {local.hour:02d}:00"].append(f)
        monday = local.date() - timedelta(days=local.weekday())
        weeks[monday] += 1
        week_values[monday].append(f)
    rhythm: dict[str, list[float]] = defaultdict(list)
    for monday, count in weeks.items():
        rhythm[f"{count}"].extend(week_values[monday])
    proposals: list[Proposal] = []
    names = {p.name for p in strategy.pillars}
    pillar_values = {k: v for k, v in by["pillar"].items() if k in names}
    found, thin = _compare(pillar_values, min_posts, alpha)
    weights = {p.name: p.weight for p in strategy.pillars}
    if found:
        up = {k for k, sign, _, _ in found if sign > 0}
        down = {k for k, sign, _, _ in found if sign < 0}
        weights = _shift(strategy.pillars, up, down, max_shift)
        old = {p.name: p.weight for p in strategy.pillars}
        evidence = {k: (p, d) for k, _, p, d in found}
        for name in sorted(weights):
            if weights[name] == old[name]:
                continue
            v = pillar_values.get(name, [])
            others = [x for k, w in pillar_values.items() if k != name for x in w]
            why = (
                tr(
                    "{posts} posts: {name} {mean} vs {others} for the others, Holm-adjusted p {p}",
                    posts=len(v),
                    name=name,
                    mean=f"{statistics.fmean(v):.4g}",
                    others=f"{statistics.fmean(others):.4g}",
                    p=f"{evidence[name][0]:.2g}",
                )
                if name in evidence
                else tr("rebalanced to keep the total weight")
            )
            proposals.append(
                Proposal(
                    kind=ProposalKind.PILLAR_WEIGHT,
                    target=name,
                    current=num.show(old[name]),
                    proposed=num.show(weights[name]),
                    evidence=why,
                    p_value=evidence[name][0] if name in evidence else None,
                )
            )
    for name, short in sorted(thin):
        proposals.append(
            Proposal(
                kind=ProposalKind.EVIDENCE_NEEDED,
                target=name,
                current=tr("{count} posts", count=len(pillar_values[name])),
                proposed=tr("no change"),
                evidence=tr(
                    "too few posts to compare: about {short} more would settle it", short=short
                ),
                more_posts=short,
            )
        )
    hours_found, _ = _compare(dict(by["hour"]), min_posts, alpha)
    for key, sign, p, diff in hours_found:
        proposals.append(
            Proposal(
                kind=ProposalKind.POSTING_HOURS,
                target=key,
                current=tr("{count} posts", count=len(by["hour"][key])),
                proposed=tr("post more often here") if sign > 0 else tr("post less often here"),
                evidence=tr(
                    "{diff} vs the other hours, Holm-adjusted p {p}",
                    diff=f"{diff:+.4g}",
                    p=f"{p:.2g}",
                ),
                p_value=p,
            )
        )
    rhythm_proposals, per_week = _rhythm_proposals(strategy, scored, min_posts, alpha)
    proposals.extend(rhythm_proposals)
    return Review(
        strategy=strategy,
        posts=len(figures),
        by_hour=_by_hour(history, scored, zone),
        by_pillar=_groups(by["pillar"], overall, prior_weight),
        by_format=_groups(by["format"], overall, prior_weight),
        by_stage=_groups(by["stage"], overall, prior_weight),
        by_rhythm=tuple(sorted(_groups(rhythm, overall, prior_weight), key=lambda g: int(g.key))),
        goals=_goals(strategy, history),
        proposals=tuple(proposals),
        weights=tuple(weights.items()),
        per_week=tuple(per_week.items()),
        unknown_pillars=tuple(sorted(set(by["pillar"]) - names)),
    )


def _weeks(
    scored: list[tuple[PostRecord, float]], platform: str, zone: tzinfo
) -> dict[date, list[float]]:
    """The figures of ``platform``'s posts, by the Monday of their local week."""
    weeks: dict[date, list[float]] = defaultdict(list)
    for r, f in scored:
        if r.platform == platform:
            local = r.posted_at.astimezone(zone).date()
            weeks[local - timedelta(days=local.weekday())].append(f)
    return weeks


def _rhythm_proposals(
    strategy: Strategy, scored: list[tuple[PostRecord, float]], min_posts: int, alpha: float
) -> tuple[list[Proposal], dict[str, Fraction]]:
    """Per channel, busier weeks against quieter ones (split at the median posts a week).

    Heuristic: a lower result per post in busier weeks is read as fatigue and
    proposes the quieter weeks' median rhythm; a higher one proposes the busier
    weeks' median. One Welch test per channel, Holm-corrected over the channels.
    """
    tested: list[tuple[str, float, float, int]] = []
    proposals: list[Proposal] = []
    for channel in strategy.channels:
        weeks = _weeks(scored, channel.platform, strategy.calendar.zone)
        median = statistics.median(len(v) for v in weeks.values()) if weeks else 0
        busy = [v for v in weeks.values() if len(v) > median]
        quiet = [v for v in weeks.values() if len(v) <= median]
        if not busy:
            continue
        b, q = [f for v in busy for f in v], [f for v in quiet for f in v]
        short = max(min_posts - len(b), min_posts - len(q), 0)
        if short:
            proposals.append(
                Proposal(
                    kind=ProposalKind.EVIDENCE_NEEDED,
                    target=tr("{platform} posts a week", platform=channel.platform),
                    current=tr("{count} posts", count=len(b) + len(q)),
                    proposed=tr("no change"),
                    evidence=tr(
                        "too few posts to compare busier and quieter weeks: about {short} more",
                        short=short,
                    ),
                    more_posts=short,
                )
            )
            continue
        mb, mq = _Moments.of(b), _Moments.of(q)
        rhythm = statistics.median(len(v) for v in (busy if mb.mean > mq.mean else quiet))
        tested.append((channel.platform, _welch_p(mb, mq), mb.mean - mq.mean, round(rhythm)))
    per_week: dict[str, Fraction] = {}
    current = {c.platform: c.per_week for c in strategy.channels}
    for (slug, _, diff, rhythm), p in zip(tested, holm(t[1] for t in tested), strict=True):
        if p > alpha or rhythm < 1:
            continue
        per_week[slug] = Fraction(rhythm)
        now = current[slug]
        proposals.append(
            Proposal(
                kind=ProposalKind.FREQUENCY,
                target=slug,
                current=tr("the rule's default")
                if now is None
                else tr("{count} a week", count=num.show(now)),
                proposed=tr("{count} a week", count=rhythm),
                evidence=tr(
                    "busier weeks {diff} a post against quieter ones, Holm-adjusted p {p}",
                    diff=f"{'+' if diff > 0 else '-'}{abs(diff):.4g}",
                    p=f"{p:.2g}",
                ),
                p_value=p,
            )
        )
    return proposals, per_week


def _by_hour(
    history: History, scored: list[tuple[PostRecord, float]], zone: object
) -> tuple[RankedWindow, ...]:
    """best_times for the history's commonest known platform, on the same figures."""
    platforms = Counter(r.platform for r, _ in scored if r.platform)
    for slug, _ in platforms.most_common():
        try:
            platform = get_platform(slug)
        except LookupError:
            continue
        results = [
            PostResult(posted_at=r.posted_at, engagement=f) for r, f in scored if r.platform == slug
        ]
        return best_times(platform, tz=zone, history=results, top=168)  # type: ignore[arg-type]
    return ()


def _goals(strategy: Strategy, history: History) -> tuple[tuple[str, Progress], ...]:
    """Progress of each goal whose metric is an outcome: its total over the last four weeks."""
    if not history.records:
        return ()
    last = max(r.posted_at for r in history.records)
    recent = [r for r in history.records if last - r.posted_at <= _GOAL_WINDOW]
    out = []
    for goal in strategy.objectives:
        metric = goal.metric.strip().casefold().replace(" ", "_")
        if metric not in {o.value for o in Outcome}:
            continue
        values = [v for r in recent if (v := r.get(metric)) is not None]
        if values:
            out.append((goal.subject, goal.progress(sum(values, Fraction(0)), on=last.date())))
    return tuple(out)
