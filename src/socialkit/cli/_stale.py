"""Stale evidence on the command line: one ``socialkit: warning:`` line on stderr per warning.

Every command that uses platform data (``platform``, ``platforms``, ``check``,
``plan``) calls :func:`warn_if_stale` with the platforms it used, so the user sees
on stderr when socialkit's data for a platform was last verified long ago, or
when facts rest on an old source (:func:`~socialkit.platforms.warn_stale`).
Stdout (text or JSON) is left as it is, and the exit code does not change:
stale data is still usable. The CLI is the edge, so it passes today's date.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterable
from datetime import date

from socialkit._core.i18n import tr
from socialkit.errors import StaleDataWarning
from socialkit.platforms._freshness import warn_stale
from socialkit.platforms._model import Platform

__all__ = ["warn_if_stale"]


def warn_if_stale(platforms: Iterable[Platform], today: date | None = None) -> tuple[str, ...]:
    """Print one warning line on stderr per stale platform or old source; return the lines.

    Each platform is looked at once, in order; ``today`` defaults to the
    machine's date (only here: the library never reads the clock).
    """
    day = date.today() if today is None else today
    seen: set[str] = set()
    lines: list[str] = []
    for platform in platforms:
        if platform.slug in seen:
            continue
        seen.add(platform.slug)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", StaleDataWarning)
            warn_stale(platform, day)
        for warning in caught:
            if issubclass(warning.category, StaleDataWarning):
                lines.append(tr("socialkit: warning: {warning}", warning=warning.message))
    for line in lines:
        print(line, file=sys.stderr)
    return tuple(lines)
