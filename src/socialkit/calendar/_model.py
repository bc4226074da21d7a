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
from difflib import get_close_matches
from itertools import pairwise
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import attrs

from socialkit._core.fields import checked, frozen
from socialkit._core.findings import FINDING_HEADERS, Finding, finding_frame, finding_rows
from socialkit._core.i18n import H_, N_, tr
from socialkit._core.rules import RuleSet, rule_set_for
from socialkit._core.table import html_block, html_readable, html_table, short_repr, table
from socialkit._core.time import as_utc, elapsed, ensure_aware, in_hours, to_zone
from socialkit._core.validate import (
    Choice,
    each,
    non_empty_str,
    optional,
    positive_duration,
    to_enum,
    to_tuple,
)
from socialkit.calendar._assess import CalendarAssessment, assess_posts
from socialkit.calendar._content import said
from socialkit.calendar._display import calendar_html, calendar_repr, calendar_text
from socialkit.calendar._kinds import ItemKind
from socialkit.calendar._status import ItemStatus
from socialkit.calendar._tagging import tag_post
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError
from socialkit.frequency._rules import (
    FrequencyReport,
    FrequencyRule,
    Violation,
    period_key,
    period_start,
    usual_hours,
)
from socialkit.funnel._stages import ContentType, FunnelStage, optional_stage
from socialkit.measure._tracking import Utm, UtmTemplate
from socialkit.platforms._model import Period, Platform
from socialkit.platforms._registry import get_platform, slug_of
from socialkit.posts._model import Post
from socialkit.posts._rules import DEFAULT_RULES, Checker, PostContext

if TYPE_CHECKING:
    import pandas

__all__ = [
    "CalendarItem",
    "Conflict",
    "ConflictKind",
    "ContentCalendar",
    "PlanIssue",
    "SlotChecker",
    "TaggedCalendar",
]


def _kind(value: object) -> ItemKind:
    return to_enum(ItemKind, value)


def _content_type(value: object) -> ContentType | None:
    return None if value is None else to_enum(ContentType, value, "content_type")


def _opt_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    optional(non_empty_str)(instance, attribute, value)


def _status(value: object) -> ItemStatus:
    return to_enum(ItemStatus, value, "CalendarItem.status")


def _default_status(item: CalendarItem) -> ItemStatus:
    """A slot given its post is a draft; one without is planned."""
    return ItemStatus.PLANNED if item.post is None else ItemStatus.DRAFT


@frozen(kw_only=True)
class CalendarItem:
    """One entry of the calendar.

    ``content`` names what is published (a content id, an evergreen or event
    title); ``None`` marks an open slot still to fill.
    ``post`` is the :class:`~socialkit.posts.Post` written for the slot (``None``:
    not written yet); its ``scheduled_at`` is always the slot's ``start`` (the
    slot decides when it goes out: moving the slot moves its post;
    :meth:`ContentCalendar.fill` refuses a post scheduled at another instant). Interaction blocks publish nothing and take no
    post. ``status`` is the workflow step (:class:`ItemStatus`): by default
    ``planned`` without a post and ``draft`` with one; every step after
    ``planned`` needs a post. ``assignee`` names who works on it.
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
    start: datetime
    duration: timedelta = attrs.field(default=timedelta(minutes=30), validator=positive_duration)
    title: str = attrs.field(validator=non_empty_str)
    category: str | None = attrs.field(default=None, validator=_opt_text)
    stage: FunnelStage | None = attrs.field(default=None, converter=optional_stage)
    content_type: ContentType | None = attrs.field(default=None, converter=_content_type)
    content: str | None = attrs.field(default=None, validator=_opt_text)
    post: Post | None = None
    status: ItemStatus = attrs.field(
        default=attrs.Factory(_default_status, takes_self=True), converter=_status
    )
    assignee: str | None = attrs.field(default=None, validator=_opt_text)

    def __attrs_post_init__(self) -> None:
        post = self.post
        if post is None:
            if self.status.needs_post:
                raise ValidationError(
                    f"CalendarItem({self.id}).status",
                    tr("{value!r} without a post", value=self.status.value),
                    allowed=N_(
                        "expected status 'planned' for a slot with no post yet "
                        "(fill it first: ContentCalendar.fill)"
                    ),
                )
            return
        if not self.kind.is_post:
            raise ValidationError(
                f"CalendarItem({self.id}).post",
                tr("a post on an {value} block", value=self.kind.value),
                allowed=N_("expected posts only on items that publish (post, evergreen, event)"),
            )
        when = post.scheduled_at
        if when is not self.start:
            object.__setattr__(self, "post", attrs.evolve(post, scheduled_at=self.start))

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
    _set_post,
    _set_status,
    _set_assignee,
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
    post: Post | None = None,
    status: ItemStatus = ItemStatus.PLANNED,
    assignee: str | None = None,
) -> CalendarItem:
    """A :class:`CalendarItem` of values already in the form its constructor stores, unchecked.

    The planner's own items are built from validated parts: a registered slug,
    an :class:`ItemKind`, a start it localized, the channel's checked duration,
    its mix's checked category names. Running the converters and validators
    again on each of thousands of items was about a fifth of every plan. Only
    for such values: anything from outside goes through ``CalendarItem(...)``.
    ``tests/calendar/test_trusted_items.py`` pins that the result equals the
    validated constructor's for every item a plan makes. A ``post`` must
    already carry the item's ``start`` as its ``scheduled_at``.
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
    _set_post(item, post)
    _set_status(item, status)
    _set_assignee(item, assignee)
    return item


@frozen(kw_only=True)
class PlanIssue:
    """A constraint planning could not meet, and why (nothing is dropped silently).

    ``rule`` is the id of what happened; every id :func:`socialkit.plan` and
    :meth:`Strategy.plan <socialkit.strategy.Strategy.plan>` emit is one of
    (a test checks this list against the code, so it cannot drift):

    - ``min_per_day``, ``min_per_week``, ``min_per_month``: a period got fewer
      posts than the frequency rule's minimum, with no blackout day to explain it;
    - ``blackout``: a period got fewer posts than its minimum or target because
      of blackout days (never reported as a shortfall of the rule);
    - ``below_target``: weeks that got fewer posts than the channel's weekly
      target, in one issue per channel;
    - ``per_week_capped``: a channel's ``per_week`` above what its rule allows,
      capped to that;
    - ``minimum_lowered``: a channel's ``per_week`` below its rule's minimums,
      which were lowered to fit it (said once, ``shortfall`` 0);
    - ``weak_guidance``: the default rule of a channel rests on a weak source
      (``shortfall`` 0: set ``per_week`` or a frequency from your own results);
    - ``event_not_placed``: a fixed event occurrence that would have broken
      the frequency rule, fell on a blackout date, targets a platform outside
      the plan, or was past the occurrences examined;
    - ``evergreen_not_placed``: an evergreen item that found no slot;
    - ``example_not_placed``: a strategy's example post that no open slot fits
      (:meth:`Strategy.first_drafts <socialkit.strategy.Strategy.first_drafts>`).

    ``shortfall`` counts the posts missing (0 for a notice); ``period`` names
    the period (``2026-W48``, ``2026-12-24``, ``2026-12``) where it applies, or
    ``None``.

    >>> print(PlanIssue(platform="linkedin", rule="blackout", period="2026-W52",
    ...                 shortfall=2, reason="7 blackout day(s) in 2026-W52"))
    linkedin blackout in 2026-W52: short by 2 (7 blackout day(s) in 2026-W52)
    """

    platform: str
    rule: str
    period: str | None
    shortfall: int
    reason: str

    def __str__(self) -> str:
        where = tr(" in {period}", period=self.period) if self.period else ""
        if not self.shortfall:  # a notice (weak_guidance, minimum_lowered): nothing is missing
            return tr(
                "{platform} {rule}{where}: {reason}",
                platform=self.platform,
                rule=self.rule,
                where=where,
                reason=self.reason,
            )
        return tr(
            "{platform} {rule}{where}: short by {shortfall} ({reason})",
            platform=self.platform,
            rule=self.rule,
            where=where,
            shortfall=self.shortfall,
            reason=self.reason,
        )

    def rows(self) -> list[tuple[object, ...]]:
        """The issue as one row: platform, rule, period, shortfall, reason (text and HTML)."""
        return [(self.platform, self.rule, self.period or "-", self.shortfall, self.reason)]

    def _repr_html_(self) -> str:
        """The issue as a one-row HTML table under its sentence (notebooks)."""
        return html_readable(html_table(_ISSUE_HEADERS, self.rows(), caption=str(self)))

    def __repr__(self) -> str:
        return short_repr("PlanIssue", str(self))


_ISSUE_HEADERS = (H_("platform"), H_("rule"), H_("period"), H_("shortfall"), H_("reason"))
"""The columns of a planning issue's row (:meth:`PlanIssue.rows`)."""


class ConflictKind(Choice):
    """Kinds of calendar conflicts: posts under the rule's gap, or the same content twice.

    >>> ConflictKind.TOO_CLOSE.value
    'too close'
    """

    TOO_CLOSE = "too close"
    DUPLICATE = "duplicate"


@frozen(kw_only=True)
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

    def rows(self) -> list[tuple[object, ...]]:
        """The conflict as one row: kind, platform, both items (id and start), message."""
        return [
            (
                self.kind,
                self.first.platform,
                _item_cell(self.first),
                _item_cell(self.second),
                self.message,
            )
        ]

    def _repr_html_(self) -> str:
        """The conflict as a one-row HTML table under its sentence (notebooks)."""
        return html_readable(html_table(_CONFLICT_HEADERS, self.rows(), caption=str(self)))

    def __repr__(self) -> str:
        return short_repr(
            "Conflict", f"{self.kind} {self.first.id}, {self.second.id}: {self.message}"
        )


_CONFLICT_HEADERS = (H_("kind"), H_("platform"), H_("first"), H_("second"), H_("message"))


def _item_cell(item: CalendarItem) -> str:
    """An item in a conflict's row: its id and its start as written (with its offset)."""
    return f"{item.id} {item.start.isoformat(timespec='minutes')}"


def _rules(value: Mapping[str, FrequencyRule] | Iterable[tuple[str, FrequencyRule]]) -> Any:
    pairs = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted(pairs, key=lambda pair: pair[0]))


def _items(value: Iterable[CalendarItem]) -> tuple[CalendarItem, ...]:
    return tuple(sorted(value, key=_item_order))


def _item_order(item: CalendarItem) -> tuple[Any, ...]:
    return (item.start.timestamp(), item.platform, item.kind != ItemKind.INTERACTION, item.id)


def _date_only(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise SocialkitTypeError(f"ContentCalendar.{attribute.name}", value, expected=N_("a date"))


@frozen(kw_only=True)
class ContentCalendar:
    """A planned calendar: items sorted by start, per-platform rules and planning issues.

    ``start`` and ``end`` are local dates in ``tz`` (``end`` exclusive).
    Build one with :func:`socialkit.plan`; derive changed copies with
    :meth:`with_items` or :func:`attrs.evolve`.

    >>> import socialkit
    >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris"),
    ...                      start=date(2026, 11, 23), end=date(2026, 12, 7))
    >>> [f"{i.start:%a %d %H:%M}" for i in cal.filter(kind="post").items]
    ['Mon 23 10:00', 'Wed 25 10:00', 'Fri 27 10:00', 'Mon 30 10:00', 'Thu 03 10:00']
    """

    tz: ZoneInfo = attrs.field(converter=to_zone)
    start: date = attrs.field(validator=_date_only)
    end: date = attrs.field(validator=_date_only)
    items: tuple[CalendarItem, ...] = attrs.field(default=(), converter=_items)
    rules: tuple[tuple[str, FrequencyRule], ...] = attrs.field(default=(), converter=_rules)
    issues: tuple[PlanIssue, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        if self.end <= self.start:
            raise ValidationError(
                "ContentCalendar.end",
                tr("{end} is not after start={start}", end=self.end, start=self.start),
                allowed=N_("expected start < end"),
            )
        seen: set[str] = set()
        for item in self.items:
            if item.id in seen:
                raise ValidationError(
                    "ContentCalendar.items",
                    tr("id {id!r} used twice", id=item.id),
                    allowed=N_("expected unique ids (they become iCalendar UIDs)"),
                )
            seen.add(item.id)
            day = item.start.astimezone(self.tz).date()
            if not self.start <= day < self.end:
                raise ValidationError(
                    "ContentCalendar.items",
                    tr(
                        "{id!r} starts on {day}, outside {start} to {end}",
                        id=item.id,
                        day=day,
                        start=self.start,
                        end=self.end,
                    ),
                    allowed=N_("expected items starting within [start, end) in the calendar's tz"),
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

    @checked
    def filter(
        self,
        *,
        platform: str | Platform | None = None,
        stage: FunnelStage | str | None = None,
        category: str | None = None,
        pillar: str | None = None,
        kind: ItemKind | str | None = None,
        status: ItemStatus | str | None = None,
        assignee: str | None = None,
        filled: bool | None = None,
    ) -> ContentCalendar:
        """The calendar of the items matching every given criterion (ids kept).

        The result keeps the range, the zone and the issues; with ``platform``
        it keeps that platform's rule and issues only. ``platform`` accepts
        aliases and raises :class:`~socialkit.UnknownPlatformError` for an
        unregistered name (a typo never reads as "nothing planned"); ``pillar``
        is another name for ``category``, the content-mix category an item was
        planned for (a strategy's pillars are its categories); ``filled`` keeps
        the slots with (``True``) or without (``False``) a post.

        >>> import socialkit
        >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["linkedin", "x"],
        ...     tz="Europe/Paris"), start=date(2026, 11, 23), end=date(2026, 11, 30))
        >>> len(cal.filter(platform="linkedin", kind="post").items)
        3
        >>> cal.filter(platform="twitter") == cal.filter(platform="x")
        True
        >>> cal.filter(platform="x").platforms
        ('x',)
        """
        if pillar is not None and category is not None and pillar != category:
            raise ValidationError(
                "ContentCalendar.filter(pillar)",
                tr(
                    "{pillar!r} differs from category={category!r}",
                    pillar=pillar,
                    category=category,
                ),
                allowed=N_("expected one of them (pillar is another name for category)"),
            )
        category = category if category is not None else pillar
        if category is not None and not isinstance(category, str):
            raise SocialkitTypeError(
                "ContentCalendar.filter(category)", category, expected=N_("a str")
            )
        if assignee is not None and not isinstance(assignee, str):
            raise SocialkitTypeError(
                "ContentCalendar.filter(assignee)", assignee, expected=N_("a str")
            )
        if filled is not None and not isinstance(filled, bool):
            raise SocialkitTypeError(
                "ContentCalendar.filter(filled)", filled, expected=N_("a bool")
            )
        slug = None if platform is None else slug_of(platform)
        want_kind = None if kind is None else _kind(kind)
        want_stage = optional_stage(stage)
        want_status = None if status is None else to_enum(ItemStatus, status, "filter(status)")
        items = tuple(
            i
            for i in self.items
            if (slug is None or i.platform == slug)
            and (want_stage is None or i.stage is want_stage)
            and (category is None or i.category == category)
            and (want_kind is None or i.kind is want_kind)
            and (want_status is None or i.status is want_status)
            and (assignee is None or i.assignee == assignee)
            and (filled is None or (i.post is not None) is filled)
        )
        if slug is None:
            return self._with(items)
        return attrs.evolve(
            self._with(items),
            rules=[(p, r) for p, r in self.rules if p == slug],
            issues=[i for i in self.issues if i.platform == slug],
        )

    def _with(self, items: tuple[CalendarItem, ...]) -> ContentCalendar:
        """A copy with ``items`` (already in calendar order, unique, in range): not re-sorted."""
        cal = object.__new__(ContentCalendar)
        for name, setter in zip(_CALENDAR_FIELDS, _CALENDAR_SETTERS, strict=True):
            setter(cal, items if name == "items" else getattr(self, name))
        return cal

    # -- the work on the plan: fill, replace, remove ------------------------------------

    def item(self, item_id: str) -> CalendarItem:
        """The item with id ``item_id``; :class:`~socialkit.NotFoundError` (with the
        closest ids) for an unknown one.

        >>> import socialkit
        >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["linkedin"],
        ...     tz="Europe/Paris"), start=date(2026, 11, 23), end=date(2026, 11, 30))
        >>> cal.item("linkedin-2026W48-1").start.isoformat()
        '2026-11-23T10:00:00+01:00'
        """
        return self.items[self._index(item_id, "ContentCalendar.item(item_id)")]

    def _index(self, item_id: object, where: str) -> int:
        if not isinstance(item_id, str):
            raise SocialkitTypeError(where, item_id, expected=N_("an item id (str)"))
        for n, item in enumerate(self.items):
            if item.id == item_id:
                return n
        ids = [i.id for i in self.items]
        known = ids if len(ids) <= 12 else [*ids[:12], f"... ({len(ids)} ids)"]
        raise NotFoundError(where, item_id, known, get_close_matches(item_id, ids, n=3))

    def fill(
        self,
        item_id: str,
        post: Post | str,
        *,
        status: ItemStatus | str = ItemStatus.DRAFT,
        assignee: str | None = None,
    ) -> ContentCalendar:
        """A copy whose slot ``item_id`` carries ``post`` (a :class:`~socialkit.posts.Post`,
        or its text), at ``status`` (default draft).

        A post has no platform of its own: it is written for the slot's
        platform, and :meth:`assess` judges it there. It goes out at the slot's
        start, which becomes its ``scheduled_at``; a post already scheduled at
        another instant is refused (move the slot with :meth:`replace`). Filling
        a filled slot replaces its post; ``assignee`` (when given) replaces the
        slot's. Interaction blocks take no post.

        >>> import socialkit
        >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["linkedin"],
        ...     tz="Europe/Paris"), start=date(2026, 11, 23), end=date(2026, 11, 30))
        >>> filled = cal.fill("linkedin-2026W48-1", "Three audit tips #finance", assignee="Ana")
        >>> slot = filled.item("linkedin-2026W48-1")
        >>> slot.status, slot.post.scheduled_at == slot.start, slot.assignee
        (<ItemStatus.DRAFT: 'draft'>, True, 'Ana')
        >>> cal.fill("linkedin-2026W48-9", "Hi")
        Traceback (most recent call last):
        ...
        socialkit.errors.NotFoundError: ContentCalendar.fill(item_id): unknown 'linkedin-2026W48-9'; did you mean ...
        """
        where = "ContentCalendar.fill"
        n = self._index(item_id, f"{where}(item_id)")
        if isinstance(post, str):
            post = Post(text=post)
        elif not isinstance(post, Post):
            raise SocialkitTypeError(
                f"{where}(post)", post, expected=N_("a Post or its text (str)")
            )
        slot = self.items[n]
        when = post.scheduled_at
        if when is not None and as_utc(when) != as_utc(slot.start):
            raise ValidationError(
                f"{where}(post).scheduled_at",
                tr(
                    "{given} is not the slot's start {start}",
                    given=when.isoformat(),
                    start=slot.start.isoformat(),
                ),
                allowed=N_(
                    "expected the slot's start, or None (a filled post goes out at its "
                    "slot's time: move the slot with ContentCalendar.replace to change it)"
                ),
            )
        if not slot.kind.is_post:
            raise ValidationError(
                f"{where}(item_id)",
                tr("{item_id!r} is an {value} block", item_id=item_id, value=slot.kind.value),
                allowed=N_("expected a slot that publishes (post, evergreen, event)"),
            )
        changes: dict[str, Any] = {"post": post, "status": status}
        if assignee is not None:
            changes["assignee"] = assignee
        filled = attrs.evolve(slot, **changes)
        return self._with((*self.items[:n], filled, *self.items[n + 1 :]))

    def replace(self, *items: CalendarItem) -> ContentCalendar:
        """A copy where each of ``items`` takes the place of the item with its id.

        Everything but the id may change (the start, the post, the status...);
        an id the calendar does not have is a :class:`~socialkit.NotFoundError`
        (add new items with :meth:`with_items`).

        >>> import socialkit
        >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["linkedin"],
        ...     tz="Europe/Paris"), start=date(2026, 11, 23), end=date(2026, 11, 30))
        >>> slot = cal.item("linkedin-2026W48-1")
        >>> moved = cal.replace(attrs.evolve(slot, start=slot.start + timedelta(hours=2)))
        >>> f"{moved.item(slot.id).start:%H:%M}", len(moved.items) == len(cal.items)
        ('12:00', True)
        """
        where = "ContentCalendar.replace"
        new = _new_items(items, where)
        index = {item.id: n for n, item in enumerate(self.items)}
        updated = list(self.items)
        for item in new:
            if item.id not in index:
                self._index(item.id, f"{where}(items)")  # raises, naming close ids
            updated[index[item.id]] = item
        return attrs.evolve(self, items=updated)

    def without(self, *item_ids: str) -> ContentCalendar:
        """A copy without the items of ``item_ids`` (each must be in the calendar).

        >>> import socialkit
        >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["linkedin"],
        ...     tz="Europe/Paris"), start=date(2026, 11, 23), end=date(2026, 11, 30))
        >>> len(cal.without("linkedin-2026W48-1").items) == len(cal.items) - 1
        True
        """
        where = "ContentCalendar.without(item_ids)"
        gone = set()
        for item_id in item_ids:
            self._index(item_id, where)
            gone.add(item_id)
        return self._with(tuple(i for i in self.items if i.id not in gone))

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
        the frequency rules are not checked (see :meth:`conflicts` and :meth:`check`).

        An id the calendar already has is refused: change that item with
        :meth:`replace` or :meth:`fill` instead.
        """
        new = _new_items(items, "ContentCalendar.with_items")
        present = {i.id for i in self.items}
        for item in new:
            if item.id in present:
                raise ValidationError(
                    "ContentCalendar.with_items",
                    tr("id {id!r} is already in the calendar", id=item.id),
                    allowed=N_(
                        "expected new ids (to change an item, use replace(item) or "
                        "fill(item_id, post))"
                    ),
                )
        return attrs.evolve(self, items=(*self.items, *new))

    # -- checking and tagging the filled posts -----------------------------------------

    def assess(
        self,
        *,
        rules: RuleSet[PostContext] = DEFAULT_RULES,
        checkers: Mapping[str, Checker] | None = None,
        tiers: Mapping[str, str] | None = None,
    ) -> CalendarAssessment:
        """Check every publishing slot: its post against its platform's rules, in its place.

        Each filled slot's post goes through :func:`socialkit.posts.assess` for
        the slot's platform, with ``rules`` and ``checkers`` as there and
        ``tiers`` mapping platforms to their paid tier. Frequency is judged
        against the calendar's own schedule: the other items that publish on
        that platform (filled or not) are the history, held to the platform's
        rule in :attr:`rules` (the posts' default,
        :meth:`FrequencyRule.for_platform <socialkit.frequency.FrequencyRule.for_platform>`,
        where the calendar has none), counted in the calendar's zone. An open
        slot is reported as blocking, not assessed.

        >>> import socialkit
        >>> from socialkit.posts import Media
        >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["instagram"],
        ...     tz="America/New_York"), start=date(2026, 11, 23), end=date(2026, 11, 30))
        >>> first, second = (i.id for i in cal.filter(kind="post").items[:2])
        >>> cal = cal.fill(first, "Fresh sourdough #bread").fill(
        ...     second, socialkit.Post(text="Croissants #bakery", media=[Media.image()]))
        >>> result = cal.assess()
        >>> result[first].reasons
        ('a hard limit is broken', 'error instagram.required_media')
        >>> result[second].blocking
        False
        """
        rules = rule_set_for(rules, PostContext, "ContentCalendar.assess(rules)")
        by_tier: dict[str, str] = {}
        if tiers is not None:
            if not isinstance(tiers, Mapping):
                raise SocialkitTypeError(
                    "ContentCalendar.assess(tiers)",
                    tiers,
                    expected=N_("a mapping of platform to tier"),
                )
            by_tier = {slug_of(p): t for p, t in tiers.items()}
        return assess_posts(
            self.items,
            tz=self.tz,
            rules_by_platform=dict(self.rules),
            rules=rules,
            checkers=checkers,
            tiers=by_tier,
        )

    def tag_links(self, template: UtmTemplate | Utm, *, overwrite: bool = False) -> TaggedCalendar:
        """UTM-tag the links of every filled post, with :func:`socialkit.measure.tag_links`.

        A :class:`~socialkit.measure.UtmTemplate` is filled per item: ``{platform}``,
        ``{id}``, ``{date}`` (the local start date, ``2026-11-23``), ``{category}``
        and ``{stage}`` (``none`` when the item has none); values are
        normalised as every UTM value is. Each post's body is re-measured as
        its platform counts it: :attr:`TaggedCalendar.over` names the items a
        tag pushed over their limit and :attr:`TaggedCalendar.findings` says by
        how much (the ``tracking.tag_overflow`` error of ``tag_links``, its
        ``where`` naming the item). The tagged calendar keeps those posts
        tagged: shorten them, then tag again (a tag already there is kept
        unless ``overwrite``).

        >>> import socialkit
        >>> from socialkit.measure import UtmTemplate
        >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["bluesky"],
        ...     tz="Europe/Paris"), start=date(2026, 11, 23), end=date(2026, 11, 30))
        >>> slot = cal.filter(kind="post").items[0].id
        >>> cal = cal.fill(slot, "Our guide: https://ex.com/guide " + "x" * 250)
        >>> tagged = cal.tag_links(UtmTemplate(source="{platform}", medium="social",
        ...                                    campaign="winter", content="{id}"))
        >>> tagged.calendar.item(slot).post.text[:59]
        'Our guide: https://ex.com/guide?utm_source=bluesky&utm_medi'
        >>> tagged.over == (slot,)
        True
        """
        if not isinstance(template, Utm | UtmTemplate):
            raise SocialkitTypeError(
                "ContentCalendar.tag_links(template)",
                template,
                expected=N_("a UtmTemplate or a Utm"),
            )
        if not isinstance(overwrite, bool):
            raise SocialkitTypeError(
                "ContentCalendar.tag_links(overwrite)", overwrite, expected=N_("a bool")
            )
        items = list(self.items)
        findings: list[Finding] = []
        over: list[str] = []
        for n, item in enumerate(items):
            if item.post is None:
                continue
            platform = get_platform(item.platform)
            if isinstance(template, Utm):
                tag = template
            else:
                tag = template.fill(
                    platform,
                    id=item.id,
                    date=item.start.astimezone(self.tz).date().isoformat(),
                    category=item.category or "none",
                    stage=str(item.stage) if item.stage is not None else "none",
                )
            post, found, pushed = tag_post(item.post, platform, tag, overwrite=overwrite)
            items[n] = attrs.evolve(item, post=post)
            findings += (
                attrs.evolve(f, where=f"items[{item.id}].{f.where}" if f.where else item.id)
                for f in found
            )
            if pushed:
                over.append(item.id)
        return TaggedCalendar(
            calendar=self._with(tuple(items)), over=tuple(over), findings=tuple(findings)
        )

    def conflicts(self, *, window: timedelta = timedelta(days=7)) -> tuple[Conflict, ...]:
        """Posts too close on one platform (under the rule's gap) and duplicates.

        A duplicate is the same content (case-insensitive) on one platform
        twice within ``window`` (a positive :class:`~datetime.timedelta`): a
        filled slot's content is its post's text, without links, hashtags and
        mentions (so per-slot UTM tags do not hide a repeat), an open slot's its
        ``content``; slots that say nothing yet (no post, ``content=None``)
        never clash.
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
                            message=tr(
                                "{platform}: {first} and {second} are {apart} apart "
                                "(rule: at least {gap})",
                                platform=platform,
                                first=a.id,
                                second=b.id,
                                apart=in_hours(elapsed(a.start, b.start)),
                                gap=in_hours(gap),
                            ),
                        )
                    )
            last: dict[str, CalendarItem] = {}
            for item in posts:
                message = said(item)
                if message is None:
                    continue
                key = message.casefold()
                prev = last.get(key)
                if prev is not None and elapsed(prev.start, item.start) < window:
                    found.append(
                        Conflict(
                            kind=ConflictKind.DUPLICATE,
                            first=prev,
                            second=item,
                            message=tr(
                                "{platform}: {message} twice within {days} days "
                                "({first}, {second})",
                                platform=platform,
                                message=repr(message),
                                days=window.days,
                                first=prev.id,
                                second=item.id,
                            ),
                        )
                    )
                last[key] = item
        return tuple(found)

    @checked
    def next_free_slot(
        self,
        platform: str,
        *,
        after: datetime,
        step: timedelta = timedelta(minutes=15),
        horizon: timedelta = timedelta(days=366),
    ) -> datetime | None:
        """The first time at or after ``after`` where one more post keeps the rule, at a usual hour.

        Candidates are local times on a ``step`` grid from midnight (at least a
        minute; by default the quarter hours) inside the platform's usual hours
        (:func:`socialkit.frequency.usual_hours`: its benchmark windows' span,
        else 08:00-20:00), or anywhere in the rule's own windows when it has
        some; each must keep the rule's maxima (Instagram: one feed post a day),
        gap and quiet hours. Up to ``horizon`` ahead; ``None`` if no time fits.
        ``platform`` must be one the calendar covers: an unknown name raises
        rather than answer for a rule that was never planned. Week 48 below
        already has LinkedIn's maximum of 3, so the answer is Monday of week 49,
        at the start of LinkedIn's usual hours (never midnight).

        >>> import socialkit
        >>> from zoneinfo import ZoneInfo
        >>> cal = socialkit.plan(socialkit.PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris"),
        ...                      start=date(2026, 11, 23), end=date(2026, 11, 30))
        >>> cal.next_free_slot("linkedin", after=datetime(2026, 11, 23, 12, tzinfo=ZoneInfo("Europe/Paris")))
        datetime.datetime(2026, 11, 30, 10, 0, tzinfo=zoneinfo.ZoneInfo(key='Europe/Paris'))
        """
        slug = self._covered(platform, "ContentCalendar.next_free_slot(platform)")
        moment = ensure_aware(after, "next_free_slot(after)").astimezone(self.tz)
        _positive(step, "next_free_slot(step)", MIN_STEP)
        _positive(horizon, "next_free_slot(horizon)", timedelta(0))
        rule = self.rule(slug)
        fits = SlotChecker(rule, self.tz, (i.start for i in self.posts(slug)))
        if rule.windows:  # the rule says when: its windows, whatever the usual hours
            first, last = 0, _DAY_SECONDS
        else:
            opens, closes = usual_hours(slug)
            first = opens.hour * 3600 + opens.minute * 60
            last = (closes.hour * 3600 + closes.minute * 60) or _DAY_SECONDS
        grid = int(step.total_seconds())
        first = -(-first // grid) * grid  # the first grid time inside the usual hours
        try:
            limit = min(moment.astimezone(UTC_ZONE) + horizon, _LAST_MOMENT)
        except OverflowError:  # within a day of datetime.max: no room left
            return None
        day = moment.date()
        while datetime.combine(day, datetime.min.time(), self.tz).astimezone(UTC_ZONE) < limit:
            midnight = datetime.combine(day, datetime.min.time(), self.tz)
            for seconds in range(first, last, grid):  # wall times, a DST gap's pushed forward
                candidate = (midnight + timedelta(seconds=seconds)).astimezone(UTC_ZONE)
                if candidate >= limit:
                    return None
                local = candidate.astimezone(self.tz)
                if local >= moment and local.date() == day and fits(local):
                    return local
            if day >= _LAST_DAY:
                return None
            day += timedelta(days=1)
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


def _new_items(items: tuple[object, ...], where: str) -> tuple[CalendarItem, ...]:
    """``items`` checked to be calendar items (a list given as one argument is named)."""
    for n, item in enumerate(items):
        if not isinstance(item, CalendarItem):
            expected = (
                N_("a CalendarItem (pass items as separate arguments: f(*items))")
                if isinstance(item, list | tuple)
                else N_("a CalendarItem")
            )
            raise SocialkitTypeError(f"{where}(items[{n}])", item, expected=expected)
    return items  # type: ignore[return-value]


@frozen(kw_only=True)
class TaggedCalendar:
    """What :meth:`ContentCalendar.tag_links` made: the tagged calendar and what went over.

    ``over`` holds the ids of the items whose post fitted before tagging and no
    longer does; ``findings`` the re-measure's findings (``tracking.tag_overflow``
    errors, ``tracking.untagged_link`` tips), each ``where`` naming its item.
    """

    calendar: ContentCalendar
    over: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=each(non_empty_str)
    )
    findings: tuple[Finding, ...] = ()

    # -- display (notebooks and terminals) ------------------------------------------

    def _summary(self) -> str:
        if self.over:
            return tr(
                "tagging pushed {count} items over their limit ({ids}); {findings} findings",
                count=len(self.over),
                ids=", ".join(self.over),
                findings=len(self.findings),
            )
        return tr(
            "tagging pushed no item over its limit; {findings} findings",
            findings=len(self.findings),
        )

    def __str__(self) -> str:
        text = f"{calendar_text(self.calendar)}\n\n{self._summary()}"
        if self.findings:
            text += "\n" + table(FINDING_HEADERS, finding_rows(self.findings))
        return text

    def _repr_html_(self) -> str:
        """The calendar's own display, then what the tagging reported (notebooks)."""
        return html_block(
            self.calendar._repr_html_(),
            html_table(FINDING_HEADERS, finding_rows(self.findings), caption=self._summary()),
        )

    def __repr__(self) -> str:
        cal = self.calendar
        return short_repr(
            "TaggedCalendar",
            f"{cal.start}..{cal.end} {cal.tz.key}: {len(cal.posts())} posts, "
            f"{len(self.over)} over their limit, {len(self.findings)} findings",
        )

    def to_dataframe(self) -> pandas.DataFrame:
        """The tagging's findings, one row each (``severity`` a category), pandas extra."""
        return finding_frame("TaggedCalendar.to_dataframe", self.findings)


_CALENDAR_SETTERS = tuple(
    ContentCalendar.__dict__[a.name].__set__ for a in attrs.fields(ContentCalendar)
)
"""The calendar's slot setters, in field order (see :data:`_ITEM_SETTERS`)."""
_CALENDAR_FIELDS = tuple(a.name for a in attrs.fields(ContentCalendar))


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
_LAST_DAY = date(9999, 12, 29)
_DAY_SECONDS = 24 * 3600


def _positive(value: object, where: str, minimum: timedelta) -> None:
    """Raise unless ``value`` is a timedelta above zero and at least ``minimum``."""
    if not isinstance(value, timedelta):
        raise SocialkitTypeError(where, value, expected="a datetime.timedelta")
    if value <= timedelta(0) or value < minimum:
        raise ValidationError(
            where,
            tr("got {value}", value=value),
            allowed=tr("expected at least {minimum}", minimum=minimum)
            if minimum
            else N_("expected a positive duration"),
            value=value,
        )


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
