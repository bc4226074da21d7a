"""Influence: find, rank and approach the people whose word carries ([001], [004]).

[004]: "influence is the number of followers a person has, together with their
leadership in a field, an industry, a content type or a hashtag". socialkit scores an
influencer by *audience size times engagement with your brand*: leadership is hard to
observe, interactions with your brand are in your analytics. The score is a ranking
heuristic, not a measurement.

The quadrants cross audience size with engagement ([004], "Identify"): followers
with a large audience who never interact are "the influencers you should approach
first, the largest untapped potential to multiply your reach".

[004]'s "Connect" step studies *what, when and on which topics* they share, to
adjust type, topic, format, time and regularity: :func:`sharing_profile` computes
it from their own posts (a :class:`~socialkit.measure.History` of theirs, or
:class:`~socialkit.measure.PostRecord` values), and :func:`content_for` turns it
into content made for them: their favourite topic (among yours), format and slot.
Counting what someone shared is a description, not a prediction of what they will.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime, tzinfo
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from socialkit._core import numbers as num
from socialkit._core.documents import STRATEGY_ARTICLE
from socialkit._core.fields import frozen
from socialkit._core.i18n import H_, N_, tr
from socialkit._core.sources import Source
from socialkit._core.table import (
    dataframe,
    html_block,
    html_long_table,
    html_note,
    html_table,
    short_repr,
    table,
)
from socialkit._core.time import to_zone, weekday_name
from socialkit._core.validate import (
    Choice,
    at_least,
    non_empty_str,
    str_set,
    to_enum,
    to_int,
    to_str_set,
)
from socialkit.errors import SocialkitTypeError
from socialkit.measure._history import History, PostRecord
from socialkit.text._measure import extract

if TYPE_CHECKING:
    import pandas

__all__ = [
    "ENGAGED_ABOVE",
    "Acquisition",
    "ContentIdea",
    "Influencer",
    "PartnerReach",
    "Quadrant",
    "RelationshipStage",
    "SharingProfile",
    "content_for",
    "influence_quadrants",
    "rank_partners",
    "sharing_profile",
    "to_follow",
]


class RelationshipStage(Choice):
    """The steps of an influencer relationship, in order ([004])."""

    IDENTIFY = "identify"
    """Find them among your followers: audience crossed with engagement."""
    CONNECT = "connect"
    """Measure whether they interact and amplify; study what, when and where they share."""
    CONVINCE = "convince"
    """Engage with their content first (organic) or offer products or discounts (paid)."""
    RETAIN = "retain"
    """Give more than you ask: unique content, access, engagement."""
    COLLABORATE = "collaborate"
    """Partner with brands whose influential followers lie outside your network."""


class Acquisition(Choice):
    """How an influencer was won: [004] finds organic ones last longer than paid ones."""

    ORGANIC = "organic"
    PAID = "paid"


class Quadrant(Choice):
    """Audience (high/low) crossed with engagement with your brand (high/low)."""

    ADVOCATES = "advocates"
    """Large audience, engaged: keep them (retain, collaborate)."""
    UNTAPPED = "untapped"
    """Large audience, follows you but doesn't interact: approach them first ([004])."""
    FANS = "fans"
    """Small audience, engaged: loyal voices worth rewarding."""
    BYSTANDERS = "bystanders"
    """Small audience, not engaged: no action yet."""

    @property
    def priority(self) -> int:
        """Outreach order: 1 is approached first (untapped, then advocates, fans, bystanders)."""
        return _PRIORITY[self]


_PRIORITY = {Quadrant.UNTAPPED: 1, Quadrant.ADVOCATES: 2, Quadrant.FANS: 3, Quadrant.BYSTANDERS: 4}


def _acquisition(value: object) -> Acquisition | None:
    return None if value is None else to_enum(Acquisition, value)


def _stage(value: object) -> RelationshipStage:
    return to_enum(RelationshipStage, value)


@frozen(kw_only=True)
class Influencer:
    """Someone whose posts reach people: audience, engagement with you, topics, stage.

    ``audience`` is their follower count; ``engagement`` counts their interactions
    with your brand over the period you observe (likes, replies, shares, mentions);
    ``acquisition`` is ``None`` until they have been won over. ``follows_you``
    says whether they follow your account; ``followed`` whether you follow
    theirs ([001]: identify them, *follow them*, send them content).

    >>> ana = Influencer(handle="@ana", audience=12_000, engagement=3, topics={"running"})
    >>> ana.score
    36000
    >>> ana.stage
    <RelationshipStage.IDENTIFY: 'identify'>
    """

    handle: str = attrs.field(validator=non_empty_str)
    audience: int = attrs.field(converter=to_int, validator=at_least(0))
    engagement: int = attrs.field(converter=to_int, validator=at_least(0))
    topics: frozenset[str] = attrs.field(
        default=frozenset(), converter=to_str_set, validator=str_set
    )
    acquisition: Acquisition | None = attrs.field(
        default=None,
        converter=_acquisition,
    )
    stage: RelationshipStage = attrs.field(default=RelationshipStage.IDENTIFY, converter=_stage)
    follows_you: bool = True
    followed: bool = False

    @property
    def score(self) -> int:
        """Influence on your brand: ``audience x engagement`` (a ranking heuristic)."""
        return self.audience * self.engagement


def _median(values: list[int]) -> Fraction:
    """The exact median: no float, so audiences beyond float range still compare."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return Fraction(ordered[middle])
    return Fraction(ordered[middle - 1] + ordered[middle], 2)


def _threshold(name: str, given: int | None, values: list[int]) -> Fraction:
    if given is None:
        return _median(values)
    return Fraction(num.integer(given, name, minimum=0))


ENGAGED_ABOVE = 0
"""The default engagement threshold of :func:`influence_quadrants`: more than 0 interactions.

[004]'s untapped group "follows you but does not interact": with the default, only
people with no interaction at all are untapped or bystanders. A socialkit default
read from the source's wording (not a benchmark); raise it to call a rare
interaction "not interacting".
"""


def influence_quadrants(
    influencers: Iterable[Influencer],
    *,
    audience_threshold: int | None = None,
    engagement_threshold: int = ENGAGED_ABOVE,
) -> dict[Quadrant, tuple[Influencer, ...]]:
    """Sort influencers into the four quadrants, each ordered by audience (largest first).

    "High" means strictly above the threshold. Engagement is high when someone
    interacted more than ``engagement_threshold`` times (default
    :data:`ENGAGED_ABOVE`, 0: any interaction counts), so "untapped" means what
    [004] says: a large audience that follows you but does not interact, however
    quiet the rest of the group is. The audience threshold left as ``None`` is the
    median audience of the group, so "large" adapts to your followers. Only people
    who follow you are placed: the quadrants describe your own followers ([004]);
    every quadrant is present in the result, possibly empty.

    >>> people = [Influencer(handle="@big_quiet", audience=50_000, engagement=0),
    ...           Influencer(handle="@big_fan", audience=40_000, engagement=9),
    ...           Influencer(handle="@big_rare", audience=30_000, engagement=1),
    ...           Influencer(handle="@small_fan", audience=300, engagement=12),
    ...           Influencer(handle="@small", audience=200, engagement=0),
    ...           Influencer(handle="@tiny", audience=100, engagement=0)]
    >>> quadrants = influence_quadrants(people)
    >>> [i.handle for i in quadrants[Quadrant.UNTAPPED]]
    ['@big_quiet']
    >>> [i.handle for i in quadrants[Quadrant.ADVOCATES]]
    ['@big_fan', '@big_rare']
    >>> [i.handle for i in influence_quadrants(people, engagement_threshold=1)[Quadrant.UNTAPPED]]
    ['@big_quiet', '@big_rare']
    >>> min(quadrants, key=lambda q: q.priority)
    <Quadrant.UNTAPPED: 'untapped'>
    """
    group = _influencers("influence_quadrants(influencers)", influencers)
    engaged = Fraction(num.integer(engagement_threshold, "engagement_threshold", minimum=0))
    followers = [i for i in group if i.follows_you]
    result: dict[Quadrant, list[Influencer]] = {q: [] for q in Quadrant}
    if followers:
        audience = _threshold(
            "audience_threshold", audience_threshold, [i.audience for i in followers]
        )
        for person in followers:
            big, active = person.audience > audience, person.engagement > engaged
            quadrant = (
                (Quadrant.ADVOCATES if active else Quadrant.UNTAPPED)
                if big
                else (Quadrant.FANS if active else Quadrant.BYSTANDERS)
            )
            result[quadrant].append(person)
    return {
        q: tuple(sorted(people, key=lambda i: (-i.audience, i.handle)))
        for q, people in result.items()
    }


def to_follow(
    influencers: Iterable[Influencer],
    *,
    audience_threshold: int | None = None,
    engagement_threshold: int = ENGAGED_ABOVE,
) -> tuple[Influencer, ...]:
    """The influencers you do not follow yet, in outreach order ([001]: follow them).

    [001] on X pages: "follow your clients and the key people", the people whose
    posts are read and heard. Your own followers come first, in the order of
    their quadrant's :attr:`~Quadrant.priority` (untapped, advocates, fans,
    bystanders; thresholds as in :func:`influence_quadrants`), then the people
    who do not follow you; within each group the largest audience first. The
    order is a heuristic for whom to approach first, not a measurement.

    >>> people = [Influencer(handle="@big_quiet", audience=50_000, engagement=0),
    ...           Influencer(handle="@fan", audience=300, engagement=4),
    ...           Influencer(handle="@known", audience=80_000, engagement=2, followed=True),
    ...           Influencer(handle="@star", audience=900_000, engagement=0, follows_you=False)]
    >>> [i.handle for i in to_follow(people, audience_threshold=10_000)]
    ['@big_quiet', '@fan', '@star']
    """
    group = _influencers("to_follow(influencers)", influencers)
    quadrants = influence_quadrants(
        group, audience_threshold=audience_threshold, engagement_threshold=engagement_threshold
    )
    rank = {id(person): q.priority for q, people in quadrants.items() for person in people}
    waiting = [person for person in group if not person.followed]
    last = max(_PRIORITY.values()) + 1
    return tuple(sorted(waiting, key=lambda i: (rank.get(id(i), last), -i.audience, i.handle)))


def _influencers(where: str, values: Iterable[Influencer]) -> list[Influencer]:
    if not isinstance(values, Iterable) or isinstance(values, str | bytes):
        raise SocialkitTypeError(where, values, expected=N_("a collection of Influencer"))
    group = list(values)
    for index, item in enumerate(group):
        if not isinstance(item, Influencer):
            raise SocialkitTypeError(f"{where}[{index}]", item, expected=N_("an Influencer"))
    return group


@frozen(kw_only=True)
class PartnerReach:
    """What partnering with ``partner`` would add: influential followers you don't reach.

    ``new_influencers`` follow the partner and are influential but are not in your
    network; ``shared_influencers`` are influential followers you already share.
    """

    partner: str
    new_influencers: frozenset[str]
    shared_influencers: frozenset[str]

    MAX_ROWS = 20
    """Handles a notebook shows before truncating, as pandas does (first and last rows)."""

    @property
    def gain(self) -> int:
        """How many influential followers the partnership would add."""
        return len(self.new_influencers)

    def rows(self) -> list[tuple[object, ...]]:
        """One row per influential follower: the new ones first, then the shared, each sorted."""
        new: list[tuple[object, ...]] = [(h, True) for h in sorted(self.new_influencers)]
        return new + [(h, False) for h in sorted(self.shared_influencers)]

    def _summary(self) -> str:
        return tr(
            "{partner}: adds {gain} influential followers ({shared} already shared)",
            partner=self.partner,
            gain=self.gain,
            shared=len(self.shared_influencers),
        )

    def __str__(self) -> str:
        return f"{self._summary()}\n{table(_PARTNER_HEADERS, self.rows())}"

    def _repr_html_(self) -> str:
        """The rows of :meth:`__str__` as an HTML table under the summary (notebooks)."""
        return html_long_table(
            _PARTNER_HEADERS, self.rows(), caption=self._summary(), max_rows=self.MAX_ROWS
        )

    def __repr__(self) -> str:
        return short_repr(
            "PartnerReach",
            tr(
                "{partner}: +{gain} influential, {shared} shared",
                partner=self.partner,
                gain=self.gain,
                shared=len(self.shared_influencers),
            ),
        )

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per influential follower: ``new`` is true when you do not reach them yet."""
        return dataframe(
            "PartnerReach.to_dataframe", [("handle", "string"), ("new", "boolean")], self.rows()
        )


_PARTNER_HEADERS = (H_("handle"), H_("new"))


def _handles(where: str, value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise SocialkitTypeError(where, value, expected=N_("a collection of handles"))
    items = tuple(value)
    for handle in items:
        if not isinstance(handle, str):
            raise SocialkitTypeError(where, handle, expected=N_("handles as strings"))
    return frozenset(items)


def rank_partners(
    partners: Mapping[str, Iterable[str]],
    *,
    your_network: Iterable[str],
    influential: Iterable[str],
) -> tuple[PartnerReach, ...]:
    """Rank partner brands by the influential followers they would add ([004], Collaborate).

    For each partner: ``new = (followers & influential) - your_network``. Partners
    are ordered by how many they add (most first), then by fewest shared, then by
    name. Handles are compared as given (normalise case before calling).

    >>> ranked = rank_partners(
    ...     {"shoes.co": {"@ana", "@bo", "@cy"}, "socks.co": {"@ana", "@dee"}},
    ...     your_network={"@ana", "@me"},
    ...     influential={"@ana", "@bo", "@cy", "@dee"},
    ... )
    >>> [(p.partner, p.gain) for p in ranked]
    [('shoes.co', 2), ('socks.co', 1)]
    >>> sorted(ranked[0].new_influencers)
    ['@bo', '@cy']
    """
    if not isinstance(partners, Mapping):
        raise SocialkitTypeError("rank_partners(partners)", partners, expected=N_("a mapping"))
    mine = _handles("rank_partners(your_network)", your_network)
    leaders = _handles("rank_partners(influential)", influential)
    ranked = []
    for name, followers in partners.items():
        if not isinstance(name, str):
            raise SocialkitTypeError(
                "rank_partners(partners)", name, expected=N_("partner names as strings")
            )
        reach = _handles(f"rank_partners(partners[{name!r}])", followers) & leaders
        ranked.append(
            PartnerReach(
                partner=name, new_influencers=reach - mine, shared_influencers=reach & mine
            )
        )
    return tuple(sorted(ranked, key=lambda r: (-r.gain, len(r.shared_influencers), r.partner)))


# -- Connect: what, when and on which topics they share ([004]) ------------------------

CONNECT = STRATEGY_ARTICLE.at("influence, Connect: study what, when and on which topics they share")
"""[004]'s step the sharing profile serves."""

Counts = tuple[tuple[str, int], ...]
"""Labels with how many posts had them, most first (ties in label order)."""


def _ranked(counter: Counter[str]) -> Counts:
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def _counts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    where = f"{type(instance).__name__}.{attribute.name}"
    expected = N_("a tuple of (label, count) pairs")
    if not isinstance(value, tuple):
        raise SocialkitTypeError(where, value, expected=expected)
    for item in value:
        if (
            not isinstance(item, tuple)
            or len(item) != 2
            or not isinstance(item[0], str)
            or isinstance(item[1], bool)
            or not isinstance(item[1], int)
        ):
            raise SocialkitTypeError(where, item, expected=expected)


def _count(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SocialkitTypeError(
            f"{type(instance).__name__}.{attribute.name}", value, expected=N_("a count (int >= 0)")
        )


@frozen(kw_only=True)
class SharingProfile:
    """What, when and on which topics someone shares, counted from their posts ([004]).

    Each field counts posts, most first: ``topics`` (hashtags of the text, case
    folded, and the record's pillar), ``formats``, ``platforms``, ``weekdays``
    (``"Mon"``...) and ``hours`` (``"09"``...) in the zone given to
    :func:`sharing_profile`. A post without a format, topic or platform adds
    nothing to that count.
    """

    handle: str = attrs.field(validator=non_empty_str)
    posts: int = attrs.field(validator=_count)
    topics: Counts = attrs.field(default=(), validator=_counts)
    formats: Counts = attrs.field(default=(), validator=_counts)
    platforms: Counts = attrs.field(default=(), validator=_counts)
    weekdays: Counts = attrs.field(default=(), validator=_counts)
    hours: Counts = attrs.field(default=(), validator=_counts)
    zone: str = attrs.field(default="UTC", validator=non_empty_str)

    @property
    def source(self) -> Source:
        """[004]'s "Connect" step, which the profile serves."""
        return CONNECT

    # -- display (notebooks and terminals) ------------------------------------------

    def _summary(self) -> str:
        return tr(
            "{handle}: {posts} posts (weekdays and hours in {zone})",
            handle=self.handle,
            posts=self.posts,
            zone=self.zone,
        )

    def _counts(self) -> tuple[tuple[str, Counts], ...]:
        """Each count with the heading of its first column, in field order."""
        return (
            (H_("topic"), self.topics),
            (H_("format"), self.formats),
            (H_("platform"), self.platforms),
            (H_("weekday"), self.weekdays),
            (H_("hour"), self.hours),
        )

    def _tables(self) -> list[tuple[tuple[str, str], Counts]]:
        return [((title, H_("posts")), counts) for title, counts in self._counts() if counts]

    def __str__(self) -> str:
        return "\n\n".join([self._summary(), *(table(h, rows) for h, rows in self._tables())])

    def _repr_html_(self) -> str:
        """The tables of :meth:`__str__` as HTML, the summary as the first caption (notebooks)."""
        tables = self._tables()
        if not tables:
            return html_block(html_note(self._summary()))
        return html_block(
            *(
                html_table(h, rows, caption=self._summary() if i == 0 else "")
                for i, (h, rows) in enumerate(tables)
            )
        )

    def __repr__(self) -> str:
        return short_repr("SharingProfile", self._summary())

    def to_dataframe(self) -> pandas.DataFrame:
        """Every count: ``by`` (topic, format, platform, weekday, hour), ``key``, ``posts`` (pandas extra)."""
        return dataframe(
            "SharingProfile.to_dataframe",
            [("by", "category"), ("key", "string"), ("posts", "int64")],
            [(by, key, n) for by, counts in self._counts() for key, n in counts],
        )


def _record_list(where: str, posts: History | Iterable[PostRecord]) -> tuple[PostRecord, ...]:
    if isinstance(posts, History):
        posts = posts.records
    if isinstance(posts, str | bytes) or not isinstance(posts, Iterable):
        raise SocialkitTypeError(
            where, posts, expected=N_("a History or a collection of PostRecord")
        )
    records = tuple(posts)
    for index, item in enumerate(records):
        if not isinstance(item, PostRecord):
            raise SocialkitTypeError(f"{where}[{index}]", item, expected=N_("a PostRecord"))
        moment = item.posted_at
        if not isinstance(moment, datetime) or moment.utcoffset() is None:
            raise SocialkitTypeError(
                f"{where}[{index}].posted_at", moment, expected=N_("a timezone-aware datetime")
            )
    return records


def _label(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def sharing_profile(
    handle: str, posts: History | Iterable[PostRecord], *, tz: tzinfo | str
) -> SharingProfile:
    """Count what ``handle`` shares, when and on which topics, from their ``posts``.

    ``tz`` is the zone in which weekdays and hours are read (their audience's,
    or yours): required, socialkit never assumes one. Topics are the hashtags
    of each post's text (compared case-insensitively, shown in lower case) and
    its pillar; each counts once per post.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> paris = ZoneInfo("Europe/Paris")
    >>> theirs = [
    ...     PostRecord(posted_at=datetime(2026, 3, 3, 18, tzinfo=paris), format="video",
    ...                text="Trail day #running #Trail", platform="instagram"),
    ...     PostRecord(posted_at=datetime(2026, 3, 10, 18, tzinfo=paris), format="video",
    ...                text="Recovery #running", platform="instagram"),
    ...     PostRecord(posted_at=datetime(2026, 3, 12, 8, tzinfo=paris), format="image",
    ...                text="Breakfast #food", platform="instagram"),
    ... ]
    >>> profile = sharing_profile("@ana", theirs, tz="Europe/Paris")
    >>> profile.topics
    (('running', 2), ('food', 1), ('trail', 1))
    >>> profile.formats, profile.weekdays, profile.hours
    ((('video', 2), ('image', 1)), (('Tue', 2), ('Thu', 1)), (('18', 2), ('08', 1)))
    """
    if not isinstance(handle, str) or not handle.strip():
        raise SocialkitTypeError(
            "sharing_profile(handle)", handle, expected=N_("a non-empty handle")
        )
    zone = to_zone(tz, "sharing_profile(tz)")
    records = _record_list("sharing_profile(posts)", posts)
    topics: Counter[str] = Counter()
    formats: Counter[str] = Counter()
    platforms: Counter[str] = Counter()
    weekdays: Counter[str] = Counter()
    hours: Counter[str] = Counter()
    for record in records:
        tags = {
            h.text.casefold()
            for h in extract(record.text if isinstance(record.text, str) else "").hashtags
        }
        pillar = _label(record.pillar)
        topics.update(tags | ({pillar.casefold()} if pillar else set()))
        for counter, value in ((formats, record.format), (platforms, record.platform)):
            label = _label(value)
            if label:
                counter[label.casefold()] += 1
        try:
            local = record.posted_at.astimezone(zone)
        except OverflowError:
            continue  # beyond datetime's range in that zone: no weekday to count
        weekdays[weekday_name(local.weekday())] += 1
        hours[f"{local.hour:02d}"] += 1
    return SharingProfile(
        handle=handle,
        posts=len(records),
        topics=_ranked(topics),
        formats=_ranked(formats),
        platforms=_ranked(platforms),
        weekdays=tuple(sorted(weekdays.items(), key=lambda kv: (-kv[1], _DAYS.index(kv[0])))),
        hours=_ranked(hours),
        zone=str(zone),
    )


_DAYS = tuple(weekday_name(d) for d in range(7))


@frozen(kw_only=True)
class ContentIdea:
    """Content made for one influencer: the topic, format, platform and slot they share most.

    Any part is ``None`` where their posts do not show it. ``why`` says what the
    idea rests on; it is a heuristic ([004]: adjust type, topic, format, time to
    what they share), not a promise that they will share it.
    """

    handle: str = attrs.field(validator=non_empty_str)
    topic: str | None
    format: str | None
    platform: str | None
    weekday: str | None
    hour: str | None
    why: str = attrs.field(validator=non_empty_str)

    def __str__(self) -> str:
        parts = [
            tr("topic {topic}", topic=self.topic) if self.topic else None,
            tr("format {format}", format=self.format) if self.format else None,
            tr("on {platform}", platform=self.platform) if self.platform else None,
            f"{self.weekday}" if self.weekday else None,
            tr("at {hour}:00", hour=self.hour) if self.hour else None,
        ]
        found = ", ".join(p for p in parts if p) or tr("no pattern yet")
        return tr("for {handle}: {found}", handle=self.handle, found=found)


def _top(counts: Counts) -> str | None:
    return counts[0][0] if counts else None


def content_for(
    profile: SharingProfile, *, your_topics: Iterable[str] | None = None
) -> ContentIdea:
    """Content made for an influencer ([004]): what they share most, when they share it.

    With ``your_topics`` the topic is the one of yours they share most (compared
    case-insensitively; ``None`` when they share none of them): content made for
    them that still serves your brand. Ties go to the label first in order.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> paris = ZoneInfo("Europe/Paris")
    >>> theirs = [PostRecord(posted_at=datetime(2026, 3, d, 18, tzinfo=paris), format="video",
    ...                      text=f"#running #{t}", platform="instagram")
    ...           for d, t in [(3, "shoes"), (10, "shoes"), (17, "food")]]
    >>> print(content_for(sharing_profile("@ana", theirs, tz=paris), your_topics={"Shoes"}))
    for @ana: topic shoes, format video, on instagram, Tue, at 18:00
    """
    if not isinstance(profile, SharingProfile):
        raise SocialkitTypeError("content_for(profile)", profile, expected=N_("a SharingProfile"))
    topics = profile.topics
    if your_topics is not None:
        mine = {t.casefold() for t in _handles("content_for(your_topics)", your_topics)}
        topics = tuple(kv for kv in topics if kv[0] in mine)
    return ContentIdea(
        handle=profile.handle,
        topic=_top(topics),
        format=_top(profile.formats),
        platform=_top(profile.platforms),
        weekday=_top(profile.weekdays),
        hour=_top(profile.hours),
        why=tr(
            "the most frequent topic, format, platform and slot in {posts} posts "
            "of {handle} ({zone}): a heuristic from [004]'s Connect step",
            posts=profile.posts,
            handle=profile.handle,
            zone=profile.zone,
        ),
    )
