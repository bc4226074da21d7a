"""Plain data and text tables: the one renderer every value's text form uses.

``jsonable`` turns values into JSON-ready data (for ``--json`` and exports),
``table`` aligns rows into a text table and ``html_table`` writes the same rows
as an escaped HTML table (a notebook's ``_repr_html_``), so every display looks
alike and the text and HTML forms never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from html import escape
from typing import Any

import attrs

__all__ = ["html_table", "jsonable", "table"]


def jsonable(value: Any) -> Any:
    """Convert attrs objects, enums, dates, durations and fractions to JSON-ready data.

    >>> jsonable({"gap": timedelta(hours=48), "share": Fraction(1, 3), "cpa": Decimal("2.50")})
    {'gap': 'PT172800S', 'share': '1/3', 'cpa': '2.50'}
    """
    if attrs.has(type(value)):
        return {f.name: jsonable(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, Enum):
        return jsonable(value.value)
    if isinstance(value, dict):
        return {str(jsonable(k)): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return f"PT{int(value.total_seconds())}S"
    if isinstance(value, Fraction | Decimal):
        return str(value)
    return value


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain-text table with aligned columns.

    >>> print(table(["a", "bb"], [[1, "x"], [22, "yy"]]))
    a   bb
    --  --
    1   x
    22  yy
    """
    cells = [list(map(str, headers)), *([str(c) for c in row] for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def html_table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], *, caption: str = ""
) -> str:
    """The rows of :func:`table` as an HTML ``<table>``, every cell escaped.

    >>> print(html_table(["a", "b"], [[1, "<x>"]], caption="demo"))
    <table>
    <caption>demo</caption>
    <thead><tr><th>a</th><th>b</th></tr></thead>
    <tbody>
    <tr><td>1</td><td>&lt;x&gt;</td></tr>
    </tbody>
    </table>
    """
    head = "".join(f"<th>{escape(str(h))}</th>" for h in headers)
    body = ["<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows]
    lines = ["<table>"]
    if caption:
        lines.append(f"<caption>{escape(caption)}</caption>")
    lines += [f"<thead><tr>{head}</tr></thead>", "<tbody>", *body, "</tbody>", "</table>"]
    return "\n".join(lines)
