"""Platforms described for people: a text table, a text page and a Markdown page.

One place turns sourced facts into something people read, so the CLI and the
generated docs reference can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from socialkit._core.i18n import H_, heading
from socialkit._core.sources import Fact, Source
from socialkit._core.table import html_block, html_note, markup_text, table
from socialkit._core.time import in_hours

if TYPE_CHECKING:  # annotations only: _model imports this module to print a platform
    from socialkit.platforms._model import Platform, PostingGuidance

__all__ = ["platform_html", "platform_markdown", "platform_text", "platforms_table"]


def _range(g: PostingGuidance) -> str:
    parts = []
    if g.per is not None:
        low = "?" if g.minimum is None else g.minimum
        high = "?" if g.maximum is None else g.maximum
        parts.append(f"{low}-{high} per {g.per}")
    if g.min_gap is not None:
        parts.append(f"gap >= {in_hours(g.min_gap)}")
    return ", ".join(parts)


def _cite(source: Source) -> str:
    return f"{source.title} [{source.confidence}]"


def _when(fact: Fact) -> str:
    if fact.since is None and fact.until is None:
        return ""
    return f" (from {fact.since or '...'} to {fact.until or 'now'})"


def platforms_table(items: Iterable[Platform]) -> str:
    """One line per platform: slug, name, family, main text limit, signal counts."""
    rows = []
    for p in items:
        field = p.limits.body_field
        limits = p.limits.text_limits(field)
        limit = " / ".join(f"{t.maximum} {t.unit}" for t in limits) or "-"
        if limits and field != "post":
            limit += f" ({field})"
        rows.append(
            (p.slug, p.name, p.family, limit, len(p.boosts()), len(p.restrictions()), p.verified_on)
        )
    return table(
        [
            H_("slug"),
            H_("name"),
            H_("family"),
            H_("text limit"),
            H_("boosts"),
            H_("restricts"),
            H_("verified"),
        ],
        rows,
    )


def _sections(p: Platform) -> list[tuple[str, list[str]]]:
    limits = (
        [
            f"{t.field}{f' ({t.tier})' if t.tier else ''}: {t.maximum} {t.unit}"
            f"{f', URLs count {t.url_length}' if t.url_length else ''}{_when(t)} -- {_cite(t.source)}"
            for t in p.limits.text
        ]
        + [
            f"max {c.maximum} {c.kind}{f' ({c.tier})' if c.tier else ''}{_when(c)} -- "
            f"{_cite(c.source)}"
            for c in p.limits.counts
        ]
        + [_media_line(m) for m in p.limits.media]
    )
    signals = [
        f"{'+' if s.effect == 'boost' else '-'} {s.id}"
        f"{f' (weight {s.weight:g})' if s.weight is not None else ''}: {s.description}"
        f"{_when(s)} -- {_cite(s.source)}"
        for s in p.signals
    ]
    frequency = [
        f"{'* ' if g.recommended else ''}{g.surface}: {_range(g)}"
        f"{f' ({g.note})' if g.note else ''} -- {_cite(g.source)}"
        for g in p.frequency
    ]
    windows = [f"{w} -- {'; '.join(map(_cite, w.sources))}" for w in p.best_times]
    sources = [
        f"{s.title} [{s.confidence}]{f' {s.url}' if s.url else ''}"
        f"{f' -- {s.note}' if s.note else ''}"
        for s in p.sources
    ]
    return [
        (H_("Limits"), limits),
        (H_("Ranking signals"), signals),
        (H_("Posting frequency (* = planned with by default)"), frequency),
        (H_("Benchmark posting windows (local time)"), windows),
        (H_("Sources"), sources),
    ]


def _media_line(m: Any) -> str:
    bits = []
    if m.min_duration or m.max_duration:
        bits.append(f"duration {m.min_duration or '0'}-{m.max_duration or '?'}")
    if m.max_bytes:
        bits.append(f"max {m.max_bytes:,} bytes")
    if m.recommended_width and m.recommended_height:
        bits.append(f"recommended {m.recommended_width}x{m.recommended_height}")
    if m.min_aspect or m.max_aspect:
        bits.append(f"aspect {m.min_aspect or '?'} to {m.max_aspect or '?'}")
    tier = f" ({m.tier})" if m.tier else ""
    return f"{m.kind}{tier}: {', '.join(bits) or 'accepted'}{_when(m)} -- {_cite(m.source)}"


def _head(p: Platform) -> list[str]:
    """The platform's first lines: name, family and date, its description and aliases."""
    head = f"{p.name} ({p.slug}) -- {p.family}; data verified on {p.verified_on}"
    lines = [head, p.description] if p.description else [head]
    if p.aliases:
        lines.append(f"aliases: {', '.join(p.aliases)}")
    return lines


def platform_text(p: Platform) -> str:
    """Everything known about one platform, for the terminal (and ``str(platform)``)."""
    lines = _head(p)
    for title, items in _sections(p):
        lines += [
            "",
            heading(title) + ":",
            *(f"  {item}" for item in items or ["(none recorded)"]),
        ]
    return "\n".join(lines)


def platform_html(p: Platform) -> str:
    """The lines of :func:`platform_text` as HTML: one escaped list per section (notebooks)."""
    parts = [html_note(line) for line in _head(p)]
    for title, items in _sections(p):
        entries = "".join(f"<li>{markup_text(i)}</li>" for i in items or ["(none recorded)"])
        parts.append(  # prose wraps at a readable width, never to the window's edge
            f'<p><b>{markup_text(heading(title))}</b></p><ul style="max-width:60em">{entries}</ul>'
        )
    return html_block(*parts)


def platform_markdown(p: Platform) -> str:
    """One platform as a Markdown section (used by the generated docs reference)."""
    lines = [f"## {p.name}", "", f"`{p.slug}` -- {p.family}; data verified on {p.verified_on}."]
    if p.description:
        lines += ["", p.description]
    if p.aliases:
        lines += ["", "Aliases: " + ", ".join(f"`{a}`" for a in p.aliases) + "."]
    for title, items in _sections(p):
        lines += ["", f"### {title}", ""]
        lines += [f"- {_md_escape(item)}" for item in items] or ["- (none recorded)"]
    return "\n".join(lines) + "\n"


def _md_escape(text: str) -> str:
    return text.replace("*", r"\*").replace("_", r"\_").replace("<", "&lt;")
