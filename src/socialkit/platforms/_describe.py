"""Platforms described for people: a text table, a text page and a Markdown page.

One place turns sourced facts into something people read, so the CLI and the
generated docs reference can never disagree. The texts a platform holds as data
(its description, each signal's, each guidance note) are shown through
:func:`~socialkit._core.i18n.translate`, so they read in the current language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from socialkit._core.i18n import H_, heading, label, tr, translate
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
        parts.append(tr("{low}-{high} per {period}", low=low, high=high, period=label(g.per)))
    if g.min_gap is not None:
        parts.append(tr("gap >= {gap}", gap=in_hours(g.min_gap)))
    return ", ".join(parts)


def _cite(source: Source) -> str:
    return f"{source.title} [{label(source.confidence)}]"


def _when(fact: Fact) -> str:
    if fact.since is None and fact.until is None:
        return ""
    return tr(
        " (from {since} to {until})", since=fact.since or "...", until=fact.until or tr("now")
    )


def platforms_table(items: Iterable[Platform]) -> str:
    """One line per platform: slug, name, family, main text limit, signal counts."""
    rows = []
    for p in items:
        field = p.limits.body_field
        limits = p.limits.text_limits(field)
        limit = " / ".join(f"{t.maximum} {label(t.unit)}" for t in limits) or "-"
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
            f"{t.field}{f' ({t.tier})' if t.tier else ''}: {t.maximum} {label(t.unit)}"
            f"{tr(', URLs count {length}', length=t.url_length) if t.url_length else ''}"
            f"{_when(t)} -- {_cite(t.source)}"
            for t in p.limits.text
        ]
        + [
            f"{tr('max {maximum}', maximum=c.maximum)} {label(c.kind)}"
            f"{f' ({c.tier})' if c.tier else ''}{_when(c)} -- "
            f"{_cite(c.source)}"
            for c in p.limits.counts
        ]
        + [_media_line(m) for m in p.limits.media]
    )
    signals = [
        f"{'+' if s.effect == 'boost' else '-'} {s.id}"
        f"{tr(' (weight {weight})', weight=f'{s.weight:g}') if s.weight is not None else ''}"
        f": {translate(s.description)}"
        f"{_when(s)} -- {_cite(s.source)}"
        for s in p.signals
    ]
    frequency = [
        f"{'* ' if g.recommended else ''}{g.surface}: {_range(g)}"
        f"{f' ({translate(g.note)})' if g.note else ''} -- {_cite(g.source)}"
        for g in p.frequency
    ]
    windows = [f"{w.label()} -- {'; '.join(map(_cite, w.sources))}" for w in p.best_times]
    sources = [
        f"{_cite(s)}{f' {s.url}' if s.url else ''}{f' -- {s.note}' if s.note else ''}"
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
        low, high = m.min_duration or "0", m.max_duration or "?"
        bits.append(tr("duration {low}-{high}", low=low, high=high))
    if m.max_bytes:
        bits.append(tr("max {size} bytes", size=f"{m.max_bytes:,}"))
    if m.recommended_width and m.recommended_height:
        size = f"{m.recommended_width}x{m.recommended_height}"
        bits.append(tr("recommended {size}", size=size))
    if m.min_aspect or m.max_aspect:
        low, high = m.min_aspect or "?", m.max_aspect or "?"
        bits.append(tr("aspect {low} to {high}", low=low, high=high))
    tier = f" ({m.tier})" if m.tier else ""
    shown = ", ".join(bits) or tr("accepted")
    return f"{label(m.kind)}{tier}: {shown}{_when(m)} -- {_cite(m.source)}"


def _head(p: Platform) -> list[str]:
    """The platform's first lines: name, family and date, its description and aliases."""
    head = tr(
        "{name} ({slug}) -- {family}; data verified on {verified}",
        name=p.name,
        slug=p.slug,
        family=label(p.family),
        verified=p.verified_on,
    )
    lines = [head, translate(p.description)] if p.description else [head]
    if p.aliases:
        lines.append(tr("aliases: {aliases}", aliases=", ".join(p.aliases)))
    return lines


def platform_text(p: Platform) -> str:
    """Everything known about one platform, for the terminal (and ``str(platform)``)."""
    lines = _head(p)
    for title, items in _sections(p):
        lines += ["", tr("{title}:", title=heading(title))]
        lines += [f"  {item}" for item in items or [tr("(none recorded)")]]
    return "\n".join(lines)


def platform_html(p: Platform) -> str:
    """The lines of :func:`platform_text` as HTML: one escaped list per section (notebooks)."""
    parts = [html_note(line) for line in _head(p)]
    for title, items in _sections(p):
        entries = "".join(f"<li>{markup_text(i)}</li>" for i in items or [tr("(none recorded)")])
        parts.append(  # prose wraps at a readable width, never to the window's edge
            f'<p><b>{markup_text(heading(title))}</b></p><ul style="max-width:60em">{entries}</ul>'
        )
    return html_block(*parts)


def platform_markdown(p: Platform) -> str:
    """One platform as a Markdown section (used by the generated docs reference)."""
    lines = [f"## {p.name}", "", f"`{p.slug}` -- {p.family}; data verified on {p.verified_on}."]
    if p.description:
        lines += ["", translate(p.description)]
    if p.aliases:
        lines += ["", "Aliases: " + ", ".join(f"`{a}`" for a in p.aliases) + "."]
    for title, items in _sections(p):
        lines += ["", f"### {heading(title)}", ""]
        lines += [f"- {_md_escape(item)}" for item in items] or ["- (none recorded)"]
    return "\n".join(lines) + "\n"


def _md_escape(text: str) -> str:
    return text.replace("*", r"\*").replace("_", r"\_").replace("<", "&lt;")
