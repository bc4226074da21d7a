"""Social listening: watch keywords, accounts and competitors over a stream of mentions ([002]).

[002] asks for competitive analysis and social listening: track competitors and
industry keywords. :func:`listen` reads :class:`Mention` values (from a listening
tool's export, a search, your inbox) and reports the volume per day, the days that
spike, the share of voice of your brand against each competitor, and the top
sources. A term matches as a whole word, case-insensitively (``"otto"`` matches
"Otto!" and "#otto", not "ottoman"). The spike test is socialkit's heuristic, not a
benchmark: a day is a spike when it holds more than ``spike_factor`` times the
median day.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, tzinfo
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from socialkit._core import numbers as num
from socialkit._core import svg
from socialkit._core.fields import frozen
from socialkit._core.i18n import H_, N_, tr
from socialkit._core.rates import to_rate
from socialkit._core.table import dataframe, html_block, html_table, short_repr, table
from socialkit._core.validate import non_empty_str, to_tuple
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.measure._influence import _median

if TYPE_CHECKING:
    import pandas

__all__ = ["BRAND", "ListeningReport", "Mention", "listen"]

BRAND = "brand"
"""The share-of-voice key for your own keywords and accounts."""


@frozen(kw_only=True)
class Mention:
    """One public post or comment a listening tool found: when, by whom, what it says."""

    at: datetime
    source: str = attrs.field(validator=non_empty_str)
    text: str
    platform: str = ""


def _voices(value: Iterable[tuple[str, Fraction | float]]) -> tuple[tuple[str, float], ...]:
    """Converter: each share of voice as a :class:`Rate` (formats with ``:%``, exact underneath)."""
    return tuple((name, to_rate(share)) for name, share in value)


@frozen(kw_only=True)
class ListeningReport:
    """What :func:`listen` found.

    Every field is a tuple (pairs where a mapping would do: ``dict(report.terms)``),
    so the report is hashable. ``volume`` holds every day from the first to the last matching mention with its
    count (days without one count 0); ``spikes`` the days above ``spike_factor``
    times the median day; ``terms`` how many mentions name each watched term;
    ``share_of_voice`` your brand's and each competitor's share of the mentions
    naming any of them (:class:`~socialkit.measure.Rate` values, exact in ``.exact``,
    summing to 1, or empty); ``top_sources``
    the most active sources, most mentions first.
    """

    matched: tuple[Mention, ...]
    volume: tuple[tuple[date, int], ...]
    spikes: tuple[date, ...]
    terms: tuple[tuple[str, int], ...]
    share_of_voice: tuple[tuple[str, float], ...] = attrs.field(converter=_voices)
    top_sources: tuple[tuple[str, int], ...]

    # -- display (notebooks and terminals) ------------------------------------------

    def _summary(self) -> str:
        spikes = ", ".join(map(str, self.spikes)) or tr("none")
        if not self.volume:
            return tr("{count} mentions; spikes: {spikes}", count=len(self.matched), spikes=spikes)
        return tr(
            "{count} mentions from {start} to {end}; spikes: {spikes}",
            count=len(self.matched),
            start=self.volume[0][0],
            end=self.volume[-1][0],
            spikes=spikes,
        )

    def _tables(self) -> list[tuple[tuple[str, ...], list[tuple[object, ...]]]]:
        tables: list[tuple[tuple[str, ...], list[tuple[object, ...]]]] = [
            ((H_("term"), H_("mentions")), list(self.terms))
        ]
        if self.share_of_voice:
            rows = [(name, num.percent(share)) for name, share in self.share_of_voice]
            tables.append(((H_("voice"), H_("share")), list(rows)))
        if self.top_sources:
            tables.append(((H_("source"), H_("mentions")), list(self.top_sources)))
        return tables

    def __str__(self) -> str:
        return "\n\n".join([self._summary(), *(table(h, rows) for h, rows in self._tables())])

    def _repr_html_(self) -> str:
        """The tables of :meth:`__str__` as HTML, then the share of voice as bars (notebooks)."""
        return html_block(
            *(
                html_table(h, rows, caption=self._summary() if i == 0 else "")
                for i, (h, rows) in enumerate(self._tables())
            ),
            self.to_svg() if self.share_of_voice else "",
        )

    def __repr__(self) -> str:
        return short_repr("ListeningReport", self._summary())

    def to_svg(self, *, theme: str = "auto") -> str:
        """The share of voice as bars (no targets: listening measures, it does not aim)."""
        rows = [
            svg.Bar(label=name, value=float(share), note=num.percent(share))
            for name, share in self.share_of_voice
        ]
        return svg.bars(rows, title=tr("Share of voice"), theme=theme)

    def to_dataframe(self) -> pandas.DataFrame:
        """The daily volume: ``day`` (datetime64), ``mentions`` int64, ``spike`` boolean (pandas extra)."""
        spikes = set(self.spikes)
        return dataframe(
            "ListeningReport.to_dataframe",
            [("day", "datetime64[ns]"), ("mentions", "int64"), ("spike", "boolean")],
            [(day, n, day in spikes) for day, n in self.volume],
        )


def _terms(name: str, value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    items = to_tuple(value, f"listen({name})")
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise SocialkitTypeError(
                f"listen({name})", item, expected=N_("non-empty strings (keywords or @accounts)")
            )
    return tuple(dict.fromkeys(item.strip() for item in items))


def _pattern(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(term.lstrip('#'))}(?!\w)", re.IGNORECASE)


def listen(
    mentions: Iterable[Mention],
    *,
    keywords: Iterable[str] = (),
    accounts: Iterable[str] = (),
    competitors: Iterable[str] = (),
    zone: tzinfo = UTC,
    spike_factor: float | Fraction | int = 2,
    top: int = 10,
) -> ListeningReport:
    """Watch ``keywords``, your ``accounts`` and ``competitors`` over ``mentions``.

    Keywords and accounts are your brand's terms; each competitor is one term.
    A mention matches when it names any term; days are calendar days in ``zone``.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> paris = ZoneInfo("Europe/Paris")
    >>> stream = [
    ...     Mention(at=datetime(2026, 3, 1, 10, tzinfo=paris), source="@ana", text="Love #Kiko lipsticks"),
    ...     Mention(at=datetime(2026, 3, 2, 11, tzinfo=paris), source="@bo", text="Sephora or kiko?"),
    ...     Mention(at=datetime(2026, 3, 4, 9, tzinfo=paris), source="@ana", text="Sephora sale"),
    ...     Mention(at=datetime(2026, 3, 4, 9, tzinfo=paris), source="@cy", text="the weather"),
    ... ]
    >>> report = listen(stream, keywords=["kiko"], competitors=["Sephora"], zone=paris)
    >>> [(str(day), n) for day, n in report.volume]
    [('2026-03-01', 1), ('2026-03-02', 1), ('2026-03-03', 0), ('2026-03-04', 1)]
    >>> {name: f"{share:.0%}" for name, share in report.share_of_voice}
    {'brand': '50%', 'Sephora': '50%'}
    >>> report.top_sources
    (('@ana', 2), ('@bo', 1))
    """
    stream = to_tuple(mentions, "listen(mentions)")
    for index, item in enumerate(stream):
        if not isinstance(item, Mention):
            raise SocialkitTypeError(f"listen(mentions)[{index}]", item, expected=N_("a Mention"))
    if not isinstance(zone, tzinfo):
        raise SocialkitTypeError("listen(zone)", zone, expected=N_("a tzinfo"))
    brand = _terms("keywords", keywords) + _terms("accounts", accounts)
    rivals = _terms("competitors", competitors)
    if not brand and not rivals:
        raise ValidationError(
            "listen(keywords, accounts, competitors)",
            N_("nothing to watch"),
            allowed=N_("expected at least one keyword, account or competitor"),
        )
    factor = num.exact(spike_factor, "listen(spike_factor)", minimum=0)
    limit = num.integer(top, "listen(top)", minimum=1)
    patterns = {term: _pattern(term) for term in dict.fromkeys(brand + rivals)}
    terms: Counter[str] = Counter()
    voices: Counter[str] = Counter()
    days: Counter[date] = Counter()
    sources: Counter[str] = Counter()
    matched = []
    for mention in stream:
        named = {term for term, pattern in patterns.items() if pattern.search(mention.text)}
        if not named:
            continue
        matched.append(mention)
        terms.update(named)
        if named & set(brand):
            voices[BRAND] += 1
        voices.update(named & set(rivals))
        days[mention.at.astimezone(zone).date()] += 1
        sources[mention.source] += 1
    volume: list[tuple[date, int]] = []
    if days:
        day, last = min(days), max(days)
        while day <= last:
            volume.append((day, days[day]))
            day += timedelta(days=1)
    usual = _median([n for _, n in volume]) if volume else Fraction(0)
    total = sum(voices.values())
    order = [BRAND] * bool(brand) + list(rivals)
    return ListeningReport(
        matched=tuple(matched),
        volume=tuple(volume),
        spikes=tuple(d for d, n in volume if n > factor * usual),
        terms=tuple((term, terms[term]) for term in patterns),
        share_of_voice=tuple((name, Fraction(voices[name], total)) for name in order)
        if total
        else (),
        top_sources=tuple(sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]),
    )
