"""The checks and display shared by columnar results (``measure_many``'s, ``assess_many``'s).

A columnar result is a frozen attrs class with one tuple per column, every
column one value per row. :class:`ColumnsDisplay` checks that, and shows the
first and last rows as a text table, an HTML table (notebooks) and a short
repr, as every such result does. The class is declared ``repr=False`` so that
attrs keeps this ``__repr__`` rather than writing its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar

from socialkit._core.i18n import N_, tr
from socialkit._core.table import html_table, short_repr, table, truncated_rows
from socialkit.errors import ValidationError

__all__ = ["ColumnsDisplay"]


class ColumnsDisplay:
    """Mixin of a columnar result: equal-length columns, shown by their first and last rows.

    A class using it sets ``_HEADERS`` (the table's headings) and defines
    ``columns()`` (the columns by name), ``rows()`` (every row as shown) and
    ``_summary()`` (the caption and repr).
    """

    __slots__ = ()

    MAX_ROWS: ClassVar[int] = 10
    """How many rows the text and HTML tables show (first and last, around "…")."""

    _HEADERS: ClassVar[tuple[str, ...]]

    if TYPE_CHECKING:

        def columns(self) -> Mapping[str, tuple[object, ...]]: ...
        def rows(self) -> list[tuple[object, ...]]: ...
        def _summary(self) -> str: ...

    def __attrs_post_init__(self) -> None:
        lengths = {name: len(column) for name, column in self.columns().items()}
        if len(set(lengths.values())) > 1:
            shown = ", ".join(f"{name} {n}" for name, n in lengths.items())
            raise ValidationError(
                type(self).__name__,
                tr("columns of different lengths ({shown})", shown=shown),
                allowed=N_("expected one value per row in every column"),
            )

    def _shown(self) -> list[Sequence[object]]:
        return truncated_rows(self.rows(), self.MAX_ROWS)[0]

    def __str__(self) -> str:
        return f"{self._summary()}\n{table(self._HEADERS, self._shown())}"

    def _repr_html_(self) -> str:
        """The first and last rows of :meth:`__str__` as an HTML table (as pandas truncates)."""
        return html_table(self._HEADERS, self._shown(), caption=self._summary())

    def __repr__(self) -> str:
        return short_repr(type(self).__name__, self._summary())
