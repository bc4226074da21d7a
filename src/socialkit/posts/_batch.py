"""Assessing many posts at once, with a columnar, compact result.

:func:`assess_many` runs :func:`~socialkit.posts.assess` on every post and
keeps only plain figures: no :class:`~socialkit.TextMeasure`, no
:class:`~socialkit.Finding` objects, so a million results pickle small and
cross process boundaries (Dask, Spark, ``multiprocessing``) cheaply.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import tzinfo
from typing import TYPE_CHECKING

from socialkit._core.columns import ColumnsDisplay
from socialkit._core.fields import frozen
from socialkit._core.findings import Severity
from socialkit._core.i18n import H_, N_, tr
from socialkit._core.rules import RuleSet, rule_set_for
from socialkit._core.table import dataframe
from socialkit.errors import SocialkitTypeError
from socialkit.frequency._rules import FrequencyRule
from socialkit.platforms._model import Platform
from socialkit.platforms._registry import platform_of
from socialkit.posts._model import Post
from socialkit.posts._rules import DEFAULT_RULES, Checker, PostContext, assess

if TYPE_CHECKING:
    import pandas

__all__ = ["AssessmentColumns", "assess_many"]


@frozen(kw_only=True, repr=False)
class AssessmentColumns(ColumnsDisplay):
    """Many posts assessed for one platform, one tuple per column.

    Row ``i`` of every column is post ``i`` of the input, with the figures of
    its :class:`~socialkit.posts.Assessment`: ``length`` is
    ``assessment.text.length`` (``None`` where the body field has no recorded
    limit), ``fits`` and ``score`` as there (the score is a heuristic),
    ``errors``, ``warnings`` and ``tips`` count the findings of each severity,
    and ``rules`` holds the rule ids of the findings, in order. Every column
    holds one value per row: columns of different lengths are a
    :class:`~socialkit.errors.ValidationError`.

    >>> cols = assess_many(["Hello #bread", "x" * 300], "x")
    >>> cols.fits, cols.errors
    ((True, False), (0, 1))
    >>> cols.rules[1]
    ('x.text_limit', 'x.attached_media')
    """

    platform: str
    length: tuple[int | None, ...]
    fits: tuple[bool, ...]
    score: tuple[int, ...]
    errors: tuple[int, ...]
    warnings: tuple[int, ...]
    tips: tuple[int, ...]
    rules: tuple[tuple[str, ...], ...]

    def __len__(self) -> int:
        return len(self.fits)

    def columns(self) -> dict[str, tuple[object, ...]]:
        """The per-row columns by name (``pandas.DataFrame(cols.columns())``)."""
        return {
            "length": self.length,
            "fits": self.fits,
            "score": self.score,
            "errors": self.errors,
            "warnings": self.warnings,
            "tips": self.tips,
            "rules": self.rules,
        }

    # -- display (notebooks and terminals): ColumnsDisplay's, from these ----------------

    _HEADERS = (
        H_("post"),
        H_("length"),
        H_("fits"),
        H_("score"),
        H_("errors"),
        H_("warnings"),
        H_("tips"),
        H_("rules"),
    )

    def _summary(self) -> str:
        return tr(
            "{count} posts assessed for {platform}: {fit} fit, {errors} errors,"
            " {warnings} warnings, {tips} tips",
            count=len(self),
            platform=self.platform,
            fit=sum(self.fits),
            errors=sum(self.errors),
            warnings=sum(self.warnings),
            tips=sum(self.tips),
        )

    def _columns(self) -> zip[tuple[object, ...]]:
        return zip(
            self.length,
            self.fits,
            self.score,
            self.errors,
            self.warnings,
            self.tips,
            (", ".join(ids) for ids in self.rules),
            strict=True,
        )

    def rows(self) -> list[tuple[object, ...]]:
        """One row per post: its position, the columns, the rule ids joined (``-``: no length)."""
        return [
            (i, "-" if row[0] is None else row[0], *row[1:-1], row[-1] or "-")
            for i, row in enumerate(self._columns())
        ]

    def to_dataframe(self) -> pandas.DataFrame:
        """Every column: nullable Int64 ``length``, boolean ``fits``, int64 counts, pandas extra.

        ``rules`` is a string column: the rule ids of a post's findings joined by ", ".
        """
        return dataframe(
            "AssessmentColumns.to_dataframe",
            [
                ("length", "Int64"),
                ("fits", "boolean"),
                ("score", "int64"),
                ("errors", "int64"),
                ("warnings", "int64"),
                ("tips", "int64"),
                ("rules", "string"),
            ],
            self._columns(),
        )


def assess_many(
    posts: Iterable[Post | str],
    platform: str | Platform,
    *,
    tier: str | None = None,
    rules: RuleSet[PostContext] = DEFAULT_RULES,
    checkers: Mapping[str, Checker] | None = None,
    tz: tzinfo | str | None = None,
    frequency: FrequencyRule | None = None,
) -> AssessmentColumns:
    """Assess every post of ``posts`` for ``platform`` as :func:`~socialkit.posts.assess` does.

    A ``str`` stands for ``Post(text=...)``. Each post is judged on its own
    (no ``history``: these are independent drafts, possibly of many
    accounts); the other arguments are those of ``assess``, and the figures
    are exactly those of its :class:`~socialkit.posts.Assessment` for each
    post. An item that is neither a ``Post`` nor a ``str`` raises
    :class:`~socialkit.SocialkitTypeError` naming its position.

    >>> assess_many([Post(text="New guide #b2b")], "linkedin").score
    (96,)
    """
    if isinstance(posts, str | bytes) or not isinstance(posts, Iterable):
        raise SocialkitTypeError(
            "assess_many(posts)", posts, expected=N_("an iterable of Post or str")
        )
    p = platform_of(platform, "assess_many(platform)")
    rules = rule_set_for(rules, PostContext, "assess_many(rules)")
    length: list[int | None] = []
    fits: list[bool] = []
    score: list[int] = []
    errors: list[int] = []
    warnings: list[int] = []
    tips: list[int] = []
    ids: list[tuple[str, ...]] = []
    error, warning = Severity.ERROR, Severity.WARNING
    for index, item in enumerate(posts):
        if isinstance(item, str):
            post = Post(text=item)
        elif isinstance(item, Post):
            post = item
        else:
            raise SocialkitTypeError(
                f"assess_many(posts[{index}])", item, expected=N_("a Post or str")
            )
        a = assess(post, p, tier=tier, rules=rules, checkers=checkers, tz=tz, frequency=frequency)
        length.append(None if a.text is None else a.text.length)
        fits.append(a.fits)
        score.append(a.score)
        n_errors = n_warnings = 0
        for f in a.findings:
            if f.severity is error:
                n_errors += 1
            elif f.severity is warning:
                n_warnings += 1
        errors.append(n_errors)
        warnings.append(n_warnings)
        tips.append(len(a.findings) - n_errors - n_warnings)
        ids.append(tuple(f.rule for f in a.findings))
    return AssessmentColumns(
        platform=p.slug,
        length=tuple(length),
        fits=tuple(fits),
        score=tuple(score),
        errors=tuple(errors),
        warnings=tuple(warnings),
        tips=tuple(tips),
        rules=tuple(ids),
    )
