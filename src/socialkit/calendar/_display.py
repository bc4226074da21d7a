"""How a calendar shows itself: a week-by-platform HTML grid and a text table.

Display, not a file format, so it lives beside the value; it reads a
:class:`ContentCalendar` through its public queries only.
"""

from __future__ import annotations

import html
from datetime import timedelta
from typing import TYPE_CHECKING

from socialkit._core.table import table
from socialkit._core.time import clock, weekday_name
from socialkit.calendar._kinds import ItemKind
from socialkit.frequency._rules import period_key
from socialkit.platforms._model import Period

if TYPE_CHECKING:
    from socialkit.calendar._model import ContentCalendar

__all__ = ["calendar_html", "calendar_text"]

_CELL = "border:1px solid rgba(127,127,127,.45);padding:4px 6px;vertical-align:top;text-align:left"


def calendar_html(cal: ContentCalendar) -> str:
    """A week-by-platform grid: one row per ISO week, one column per platform.

    Colours are inherited (no fixed background), so it reads in light and dark
    notebook themes; all text is escaped.
    """
    platforms = cal.platforms
    weeks = cal.by_week()
    head = "".join(f'<th style="{_CELL}">{html.escape(p)}</th>' for p in platforms)
    rows = []
    for monday in cal.weeks():
        key = period_key(monday, Period.WEEK)
        cells = []
        for p in platforms:
            lines = []
            for item in weeks.get(key, ()):
                if item.platform != p or item.kind is ItemKind.INTERACTION:
                    continue
                local = item.start.astimezone(cal.tz)
                label = item.category or item.title
                lines.append(
                    f"{weekday_name(local.weekday())} {clock(local.time())} "
                    f"{html.escape(label)}{' ★' if item.kind is ItemKind.EVENT else ''}"
                )
            cells.append(f'<td style="{_CELL}">{"<br>".join(lines) or "&ndash;"}</td>')
        rows.append(
            f'<tr><th style="{_CELL}">{key}<br><small>{monday:%d %b}</small></th>{"".join(cells)}</tr>'
        )
    issues = "".join(f"<li>{html.escape(str(i))}</li>" for i in cal.issues)
    caption = (
        f"Content calendar {cal.start} to {cal.end} ({html.escape(cal.tz.key)}); "
        f"★ fixed event; {len(cal.posts())} posts"
    )
    return (
        f'<table style="border-collapse:collapse;color:inherit"><caption>{caption}</caption>'
        f'<thead><tr><th style="{_CELL}">week</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
        + (f"<p>Unmet constraints:</p><ul>{issues}</ul>" if issues else "")
    )


def calendar_text(cal: ContentCalendar, *, interaction: bool = True) -> str:
    """A plain-text table of the items, then the planning issues.

    ``interaction=False`` leaves the interaction blocks out of the table and
    counts them in one line instead.
    """
    rows = []
    shown = [i for i in cal.items if interaction or i.kind is not ItemKind.INTERACTION]
    for item in shown:
        local = item.start.astimezone(cal.tz)
        rows.append(
            (
                period_key(local.date(), Period.WEEK),
                item.platform,
                f"{local:%Y-%m-%d %H:%M}",
                item.kind,
                item.title,
                item.category or "-",
                item.stage or "-",
            )
        )
    text = table(["week", "platform", "local start", "kind", "title", "category", "stage"], rows)
    if not interaction:
        blocks = cal.filter(kind=ItemKind.INTERACTION).items
        hours = sum((b.duration for b in blocks), timedelta()).total_seconds() / 3600
        text += (
            f"\n\n{len(blocks)} interaction blocks reserved ({hours:.1f} h to answer and engage)"
        )
    if cal.issues:
        text += "\n\nUnmet constraints:\n" + "\n".join(f"  {i}" for i in cal.issues)
    return text
