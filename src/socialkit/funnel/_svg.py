"""An inline SVG funnel chart, with no plotting dependency.

Text and outlines use ``currentColor``, so the chart takes the notebook's text
colour in light and dark themes; bars are semi-transparent stage colours that
stay readable on either background. Every label is XML-escaped. Funnels whose
volumes span more than 20 to 1 (600, 90, 18) draw their bars on a log scale, and
say so under the chart, so the narrow end stays readable.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

from socialkit._core import numbers as num
from socialkit._core.i18n import N_, label, translate
from socialkit._core.svg import THEMES, esc, theme_of
from socialkit.funnel._stages import FunnelStage

if TYPE_CHECKING:
    from socialkit.funnel._model import Funnel

__all__ = ["funnel_svg"]

_STAGE_COLOURS = {
    FunnelStage.TOFU: "#4e79a7",
    FunnelStage.MOFU: "#f28e2b",
    FunnelStage.BOFU: "#59a14f",
    FunnelStage.RETENTION: "#b07aa1",
}
_WIDTH, _LABELS, _BARS = 580, 200, 370
_ROW, _GAP, _MIN_SHARE = 36, 22, 0.03
_CHAR_WIDTH = 8  # a generous average glyph width at font-size 13


_LOG_SPAN = 20
"""Above this ratio between the top and the smallest non-zero volume, bars use a log scale."""
_LOG_NOTE = N_("bar widths on a log scale (log of 1 + volume)")
_TITLE = N_("Funnel")


def _log1p10(value: num.Number) -> float:
    """``log10(1 + value)``, exact enough for any size (huge ints and fractions do not overflow)."""
    exact = Fraction(value)
    return math.log10(exact.numerator + exact.denominator) - math.log10(exact.denominator)


def _log_scale(volumes: Sequence[num.Number]) -> bool:
    """True when the volumes span more than :data:`_LOG_SPAN`: a linear scale would hide the tail."""
    positive = [v for v in volumes if v > 0]
    return bool(positive) and num.ratio(max(positive), min(positive)) > _LOG_SPAN


def _bar_share(volume: num.Number, top: num.Number, *, log: bool = False) -> float:
    """The bar's share of the full width: linear, or ``log(1 + v) / log(1 + top)``."""
    if not top:
        share = 0.0
    elif log:
        share = _log1p10(volume) / _log1p10(top)
    else:
        share = float(num.ratio(volume, top))  # exact first: huge ints overflow floats
    return max(share, _MIN_SHARE)


def _volume_label(text: str, centre: float, width: float, y: int) -> str:
    """The volume inside its bar, or just right of it when the bar is too narrow."""
    fits = width >= _CHAR_WIDTH * len(text) + 12
    x, anchor = (centre, "middle") if fits else (centre + width / 2 + 6, "start")
    return (
        f'<text x="{x:.1f}" y="{y + 23}" text-anchor="{anchor}" fill="currentColor">'
        f"{esc(text)}</text>"
    )


def funnel_svg(funnel: Funnel, *, theme: str = "auto") -> str:
    """Render ``funnel`` as a standalone ``<svg>`` element (a string), in ``theme``."""
    style = THEMES[theme_of(theme)]
    volumes = funnel._volumes()  # exact: charts compute with them
    log = _log_scale(volumes)
    head = 28 if funnel.title else 6
    foot = 22 if log else 0
    height = head + len(funnel.steps) * (_ROW + _GAP) - _GAP + 8 + foot
    centre = _LABELS + _BARS / 2
    summary = ", ".join(
        f"{translate(s.name)} {num.show(v)}" for s, v in zip(funnel, volumes, strict=True)
    )
    title = translate(funnel.title) if funnel.title else ""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{_WIDTH}" '
        f'height="{height}" viewBox="0 0 {_WIDTH} {height}" '
        'font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="13" '
        f'aria-label="{esc(translate(_TITLE) + ": " + summary)}"'
        + (f' style="{style}"' if style else "")
        + ">",
        f"<title>{esc(title or translate(_TITLE))}: {esc(summary)}</title>",
    ]
    if title:
        parts.append(
            f'<text x="8" y="18" font-weight="bold" fill="currentColor">{esc(title)}</text>'
        )
    for i, step in enumerate(funnel.steps):
        volume = volumes[i]
        y = head + i * (_ROW + _GAP)
        width = _bar_share(volume, volumes[0], log=log) * _BARS
        colour = _STAGE_COLOURS.get(step.stage, "currentColor") if step.stage else "currentColor"
        opacity = "0.45" if step.stage else "0.2"
        parts += [
            f'<rect x="{centre - width / 2:.1f}" y="{y}" width="{width:.1f}" height="{_ROW}" '
            f'rx="4" fill="{colour}" fill-opacity="{opacity}" stroke="currentColor" '
            'stroke-opacity="0.35"/>',
            f'<text x="8" y="{y + 15}" font-weight="bold" fill="currentColor">'
            f"{esc(translate(step.name))}</text>",
            _volume_label(num.show(volume), centre, width, y),
        ]
        if step.stage is not None:
            parts.append(
                f'<text x="8" y="{y + 30}" font-size="11" fill="currentColor" '
                f'fill-opacity="0.7">{esc(label(step.stage).upper())} · {esc(translate(step.stage.goal))}</text>'
            )
        if step.rate is not None:
            parts.append(
                f'<text x="{centre:.1f}" y="{y - 6}" text-anchor="middle" font-size="11" '
                f'fill="currentColor" fill-opacity="0.75">↓ {esc(num.percent(step.rate))}</text>'
            )
    if log:
        parts.append(
            f'<text x="8" y="{height - 8}" font-size="11" fill="currentColor" '
            f'fill-opacity="0.7">{esc(translate(_LOG_NOTE))}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)
