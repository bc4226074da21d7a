"""Display options for every truncating display (calendars, batches, long tables).

Each long display has its own row limit (a calendar 12 weeks, a batch 10
posts, a long table 20 rows). ``max_rows`` set here replaces all of them at
once: process-wide with :func:`set_display`, or for one ``with display(...)``
block only, in a :class:`contextvars.ContextVar`, so threads and asyncio tasks
keep their own (as :func:`~socialkit._core.i18n.language` does for the
language). ``None`` means each display's own limit. A limit passed to one
call (``month_view(max_rows=5)``) still wins.

>>> display_rows(12)
12
>>> with display(max_rows=4) as options:
...     options.max_rows, display_rows(12)
(4, 4)
>>> display_rows(12)
12
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager

import attrs

from socialkit._core import numbers as num
from socialkit._core.fields import frozen

__all__ = ["DisplayOptions", "display", "display_rows", "get_display", "set_display"]

MAX_ROWS_LIMIT = 1_000_000
"""The largest ``max_rows`` accepted: a display is for people to read."""


def _max_rows(value: object) -> int | None:
    """Converter: ``None`` (each display's own limit) or a whole number of rows >= 1."""
    if value is None:
        return None
    return num.integer(value, "display(max_rows)", minimum=1, maximum=MAX_ROWS_LIMIT)


@frozen(kw_only=True)
class DisplayOptions:
    """How displays show long results: ``max_rows`` (``None``: each display's own limit).

    >>> DisplayOptions(max_rows=0)
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: display(max_rows): got 0; expected an integer between 1 and 1,000,000
    """

    max_rows: int | None = attrs.field(default=None, converter=_max_rows)


_DEFAULT = [DisplayOptions()]
"""The process-wide options (a one-item list: :func:`set_display` changes it)."""

_SCOPED: contextvars.ContextVar[DisplayOptions | None] = contextvars.ContextVar(
    "socialkit_display", default=None
)
"""The options of the current ``with display(...)`` block, if any (per thread and task)."""


def get_display() -> DisplayOptions:
    """The display options in force: the ``with`` block's, else the process-wide ones.

    >>> get_display()
    DisplayOptions(max_rows=None)
    """
    return _SCOPED.get() or _DEFAULT[0]


def set_display(*, max_rows: int | None = None) -> DisplayOptions:
    """Set the process-wide display options; returns the previous ones.

    Threads and tasks inside a ``with display(...)`` block keep theirs.

    >>> previous = set_display(max_rows=6)
    >>> get_display().max_rows, previous.max_rows
    (6, None)
    >>> _ = set_display(max_rows=previous.max_rows)
    """
    options = DisplayOptions(max_rows=max_rows)
    previous, _DEFAULT[0] = _DEFAULT[0], options
    return previous


@contextmanager
def display(*, max_rows: int | None = None) -> Iterator[DisplayOptions]:
    """A ``with`` block whose displays use these options; only this thread or task sees it."""
    token = _SCOPED.set(DisplayOptions(max_rows=max_rows))
    try:
        yield _SCOPED.get() or _DEFAULT[0]
    finally:
        _SCOPED.reset(token)


def display_rows(default: int) -> int:
    """The row limit of a display whose own limit is ``default``: the option, if set, wins."""
    chosen = get_display().max_rows
    return default if chosen is None else chosen
