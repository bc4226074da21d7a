"""Reusable Hypothesis strategies for socialkit's tests (add one for every public value).

Numbers come "as people have them": a count read from a pandas column is a
``numpy.int64``, a share a ``numpy.float64``. :func:`integral_kinds` and
:func:`real_kinds` draw the type a number is disguised as; :func:`as_plain`
turns a disguised number back into the plain Python number it stands for,
without calling socialkit (so it can be an oracle for socialkit's parser).
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

import attrs
import numpy
from hypothesis import strategies as st

INTEGRAL_KINDS: tuple[Callable[[int], object], ...] = (
    int,
    numpy.int64,
    numpy.int32,
    numpy.uint8,
)
"""Types an integer argument may arrive as (values up to 255 fit them all)."""

REAL_KINDS: tuple[Callable[[float], object], ...] = (
    float,
    numpy.float64,
    numpy.float32,
    Fraction,
)
"""Types a real argument may arrive as (``numpy.float32`` rounds: see :func:`as_plain`)."""


def integral_kinds() -> st.SearchStrategy[Callable[[int], object]]:
    """The type an integer argument arrives as: ``int`` or a numpy integer scalar."""
    return st.sampled_from(INTEGRAL_KINDS)


def real_kinds() -> st.SearchStrategy[Callable[[float], object]]:
    """The type a real argument arrives as: a float, a numpy float or a ``Fraction``."""
    return st.sampled_from(REAL_KINDS)


def as_plain(value: object) -> object:
    """The plain Python number a disguised one stands for (numpy scalars unwrapped)."""
    if isinstance(value, numpy.integer):
        return int(value)
    if isinstance(value, numpy.floating):
        return float(value)
    return value


@attrs.frozen
class Disguise:
    """How a test builds numbers: ``n.i(10)`` for an integer, ``n.r(0.8)`` for a real.

    A drawn disguise returns numpy scalars or Fractions; its :meth:`plain` twin
    returns the plain Python numbers they stand for, so a value built with
    one must equal the value built with the other.
    """

    integral: Callable[[int], object] = int
    real: Callable[[float], object] = float
    unwrap: bool = False

    def i(self, value: int) -> int:
        """``value`` disguised as the drawn integer type (typed ``int`` for the call sites)."""
        number = self.integral(value)
        return as_plain(number) if self.unwrap else number  # type: ignore[return-value]

    def r(self, value: float) -> float:
        """``value`` disguised as the drawn real type (typed ``float`` for the call sites)."""
        number = self.real(value)
        return as_plain(number) if self.unwrap else number  # type: ignore[return-value]

    def plain(self) -> Disguise:
        """The twin that builds the same numbers as plain Python ``int``/``float``/``Fraction``."""
        return attrs.evolve(self, unwrap=True)


def disguises() -> st.SearchStrategy[Disguise]:
    """A way of disguising every number of one call (one integer type, one real type)."""
    return st.builds(Disguise, integral=integral_kinds(), real=real_kinds())
