"""Warn about old evidence: platform data last checked long ago, facts resting on old sources.

Platforms change their rules often. Two ages matter: when socialkit's data for a
platform was last verified (:attr:`Platform.verified_on <socialkit.Platform.verified_on>`)
and how old each fact's own source is (:meth:`Platform.stale_facts
<socialkit.Platform.stale_facts>`: a 2015 paper stays a 2015 paper, however recently
it was read). Stale data is still usable, so socialkit warns
(:class:`~socialkit.errors.StaleDataWarning`) instead of failing. You pass the date:
the library never reads the clock.
"""

from __future__ import annotations

import warnings
from datetime import date, timedelta

from socialkit._core.i18n import tr
from socialkit._core.sources import SOURCE_MAX_AGE, Fact, Source
from socialkit.errors import SocialkitTypeError, StaleDataWarning
from socialkit.platforms._model import Platform
from socialkit.platforms._registry import platform_of

__all__ = ["DATA_MAX_AGE", "warn_stale"]

DATA_MAX_AGE = timedelta(days=365)
"""How long platform data may go unverified before it warns (socialkit's default)."""


def warn_stale(
    platform: str | Platform,
    today: date,
    *,
    max_age: timedelta = SOURCE_MAX_AGE,
    data_max_age: timedelta = DATA_MAX_AGE,
) -> tuple[Fact, ...]:
    """Warn when ``platform``'s data or the sources of its facts are old on ``today``.

    One :class:`~socialkit.errors.StaleDataWarning` when the data was last verified
    more than ``data_max_age`` before ``today``, and one per old source: the facts
    resting on a source published more than ``max_age`` before ``today`` (about
    five years by default, socialkit's own choice). Returns those facts.

    >>> import warnings
    >>> from datetime import date
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     facts = warn_stale("youtube", date(2026, 12, 2))
    >>> [str(w.message) for w in caught]  # doctest: +ELLIPSIS
    ["youtube: 2 facts rest on 'Covington, Adams and Sargin, ... (RecSys 2016)', published 2016-09-15, more than 5 years before 2026-12-02"]
    >>> len(facts)
    2
    """
    p = platform_of(platform, "warn_stale(platform)")
    if not isinstance(data_max_age, timedelta):
        raise SocialkitTypeError(
            "warn_stale(data_max_age)", data_max_age, expected="a datetime.timedelta"
        )
    stale = p.stale_facts(today, max_age=max_age)
    if p.is_stale(today, max_age=data_max_age):
        warnings.warn(
            tr(
                "{platform}: platform data last verified on {day}; rules may have changed since",
                platform=p.slug,
                day=p.verified_on,
            ),
            StaleDataWarning,
            stacklevel=2,
        )
    by_source: dict[Source, list[Fact]] = {}
    for fact in stale:
        by_source.setdefault(fact.source, []).append(fact)
    years = max_age.days // 365
    span = tr("{count} years", count=years) if years else tr("{count} days", count=max_age.days)
    for source, facts in by_source.items():
        details = {
            "platform": p.slug,
            "count": len(facts),
            "source": repr(source.title),
            "published": source.published,
            "span": span,
            "today": today,
        }
        message = (
            tr(
                "{platform}: 1 fact rests on {source}, published {published}, more than {span} "
                "before {today}",
                **details,
            )
            if len(facts) == 1
            else tr(
                "{platform}: {count} facts rest on {source}, published {published}, more "
                "than {span} before {today}",
                **details,
            )
        )
        warnings.warn(message, StaleDataWarning, stacklevel=2)
    return stale
