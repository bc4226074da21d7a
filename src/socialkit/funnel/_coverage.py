"""Plan coverage: how a content plan spreads over the funnel stages.

A plan that only attracts never sells, and one that only sells burns its
audience. :func:`stage_coverage` counts planned contents per stage, names the
stages left empty and, given a target stage mix, how far each stage drifts
from it. Anything with a ``.stage`` or ``.content_type`` attribute counts as a
planned content, so calendar items and draft posts (``Post.content_type``,
from the post's format) plug in without an adapter.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from difflib import get_close_matches
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from socialkit._core import numbers as num
from socialkit._core import svg
from socialkit._core.fields import frozen
from socialkit._core.i18n import H_, N_, label, tr
from socialkit._core.numbers import Number
from socialkit._core.rates import Rate, optional_exact_rate, to_exact_rate
from socialkit._core.table import (
    as_float,
    dataframe,
    html_block,
    html_table,
    short_repr,
    table,
)
from socialkit._core.validate import to_enum
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError
from socialkit.funnel._stages import ContentType, FunnelStage, StageMapping, stage_of

if TYPE_CHECKING:
    import pandas

__all__ = ["StageCoverage", "StageShare", "stage_coverage"]

# Visible strings (one place, for translation).
_HEADERS = (H_("stage"), H_("count"), H_("share"), H_("target"), H_("drift"))

_EXPECTED = N_(
    "a ContentType, a FunnelStage, their name, a Post, or an object with .stage or .content_type"
)


def _stage_of_item(item: object, where: str, mapping: StageMapping | None) -> FunnelStage:
    if isinstance(item, FunnelStage):
        return item
    if isinstance(item, ContentType):
        return stage_of(item, mapping=mapping)
    if isinstance(item, str):
        return _stage_of_name(item, where, mapping)
    stage = getattr(item, "stage", None)
    if stage is not None:
        return to_enum(FunnelStage, stage, f"{where}.stage")
    content_type = getattr(item, "content_type", None)
    if content_type is not None:
        return stage_of(
            to_enum(ContentType, content_type, f"{where}.content_type"), mapping=mapping
        )
    raise SocialkitTypeError(where, item, expected=_EXPECTED)


def _stage_of_name(name: str, where: str, mapping: StageMapping | None) -> FunnelStage:
    for kind in (FunnelStage, ContentType):
        try:
            found = to_enum(kind, name, where)
        except NotFoundError:
            continue
        return found if isinstance(found, FunnelStage) else stage_of(found, mapping=mapping)
    known = [str(s) for s in FunnelStage] + [str(c) for c in ContentType]
    raise NotFoundError(where, name, known, get_close_matches(name.lower(), known, n=3))


def _target_shares(target: Mapping[Any, Number]) -> dict[FunnelStage, Fraction]:
    """Exact target shares: weights of any number family, floats read as a mix reads them."""
    if not isinstance(target, Mapping):
        raise SocialkitTypeError("target", target, expected=N_("a mapping of stage to share"))
    weights = {
        to_enum(FunnelStage, key, "target"): num.exact(value, f"target[{key!r}]", minimum=0)
        for key, value in target.items()
    }
    total = sum(weights.values(), Fraction(0))
    if total == 0:
        raise ValidationError(
            "target", N_("all shares are 0"), allowed=N_("expected at least one positive share")
        )
    return {stage: weights.get(stage, Fraction(0)) / total for stage in FunnelStage}


@frozen(kw_only=True)
class StageShare:
    """One stage of a coverage: its count, its share, and the drift from a target."""

    stage: FunnelStage
    count: int
    share: Rate = attrs.field(converter=to_exact_rate)
    """``count / total`` (0 for an empty plan): a :class:`~socialkit.measure.Rate` (a float
    that formats with ``:%``, exact in ``.exact``)."""
    target: Rate | None = attrs.field(default=None, converter=optional_exact_rate)
    """The target share, normalised so the targets sum to 1 (``None`` without a target).

    Float weights are read through their shortest repr (as :class:`~socialkit.ContentMix`
    reads them), so every share is an exact ``Rate``."""
    drift: Rate | None = attrs.field(default=None, converter=optional_exact_rate)
    """``share - target``: positive when the plan over-serves the stage."""


@frozen(kw_only=True)
class StageCoverage:
    """How planned contents spread over the stages (every stage listed, in funnel order).

    >>> c = stage_coverage(["article", "video", "newsletter", "demo"],
    ...                    target={"tofu": 60, "mofu": 30, "bofu": 10})
    >>> c.counts[FunnelStage.TOFU], c.shares[FunnelStage.TOFU], c.drift[FunnelStage.BOFU]
    (2, Rate(1, 2), Rate(3, 20))
    >>> f"{c.shares[FunnelStage.TOFU]:.0%}", c.shares[FunnelStage.TOFU].exact
    ('50%', Fraction(1, 2))
    >>> [str(s) for s in c.empty]
    ['retention']
    """

    rows: tuple[StageShare, ...]
    total: int
    """How many contents were planned."""

    @property
    def counts(self) -> dict[FunnelStage, int]:
        """Contents per stage."""
        return {r.stage: r.count for r in self.rows}

    @property
    def shares(self) -> dict[FunnelStage, Rate]:
        """Share of the plan per stage (they sum to 1 unless the plan is empty)."""
        return {r.stage: r.share for r in self.rows}

    @property
    def drift(self) -> dict[FunnelStage, Rate]:
        """Share minus target share per stage (empty without a target)."""
        return {r.stage: r.drift for r in self.rows if r.drift is not None}

    @property
    def empty(self) -> tuple[FunnelStage, ...]:
        """Stages with no planned content."""
        return tuple(r.stage for r in self.rows if r.count == 0)

    @property
    def missing(self) -> tuple[FunnelStage, ...]:
        """Stages the target wants (share above 0) but the plan leaves empty."""
        return tuple(r.stage for r in self.rows if r.count == 0 and r.target)

    def _table_rows(self) -> list[tuple[object, ...]]:
        def cell(value: float | None, sign: str = "") -> str:
            return "" if value is None else f"{sign if value > 0 else ''}{num.percent(value)}"

        return [
            (r.stage, r.count, cell(r.share), cell(r.target), cell(r.drift, "+")) for r in self.rows
        ]

    def __str__(self) -> str:
        return table(_HEADERS, self._table_rows())

    def _repr_html_(self) -> str:
        """The same rows as :meth:`__str__`, as an HTML table, then :meth:`to_svg` (notebooks)."""
        return html_block(
            html_table(_HEADERS, self._table_rows(), caption=tr("Stage coverage")), self.to_svg()
        )

    def __repr__(self) -> str:
        counts = ", ".join(f"{r.stage}={r.count}" for r in self.rows)
        return short_repr("StageCoverage", counts)

    def to_svg(self, *, theme: str = "auto") -> str:
        """Each stage's share as a bar, its target as a tick (``theme``: auto, light or dark).

        >>> stage_coverage(["article"], target={"tofu": 1}).to_svg().startswith("<svg")
        True
        """
        rows = [
            svg.Bar(
                label=label(r.stage),
                value=as_float(r.share),
                target=None if r.target is None else as_float(r.target),
                note=f"{shown[2]}"
                + ("" if r.target is None else tr(" (target {target})", target=shown[3])),
            )
            for r, shown in zip(self.rows, self._table_rows(), strict=True)
        ]
        title = tr("Stage coverage: {total} contents", total=self.total)
        return svg.bars(rows, title=title, theme=theme)

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per stage: ``count`` int64, ``share``/``target``/``drift`` float64 (pandas extra).

        >>> stage_coverage(["article"], target={"tofu": 1}).to_dataframe().dtypes["share"]
        dtype('float64')
        """
        return dataframe(
            "StageCoverage.to_dataframe",
            [
                ("stage", "string"),
                ("count", "int64"),
                ("share", "float64"),
                ("target", "float64"),
                ("drift", "float64"),
            ],
            [
                (str(r.stage), r.count, as_float(r.share), as_float(r.target), as_float(r.drift))
                for r in self.rows
            ],
        )


def stage_coverage(
    contents: Iterable[object],
    *,
    target: Mapping[FunnelStage | str, Number] | None = None,
    mapping: StageMapping | None = None,
) -> StageCoverage:
    """Count planned contents per funnel stage and compare with a target mix.

    ``contents`` holds content types, stages, their names, draft posts (staged
    by their format, see :data:`~socialkit.posts.FORMAT_CONTENT_TYPES`), or objects
    with a ``.stage`` (preferred) or ``.content_type`` attribute. ``target`` maps
    stages to shares or weights (normalised to sum to 1; stages left out get
    0), e.g. a content-mix preset. Content types are staged with ``mapping``
    (default: :func:`stage_of`'s).

    >>> print(stage_coverage(["article", "article", "white paper"], target={"tofu": 2, "mofu": 1, "bofu": 1}))
    stage      count  share   target  drift
    ---------  -----  ------  ------  -------
    tofu       2      66.67%  50%     +16.67%
    mofu       1      33.33%  25%     +8.33%
    bofu       0      0%      25%     -25%
    retention  0      0%      0%      0%
    """
    if isinstance(contents, str | bytes) or not isinstance(contents, Iterable):
        raise SocialkitTypeError(
            "contents", contents, expected=N_("an iterable of planned contents")
        )
    counts = dict.fromkeys(FunnelStage, 0)
    for i, item in enumerate(contents):
        counts[_stage_of_item(item, f"contents[{i}]", mapping)] += 1
    total = sum(counts.values())
    goals = None if target is None else _target_shares(target)
    rows = []
    for stage, count in counts.items():
        share = Fraction(count, total) if total else Fraction(0)
        goal = None if goals is None else goals[stage]
        drift = None if goal is None else share - goal
        rows.append(StageShare(stage=stage, count=count, share=share, target=goal, drift=drift))
    return StageCoverage(rows=tuple(rows), total=total)
