"""The locale-aware entry of the one number parser: spreadsheet cells as people export them."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit._core.numbers import localized
from socialkit.errors import SocialkitTypeError, ValidationError


@pytest.mark.parametrize(
    ("text", "sep", "expected"),
    [
        ("1 234", None, Fraction(1234)),
        ("1\u00a0234,5", None, Fraction(2469, 2)),
        ("1\u202f234", None, Fraction(1234)),
        ("3,5 %", None, Fraction(7, 200)),
        ("3.5%", None, Fraction(7, 200)),
        ("1.234,5", None, Fraction(2469, 2)),
        ("1,234.5", None, Fraction(2469, 2)),
        ("1.234", ",", Fraction(1234)),
        ("1,234", ".", Fraction(1234)),
        ("1,234", ",", Fraction(1234, 1000)),
        ("0,123", None, Fraction(123, 1000)),
        ("-2", None, Fraction(-2)),
        ("1'234'567", None, Fraction(1234567)),
    ],
)
def test_cells(text: str, sep: str | None, expected: Fraction) -> None:
    assert localized(text, "cell", decimal_sep=sep) == expected


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "12,34.5", "1.2.3,4,5", "1e5e5", "3 %%"])
def test_refused_with_where(text: str) -> None:
    with pytest.raises(ValidationError, match=r"^line 4, Reach: got"):
        localized(text, "line 4, Reach")


def test_ambiguous_needs_a_separator() -> None:
    with pytest.raises(ValidationError, match=r"ambiguous: 1234 or 1\.234"):
        localized("1,234", "cell")


def test_types_and_options() -> None:
    with pytest.raises(SocialkitTypeError):
        localized(3, "cell")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="decimal_sep"):
        localized("3", "cell", decimal_sep=";")


@given(st.integers(0, 10**12), st.integers(0, 99), st.sampled_from([",", "."]))
def test_round_trip_of_formatted_numbers(whole: int, cents: int, sep: str) -> None:
    thousands = "\u202f" if sep == "," else ","
    grouped = f"{whole:,}".replace(",", thousands)
    text = f"{grouped}{sep}{cents:02d}"
    assert localized(text, "cell", decimal_sep=sep) == whole + Fraction(cents, 100)
    assert localized(text + " %", "cell", decimal_sep=sep) == (whole + Fraction(cents, 100)) / 100
