"""Planner arithmetic kept in integers equals its straightforward Fraction version."""

import math
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from socialkit.calendar._planning import _quotas


def reference_quotas(target: Fraction, lengths: list[int]) -> list[int]:
    planned, done, out = Fraction(0), 0, []
    for days in lengths:
        planned += target * days / 7
        want = math.floor(planned + Fraction(1, 2)) - done
        done += want
        out.append(want)
    return out


@given(
    st.fractions(min_value=0, max_value=70, max_denominator=1000),
    st.lists(st.integers(1, 7), max_size=60),
)
def test_weekly_quotas_equal_the_fraction_arithmetic(target: Fraction, lengths: list[int]) -> None:
    assert list(_quotas(target, lengths)) == reference_quotas(target, lengths)
