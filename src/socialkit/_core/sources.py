"""Where a fact comes from, how sure we are of it, and when it holds.

Platform rules change (X allowed 140 characters until 2017), so every fact in
socialkit's data carries a :class:`Source` and an optional validity interval.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

import attrs

from socialkit._core.validate import each, instance_of, non_empty_str, optional, to_enum, to_tuple
from socialkit.errors import ValidationError

__all__ = ["Confidence", "Fact", "Source"]


class Confidence(StrEnum):
    """How far a source can be trusted, from the platform's own word down."""

    OFFICIAL = "official"
    """The platform's own code, documentation or engineering blog."""
    SECONDARY = "secondary"
    """A press report, a third-party tool's documentation or an industry study."""
    SOURCE_DOCUMENT = "source document"
    """The French course documents socialkit is modelled on (a heuristic, not a measurement)."""
    UNCONFIRMED = "unconfirmed"
    """Widely repeated but not confirmed by any source we could read."""


def _confidence(value: object) -> Confidence:
    return to_enum(Confidence, value)


@attrs.frozen(kw_only=True)
class Source:
    """A reference backing one or more facts.

    >>> Source(title="X heavy ranker README", url="https://github.com/twitter/the-algorithm-ml",
    ...        confidence=Confidence.OFFICIAL).confidence
    <Confidence.OFFICIAL: 'official'>
    """

    title: str = attrs.field(validator=non_empty_str)
    confidence: Confidence = attrs.field(converter=_confidence)
    url: str | None = attrs.field(default=None, validator=optional(non_empty_str))
    published: date | None = attrs.field(default=None, validator=optional(instance_of(date)))
    note: str = ""

    def at(self, section: str) -> Source:
        """The same source, pointing at one section of it (kept in ``note``).

        >>> Source(title="[002] glossary", confidence="source document").at("step 7").note
        'step 7'
        """
        return attrs.evolve(self, note=section)


def _check_interval(
    instance: Fact, attribute: attrs.Attribute[date | None], value: date | None
) -> None:
    if value is not None and instance.since is not None and value <= instance.since:
        raise ValidationError(
            f"{type(instance).__name__}.until",
            f"{value} is not after since={instance.since}",
            allowed="expected until > since",
        )


@attrs.frozen(kw_only=True)
class Fact:
    """Base of every sourced fact: a source and the dates between which it holds.

    ``since`` is inclusive, ``until`` exclusive; ``None`` means open-ended.
    ``see_also`` lists corroborating (or dissenting) sources beside the main one.
    """

    source: Source = attrs.field(validator=instance_of(Source))
    see_also: tuple[Source, ...] = attrs.field(
        default=(), converter=to_tuple, validator=each(instance_of(Source))
    )
    since: date | None = attrs.field(default=None, validator=optional(instance_of(date)))
    until: date | None = attrs.field(
        default=None, validator=[optional(instance_of(date)), _check_interval]
    )

    def holds_on(self, day: date | None = None) -> bool:
        """Whether the fact applies on ``day`` (``None``: today's rules, i.e. no end date)."""
        if day is None:
            return self.until is None
        starts_ok = self.since is None or self.since <= day
        return starts_ok and (self.until is None or day < self.until)

    @property
    def sources(self) -> tuple[Source, ...]:
        """The main source, then the corroborating ones."""
        return (self.source, *self.see_also)
