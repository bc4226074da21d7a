"""How a calendar shows itself: a month view, a week-by-platform HTML grid and a text table.

Display, not a file format, so it lives beside the value; it reads a
:class:`ContentCalendar` through its public queries only. Long calendars are
truncated as pandas truncates a long frame: the first and last rows around a
"…" row that says how many were left out (``max_rows``).
"""

from __future__ import annotations

import calendar as _gregorian
from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING

from socialkit._core import numbers as num
from socialkit._core import svg
from socialkit._core.display import display_rows
from socialkit._core.i18n import H_, heading, tr
from socialkit._core.table import short_repr, table
from socialkit._core.time import clock, month_label, weekday_label
from socialkit.calendar._kinds import ItemKind
from socialkit.frequency._rules import period_key
from socialkit.platforms._model import Period

if TYPE_CHECKING:
    from socialkit.calendar._model import CalendarItem, ContentCalendar

__all__ = ["MAX_ROWS", "calendar_html", "calendar_repr", "calendar_text", "month_svg"]

MAX_ROWS = 12
"""Rows (weeks in the grid, month × platform rows in the month view) shown before truncating."""

_CELL = "border:1px solid rgba(127,127,127,.45);padding:4px 6px;vertical-align:top;text-align:left"


def calendar_html(cal: ContentCalendar) -> str:
    """A week-by-platform grid: one row per ISO week, one column per platform.

    Colours are inherited (no fixed background), so it reads in light and dark
    notebook themes; all text is escaped.
    """
    platforms = cal.platforms
    weeks = cal.by_week()
    head = "".join(f'<th style="{_CELL}">{svg.esc(p)}</th>' for p in platforms)
    rows = []
    mondays, last, hidden = svg.truncated(cal.weeks(), display_rows(MAX_ROWS))
    for monday in [*mondays, None, *last] if hidden else mondays:
        if monday is None:
            rows.append(
                f'<tr><th style="{_CELL}">…</th><td style="{_CELL}" '
                f'colspan="{max(len(platforms), 1)}">'
                f"{svg.esc(tr('… {hidden} more weeks …', hidden=hidden))}</td></tr>"
            )
            continue
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
                    f"{weekday_label(local.weekday())} {clock(local.time())} "
                    f"{svg.esc(label)}{' ★' if item.kind is ItemKind.EVENT else ''}"
                )
            cells.append(f'<td style="{_CELL}">{"<br/>".join(lines) or "–"}</td>')
        rows.append(
            f'<tr><th style="{_CELL}">{key}<br/><small>{monday.day:02d} '
            f"{month_label(monday, year=False)}</small></th>{''.join(cells)}</tr>"
        )
    issues = "".join(f"<li>{svg.esc(str(i))}</li>" for i in cal.issues)
    caption = svg.esc(
        tr(
            "Content calendar {start} to {end} ({zone}); ★ fixed event; {posts} posts",
            start=cal.start,
            end=cal.end,
            zone=cal.tz.key,
            posts=len(cal.posts()),
        )
        + (
            tr("; {weeks} weeks, {hidden} not shown", weeks=len(cal.weeks()), hidden=hidden)
            if hidden
            else ""
        )
    )
    return (
        '<div class="socialkit">'
        f'<table style="border-collapse:collapse;color:inherit"><caption>{caption}</caption>'
        f'<thead><tr><th style="{_CELL}">{svg.esc(heading("week"))}</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
        + (  # prose wraps at a readable width, never to the window's edge
            f'<p>{svg.esc(tr("Unmet constraints:"))}</p><ul style="max-width:60em">{issues}</ul>'
            if issues
            else ""
        )
        + month_svg(cal)
        + "</div>"
    )


def calendar_repr(cal: ContentCalendar) -> str:
    """A short repr: the range, the zone and the counts."""
    return short_repr(
        "ContentCalendar",
        f"{cal.start}..{cal.end} {cal.tz.key}: {len(cal.posts())} posts on "
        f"{len(cal.platforms)} platforms, {len(cal.issues)} issues",
    )


_DAY, _ROW, _LABEL = 22, 22, 112


def month_svg(cal: ContentCalendar, *, theme: str = "auto", max_rows: int | None = None) -> str:
    """The calendar as an SVG month view: days as columns, a row per month and platform.

    Each post is a square in its day, coloured by pillar (its ``category``, else
    its title), with the legend below; fixed events are outlined in bold and
    interaction blocks are left out. More than ``max_rows`` rows are truncated
    as pandas truncates (first and last rows around "… n more rows"); without
    it, the ``display(max_rows=...)`` option's, else :data:`MAX_ROWS`.
    ``theme`` is ``"auto"`` (the page's colours), ``"light"`` or ``"dark"``.

    >>> import socialkit
    >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris"),
    ...                      start=date(2026, 11, 23), end=date(2026, 12, 7))
    >>> view = month_svg(cal)
    >>> view.startswith("<svg"), "November 2026" in view, "December 2026" in view
    (True, True, True)
    """
    theme = svg.theme_of(theme, "month_view(theme)")
    max_rows = num.integer(
        display_rows(MAX_ROWS) if max_rows is None else max_rows, "month_view(max_rows)", minimum=1
    )
    posts = [i for i in cal.items if i.kind is not ItemKind.INTERACTION]
    pillars = sorted({i.category or i.title for i in posts})
    colours = {name: svg.colour(n) for n, name in enumerate(pillars)}
    cells: dict[tuple[date, str], list[CalendarItem]] = defaultdict(list)
    for item in posts:
        day = item.start.astimezone(cal.tz).date()
        cells[(day.replace(day=1), item.platform)].append(item)
    months = _months(cal.start, cal.end)
    rows = [(m, p) for m in months for p in cal.platforms or ("-",)]
    head, tail, hidden = svg.truncated(rows, max_rows)
    shown: list[tuple[date, str] | None] = [*head, None, *tail] if hidden else [*head]
    parts = [
        svg.text(
            8,
            16,
            tr(
                "Content calendar {start} to {end} ({zone})",
                start=cal.start,
                end=cal.end,
                zone=cal.tz.key,
            ),
            bold=True,
        )
    ]
    for d in range(31):
        parts.append(svg.text(_LABEL + d * _DAY + _DAY / 2, 34, d + 1, anchor="middle", size=10))
    y = 42.0
    previous: date | None = None
    by_day: dict[tuple[date, str, int], list[CalendarItem]] = defaultdict(list)
    for (month, platform), items in cells.items():
        for item in items:
            by_day[(month, platform, item.start.astimezone(cal.tz).day)].append(item)
    for row in shown:
        if row is None:
            parts.append(
                svg.text(
                    8,
                    y + 15,
                    tr("… {hidden} more rows (of {count}) …", hidden=hidden, count=len(rows)),
                    opacity=0.7,
                )
            )
            y += _ROW
            previous = None
            continue
        month, platform = row
        if month != previous:
            parts.append(svg.text(8, y + 12, month_label(month), bold=True, size=11))
            y += 16
            previous = month
        parts.append(svg.text(_LABEL - 6, y + 15, platform, anchor="end", size=11))
        length = _gregorian.monthrange(month.year, month.month)[1]
        for d in range(1, length + 1):
            day = month.replace(day=d)
            x = _LABEL + (d - 1) * _DAY
            inside = cal.start <= day < cal.end
            weekend = day.weekday() >= 5
            parts.append(
                svg.rect(
                    x + 1,
                    y + 1,
                    _DAY - 2,
                    _ROW - 2,
                    opacity=0.10 if weekend else 0.04,
                    outline=inside,
                    tip=f"{weekday_label(day.weekday())} {day}",
                )
            )
            items = by_day.get((month, platform, d), [])
            for k, item in enumerate(items[:3]):
                label = item.category or item.title
                local = item.start.astimezone(cal.tz)
                parts.append(
                    svg.rect(
                        x + 3 + k * 5,
                        y + 4 + k * 4,
                        _DAY - 12,
                        _ROW - 12,
                        fill=colours[label],
                        opacity=0.85,
                        outline=item.kind is ItemKind.EVENT,
                        tip=(
                            f"{weekday_label(local.weekday())} {local.day:02d} "
                            f"{month_label(local, year=False)} {clock(local.time())} "
                            f"{platform}: {item.title} ({label})"
                        ),
                    )
                )
            if len(items) > 3:
                parts.append(
                    svg.text(x + _DAY - 2, y + _ROW - 3, f"+{len(items) - 3}", anchor="end", size=8)
                )
        y += _ROW
    y += 8
    legend_x = 8.0
    for name in pillars[:12]:
        width = len(name) * svg.CHAR_WIDTH * 0.9 + 24
        if legend_x + width > _LABEL + 31 * _DAY:
            legend_x = 8.0
            y += 18
        parts += [
            svg.rect(legend_x, y, 12, 12, fill=colours[name], opacity=0.85, outline=False),
            svg.text(legend_x + 16, y + 10, name, size=11),
        ]
        legend_x += width
    if len(pillars) > 12:
        parts.append(
            svg.text(
                legend_x,
                y + 10,
                tr("… {count} more", count=len(pillars) - 12),
                size=11,
                opacity=0.7,
            )
        )
    height = y + 22
    return svg.document(
        _LABEL + 31 * _DAY + 8,
        height,
        parts,
        label=tr("Content calendar month view: {posts} posts", posts=len(posts)),
        theme=theme,
    )


def _months(start: date, end: date) -> list[date]:
    """The first day of every month that ``[start, end)`` touches."""
    months = []
    month = start.replace(day=1)
    while month < end:
        months.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return months or [month]


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
    text = table(
        [
            H_("week"),
            H_("platform"),
            H_("local start"),
            H_("kind"),
            H_("title"),
            H_("category"),
            H_("stage"),
        ],
        rows,
    )
    if not interaction:
        blocks = cal.filter(kind=ItemKind.INTERACTION).items
        hours = sum((b.duration for b in blocks), timedelta()).total_seconds() / 3600
        text += "\n\n" + tr(
            "{count} interaction blocks reserved ({hours} h to answer and engage)",
            count=len(blocks),
            hours=f"{hours:.1f}",
        )
    if cal.issues:
        text += "\n\n" + tr("Unmet constraints:") + "\n" + "\n".join(f"  {i}" for i in cal.issues)
    return text
