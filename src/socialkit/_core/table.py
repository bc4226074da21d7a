"""Plain data and text tables: the one renderer every value's text form uses.

``jsonable`` turns values into JSON-ready data (for ``--json`` and exports),
``table`` aligns rows into a text table and ``html_table`` writes the same rows
as an escaped HTML table (a notebook's ``_repr_html_``), so every display looks
alike and the text and HTML forms never disagree.

Both show every cell through :func:`cell`, the one authority for how a value
reads in a table: callers pass the *values* (an enum member, a bool), not
strings made from them, and the cells are French under ``language("fr")``
(an enum through :func:`~socialkit._core.i18n.label`, a bool as *oui*/*non*).
User text and names (a title, a platform id) pass through unchanged.
:func:`dataframe` is data, not display: it keeps the raw machine values
(English enum values, real bools).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from html import escape
from typing import TYPE_CHECKING, Any

import attrs

from socialkit._core.display import display_rows
from socialkit._core.i18n import heading, label, tr
from socialkit._core.printing import LONE_SURROGATE
from socialkit.errors import SocialkitError

if TYPE_CHECKING:
    import pandas

__all__ = [
    "JSON_SKIP",
    "REPR_LIMIT",
    "as_float",
    "cell",
    "dataframe",
    "html_block",
    "html_long_table",
    "html_note",
    "html_readable",
    "html_table",
    "jsonable",
    "markup_text",
    "missing_package",
    "pandas_module",
    "plain_text",
    "short_repr",
    "table",
    "truncated_rows",
]


JSON_SKIP = "json_skip"
"""Field metadata key: ``metadata={JSON_SKIP: True}`` leaves code (a rule's check) out of JSON."""


def jsonable(value: Any) -> Any:
    """Convert attrs objects, enums, dates, durations, zones and fractions to JSON-ready data.

    A field marked ``metadata={JSON_SKIP: True}`` (a function, such as a rule's
    check) is left out, a class is its name, and a float that is not finite
    (an open bound, NaN) is ``None``: JSON has no ``Infinity``.

    >>> jsonable({"gap": timedelta(hours=48), "share": Fraction(1, 3), "cpa": Decimal("2.50")})
    {'gap': 'PT172800S', 'share': '1/3', 'cpa': '2.50'}
    >>> jsonable([math.inf, 0.5, str])
    [None, 0.5, 'str']
    """
    if attrs.has(type(value)):
        return {
            f.name: jsonable(getattr(value, f.name))
            for f in attrs.fields(type(value))
            if not f.metadata.get(JSON_SKIP)
        }
    if isinstance(value, float):
        return float(value) if math.isfinite(value) else None  # a Rate: its float
    if isinstance(value, type):
        return value.__qualname__
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
    if isinstance(value, Fraction | Decimal | tzinfo):
        return str(value)  # a ZoneInfo as its IANA key
    return value


def cell(value: object) -> str:
    """``value`` as a table cell in the current language (the one rule for every table).

    An enum member shows its :func:`~socialkit._core.i18n.label` (French under
    ``language("fr")``), a bool a translated yes/no; anything else is
    ``str(value)``, unchanged (user text, names and numbers are not words to
    translate).

    >>> from socialkit.platforms import Period
    >>> cell(Period.WEEK), cell(True), cell(3), cell("my title")
    ('week', 'yes', '3', 'my title')
    >>> from socialkit._core.i18n import language
    >>> with language("fr"):
    ...     cell(Period.WEEK), cell(True), cell(False)
    ('semaine', 'oui', 'non')
    """
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, Enum):
        return label(value)
    return str(value)


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain-text table with aligned columns; ``headers`` are English, shown translated.

    Every heading goes through :func:`socialkit._core.i18n.heading` and every
    cell through :func:`cell`, so the column names, enum labels and yes/no are
    French under ``language("fr")``.

    >>> print(table(["a", "bb"], [[1, "x"], [22, "yy"]]))
    a   bb
    --  --
    1   x
    22  yy
    """
    cells = [
        [heading(str(h)) for h in headers],
        *([plain_text(cell(c)) for c in row] for row in rows),
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def plain_text(value: object) -> str:
    """``str(value)`` for a text display, lone surrogates shown as U+FFFD (as in HTML).

    A display never fails on what a user typed: a lone surrogate would make the
    text impossible to print or write, so it is replaced, as :func:`markup_text`
    replaces it in HTML and SVG. Exports refuse it instead (nothing is lost
    silently there). Control characters are kept: they are valid text.

    >>> plain_text("a\\ud800b") == "a\\ufffdb", plain_text("tab\\tnul\\x00") == "tab\\tnul\\x00"
    (True, True)
    """
    text = str(value)
    return LONE_SURROGATE.sub("\ufffd", text) if LONE_SURROGATE.search(text) else text


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 forbids (control characters, lone surrogates): shown as U+FFFD."""


def markup_text(value: object) -> str:
    """``value`` as text safe in HTML and XML (SVG): escaped, forbidden characters replaced.

    >>> markup_text('<a href="x">\x1b</a>')
    '&lt;a href=&quot;x&quot;&gt;\ufffd&lt;/a&gt;'
    """
    return _NOT_XML.sub("\ufffd", escape(str(value), quote=True))


def html_table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], *, caption: str = ""
) -> str:
    """The rows of :func:`table` as an HTML ``<table>``, every cell shown by :func:`cell`, escaped.

    >>> print(html_table(["a", "b"], [[1, "<x>"]], caption="demo"))
    <table>
    <caption>demo</caption>
    <thead><tr><th>a</th><th>b</th></tr></thead>
    <tbody>
    <tr><td>1</td><td>&lt;x&gt;</td></tr>
    </tbody>
    </table>
    """
    head = "".join(f"<th>{markup_text(heading(str(h)))}</th>" for h in headers)
    body = [
        "<tr>" + "".join(f"<td>{markup_text(cell(c))}</td>" for c in row) + "</tr>" for row in rows
    ]
    lines = ["<table>"]
    if caption:
        lines.append(f"<caption>{markup_text(caption)}</caption>")
    lines += [f"<thead><tr>{head}</tr></thead>", "<tbody>", *body, "</tbody>", "</table>"]
    return "\n".join(lines)


def truncated_rows(
    rows: Sequence[Sequence[object]], max_rows: int | None
) -> tuple[list[Sequence[object]], int]:
    """``rows`` cut as pandas cuts a long frame: first and last rows around one "…" row.

    ``max_rows`` is the display's own limit: a ``display(max_rows=...)`` option
    in force replaces it (:func:`~socialkit._core.display.display_rows`).
    Returns the rows to show and how many were left out (0: all shown).

    >>> truncated_rows([[i] for i in range(7)], 4)
    ([[0], [1], ['…'], [5], [6]], 3)
    """
    if max_rows is not None:
        max_rows = display_rows(max_rows)
    if max_rows is None or len(rows) <= max_rows:
        return list(rows), 0
    head = max((max_rows + 1) // 2, 1)
    tail = max(max_rows - head, 0)
    width = len(rows[0]) if rows else 1
    gap: Sequence[object] = ["…"] * width
    shown = [*rows[:head], gap, *(rows[len(rows) - tail :] if tail else [])]
    return shown, len(rows) - head - tail


def as_float(value: object) -> float:
    """A number as a ``float`` for display and pandas (``None`` is NaN; too large is inf).

    >>> as_float(Fraction(1, 4)), as_float(None), as_float(10**400)
    (0.25, nan, inf)
    """
    if value is None:
        return math.nan
    try:
        return float(value)  # type: ignore[arg-type]  # any real number
    except OverflowError:
        return math.inf if value > 0 else -math.inf  # type: ignore[operator]
    except (TypeError, ValueError):
        return math.nan


def missing_package(what: str, module: str, install: str) -> str:
    """The message for an optional package that is not installed: what needs it, what to run.

    ``install`` is what ``pip`` installs: the package's own name on the public
    registry, never one of socialkit's extras (the name ``socialkit`` there belongs
    to another project).

    >>> print(missing_package("socialkit.dask", "dask", "'dask[dataframe]' distributed"))
    socialkit.dask needs the optional 'dask' package, which is not installed: install it (python -m pip install 'dask[dataframe]' distributed) in this environment
    """
    return tr(
        "{what} needs the optional {module!r} package, which is not installed: "
        "install it (python -m pip install {install}) in this environment",
        what=what,
        module=module,
        install=install,
    )


def pandas_module(what: str) -> Any:
    """The ``pandas`` module, or a :class:`~socialkit.errors.SocialkitError` naming the package.

    pandas is an optional extra, imported only here, when ``what`` (e.g.
    ``"History.to_dataframe"``) needs it.
    """
    try:
        import pandas as pd
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise SocialkitError(missing_package(what, "pandas", "pandas")) from error
    return pd


def dataframe(
    what: str, columns: Sequence[tuple[str, str | None]], rows: Iterable[Sequence[object]]
) -> pandas.DataFrame:
    """A DataFrame of ``rows`` with one pandas dtype per column (``None``: inferred).

    ``columns`` pairs each column name with its dtype (``"string"``, ``"Int64"``,
    ``"float64"``, ``"boolean"``, ``"category"``...), so an empty result has the
    same columns and dtypes as a full one.

    A DataFrame is data, not display: its cells keep the raw machine values
    (an enum's English value, a real bool), whatever the language, so code
    that filters or joins on them works the same in every language; only
    :func:`table` and :func:`html_table` translate.

    >>> frame = dataframe("demo", [("name", "string"), ("share", "float64")], [("a", 0.5)])
    >>> [str(t) for t in frame.dtypes]
    ['string', 'float64']
    """
    pd = pandas_module(what)
    data = list(zip(*rows, strict=True)) or [() for _ in columns]
    frame: pandas.DataFrame = pd.DataFrame(
        {
            name: pd.Series(list(values), dtype=dtype)
            for (name, dtype), values in zip(columns, data, strict=True)
        }
    )
    return frame


def html_block(*parts: str) -> str:
    """The pieces of one display (tables, pictures, notes) in a single ``<div>``.

    >>> html_block(html_note("a < b"), "<svg/>")
    '<div class="socialkit">\\n<p>a &lt; b</p>\\n<svg/>\\n</div>'
    """
    return "\n".join(['<div class="socialkit">', *(p for p in parts if p), "</div>"])


def html_note(text: str) -> str:
    """A line of prose (a verdict, a caveat) as an escaped ``<p>``."""
    return f"<p>{markup_text(text)}</p>" if text else ""


REPR_LIMIT = 200
"""How long the detail of a short ``__repr__`` may get before it is cut with "…"."""


def short_repr(name: str, detail: str) -> str:
    """A short ``<Name detail>`` repr, cut at :data:`REPR_LIMIT` characters.

    >>> len(short_repr("Review", "x" * 300)), short_repr("Review", "x" * 300)[-3:]
    (209, 'x…>')
    """
    if len(detail) > REPR_LIMIT:
        detail = detail[: REPR_LIMIT - 1] + "…"
    return f"<{name} {detail}>"


def html_long_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    caption: str = "",
    max_rows: int,
) -> str:
    """:func:`html_table` of ``rows`` cut as pandas cuts (:func:`truncated_rows`), with a note.

    For a result whose rows may run long: the notebook shows the first and last
    rows around a "…" row, then says how many were left out (``str()`` and
    ``to_dataframe()`` keep them all). A ``display(max_rows=...)`` option in
    force replaces ``max_rows``.

    >>> html = html_long_table(["n"], [[i] for i in range(30)], max_rows=4)
    >>> html.count("<tr>"), "26 more rows (of 30)" in html
    (6, True)
    """
    shown, hidden = truncated_rows(rows, max_rows)
    note = (
        tr(
            "… {hidden} more rows (of {total}): str() and to_dataframe() have them all",
            hidden=hidden,
            total=len(rows),
        )
        if hidden
        else ""
    )
    return html_block(html_table(headers, shown, caption=caption), html_note(note))


def html_readable(html: str) -> str:
    """``html`` in a ``<div>`` of a readable width, so long prose cells wrap, not the page's.

    For tables whose cells are sentences (reasons, messages): a browser widens
    such a table to the window's edge; 60em keeps its lines readable.

    >>> html_readable("<table/>")
    '<div style="max-width:60em"><table/></div>'
    """
    return f'<div style="max-width:60em">{html}</div>'
