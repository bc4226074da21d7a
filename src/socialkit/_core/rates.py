"""Rates and shares people can format: a ``float`` that keeps its exact value.

A :class:`Rate` *is* a ``float`` (so ``f"{r:.1%}"``, ``f"{r:.1f}"``,
``json.dumps`` and pandas' float dtype work on every supported Python) and
carries the exact :class:`~fractions.Fraction` it was computed from in
:attr:`Rate.exact`. It compares and hashes by that exact value, and arithmetic
with exact numbers (``int``, ``Fraction``, ``Decimal``, another ``Rate``) stays
exact (another ``Rate``, so ``sum(shares)`` is exact too); with a ``float`` it
gives a ``float``, as any float would. One limit: with a ``Fraction`` on the
*left* (``Fraction(1, 3) - rate``), Python's ``Fraction`` sees a float and
answers with one; write ``rate.exact`` there.

>>> r = Rate(3, 200)
>>> f"{r:.1%}", f"{r:.3f}", r.exact
('1.5%', '0.015', Fraction(3, 200))
>>> import json
>>> json.dumps({"ctr": r})
'{"ctr": 0.015}'
>>> r == Fraction(3, 200), r * 200, sum([r, r]).exact
(True, Rate(3, 1), Fraction(3, 100))

Results hand their rates and shares out through :func:`to_rate`: exact values
(``int``, ``Fraction``, ``Decimal``) become a :class:`Rate`, a ``float`` (from a
float computation) stays the ``float`` it is, so every one formats alike:

>>> to_rate(Fraction(1, 3)), to_rate(0.25), to_rate(Decimal("0.02")).exact
(Rate(1, 3), 0.25, Fraction(1, 50))
"""

from __future__ import annotations

import numbers
import operator
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import SupportsIndex

from socialkit._core.i18n import N_
from socialkit.errors import SocialkitTypeError, ValidationError

__all__ = ["Rate", "optional_rate", "to_rate"]

_Exact = Fraction
_Compare = Callable[[Fraction, Fraction | float], bool]
_Compute = Callable[[Fraction | float, Fraction | float], Fraction | float]


class Rate(float):
    """A rate or share: a ``float`` for display, with its exact ``Fraction`` in :attr:`exact`."""

    __slots__ = ("_exact",)
    _exact: Fraction

    def __new__(
        cls, numerator: SupportsIndex | Fraction | Decimal, denominator: SupportsIndex = 1
    ) -> Rate:
        """``Rate(3, 200)``, ``Rate(Fraction(3, 200))`` or ``Rate(Decimal("0.015"))``: exact values only.

        >>> Rate(0.5)
        Traceback (most recent call last):
        ...
        socialkit.errors.SocialkitTypeError: Rate(numerator): got float; expected an int or Fraction (an exact value)
        """
        exact = _exact_of(numerator, "numerator") / _exact_of(denominator, "denominator")
        try:
            self = super().__new__(cls, exact)  # float(Fraction) rounds correctly
        except OverflowError:
            raise ValidationError(
                "Rate",
                N_("got a value beyond the largest float (about 1.8e308)"),
                allowed=N_("expected a rate a float can hold"),
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
        return f"Rate({self._exact.numerator}, {self._exact.denominator})"

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

    # Arithmetic: exact with exact numbers, float with floats.
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

    def __neg__(self) -> Rate:
        return Rate(-self._exact)

    def __pos__(self) -> Rate:
        return self

    def __abs__(self) -> Rate:
        return Rate(abs(self._exact))

    def _apply(self, other: object, compute: _Compute, *, flip: bool) -> float:
        exact = _as_exact(other)
        if exact is not None:
            result = compute(exact, self._exact) if flip else compute(self._exact, exact)
            assert isinstance(result, Fraction)  # exact with exact
            return Rate(result)
        if isinstance(other, float):
            mine = float(self)
            return float(compute(other, mine) if flip else compute(mine, other))
        answer: float = NotImplemented  # the other operand may know how
        return answer


def _as_exact(value: object) -> Fraction | None:
    """``value``'s exact value if it is an exact number (``bool`` excluded), else ``None``."""
    if isinstance(value, Rate):
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
        raise SocialkitTypeError(
            "rate", value, expected=N_("a real number (int, Fraction, Decimal or float)")
        )
    return Rate(exact)


def optional_rate(value: SupportsIndex | Fraction | Decimal | float | None) -> float | None:
    """:func:`to_rate`, with ``None`` (no rate) kept as ``None``."""
    return None if value is None else to_rate(value)


def _exact_of(value: object, where: str) -> _Exact:
    exact = None if isinstance(value, float) else _as_exact(value)
    if exact is None:
        raise SocialkitTypeError(
            f"Rate({where})", value, expected=N_("an int or Fraction (an exact value)")
        )
    if where == "denominator" and exact == 0:
        raise ValidationError(
            "Rate(denominator)", N_("got 0"), allowed=N_("expected a non-zero integer")
        )
    return exact
