"""Where a fact comes from, how sure we are of it, and when it holds.

Platform rules change (X allowed 140 characters until 2017), so every fact in
socialkit's data carries a :class:`Source` and an optional validity interval.
A source's ``published`` date is its real publication date, or ``None`` when it
is not known (never a 1 January placeholder); a fact is judged stale from its own
source's date (:meth:`Fact.is_stale`), so a 2015 paper warns however recently the
platform's data was checked.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs

from socialkit._core.fields import checked, frozen
from socialkit._core.i18n import N_, tr
from socialkit._core.validate import (
    Choice,
    each,
    instance_of,
    non_empty_str,
    optional,
    to_enum,
    to_tuple,
)
from socialkit.errors import SocialkitTypeError, ValidationError

__all__ = ["SOURCE_MAX_AGE", "Confidence", "Fact", "Source"]

SOURCE_MAX_AGE = timedelta(days=5 * 365)
"""How old a source may be before the facts it backs count as stale: about five years.

socialkit's own default (a heuristic, not a rule of any platform); pass ``max_age=``
to :meth:`Fact.is_stale` to choose another."""


class Confidence(Choice):
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


@frozen(kw_only=True)
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

    def age(self, today: date) -> timedelta | None:
        """How long ago the source was published on ``today`` (``None``: date unknown).

        >>> from datetime import date
        >>> paper = Source(title="a 2016 paper", confidence="official", published=date(2016, 9, 15))
        >>> paper.age(date(2026, 9, 15)).days
        3652
        >>> Source(title="undated", confidence="secondary").age(date(2026, 1, 1)) is None
        True
        """
        _check_age(today, timedelta(0), "Source.age")
        return None if self.published is None else today - self.published

    def is_stale(self, today: date, *, max_age: timedelta = SOURCE_MAX_AGE) -> bool:
        """Whether the source is older than ``max_age`` on ``today`` (an undated one is not judged).

        >>> from datetime import date
        >>> paper = Source(title="a 2015 paper", confidence="official", published=date(2015, 3, 20))
        >>> paper.is_stale(date(2026, 12, 2)), paper.is_stale(date(2016, 1, 1))
        (True, False)
        """
        _check_age(today, max_age, "Source.is_stale")
        age = self.age(today)
        return age is not None and age > max_age

    def at(self, section: str) -> Source:
        """The same source, pointing at one section of it (kept in ``note``).

        >>> Source(title="[002] glossary", confidence="source document").at("step 7").note
        'step 7'
        """
        return attrs.evolve(self, note=section)


def _check_age(today: object, max_age: object, where: str) -> None:
    if not isinstance(today, date) or isinstance(today, datetime):
        raise SocialkitTypeError(f"{where}(today)", today, expected=N_("a datetime.date"))
    if not isinstance(max_age, timedelta):
        raise SocialkitTypeError(f"{where}(max_age)", max_age, expected="a datetime.timedelta")
    if max_age < timedelta(0):
        raise ValidationError(
            f"{where}(max_age)", tr("got {max_age}", max_age=max_age), allowed=N_("expected >= 0")
        )


def _check_interval(
    instance: Fact, attribute: attrs.Attribute[date | None], value: date | None
) -> None:
    if value is not None and instance.since is not None and value <= instance.since:
        raise ValidationError(
            f"{type(instance).__name__}.until",
            tr("{value} is not after since={since}", value=value, since=instance.since),
            allowed=N_("expected until > since"),
        )


@frozen(kw_only=True)
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

    @checked
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

    def is_stale(self, today: date, *, max_age: timedelta = SOURCE_MAX_AGE) -> bool:
        """Whether the fact's own source is older than ``max_age`` on ``today``.

        Judged per fact from its main source's publication date: a fact resting on
        a 2015 paper is stale even in data verified last week; a source whose date
        is unknown is not judged. The platform's ``verified_on`` says when the data
        was last checked, not how old its evidence is.
        """
        return self.source.is_stale(today, max_age=max_age)
