"""Page management ([001]): keep the page complete and current.

[001] on the company page: it "must be detailed, interactive, full of photos and
even videos, and constantly kept up to date". *Complete* is the profile:
:func:`~socialkit.strategy.check_profile` flags empty fields, missing keywords
and images. *Current* is the posting: :data:`PAGE_RULES` flag a page whose last
post is older than :data:`PAGE_QUIET_DAYS` days, and each silence of more than
that many days between two posts, in a history (what went out) or a calendar
(what is planned). :func:`check_page` runs both. The number of days is
socialkit's own default, not the course's (the course gives none): override it.
Answering "citing the person" is an inbox rule
(``community.cite_the_person``, :func:`~socialkit.community.check_responsiveness`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any

import attrs

from socialkit._core import numbers as num
from socialkit._core.documents import BLOG_ARCHIVE
from socialkit._core.findings import Finding, Severity
from socialkit._core.i18n import N_, tr
from socialkit._core.practices import OWN_THRESHOLD
from socialkit._core.rules import Hit, Rule, RuleSet, rule_set_for
from socialkit._core.validate import at_least, to_int
from socialkit.calendar._model import CalendarItem, ContentCalendar
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError
from socialkit.measure._history import History, PostRecord
from socialkit.platforms._model import Platform
from socialkit.platforms._registry import get_platform, slug_of
from socialkit.strategy._profile import PROFILE_FIELDS, PROFILE_RULES, Profile, ProfileCheck

__all__ = ["PAGE_QUIET_DAYS", "PAGE_RULES", "PageActivity", "check_page"]
# PageActivity is the rules' subject, built by check_page: not exported by the package.

PAGE_SOURCE = BLOG_ARCHIVE.at(
    "Facebook page: detailed, full of photos and videos, always up to date"
)
"""[001]'s advice the page rules check."""

PAGE_QUIET_DAYS = 7
"""Days without a post after which a page no longer counts as current.

**socialkit's own default** (:data:`~socialkit._core.documents.HEURISTIC`): [001]
says "constantly kept up to date" without a number; a week is socialkit's choice.
Pass ``quiet_days=`` to :func:`check_page`.
"""

Posted = tuple[tuple[int, datetime], ...]
"""``(index in the input, moment)`` pairs, oldest first."""


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _between(start: datetime, end: datetime) -> timedelta:
    """Real time from ``start`` to ``end``, by UTC offsets (no overflow near datetime's range)."""
    a = start.replace(tzinfo=timezone(start.utcoffset() or timedelta(0)))
    b = end.replace(tzinfo=timezone(end.utcoffset() or timedelta(0)))
    return b - a


def _sorted(value: object) -> object:
    """The pairs oldest first (anything else is left for the validator to reject)."""
    try:
        return tuple(sorted(value, key=lambda p: (_between(_EPOCH, p[1]), p[0])))  # type: ignore[call-overload]
    except (TypeError, AttributeError, IndexError, KeyError):
        return value


def _posted(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    where = f"PageActivity.{attribute.name}"
    if not isinstance(value, tuple):
        raise SocialkitTypeError(where, value, expected=N_("a tuple of (index, datetime) pairs"))
    for item in value:
        if (
            not isinstance(item, tuple)
            or len(item) != 2
            or isinstance(item[0], bool)
            or not isinstance(item[0], int)
            or not isinstance(item[1], datetime)
            or item[1].utcoffset() is None
        ):
            raise SocialkitTypeError(where, item, expected=N_("an (index, aware datetime) pair"))


@attrs.frozen(kw_only=True)
class PageActivity:
    """What :data:`PAGE_RULES` check: when a page posted, as of ``now``.

    ``posted`` holds ``(index, moment)`` pairs, oldest first, where ``index`` is
    the post's place in what was given to :func:`check_page` (findings point at
    ``posts[index]``). ``quiet_days`` is the longest silence that still counts as
    current.
    """

    platform: Platform
    posted: Posted = attrs.field(
        converter=_sorted,
        validator=_posted,
    )
    now: datetime
    quiet_days: int = attrs.field(default=PAGE_QUIET_DAYS, converter=to_int, validator=at_least(0))


def _days(start: datetime, end: datetime, zone: tzinfo | None) -> int:
    """Calendar days from ``start`` to ``end``, both read in ``zone`` (the review's)."""
    try:
        return (end.astimezone(zone).date() - start.astimezone(zone).date()).days
    except OverflowError:  # beyond datetime's range in that zone: count real time
        return _between(start, end).days


def _not_current(rule: Rule[PageActivity], page: PageActivity) -> Iterator[Hit]:
    limit = page.quiet_days if rule.threshold is None else int(rule.threshold)
    name = page.platform.name
    past = [(i, t) for i, t in page.posted if _between(t, page.now) >= timedelta(0)]
    future = [(i, t) for i, t in page.posted if _between(t, page.now) < timedelta(0)]
    label = tr("more than {limit} days is socialkit's default, not the course's", limit=limit)
    if past:
        index, last = past[-1]
        silent = _days(last, page.now, page.now.tzinfo)
        if silent > limit:
            coming = (
                tr("; the next planned post is on {day}", day=f"{future[0][1]:%Y-%m-%d}")
                if future
                else ""
            )
            yield Hit(
                message=tr(
                    "the {page} page's last post was {silent} days ago ({day}){coming}: "
                    "keep the page up to date ([001]; {label})",
                    page=name,
                    silent=silent,
                    day=f"{last:%Y-%m-%d}",
                    coming=coming,
                    label=label,
                ),
                where=f"posts[{index}]",
            )
    elif future:
        index, first = future[0]
        wait = _days(page.now, first, page.now.tzinfo)
        if wait > limit:
            yield Hit(
                message=tr(
                    "the {page} page's first planned post is {wait} days away ({day}): "
                    "keep the page up to date ([001]; {label})",
                    page=name,
                    wait=wait,
                    day=f"{first:%Y-%m-%d}",
                    label=label,
                ),
                where=f"posts[{index}]",
            )
    else:
        yield Hit(
            message=tr("no post on the {page} page: keep the page up to date ([001])", page=name),
            where="posts",
        )


def _gaps(rule: Rule[PageActivity], page: PageActivity) -> Iterator[Hit]:
    limit = page.quiet_days if rule.threshold is None else int(rule.threshold)
    for (_, before), (index, after) in itertools.pairwise(page.posted):
        silent = _days(before, after, page.now.tzinfo)
        if silent > limit:
            yield Hit(
                message=tr(
                    "{silent} days without a post on {network} ({start} to {end}): "
                    "more than {limit} days is socialkit's default, not the course's",
                    silent=silent,
                    network=page.platform.name,
                    start=f"{before:%Y-%m-%d}",
                    end=f"{after:%Y-%m-%d}",
                    limit=limit,
                ),
                where=f"posts[{index}]",
            )


PAGE_RULES: RuleSet[PageActivity] = RuleSet(
    (
        Rule(
            id="page.not_current",
            severity=Severity.WARNING,
            title=N_("A page with no recent post."),
            fix=N_("post again soon, and keep a regular rhythm (socialkit.plan)"),
            why=OWN_THRESHOLD,
            source=PAGE_SOURCE,
            check=_not_current,
        ),
        Rule(
            id="page.gap",
            severity=Severity.TIP,
            title=N_("A long silence between two posts."),
            fix=N_("fill the gap: plan a post, or re-run an evergreen one"),
            why=OWN_THRESHOLD,
            source=PAGE_SOURCE,
            check=_gaps,
        ),
    ),
    subject=PageActivity,
)
"""The rules that say whether a page is current; :func:`check_page` runs them after the
profile's (:data:`~socialkit.strategy.PROFILE_RULES`)."""

Posts = History | ContentCalendar | Iterable[PostRecord | CalendarItem | datetime]
"""What a page posted or will post: a history, a calendar, records, items or moments."""


def _on(value: str | None, platform: Platform) -> bool:
    if value is None:
        return True  # a record without a platform is the page's own history
    try:
        return slug_of(value) == platform.slug
    except NotFoundError:
        return False


def _moments(posts: Posts, platform: Platform) -> list[tuple[int, datetime]]:
    where = "check_page(posts)"
    if isinstance(posts, History):
        items: tuple[object, ...] = posts.records
    elif isinstance(posts, ContentCalendar):
        items = posts.posts()
    elif isinstance(posts, str | bytes) or not isinstance(posts, Iterable):
        raise SocialkitTypeError(
            where, posts, expected=N_("a History, a ContentCalendar or a collection of posts")
        )
    else:
        items = tuple(posts)
    moments = []
    for index, item in enumerate(items):
        if isinstance(item, PostRecord):
            moment, on = item.posted_at, _on(item.platform, platform)
        elif isinstance(item, CalendarItem):
            moment, on = item.start, item.kind.is_post and item.platform == platform.slug
        elif isinstance(item, datetime):
            moment, on = item, True
        else:
            raise SocialkitTypeError(
                f"{where}[{index}]", item, expected=N_("a PostRecord, a CalendarItem or a datetime")
            )
        if not isinstance(moment, datetime) or moment.utcoffset() is None:
            raise ValidationError(
                f"{where}[{index}]",
                tr("got {moment!r}", moment=moment),
                allowed=N_(
                    "expected a timezone-aware datetime; socialkit never assumes a time zone"
                ),
            )
        if on:
            moments.append((index, moment))
    return moments


def check_page(
    profile: Profile,
    posts: Posts,
    now: datetime,
    *,
    platform: str | Platform | None = None,
    quiet_days: int = PAGE_QUIET_DAYS,
    fields: tuple[str, ...] | list[str] = PROFILE_FIELDS,
    profile_rules: RuleSet[ProfileCheck] = PROFILE_RULES,
    rules: RuleSet[PageActivity] = PAGE_RULES,
) -> tuple[Finding, ...]:
    """Is the page complete and current ([001])? The profile's findings, then the posting's.

    ``posts`` is what the page posted (a :class:`~socialkit.measure.History`,
    :class:`~socialkit.measure.PostRecord` values) or will post (a
    :class:`~socialkit.ContentCalendar`, its items), or plain aware datetimes;
    only those on the profile's platform count (a record without a platform
    counts). ``now`` is the moment of review (you pass it: socialkit never reads
    the clock). A page is not current when its last post is more than
    ``quiet_days`` days before ``now`` (:data:`PAGE_QUIET_DAYS`, socialkit's own
    default), and each longer silence between two posts is a tip.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> paris = ZoneInfo("Europe/Paris")
    >>> page = Profile(platform="facebook", display_name="Trailhead", bio="Trail gear",
    ...                keywords=["trail"])
    >>> posted = [datetime(2026, 3, d, 10, tzinfo=paris) for d in (2, 4, 20)]
    >>> for f in check_page(page, posted, now=datetime(2026, 4, 1, tzinfo=paris),
    ...                     profile_rules=PROFILE_RULES.only("profile.keyword_absent")):
    ...     print(f.rule, f.where, "-", f.message)
    page.not_current posts[2] - the Facebook page's last post was 12 days ago (2026-03-20): keep the page up to date ([001]; more than 7 days is socialkit's default, not the course's)
    page.gap posts[2] - 16 days without a post on Facebook (2026-03-04 to 2026-03-20): more than 7 days is socialkit's default, not the course's
    >>> check_page(page, posted, now=datetime(2026, 3, 25, tzinfo=paris), quiet_days=30,
    ...            profile_rules=PROFILE_RULES.only("profile.keyword_absent"))
    ()
    """
    if not isinstance(profile, Profile):
        raise SocialkitTypeError("check_page(profile)", profile, expected=N_("a Profile"))
    resolved = get_platform(profile.platform if platform is None else platform)
    if not isinstance(now, datetime) or now.utcoffset() is None:
        raise ValidationError(
            "check_page(now)",
            tr("got {now!r}", now=now),
            allowed=N_("expected a timezone-aware datetime; socialkit never assumes a time zone"),
        )
    days = num.integer(quiet_days, "check_page(quiet_days)", minimum=0, maximum=36_500)
    chosen = rule_set_for(rules, PageActivity, "check_page(rules)")
    own = rule_set_for(profile_rules, ProfileCheck, "check_page(profile_rules)")
    if isinstance(fields, str):
        raise SocialkitTypeError("check_page(fields)", fields, expected=N_("a list of field names"))
    complete = own.check(ProfileCheck(profile=profile, platform=resolved, fields=fields))
    activity = PageActivity(
        platform=resolved, posted=tuple(_moments(posts, resolved)), now=now, quiet_days=days
    )
    return complete + chosen.check(activity)
