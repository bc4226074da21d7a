"""What Python refuses to print or encode: ints past 4,300 digits (and Fractions of them), lone surrogates.

The one home of the scientific notation socialkit shows them in, below everything
that prints a number: :func:`socialkit._core.numbers.show`, a field's repr and every
message :func:`socialkit._core.i18n.tr` formats (a value quoted with ``{value!r}``
must never turn an error message into a ``ValueError``).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction

__all__ = ["LONE_SURROGATE", "digits", "printable_param", "scientific"]

LONE_SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone surrogate: half of a UTF-16 pair, not a character (UTF-8 cannot encode it)."""

_PRINTABLE_BITS = 14_000
"""Ints up to this many bits (about 4,200 digits) print; Python refuses past 4,300 digits."""


def digits(value: int | float | Fraction | Decimal) -> int:
    """Roughly how many decimal digits ``value`` has before its point."""
    if isinstance(value, Decimal):
        return value.adjusted()
    q = Fraction(value)
    return round((abs(q.numerator).bit_length() - q.denominator.bit_length()) * math.log10(2))


def scientific(value: Fraction) -> str:
    """A huge exact value as ``m.mme+N``, computed without printing the integer.

    >>> scientific(Fraction(3 * 10**5000)), scientific(Fraction(-1, 4 * 10**5000))
    ('3e+5000', '-2.5e-5001')
    """
    sign, q = ("-" if value < 0 else ""), abs(value)
    exponent = digits(q)
    while Fraction(10) ** exponent > q:
        exponent -= 1
    while Fraction(10) ** (exponent + 1) <= q:
        exponent += 1
    mantissa = f"{float(q / Fraction(10) ** exponent):.2f}".rstrip("0").rstrip(".")
    return f"{sign}{mantissa}e{exponent:+d}"


class _Shown:
    """A message parameter Python cannot print, standing in as its scientific form."""

    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text = text

    def __repr__(self) -> str:
        return self._text

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return self._text


def _unprintable(value: int) -> bool:
    return value.bit_length() > _PRINTABLE_BITS


def printable_param(value: object) -> object:
    """``value``, or a stand-in that prints it in scientific notation if Python would refuse.

    >>> f"{printable_param(10**5000)!r}", printable_param(7)
    ('1e+5000', 7)
    """
    if isinstance(value, str | float):  # the usual parameters, always printable: answered
        return value  # before the Fraction check, an ABC's (about a fifth of a message's cost)
    if isinstance(value, int) and not isinstance(value, bool) and _unprintable(value):
        return _Shown(scientific(Fraction(value)))
    if isinstance(value, Fraction) and (
        _unprintable(value.numerator) or _unprintable(value.denominator)
    ):
        return _Shown(scientific(value))
    return value
