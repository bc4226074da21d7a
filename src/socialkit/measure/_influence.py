"""Influence: find, rank and approach the people whose word carries ([001], [004]).

[004]: "influence is the number of followers a person has, together with their
leadership in a field, an industry, a content type or a hashtag". socialkit scores an
influencer by *audience size times engagement with your brand*: leadership is hard to
observe, interactions with your brand are in your analytics. The score is a ranking
heuristic, not a measurement.

The quadrants cross audience size with engagement ([004], "Identify"): followers
with a large audience who never interact are "the influencers you should approach
first, the largest untapped potential to multiply your reach".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from fractions import Fraction

import attrs

from socialkit._core import numbers as num
from socialkit._core.validate import (
    at_least,
    instance_of,
    non_empty_str,
    str_set,
    to_enum,
    to_int,
    to_str_set,
)
from socialkit.errors import SocialkitTypeError

__all__ = [
    "ENGAGED_ABOVE",
    "Acquisition",
    "Influencer",
    "PartnerReach",
    "Quadrant",
    "RelationshipStage",
    "influence_quadrants",
    "rank_partners",
]


class RelationshipStage(StrEnum):
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


class Acquisition(StrEnum):
    """How an influencer was won: [004] finds organic ones last longer than paid ones."""

    ORGANIC = "organic"
    PAID = "paid"


class Quadrant(StrEnum):
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


@attrs.frozen(kw_only=True)
class Influencer:
    """Someone whose posts reach people: audience, engagement with you, topics, stage.

    ``audience`` is their follower count; ``engagement`` counts their interactions
    with your brand over the period you observe (likes, replies, shares, mentions);
    ``acquisition`` is ``None`` until they have been won over.

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
    follows_you: bool = attrs.field(default=True, validator=instance_of(bool))

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


def _influencers(where: str, values: Iterable[Influencer]) -> list[Influencer]:
    if not isinstance(values, Iterable) or isinstance(values, str | bytes):
        raise SocialkitTypeError(where, values, expected="a collection of Influencer")
    group = list(values)
    for index, item in enumerate(group):
        if not isinstance(item, Influencer):
            raise SocialkitTypeError(f"{where}[{index}]", item, expected="an Influencer")
    return group


@attrs.frozen(kw_only=True)
class PartnerReach:
    """What partnering with ``partner`` would add: influential followers you don't reach.

    ``new_influencers`` follow the partner and are influential but are not in your
    network; ``shared_influencers`` are influential followers you already share.
    """

    partner: str
    new_influencers: frozenset[str]
    shared_influencers: frozenset[str]

    @property
    def gain(self) -> int:
        """How many influential followers the partnership would add."""
        return len(self.new_influencers)


def _handles(where: str, value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise SocialkitTypeError(where, value, expected="a collection of handles")
    items = tuple(value)
    for handle in items:
        if not isinstance(handle, str):
            raise SocialkitTypeError(where, handle, expected="handles as strings")
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
        raise SocialkitTypeError("rank_partners(partners)", partners, expected="a mapping")
    mine = _handles("rank_partners(your_network)", your_network)
    leaders = _handles("rank_partners(influential)", influential)
    ranked = []
    for name, followers in partners.items():
        if not isinstance(name, str):
            raise SocialkitTypeError(
                "rank_partners(partners)", name, expected="partner names as strings"
            )
        reach = _handles(f"rank_partners(partners[{name!r}])", followers) & leaders
        ranked.append(
            PartnerReach(
                partner=name, new_influencers=reach - mine, shared_influencers=reach & mine
            )
        )
    return tuple(sorted(ranked, key=lambda r: (-r.gain, len(r.shared_influencers), r.partner)))
