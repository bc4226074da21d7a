"""TEMPORARY shim on the strategy branch until the calendar branch lands (deleted before merge)."""

from __future__ import annotations

from datetime import timedelta

import attrs

from socialkit._platform import Period, Platform
from socialkit._registry import get_platform


@attrs.frozen(kw_only=True)
class Frequency:
    """Shim."""

    per: Period = attrs.field(converter=Period)
    minimum: int = 0
    maximum: int | None = None


@attrs.frozen(kw_only=True)
class FrequencyRule:
    """Shim."""

    frequencies: tuple[Frequency, ...] = attrs.field(
        default=(), converter=lambda v: tuple(sorted(v, key=lambda f: list(Period).index(f.per)))
    )
    min_gap: timedelta | None = None

    @classmethod
    def for_platform(cls, platform: Platform | str, *, surface: str = "feed") -> FrequencyRule:
        """Shim."""
        p = get_platform(platform)
        ranges: dict[Period, Frequency] = {}
        gap: timedelta | None = None
        for g in p.recommended_frequency():
            if g.surface != surface:
                continue
            if g.per is not None:
                ranges[g.per] = Frequency(per=g.per, minimum=g.minimum or 0, maximum=g.maximum)
            if g.min_gap is not None:
                gap = g.min_gap if gap is None else max(gap, g.min_gap)
        return cls(frequencies=tuple(ranges.values()), min_gap=gap)  # type: ignore[arg-type]

    def range(self, per: Period | str) -> Frequency:
        """Shim."""
        period = Period(per)
        for f in self.frequencies:
            if f.per is period:
                return f
        return Frequency(per=period)
