"""Public display functions of a calendar that check their argument's type.

:mod:`socialkit.calendar._display` draws; it cannot import
:class:`ContentCalendar` (the value imports its display), so the public entry
points that type-check a calendar live here, above both.
"""

from __future__ import annotations

from socialkit._core.i18n import N_
from socialkit.calendar._display import month_svg
from socialkit.calendar._model import ContentCalendar
from socialkit.errors import SocialkitTypeError

__all__ = ["month_view"]


def month_view(cal: ContentCalendar, *, theme: str = "auto", max_rows: int | None = None) -> str:
    """The calendar as an SVG month view: days as columns, a row per month and platform.

    Each post is a square in its day, coloured by pillar (its ``category``, else
    its title), with the legend below; fixed events are outlined and interaction
    blocks are left out. More than ``max_rows`` rows are truncated as pandas
    truncates (the first and last rows around "… n more rows"); the default is
    the ``socialkit.display(max_rows=...)`` option, else 12 (``MAX_ROWS``).
    ``theme`` is ``"auto"`` (the page's colours), ``"light"`` or ``"dark"``.
    A calendar shows this view under its week grid in a notebook.

    >>> from datetime import date
    >>> import socialkit
    >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris"),
    ...                      start=date(2026, 11, 23), end=date(2026, 12, 7))
    >>> view = month_view(cal, theme="light")
    >>> view.startswith("<svg"), "November 2026" in view, "December 2026" in view
    (True, True, True)
    """
    if not isinstance(cal, ContentCalendar):
        raise SocialkitTypeError("month_view(cal)", cal, expected=N_("a ContentCalendar"))
    return month_svg(cal, theme=theme, max_rows=max_rows)
