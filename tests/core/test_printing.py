"""Messages quote any value, even one Python refuses to print (fuzz seed 101)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit._core.i18n import tr
from socialkit._core.printing import printable_param
from socialkit.errors import ValidationError
from socialkit.measure import ListeningReport


def test_a_huge_int_in_a_message_is_shown_in_scientific_notation() -> None:
    assert tr("got {value!r}", value=10**5000) == "got 1e+5000"
    assert tr("got {value}", value=-3 * 10**6000) == "got -3e+6000"
    assert tr("got {value!r}", value=Fraction(1, 4 * 10**5000)) == "got 2.5e-5001"


@given(st.integers(min_value=-(10**300), max_value=10**300))
def test_a_printable_value_passes_unchanged(value: int) -> None:
    assert printable_param(value) == value
    assert tr("got {value!r}", value=value) == f"got {value!r}"


def test_a_huge_theme_is_refused_with_a_message() -> None:
    report = ListeningReport(
        matched=(), volume=(), spikes=(), terms=(), share_of_voice=(), top_sources=()
    )
    with pytest.raises(ValidationError, match="1e\\+5000"):
        report.to_svg(theme=10**5000)  # type: ignore[arg-type]
