"""The practices a calendar can show: Bhargava's cross-channel rules ([003]) and format alternation ([001]).

A single post cannot show that it was pushed to several channels, nor that a page
alternates text, images, videos and questions: a calendar can. These rules are
:class:`~socialkit.Rule` values over a :class:`~socialkit.ContentCalendar` in
:data:`CALENDAR_RULES`, run by :func:`check_calendar`; each finding is a tip,
labelled as the course's heuristic, with its source. A filled slot is read by
its post (its text, its format or media: :mod:`socialkit.calendar._content`),
an open slot by its ``content``, ``title`` and ``content_type``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from socialkit._core.findings import Finding, Severity
from socialkit._core.i18n import N_, tr
from socialkit._core.practices import OWN_THRESHOLD
from socialkit._core.rules import Hit, Rule, RuleSet, rule_set_for
from socialkit.calendar._content import format_of, said
from socialkit.calendar._model import CalendarItem, ContentCalendar
from socialkit.errors import SocialkitTypeError
from socialkit.funnel._stages import ContentType
from socialkit.measure._alternation import (
    ALTERNATE_FORMATS,
    FORMAT_RUN_LIMIT,
    format_runs,
)
from socialkit.measure._history import PostRecord
from socialkit.posts._bhargava import BHARGAVA, REWARD_WORDS
from socialkit.posts._rules import has_words

__all__ = ["CALENDAR_RULES", "CalendarRule", "check_calendar"]

CalendarRule = Rule[ContentCalendar]
"""A rule over a :class:`~socialkit.ContentCalendar`."""

_REWARD_TYPES = frozenset(
    {
        ContentType.CONTEST,
        ContentType.PROMOTION,
        ContentType.EXCLUSIVE_BENEFITS,
        ContentType.COMMERCIAL_OFFER,
    }
)
"""Content types that are a reward for the audience in themselves."""


def _where(calendar: ContentCalendar, item: CalendarItem) -> str:
    return f"items[{calendar.items.index(item)}]"


def _share_actively(rule: CalendarRule, calendar: ContentCalendar) -> Iterator[Hit]:
    channels: dict[str, list[tuple[CalendarItem, str]]] = defaultdict(list)
    for item in calendar.posts():
        message = said(item)
        if message is not None:
            channels[message.casefold()].append((item, message))
    platforms = {i.platform for i in calendar.posts()}
    for items in channels.values():
        on = {i.platform for i, _ in items}
        if len(on) > 1:
            continue
        first, message = items[0]
        elsewhere = sorted(platforms - on)
        hint = tr(" (also on {platforms}?)", platforms=", ".join(elsewhere)) if elsewhere else ""
        yield Hit(
            message=tr(
                "{message} goes out on {platform} only{hint}: Bhargava's rules ([003], "
                "a course heuristic) push the same content to several channels",
                message=repr(message),
                platform=first.platform,
                hint=hint,
            ),
            where=_where(calendar, first),
        )


def _rewards(item: CalendarItem) -> bool:
    """Whether the item rewards the audience: by its content type and words, its post's once filled."""
    post = item.post
    if post is None:
        kind, texts = item.content_type, (item.title, item.content)
    else:
        kind, texts = post.content_type, (post.title, post.text)
    return kind in _REWARD_TYPES or bool(has_words("\n".join(t for t in texts if t), REWARD_WORDS))


def _calendar_reward(rule: CalendarRule, calendar: ContentCalendar) -> Iterator[Hit]:
    posts = calendar.posts()
    if not posts:
        return
    if any(_rewards(item) for item in posts):
        return
    yield Hit(
        message=tr(
            "none of the {count} posts rewards the audience (a contest, an exclusive offer, "
            "a discount): Bhargava's rules ([003], a course heuristic)",
            count=len(posts),
        ),
        where="items",
    )


def _alternate_formats(rule: CalendarRule, calendar: ContentCalendar) -> Iterator[Hit]:
    posts = calendar.posts()
    records = [
        PostRecord(
            posted_at=item.start,
            platform=item.platform,
            format=format_of(item),
            line=index,
        )
        for index, item in enumerate(posts)
    ]
    longest = FORMAT_RUN_LIMIT if rule.threshold is None else max(rule.threshold, 1)
    for run in format_runs(records, longest=longest):
        first = posts[run.records[0].line]
        yield Hit(
            message=tr(
                "{run}: alternate text, images, videos and questions ([001], a course "
                "heuristic; more than {longest} in a row is socialkit's default limit)",
                run=run,
                longest=longest,
            ),
            where=_where(calendar, first),
        )


CALENDAR_RULES: RuleSet[ContentCalendar] = RuleSet(
    (
        Rule(
            id="bhargava.share_actively",
            severity=Severity.TIP,
            title=N_("Content pushed to one channel only."),
            fix=N_("publish the same content on your other channels too"),
            source=BHARGAVA,
            check=_share_actively,
        ),
        Rule(
            id="bhargava.calendar_reward",
            severity=Severity.TIP,
            title=N_("No reward for the audience in the whole calendar."),
            fix=N_("plan a contest, an exclusive video or a discount"),
            source=BHARGAVA,
            check=_calendar_reward,
        ),
        Rule(
            id="page.alternate_formats",
            severity=Severity.TIP,
            title=N_("A long run of one format."),
            fix=N_("alternate text, images, videos and questions"),
            why=OWN_THRESHOLD,
            source=ALTERNATE_FORMATS,
            threshold=FORMAT_RUN_LIMIT,
            check=_alternate_formats,
        ),
    ),
    subject=ContentCalendar,
)
"""The practices a calendar shows: Bhargava's ``share_actively`` and reward ([003]), and
[001]'s format alternation (``page.alternate_formats``, threshold 3: socialkit's default)."""


def check_calendar(
    calendar: ContentCalendar, *, rules: RuleSet[ContentCalendar] = CALENDAR_RULES
) -> tuple[Finding, ...]:
    """The findings of ``rules`` (default :data:`CALENDAR_RULES`) on ``calendar``.

    >>> from datetime import date, datetime, timedelta
    >>> from zoneinfo import ZoneInfo
    >>> paris = ZoneInfo("Europe/Paris")
    >>> def item(n, platform, content, kind="video"):
    ...     return CalendarItem(id=f"{platform}-{n}", platform=platform, kind="post",
    ...                         start=datetime(2026, 3, 2 + n, 10, tzinfo=paris),
    ...                         title=f"post {n}", content=content, content_type=kind)
    >>> cal = ContentCalendar(tz=paris, start=date(2026, 3, 1), end=date(2026, 3, 31), items=[
    ...     item(0, "facebook", "Spring guide"), item(1, "x", "Spring guide"),
    ...     item(2, "facebook", "Win a bike: contest"), item(3, "facebook", "Team news"),
    ...     item(4, "facebook", "Shop tour")])
    >>> for finding in check_calendar(cal):
    ...     print(finding.rule, finding.where)
    bhargava.share_actively items[2]
    bhargava.share_actively items[3]
    bhargava.share_actively items[4]
    page.alternate_formats items[0]
    >>> check_calendar(cal, rules=CALENDAR_RULES.with_weight("page.alternate_formats", 0)
    ...                .without("bhargava.share_actively"))[0].rule
    'page.alternate_formats'
    """
    if not isinstance(calendar, ContentCalendar):
        raise SocialkitTypeError(
            "check_calendar(calendar)", calendar, expected=N_("a ContentCalendar")
        )
    return rule_set_for(rules, ContentCalendar, "check_calendar(rules)").check(calendar)
