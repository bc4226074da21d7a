"""The content calendar: planned posts, events and interaction blocks, per platform.

A :class:`ContentCalendar` is an immutable value: :func:`socialkit.plan` builds
one, the queries here read it, and the formats in :mod:`socialkit.io` turn it into
JSON, CSV, iCalendar, records or a pandas DataFrame; it shows itself as a text
table and, in a notebook, an HTML grid. Every item
carries a timezone-aware start; the calendar carries the audience's time zone,
the date range it covers, the frequency rule of each platform and the issues
planning ran into (minimums it could not meet, events it could not place).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from itertools import pairwise
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import attrs

from socialkit._core.time import as_utc, aware, elapsed, ensure_aware, in_hours, to_zone
from socialkit._core.validate import (
    each,
    instance_of,
    non_empty_str,
    optional,
    positive_duration,
    to_enum,
    to_tuple,
)
from socialkit.calendar._display import calendar_html, calendar_repr, calendar_text
from socialkit.calendar._kinds import ItemKind
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError
from socialkit.frequency._rules import (
    FrequencyReport,
    FrequencyRule,
    Violation,
    period_key,
    period_start,
)
from socialkit.funnel._stages import ContentType, FunnelStage, optional_stage
from socialkit.platforms._model import Period, Platform
from socialkit.platforms._registry import slug_of

if TYPE_CHECKING:
    pass

__all__ = [
    "CalendarItem",
    "Conflict",
    "ConflictKind",
    "ContentCalendar",
    "PlanIssue",
    "SlotChecker",
]


def _kind(value: object) -> ItemKind:
    return to_enum(ItemKind, value)


def _content_type(value: object) -> ContentType | None:
    return None if value is None else to_enum(ContentType, value, "content_type")


def _opt_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    optional(non_empty_str)(instance, attribute, value)


@attrs.frozen(kw_only=True)
class CalendarItem:
    """One entry of the calendar.

    ``content`` names what is published (a content id, an evergreen or event
    title); ``None`` marks an open slot still to fill.
    ``id`` is stable: it is derived from the platform, the kind and the local
    week or date (never from a counter or the clock), so re-planning or
    re-importing the same calendar yields the same ids and iCalendar UIDs.

    >>> from zoneinfo import ZoneInfo
    >>> item = CalendarItem(id="linkedin-2026W48-1", platform="linkedin", kind="post",
    ...     start=datetime(2026, 11, 24, 10, tzinfo=ZoneInfo("Europe/Paris")),
    ...     title="LinkedIn post: education", category="education", stage="tofu")
    >>> item.end.isoformat()
    '2026-11-24T10:30:00+01:00'
    """

    id: str = attrs.field(validator=non_empty_str)
    platform: str = attrs.field(converter=slug_of)
    kind: ItemKind = attrs.field(converter=_kind)
    start: datetime = attrs.field(validator=aware)
    duration: timedelta = attrs.field(default=timedelta(minutes=30), validator=positive_duration)
    title: str = attrs.field(validator=non_empty_str)
    category: str | None = attrs.field(default=None, validator=_opt_text)
    stage: FunnelStage | None = attrs.field(default=None, converter=optional_stage)
    content_type: ContentType | None = attrs.field(default=None, converter=_content_type)
    content: str | None = attrs.field(default=None, validator=_opt_text)

    @property
    def end(self) -> datetime:
        """When the item ends: ``duration`` of elapsed time after ``start``, in its zone."""
        return (as_utc(self.start) + self.duration).astimezone(self.start.tzinfo)


_ITEM_SETTERS = tuple(CalendarItem.__dict__[a.name].__set__ for a in attrs.fields(CalendarItem))
"""The slots' own setters, in field order: what ``object.__setattr__`` ends up calling."""
(
    _set_id,
    _set_platform,
    _set_kind,
    _set_start,
    _set_duration,
    _set_title,
    _set_category,
    _set_stage,
    _set_content_type,
    _set_content,
) = _ITEM_SETTERS
_new = object.__new__
"""Bound once at import: unpacking the setters on every call was a third of an item's cost."""


def trusted_item(
    *,
    id: str,
    platform: str,
    kind: ItemKind,
    start: datetime,
    duration: timedelta,
    title: str,
    category: str | None = None,
    stage: FunnelStage | None = None,
    content_type: ContentType | None = None,
    content: str | None = None,
) -> CalendarItem:
    """A :class:`CalendarItem` of values already in the form its constructor stores, unchecked.

    The planner's own items are built from validated parts: a registered slug,
    an :class:`ItemKind`, a start it localized, the channel's checked duration,
    its mix's checked category names. Running the converters and validators
    again on each of thousands of items was about a fifth of every plan. Only
    for such values: anything from outside goes through ``CalendarItem(...)``.
    ``tests/calendar/test_trusted_items.py`` pins that the result equals the
    validated constructor's for every item a plan makes.
    """
    item = _new(CalendarItem)
    _set_id(item, id)
    _set_platform(item, platform)
    _set_kind(item, kind)
    _set_start(item, start)
    _set_duration(item, duration)
    _set_title(item, title)
    _set_category(item, category)
    _set_stage(item, stage)
    _set_content_type(item, content_type)
    _set_content(item, content)
    return item


@attrs.frozen(kw_only=True)
class PlanIssue:
    """A constraint planning could not meet, and why (nothing is dropped silently).

    ``rule`` is the id of the rule that could not be met (``min_per_week``,
    ``min_per_day``, ``min_per_month``), ``event_not_placed`` for a fixed
    event occurrence that would have broken the frequency rule, fell on a
    blackout date or targets a platform outside the plan, ``per_week_capped``
    for a channel target above what its rule allows, ``below_target`` for weeks
    that got fewer posts than the target asked, or ``evergreen_not_placed``
    for an evergreen item that found no slot; ``shortfall`` counts the posts
    missing; ``period`` names the period (``2026-W48``) where it applies.

    >>> print(PlanIssue(platform="linkedin", rule="min_per_week", period="2026-W52",
    ...                 shortfall=2, reason="7 blackout day(s) in 2026-W52"))
    linkedin min_per_week in 2026-W52: short by 2 (7 blackout day(s) in 2026-W52)
    """

    platform: str
    rule: str
    period: str | None
    shortfall: int
    reason: str

    def __str__(self) -> str:
        where = f" in {self.period}" if self.period else ""
        return f"{self.platform} {self.rule}{where}: short by {self.shortfall} ({self.reason})"


class ConflictKind(StrEnum):
    """Kinds of calendar conflicts: posts under the rule's gap, or the same content twice.

    >>> ConflictKind.TOO_CLOSE.value
    'too close'
    """

    TOO_CLOSE = "too close"
    DUPLICATE = "duplicate"


@attrs.frozen(kw_only=True)
class Conflict:
    """Two items that should not both be where they are (see :meth:`ContentCalendar.conflicts`).

    >>> from zoneinfo import ZoneInfo
    >>> at = datetime(2026, 11, 23, 9, tzinfo=ZoneInfo("Europe/Paris"))
    >>> a = CalendarItem(id="a", platform="x", kind="post", start=at, title="Tips", content="tips")
    >>> b = attrs.evolve(a, id="b", start=at + timedelta(days=1))
    >>> cal = ContentCalendar(tz="Europe/Paris", start=date(2026, 11, 23), end=date(2026, 11, 30),
    ...                       items=[a, b])
    >>> [str(c) for c in cal.conflicts()]
    ["duplicate: x: 'tips' twice within 7 days (a, b)"]
    """

    kind: ConflictKind
    first: CalendarItem
    second: CalendarItem
    message: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


def _rules(value: Mapping[str, FrequencyRule] | Iterable[tuple[str, FrequencyRule]]) -> Any:
    pairs = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted(pairs, key=lambda pair: pair[0]))


def _items(value: Iterable[CalendarItem]) -> tuple[CalendarItem, ...]:
    return tuple(sorted(value, key=_item_order))


def _item_order(item: CalendarItem) -> tuple[Any, ...]:
    return (item.start.timestamp(), item.platform, item.kind != ItemKind.INTERACTION, item.id)


def _date_only(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise SocialkitTypeError(f"ContentCalendar.{attribute.name}", value, expected="a date")


@attrs.frozen(kw_only=True)
class ContentCalendar:
    """A planned calendar: items sorted by start, per-platform rules and planning issues.

    ``start`` and ``end`` are local dates in ``tz`` (``end`` exclusive).
    Build one with :func:`socialkit.plan`; derive changed copies with
    :meth:`with_items` or :func:`attrs.evolve`.

    >>> import socialkit
    >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris"),
    ...                      start=date(2026, 11, 23), end=date(2026, 12, 7))
    >>> [f"{i.start:%a %d %H:%M}" for i in cal.filter(kind="post")]
    ['Mon 23 10:00', 'Wed 25 10:00', 'Fri 27 10:00', 'Mon 30 10:00', 'Thu 03 10:00']
    """

    tz: ZoneInfo = attrs.field(converter=to_zone)
    start: date = attrs.field(validator=_date_only)
    end: date = attrs.field(validator=_date_only)
    items: tuple[CalendarItem, ...] = attrs.field(
        default=(), converter=_items, validator=each(instance_of(CalendarItem))
    )
    rules: tuple[tuple[str, FrequencyRule], ...] = attrs.field(default=(), converter=_rules)
    issues: tuple[PlanIssue, ...] = attrs.field(
        default=(), converter=to_tuple, validator=each(instance_of(PlanIssue))
    )

    def __attrs_post_init__(self) -> None:
        if self.end <= self.start:
            raise ValidationError(
                "ContentCalendar.end",
                f"{self.end} is not after start={self.start}",
                allowed="expected start < end",
            )
        seen: set[str] = set()
        for item in self.items:
            if item.id in seen:
                raise ValidationError(
                    "ContentCalendar.items",
                    f"id {item.id!r} used twice",
                    allowed="expected unique ids (they become iCalendar UIDs)",
                )
            seen.add(item.id)
            day = item.start.astimezone(self.tz).date()
            if not self.start <= day < self.end:
                raise ValidationError(
                    "ContentCalendar.items",
                    f"{item.id!r} starts on {day}, outside {self.start} to {self.end}",
                    allowed="expected items starting within [start, end) in the calendar's tz",
                )

    # -- queries -----------------------------------------------------------------

    @property
    def platforms(self) -> tuple[str, ...]:
        """Platforms with a rule or an item, sorted."""
        return tuple(sorted({p for p, _ in self.rules} | {i.platform for i in self.items}))

    def rule(self, platform: str) -> FrequencyRule:
        """The frequency rule planned with on ``platform`` (no limits if none was set).

        Raises :class:`~socialkit.UnknownPlatformError` for an unregistered name and
        :class:`~socialkit.NotFoundError` for a platform the calendar does not cover.
        """
        slug = self._covered(platform, "ContentCalendar.rule(platform)")
        return dict(self.rules).get(slug, FrequencyRule())

    def _covered(self, platform: str | Platform, where: str) -> str:
        slug = slug_of(platform)
        if slug not in self.platforms:
            raise NotFoundError(where, slug, self.platforms)
        return slug

    def filter(
        self,
        *,
        platform: str | Platform | None = None,
        stage: FunnelStage | str | None = None,
        category: str | None = None,
        pillar: str | None = None,
        kind: ItemKind | str | None = None,
    ) -> tuple[CalendarItem, ...]:
        """Items matching every given criterion.

        ``platform`` accepts aliases and raises
        :class:`~socialkit.UnknownPlatformError` for an unregistered name (a typo
        never reads as "nothing planned"); ``pillar`` is another name for
        ``category``, the content-mix category an item was planned for (a
        strategy's pillars are its categories).

        >>> import socialkit
        >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["linkedin", "x"],
        ...     tz="Europe/Paris"), start=date(2026, 11, 23), end=date(2026, 11, 30))
        >>> len(cal.filter(platform="linkedin", kind="post"))
        3
        >>> cal.filter(platform="twitter") == cal.filter(platform="x")
        True
        """
        if pillar is not None and category is not None and pillar != category:
            raise ValidationError(
                "ContentCalendar.filter(pillar)",
                f"{pillar!r} differs from category={category!r}",
                allowed="expected one of them (pillar is another name for category)",
            )
        category = category if category is not None else pillar
        platform = None if platform is None else slug_of(platform)
        want_kind = None if kind is None else _kind(kind)
        want_stage = optional_stage(stage)
        return tuple(
            i
            for i in self.items
            if (platform is None or i.platform == platform)
            and (want_stage is None or i.stage is want_stage)
            and (category is None or i.category == category)
            and (want_kind is None or i.kind is want_kind)
        )

    def posts(self, platform: str | Platform | None = None) -> tuple[CalendarItem, ...]:
        """Items that publish (posts, evergreen re-runs, events), optionally on one platform."""
        platform = None if platform is None else slug_of(platform)
        return tuple(
            i for i in self.items if i.kind.is_post and (platform is None or i.platform == platform)
        )

    def by_platform(self) -> dict[str, tuple[CalendarItem, ...]]:
        """Items grouped by platform (platforms sorted)."""
        groups: dict[str, list[CalendarItem]] = defaultdict(list)
        for item in self.items:
            groups[item.platform].append(item)
        return {p: tuple(groups[p]) for p in sorted(groups)}

    def by_week(self) -> dict[str, tuple[CalendarItem, ...]]:
        """Items grouped by ISO week of their local start (``2026-W48``), in order."""
        groups: dict[str, list[CalendarItem]] = defaultdict(list)
        for item in self.items:
            groups[period_key(item.start.astimezone(self.tz).date(), Period.WEEK)].append(item)
        return {k: tuple(groups[k]) for k in sorted(groups)}

    def weeks(self) -> tuple[date, ...]:
        """The Monday of every ISO week the calendar touches."""
        monday = period_start(self.start, Period.WEEK)
        out = []
        while monday < self.end:
            out.append(monday)
            monday += timedelta(days=7)
        return tuple(out)

    def check(self) -> dict[str, tuple[Violation, ...]]:
        """Each platform's frequency-rule violations (maxima, gap, windows); empty when planned.

        Minimums are reported by :attr:`issues`, not here.
        """
        out = {}
        for platform, rule in self.rules:
            found = rule.check((i.start for i in self.posts(platform)), tz=self.tz)
            if found:
                out[platform] = found
        return out

    def reports(self) -> dict[str, FrequencyReport]:
        """Each platform's :class:`~socialkit.frequency.FrequencyReport` over the calendar's range:
        under, within or over its recommended range.

        >>> import socialkit
        >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris"),
        ...                      start=date(2026, 11, 23), end=date(2026, 12, 7))
        >>> print(cal.reports()["linkedin"])
        within: 5 posts from 2026-11-23 to 2026-12-07 (2.5 a week)
        """
        return {
            platform: rule.report(
                (i.start for i in self.posts(platform)), tz=self.tz, start=self.start, end=self.end
            )
            for platform, rule in self.rules
        }

    def with_items(self, *items: CalendarItem) -> ContentCalendar:
        """A copy with ``items`` added: ids must stay unique and starts within the range;
        the frequency rules are not checked (see :meth:`conflicts` and :meth:`check`)."""
        return attrs.evolve(self, items=(*self.items, *items))

    def conflicts(self, *, window: timedelta = timedelta(days=7)) -> tuple[Conflict, ...]:
        """Posts too close on one platform (under the rule's gap) and duplicates.

        A duplicate is the same ``content`` (case-insensitive) on one platform
        twice within ``window`` (a positive :class:`~datetime.timedelta`); open
        slots (``content=None``) never clash.
        """
        _positive(window, "ContentCalendar.conflicts(window)", timedelta(0))
        found: list[Conflict] = []
        for platform, items in self.by_platform().items():
            posts = [i for i in items if i.kind.is_post]
            gap = self.rule(platform).min_gap
            for a, b in pairwise(posts):
                if gap is not None and elapsed(a.start, b.start) < gap:
                    found.append(
                        Conflict(
                            kind=ConflictKind.TOO_CLOSE,
                            first=a,
                            second=b,
                            message=f"{platform}: {a.id} and {b.id} are "
                            f"{in_hours(elapsed(a.start, b.start))} apart "
                            f"(rule: at least {in_hours(gap)})",
                        )
                    )
            last: dict[str, CalendarItem] = {}
            for item in posts:
                if item.content is None:
                    continue
                key = item.content.casefold()
                prev = last.get(key)
                if prev is not None and elapsed(prev.start, item.start) < window:
                    found.append(
                        Conflict(
                            kind=ConflictKind.DUPLICATE,
                            first=prev,
                            second=item,
                            message=f"{platform}: {item.content!r} twice within {window.days} days "
                            f"({prev.id}, {item.id})",
                        )
                    )
                last[key] = item
        return tuple(found)

    def next_free_slot(
        self,
        platform: str,
        *,
        after: datetime,
        step: timedelta = timedelta(minutes=15),
        horizon: timedelta = timedelta(days=366),
    ) -> datetime | None:
        """The first time at or after ``after`` where one more post keeps the rule.

        Candidates are tried every ``step`` (at least a minute; by default on
        the local quarter hour) up to ``horizon`` ahead; ``None`` if no time
        fits. ``platform`` must be one the calendar covers: an unknown name
        raises rather than answer for a rule that was never planned. Week 48 below already has
        LinkedIn's maximum of 3, so the answer is the first minute of week 49
        (give the rule quiet hours or windows to stay in office hours).

        >>> import socialkit
        >>> from zoneinfo import ZoneInfo
        >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris"),
        ...                      start=date(2026, 11, 23), end=date(2026, 11, 30))
        >>> cal.next_free_slot("linkedin", after=datetime(2026, 11, 23, 12, tzinfo=ZoneInfo("Europe/Paris")))
        datetime.datetime(2026, 11, 30, 0, 0, tzinfo=zoneinfo.ZoneInfo(key='Europe/Paris'))
        """
        slug = self._covered(platform, "ContentCalendar.next_free_slot(platform)")
        moment = ensure_aware(after, "next_free_slot(after)").astimezone(self.tz)
        _positive(step, "next_free_slot(step)", MIN_STEP)
        _positive(horizon, "next_free_slot(horizon)", timedelta(0))
        fits = SlotChecker(self.rule(slug), self.tz, (i.start for i in self.posts(slug)))
        try:
            grid = int(step.total_seconds())
            seconds = moment.minute * 60 + moment.second
            if seconds % grid or moment.microsecond:
                moment += timedelta(seconds=grid - seconds % grid) - timedelta(
                    microseconds=moment.microsecond
                )
            limit = min(moment.astimezone(UTC_ZONE) + horizon, _LAST_MOMENT)
        except OverflowError:  # within a day of datetime.max: no room left
            return None
        while moment.astimezone(UTC_ZONE) < limit:
            if fits(moment):
                return moment.astimezone(self.tz)
            try:
                moment = (moment.astimezone(UTC_ZONE) + step).astimezone(self.tz)
            except OverflowError:
                return None
        return None

    # -- display (notebooks and terminals) ------------------------------------------

    def to_text(self, *, interaction: bool = True) -> str:
        """A plain-text table of the items, then the planning issues.

        ``interaction=False`` leaves the interaction blocks out of the table and
        counts them in one line instead.
        """
        return calendar_text(self, interaction=interaction)

    def _repr_html_(self) -> str:
        return calendar_html(self)

    def __repr__(self) -> str:
        return calendar_repr(self)

    def __str__(self) -> str:
        return calendar_text(self)


_CALENDAR_SETTERS = tuple(
    ContentCalendar.__dict__[a.name].__set__ for a in attrs.fields(ContentCalendar)
)
"""The calendar's slot setters, in field order (see :data:`_ITEM_SETTERS`)."""


def trusted_calendar(
    *,
    tz: ZoneInfo,
    start: date,
    end: date,
    items: list[CalendarItem],
    rules: Mapping[str, FrequencyRule],
    issues: list[PlanIssue],
) -> ContentCalendar:
    """The :class:`ContentCalendar` of the planner's own items, sorted but not re-validated.

    :func:`socialkit.plan` checked its range and zone, gave every item a unique
    id and a start inside ``[start, end)``, and built the items itself
    (:func:`trusted_item`); re-checking each one and re-converting its start for
    the sort was about an eighth of a plan. The sort is the constructor's
    order, with each distinct start object's instant computed once (the
    planner shares them: every channel's block of one day starts at the same
    object). Only for such values; ``tests/calendar/test_trusted_items.py``
    pins that the result equals ``ContentCalendar(...)`` of the same fields.
    """
    stamps: dict[int, float] = {}
    for item in items:
        if id(item.start) not in stamps:
            stamps[id(item.start)] = item.start.timestamp()
    interaction = ItemKind.INTERACTION
    ordered = sorted(
        items,
        key=lambda i: (stamps[id(i.start)], i.platform, i.kind is not interaction, i.id),
    )
    cal = object.__new__(ContentCalendar)
    set_tz, set_start, set_end, set_items, set_rules, set_issues = _CALENDAR_SETTERS
    set_tz(cal, tz)
    set_start(cal, start)
    set_end(cal, end)
    set_items(cal, tuple(ordered))
    set_rules(cal, _rules(rules))
    set_issues(cal, tuple(issues))
    return cal


UTC_ZONE = ZoneInfo("UTC")
MIN_STEP = timedelta(minutes=1)
"""The finest grid :meth:`ContentCalendar.next_free_slot` searches."""
_LAST_MOMENT = datetime(9999, 12, 30, tzinfo=UTC_ZONE)


def _positive(value: object, where: str, minimum: timedelta) -> None:
    """Raise unless ``value`` is a timedelta above zero and at least ``minimum``."""
    if not isinstance(value, timedelta):
        raise SocialkitTypeError(where, value, expected="a datetime.timedelta")
    if value <= timedelta(0) or value < minimum:
        least = f"at least {minimum}" if minimum else "a positive duration"
        raise ValidationError(where, f"got {value}", allowed=f"expected {least}", value=value)


class SlotChecker:
    """Whether one more post fits a rule, given the posts already placed.

    Keeps the placed times sorted (``bisect``) and per-period counts, so each
    check costs O(log n): planning stays linear in the length of the range.
    """

    def __init__(self, rule: FrequencyRule, tz: tzinfo, placed: Iterable[datetime] = ()) -> None:
        self.rule = rule
        self.tz = tz
        self.times: list[float] = []
        self.counts: dict[tuple[Period, str], int] = defaultdict(int)
        self.caps = {f.per: f.maximum for f in rule.frequencies if f.maximum is not None}
        self._day_keys: dict[date, list[tuple[Period, str]]] = {}
        self._last: tuple[datetime | None, float] = (None, 0.0)
        self._asked: tuple[datetime | None, list[tuple[Period, str]]] = (None, [])
        """The moment last checked and its periods: the planner adds what it just checked."""
        self._placed = bool(rule.windows) or rule.quiet_hours is not None
        """Whether the rule limits *when* in the day (else ``allows_at`` is always true)."""
        self._gap = None if rule.min_gap is None else rule.min_gap.total_seconds()
        for moment in placed:
            self.add(moment)

    def _keys(self, local: datetime) -> list[tuple[Period, str]]:
        """The capped periods ``local`` falls in, worked out once per local day."""
        day = local.date()
        keys = self._day_keys.get(day)
        if keys is None:
            keys = self._day_keys[day] = [(per, period_key(day, per)) for per in self.caps]
        return keys

    def __call__(self, moment: datetime) -> bool:
        local = moment.astimezone(self.tz)
        if self._placed and not self.rule.allows_at(local):
            return False
        counts, caps = self.counts, self.caps
        keys = self._keys(local)
        self._asked = (moment, keys)
        for key in keys:
            if counts[key] >= caps[key[0]]:
                return False
        seconds = self._gap
        if seconds is None:
            return True
        stamp = self._stamp(moment)
        times = self.times
        i = bisect.bisect_left(times, stamp)
        if i > 0 and stamp - times[i - 1] < seconds:
            return False
        return not (i < len(times) and times[i] - stamp < seconds)

    def _stamp(self, moment: datetime) -> float:
        """``moment.timestamp()``, kept for the one moment last asked about: the planner
        adds the candidate it has just checked."""
        last, stamp = self._last
        if last is not moment:
            stamp = moment.timestamp()
            self._last = (moment, stamp)
        return stamp

    def add(self, moment: datetime) -> None:
        """Record a post at ``moment``."""
        bisect.insort(self.times, self._stamp(moment))
        asked, keys = self._asked
        if asked is not moment:
            keys = self._keys(moment.astimezone(self.tz))
        for key in keys:
            self.counts[key] += 1
