"""Measuring many texts at once, with a columnar, compact result.

A :class:`TextMeasure` carries the text and its lazily found entities; sent
back from another process by the million, those objects cost more than the
measuring. :func:`measure_many` returns plain columns instead: one tuple of
ints or bools per figure, cheap to pickle and ready for a data frame.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from socialkit._core.columns import ColumnsDisplay
from socialkit._core.fields import frozen
from socialkit._core.i18n import H_, N_, tr
from socialkit._core.table import dataframe
from socialkit._core.validate import of_type
from socialkit.errors import SocialkitTypeError
from socialkit.platforms._model import Platform
from socialkit.platforms._registry import platform_of
from socialkit.text._measure import measure

if TYPE_CHECKING:
    import pandas

__all__ = ["TextColumns", "measure_many"]


@frozen(kw_only=True, repr=False)
class TextColumns(ColumnsDisplay):
    """Many texts measured for one field of one platform, one tuple per column.

    Row ``i`` of every column is text ``i`` of the input: ``length``, ``limit``
    and ``remaining`` are in the unit of the field's first limit (as
    :attr:`TextMeasure.length <socialkit.text.TextMeasure.length>`), ``fits`` is
    true when every limit of the field is met, and ``valid`` is false when the
    text holds characters the platform rejects. Every column holds one value
    per row: columns of different lengths are a
    :class:`~socialkit.errors.ValidationError`.

    >>> cols = measure_many(["Hello #bread", "x" * 300], "x")
    >>> cols.length, cols.fits
    ((12, 300), (True, False))
    >>> sorted(cols.columns())
    ['fits', 'length', 'limit', 'remaining', 'valid']
    """

    platform: str
    field: str
    tier: str | None
    length: tuple[int, ...]
    limit: tuple[int, ...]
    remaining: tuple[int, ...]
    fits: tuple[bool, ...]
    valid: tuple[bool, ...]

    def __len__(self) -> int:
        return len(self.length)

    def columns(self) -> dict[str, tuple[int, ...] | tuple[bool, ...]]:
        """The per-row columns by name (``pandas.DataFrame(cols.columns())``)."""
        return {
            "length": self.length,
            "limit": self.limit,
            "remaining": self.remaining,
            "fits": self.fits,
            "valid": self.valid,
        }

    # -- display (notebooks and terminals): ColumnsDisplay's, from these ----------------

    _HEADERS = (H_("text"), H_("length"), H_("limit"), H_("remaining"), H_("fits"), H_("valid"))

    def _summary(self) -> str:
        tier = f" ({self.tier})" if self.tier else ""
        return tr(
            "{count} texts measured for {platform} {field}{tier}: {fit} fit, {invalid} invalid",
            count=len(self),
            platform=self.platform,
            field=self.field,
            tier=tier,
            fit=sum(self.fits),
            invalid=len(self.valid) - sum(self.valid),
        )

    def rows(self) -> list[tuple[object, ...]]:
        """One row per text: its position, then every column of :meth:`columns`."""
        return [
            (i, *row)
            for i, row in enumerate(
                zip(self.length, self.limit, self.remaining, self.fits, self.valid, strict=True)
            )
        ]

    def to_dataframe(self) -> pandas.DataFrame:
        """Every column of :meth:`columns`: int64 figures, boolean ``fits`` and ``valid`` (pandas extra)."""
        return dataframe(
            "TextColumns.to_dataframe",
            [
                ("length", "int64"),
                ("limit", "int64"),
                ("remaining", "int64"),
                ("fits", "boolean"),
                ("valid", "boolean"),
            ],
            zip(self.length, self.limit, self.remaining, self.fits, self.valid, strict=True),
        )


def measure_many(
    texts: Iterable[str],
    platform: str | Platform,
    *,
    field: str | None = None,
    tier: str | None = None,
) -> TextColumns:
    """Measure every text of ``texts`` as :func:`~socialkit.text.measure` does, into columns.

    The figures are exactly those of ``measure(text, platform, field=field,
    tier=tier)`` for each text; an invalid argument or text raises the error
    ``measure`` raises, with the text's position in ``where``.

    >>> measure_many(["a", "bb"], "bluesky").remaining
    (299, 298)
    """
    if isinstance(texts, str | bytes) or not isinstance(texts, Iterable):
        raise SocialkitTypeError("measure_many(texts)", texts, expected=N_("an iterable of str"))
    p = platform_of(platform, "measure_many(platform)")
    length: list[int] = []
    limit: list[int] = []
    remaining: list[int] = []
    fits: list[bool] = []
    valid: list[bool] = []
    resolved_field = (
        p.limits.body_field if field is None else of_type(field, str, "measure_many(field)")
    )
    resolved_tier = p.limits.resolve_tier(tier, where="measure_many(tier)")
    for index, text in enumerate(texts):
        if not isinstance(text, str):
            raise SocialkitTypeError(f"measure_many(texts[{index}])", text, expected=N_("a str"))
        m = measure(text, p, field=resolved_field, tier=resolved_tier)
        main = m.checks[0]
        length.append(main.length)
        limit.append(main.limit.maximum)
        remaining.append(main.limit.maximum - main.length)
        fits.append(all(c.length <= c.limit.maximum for c in m.checks))
        valid.append(not m.problems)
    return TextColumns(
        platform=p.slug,
        field=resolved_field,
        tier=resolved_tier,
        length=tuple(length),
        limit=tuple(limit),
        remaining=tuple(remaining),
        fits=tuple(fits),
        valid=tuple(valid),
    )
