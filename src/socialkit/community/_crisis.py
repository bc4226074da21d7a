"""Crises: a surge of negative messages against the usual rate, and the playbook ([001], [003]).

[003] tells the Otto "Brigitte" case (2011): Otto's community voted a young man in a
miniskirt and wig, "Brigitte", the winner of its contest for the face of its new
Facebook page (over 23,000 votes); Otto did not refuse, held the promised photo shoot
and earned positive press. [003]'s lesson: even in a crisis, stay calm, think, and
answer negative or unpleasant comments rather than ignore or delete them; [001]'s
good practices add: answer every message, be reactive and transparent. :func:`detect_crisis`
finds the surge; :data:`CRISIS_PLAYBOOK` holds the steps, each with its source.

The surge test is socialkit's own heuristic (the documents give no numbers): a
window counts as a surge when it holds at least ``minimum`` negative messages and
more than ``factor`` times the negative messages a window of that length held on
average over the ``baseline`` period before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from fractions import Fraction

import attrs

from socialkit._core import numbers as num
from socialkit._core.documents import BLOG_ARCHIVE
from socialkit._core.fields import frozen
from socialkit._core.i18n import H_, N_, tr, translate
from socialkit._core.sources import Source
from socialkit._core.table import html_block, html_table, short_repr, table
from socialkit._core.time import as_utc
from socialkit._core.validate import non_empty_str
from socialkit.community._inbox import _ARTICLE as _OTTO
from socialkit.community._inbox import Message, _messages
from socialkit.errors import SocialkitTypeError, ValidationError

__all__ = [
    "CRISIS_PLAYBOOK",
    "CrisisSurge",
    "PlaybookStep",
    "detect_crisis",
]

_PRACTICES = BLOG_ARCHIVE.at("community management good practices")


@frozen(kw_only=True)
class PlaybookStep:
    """One step of the crisis playbook: what to do, why, and where it comes from."""

    id: str = attrs.field(validator=non_empty_str)
    action: str = attrs.field(validator=non_empty_str)
    why: str = attrs.field(validator=non_empty_str)
    source: Source


CRISIS_PLAYBOOK: tuple[PlaybookStep, ...] = (
    PlaybookStep(
        id="stay_calm",
        action=N_("stay calm: no reply in anger, no counter-attack"),
        why=N_("even in a crisis, stay calm, think and weigh the options (the Otto case)"),
        source=_OTTO,
    ),
    PlaybookStep(
        id="answer",
        action=N_("answer the critics, negative messages first, plainly and quickly"),
        why=N_("answer every message, above all the negative ones, within 48 h at most"),
        source=_PRACTICES,
    ),
    PlaybookStep(
        id="never_delete",
        action=N_("never delete a message; answer it diplomatically"),
        why=N_("negative comments are to be answered, never ignored or deleted (the Otto case)"),
        source=_OTTO,
    ),
    PlaybookStep(
        id="escalate",
        action=N_("escalate to the people who can decide (management, legal, customer service)"),
        why=N_("a crisis is public relations work, shared with the whole team"),
        source=_PRACTICES,
    ),
    PlaybookStep(
        id="be_transparent",
        action=N_("say what happened and what you will do; keep the promise"),
        why=N_("be transparent and never deceive: the community checks"),
        source=_PRACTICES,
    ),
)
"""The crisis playbook ([001] good practices, [003] the Otto case), in the order to follow."""


@frozen(kw_only=True)
class CrisisSurge:
    """A run of negative messages well above the usual rate.

    ``start`` and ``end`` are the first and last negative message of the surge (UTC);
    ``negatives`` counts them; ``peak`` is the most negative messages one
    ``window`` held; ``usual`` the negative messages a window held on average
    over the baseline before the surge began (exact); ``messages`` the indexes of
    the surge's negative messages in the input.
    """

    start: datetime
    end: datetime
    negatives: int
    peak: int
    usual: Fraction
    messages: tuple[int, ...]

    @property
    def playbook(self) -> tuple[PlaybookStep, ...]:
        """What to do now: :data:`CRISIS_PLAYBOOK`."""
        return CRISIS_PLAYBOOK

    def rows(self) -> list[tuple[object, ...]]:
        """The surge as one row: start, end, negative messages, peak, usual (text and HTML)."""
        return [
            (
                _moment(self.start),
                _moment(self.end),
                self.negatives,
                self.peak,
                num.show(self.usual),
            )
        ]

    def _playbook_rows(self) -> list[tuple[str, str]]:
        """The playbook's steps in order: id and action (translated)."""
        return [(step.id, translate(step.action)) for step in self.playbook]

    def _summary(self) -> str:
        return tr(
            "surge of negative messages from {start} to {end}: {negatives} in all, up to "
            "{peak} in one window against {usual} usually",
            start=_moment(self.start),
            end=_moment(self.end),
            negatives=self.negatives,
            peak=self.peak,
            usual=num.show(self.usual),
        )

    def __str__(self) -> str:
        return "\n".join(
            [
                self._summary(),
                table(_SURGE_HEADERS, self.rows()),
                "",
                tr("What to do now:"),
                table(_PLAYBOOK_HEADERS, self._playbook_rows()),
            ]
        )

    def _repr_html_(self) -> str:
        """The row of :meth:`__str__` under its sentence, then the playbook (notebooks)."""
        return html_block(
            html_table(_SURGE_HEADERS, self.rows(), caption=self._summary()),
            html_table(_PLAYBOOK_HEADERS, self._playbook_rows(), caption=tr("What to do now:")),
        )

    def __repr__(self) -> str:
        return short_repr(
            "CrisisSurge",
            tr(
                "{start}..{end}: {negatives} negatives, peak {peak}, usual {usual}",
                start=_moment(self.start),
                end=_moment(self.end),
                negatives=self.negatives,
                peak=self.peak,
                usual=num.show(self.usual),
            ),
        )


_SURGE_HEADERS = (H_("start"), H_("end"), H_("negative messages"), H_("peak"), H_("usual"))
_PLAYBOOK_HEADERS = (H_("step"), H_("action"))


def _moment(value: datetime) -> str:
    """A surge's bound to the minute, as written (UTC)."""
    return value.isoformat(sep=" ", timespec="minutes")


def _positive(name: str, value: object) -> timedelta:
    if not isinstance(value, timedelta):
        raise SocialkitTypeError(f"detect_crisis({name})", value, expected="a datetime.timedelta")
    if value <= timedelta(0):
        raise ValidationError(
            f"detect_crisis({name})",
            tr("got {value}", value=value),
            allowed="expected a positive duration",
        )
    return value


def detect_crisis(
    messages: Iterable[Message],
    *,
    window: timedelta = timedelta(hours=24),
    baseline: timedelta = timedelta(weeks=4),
    factor: float | Fraction | int = 3,
    minimum: int = 5,
) -> tuple[CrisisSurge, ...]:
    """The surges of negative messages in ``messages``, oldest first.

    For each negative message, socialkit counts the negative messages in the
    ``window`` that ends with it, and the usual count: negative messages in the
    ``baseline`` period before that window, scaled to the window's length. The
    window is a surge when it holds at least ``minimum`` negative messages and
    more than ``factor`` times the usual count (socialkit's heuristic defaults:
    24 hours, 28 days, 3 times, 5 messages; the documents give no number).
    Overlapping surge windows merge into one :class:`CrisisSurge`. Times are
    compared in UTC, so DST changes neither count nor order. Deleted messages
    count: deleting them does not end a crisis ([003]).

    A made-up example in the setting of the Otto case (a Facebook page, April
    2011): a quiet month, then a flood of negative comments in one evening.

    >>> from datetime import datetime, timedelta
    >>> from zoneinfo import ZoneInfo
    >>> berlin = ZoneInfo("Europe/Berlin")
    >>> quiet = [Message(received_at=datetime(2011, 4, day, 12, tzinfo=berlin), platform="facebook",
    ...                  author=f"@fan{day}", negative=day % 7 == 0) for day in range(1, 29)]
    >>> flood = [Message(received_at=datetime(2011, 4, 29, 18, tzinfo=berlin) + timedelta(minutes=m),
    ...                  platform="facebook", author=f"@angry{m}", negative=True, deleted=m % 2 == 0)
    ...          for m in range(0, 120, 10)]
    >>> [surge] = detect_crisis(quiet + flood)
    >>> surge.negatives, surge.peak, surge.usual
    (12, 12, Fraction(1, 7))
    >>> print(surge.start, surge.end)
    2011-04-29 16:00:00+00:00 2011-04-29 17:50:00+00:00
    >>> [step.id for step in surge.playbook]
    ['stay_calm', 'answer', 'never_delete', 'escalate', 'be_transparent']
    """
    inbox = _messages(messages, "detect_crisis")
    span = _positive("window", window)
    before = _positive("baseline", baseline)
    ratio = num.exact(factor, "detect_crisis(factor)", minimum=0)
    least = num.integer(minimum, "detect_crisis(minimum)", minimum=1)
    negatives = sorted(
        ((as_utc(m.received_at), i) for i, m in enumerate(inbox) if m.negative),
    )
    times = [t for t, _ in negatives]
    scale = Fraction(span // timedelta(microseconds=1), before // timedelta(microseconds=1))
    surges: list[CrisisSurge] = []
    first = base_first = 0
    current: list[int] = []  # positions in ``negatives`` of the surge being built
    peak = 0
    usual = Fraction(0)
    # Compared as elapsed microseconds: ``moment - span`` overflows for a window of years.
    us = timedelta(microseconds=1)
    reach, base_reach = span // us, (span // us) + (before // us)
    for last, moment in enumerate(times):
        while (moment - times[first]) // us >= reach:
            first += 1
        while (moment - times[base_first]) // us >= base_reach:
            base_first += 1
        count = last - first + 1
        expected = (first - base_first) * scale
        if count >= least and count > ratio * expected:
            if current and first <= current[-1]:
                current.extend(range(current[-1] + 1, last + 1))
                peak = max(peak, count)
            else:
                if current:
                    surges.append(_surge(negatives, current, peak, usual))
                current, peak, usual = list(range(first, last + 1)), count, expected
    if current:
        surges.append(_surge(negatives, current, peak, usual))
    return tuple(surges)


def _surge(
    negatives: list[tuple[datetime, int]], positions: list[int], peak: int, usual: Fraction
) -> CrisisSurge:
    return CrisisSurge(
        start=negatives[positions[0]][0],
        end=negatives[positions[-1]][0],
        negatives=len(positions),
        peak=peak,
        usual=usual,
        messages=tuple(sorted(negatives[p][1] for p in positions)),
    )
