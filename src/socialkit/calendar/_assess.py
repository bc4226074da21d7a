"""Checking a filled calendar: every post against its platform's rules and the calendar's schedule.

:meth:`ContentCalendar.assess <socialkit.calendar.ContentCalendar.assess>` runs
:func:`socialkit.posts.assess` on the post of every filled slot, with the
calendar's own schedule as the account's history: the other items that publish
on that platform (filled or not: a planned slot is a post to come) are the
``history`` the frequency rules count. There is no second frequency check here:
the post rules delegate to :meth:`FrequencyRule.check
<socialkit.frequency.FrequencyRule.check>`, and only the posts that can change
its verdict on a slot (those in the slot's day, ISO week and month, within the
rule's gap of them, and the post just before) are handed over, so a year of
posts costs a year of small checks, not a year of whole-year checks.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from difflib import get_close_matches
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import attrs

from socialkit._core.fields import frozen
from socialkit._core.findings import Severity
from socialkit._core.i18n import H_, semicolon_list, tr
from socialkit._core.rules import RuleSet
from socialkit._core.table import (
    dataframe,
    html_block,
    html_note,
    html_table,
    short_repr,
    table,
    truncated_rows,
)
from socialkit._core.time import localize
from socialkit._core.validate import non_empty_str, to_enum, to_tuple
from socialkit.calendar._status import ItemStatus
from socialkit.errors import NotFoundError
from socialkit.frequency._rules import FrequencyRule, next_period, period_start
from socialkit.platforms._model import Period, Platform
from socialkit.platforms._registry import get_platform, slug_of
from socialkit.posts._model import Post
from socialkit.posts._rules import Assessment, Checker, PostContext, _default_frequency, assess

if TYPE_CHECKING:
    import pandas

__all__ = ["CalendarAssessment", "ItemAssessment", "assess_posts"]


def _status(value: object) -> ItemStatus:
    return to_enum(ItemStatus, value, "ItemAssessment.status")


@frozen(kw_only=True)
class ItemAssessment:
    """One slot of a checked calendar: which item, and the verdict on its post.

    ``assessment`` is ``None`` for a slot with no post yet (it blocks
    publishing: there is nothing to publish). ``start`` is in the calendar's
    time zone.

    >>> from zoneinfo import ZoneInfo
    >>> open_slot = ItemAssessment(id="x-1", platform="x", status="planned",
    ...     start=datetime(2026, 11, 23, 9, tzinfo=ZoneInfo("Europe/Paris")))
    >>> open_slot.blocking, open_slot.reasons
    (True, ('no post yet',))
    """

    id: str = attrs.field(validator=non_empty_str)
    platform: str = attrs.field(converter=slug_of)
    start: datetime
    status: ItemStatus = attrs.field(converter=_status)
    assessment: Assessment | None = None

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why the item cannot be published as it is: no post, a broken hard limit,
        error findings (their rule ids). Empty when nothing blocks it."""
        a = self.assessment
        if a is None:
            return (tr("no post yet"),)
        found = [] if a.fits else [tr("a hard limit is broken")]
        found += [
            tr("error {rule}", rule=f.rule) for f in a.findings if f.severity is Severity.ERROR
        ]
        return tuple(found)

    @property
    def blocking(self) -> bool:
        """Whether something keeps the item from being published (see :attr:`reasons`)."""
        return bool(self.reasons)

    def row(self) -> tuple[object, ...]:
        """The item's row of the summary table (the columns of ``str(calendar_assessment)``)."""
        a = self.assessment
        if a is None:
            figures: tuple[object, ...] = ("-", "-", "-", "-")
        else:
            figures = (a.fits, a.score, *_counts(a))
        start = f"{self.start:%Y-%m-%d %H:%M}"
        return (self.id, self.platform, start, self.status, *figures, semicolon_list(self.reasons))

    def __str__(self) -> str:
        """The item's row of the summary table, then its post's findings (if any).

        >>> from zoneinfo import ZoneInfo
        >>> print(ItemAssessment(id="x-1", platform="x", status="planned",
        ...     start=datetime(2026, 11, 23, 9, tzinfo=ZoneInfo("Europe/Paris"))))
        id   platform  start             status   fits  score  errors  warnings  blocks
        ---  --------  ----------------  -------  ----  -----  ------  --------  -----------
        x-1  x         2026-11-23 09:00  planned  -     -      -       -         no post yet
        """
        text = table(_HEADERS, [self.row()])
        if self.assessment is not None and self.assessment.findings:
            text += f"\n{self.assessment}"
        return text

    def __repr__(self) -> str:
        verdict = semicolon_list(self.reasons) or tr("ready")
        when = f"{self.start:%Y-%m-%d %H:%M}"
        return short_repr("ItemAssessment", f"{self.id} {self.platform} {when}: {verdict}")

    def _repr_html_(self) -> str:
        """The item's row as an HTML table, then its post's findings (notebooks)."""
        findings = self.assessment._repr_html_() if self.assessment is not None else ""
        return html_block(html_table(_HEADERS, [self.row()]), findings)


def _counts(a: Assessment) -> tuple[int, int]:
    """How many error and warning findings an assessment has."""
    errors = sum(1 for f in a.findings if f.severity is Severity.ERROR)
    warnings = sum(1 for f in a.findings if f.severity is Severity.WARNING)
    return errors, warnings


def _entries(value: Iterable[ItemAssessment]) -> tuple[ItemAssessment, ...]:
    return to_tuple(value, "CalendarAssessment.items")


_HEADERS = (
    H_("id"),
    H_("platform"),
    H_("start"),
    H_("status"),
    H_("fits"),
    H_("score"),
    H_("errors"),
    H_("warnings"),
    H_("blocks"),
)


@frozen(kw_only=True)
class CalendarAssessment:
    """The verdict on every publishing slot of a calendar, in calendar order.

    ``items`` holds one :class:`ItemAssessment` per post, evergreen or event
    item (interaction blocks publish nothing and are not checked). The scores
    are :func:`~socialkit.posts.assess`'s heuristic; :attr:`blocking` lists what
    keeps items from being published (an open slot, an error finding, a broken
    hard limit). The summary table is ``str(result)`` (and an HTML table in a
    notebook).

    >>> from zoneinfo import ZoneInfo
    >>> at = datetime(2026, 11, 23, 9, tzinfo=ZoneInfo("Europe/Paris"))
    >>> result = CalendarAssessment(items=[ItemAssessment(id="x-1", platform="x",
    ...     start=at, status="planned")])
    >>> [i.id for i in result.blocking], result.ready
    (['x-1'], False)
    >>> print(result)
    id   platform  start             status   fits  score  errors  warnings  blocks
    ---  --------  ----------------  -------  ----  -----  ------  --------  -----------
    x-1  x         2026-11-23 09:00  planned  -     -      -       -         no post yet
    1 slot(s): 0 filled, 1 blocking
    """

    items: tuple[ItemAssessment, ...] = attrs.field(default=(), converter=_entries)

    @property
    def blocking(self) -> tuple[ItemAssessment, ...]:
        """The items something keeps from being published, in calendar order."""
        return tuple(i for i in self.items if i.blocking)

    @property
    def unfilled(self) -> tuple[ItemAssessment, ...]:
        """The slots with no post yet."""
        return tuple(i for i in self.items if i.assessment is None)

    @property
    def ready(self) -> bool:
        """True when no item is blocking."""
        return not self.blocking

    def __getitem__(self, item_id: str) -> ItemAssessment:
        """The entry of one item, by id (:class:`~socialkit.NotFoundError` for an unknown one)."""
        for entry in self.items:
            if entry.id == item_id:
                return entry
        ids = [i.id for i in self.items]
        raise NotFoundError(
            "CalendarAssessment[item_id]", str(item_id), ids[:20], _close(item_id, ids)
        )

    def rows(self) -> list[tuple[object, ...]]:
        """The summary table's rows: one per item, the columns of ``str(result)``."""
        return [i.row() for i in self.items]

    def to_text(self) -> str:
        """The summary table, then one line of totals."""
        return f"{table(_HEADERS, self.rows())}\n{self._totals()}"

    def _totals(self) -> str:
        filled = sum(1 for i in self.items if i.assessment is not None)
        return tr(
            "{count} slot(s): {filled} filled, {blocking} blocking",
            count=len(self.items),
            filled=filled,
            blocking=len(self.blocking),
        )

    def __str__(self) -> str:
        return self.to_text()

    MAX_ROWS = 20
    """Rows a notebook shows before truncating, as pandas does (first and last rows)."""

    def _repr_html_(self) -> str:
        """The rows of :meth:`to_text` as an HTML table, the totals as its caption (notebooks).

        More than :attr:`MAX_ROWS` items show the first and last rows around a "…"
        row, with a note of how many were left out (``str()`` and
        :meth:`to_dataframe` keep them all, :attr:`blocking` lists what blocks).
        """
        shown, hidden = truncated_rows(self.rows(), self.MAX_ROWS)
        note = (
            tr(
                "… {hidden} more rows (of {count}): str() and to_dataframe() have them all",
                hidden=hidden,
                count=len(self.items),
            )
            if hidden
            else ""
        )
        return html_block(html_table(_HEADERS, shown, caption=self._totals()), html_note(note))

    def __repr__(self) -> str:
        filled = sum(1 for i in self.items if i.assessment is not None)
        return short_repr(
            "CalendarAssessment",
            tr(
                "{count} slots: {filled} filled, {blocking} blocking",
                count=len(self.items),
                filled=filled,
                blocking=len(self.blocking),
            ),
        )

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per item, pandas extra: ``start`` in UTC, ``fits``/``blocking`` boolean,
        ``score``/``errors``/``warnings`` nullable integers (``<NA>`` for an open slot).

        >>> from zoneinfo import ZoneInfo
        >>> at = datetime(2026, 11, 23, 9, tzinfo=ZoneInfo("Europe/Paris"))
        >>> frame = CalendarAssessment(items=[ItemAssessment(id="x-1", platform="x",
        ...     start=at, status="planned")]).to_dataframe()
        >>> str(frame["start"][0]), frame["blocking"].tolist()
        ('2026-11-23 08:00:00+00:00', [True])
        """
        rows = []
        for i in self.items:
            a = i.assessment
            figures = (None,) * 4 if a is None else (a.fits, a.score, *_counts(a))
            rows.append(
                (
                    i.id,
                    i.platform,
                    i.start,
                    i.status.value,
                    *figures,
                    i.blocking,
                    semicolon_list(i.reasons),
                )
            )
        return dataframe(
            "CalendarAssessment.to_dataframe",
            [
                ("id", "string"),
                ("platform", "string"),
                ("start", "datetime64[ns, UTC]"),
                ("status", "string"),
                ("fits", "boolean"),
                ("score", "Int64"),
                ("errors", "Int64"),
                ("warnings", "Int64"),
                ("blocking", "boolean"),
                ("blocks", "string"),
            ],
            rows,
        )


def _close(name: object, known: Sequence[str]) -> list[str]:
    return get_close_matches(str(name), known, n=3)


_MARGIN = timedelta(days=2)
"""Slack around a slot's periods: more than any zone's offset change within them."""


class _Schedule:
    """One platform's publishing slots, sorted by instant, and the posts a check needs.

    :meth:`history` returns the slots that can change :meth:`FrequencyRule.check
    <socialkit.frequency.FrequencyRule.check>`'s verdict on one more post at a
    given start: those from the first day of the periods the rule counts it in
    (its day, ISO week or month) to the end of the last, widened by the rule's
    gap, plus the slot just
    before (the ``regularity`` rule looks at the previous post). Every period
    the post is counted in lies whole inside that span, and a gap is between
    neighbours, so the verdict is the one of the whole schedule
    (``tests/calendar/test_calendar_work.py`` holds it to that).
    """

    def __init__(self, starts: Iterable[datetime], tz: ZoneInfo, rule: FrequencyRule) -> None:
        pairs = sorted((s.timestamp(), s) for s in starts)
        self.stamps = [p[0] for p in pairs]
        self.posts = [Post(scheduled_at=p[1]) for p in pairs]
        self.tz = tz
        gap = rule.min_gap or timedelta(0)
        self.slack = (gap + _MARGIN).total_seconds()
        self.periods = tuple({f.per for f in rule.frequencies} | {Period.DAY})
        """The periods the rule counts posts in (a day at least): what the span must cover."""

    def history(self, start: datetime) -> list[Post]:
        day = start.astimezone(self.tz).date()
        first = min(period_start(day, per) for per in self.periods)
        last = max(next_period(period_start(day, per), per) for per in self.periods)
        lo = _stamp(first, self.tz) - self.slack
        hi = _stamp(last, self.tz) + self.slack
        stamp = start.timestamp()
        i = max(0, bisect.bisect_left(self.stamps, lo) - 1)
        j = bisect.bisect_right(self.stamps, hi)
        return [p for s, p in zip(self.stamps[i:j], self.posts[i:j], strict=True) if s != stamp]


def _stamp(day: date, tz: ZoneInfo) -> float:
    return localize(day, time(0), tz).timestamp()


def assess_posts(
    items: Sequence[Any],
    *,
    tz: ZoneInfo,
    rules_by_platform: Mapping[str, FrequencyRule],
    rules: RuleSet[PostContext],
    checkers: Mapping[str, Checker] | None,
    tiers: Mapping[str, str],
) -> CalendarAssessment:
    """The assessment of ``items`` (a calendar's items, in order); see ``ContentCalendar.assess``."""
    publishing = [i for i in items if i.kind.is_post]
    schedules: dict[str, _Schedule] = {}
    platforms: dict[str, Platform] = {}
    out: list[ItemAssessment] = []
    for item in publishing:
        slug = item.platform
        if slug not in schedules:
            rule = rules_by_platform.get(slug)
            platforms[slug] = get_platform(slug)
            effective = rule if rule is not None else _default_frequency(platforms[slug])
            schedules[slug] = _Schedule(
                (i.start for i in publishing if i.platform == slug), tz, effective
            )
        verdict = None
        if item.post is not None:
            verdict = assess(
                item.post,
                platforms[slug],
                history=schedules[slug].history(item.start),
                tier=tiers.get(slug),
                rules=rules,
                checkers=checkers,
                tz=tz,
                frequency=rules_by_platform.get(slug),
            )
        out.append(
            ItemAssessment(
                id=item.id,
                platform=slug,
                start=item.start.astimezone(tz),
                status=item.status,
                assessment=verdict,
            )
        )
    return CalendarAssessment(items=out)
