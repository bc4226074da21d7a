"""Community management: an inbox, the documents' rules for answering it, and triage.

The rules ([001], [003]) are :class:`~socialkit.Rule` values over an :class:`Inbox` in the
:class:`~socialkit.RuleSet` :data:`COMMUNITY_RULES`, each with a stable id, a severity,
its source and a small pure check, so a team can drop one by id
(``rules=COMMUNITY_RULES.without("community.thank_shares")``) or add one:

- answer every message within 48 hours ([001], Facebook and X pages);
- be reactive, don't wait for Monday ([001]): a weekend message is answered before
  the Monday that follows it;
- never delete a message, answer it diplomatically ([001]; [003], the Otto case);
- answer every message, negative ones above all ([001]): a negative message should
  not wait while newer ones are answered;
- thank people who share your posts ([001], X: "thank retweets");
- answer citing the person ([001], X page management): a reply names its author;
- speak plainly ([001], "parler normalement"): no reply in capitals or in sentences
  longer than 25 words (socialkit's default threshold, a heuristic);
- share the work ([001], "être bien entouré"): not every answer by one person
  (checked from 10 answers with a known answerer: socialkit's default, a heuristic).

The last three read what the brand answered (``Message.reply``) and who answered
(``Message.answered_by``) and find nothing where those are not recorded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, cast

import attrs

from socialkit._core import numbers as num
from socialkit._core.documents import BLOG_ARCHIVE, MANAGER_ARTICLE
from socialkit._core.fields import checked, frozen
from socialkit._core.findings import FINDING_HEADERS, Finding, Severity, finding_frame, finding_rows
from socialkit._core.i18n import N_, tr
from socialkit._core.practices import OWN_THRESHOLD
from socialkit._core.rules import Hit, Rule, RuleSet, rule_set_for
from socialkit._core.table import html_table, short_repr, table
from socialkit._core.time import as_utc, aware, elapsed, in_hours
from socialkit._core.validate import instance_of, non_empty_str, optional, shown, to_tuple
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.platforms._registry import slug_of

if TYPE_CHECKING:
    import pandas

__all__ = [
    "ANSWER_WITHIN",
    "COMMUNITY_RULES",
    "Inbox",
    "InboxRule",
    "Message",
    "Responsiveness",
    "check_responsiveness",
    "triage",
]

_BLOG = BLOG_ARCHIVE.at("community management good practices, Facebook and X pages")
_ARTICLE = MANAGER_ARTICLE.at("the Otto 'Brigitte' contest")
_PRACTICES = BLOG_ARCHIVE.at("good practices of social media management")
_X_PAGE = BLOG_ARCHIVE.at("X page: answer within 48 h citing the person")

ANSWER_WITHIN = timedelta(hours=48)
"""[001]: answer messages "quickly (within 48 hours at most)"; an overridable default."""


def _platform(value: object) -> str:
    return slug_of(value, "Message.platform")


def _after_receipt(instance: Message, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, datetime) and as_utc(value) < as_utc(instance.received_at):
        raise ValidationError(
            "Message.answered_at",
            tr(
                "{value} is before received_at={received_at}",
                value=value,
                received_at=instance.received_at,
            ),
            allowed=N_("expected an answer at or after the message"),
        )


def _answered(instance: Message, attribute: attrs.Attribute[Any], value: object) -> None:
    if value and instance.answered_at is None:
        raise ValidationError(
            f"Message.{attribute.name}",
            tr("got {value!r} for a message without answered_at", value=value),
            allowed=N_("expected a reply or an answerer only on an answered message"),
        )


@frozen(kw_only=True)
class Message:
    """One message, comment or mention in the inbox.

    ``negative`` marks criticism or complaints; ``share`` marks someone sharing
    your post (a repost), which calls for thanks rather than an answer: answering
    it (``answered_at``) is the thanks. ``deleted`` records that the brand deleted it.
    ``reply`` is the text the brand answered and ``answered_by`` who on the team
    answered, when known (the plain-speaking, citing and sharing-the-work rules
    read them).

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> m = Message(received_at=datetime(2026, 3, 6, 18, 0, tzinfo=ZoneInfo("Europe/Paris")),
    ...             platform="facebook", author="@lea", text="Still no refund?", negative=True)
    >>> m.answered
    False
    """

    received_at: datetime
    platform: str = attrs.field(converter=_platform)
    author: str = attrs.field(validator=non_empty_str)
    text: str = ""
    negative: bool = False
    share: bool = False
    answered_at: datetime | None = attrs.field(
        default=None, validator=[optional(aware), _after_receipt]
    )
    deleted: bool = False
    reply: str = attrs.field(default="", validator=[instance_of(str), _answered])
    answered_by: str | None = attrs.field(
        default=None, validator=[optional(non_empty_str), _answered]
    )

    @property
    def answered(self) -> bool:
        """Whether the brand answered (or thanked, for a share)."""
        return self.answered_at is not None

    def response_time(self) -> timedelta | None:
        """How long the answer took (elapsed time, across DST), or ``None`` while unanswered."""
        return None if self.answered_at is None else elapsed(self.received_at, self.answered_at)


@frozen(kw_only=True)
class Inbox:
    """The messages under review and the moment of review, as rule checks see them.

    ``zone`` decides what a weekend is; ``None`` uses each message's own time zone.
    ``weekend`` holds the weekday numbers (0 = Monday) of the weekend.
    """

    messages: tuple[Message, ...]
    now: datetime
    answer_within: timedelta
    zone: tzinfo | None
    weekend: frozenset[int] = frozenset({5, 6})

    def indexed(self) -> Iterator[tuple[int, Message]]:
        """``(index, message)`` pairs of the messages not deleted."""
        return ((i, m) for i, m in enumerate(self.messages) if not m.deleted)

    @checked
    def waited(self, message: Message) -> timedelta:
        """How long the message waited: until its answer, or until now."""
        return elapsed(message.received_at, message.answered_at or self.now)


InboxRule = Rule[Inbox]
"""A rule over an :class:`Inbox` (a :class:`~socialkit.Rule`)."""


def _hit(index: int, message: str) -> Hit:
    return Hit(message=message, where=f"messages[{index}]")


def _duration(delta: timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    days, hours = divmod(hours, 24)
    if days:
        return tr("{days} d {hours} h", days=days, hours=hours)
    return tr("{hours} h", hours=hours)


def _late(rule: InboxRule, inbox: Inbox) -> Iterator[Hit]:
    for index, message in inbox.indexed():
        if message.share or inbox.waited(message) <= inbox.answer_within:
            continue
        waited = _duration(inbox.waited(message))
        if message.answered:
            state = tr("answered after {waited}", waited=waited)
        else:
            state = tr("unanswered for {waited}", waited=waited)
        text = (
            tr(
                "negative message from {author} on {platform} {state}",
                author=message.author,
                platform=message.platform,
                state=state,
            )
            if message.negative
            else tr(
                "message from {author} on {platform} {state}",
                author=message.author,
                platform=message.platform,
                state=state,
            )
        )
        yield _hit(index, text)


def _next_workday(moment: datetime, weekend: frozenset[int]) -> datetime | None:
    """Midnight of the first day after ``moment`` outside ``weekend`` (``None`` past datetime.max)."""
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    try:
        for _ in range(7):
            day += timedelta(days=1)
            if day.weekday() not in weekend:
                return as_utc(day)
    except OverflowError:
        return None
    return None  # every day is a weekend day: there is no "Monday" to wait for


def _monday(rule: InboxRule, inbox: Inbox) -> Iterator[Hit]:
    for index, message in inbox.indexed():
        try:
            local = message.received_at.astimezone(inbox.zone or message.received_at.tzinfo)
        except OverflowError:
            continue  # beyond datetime's range in the review zone: no workday after it
        if message.share or local.weekday() not in inbox.weekend:
            continue
        monday = _next_workday(local, inbox.weekend)
        if monday is not None and as_utc(message.answered_at or inbox.now) >= monday:
            text = (
                tr(
                    "weekend message from {author} answered on or after Monday",
                    author=message.author,
                )
                if message.answered
                else tr(
                    "weekend message from {author} still unanswered on Monday",
                    author=message.author,
                )
            )
            yield _hit(index, text)


def _deleted(rule: InboxRule, inbox: Inbox) -> Iterator[Hit]:
    for index, message in enumerate(inbox.messages):
        if message.deleted:
            template = (
                tr(
                    "a negative message from {author} on {platform} was deleted",
                    author=message.author,
                    platform=message.platform,
                )
                if message.negative
                else tr(
                    "a message from {author} on {platform} was deleted",
                    author=message.author,
                    platform=message.platform,
                )
            )
            yield _hit(index, template)


def _negative_first(rule: InboxRule, inbox: Inbox) -> Iterator[Hit]:
    answers = [
        (as_utc(m.received_at), as_utc(m.answered_at))
        for _, m in inbox.indexed()
        if not m.negative and m.answered_at is not None
    ]
    for index, message in inbox.indexed():
        if not message.negative:
            continue
        waited_until = as_utc(message.answered_at or inbox.now)
        received_at = as_utc(message.received_at)
        overtaken = len(
            [
                1
                for received, answered in answers
                if received >= received_at and answered < waited_until
            ]
        )
        if overtaken:
            yield _hit(
                index,
                (
                    tr(
                        "negative message from {author} waited while {count} newer "
                        "messages got an answer",
                        author=message.author,
                        count=overtaken,
                    )
                    if overtaken > 1
                    else tr(
                        "negative message from {author} waited while 1 newer message got an answer",
                        author=message.author,
                    )
                ),
            )


def _thanks(rule: InboxRule, inbox: Inbox) -> Iterator[Hit]:
    for index, message in inbox.indexed():
        if message.share and not message.answered and inbox.waited(message) > inbox.answer_within:
            yield _hit(
                index,
                tr(
                    "{author} shared your post on {platform} and wasn't thanked",
                    author=message.author,
                    platform=message.platform,
                ),
            )


def _cites(reply: str, author: str) -> bool:
    """Whether ``reply`` names ``author`` (with or without its ``@``), case-insensitively."""
    folded = reply.casefold()
    name = author.strip().casefold()
    return any(
        re.search(rf"(?<![\w@]){re.escape(n)}(?!\w)", folded) for n in {name, name.lstrip("@")} if n
    )


def _cite(rule: InboxRule, inbox: Inbox) -> Iterator[Hit]:
    for index, message in inbox.indexed():
        if message.reply.strip() and not _cites(message.reply, message.author):
            yield _hit(index, tr("the reply to {author} does not name them", author=message.author))


_SENTENCE = re.compile(r"[^.!?\n]+")
_HANDLE = re.compile(r"[@#]\w+")
_SHOUTING = 10
"""Letters a reply needs before all capitals counts as shouting."""


def _plainly(rule: InboxRule, inbox: Inbox) -> Iterator[Hit]:
    limit = rule.threshold
    for index, message in inbox.indexed():
        reply = message.reply
        letters = [c for c in _HANDLE.sub("", reply) if c.isalpha()]
        if len(letters) >= _SHOUTING and all(c.isupper() for c in letters):
            yield _hit(
                index, tr("the reply to {author} is written in capitals", author=message.author)
            )
            continue
        longest = max((len(s.split()) for s in _SENTENCE.findall(reply)), default=0)
        if limit is not None and longest > limit:
            yield _hit(
                index,
                tr(
                    "the reply to {author} has a sentence of {count} words "
                    "(more than {limit}: socialkit's default, a heuristic)",
                    author=message.author,
                    count=longest,
                    limit=limit,
                ),
            )


def _share_work(rule: InboxRule, inbox: Inbox) -> Iterator[Hit]:
    who = [m.answered_by for _, m in inbox.indexed() if m.answered_by is not None]
    if rule.threshold is not None and len(who) >= rule.threshold and len(set(who)) == 1:
        yield Hit(
            message=tr(
                "all {count} answers are by {who}: share the work across the team "
                "(checked from {threshold} answers: socialkit's default, a heuristic)",
                count=len(who),
                who=who[0],
                threshold=rule.threshold,
            ),
            where="messages",
        )


COMMUNITY_RULES: RuleSet[Inbox] = RuleSet(
    (
        Rule(
            id="community.answer_within",
            severity=Severity.WARNING,
            title=N_("A message answered late, or not yet."),
            fix=N_("answer within the response window (48 h by default)"),
            source=_BLOG,
            check=_late,
        ),
        Rule(
            id="community.dont_wait_for_monday",
            severity=Severity.WARNING,
            title=N_("A weekend message left until Monday."),
            fix=N_("answer weekend messages before Monday, before they snowball"),
            source=_BLOG,
            check=_monday,
        ),
        Rule(
            id="community.never_delete",
            severity=Severity.ERROR,
            title=N_("A deleted message."),
            fix=N_("never delete a message; answer it diplomatically, criticism above all"),
            source=_BLOG,
            check=_deleted,
        ),
        Rule(
            id="community.negative_first",
            severity=Severity.WARNING,
            title=N_("A negative message overtaken by newer ones."),
            fix=N_("answer negative messages first (see socialkit.community.triage)"),
            source=_ARTICLE,
            check=_negative_first,
        ),
        Rule(
            id="community.thank_shares",
            severity=Severity.TIP,
            title=N_("A share not thanked."),
            fix=N_("thank people who share your posts, citing them"),
            source=_BLOG,
            check=_thanks,
        ),
        Rule(
            id="community.cite_the_person",
            severity=Severity.TIP,
            title=N_("A reply that does not name the person."),
            fix=N_("answer citing the person (@name)"),
            source=_X_PAGE,
            check=_cite,
        ),
        Rule(
            id="community.speak_plainly",
            severity=Severity.TIP,
            title=N_("A reply in capitals or in long sentences."),
            fix=N_("speak plainly: short sentences, no capitals"),
            why=OWN_THRESHOLD,
            source=_PRACTICES,
            threshold=25,
            check=_plainly,
        ),
        Rule(
            id="community.share_the_work",
            severity=Severity.TIP,
            title=N_("Every answer by one person."),
            fix=N_("share the inbox across the team (and the members: crowdsourcing)"),
            why=OWN_THRESHOLD,
            source=_PRACTICES,
            threshold=10,
            check=_share_work,
        ),
    ),
    subject=Inbox,
)
"""The community rules of [001] and [003], checked by :func:`check_responsiveness`."""


@frozen(kw_only=True)
class Responsiveness:
    """What :func:`check_responsiveness` found, and the median time to answer."""

    findings: tuple[Finding, ...]
    median_response: timedelta | None
    answered: int
    unanswered: int

    # -- display (notebooks and terminals) ------------------------------------------

    def _summary(self) -> str:
        median = "-" if self.median_response is None else in_hours(self.median_response)
        return tr(
            "{answered} answered, {unanswered} unanswered, median response {median};"
            " {count} findings",
            answered=self.answered,
            unanswered=self.unanswered,
            median=median,
            count=len(self.findings),
        )

    def __str__(self) -> str:
        if not self.findings:
            return self._summary()
        return f"{self._summary()}\n{table(FINDING_HEADERS, finding_rows(self.findings))}"

    def _repr_html_(self) -> str:
        """The findings of :meth:`__str__` as an HTML table, the summary as its caption."""
        return html_table(FINDING_HEADERS, finding_rows(self.findings), caption=self._summary())

    def __repr__(self) -> str:
        return short_repr("Responsiveness", self._summary())

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per finding (``severity`` a category), pandas extra."""
        return finding_frame("Responsiveness.to_dataframe", self.findings)


def _messages(values: Iterable[Message], caller: str) -> tuple[Message, ...]:
    """The messages passed to ``caller`` (named in the errors), checked."""
    messages = to_tuple(values, f"{caller}(messages)")
    for index, item in enumerate(messages):
        if not isinstance(item, Message):
            raise SocialkitTypeError(f"{caller}(messages)[{index}]", item, expected=N_("a Message"))
    return messages


def _median(values: Sequence[timedelta]) -> timedelta | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def check_responsiveness(
    messages: Iterable[Message],
    *,
    now: datetime,
    answer_within: timedelta = ANSWER_WITHIN,
    zone: tzinfo | None = None,
    weekend: Iterable[int] = frozenset({5, 6}),
    rules: RuleSet[Inbox] = COMMUNITY_RULES,
) -> Responsiveness:
    """Check an inbox against the community rules, as of ``now`` (timezone-aware).

    Findings point at ``messages[i]``; the median response time covers the answered
    messages that were not deleted (``None`` if there are none). Durations are
    elapsed time (a night that loses an hour to DST counts 23 hours).
    ``weekend`` holds the weekday numbers (0 = Monday ... 6 = Sunday) whose
    messages must be answered before the next working day: Saturday and Sunday
    by default, ``{4, 5}`` for a Friday-Saturday weekend.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> paris = ZoneInfo("Europe/Paris")
    >>> inbox = [
    ...     Message(received_at=datetime(2026, 3, 2, 9, tzinfo=paris), platform="x",
    ...             author="@tom", answered_at=datetime(2026, 3, 2, 11, tzinfo=paris)),
    ...     Message(received_at=datetime(2026, 3, 2, 10, tzinfo=paris), platform="facebook",
    ...             author="@lea", negative=True),
    ... ]
    >>> result = check_responsiveness(inbox, now=datetime(2026, 3, 5, 10, tzinfo=paris))
    >>> for finding in result.findings:
    ...     print(finding.rule, "-", finding.message)
    community.answer_within - negative message from @lea on facebook unanswered for 3 d 0 h
    >>> result.median_response
    datetime.timedelta(seconds=7200)

    ``rules`` is a :class:`~socialkit.RuleSet`; drop a rule by id:

    >>> lenient = COMMUNITY_RULES.without("community.answer_within")
    >>> check_responsiveness(inbox, now=datetime(2026, 3, 5, 10, tzinfo=paris), rules=lenient).findings
    ()
    """
    return _responsiveness(
        messages,
        now=now,
        answer_within=answer_within,
        zone=zone,
        weekend=weekend,
        rules=rules,
        caller="check_responsiveness",
    )


def _responsiveness(
    messages: Iterable[Message],
    *,
    now: datetime,
    answer_within: timedelta,
    zone: tzinfo | None,
    weekend: Iterable[int],
    rules: RuleSet[Inbox],
    caller: str,
) -> Responsiveness:
    """:func:`check_responsiveness` for the public function ``caller``, named in every error."""
    inbox = attrs.evolve(
        _inbox(messages, now=now, answer_within=answer_within, zone=zone, caller=caller),
        weekend=_weekend(weekend, caller),
    )
    findings = rule_set_for(rules, Inbox, f"{caller}(rules)").check(inbox)
    times = [m.response_time() for _, m in inbox.indexed() if m.answered_at is not None]
    answered = len(times)
    return Responsiveness(
        findings=findings,
        median_response=_median([t for t in times if t is not None]),
        answered=answered,
        unanswered=sum(1 for _ in inbox.indexed()) - answered,
    )


def _inbox(
    messages: Iterable[Message],
    *,
    now: datetime,
    answer_within: timedelta,
    zone: tzinfo | None,
    caller: str,
) -> Inbox:
    if not isinstance(now, datetime) or now.utcoffset() is None:
        raise ValidationError(
            f"{caller}(now)",
            tr("got {now}", now=shown(now)),
            allowed=N_("expected a timezone-aware datetime; socialkit never assumes a time zone"),
        )
    try:
        as_utc(now)
    except OverflowError:
        raise ValidationError(
            f"{caller}(now)",
            tr("{now} is out of range in UTC", now=now),
            allowed=N_(
                "expected a datetime whose UTC time is between datetime.min and datetime.max"
            ),
        ) from None
    _window(answer_within, f"{caller}(answer_within)")
    if zone is not None and not isinstance(zone, tzinfo):
        raise SocialkitTypeError(f"{caller}(zone)", zone, expected=N_("a tzinfo or None"))
    inbox = _messages(messages, caller)
    for index, message in enumerate(inbox):
        latest = message.answered_at or message.received_at
        if as_utc(latest) > as_utc(now):
            raise ValidationError(
                f"{caller}(messages)[{index}]",
                tr("has a time after now ({latest} > {now})", latest=latest, now=now),
                allowed=N_("expected messages and answers at or before now"),
            )
    return Inbox(messages=inbox, now=now, answer_within=answer_within, zone=zone)


def _weekend(value: object, caller: str) -> frozenset[int]:
    given = to_tuple(value, f"{caller}(weekend)")  # type: ignore[arg-type]
    days: tuple[object, ...] = tuple(map(num.plain, given))
    if any(isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6 for d in days):
        raise ValidationError(
            f"{caller}(weekend)",
            tr("got {value!r}", value=value),
            allowed=N_("expected weekday numbers from 0 (Monday) to 6 (Sunday), e.g. {5, 6}"),
        )
    return frozenset(cast(tuple[int, ...], days))


def _window(value: object, where: str) -> None:
    if not isinstance(value, timedelta):
        raise SocialkitTypeError(where, value, expected="a datetime.timedelta")
    if value <= timedelta(0):
        raise ValidationError(
            where, tr("got {value}", value=value), allowed="expected a positive duration"
        )


def triage(messages: Iterable[Message]) -> tuple[Message, ...]:
    """The messages still waiting for an answer, most urgent first.

    Order: negative messages first ([001]: "above all the negative ones"), then
    other messages, then shares waiting for thanks; within each group the oldest
    first; equal times keep their input order. Answered and deleted messages are
    left out.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> utc = ZoneInfo("UTC")
    >>> inbox = [Message(received_at=datetime(2026, 3, 2, 9, tzinfo=utc), platform="x", author="@old"),
    ...          Message(received_at=datetime(2026, 3, 2, 12, tzinfo=utc), platform="x",
    ...                  author="@angry", negative=True)]
    >>> [m.author for m in triage(inbox)]
    ['@angry', '@old']
    """
    waiting = [
        (index, m)
        for index, m in enumerate(_messages(messages, "triage"))
        if m.answered_at is None and not m.deleted
    ]
    waiting.sort(
        key=lambda pair: (not pair[1].negative, pair[1].share, as_utc(pair[1].received_at), pair[0])
    )
    return tuple(m for _, m in waiting)
