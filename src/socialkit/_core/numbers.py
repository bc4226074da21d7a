"""Numbers for funnel arithmetic: keep exact inputs exact, round only on purpose.

A funnel mixes people counts and rates. socialkit keeps the input's *number
family*: ``int`` and ``Fraction`` stay exact (``Fraction`` results), ``Decimal``
stays ``Decimal`` (computed in the current :mod:`decimal` context), and any
``float`` makes the whole computation ``float``. Mixed inputs take the least
exact family among them (float < Decimal < Fraction), because Python refuses
to mix ``Decimal`` with ``float`` or ``Fraction``.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Any, TypeAlias

from socialkit.errors import ValidationError

__all__ = [
    "Number",
    "ceil",
    "check",
    "coerce",
    "equal",
    "family",
    "floor",
    "is_number",
    "percent",
    "product",
    "ratio",
    "show",
]

Number: TypeAlias = int | float | Fraction | Decimal
"""A real number socialkit computes with (``bool`` excluded)."""

_FLOAT_TOLERANCE = 1e-9
_MAX_SHOWN_DIGITS = 100
"""Beyond this many digits, :func:`show` switches to scientific notation."""


def is_number(value: object) -> bool:
    """True for finite ``int``, ``float``, ``Fraction`` or ``Decimal`` (not ``bool``)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Fraction | Decimal):
        return False
    if isinstance(value, float | Decimal):
        return value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)
    return True


def check(
    value: object, where: str, *, minimum: Number | None = 0, maximum: Number | None = None
) -> Number:
    """``value`` if it is a number within ``[minimum, maximum]``; a ValidationError otherwise."""
    bounds = "" if minimum is None else f" >= {minimum}"
    if maximum is not None:
        bounds = f" between {minimum} and {maximum}"
    allowed = f"expected a finite number{bounds} (int, float, Fraction or Decimal)"
    if not is_number(value):
        raise ValidationError(where, f"got {value!r}", allowed=allowed, value=value)
    number: Any = value
    if (minimum is not None and number < _same(minimum, number)) or (
        maximum is not None and number > _same(maximum, number)
    ):
        raise ValidationError(where, f"got {value}", allowed=allowed, value=value)
    result: Number = number
    return result


def _same(bound: Number, like: Number) -> Number:
    """``bound`` comparable with ``like`` (Decimal refuses to compare with Fraction)."""
    if isinstance(like, Decimal) and isinstance(bound, Fraction):
        return Decimal(bound.numerator) / Decimal(bound.denominator)
    return bound


def family(values: Iterable[Number]) -> type:
    """The common family: ``float``, ``Decimal`` or ``Fraction`` (which covers ``int``)."""
    kinds = {type(v) for v in values}
    if any(issubclass(k, float) for k in kinds):
        return float
    if any(issubclass(k, Decimal) for k in kinds):
        return Decimal
    return Fraction


def coerce(value: Number, kind: type, where: str = "number") -> Number:
    """``value`` in family ``kind`` (ints stay ints in the exact family).

    An exact value too large for a float (``10**400`` in a float funnel) is a
    ValidationError naming ``where``, not an OverflowError.
    """
    if kind is float:
        try:
            return float(value)
        except OverflowError:
            raise ValidationError(
                where,
                f"got a number of about 10^{_digits(value)}, too large to mix with floats",
                allowed=f"expected a magnitude below {sys.float_info.max:.3g}, "
                "or exact numbers only (int, Fraction)",
                value=value,
            ) from None
    if kind is Decimal:
        if isinstance(value, Fraction):
            return Decimal(value.numerator) / Decimal(value.denominator)
        return value if isinstance(value, Decimal) else Decimal(value)
    return value


def _digits(value: Number) -> int:
    """Roughly how many decimal digits ``value`` has before its point."""
    if isinstance(value, Decimal):
        return value.adjusted()
    q = Fraction(value)
    return round((abs(q.numerator).bit_length() - q.denominator.bit_length()) * math.log10(2))


def ratio(part: Number, whole: Number) -> Number:
    """``part / whole`` exactly when both are exact (``int / int`` gives a Fraction)."""
    a: Any = part
    b: Any = whole
    if isinstance(a, int) and isinstance(b, int):
        return Fraction(a, b)
    result: Number = a / b
    return result


def product(values: Iterable[Number], start: Number = 1) -> Number:
    """The product of ``values`` (exact types stay exact)."""
    total: Any = start
    for v in values:
        total = total * v
    result: Number = total
    return result


def ceil(value: Number) -> int:
    """Round up to a whole number; floats within 1e-9 (relative) of an integer snap to it.

    The tolerance absorbs binary representation error: ``20 / 0.02 / 0.1`` is
    ``10000.000000000002`` and must plan 10,000 people, not 10,001.

    >>> ceil(Fraction(25, 2)), ceil(20 / 0.02 / 0.1), ceil(Decimal("3.2"))
    (13, 10000, 4)
    """
    if isinstance(value, float):
        nearest = round(value)
        if math.isclose(value, nearest, rel_tol=_FLOAT_TOLERANCE, abs_tol=_FLOAT_TOLERANCE):
            return int(nearest)
    return math.ceil(value)


def floor(value: Number) -> int:
    """Round down to a whole number, with the same float tolerance as :func:`ceil`."""
    if isinstance(value, float):
        nearest = round(value)
        if math.isclose(value, nearest, rel_tol=_FLOAT_TOLERANCE, abs_tol=_FLOAT_TOLERANCE):
            return int(nearest)
    return math.floor(value)


def equal(a: Number, b: Number) -> bool:
    """Exact equality for exact families; ``math.isclose`` (1e-9 relative) for floats."""
    kind = family((a, b))
    x: Any = coerce(a, kind)
    y: Any = coerce(b, kind)
    if kind is float:
        return math.isclose(x, y, rel_tol=_FLOAT_TOLERANCE, abs_tol=_FLOAT_TOLERANCE)
    return bool(x == y)


def show(value: Number) -> str:
    """A number for people: thousands separators, at most two decimals.

    Exact values with more than :data:`_MAX_SHOWN_DIGITS` digits are shown in
    scientific notation: printing them in full is unreadable, and Python refuses
    to print integers of more than 4,300 digits.

    >>> show(10_000), show(Fraction(25, 2)), show(Fraction(1, 3)), show(Decimal("2.50"))
    ('10,000', '12.5', '0.33', '2.5')
    >>> show(3 * 10**5000)
    '3e+5000'
    """
    if isinstance(value, int | Fraction) and _digits(value) > _MAX_SHOWN_DIGITS:
        return _scientific(Fraction(value))
    if isinstance(value, Fraction):
        if value.denominator == 1:
            value = value.numerator
        else:  # Decimal keeps huge values printable (and exact to 2 places), floats overflow
            with localcontext() as context:
                context.prec = max(28, len(str(abs(value.numerator))) + 4)
                value = Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, int):
        return f"{value:,}"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _scientific(value: Fraction) -> str:
    """A huge exact value as ``m.mme+N``, computed without printing the integer."""
    sign, q = ("-" if value < 0 else ""), abs(value)
    exponent = _digits(q)
    while Fraction(10) ** exponent > q:
        exponent -= 1
    while Fraction(10) ** (exponent + 1) <= q:
        exponent += 1
    mantissa = f"{float(q / Fraction(10) ** exponent):.2f}".rstrip("0").rstrip(".")
    return f"{sign}{mantissa}e{exponent:+d}"


def percent(rate: Number) -> str:
    """A rate as a percentage with at most two decimals: ``Fraction(1, 50)`` -> ``'2%'``."""
    scaled: Any = rate
    return show(scaled * 100) + "%"
