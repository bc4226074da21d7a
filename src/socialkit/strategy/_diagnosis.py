"""Diagnosis before strategy: the 3C, a SWOT per network, an audit, a comparison.

The documents start a strategy with an analysis: the company, its competitors
and its customers and other targets (the "3C"), then a SWOT for each social
medium done *after* the 3C (source document [001]), an audit of existing
accounts including impostors ([002]), and a competitive analysis that finds
where a competitor dominates and where the audience is under-served ([002]).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from socialkit._core import numbers as num
from socialkit._core.documents import AGENCY_GLOSSARY, BLOG_ARCHIVE
from socialkit._core.fields import frozen
from socialkit._core.i18n import H_, N_, heading, semicolon_list, tr
from socialkit._core.sources import Source
from socialkit._core.table import dataframe, html_table, short_repr, table
from socialkit._core.validate import (
    Choice,
    at_least,
    each,
    non_empty_str,
    number,
    optional,
    to_enum,
    to_int,
    to_real,
    to_tuple,
)
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.platforms._registry import get_platform, slug_of
from socialkit.strategy._audience import platform_slugs

if TYPE_CHECKING:
    import pandas

__all__ = [
    "AUDIT_CHECKLIST",
    "DOMINANCE_RATIO",
    "Actor",
    "AuditQuestion",
    "AuditScope",
    "PlatformComparison",
    "Presence",
    "Swot",
    "Target",
    "TargetKind",
    "ThreeC",
]


DOMINANCE_RATIO = 2
"""A competitor *dominates* a network with at least this many times your followers.

**socialkit's heuristic** ([002] says "dominates" without a figure); pass
``ratio=`` to :meth:`ThreeC.compare` to change it.
"""


def _presence_platform(value: object) -> str:
    return slug_of(value, "Presence.platform")


def _swot_platform(value: object) -> str:
    return slug_of(value, "Swot.platform")


@frozen(kw_only=True)
class Presence:
    """One account of a company or competitor on one network ([001]: which medium,
    how, who, audience, subscribers, posting frequency, e-reputation).

    ``wanted=False`` marks a presence nobody chose (an old page, staff traces).

    >>> Presence(platform="ig", followers=12_000, posts_per_week=10).platform
    'instagram'
    """

    platform: str = attrs.field(converter=_presence_platform)
    followers: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_int), validator=optional(at_least(0))
    )
    posts_per_week: float | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_real), validator=optional(number)
    )
    audience: str = ""
    run_by: str = ""
    e_reputation: str = ""
    wanted: bool = True

    def __attrs_post_init__(self) -> None:
        if self.posts_per_week is not None and self.posts_per_week < 0:
            raise ValidationError(
                "Presence.posts_per_week",
                tr("got {posts_per_week}", posts_per_week=self.posts_per_week),
                allowed=N_("expected >= 0"),
            )

    @property
    def active(self) -> bool:
        """At least one post a week (an account nobody feeds is not a presence)."""
        return bool(self.posts_per_week and self.posts_per_week >= 1)


def _presences(
    instance: Actor, attribute: attrs.Attribute[Any], value: tuple[Presence, ...]
) -> None:
    slugs = [p.platform for p in value]
    duplicates = sorted({s for s in slugs if slugs.count(s) > 1})
    if duplicates:
        raise ValidationError(
            f"Actor({instance.name!r}).presences",
            tr("several presences on {names}", names=", ".join(duplicates)),
            allowed=N_("expected one presence per network (sum the accounts)"),
        )


@frozen(kw_only=True)
class Actor:
    """The company or one competitor, with its presence per network.

    >>> brand = Actor(name="Us", presences=[Presence(platform="instagram", followers=800)])
    >>> brand.on("instagram").followers
    800
    >>> brand.on("tiktok") is None
    True
    """

    name: str = attrs.field(validator=non_empty_str)
    presences: tuple[Presence, ...] = attrs.field(
        default=(), converter=to_tuple, validator=_presences
    )
    content_opportunities: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=each(non_empty_str)
    )

    def on(self, platform: str) -> Presence | None:
        """The presence on ``platform`` (slug or alias), or ``None``."""
        slug = slug_of(platform, "Actor.on(platform)")
        return next((p for p in self.presences if p.platform == slug), None)


class TargetKind(Choice):
    """Who a brand talks to ([001]): buyers and those who sway them."""

    CLIENT = "client"
    PROSPECT = "prospect"
    PRESCRIBER = "prescriber"
    INFLUENCER = "influencer"
    PARTNER = "partner"


def _target_kind(value: object) -> TargetKind:
    return to_enum(TargetKind, value, "Target.kind")


def _networks(value: Any) -> tuple[str, ...]:
    return platform_slugs(value, "Target.networks")


@frozen(kw_only=True)
class Target:
    """A customer or target group of the 3C and the networks where it is found.

    >>> Target(name="Beauty bloggers", kind="influencer", networks=["instagram"]).kind
    <TargetKind.INFLUENCER: 'influencer'>
    """

    name: str = attrs.field(validator=non_empty_str)
    kind: TargetKind = attrs.field(converter=_target_kind)
    networks: tuple[str, ...] = attrs.field(default=(), converter=_networks)
    description: str = ""


@frozen(kw_only=True)
class PlatformComparison:
    """Where the company stands on one network against its competitors ([002]).

    ``dominated_by`` lists competitors with at least :data:`DOMINANCE_RATIO`
    times the company's followers (or present where the company is not);
    ``under_served`` is true when targets are there but no competitor posts
    at least weekly: an opening rather than a fight with a dominant player.
    """

    platform: str
    company_followers: int | None
    leader: str | None
    leader_followers: int | None
    dominated_by: tuple[str, ...]
    targets: tuple[str, ...]
    under_served: bool


@frozen(kw_only=True)
class ThreeC:
    """Company, competitors, customers: the first analysis ([001], [002]).

    >>> three_c = ThreeC(
    ...     company=Actor(name="Us", presences=[Presence(platform="facebook", followers=500)]),
    ...     competitors=[Actor(name="Rival", presences=[
    ...         Presence(platform="facebook", followers=9000, posts_per_week=5)])],
    ...     customers=[Target(name="Runners", kind="client", networks=["instagram"])])
    >>> [(c.platform, c.dominated_by, c.under_served) for c in three_c.compare()]
    [('facebook', ('Rival',), False), ('instagram', (), True)]
    """

    company: Actor
    competitors: tuple[Actor, ...] = attrs.field(default=(), converter=to_tuple)
    customers: tuple[Target, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        names = [self.company.name, *(c.name for c in self.competitors)]
        if len(set(names)) < len(names):
            raise ValidationError(
                "ThreeC.competitors",
                tr("names repeat: {names}", names=", ".join(names)),
                allowed=N_("expected one name per actor, the company's included"),
            )

    def platforms(self) -> tuple[str, ...]:
        """Every network named anywhere in the 3C, sorted."""
        actors = (self.company, *self.competitors)
        named = {p.platform for a in actors for p in a.presences}
        named.update(n for t in self.customers for n in t.networks)
        return tuple(sorted(named))

    def comparison(self, platform: str, *, ratio: float = DOMINANCE_RATIO) -> PlatformComparison:
        """The company against its competitors on one network."""
        _ratio(ratio)
        slug = slug_of(platform, "ThreeC.comparison(platform)")
        own = self.company.on(slug)
        own_followers = own.followers if own is not None else None
        rivals = [(c.name, c.on(slug)) for c in self.competitors]
        present = [(name, p) for name, p in rivals if p is not None]
        counted = [(name, p.followers) for name, p in present if p.followers is not None]
        leader = max(counted, key=lambda item: item[1], default=None)
        if own is None:
            dominated = tuple(name for name, _ in present)
        else:
            base = own_followers or 0
            dominated = tuple(name for name, f in counted if f > 0 and f >= ratio * base)
        targets = tuple(t.name for t in self.customers if slug in t.networks)
        return PlatformComparison(
            platform=slug,
            company_followers=own_followers,
            leader=leader[0] if leader else None,
            leader_followers=leader[1] if leader else None,
            dominated_by=dominated,
            targets=targets,
            under_served=bool(targets) and not any(p.active for _, p in present),
        )

    def compare(self, *, ratio: float = DOMINANCE_RATIO) -> tuple[PlatformComparison, ...]:
        """:meth:`comparison` for every network of the 3C."""
        _ratio(ratio)
        return tuple(self.comparison(p, ratio=ratio) for p in self.platforms())

    def _head(self) -> str:
        rivals = ", ".join(c.name for c in self.competitors) or tr("no competitor")
        return tr(
            "3C: {company} against {rivals}; {count} targets",
            company=self.company.name,
            rivals=rivals,
            count=len(self.customers),
        )

    def rows(self) -> list[tuple[object, ...]]:
        """One row per network of :meth:`compare`: followers, leader, who dominates, targets."""
        return [
            (
                c.platform,
                _shown(c.company_followers),
                c.leader or "-",
                _shown(c.leader_followers),
                ", ".join(c.dominated_by) or "-",
                ", ".join(c.targets) or "-",
                c.under_served,
            )
            for c in self.compare()
        ]

    def __str__(self) -> str:
        return f"{self._head()}\n{table(_THREE_C_HEADERS, self.rows())}"

    def __repr__(self) -> str:
        return short_repr("ThreeC", self._head())

    def _repr_html_(self) -> str:
        """The rows of :meth:`__str__` as an HTML table (notebooks)."""
        return html_table(_THREE_C_HEADERS, self.rows(), caption=self._head())

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per network; follower counts ``Int64`` (missing: ``<NA>``) (pandas extra)."""
        return dataframe(
            "ThreeC.to_dataframe",
            [
                ("platform", "string"),
                ("followers", "Int64"),
                ("leader", "string"),
                ("leader_followers", "Int64"),
                ("dominated_by", "string"),
                ("targets", "string"),
                ("under_served", "boolean"),
            ],
            [
                (
                    c.platform,
                    c.company_followers,
                    c.leader,
                    c.leader_followers,
                    ", ".join(c.dominated_by),
                    ", ".join(c.targets),
                    c.under_served,
                )
                for c in self.compare()
            ],
        )


_THREE_C_HEADERS = (
    H_("platform"),
    H_("followers"),
    H_("leader"),
    H_("leader followers"),
    H_("dominated by"),
    H_("targets"),
    H_("under-served"),
)


def _shown(count: int | None) -> str:
    return "-" if count is None else str(count)


def _ratio(ratio: object) -> None:
    if num.real(ratio, "ThreeC.compare(ratio)", decimal=False) < 1:
        raise ValidationError(
            "ThreeC.compare(ratio)",
            tr("got {ratio!r}", ratio=ratio),
            allowed=N_("expected a number >= 1: how many times your followers a rival needs"),
        )


def _items(value: Iterable[str]) -> tuple[str, ...]:
    return to_tuple(value)


@frozen(kw_only=True)
class Swot:
    """Strengths, weaknesses, opportunities and threats on one network ([001]).

    Done after the 3C: :meth:`from_three_c` seeds it with what the 3C shows,
    and you add what only you know with ``attrs.evolve``.

    >>> three_c = ThreeC(
    ...     company=Actor(name="Us", presences=[Presence(platform="facebook", followers=500,
    ...                                                  posts_per_week=1)]),
    ...     competitors=[Actor(name="Rival", presences=[
    ...         Presence(platform="facebook", followers=9000, posts_per_week=5)])])
    >>> swot = Swot.from_three_c(three_c, "facebook")
    >>> swot.weaknesses
    ('500 followers against 9000 for Rival', 'posts 1/week against 5/week for Rival')
    >>> swot.threats
    ('Rival dominates Facebook',)
    """

    platform: str = attrs.field(converter=_swot_platform)
    strengths: tuple[str, ...] = attrs.field(default=(), converter=_items)
    weaknesses: tuple[str, ...] = attrs.field(default=(), converter=_items)
    opportunities: tuple[str, ...] = attrs.field(default=(), converter=_items)
    threats: tuple[str, ...] = attrs.field(default=(), converter=_items)

    @classmethod
    def from_three_c(
        cls, three_c: ThreeC, platform: str, *, ratio: float = DOMINANCE_RATIO
    ) -> Swot:
        """Pre-fill a SWOT from the company's presence against its competitors'."""
        if not isinstance(three_c, ThreeC):
            raise SocialkitTypeError("Swot.from_three_c(three_c)", three_c, expected=N_("a ThreeC"))
        name = get_platform(platform).name
        own = three_c.company.on(platform)
        cmp = three_c.comparison(platform, ratio=ratio)
        strengths: list[str] = []
        weaknesses: list[str] = []
        opportunities = [tr("{target} can be reached here", target=t) for t in cmp.targets]
        threats = [tr("{rival} dominates {name}", rival=r, name=name) for r in cmp.dominated_by]
        if own is None:
            weaknesses.append(tr("no presence on {name}", name=name))
        else:
            strengths_, weaknesses_ = _followers_and_pace(own, three_c, platform)
            strengths += strengths_
            weaknesses += weaknesses_
            if not own.wanted:
                weaknesses.append(tr("an unwanted presence to close or take over"))
            if own.e_reputation:
                opportunities.append(tr("e-reputation to work on: {what}", what=own.e_reputation))
        if cmp.under_served:
            opportunities.append(tr("under-served: no competitor posts here every week"))
        return cls(
            platform=platform,
            strengths=strengths,
            weaknesses=weaknesses,
            opportunities=opportunities,
            threats=threats,
        )

    def rows(self) -> list[tuple[str, str]]:
        """The four parts, each with its items (``"; "``-separated, ``-`` when empty)."""
        parts = (
            (heading(H_("strengths")), self.strengths),
            (heading(H_("weaknesses")), self.weaknesses),
            (heading(H_("opportunities")), self.opportunities),
            (heading(H_("threats")), self.threats),
        )
        return [(name, semicolon_list(items) or "-") for name, items in parts]

    def _head(self) -> str:
        return tr("SWOT: {platform}", platform=get_platform(self.platform).name)

    def __str__(self) -> str:
        return f"{self._head()}\n{table(_SWOT_HEADERS, self.rows())}"

    def __repr__(self) -> str:
        counts = (len(self.strengths), len(self.weaknesses))
        more = (len(self.opportunities), len(self.threats))
        return short_repr(
            "Swot",
            tr(
                "{platform}: {strengths} strengths, {weaknesses} weaknesses, "
                "{opportunities} opportunities, {threats} threats",
                platform=self.platform,
                strengths=counts[0],
                weaknesses=counts[1],
                opportunities=more[0],
                threats=more[1],
            ),
        )

    def _repr_html_(self) -> str:
        """The rows of :meth:`__str__` as an HTML table (notebooks)."""
        return html_table(_SWOT_HEADERS, self.rows(), caption=self._head())


_SWOT_HEADERS = (H_("part"), H_("items"))


def _followers_and_pace(
    own: Presence, three_c: ThreeC, platform: str
) -> tuple[list[str], list[str]]:
    strengths: list[str] = []
    weaknesses: list[str] = []
    rivals = [(c.name, c.on(platform)) for c in three_c.competitors]
    present = [(n, p) for n, p in rivals if p is not None]
    by_followers = [(n, p.followers) for n, p in present if p.followers is not None]
    if own.followers is not None and by_followers:
        best, most = max(by_followers, key=lambda item: item[1])
        if own.followers >= most:
            strengths.append(
                tr("more followers than every competitor ({followers})", followers=own.followers)
            )
        else:
            weaknesses.append(
                tr(
                    "{followers} followers against {most} for {best}",
                    followers=own.followers,
                    most=most,
                    best=best,
                )
            )
    by_pace = [(n, p.posts_per_week) for n, p in present if p.posts_per_week is not None]
    if own.posts_per_week is not None and by_pace:
        best, pace = max(by_pace, key=lambda item: item[1])
        if own.posts_per_week >= pace:
            strengths.append(
                tr(
                    "posts at least as often as every competitor ({pace}/week)",
                    pace=f"{float(own.posts_per_week):g}",
                )
            )
        else:
            weaknesses.append(
                tr(
                    "posts {pace}/week against {best_pace}/week for {best}",
                    pace=f"{float(own.posts_per_week):g}",
                    best_pace=f"{float(pace):g}",
                    best=best,
                )
            )
    return strengths, weaknesses


class AuditScope(Choice):
    """Whether an audit question is asked once or for every account."""

    OVERALL = "overall"
    ACCOUNT = "account"


def _scope(value: object) -> AuditScope:
    return to_enum(AuditScope, value)


@frozen(kw_only=True)
class AuditQuestion:
    """One question of the social media audit, with its source."""

    id: str = attrs.field(validator=non_empty_str)
    question: str = attrs.field(validator=non_empty_str)
    scope: AuditScope = attrs.field(converter=_scope)
    source: Source


def _q(id: str, question: str, scope: str, source: Source = AGENCY_GLOSSARY) -> AuditQuestion:
    return AuditQuestion(id=id, question=question, scope=scope, source=source)


AUDIT_CHECKLIST: tuple[AuditQuestion, ...] = (
    _q("what_works", N_("What works, and what doesn't?"), "overall"),
    _q("who_engages", N_("Who engages with you on social media?"), "overall"),
    _q("target_networks", N_("Which networks does your target audience use?"), "overall"),
    _q(
        "versus_competitors",
        N_("How does your presence compare with your competitors'?"),
        "overall",
    ),
    _q("audience_there", N_("Is my audience on this network?"), "account"),
    _q("how_they_use_it", N_("If so, how do they use this platform?"), "account"),
    _q("business_goal", N_("Can this account help reach a meaningful business goal?"), "account"),
    _q(
        "purpose_clear",
        N_("Is the account's purpose clear? If not, is it worth keeping?"),
        "account",
    ),
    _q(
        "impostors",
        N_(
            "Do impostor accounts use the company's or its products' names? "
            "Report them, and consider verifying your own accounts."
        ),
        "account",
    ),
    _q("profile_complete", N_("Is every profile field filled in?"), "account"),
    _q("search_keywords", N_("Does the profile use the keywords people search you by?"), "account"),
    _q("image_sizes", N_("Are images sized correctly for this network?"), "account"),
    _q(
        "users_and_success",
        N_("Who uses this medium, for what goals, and what are its key success factors?"),
        "account",
        BLOG_ARCHIVE,
    ),
)
"""The audit questions of [002] (step 4 and profile set-up) and [001], as data.

>>> [q.id for q in AUDIT_CHECKLIST if q.scope == "account"][:3]
['audience_there', 'how_they_use_it', 'business_goal']
"""
