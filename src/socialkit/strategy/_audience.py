"""Who the strategy speaks to (personas) and who speaks (the brand's personality).

The first two of the seven factors of a strategy document (source document
[004]; personas also in [002]): know the audience beyond age and class (what
they like, where they go, which networks they prefer and share on, why they
like, share and buy), and describe the brand as if it were a person.
"""

from __future__ import annotations

from typing import Any

import attrs

from socialkit._core.fields import frozen
from socialkit._core.i18n import N_, tr
from socialkit._core.validate import (
    at_least,
    each,
    non_empty_str,
    one_or_many,
    optional,
    to_int,
    to_tuple,
)
from socialkit.errors import NotFoundError, UnknownPlatformError, ValidationError
from socialkit.platforms._registry import slug_of

__all__ = ["BrandPersonality", "Persona"]


def platform_slugs(value: Any, where: str) -> tuple[str, ...]:
    """Platform names or aliases as registered slugs, without duplicates.

    One name alone (``"linkedin"``) is one platform, not its letters.

    An unknown name raises :class:`~socialkit.NotFoundError` naming ``where``
    (``"Persona.networks"``) and the closest slugs.
    """
    try:
        return tuple(dict.fromkeys(slug_of(v, where) for v in one_or_many(value, where)))
    except UnknownPlatformError as error:
        raise NotFoundError(where, error.name, error.known, error.suggestions) from None


def _networks(value: Any) -> tuple[str, ...]:
    return platform_slugs(value, "Persona.networks")


@frozen(kw_only=True)
class Persona:
    """A portrait of one audience segment, from real data where possible ([002], [004]).

    ``age_min``/``age_max`` bound the age band; ``networks`` are the platforms the
    persona prefers and shares on (registered slugs or aliases); ``motivations``
    says why they like, share and buy; ``places`` where they go, online or off.

    >>> p = Persona(name="Ines, 24, skincare fan", age_min=18, age_max=30,
    ...             interests=["skincare", "make-up tutorials"], networks=["ig", "tiktok"])
    >>> p.networks
    ('instagram', 'tiktok')
    >>> p.age_midpoint
    24.0
    """

    name: str = attrs.field(validator=non_empty_str)
    description: str = ""
    age_min: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_int), validator=optional(at_least(0))
    )
    age_max: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_int), validator=optional(at_least(0))
    )
    interests: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=each(non_empty_str)
    )
    networks: tuple[str, ...] = attrs.field(default=(), converter=_networks)
    places: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=each(non_empty_str)
    )
    motivations: str = ""

    def __attrs_post_init__(self) -> None:
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            raise ValidationError(
                "Persona.age_min",
                tr(
                    "{age_min} is above age_max={age_max}",
                    age_min=self.age_min,
                    age_max=self.age_max,
                ),
                allowed=N_("expected age_min <= age_max"),
            )

    @property
    def age_midpoint(self) -> float | None:
        """The middle of the age band (one bound alone counts as the band), or ``None``."""
        bounds = [a for a in (self.age_min, self.age_max) if a is not None]
        return sum(bounds) / len(bounds) if bounds else None


@frozen(kw_only=True)
class BrandPersonality:
    """The brand described as a person, in three parts ([004]).

    - **Head and heart** (why it does what it does): ``vision``, ``values``, ``beliefs``.
    - **Person** (if the brand were a person): ``profession``, ``age``, ``gender``,
      ``attitude``, ``hobbies``.
    - **Acting** (what the audience notices first): ``look_and_feel``,
      ``tone_of_voice`` (words, closeness), ``behaviour``.

    Every field is optional so a draft can be saved; :meth:`missing` lists the
    empty ones, and strategy validation reports them as tips.

    >>> brand = BrandPersonality(vision="Skincare that tells the truth",
    ...                          values=["honesty", "joy"], tone_of_voice="warm, playful")
    >>> brand.missing()[:3]
    ('beliefs', 'profession', 'age')
    """

    vision: str = ""
    values: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=each(non_empty_str)
    )
    beliefs: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=each(non_empty_str)
    )
    profession: str = ""
    age: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_int), validator=optional(at_least(0))
    )
    gender: str = ""
    attitude: str = ""
    hobbies: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=each(non_empty_str)
    )
    look_and_feel: str = ""
    tone_of_voice: str = ""
    behaviour: str = ""

    def missing(self) -> tuple[str, ...]:
        """Names of the fields left empty, in model order."""
        return tuple(
            f.name for f in attrs.fields(type(self)) if getattr(self, f.name) in ("", (), None)
        )
