"""Judge a post against a platform: hard limits, ranking heuristics, disclosure.

A rule is a :class:`~socialkit.Rule` over a :class:`PostContext`: a stable id, a
severity, the platform signal it relates to, a source and a small pure function. A rule tied to a signal applies
to a platform only when that platform's data has the signal, so the data, not
``if platform == ...`` code, decides which rules run. Rules that need outside
knowledge (spelling, a link that answers 404, inappropriate content) call a
*checker* the user supplies; socialkit never touches the network.

The default rules live in :data:`DEFAULT_RULES`, a :class:`~socialkit.RuleSet` users
derive from without forking: ``DEFAULT_RULES.without("many_hashtags")``,
``.with_weight("external_link", 5)``, ``.with_rule(my_rule)``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime, tzinfo
from difflib import get_close_matches
from functools import cached_property
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import attrs

from socialkit._core import numbers as num
from socialkit._core.fields import frozen, unchecked
from socialkit._core.findings import (
    FINDING_HEADERS,
    Finding,
    Severity,
    finding_frame,
    finding_rows,
    severity_count,
)
from socialkit._core.i18n import N_, label, tr, translate
from socialkit._core.practices import OWN_THRESHOLD
from socialkit._core.rules import Hit, Rule, RuleCheck, RuleSet, rule_set_for, trusted_hit
from socialkit._core.sources import Confidence, Source
from socialkit._core.table import html_table, short_repr, table
from socialkit._core.time import as_utc, elapsed, to_zone
from socialkit._core.validate import to_enum, to_tuple
from socialkit.errors import CheckerError, NotFoundError, SocialkitTypeError, ValidationError
from socialkit.frequency._rules import FrequencyRule, Violation, average_length, trusted_check
from socialkit.platforms._model import (
    CountKind,
    CountLimit,
    MediaKind,
    MediaRequirement,
    Platform,
)
from socialkit.platforms._registry import get_platform, platform_of
from socialkit.posts._bhargava import (
    BHARGAVA,
    REWARD_WORDS,
    SHARE_CALLS,
    SHORT_MESSAGE_WORDS,
)
from socialkit.posts._disclosure import DISCLOSURE_MARKERS, FTC_DISCLOSURES, LOI_INFLUENCEURS
from socialkit.posts._model import DisclosureMarker, Post
from socialkit.text._measure import Entities, TextMeasure, extract, measure, trusted_measure

if TYPE_CHECKING:
    import pandas

__all__ = [
    "BHARGAVA_RULES",
    "DEFAULT_RULES",
    "Assessment",
    "Checker",
    "PostContext",
    "assess",
    "bhargava_rules",
    "disclosure_rule",
    "has_words",
]

Checker = Callable[[Post], "bool | str | None"]
"""A user-supplied judgement: truthy when the problem is present; a string explains it."""

# --- Values ----------------------------------------------------------------------


@frozen(kw_only=True)
class PostContext:
    """Everything a rule function may look at, computed once per assessment."""

    post: Post
    platform: Platform
    body: str
    """The post's main text as this platform takes it (see :func:`assess`)."""
    body_where: str
    """Where ``body`` comes from: ``"post.text"``, or ``"post.description"``..."""
    text: TextMeasure | None
    """``body`` measured for the platform's body field (None: the field has no limit)."""
    entities: Entities
    """Hashtags, mentions, URLs and cashtags of ``body``."""
    history: tuple[Post, ...]
    """Earlier posts of the account, oldest first, each with ``scheduled_at``."""
    tier: str | None
    """The paid tier, as the platform's data spells it."""
    on: date | None
    """The day whose rules apply: the post's scheduled day, or today's rules."""
    checkers: Mapping[str, Checker] = attrs.field(eq=False)
    """The rule functions by id (a mapping, so not part of equality or the hash)."""
    frequency: FrequencyRule
    """The posting-frequency rule the schedule is held to (``assess(frequency=...)``)."""
    tz: ZoneInfo | None
    """The audience's time zone, in which ``frequency`` counts days, weeks and months."""

    @cached_property
    def frequency_violations(self) -> tuple[Violation, ...]:
        """What scheduling this post adds to ``frequency``'s verdict on the history.

        The violations :meth:`FrequencyRule.check <socialkit.frequency.FrequencyRule.check>`
        reports for the history with this post that it did not report for the
        history alone (posts compared as instants): the one authority on
        frequency, so ``assess`` and ``check`` cannot disagree. Empty for an
        unscheduled post. Without ``tz``, a rule that counts local days, weeks or
        months, or has windows or quiet hours, is a
        :class:`~socialkit.errors.ValidationError`, never a guessed zone.
        """
        when = self.post.scheduled_at
        if when is None:
            return ()
        earlier = [p.scheduled_at for p in self.history if p.scheduled_at is not None]
        zone = self._zone()
        # rule.check's answer: the times are checked posts' and the zone a ZoneInfo
        after = trusted_check(self.frequency, [*earlier, when], zone, None, None)
        if not earlier:
            return after  # check() of no post finds nothing: every violation is the post's
        before = Counter(
            map(_as_instants, trusted_check(self.frequency, earlier, zone, None, None))
        )
        added = []
        for violation in after:
            key = _as_instants(violation)
            if before[key]:
                before[key] -= 1
            else:
                added.append(violation)
        return tuple(added)

    def _zone(self) -> ZoneInfo:
        rule = self.frequency
        if self.tz is not None:
            return self.tz
        if rule.frequencies or rule.windows or rule.quiet_hours is not None:
            raise ValidationError(
                "assess(tz)",
                tr(
                    "no time zone to count {platform}'s posts in ({rule})",
                    platform=self.platform.name,
                    rule=rule,
                ),
                allowed=tr("expected the audience's time zone, e.g. tz='Europe/Paris'"),
            )
        return _UTC  # a rule of gaps alone measures real time: no zone changes the answer


_UTC = ZoneInfo("UTC")


def _as_instants(v: Violation) -> tuple[object, ...]:
    """A violation with its posts as UTC instants (two 02:30 of a fall-back night differ)."""
    return (v.rule, v.period, v.limit, v.actual, v.by, tuple(map(as_utc, v.posts)))


PostRule = Rule[PostContext]
"""A rule over a post's :class:`PostContext`."""


def _applies_to(rule: PostRule, platform: Platform, on: date | None = None) -> bool:
    """Whether ``rule`` runs for ``platform``: it has the rule's signal, if any, and, for
    ``required_media``, a media requirement holding that day (elsewhere it is not scored)."""
    if rule.check is _required_media and not _current_requirements(platform, on):
        return False
    return rule.signal is None or any(s.id == rule.signal for s in platform.current_signals(on))


# --- Per-platform memos ----------------------------------------------------------
#
# Platforms, rule sets and the facts they hold are immutable, so what a platform
# says on a day is worked out once and kept, keyed by the objects' identities
# (a platform's deep hash costs more than the work saved); each entry keeps its
# objects, so an id reused after garbage collection never answers for another.

_MEMO_SIZE = 512
"""Entries a memo holds before it starts afresh (a year of days for a few platforms)."""

_Memo = dict[tuple[object, ...], tuple[Any, ...]]
"""Keys start with the ids of the objects an entry is about; the entry keeps those objects
first, then the value: a hit is an entry whose objects *are* the ones asked about."""


def _remember(cache: _Memo, key: tuple[object, ...], entry: tuple[Any, ...]) -> Any:
    """Store ``entry`` (objects, then the value) under ``key``; return the value."""
    if len(cache) >= _MEMO_SIZE:
        cache.clear()
    cache[key] = entry
    return entry[-1]


_PLAN_CACHE: _Memo = {}
_FREQUENCY_CACHE: _Memo = {}
_COUNTS_CACHE: _Memo = {}
_TEXT_CACHE: _Memo = {}
_OWNS_CACHE: _Memo = {}


def _limits_text(platform: Platform, field: str) -> bool:
    """Whether the platform records a text limit for ``field`` (any tier)."""
    key = (id(platform), field)
    hit = _TEXT_CACHE.get(key)
    if hit is not None and hit[0] is platform:
        return hit[1]  # type: ignore[no-any-return]
    value = bool(platform.limits.text_limits(field))
    return _remember(_TEXT_CACHE, key, (platform, value))  # type: ignore[no-any-return]


def _rule_plan(
    rules: RuleSet[PostContext], platform: Platform, on: date | None
) -> tuple[tuple[PostRule, Source | None], ...]:
    """The rules that run for ``platform`` on ``on``, in order, each with its signal's source.

    The same answer as :func:`_applies_to` and :func:`_signal_source` rule by
    rule (``test_rule_plan_matches_rule_by_rule`` pins it), computed once per
    rule set, platform and day rather than once per rule of every post.
    """
    key = (id(rules), id(platform), on)
    hit = _PLAN_CACHE.get(key)
    if hit is not None and hit[0] is rules and hit[1] is platform:
        return hit[2]  # type: ignore[no-any-return]
    plan = tuple(
        (rule, _signal_source(rule, platform, on))
        for rule in rules
        if _applies_to(rule, platform, on)
    )
    return _remember(_PLAN_CACHE, key, (rules, platform, plan))  # type: ignore[no-any-return]


def _default_frequency(platform: Platform) -> FrequencyRule:
    """:meth:`FrequencyRule.for_platform`, built (and validated) once per platform."""
    key = (id(platform),)
    hit = _FREQUENCY_CACHE.get(key)
    if hit is not None and hit[0] is platform:
        return hit[1]  # type: ignore[no-any-return]
    rule = FrequencyRule.for_platform(platform)
    return _remember(_FREQUENCY_CACHE, key, (platform, rule))  # type: ignore[no-any-return]


def _count_limit_values(
    platform: Platform, tier: str | None, on: date | None
) -> tuple[tuple[CountKind, CountLimit, _Size], ...]:
    """Every count kind a post shows (:data:`_SIZES`) that the platform limits for ``tier``
    on ``on``, in :class:`CountKind` order, with its limit and how to count it."""
    key = (id(platform), tier, on)
    hit = _COUNTS_CACHE.get(key)
    if hit is not None and hit[0] is platform:
        return hit[1]  # type: ignore[no-any-return]
    found = ((k, platform.limits.count(k, tier=tier, on=on)) for k in CountKind if k in _SIZES)
    limits = tuple((k, limit, _SIZES[k]) for k, limit in found if limit is not None)
    return _remember(_COUNTS_CACHE, key, (platform, limits))  # type: ignore[no-any-return]


def _bare_id(rule_id: str) -> str:
    """``"linkedin.external_link"`` -> ``"external_link"``, checking the platform prefix."""
    prefix, dot, bare = rule_id.partition(".")
    if not dot:
        return rule_id
    get_platform(prefix)
    return bare


def _post_rules(rules: Iterable[PostRule]) -> RuleSet[PostContext]:
    """A rule set of post rules, which also takes a finding's id (see :data:`DEFAULT_RULES`)."""
    return RuleSet(rules, resolve=_bare_id, subject=PostContext)


@frozen(kw_only=True)
class Assessment:
    """The verdict on one post for one platform.

    ``fits`` is false when a hard limit is broken. ``score`` (0-100) is a
    heuristic, not the platform's ranking: the weighted share of the rules
    that ran and found nothing (see :func:`assess`). ``applied`` and
    ``skipped`` list rule ids; a rule is skipped when it needs a checker that
    was not supplied, or, for the frequency rules (``frequency_cap``,
    ``too_frequent``, ``posting_time``, ``regularity``), when the post has no
    ``scheduled_at``: an unscheduled draft is not credited with a rhythm it
    does not have yet. ``text`` is the post's body measured for the platform's
    body field (:attr:`Limits.body_field <socialkit.platforms.Limits.body_field>`: the
    description on YouTube and Pinterest), or ``None`` where that field has no
    recorded limit; an ``unchecked_text`` finding then says so.
    """

    platform: str
    fits: bool
    score: int
    findings: tuple[Finding, ...]
    text: TextMeasure | None
    applied: tuple[str, ...]
    skipped: tuple[str, ...]

    def by_severity(self, severity: Severity | str) -> tuple[Finding, ...]:
        """The findings of one severity (``"error"``, ``"warning"`` or ``"tip"``)."""
        wanted = to_enum(Severity, severity, "Assessment.by_severity(severity)")
        return tuple(f for f in self.findings if f.severity is wanted)

    # -- display (notebooks and terminals) ------------------------------------------

    @property
    def summary(self) -> str:
        """The verdict in one line: fits or not, the heuristic score, findings by severity."""
        counts = ", ".join(
            severity_count(s, n)
            for s in Severity
            if (n := sum(f.severity is s for f in self.findings))
        )
        return tr(
            "{platform}: {verdict}, heuristic score {score}/100; {counts}",
            platform=self.platform,
            verdict=tr("fits") if self.fits else tr("does not fit"),
            score=self.score,
            counts=counts or tr("no findings"),
        )

    def _table_rows(self) -> list[tuple[object, ...]]:
        return finding_rows(self.findings)

    def __str__(self) -> str:
        if not self.findings:
            return self.summary
        return f"{self.summary}\n{table(_ASSESSMENT_HEADERS, self._table_rows())}"

    def _repr_html_(self) -> str:
        """The summary as the caption of the rows of :meth:`__str__` (notebooks)."""
        return html_table(_ASSESSMENT_HEADERS, self._table_rows(), caption=self.summary)

    def __repr__(self) -> str:
        return short_repr(
            "Assessment",
            tr(
                "{platform} fits={fits} score={score} findings={findings}",
                platform=self.platform,
                fits=tr("yes") if self.fits else tr("no"),
                score=self.score,
                findings=len(self.findings),
            ),
        )

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per finding (``severity`` a category), pandas extra."""
        return finding_frame("Assessment.to_dataframe", self.findings)


_ASSESSMENT_HEADERS = FINDING_HEADERS


# --- Disclosure ------------------------------------------------------------------


def _disclosed_by(ctx: PostContext, markers: Iterable[DisclosureMarker]) -> list[DisclosureMarker]:
    """The markers the post carries: hashtags as tags, other markers as whole words."""
    tags = {f"#{h.text.casefold()}" for h in ctx.entities.hashtags}
    words = ctx.body.casefold()
    found = []
    for marker in markers:
        needle = marker.text.casefold()
        if needle.startswith("#"):
            if needle in tags:
                found.append(marker)
        elif re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", words):
            found.append(marker)
    return found


# --- Rule functions (short and pure) ---------------------------------------------


_OWN_FIELDS = ("title", "description")
"""Platform fields a :class:`Post` has a text of its own for."""


def _body(post: Post, field: str) -> tuple[str, str]:
    """(text, where) of the post's body for a platform whose body goes to ``field``.

    The post's own text for that field wins (a YouTube description written
    apart from the text); otherwise the body is ``post.text``.
    """
    if field in _OWN_FIELDS and getattr(post, field):
        return getattr(post, field), f"post.{field}"
    return post.text, "post.text"


def _field_texts(ctx: PostContext) -> Iterator[tuple[str, str, str]]:
    """(platform field, text, where) for every text of the post a platform may limit.

    The body first, even empty; of the others, those that are set (an empty
    text breaks no length limit, and most posts have only a body).
    """
    post, body_field = ctx.post, ctx.platform.limits.body_field
    yield body_field, ctx.body, ctx.body_where
    for field in _OWN_FIELDS:
        if field != body_field and getattr(post, field):
            yield field, getattr(post, field), f"post.{field}"
    if post.first_comment is not None and post.first_comment.text:
        yield "comment", post.first_comment.text, "post.first_comment"
    for index, item in enumerate(post.media):
        if item.alt_text:
            yield "alt_text", item.alt_text, f"post.media[{index}].alt_text"
    for index, link in enumerate(post.links):
        if link:
            yield "link", link, f"post.links[{index}]"
    # YouTube caps its tags together: the Data API counts the commas between them
    # and the quotation marks around a tag that contains a space.
    if post.keywords:
        yield "tags", _tags_text(post.keywords), "post.keywords"


def _tags_text(tags: Iterable[str]) -> str:
    """The tags as the YouTube Data API counts them: joined by commas, quoted if spaced.

    >>> _tags_text(["diy", "home decor"])
    'diy,"home decor"'
    """
    return ",".join(f'"{tag}"' if " " in tag else tag for tag in tags)


def _text_limits(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    for field, text, where in _field_texts(ctx):
        if where == ctx.body_where:
            m = ctx.text  # measured once by assess; None when the field has no limit
        elif text and ctx.platform.limits.text_limits(field, tier=ctx.tier):
            m = measure(text, ctx.platform, field=field, tier=ctx.tier)
        else:
            continue
        if m is None:
            continue
        for check in m.checks:
            if not check.fits:
                yield trusted_hit(
                    message=tr(
                        "{field} text of {length} ({unit}), {over} over the limit of {maximum}",
                        field=field,
                        length=check.length,
                        unit=label(check.limit.unit),
                        over=-check.remaining,
                        maximum=check.limit.maximum,
                    ),
                    where=where,
                    source=check.limit.source,
                )


def _unchecked_text(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    if ctx.text is None and ctx.body.strip():
        field = ctx.platform.limits.body_field
        yield trusted_hit(
            message=tr(
                "the text was not checked: {platform} records no limit for its {field!r} field",
                platform=ctx.platform.name,
                field=field,
            ),
            where=ctx.body_where,
        )


def _invalid_characters(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    if ctx.text is not None:
        for problem in ctx.text.problems:
            source = ctx.text.checks[0].limit.source
            yield trusted_hit(
                message=tr("the text {problem}", problem=translate(problem)),
                where=ctx.body_where,
                source=source,
            )


def _empty(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    if not ctx.body.strip() and not ctx.post.media:
        yield trusted_hit(message=tr("the post has no text and no media"))


_VIDEO_KINDS = (MediaKind.VIDEO, MediaKind.SHORT_VIDEO)


def _current_requirements(platform: Platform, on: date | None) -> tuple[MediaRequirement, ...]:
    return tuple(r for r in platform.media_required if r.holds_on(on))


def _required_media(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    kinds = [m.kind for m in ctx.post.media]
    for req in _current_requirements(ctx.platform, ctx.on):
        if not req.met_by(kinds):
            wanted = tr(" or ").join(label(k) for k in req.any_of)
            has = ", ".join(label(k) for k in kinds) or tr("no media")
            yield trusted_hit(
                message=tr(
                    "{platform} ({surface}) cannot publish this post: it needs one {wanted}, "
                    "the post has {has}",
                    platform=ctx.platform.name,
                    surface=req.surface,
                    wanted=wanted,
                    has=has,
                ),
                where="post.media",
                fix=tr("attach one {wanted}", wanted=wanted),
                source=req.source,
            )


_Size = Callable[[Post, Entities], int]
"""How many of one count kind a post has."""

_SIZES: dict[CountKind, _Size] = {
    CountKind.HASHTAGS: lambda post, entities: len(entities.hashtags),
    CountKind.MENTIONS: lambda post, entities: len(entities.mentions),
    CountKind.LINKS: lambda post, entities: len(entities.urls) + len(post.links),
    CountKind.IMAGES: lambda post, entities: post.count(MediaKind.IMAGE),
    CountKind.VIDEOS: lambda post, entities: sum(post.count(k) for k in _VIDEO_KINDS),
    CountKind.CAROUSEL_ITEMS: lambda post, e: max((m.items or 0 for m in post.media), default=0),
    CountKind.POLL_OPTIONS: lambda post, e: max((m.options or 0 for m in post.media), default=0),
    CountKind.DOCUMENT_PAGES: lambda post, e: max((m.pages or 0 for m in post.media), default=0),
}
"""How to count each kind in a post (a kind absent here is not known from a post)."""


def _count_limits(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    post, entities = ctx.post, ctx.entities
    for kind, limit, size in _count_limit_values(ctx.platform, ctx.tier, ctx.on):
        value = size(post, entities)
        if value > limit.maximum:
            yield trusted_hit(
                message=tr(
                    "{value} {kind}, above the limit of {maximum}",
                    value=value,
                    kind=label(kind),
                    maximum=limit.maximum,
                ),
                where=ctx.body_where if kind in _TEXT_COUNTS else "post.media",
                source=limit.source,
            )


_TEXT_COUNTS = (CountKind.HASHTAGS, CountKind.MENTIONS, CountKind.LINKS)


def _media_limits(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    for index, item in enumerate(ctx.post.media):
        limit = ctx.platform.limits.media_limit(item.kind, tier=ctx.tier, on=ctx.on)
        if limit is None or item.duration is None:
            continue
        if limit.max_duration is not None and item.duration > limit.max_duration:
            problem = tr("longer than the maximum {duration}", duration=limit.max_duration)
        elif limit.min_duration is not None and item.duration < limit.min_duration:
            problem = tr("shorter than the minimum {duration}", duration=limit.min_duration)
        else:
            continue
        yield trusted_hit(
            message=tr(
                "{kind} of {duration} is {problem}",
                kind=label(item.kind),
                duration=item.duration,
                problem=problem,
            ),
            where=f"post.media[{index}]",
            source=limit.source,
        )


def _disclosure(
    rule: PostRule, ctx: PostContext, *, markers: tuple[DisclosureMarker, ...]
) -> Iterator[Hit]:
    if not ctx.post.sponsored:
        return
    found = _disclosed_by(ctx, markers)
    if not found:
        yield trusted_hit(
            message=tr("a sponsored post without a clear disclosure"), where=ctx.body_where
        )
        return
    french = [m for m in found if m.language == "fr"]
    if french and not any(m.source == LOI_INFLUENCEURS for m in french):
        shown = ", ".join(repr(m.text) for m in french)
        yield trusted_hit(
            message=tr(
                "a French sponsored post disclosed only by {shown}: the French law "
                "2023-451 (art. 5) requires the words 'Publicité' or 'Collaboration "
                "commerciale'; ARPP markers such as #sponso or #pub alone do not meet it",
                shown=shown,
            ),
            where=ctx.body_where,
            fix=tr("write 'Publicité' or 'Collaboration commerciale' in the post"),
            source=LOI_INFLUENCEURS,
        )


def _many_hashtags(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    count = len(ctx.entities.hashtags)
    if rule.threshold is not None and count > rule.threshold:
        yield trusted_hit(
            message=tr("{count} hashtags; the ranking restricts posts with several", count=count)
            + tr(
                " (more than {threshold}: socialkit's default threshold)", threshold=rule.threshold
            ),
            where=ctx.body_where,
        )


def _no_media(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    if not ctx.post.media:
        yield trusted_hit(message=tr("no image or video attached"), where="post.media")


def _no_video(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    if not any(m.is_video for m in ctx.post.media):
        yield trusted_hit(message=tr("no video attached"), where="post.media")


def _no_hashtags(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    if not ctx.entities.hashtags:
        yield trusted_hit(message=tr("no hashtag: the post is harder to discover"))


def _host(url: str) -> str:
    rest = url.split("://", 1)[-1]
    return re.split(r"[/?#:]", rest, maxsplit=1)[0].lower()


def _owns(platform: Platform, url: str, on: date | None) -> bool:
    """``platform.owns`` of the URL's host, remembered per platform, URL and day."""
    key = (id(platform), url, on)
    hit = _OWNS_CACHE.get(key)
    if hit is not None and hit[0] is platform:
        return hit[1]  # type: ignore[no-any-return]
    owned = platform.owns(_host(url), on=on)
    return _remember(_OWNS_CACHE, key, (platform, owned))  # type: ignore[no-any-return]


def _external_link(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    for url in ctx.entities.urls:
        if not _owns(ctx.platform, url.text, ctx.on):
            yield trusted_hit(
                message=tr("external link {url} in the post body", url=url.text),
                where=ctx.body_where,
            )


def _self_comment_first(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    if ctx.post.first_comment is not None and ctx.post.first_comment.by_author:
        yield trusted_hit(
            message=tr("the author writes the first comment"), where="post.first_comment"
        )


def _neighbours(ctx: PostContext) -> tuple[datetime | None, datetime | None]:
    """The account's posts just before and just after this one."""
    when = ctx.post.scheduled_at
    if when is None:
        return None, None
    # In UTC: Python compares datetimes sharing a ZoneInfo by wall clock.
    when = as_utc(when)
    times = [as_utc(p.scheduled_at) for p in ctx.history if p.scheduled_at is not None]
    before = max((t for t in times if t <= when), default=None)
    after = min((t for t in times if t > when), default=None)
    return before, after


def _frequency_hits(ctx: PostContext, kinds: tuple[str, ...]) -> Iterator[Hit]:
    """A hit for each new violation of ``ctx.frequency`` whose rule starts with one of ``kinds``."""
    for v in ctx.frequency_violations:
        if v.rule.startswith(kinds):
            source = _guidance_source(ctx.platform, v)
            message = v.message
            if source is not None and source.confidence is Confidence.SOURCE_DOCUMENT:
                message += tr(
                    " (a heuristic of {source}, not {platform}'s own advice)",
                    source=source.title,
                    platform=ctx.platform.name,
                )
            yield trusted_hit(message=message, where="post.scheduled_at", source=source)


def _guidance_source(platform: Platform, v: Violation) -> Source | None:
    """The source of the platform's recommended guidance that sets the broken limit."""
    for g in platform.recommended_frequency():
        if v.rule == "min_gap" and g.min_gap == v.limit:
            return g.source
        if g.per is not None and v.rule == f"max_per_{g.per}" and g.maximum == v.limit:
            return g.source
    return None


def _too_frequent(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    return _frequency_hits(ctx, ("min_gap",))


def _frequency_cap(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    return _frequency_hits(ctx, ("max_per_",))


def _posting_time(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    return _frequency_hits(ctx, ("outside_windows", "quiet_hours"))


def _regularity(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    if not ctx.history:
        return  # no previous post, no silence before this one
    before, _ = _neighbours(ctx)
    when = ctx.post.scheduled_at
    if before is None or when is None:
        return
    for f in ctx.frequency.frequencies:
        if f.minimum and elapsed(before, when) > 2 * average_length(f.per) / f.minimum:
            days = elapsed(before, when).total_seconds() / 86400
            yield trusted_hit(
                message=tr(
                    "{days:.1f} days since the previous post; the recommended rhythm is "
                    "{minimum} or more per {period}",
                    days=days,
                    minimum=f.minimum,
                    period=label(f.per),
                ),
                where="post.scheduled_at",
            )
            return


_TIMED: frozenset[RuleCheck[PostContext]] = frozenset(
    {_too_frequent, _frequency_cap, _posting_time, _regularity}
)
"""Checks about when a post goes out: skipped, not passed, for a post without ``scheduled_at``."""


_NATIVE = (MediaKind.POLL, MediaKind.DOCUMENT, MediaKind.CAROUSEL)


def _native_media(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    if not any(m.kind in _NATIVE for m in ctx.post.media):
        yield trusted_hit(
            message=tr("no native format (poll, document carousel)"), where="post.media"
        )


def _is_repost(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    if ctx.post.format == "repost":
        yield trusted_hit(message=tr("a repost of existing content"), where="post.format")


def _watermarked(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    for index, item in enumerate(ctx.post.media):
        if item.watermarked:
            yield trusted_hit(
                message=tr("media watermarked by another app"), where=f"post.media[{index}]"
            )


def _not_vertical(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    for index, item in enumerate(ctx.post.media):
        if item.is_video and item.width and item.height and item.width >= item.height:
            yield trusted_hit(
                message=tr(
                    "{width}x{height} video is not vertical", width=item.width, height=item.height
                ),
                where=f"post.media[{index}]",
            )


def _subtitles(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    for index, item in enumerate(ctx.post.media):
        if item.is_video and not item.subtitles:
            yield trusted_hit(message=tr("video without subtitles"), where=f"post.media[{index}]")


def _precise_description(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    if ctx.platform.limits.body_field == "description":
        text, where = ctx.body, ctx.body_where
    else:
        text, where = ctx.post.description, "post.description"
    words = len(text.split())
    if rule.threshold is not None and words < rule.threshold:
        yield trusted_hit(
            message=tr(
                "description of {words} words (at least {minimum} recommended)",
                words=words,
                minimum=rule.threshold,
            )
            + tr(" (socialkit's default threshold)"),
            where=where,
        )
    if not ctx.post.keywords:
        yield trusted_hit(message=tr("no keywords (metadata)"), where="post.keywords")
    for index, item in enumerate(ctx.post.media):
        if item.kind == MediaKind.IMAGE and not item.alt_text:
            yield trusted_hit(
                message=tr("image without alternative text"), where=f"post.media[{index}]"
            )


def _photo_quality(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    for index, item in enumerate(ctx.post.media):
        limit = ctx.platform.limits.media_limit(item.kind, tier=ctx.tier, on=ctx.on)
        if limit is None or not (item.width and item.height):
            continue
        if limit.recommended_width and item.width < limit.recommended_width:
            yield trusted_hit(
                message=tr(
                    "{width}x{height} px, below the recommended {min_width}x{min_height}",
                    width=item.width,
                    height=item.height,
                    min_width=limit.recommended_width,
                    min_height=limit.recommended_height,
                ),
                where=f"post.media[{index}]",
                source=limit.source,
            )


def _ask_checker(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    name = rule.checker
    assert name is not None
    try:
        verdict: object = ctx.checkers[name](ctx.post)
    except Exception as error:
        raise CheckerError(name, error) from error
    if not isinstance(verdict, bool | str | None):
        raise SocialkitTypeError(
            f"assess(checkers[{name!r}]) result",
            verdict,
            expected=N_("True/False, a message (str) or None"),
        )
    if verdict:
        detail = verdict if isinstance(verdict, str) else translate(rule.title).rstrip(".").lower()
        yield trusted_hit(message=tr("{name} checker: {detail}", name=name, detail=detail))


# --- The default rule set (data) --------------------------------------------------

_WEIGHT = {Severity.ERROR: 3.0, Severity.WARNING: 2.0, Severity.TIP: 1.0}


def _rule(
    rule_id: str, severity: Severity, check: RuleCheck[PostContext], title: str, **kw: Any
) -> PostRule:
    kw.setdefault("weight", _WEIGHT[severity])
    return Rule(id=rule_id, severity=severity, check=check, title=title, **kw)


_E, _W, _T = Severity.ERROR, Severity.WARNING, Severity.TIP


def _checker_rule(rule_id: str, checker: str, signal: str, title: str, fix: str) -> PostRule:
    return _rule(rule_id, _W, _ask_checker, title, signal=signal, checker=checker, fix=fix)


def _markers(markers: Iterable[DisclosureMarker]) -> tuple[DisclosureMarker, ...]:
    chosen = to_tuple(markers, "disclosure_rule(markers)")
    for index, marker in enumerate(chosen):
        if not isinstance(marker, DisclosureMarker):
            raise SocialkitTypeError(
                f"disclosure_rule(markers[{index}])", marker, expected=N_("a DisclosureMarker")
            )
    if not chosen:
        raise ValidationError(
            "disclosure_rule(markers)",
            tr("is empty"),
            allowed=tr("expected at least one marker (drop the rule with without('disclosure'))"),
        )
    return chosen


def disclosure_rule(markers: Iterable[DisclosureMarker] = DISCLOSURE_MARKERS) -> PostRule:
    """The ``disclosure`` rule: a sponsored post must carry one of ``markers``.

    The markers are part of the rule value, fixed when it is built, so a rule
    set that holds this rule always checks the same words. To accept more,
    build the rule with them and replace the default one:

    >>> notes = Source(title="my legal notes", confidence="unconfirmed")
    >>> mine = DisclosureMarker(text="#anzeige", language="de", source=notes)
    >>> rules = DEFAULT_RULES.with_rule(
    ...     disclosure_rule(markers=DISCLOSURE_MARKERS + (mine,)), replace=True)
    >>> post = Post(text="Neu! #anzeige", sponsored=True)
    >>> [f.rule for f in assess(post, "x", rules=rules).findings if f.rule == "x.disclosure"]
    []
    >>> [f.rule for f in assess(post, "x").findings if f.rule == "x.disclosure"]
    ['x.disclosure']
    """
    chosen = _markers(markers)
    return _rule(
        "disclosure",
        _E,
        functools.partial(_disclosure, markers=chosen),
        N_("A paid or incentivised post not disclosed."),
        fix=N_("say so at the start: '#ad', 'paid partnership', 'Publicité'..."),
        source=FTC_DISCLOSURES,
    )


DEFAULT_RULES = _post_rules(
    (
        # Hard limits, from each platform's limit data: they decide Assessment.fits.
        _rule(
            "text_limit",
            _E,
            _text_limits,
            N_("Text longer than the platform allows."),
            hard=True,
            fix=N_("shorten the text"),
        ),
        _rule(
            "unchecked_text",
            _T,
            _unchecked_text,
            N_("Text the platform data sets no limit for."),
            weight=0.0,
            fix=N_("check the text against the platform's own rules"),
        ),
        _rule(
            "invalid_characters",
            _E,
            _invalid_characters,
            N_("Characters the platform rejects."),
            hard=True,
            fix=N_("remove those characters"),
        ),
        _rule(
            "empty_post",
            _E,
            _empty,
            N_("A post with neither text nor media."),
            hard=True,
            fix=N_("add text or media"),
        ),
        _rule(
            "required_media",
            _E,
            _required_media,
            N_("A post without the medium the platform requires (image, video...)."),
            hard=True,
            fix=N_("attach the medium the platform requires"),
        ),
        _rule(
            "count_limits",
            _E,
            _count_limits,
            N_("More hashtags, mentions, links or media than allowed."),
            hard=True,
            fix=N_("remove the extra items"),
        ),
        _rule(
            "media_limits",
            _E,
            _media_limits,
            N_("A video too long or too short."),
            hard=True,
            fix=N_("trim or extend the video"),
        ),
        # The law, everywhere.
        disclosure_rule(),
        # Posting rhythm, from each platform's recommended guidance.
        _rule(
            "frequency_cap",
            _W,
            _frequency_cap,
            N_("More posts per period than recommended."),
            fix=N_("spread posts out"),
        ),
        _rule(
            "posting_time",
            _W,
            _posting_time,
            N_("A post outside the allowed windows or in quiet hours."),
            fix=N_("move the post into an allowed window"),
        ),
        # Ranking heuristics of the course module [000], one per platform signal.
        _rule(
            "many_hashtags",
            _W,
            _many_hashtags,
            N_("Several hashtags in one post."),
            signal="many_hashtags",
            threshold=2,
            fix=N_("keep one or two hashtags"),
            why=N_(
                "the threshold of 2 is socialkit's default (a heuristic); on X the Twitter "
                "Help Center long advised no more than 2 hashtags per Tweet"
            ),
        ),
        _rule(
            "attached_media",
            _T,
            _no_media,
            N_("No media attached."),
            signal="attached_media",
            fix=N_("attach an image or a video"),
        ),
        _rule(
            "external_link",
            _W,
            _external_link,
            N_("A link to another site in the body."),
            signal="external_link",
            fix=N_("drop the link or move it out of the post body"),
        ),
        _rule(
            "self_comment_first",
            _W,
            _self_comment_first,
            N_("The author comments first on the own post."),
            signal="self_comment_first",
            fix=N_("let others comment first; reply to them"),
        ),
        _rule(
            "too_frequent",
            _W,
            _too_frequent,
            N_("Too little time since the previous post."),
            fix=N_("wait the recommended gap between posts"),
        ),
        _rule(
            "regularity",
            _T,
            _regularity,
            N_("A long silence before this post."),
            signal="regularity",
            fix=N_("post on a regular rhythm (keep a content calendar)"),
        ),
        _rule(
            "native_media",
            _T,
            _native_media,
            N_("No native format (poll, document)."),
            signal="native_media",
            fix=N_("try a poll or a PDF document carousel"),
        ),
        _rule(
            "reposts",
            _W,
            _is_repost,
            N_("Reposted content."),
            signal="reposts",
            fix=N_("publish original content"),
        ),
        _rule(
            "fresh_pins",
            _T,
            _is_repost,
            N_("Not a new pin."),
            signal="fresh_pins",
            fix=N_("publish a fresh pin rather than a repin"),
        ),
        _rule(
            "hashtags",
            _T,
            _no_hashtags,
            N_("No hashtag."),
            signal="hashtags",
            fix=N_("add a few relevant hashtags"),
        ),
        _rule("video", _T, _no_video, N_("No video."), signal="video", fix=N_("attach a video")),
        _rule(
            "watch_time",
            _T,
            _no_video,
            N_("No video to watch."),
            signal="watch_time",
            fix=N_("post a video"),
        ),
        _rule(
            "subtitles",
            _T,
            _subtitles,
            N_("Video without subtitles."),
            signal="subtitles",
            fix=N_("add subtitles (captions)"),
        ),
        _rule(
            "precise_description",
            _T,
            _precise_description,
            N_("Description or metadata missing or thin."),
            signal="precise_description",
            threshold=10,
            why=N_(
                "the threshold of 10 words is socialkit's default (a heuristic): the course "
                "asks for a precise description and gives no number"
            ),
            fix=N_("write a precise description, keywords and alt text"),
        ),
        _rule(
            "photo_quality",
            _T,
            _photo_quality,
            N_("Image below the recommended size."),
            signal="photo_quality",
            fix=N_("use a larger image"),
        ),
        _rule(
            "watermarked_reels",
            _W,
            _watermarked,
            N_("Media watermarked by another app."),
            signal="watermarked_reels",
            fix=N_("upload the original, unwatermarked file"),
        ),
        _rule(
            "watermarked_videos",
            _W,
            _watermarked,
            N_("Media watermarked by another app."),
            signal="watermarked_videos",
            fix=N_("upload the original, unwatermarked file"),
        ),
        _rule(
            "not_vertical_video",
            _W,
            _not_vertical,
            N_("A landscape or square video."),
            signal="not_vertical_video",
            fix=N_("shoot or crop the video vertically (9:16)"),
        ),
        # Outside knowledge: each needs a checker (a callable) from the user.
        _checker_rule(
            "spelling_mistakes",
            "spelling",
            "spelling_mistakes",
            N_("Spelling mistakes."),
            N_("correct the spelling"),
        ),
        _checker_rule(
            "fake_news",
            "fake_news",
            "fake_news",
            N_("False or misleading news."),
            N_("check the facts and sources"),
        ),
        _checker_rule(
            "off_topic",
            "off_topic",
            "off_topic",
            N_("Off the account's usual topic."),
            N_("stay on the account's topics"),
        ),
        _checker_rule(
            "inappropriate_content",
            "inappropriate_content",
            "inappropriate_content",
            N_("Inappropriate content."),
            N_("remove the inappropriate content"),
        ),
        _checker_rule(
            "sensitive_content",
            "sensitive_content",
            "sensitive_content",
            N_("Sensitive content."),
            N_("remove or flag the sensitive content"),
        ),
        _checker_rule(
            "broken_links",
            "broken_links",
            "broken_links",
            N_("Links that lead to errors (404)."),
            N_("fix or remove the broken links"),
        ),
        _checker_rule(
            "low_authority_links",
            "low_authority_links",
            "low_authority_links",
            N_("Links to low-authority sites."),
            N_("link to reputable sites"),
        ),
        _checker_rule(
            "clickbait",
            "clickbait",
            "clickbait",
            N_("A clickbait title or thumbnail."),
            N_("make the title and thumbnail match the content"),
        ),
        _checker_rule(
            "trends",
            "trends",
            "trends",
            N_("Not riding a current trend (format, sound, topic)."),
            N_("use a trending format, sound or topic that fits the brand"),
        ),
    )
)
"""socialkit's post rules. Derive variants with ``without``, ``with_weight``, ``with_rule``.

Rules are named by id (``"external_link"``) or by a finding's id
(``"linkedin.external_link"``): the platform prefix is checked and dropped,
because a rule set applies to every platform, so removing
``"linkedin.external_link"`` removes the rule everywhere it applies.

>>> rules = DEFAULT_RULES.without("many_hashtags").with_weight("linkedin.external_link", 5)
>>> "many_hashtags" in rules, rules.get("external_link").weight
(False, 5)
"""


# --- Assessing ---------------------------------------------------------------------


def _history(history: Iterable[Post]) -> tuple[Post, ...]:
    if isinstance(history, tuple) and not history:
        return ()  # the default: nothing to check or sort
    if isinstance(history, str | bytes) or not isinstance(history, Iterable):
        raise SocialkitTypeError("assess(history)", history, expected=N_("an iterable of Post"))
    posts = tuple(history)
    for index, item in enumerate(posts):
        if not isinstance(item, Post):
            raise SocialkitTypeError(f"assess(history[{index}])", item, expected=N_("a Post"))
        if item.scheduled_at is None:
            raise ValidationError(
                f"assess(history[{index}]).scheduled_at",
                tr("is None"),
                allowed=tr("expected every earlier post to have its (timezone-aware) time"),
            )
    return tuple(sorted(posts, key=lambda p: p.scheduled_at.timestamp() if p.scheduled_at else 0.0))


def _checkers(
    checkers: Mapping[str, Checker] | None, rules: RuleSet[PostContext]
) -> dict[str, Checker]:
    """The user's checkers, each under a name some rule asks for (a typo would be ignored)."""
    if checkers is None:
        return {}
    if not isinstance(checkers, Mapping):
        raise SocialkitTypeError(
            "assess(checkers)", checkers, expected=N_("a mapping of checker name to callable")
        )
    for name, checker in checkers.items():
        if not isinstance(name, str):
            raise SocialkitTypeError(
                "assess(checkers) key", name, expected=N_("a checker name (str)")
            )
        if not callable(checker):
            raise SocialkitTypeError(
                f"assess(checkers[{name!r}])", checker, expected=N_("a callable taking the Post")
            )
    known = sorted({r.checker for r in rules if r.checker is not None})
    for name in checkers:
        if name not in known:
            suggestions = get_close_matches(name, known, n=3)
            raise NotFoundError("assess(checkers)", name, known, suggestions)
    return dict(checkers)


def _signal_source(rule: PostRule, platform: Platform, on: date | None) -> Source | None:
    """The source of the platform signal behind ``rule``, which backs its findings."""
    return None if rule.signal is None else platform.signal(rule.signal, on=on).source


def _frequency(rule: FrequencyRule | None, platform: Platform) -> FrequencyRule:
    if rule is None:
        return _default_frequency(platform)
    if not isinstance(rule, FrequencyRule):
        raise SocialkitTypeError("assess(frequency)", rule, expected=N_("a FrequencyRule or None"))
    return rule


def assess(
    post: Post,
    platform: str | Platform,
    *,
    history: Iterable[Post] = (),
    tier: str | None = None,
    rules: RuleSet[PostContext] = DEFAULT_RULES,
    checkers: Mapping[str, Checker] | None = None,
    tz: tzinfo | str | None = None,
    frequency: FrequencyRule | None = None,
) -> Assessment:
    """Judge ``post`` for ``platform``: hard limits, ranking heuristics and disclosure.

    The post's body goes to the platform's body field
    (:attr:`Limits.body_field <socialkit.platforms.Limits.body_field>`): ``post.text``,
    unless that field is the description or the title and the post has its
    own (a YouTube description written apart from the text). A body field
    with no recorded limit (Snapchat) gives an ``unchecked_text`` tip rather
    than a silent pass. ``tier`` is case-insensitive and must be one the
    platform's data names. ``checkers`` maps checker names (``"spelling"``,
    ``"broken_links"``...) to callables taking the post.

    A scheduled post is held to ``frequency`` (default
    :meth:`FrequencyRule.for_platform <socialkit.frequency.FrequencyRule.for_platform>`,
    the platform's recommended guidance for its default surface) together with
    ``history``, the account's other posts, each with its ``scheduled_at``:
    ``frequency_cap``, ``too_frequent`` and ``posting_time`` report exactly the
    violations :meth:`FrequencyRule.check <socialkit.frequency.FrequencyRule.check>`
    finds once the post joins the history and did not find before (maxima,
    the gap, windows and quiet hours). ``tz`` is the audience's time zone, in
    which days, ISO weeks and calendar months are counted; it is required
    whenever the rule counts them or has windows.

    The score is a heuristic: each rule that ran has a weight (error 3,
    warning 2, tip 1 by default); the score is 100 times the share of that
    weight whose rules found nothing. It says how many of socialkit's checks
    pass, not how the platform will rank the post.

    >>> a = assess(Post(text="New guide! https://example.com #b2b #marketing #sales"), "linkedin")
    >>> a.fits, a.score
    (True, 87)
    >>> [f.rule for f in a.findings]
    ['linkedin.external_link', 'linkedin.native_media']
    """
    if not isinstance(post, Post):
        raise SocialkitTypeError("assess(post)", post, expected=N_("a Post"))
    rules = rule_set_for(rules, PostContext, "assess(rules)")
    p = platform_of(platform, "assess(platform)")
    tier = p.limits.resolve_tier(tier, where="assess(tier)")
    on = post.scheduled_at.date() if post.scheduled_at else None
    field = p.limits.body_field
    body, body_where = _body(post, field)
    text = trusted_measure(body, p, field, tier) if _limits_text(p, field) else None
    ctx = unchecked(  # every field below is checked or built by socialkit just now
        PostContext,
        post=post,
        platform=p,
        body=body,
        body_where=body_where,
        text=text,
        entities=text.entities if text else extract(body),
        history=_history(history),
        tier=tier,
        on=on,
        checkers=_checkers(checkers, rules),
        frequency=_frequency(frequency, p),
        tz=None if tz is None else to_zone(tz, "assess(tz)"),
    )
    findings: list[Finding] = []
    failed = 0.0
    broken_hard = False
    prefix = f"{p.slug}."
    runs = _rule_runs(_rule_plan(rules, p, on), ctx.checkers, post.scheduled_at is not None)
    for rule, source in runs.rules:
        before = len(findings)
        for hit in rule.check(rule, ctx):
            findings.append(
                rule._finding(hit, prefix, "post", source)  # checked when built
                if isinstance(hit, Hit)
                else rule.finding(hit, prefix=prefix, where="post", source=source)  # refuses it
            )
        if len(findings) > before:
            failed += rule.weight
            broken_hard = broken_hard or rule.hard
    total = runs.total
    score = round(100 * (1 - failed / total)) if total else 100
    return unchecked(
        Assessment,
        platform=p.slug,
        fits=not broken_hard,
        score=score,
        findings=tuple(findings),
        text=ctx.text,
        applied=runs.applied,
        skipped=runs.skipped,
    )


@attrs.frozen
class _Runs:
    """Which rules of a plan run on a post, worked out once per plan, checkers and schedule."""

    rules: tuple[tuple[PostRule, Source | None], ...]
    """The rules that run, in order, each with its signal's source."""
    applied: tuple[str, ...]
    skipped: tuple[str, ...]
    """Rules whose checker was not given, or about timing for an unscheduled post."""
    total: float
    """The weights of the rules that run, summed in order (the score's denominator)."""


_RUNS_CACHE: _Memo = {}


def _rule_runs(
    plan: tuple[tuple[PostRule, Source | None], ...],
    checkers: Mapping[str, Checker],
    scheduled: bool,
) -> _Runs:
    """The rules of ``plan`` that run: a rule whose checker is missing, or a timing rule for
    an unscheduled post, is skipped. Depends only on the plan, the checkers' names and
    whether the post is scheduled, so it is kept (``test_rule_runs_match_rule_by_rule``)."""
    names = frozenset(checkers)
    key = (id(plan), names, scheduled)
    hit = _RUNS_CACHE.get(key)
    if hit is not None and hit[0] is plan:
        return hit[1]  # type: ignore[no-any-return]
    run: list[tuple[PostRule, Source | None]] = []
    skipped: list[str] = []
    total = 0.0
    for rule, source in plan:
        if (rule.checker is not None and rule.checker not in names) or (
            not scheduled and rule.check in _TIMED
        ):
            skipped.append(rule.id)
            continue
        run.append((rule, source))
        total += rule.weight
    runs = _Runs(
        rules=tuple(run),
        applied=tuple(rule.id for rule, _ in run),
        skipped=tuple(skipped),
        total=total,
    )
    return _remember(_RUNS_CACHE, key, (plan, runs))  # type: ignore[no-any-return]


# --- Bhargava's five rules ([003]) -------------------------------------------------
#
# An optional rule set, run with assess(post, platform, rules=BHARGAVA_RULES): each
# finding is a tip, labelled as the course's heuristic. The calendar checks the rule
# no single post can show (the same content pushed to several channels).

_VISUALS = (
    MediaKind.IMAGE,
    MediaKind.GIF,
    MediaKind.VIDEO,
    MediaKind.SHORT_VIDEO,
    MediaKind.CAROUSEL,
)


def has_words(text: str, words: Iterable[str]) -> tuple[str, ...]:
    """The ``words`` (or phrases) found in ``text`` as whole words, case-insensitively.

    >>> has_words("Partagez-le avec vos amis ! Code promo inside", ["partagez", "code promo", "share"])
    ('partagez', 'code promo')
    """
    folded = text.casefold()
    return tuple(
        w
        for w in words
        if w.strip() and re.search(rf"(?<!\w){re.escape(w.casefold())}(?!\w)", folded)
    )


def _post_words(ctx: PostContext) -> str:
    post = ctx.post
    return "\n".join((ctx.body, post.title, post.description))


def _bhargava_visual(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    if not any(m.kind in _VISUALS for m in ctx.post.media):
        yield trusted_hit(
            message=tr(
                "no visual (photo, graphic, video): Bhargava's rules ([003], a course "
                "heuristic) make content exciting and easy to share with visuals"
            ),
            where="post.media",
        )


def _bhargava_short(rule: PostRule, ctx: PostContext) -> Iterator[Hit]:
    words = len(ctx.body.split())
    if rule.threshold is not None and words > rule.threshold:
        yield trusted_hit(
            message=tr(
                "{words} words: the simpler the message, the more it is shared "
                "([003], a course heuristic); at most {limit} words is socialkit's "
                "default, not a benchmark",
                words=words,
                limit=rule.threshold,
            ),
            where=ctx.body_where,
        )


def _bhargava_reward(rule: PostRule, ctx: PostContext, *, words: tuple[str, ...]) -> Iterator[Hit]:
    if ctx.post.format == "contest" or has_words(_post_words(ctx), words):
        return
    yield trusted_hit(
        message=tr(
            "no reward for the audience (an exclusive video, a discount, a contest): "
            "Bhargava's rules ([003], a course heuristic) reward users"
        ),
        where=ctx.body_where,
    )


def _bhargava_call(rule: PostRule, ctx: PostContext, *, words: tuple[str, ...]) -> Iterator[Hit]:
    if has_words(_post_words(ctx), words):
        return
    yield trusted_hit(
        message=tr(
            "no call to share ('share it with your friends now'): Bhargava's rules "
            "([003], a course heuristic) remind people to pass content on"
        ),
        where=ctx.body_where,
    )


def _words(value: Iterable[str], where: str) -> tuple[str, ...]:
    chosen = to_tuple(value, where)
    for index, word in enumerate(chosen):
        if not isinstance(word, str) or not word.strip():
            raise SocialkitTypeError(
                f"{where}[{index}]", word, expected=N_("a non-empty word (str)")
            )
    if not chosen:
        raise ValidationError(where, "is empty", allowed=N_("expected at least one word"))
    return chosen


def bhargava_rules(
    *,
    reward_words: Iterable[str] = REWARD_WORDS,
    share_calls: Iterable[str] = SHARE_CALLS,
    short_message: int = SHORT_MESSAGE_WORDS,
) -> RuleSet[PostContext]:
    """Bhargava's rules that one post can show ([003]), as tips: a visual, a short
    message, a reward, a call to share.

    The words are part of the rules, fixed when they are built, so a team
    adds its own language here; ``short_message`` is socialkit's default
    threshold of words (:data:`~socialkit.posts.SHORT_MESSAGE_WORDS`), not the
    course's. The rule the calendar checks (the same content pushed to several
    channels) is :data:`~socialkit.calendar.CALENDAR_RULES`' ``bhargava.share_actively``.

    >>> from socialkit.posts import Media
    >>> post = Post(text="Our new collection is here", media=(Media.image(),))
    >>> [f.rule for f in assess(post, "instagram", rules=BHARGAVA_RULES).findings]
    ['instagram.bhargava.reward', 'instagram.bhargava.call_to_share']
    >>> post = Post(text="New collection: exclusive first photos. Share them with your friends!",
    ...             media=(Media.image(),))
    >>> assess(post, "instagram", rules=BHARGAVA_RULES).findings
    ()
    >>> rules = bhargava_rules(share_calls=("teilen",))
    >>> post = Post(text="Jetzt teilen!", media=(Media.image(),), format="contest")
    >>> assess(post, "instagram", rules=rules).findings
    ()
    """
    rewards = _words(reward_words, "bhargava_rules(reward_words)")
    calls = _words(share_calls, "bhargava_rules(share_calls)")
    words = num.integer(short_message, "bhargava_rules(short_message)", minimum=1, maximum=10**6)
    return _post_rules(
        (
            _rule(
                "bhargava.visual",
                _T,
                _bhargava_visual,
                N_("No visual (photo, graphic, video)."),
                fix=N_("attach a photo, a graphic or a video"),
                source=BHARGAVA,
            ),
            _rule(
                "bhargava.short_message",
                _T,
                _bhargava_short,
                N_("A long message, harder to share."),
                fix=N_("say it in fewer words"),
                threshold=words,
                source=BHARGAVA,
                why=OWN_THRESHOLD,
            ),
            _rule(
                "bhargava.reward",
                _T,
                functools.partial(_bhargava_reward, words=rewards),
                N_("No reward for the audience."),
                fix=N_("offer something exclusive: a video, a discount, early access"),
                source=BHARGAVA,
            ),
            _rule(
                "bhargava.call_to_share",
                _T,
                functools.partial(_bhargava_call, words=calls),
                N_("No call to share."),
                fix=N_("ask people to share it with their friends"),
                source=BHARGAVA,
            ),
        )
    )


BHARGAVA_RULES = bhargava_rules()
"""Bhargava's rules over one post ([003]), all tips: run them with ``assess(post, platform,
rules=BHARGAVA_RULES)`` (see :func:`bhargava_rules`). The practices they check are
:data:`~socialkit.posts.BHARGAVA_PRACTICES`."""
