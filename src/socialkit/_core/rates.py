"""Rates, shares and figures people can format: a ``float`` that keeps its exact value.

A :class:`Rate` *is* a ``float`` (so ``f"{r:.1%}"``, ``f"{r:.1f}"``,
``json.dumps`` and pandas' float dtype work on every supported Python) and
carries the exact :class:`~fractions.Fraction` it was computed from in
:attr:`Rate.exact`. It compares and hashes by that exact value. Its sibling
:class:`Amount` (Rate derives from it: one implementation) does the same for a
non-whole figure such as a projected 12.5 customers.

Arithmetic, by design:

- with exact numbers (``int``, ``Fraction``, ``Decimal``, another ``Rate``) it
  stays exact: ``+ - * /`` give a ``Rate`` (``sum(shares)`` is exact too), or
  an ``Amount`` when either side is an ``Amount`` (a rate times a volume is a
  volume); ``**`` is exact for a whole exponent (``Rate(1, 2) ** 2`` is
  ``Rate(1, 4)``) and a ``float`` for a fractional one (``** 0.5`` has no
  exact value), as is one beyond :data:`MAX_EXACT_POWER_BITS`;
- with a ``float`` it gives a ``float``, as any float would;
- ``//``, ``%``, ``divmod``, ``round`` and :mod:`math` are the float's own and
  give floats.

One limit: with a ``Fraction`` on the *left* (``Fraction(1, 3) - rate``,
``Fraction(1, 3) == rate``, a ``Fraction`` looked up in a set of rates),
Python's ``Fraction`` sees a float and answers as for one (``False`` for
1/3); write ``rate.exact`` there. With the rate on the left, or an ``int``,
it is exact.

>>> r = Rate(3, 200)
>>> f"{r:.1%}", f"{r:.3f}", r.exact
('1.5%', '0.015', Fraction(3, 200))
>>> import json
>>> json.dumps({"ctr": r})
'{"ctr": 0.015}'
>>> r == Fraction(3, 200), r * 200, sum([r, r]).exact
(True, Rate(3, 1), Fraction(3, 100))
>>> r**2, type(r**0.5).__name__, r * Amount(1000, 3)
(Rate(9, 40000), 'float', Amount(5, 1))

Results hand their rates and shares out through :func:`to_rate`: exact values
(``int``, ``Fraction``, ``Decimal``) become a :class:`Rate`, a ``float`` (from a
float computation) stays the ``float`` it is, so every one formats alike:

>>> to_rate(Fraction(1, 3)), to_rate(0.25), to_rate(Decimal("0.02")).exact
(Rate(1, 3), 0.25, Fraction(1, 50))

and their volumes and other figures through :func:`to_amount` (an ``int`` when
whole, else an :class:`Amount`).
"""

from __future__ import annotations

import math
import numbers
import operator
import sys
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Self, SupportsIndex

from socialkit._core.i18n import N_
from socialkit.errors import SocialkitTypeError, ValidationError

__all__ = [
    "MAX_EXACT_POWER_BITS",
    "Amount",
    "Rate",
    "optional_exact_rate",
    "optional_rate",
    "to_amount",
    "to_exact_rate",
    "to_rate",
]

# Visible strings (one place, for translation).
_BEYOND_FLOAT = N_("got a value beyond the largest float (about 1.8e308)")
_FLOAT_ALLOWED = N_("expected a value a float can hold")
_EXACT_SHARE = N_("an exact share (int, Fraction or Decimal)")
_EXACT_VALUE = N_("an int or Fraction (an exact value)")
_REAL = N_("a real number (int, Fraction, Decimal or float)")

_Exact = Fraction
_FLOAT_MAX = Fraction(sys.float_info.max)
_Compare = Callable[[Fraction, Fraction | float], bool]
_Compute = Callable[[Fraction | float, Fraction | float], Fraction | float]


class Amount(float):
    """A figure (a volume, a count of posts): a ``float`` for display, exact in :attr:`exact`.

    The one implementation of "a float that keeps its exact value": :class:`Rate`
    is an ``Amount`` that is a rate or share. Results hand their non-whole
    exact figures out as one (a projected 12.5 customers), so ``f"{x:.0f}"``,
    ``json.dumps`` and pandas see a float; whole figures are ``int`` (see
    :func:`to_amount`).

    >>> a = Amount(25, 2)
    >>> a, f"{a:.0f}", a.exact, a * 2
    (Amount(25, 2), '12', Fraction(25, 2), Amount(25, 1))
    """

    __slots__ = ("_exact",)
    _exact: Fraction

    def __new__(
        cls, numerator: SupportsIndex | Fraction | Decimal, denominator: SupportsIndex = 1
    ) -> Self:
        """``Amount(25, 2)``, ``Amount(Fraction(25, 2))`` or ``Amount(Decimal("12.5"))``: exact values only.

        >>> Rate(0.5)
        Traceback (most recent call last):
        ...
        socialkit.errors.SocialkitTypeError: Rate(numerator): got float; expected an int or Fraction (an exact value)
        """
        name = cls.__name__
        exact = _exact_of(numerator, f"{name}(numerator)") / _exact_of(
            denominator, f"{name}(denominator)"
        )
        try:
            self = super().__new__(cls, exact)  # float(Fraction) rounds correctly
        except OverflowError:
            raise ValidationError(
                name,
                _BEYOND_FLOAT,
                allowed=_FLOAT_ALLOWED,
                value=exact,
            ) from None
        self._exact = exact
        return self

    @property
    def exact(self) -> Fraction:
        """The exact value (the ``float`` itself is its nearest double)."""
        return self._exact

    @property
    def numerator(self) -> int:
        """The exact value's numerator (as on a ``Fraction``)."""
        return self._exact.numerator

    @property
    def denominator(self) -> int:
        """The exact value's denominator (as on a ``Fraction``)."""
        return self._exact.denominator

    def __getnewargs__(self) -> tuple[int, int]:  # type: ignore[override]  # pickle and copy
        return (self._exact.numerator, self._exact.denominator)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._exact.numerator}, {self._exact.denominator})"

    def __str__(self) -> str:
        """The float's text (``print(rate)`` and ``f"{rate}"`` show ``0.015``)."""
        return float.__repr__(self)

    def __hash__(self) -> int:
        return hash(self._exact)

    def __eq__(self, other: object) -> bool:
        exact = _as_exact(other)
        if exact is not None:
            return self._exact == exact
        if isinstance(other, float):
            return self._exact == other  # exact comparison: 0.015 is not 3/200
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __lt__(self, other: object) -> bool:
        return self._compare(other, operator.lt)

    def __le__(self, other: object) -> bool:
        return self._compare(other, operator.le)

    def __gt__(self, other: object) -> bool:
        return self._compare(other, operator.gt)

    def __ge__(self, other: object) -> bool:
        return self._compare(other, operator.ge)

    def _compare(self, other: object, compare: _Compare) -> bool:
        exact = _as_exact(other)
        if exact is not None:
            return compare(self._exact, exact)
        if isinstance(other, float):
            return compare(self._exact, other)
        answer: bool = NotImplemented  # the other operand may know how to compare
        return answer

    # Arithmetic: exact with exact numbers, float with floats (see the module docstring).
    def __add__(self, other: object) -> float:
        return self._apply(other, operator.add, flip=False)

    def __radd__(self, other: object) -> float:
        return self._apply(other, operator.add, flip=True)

    def __sub__(self, other: object) -> float:
        return self._apply(other, operator.sub, flip=False)

    def __rsub__(self, other: object) -> float:
        return self._apply(other, operator.sub, flip=True)

    def __mul__(self, other: object) -> float:
        return self._apply(other, operator.mul, flip=False)

    def __rmul__(self, other: object) -> float:
        return self._apply(other, operator.mul, flip=True)

    def __truediv__(self, other: object) -> float:
        return self._apply(other, operator.truediv, flip=False)

    def __rtruediv__(self, other: object) -> float:
        return self._apply(other, operator.truediv, flip=True)

    def __pow__(self, other: object, modulo: None = None) -> float:
        return self._apply(other, _power, flip=False)

    def __rpow__(self, other: object, modulo: None = None) -> float:
        return self._apply(other, _power, flip=True)

    def __neg__(self) -> Self:
        return type(self)(-self._exact)

    def __pos__(self) -> Self:
        return self

    def __abs__(self) -> Self:
        return type(self)(abs(self._exact))

    def _apply(self, other: object, compute: _Compute, *, flip: bool) -> float:
        exact = _as_exact(other)
        if exact is not None:
            result = compute(exact, self._exact) if flip else compute(self._exact, exact)
            if isinstance(result, Fraction):
                kind = Amount if _is_amount(self) or _is_amount(other) else Rate
                return kind(result)
            return float(result)  # a fractional power: no exact value to keep
        if isinstance(other, float):
            mine = float(self)
            return float(compute(other, mine) if flip else compute(mine, other))
        answer: float = NotImplemented  # the other operand may know how
        return answer


class Rate(Amount):
    """A rate or share: a ``float`` for display, with its exact ``Fraction`` in :attr:`exact`."""

    __slots__ = ()


def _is_amount(value: object) -> bool:
    """An :class:`Amount` that is not a :class:`Rate` (a rate times a volume is a volume)."""
    return isinstance(value, Amount) and not isinstance(value, Rate)


MAX_EXACT_POWER_BITS = 1 << 16
"""The largest exact power worked out (bits of its numerator or denominator); beyond, a float."""


def _power(base: Fraction | float, exponent: Fraction | float) -> Fraction | float:
    """``base ** exponent``: exact for a whole exponent of moderate size, else a float."""
    if (
        isinstance(base, Fraction)
        and isinstance(exponent, Fraction)
        and exponent.denominator == 1
        and (base or exponent >= 0)
        and abs(exponent.numerator)
        * max(base.numerator.bit_length(), base.denominator.bit_length())
        <= MAX_EXACT_POWER_BITS
    ):
        exact: Fraction = base**exponent.numerator
        return exact
    return math.pow(base, exponent)  # a ValueError for a negative base, as math says


def _as_exact(value: object) -> Fraction | None:
    """``value``'s exact value if it is an exact number (``bool`` excluded), else ``None``."""
    if isinstance(value, Amount):
        return value.exact
    if isinstance(value, bool):
        return None
    if isinstance(value, numbers.Integral):
        return Fraction(operator.index(value))
    if isinstance(value, Fraction):
        return value
    if isinstance(value, numbers.Rational):
        return Fraction(operator.index(value.numerator), operator.index(value.denominator))
    if isinstance(value, Decimal) and value.is_finite():
        return Fraction(value)
    return None


def to_rate(value: SupportsIndex | Fraction | Decimal | float) -> float:
    """A result's rate or share as people format it: exact values as a :class:`Rate`.

    ``int``, ``Fraction`` and finite ``Decimal`` values become a ``Rate`` (a
    ``float`` that keeps the exact value in :attr:`Rate.exact`); a ``float``
    stays a plain ``float`` (it has no exact value to keep). Anything else is a
    :class:`~socialkit.errors.SocialkitTypeError`.

    >>> to_rate(1), to_rate(Rate(1, 4)), type(to_rate(0.5)).__name__
    (Rate(1, 1), Rate(1, 4), 'float')
    """
    if isinstance(value, Rate):
        return value
    if isinstance(value, float):
        return float(value)
    exact = _as_exact(value)
    if exact is None:
        raise SocialkitTypeError("rate", value, expected=_REAL)
    return Rate(exact)


def to_amount(value: SupportsIndex | Fraction | Decimal | float) -> float:
    """A result's figure (a volume, a number of posts) as people format it.

    Whole exact values become an ``int`` (of any size), other exact values an
    :class:`Amount` (a ``float`` keeping the exact value in :attr:`Amount.exact`),
    and a ``float`` stays a ``float``. Beyond a float's range (about 1.8e308),
    a non-whole value is an ``Amount`` whose float is ``inf`` (``None`` in
    :func:`~socialkit._core.table.jsonable`), still exact in ``.exact``.

    >>> to_amount(Fraction(200, 1)), to_amount(Fraction(25, 2)), to_amount(Decimal("7")), to_amount(0.5)
    (200, Amount(25, 2), 7, 0.5)
    """
    if isinstance(value, float) and not isinstance(value, Amount):
        return float(value)
    exact = _as_exact(value)
    if exact is None:
        raise SocialkitTypeError("amount", value, expected=_REAL)
    if exact.denominator == 1:
        return exact.numerator
    if isinstance(value, Amount) and not isinstance(value, Rate):
        return value
    if abs(exact) > _FLOAT_MAX:
        return _beyond_float(exact)
    return Amount(exact)


def _beyond_float(exact: Fraction) -> Amount:
    """An :class:`Amount` too large for a float: its float is ``±inf``, its exact value kept."""
    amount = float.__new__(Amount, math.inf if exact > 0 else -math.inf)
    amount._exact = exact
    return amount


def to_exact_rate(value: SupportsIndex | Fraction | Decimal | Amount) -> Rate:
    """Converter: an exact share as a :class:`Rate` (a ``float`` has no exact value: refused).

    >>> to_exact_rate(Fraction(1, 2))
    Rate(1, 2)
    >>> to_exact_rate(0.5)
    Traceback (most recent call last):
    ...
    socialkit.errors.SocialkitTypeError: share: got float; expected an exact share (int, Fraction or Decimal)
    """
    exact = None if isinstance(value, float) and not isinstance(value, Amount) else _as_exact(value)
    if exact is None:
        raise SocialkitTypeError("share", value, expected=_EXACT_SHARE)
    return value if isinstance(value, Rate) else Rate(exact)


def optional_exact_rate(value: SupportsIndex | Fraction | Decimal | Amount | None) -> Rate | None:
    """:func:`to_exact_rate`, with ``None`` (no share) kept as ``None``."""
    return None if value is None else to_exact_rate(value)


def optional_rate(value: SupportsIndex | Fraction | Decimal | float | None) -> float | None:
    """:func:`to_rate`, with ``None`` (no rate) kept as ``None``."""
    return None if value is None else to_rate(value)


def _exact_of(value: object, where: str) -> _Exact:
    exact = None if isinstance(value, float) and not isinstance(value, Amount) else _as_exact(value)
    if exact is None:
        raise SocialkitTypeError(where, value, expected=_EXACT_VALUE)
    if where.endswith("(denominator)") and exact == 0:
        raise ValidationError(where, N_("got 0"), allowed=N_("expected a non-zero integer"))
    return exact
