"""Inline SVG pictures with no plotting dependency: one place for escaping, scales and themes.

Every picture socialkit draws (best-times heatmap, bars against targets, the
calendar's month view) is built from these pieces, so they look alike and
escape alike. Text and outlines use ``currentColor`` and fills are
semi-transparent, so with ``theme="auto"`` (the default) a picture takes the
notebook's text colour and reads in light and dark themes alike; ``"light"``
and ``"dark"`` pin a background and a text colour (for a file or a slide).
Colours and sizes are data (:data:`THEMES`, :data:`PALETTE`), not buried in the drawing.

>>> svg = bars([Bar(label="tips", value=0.5, target=0.25, note="50%")], title="Mix")
>>> svg.startswith("<svg") and "tips" in svg
True
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import Literal, TypeVar

from socialkit._core import numbers
from socialkit._core.fields import frozen
from socialkit._core.i18n import tr
from socialkit._core.table import markup_text
from socialkit.errors import ValidationError

__all__ = [
    "PALETTE",
    "THEMES",
    "Bar",
    "Theme",
    "bars",
    "colour",
    "document",
    "esc",
    "heatmap",
    "notes",
    "rect",
    "share",
    "text",
    "theme_of",
    "truncated",
]

Theme = Literal["auto", "light", "dark"]

THEMES: Mapping[str, str] = {
    "auto": "",
    "light": "color:#1f2328;background:#ffffff",
    "dark": "color:#e6edf3;background:#0d1117",
}
"""The CSS each theme sets on the ``<svg>``: ``auto`` inherits the page's colours."""

PALETTE: tuple[str, ...] = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
"""Categorical colours (Tableau 10), drawn semi-transparent so they read on both backgrounds."""

FONT = "system-ui, -apple-system, Segoe UI, sans-serif"
CHAR_WIDTH = 7.5
"""A generous average glyph width at font-size 12, to size label columns."""

T = TypeVar("T")


def esc(value: object) -> str:
    """``value`` as text safe inside XML elements and attributes (:func:`markup_text`).

    >>> esc('<b a="1">&</b>')
    '&lt;b a=&quot;1&quot;&gt;&amp;&lt;/b&gt;'
    """
    return markup_text(value)


def theme_of(value: object, where: str = "theme") -> Theme:
    """``value`` checked as a theme name (``"auto"``, ``"light"`` or ``"dark"``).

    >>> theme_of("night")
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: theme: got 'night'; expected one of 'auto', 'light', 'dark'
    """
    if isinstance(value, str) and value in THEMES:
        theme: Theme = value  # type: ignore[assignment]  # checked just above
        return theme
    raise ValidationError(
        where,
        tr("got {value!r}", value=value),
        allowed=tr("expected one of {names}", names=", ".join(map(repr, THEMES))),
    )


def colour(index: int) -> str:
    """The ``index``-th palette colour (cycling)."""
    return PALETTE[index % len(PALETTE)]


def document(width: float, height: float, parts: Sequence[str], *, label: str, theme: str) -> str:
    """A standalone ``<svg>``: sized, titled (``label``, also its accessible name), themed."""
    style = THEMES[theme_of(theme)]
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width:.0f}" '
            f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
            f'font-family="{FONT}" font-size="12" aria-label="{esc(label)}"'
            + (f' style="{style}"' if style else "")
            + ">",
            f"<title>{esc(label)}</title>",
            *parts,
            "</svg>",
        ]
    )


def text(
    x: float,
    y: float,
    content: object,
    *,
    anchor: str = "start",
    size: int | None = None,
    bold: bool = False,
    opacity: float | None = None,
) -> str:
    """A ``<text>`` in the theme's colour, escaped."""
    extra = (
        (f' font-size="{size}"' if size else "")
        + (' font-weight="bold"' if bold else "")
        + (f' fill-opacity="{opacity}"' if opacity is not None else "")
    )
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="currentColor"{extra}>'
        f"{esc(content)}</text>"
    )


def rect(
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    fill: str = "currentColor",
    opacity: float = 0.45,
    tip: str = "",
    outline: bool = True,
) -> str:
    """A semi-transparent ``<rect>``; ``tip`` becomes its hover ``<title>``."""
    stroke = ' stroke="currentColor" stroke-opacity="0.35"' if outline else ""
    head = (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(width, 0):.1f}" height="{height:.1f}" '
        f'rx="2" fill="{fill}" fill-opacity="{opacity:.3g}"{stroke}'
    )
    return f"{head}><title>{esc(tip)}</title></rect>" if tip else head + "/>"


def truncated(items: Sequence[T], max_rows: int) -> tuple[list[T], list[T], int]:
    """``(head, tail, hidden)``: the first and last rows, as pandas truncates a long frame.

    >>> truncated(list(range(10)), 4)
    ([0, 1], [8, 9], 6)
    >>> truncated([1, 2], 4)
    ([1, 2], [], 0)
    """
    if len(items) <= max_rows:
        return list(items), [], 0
    head = max(max_rows // 2 + max_rows % 2, 1)
    tail = max(max_rows - head, 0)
    return (
        list(items[:head]),
        list(items[len(items) - tail :]) if tail else [],
        (len(items) - head - tail),
    )


@frozen(kw_only=True)
class Bar:
    """One bar of :func:`bars`: a share (0 to 1) against an optional target share.

    ``value`` and ``target`` are finite (NaN and infinities are refused here, as
    everywhere); any finite share is drawn, clamped to the box (:func:`share`).
    """

    label: str
    value: float
    target: float | None = None
    note: str = ""
    """The text shown right of the bar (e.g. ``"50% (target 25%)"``)."""


_BAR_ROW, _BAR_WIDTH = 24, 260


def bars(rows: Sequence[Bar], *, title: str, theme: str = "auto", note: str = "") -> str:
    """Horizontal bars, one per row, each with its target drawn as a tick.

    Values and targets are shares of the full width, so bars of different
    results compare at a glance; shares above 1 are drawn at the edge, below 0
    as an empty bar (:func:`share`).
    """
    label_width = max([len(r.label) for r in rows] + [4]) * CHAR_WIDTH + 16
    notes_width = max([len(r.note) for r in rows] + [4]) * CHAR_WIDTH + 16
    top = 30
    width = max(label_width + _BAR_WIDTH + notes_width, len(title) * CHAR_WIDTH * 1.1 + 16)
    foot = top + len(rows) * _BAR_ROW + 14
    lines, extra = notes(8, foot + 16, note, width)
    height = foot + 8 + extra
    parts = [text(8, 18, title, bold=True)]
    for i, row in enumerate(rows):
        y = top + i * _BAR_ROW
        drawn = share(row.value, f"bars: {row.label!r} value")
        parts += [
            text(label_width - 8, y + 15, row.label, anchor="end"),
            rect(label_width, y + 3, _BAR_WIDTH, 16, opacity=0.06, outline=False),
            rect(label_width, y + 3, drawn * _BAR_WIDTH, 16, fill=colour(i), tip=row.note),
        ]
        if row.target is not None:
            x = label_width + share(row.target, f"bars: {row.label!r} target") * _BAR_WIDTH
            parts.append(
                f'<line x1="{x:.1f}" y1="{y}" x2="{x:.1f}" y2="{y + 22}" stroke="currentColor" '
                'stroke-width="2"/>'
            )
        parts.append(text(label_width + _BAR_WIDTH + 8, y + 15, row.note, size=11))
    if any(r.target is not None for r in rows):
        parts.append(text(label_width, foot, tr("| target"), size=11, opacity=0.7))
    parts += lines
    return document(width, height, parts, label=title, theme=theme)


def notes(x: float, y: float, note: str, width: float) -> tuple[list[str], float]:
    """``note`` in small type wrapped to ``width`` pixels: the ``<text>`` lines and their height."""
    chars = max(int((width - x) / (CHAR_WIDTH * 11 / 12)), 10)
    lines = textwrap.wrap(note, chars) if note else []
    return [
        text(x, y + 14 * i, line, size=11, opacity=0.7) for i, line in enumerate(lines)
    ], 14.0 * len(lines)


def share(value: float, where: str) -> float:
    """``value`` as the share of a box it fills: clamped to [0, 1] when finite.

    The one rule of every picture here: a finite value beyond the ends is drawn
    at the edge (a bar above its maximum is full); NaN and infinities, which
    have no place on a scale, are refused with a
    :class:`~socialkit.errors.ValidationError` naming ``where``.

    >>> share(0.25, "bar"), share(7, "bar"), share(-1e308, "bar")
    (0.25, 1.0, 0.0)
    >>> share(float("inf"), "bar")
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: bar: got inf; expected a finite number (int, float, Fraction or Decimal)
    """
    return min(max(float(numbers.real(value, where)), 0.0), 1.0)


_CELL, _GAP = 18, 2


def heatmap(
    values: Mapping[tuple[int, int], float],
    *,
    rows: Sequence[str],
    columns: Sequence[str],
    title: str,
    theme: str = "auto",
    note: str = "",
    tips: Mapping[tuple[int, int], str] | None = None,
) -> str:
    """A grid of ``len(rows) × len(columns)`` cells, each shaded by its value (0 to 1).

    Cells missing from ``values`` are drawn empty (an outline), so "no data"
    never looks like "low". Every cell has a hover title (``tips`` or the value).
    Values are clamped to [0, 1], NaN and infinities refused (:func:`share`).
    """
    label_width = max([len(r) for r in rows] + [3]) * CHAR_WIDTH + 12
    top = 44
    width = max(label_width + len(columns) * (_CELL + _GAP) + 8, len(title) * CHAR_WIDTH * 1.1 + 16)
    grid = top + len(rows) * (_CELL + _GAP)
    lines, extra = notes(8, grid + 16, note, width)
    height = grid + 10 + extra
    parts = [text(8, 18, title, bold=True)]
    for j, name in enumerate(columns):
        if j % 3 == 0:
            parts.append(
                text(label_width + j * (_CELL + _GAP) + _CELL / 2, top - 6, name, anchor="middle")
            )
    for i, name in enumerate(rows):
        y = top + i * (_CELL + _GAP)
        parts.append(text(label_width - 6, y + 13, name, anchor="end"))
        for j in range(len(columns)):
            x = label_width + j * (_CELL + _GAP)
            value = values.get((i, j))
            tip = (tips or {}).get((i, j), "" if value is None else f"{value:.2f}")
            if value is None:
                parts.append(rect(x, y, _CELL, _CELL, opacity=0.04, tip=tip))
            else:
                shade = 0.15 + 0.8 * share(value, f"heatmap: {rows[i]!r}, {columns[j]!r}")
                parts.append(rect(x, y, _CELL, _CELL, fill=PALETTE[0], opacity=shade, tip=tip))
    parts += lines
    return document(width, height, parts, label=title, theme=theme)
