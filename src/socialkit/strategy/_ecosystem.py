"""The digital ecosystem: which networks to be on, each with a mission.

Be where the audience already is, and where the content you produce fits
(source document [004]); give each network a one-sentence mission statement,
and reconsider a network you cannot write one for ([002]). The rules that map
audiences and content types to networks are data (:data:`ECOSYSTEM_RULES`), so
a user can replace them with their own market knowledge.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import attrs

from socialkit._core.documents import STRATEGY_ARTICLE
from socialkit._core.fields import checked, frozen
from socialkit._core.i18n import H_, N_, semicolon_list, tr, translate
from socialkit._core.sources import Source
from socialkit._core.table import html_readable, html_table, short_repr, table
from socialkit._core.validate import (
    at_least,
    non_empty_str,
    optional,
    to_int,
    to_tuple,
)
from socialkit.calendar._planning import Channel
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.strategy._audience import Persona, platform_slugs

__all__ = ["ECOSYSTEM_RULES", "EcosystemRule", "PlatformFit", "recommend_platforms"]


def _lowered(value: Any) -> tuple[str, ...]:
    return tuple(str(v).strip().lower() for v in to_tuple(value))


def _rule_platforms(value: Any) -> tuple[str, ...]:
    return platform_slugs(value, "EcosystemRule.platforms")


@frozen(kw_only=True)
class EcosystemRule:
    """One heuristic: audiences or content of a kind belong on some networks.

    A rule has one kind of condition. It fires for a persona whose age-band
    midpoint lies in ``[min_age, max_age]`` (when either is set), for a persona
    with an interest containing one of ``interests`` (case-insensitive), or for
    content of one of ``content_types``. Each firing adds ``weight`` to each
    platform.

    >>> rule = EcosystemRule(id="video", platforms=["youtube"], content_types=["video"],
    ...                      reason="video content belongs on YouTube")
    >>> rule.matches_content("Video")
    True
    >>> diy = EcosystemRule(id="diy", platforms=["pinterest"], interests=["diy", "decor"],
    ...                     reason="home projects are planned on Pinterest")
    >>> diy.matches_persona(Persona(name="Sam", interests=["Home decor"]))
    True
    """

    id: str = attrs.field(validator=non_empty_str)
    platforms: tuple[str, ...] = attrs.field(converter=_rule_platforms)
    reason: str = attrs.field(validator=non_empty_str)
    min_age: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_int), validator=optional(at_least(0))
    )
    max_age: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_int), validator=optional(at_least(0))
    )
    interests: tuple[str, ...] = attrs.field(default=(), converter=_lowered)
    content_types: tuple[str, ...] = attrs.field(default=(), converter=_lowered)
    weight: int = attrs.field(default=1, converter=to_int, validator=at_least(1))
    source: Source = STRATEGY_ARTICLE

    def __attrs_post_init__(self) -> None:
        by_age = self.min_age is not None or self.max_age is not None
        if by_age + bool(self.interests) + bool(self.content_types) != 1:
            raise ValidationError(
                f"EcosystemRule({self.id!r})",
                N_("needs exactly one kind of condition"),
                allowed=N_("expected an age band (min_age/max_age), interests or content_types"),
            )

    @checked
    def matches_persona(self, persona: Persona) -> bool:
        """Whether the persona's age band or interests meet the rule's condition."""
        if self.interests:
            return any(k in i.lower() for i in persona.interests for k in self.interests)
        age = persona.age_midpoint
        if self.content_types or age is None:
            return False
        low = self.min_age if self.min_age is not None else 0
        high = self.max_age if self.max_age is not None else 200
        return low <= age <= high

    @checked
    def matches_content(self, content_type: str) -> bool:
        """Whether the rule is about this content type (case-insensitive)."""
        return str(content_type).strip().lower() in self.content_types


ECOSYSTEM_RULES: tuple[EcosystemRule, ...] = (
    EcosystemRule(
        id="older_audience",
        platforms=["facebook", "x"],
        min_age=40,
        reason=N_("an older audience is found on Facebook and X"),
    ),
    EcosystemRule(
        id="digital_natives",
        platforms=["instagram", "snapchat"],
        max_age=39,
        reason=N_("millennials and digital natives are found on Instagram and Snapchat"),
    ),
    EcosystemRule(
        id="video_content",
        platforms=["youtube"],
        content_types=["video", "tutorial", "tutorials", "podcast", "webinar"],
        reason=N_("video content fits YouTube ([004] also names Vine, now closed)"),
    ),
    EcosystemRule(
        id="infographic_content",
        platforms=["pinterest"],
        content_types=["infographic", "infographics"],
        reason=N_("infographics fit Pinterest"),
    ),
)
"""The ecosystem heuristics of [004], as data.

[004] gives no ages: "a more adult audience" and "millennials and digital
natives". The cut-off at 40 (midpoint of a persona's age band) is
**socialkit's reading**, roughly the oldest millennials in 2026; pass your own
rules to :func:`recommend_platforms` to change it. Content types match the
strings (or :class:`~socialkit.ContentType` values) you produce. The documents
map no interests to networks, so no shipped rule uses ``interests``; add your
own (``EcosystemRule(interests=[...])``) from your audience data.
"""

PREFERRED_NETWORK_WEIGHT = 2
"""What one persona naming a network as preferred adds to its score.

Twice an age heuristic, because [004] and [002] both put real audience data
first ("don't make assumptions"); socialkit's choice of factor.
"""


@frozen(kw_only=True)
class PlatformFit:
    """How well one platform fits the audience and content, and why.

    ``chosen`` says whether the strategy already uses it; ``candidate_to_drop``
    is set for a chosen platform without a mission statement ([002]).
    """

    platform: str
    score: int
    reasons: tuple[str, ...]
    chosen: bool = False
    candidate_to_drop: bool = False

    def rows(self) -> list[tuple[object, ...]]:
        """The fit as one row: platform, score, chosen, candidate to drop, the reasons."""
        why = semicolon_list(self.reasons) or "-"
        return [(self.platform, self.score, self.chosen, self.candidate_to_drop, why)]

    def _summary(self) -> str:
        if self.candidate_to_drop:
            return tr(
                "{platform}: score {score}; chosen, with no mission statement: a candidate to drop",
                platform=self.platform,
                score=self.score,
            )
        if self.chosen:
            return tr(
                "{platform}: score {score}; already chosen",
                platform=self.platform,
                score=self.score,
            )
        return tr("{platform}: score {score}", platform=self.platform, score=self.score)

    def __str__(self) -> str:
        return f"{self._summary()}\n{table(_FIT_HEADERS, self.rows())}"

    def _repr_html_(self) -> str:
        """The row of :meth:`__str__` as an HTML table under the summary (notebooks)."""
        return html_readable(html_table(_FIT_HEADERS, self.rows(), caption=self._summary()))

    def __repr__(self) -> str:
        return short_repr("PlatformFit", self._summary())


_FIT_HEADERS = (H_("platform"), H_("score"), H_("chosen"), H_("candidate to drop"), H_("why"))


T = TypeVar("T")


def _items(value: Iterable[T], where: str, kind: type[T]) -> tuple[T, ...]:
    """``value`` as a tuple of ``kind``; a SocialkitTypeError naming ``where`` otherwise."""
    expected = tr("an iterable of {name}", name=kind.__name__)
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise SocialkitTypeError(where, value, expected=expected)
    items = tuple(value)
    for item in items:
        if not isinstance(item, kind):
            raise SocialkitTypeError(f"{where} item", item, expected=kind.__name__)
    return items


def recommend_platforms(
    personas: Iterable[Persona],
    content_types: Iterable[str] = (),
    *,
    channels: Iterable[Channel] = (),
    rules: Iterable[EcosystemRule] = ECOSYSTEM_RULES,
) -> tuple[PlatformFit, ...]:
    """Rank platforms for these personas and content types, best first, with reasons.

    Every network a persona prefers scores :data:`PREFERRED_NETWORK_WEIGHT`;
    every rule that fires adds its weight. Chosen ``channels`` are always listed
    (score 0 if nothing supports them) so a weak choice shows up.
    The reasons are written in the current language (:func:`socialkit.language`).

    >>> young = Persona(name="Student", age_min=18, age_max=25, networks=["tiktok"])
    >>> for fit in recommend_platforms([young], ["video"]):
    ...     print(fit.platform, fit.score, "|", "; ".join(fit.reasons))
    tiktok 2 | Student prefers it
    instagram 1 | Student: millennials and digital natives are found on Instagram and Snapchat
    snapchat 1 | Student: millennials and digital natives are found on Instagram and Snapchat
    youtube 1 | video content fits YouTube ([004] also names Vine, now closed)
    """
    where = "recommend_platforms"
    people = _items(personas, f"{where}(personas)", Persona)
    kinds = tuple(
        dict.fromkeys(
            c.strip().lower() for c in _items(content_types, f"{where}(content_types)", str)
        )
    )
    roles = _items(channels, f"{where}(channels)", Channel)
    rules = _items(rules, f"{where}(rules)", EcosystemRule)
    scores: dict[str, int] = {}
    reasons: dict[str, list[str]] = {}

    def add(platform: str, weight: int, reason: str) -> None:
        scores[platform] = scores.get(platform, 0) + weight
        reasons.setdefault(platform, []).append(reason)

    for persona in people:
        for network in persona.networks:
            add(network, PREFERRED_NETWORK_WEIGHT, tr("{name} prefers it", name=persona.name))
    for rule in rules:
        for persona in people:
            if rule.matches_persona(persona):
                for platform in rule.platforms:
                    add(
                        platform,
                        rule.weight,
                        tr("{name}: {reason}", name=persona.name, reason=translate(rule.reason)),
                    )
        if any(rule.matches_content(kind) for kind in kinds):
            for platform in rule.platforms:
                add(platform, rule.weight, translate(rule.reason))
    missions = {c.platform: c.mission for c in roles}
    for platform in missions:
        scores.setdefault(platform, 0)
    ranked = sorted(scores, key=lambda p: (-scores[p], p))
    return tuple(
        PlatformFit(
            platform=p,
            score=scores[p],
            reasons=tuple(reasons.get(p, ())),
            chosen=p in missions,
            candidate_to_drop=p in missions and not missions[p].strip(),
        )
        for p in ranked
    )
