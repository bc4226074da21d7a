"""Case paths: the touchpoints a brand leads its audience through, in order.

The case studies of [000] describe each brand as a path (search ads, then a
content site, then a newsletter...), each stop serving one or more funnel
stages. A :class:`CasePath` records that path so it can be printed, checked
for gaps (:meth:`CasePath.stages`) or reused as a template for your own brand.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from socialkit._core.fields import frozen
from socialkit._core.i18n import N_, translate
from socialkit._core.sources import Source
from socialkit._core.validate import non_empty_str, optional, to_enum, to_tuple
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.funnel._stages import FunnelStage, Touchpoint, stages_in_order

__all__ = ["CasePath", "PathStop"]


def _touchpoint(value: object) -> Touchpoint:
    return to_enum(Touchpoint, value, "PathStop.touchpoint")


def _stages(value: Any) -> tuple[FunnelStage, ...]:
    if not isinstance(value, str | Iterable):
        raise SocialkitTypeError("PathStop.stages", value, expected=N_("a stage or stages"))
    items = (value,) if isinstance(value, str) else to_tuple(value)
    return tuple(to_enum(FunnelStage, s, "PathStop.stages") for s in items)


def _to_stops(value: Any) -> tuple[Any, ...]:
    if not isinstance(value, Iterable):
        raise SocialkitTypeError("CasePath.stops", value, expected=N_("a sequence of PathStop"))
    return to_tuple(value)


def _non_empty(
    instance: object, attribute: attrs.Attribute[tuple[object, ...]], value: tuple[object, ...]
) -> None:
    if not value:
        raise ValidationError(
            f"{type(instance).__name__}.{attribute.name}",
            "is empty",
            allowed=N_("expected one or more"),
        )


@frozen(kw_only=True)
class PathStop:
    """One touchpoint on a path, the stage(s) it serves there, and what happens.

    ``channel`` names the concrete channel (a platform slug such as
    ``"instagram"``, or ``"google"``) when the touchpoint is generic.

    >>> stop = PathStop(touchpoint="seo/sea", stages="tofu", channel="google",
    ...                 detail="ads and pages built on the problems people search for")
    >>> print(stop)
    seo/sea (google) [tofu]: ads and pages built on the problems people search for
    """

    touchpoint: Touchpoint = attrs.field(converter=_touchpoint)
    stages: tuple[FunnelStage, ...] = attrs.field(converter=_stages, validator=_non_empty)
    """The stage(s) this stop serves, as the case study labels it."""
    channel: str | None = attrs.field(default=None, validator=optional(non_empty_str))
    detail: str = ""

    def __str__(self) -> str:
        channel = f" ({self.channel})" if self.channel else ""
        stages = ", ".join(self.stages)
        detail = f": {translate(self.detail)}" if self.detail else ""
        return f"{self.touchpoint}{channel} [{stages}]{detail}"


@frozen(kw_only=True)
class CasePath:
    """An ordered path of touchpoints, from first contact to sale (and after).

    >>> path = CasePath(name="mini", stops=[
    ...     PathStop(touchpoint="blog", stages="tofu"),
    ...     PathStop(touchpoint="newsletter", stages="mofu"),
    ... ])
    >>> [str(s) for s in path.stages()], [str(s) for s in path.gaps()]
    (['tofu', 'mofu'], ['bofu', 'retention'])
    """

    name: str = attrs.field(validator=non_empty_str)
    stops: tuple[PathStop, ...] = attrs.field(converter=_to_stops, validator=_non_empty)
    source: Source | None = None
    note: str = ""

    @property
    def touchpoints(self) -> tuple[Touchpoint, ...]:
        """The touchpoints in path order (repeats kept)."""
        return tuple(s.touchpoint for s in self.stops)

    def stages(self) -> tuple[FunnelStage, ...]:
        """The stages the path serves, in funnel order."""
        return stages_in_order(stage for stop in self.stops for stage in stop.stages)

    def gaps(self) -> tuple[FunnelStage, ...]:
        """The stages no stop serves."""
        served = set(self.stages())
        return tuple(s for s in FunnelStage if s not in served)

    def at(self, stage: FunnelStage | str) -> tuple[PathStop, ...]:
        """The stops that serve ``stage``."""
        wanted = to_enum(FunnelStage, stage, "stage")
        return tuple(s for s in self.stops if wanted in s.stages)

    def __str__(self) -> str:
        stops = (f"{i}. {stop}" for i, stop in enumerate(self.stops, start=1))
        lines = [translate(self.name), *stops]
        if self.note:
            lines.append(translate(self.note))
        return "\n".join(lines)
