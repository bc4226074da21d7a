"""Numbers for funnel arithmetic: keep exact inputs exact, round only on purpose.

A funnel mixes people counts and rates. socialkit keeps the input's *number
family*: ``int`` and ``Fraction`` stay exact (``Fraction`` results), ``Decimal``
stays ``Decimal`` (computed in the current :mod:`decimal` context), and any
``float`` makes the whole computation ``float``. Mixed inputs take the least
exact family among them (float < Decimal < Fraction), because Python refuses
to mix ``Decimal`` with ``float`` or ``Fraction``.

This module is also socialkit's one number parser: :func:`integer`,
:func:`real` and :func:`exact` accept numbers as people have them (any
:class:`numbers.Integral` or :class:`numbers.Real`, so numpy and pandas scalars
work) and return plain Python numbers, refusing ``bool``, NaN and infinities
with a socialkit error. Text is a number only where a file is read
(``exact(..., text=True)`` in :mod:`socialkit.io`), never from Python callers;
:func:`localized` reads the figures of spreadsheet exports ("1 234", "3,5 %",
"1.234,5") through the same bounded parser.
"""

from __future__ import annotations

import math
import numbers
import operator
import re
import sys
from collections.abc import Iterable
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Any, NoReturn, TypeAlias

from socialkit._core.i18n import N_, tr
from socialkit._core.printing import digits, scientific
from socialkit._core.rates import Amount
from socialkit.errors import SocialkitTypeError, ValidationError

__all__ = [
    "FLOAT_MAX",
    "Number",
    "ceil",
    "coerce",
    "equal",
    "exact",
    "family",
    "floor",
    "integer",
    "is_number",
    "localized",
    "percent",
    "plain",
    "product",
    "ratio",
    "real",
    "show",
    "to_float",
]

Number: TypeAlias = int | float | Fraction | Decimal
"""A real number socialkit computes with (``bool`` excluded)."""

FLOAT_MAX = sys.float_info.max
"""The largest float: the bound for exact values that are later computed with floats."""
MAX_COUNT = 10**18
"""The largest count (posts, clicks, impressions, a prior's weight) socialkit reads:
beyond any audience, so 19 digits or more is a typo, refused before any work."""

_FLOAT_TOLERANCE = 1e-9
_MAX_TEXT = 64
"""The longest numeric text :func:`exact` parses: no figure of a file needs more digits."""
_MAX_EXPONENT = 9999
"""The largest exponent :func:`exact` expands (text ``"1e9999"``, a Decimal's): four digits."""
_EXPONENT = re.compile(r"[eE]\s*([+-]?\d+)")
_MAX_SHOWN_DIGITS = 100
"""Beyond this many digits, :func:`show` switches to scientific notation."""


def plain(value: object) -> object:
    """``value`` as a plain Python number if it is one in disguise; anything else unchanged.

    Any :class:`numbers.Integral` becomes an ``int`` (``operator.index``), a
    ``float`` subclass or other inexact :class:`numbers.Real` (``numpy.float32``)
    a ``float``, a ``Rate`` or ``Amount`` (:mod:`socialkit._core.rates`) its exact ``Fraction``, any
    other :class:`numbers.Rational` a ``Fraction``: exactness is
    kept, so stored values print, hash and serialise as plain numbers. ``bool``
    (an ``Integral`` that means yes/no, not a count) and non-numbers pass
    through unchanged for the caller to refuse.

    >>> from decimal import Decimal
    >>> plain(True), plain(Fraction(1, 3)), plain(Decimal("0.1")), plain("3")
    (True, Fraction(1, 3), Decimal('0.1'), '3')
    """
    if isinstance(value, bool) or type(value) in _PLAIN:
        return value
    if isinstance(value, Amount):  # a Rate or Amount: a float for display, exact underneath
        return value.exact
    if isinstance(value, numbers.Integral):
        return operator.index(value)
    if isinstance(value, Fraction):
        return Fraction(value.numerator, value.denominator)
    if isinstance(value, numbers.Rational):
        return Fraction(operator.index(value.numerator), operator.index(value.denominator))
    if isinstance(value, numbers.Real):
        return float(value)
    return value


_PLAIN = (int, float, Fraction, Decimal)


def is_number(value: object, *, decimal: bool = True) -> bool:
    """True for a finite real number (see :func:`plain`): not ``bool``, NaN or infinite.

    ``decimal=False`` also refuses ``Decimal``, for code that mixes the value with floats.

    >>> is_number(2.5), is_number(True), is_number(float("nan")), is_number("3")
    (True, False, False, False)
    """
    value = plain(value)
    kinds = _PLAIN if decimal else _PLAIN[:3]
    if isinstance(value, bool) or not isinstance(value, kinds):
        return False
    if isinstance(value, Decimal):
        return value.is_finite()  # not math.isfinite: a signalling NaN makes it raise
    return not isinstance(value, float) or math.isfinite(value)


def real(
    value: object,
    where: str,
    *,
    minimum: Number | None = None,
    maximum: Number | None = None,
    decimal: bool = True,
) -> Number:
    """``value`` as a plain finite number within ``[minimum, maximum]``.

    A non-number (or ``bool``) is a :class:`~socialkit.errors.SocialkitTypeError`;
    NaN, an infinity or a value out of bounds a :class:`~socialkit.errors.ValidationError`.
    ``decimal=False`` refuses ``Decimal``, for code that mixes the value with floats.

    >>> import numpy
    >>> real(numpy.float64(0.25), "share", minimum=0, maximum=1)
    0.25
    >>> real(float("nan"), "share")
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: share: got nan; expected a finite number (int, float, Fraction or Decimal)
    """
    kind = _REAL if decimal else _FLOAT_MIX
    number = plain(value)
    if not isinstance(number, _PLAIN if decimal else _PLAIN[:3]) or isinstance(number, bool):
        raise SocialkitTypeError(where, value, expected=_wanted(kind, minimum, maximum))
    if not is_number(number):
        allowed = _expected(kind, minimum, maximum)
        raise ValidationError(
            where, tr("got {value!r}", value=number), allowed=allowed, value=value
        )
    if isinstance(number, Decimal) and number and abs(number.adjusted()) > _MAX_EXPONENT:
        _extreme_decimal(number, where)  # 1E+999999 overflows the decimal context at once
    return _within(number, where, minimum, maximum, kind)


def exact(
    value: object,
    where: str,
    *,
    minimum: Number | None = None,
    maximum: Number | None = None,
    text: bool = False,
) -> Fraction:
    """``value`` as an exact ``Fraction`` within ``[minimum, maximum]``: socialkit's one rule.

    A float goes through its shortest repr, so ``0.1`` is exactly 1/10 and not
    the binary 0.1000000000000000055...; ``int``, ``Fraction`` and ``Decimal``
    convert exactly; numpy and pandas scalars go through :func:`plain`. Text is
    parsed only with ``text=True``, where a *file* is read ("40", "0.4", "2/5",
    "4e1"; at most 64 characters and a four-digit exponent, so ``"1e100000"`` is
    an error, not a 100,000-digit integer); from Python callers it is a
    :class:`~socialkit.errors.SocialkitTypeError`, like any non-number.

    >>> exact(0.1, "weight"), exact(Decimal("2.5"), "weight"), exact("2/5", "weight", text=True)
    (Fraction(1, 10), Fraction(5, 2), Fraction(2, 5))
    >>> exact("40", "Pillar.weight")
    Traceback (most recent call last):
    ...
    socialkit.errors.SocialkitTypeError: Pillar.weight: got str; expected a finite number (int, float, Fraction or Decimal)
    """
    if text and isinstance(value, str):
        result = _parse(value, where)
    else:
        result = _fraction(real(value, where), where)
    return _within(result, where, minimum, maximum, _EXACT)  # type: ignore[return-value]


def _parse(text: str, where: str) -> Fraction:
    """A file's numeric text as a Fraction, its length and exponent bounded before parsing."""
    allowed = tr("expected a number such as 40, 0.4 or '2/5'")
    stripped = text.strip()
    exponent = _EXPONENT.search(stripped)
    if len(stripped) > _MAX_TEXT or (exponent and len(exponent.group(1).lstrip("+-")) > 4):
        shown = stripped if len(stripped) <= _MAX_TEXT else f"{stripped[:_MAX_TEXT]}..."
        raise ValidationError(
            where,
            tr("got {value!r}, too long or too large an exponent", value=shown),
            allowed=tr("{allowed}, at most {count} characters", allowed=allowed, count=_MAX_TEXT),
            value=text,
        )
    try:
        return Fraction(stripped)
    except (ValueError, ZeroDivisionError):
        raise ValidationError(
            where, tr("got {value!r}", value=text), allowed=allowed, value=text
        ) from None


def _fraction(number: Number, where: str) -> Fraction:
    """A checked plain number as a Fraction; a Decimal's exponent is bounded before expanding."""
    if isinstance(number, float):
        return Fraction(repr(number))
    if isinstance(number, Decimal) and abs(int(number.as_tuple().exponent)) > _MAX_EXPONENT:
        _extreme_decimal(number, where)
    return Fraction(number)


def _extreme_decimal(number: Decimal, where: str) -> NoReturn:
    """Raise for a Decimal whose exponent no figure needs (and the decimal context overflows)."""
    raise ValidationError(
        where,
        tr("got a Decimal with exponent {exponent}", exponent=number.as_tuple().exponent),
        allowed=tr("expected an exponent within +/-{maximum}", maximum=_MAX_EXPONENT),
        value=number,
    )


def integer(
    value: object, where: str, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    """``value`` as a plain ``int`` within ``[minimum, maximum]``: any ``numbers.Integral``.

    ``bool``, floats (even ``3.0``) and other non-integers are a
    :class:`~socialkit.errors.SocialkitTypeError`; out of bounds a
    :class:`~socialkit.errors.ValidationError`.

    >>> import numpy
    >>> integer(numpy.int64(10), "trials", minimum=1)
    10
    >>> integer(0, "trials", minimum=1)
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: trials: got 0; expected an integer >= 1
    """
    number = plain(value)
    if isinstance(number, bool) or not isinstance(number, int):
        raise SocialkitTypeError(where, value, expected=N_("an integer"))
    result: int = _within(number, where, minimum, maximum, _INTEGER)  # type: ignore[assignment]
    return result


_REAL, _FLOAT_MIX, _EXACT, _INTEGER = "real", "float mix", "exact", "integer"
"""What a bounded value must be, for :func:`_wanted` (messages are built only on failure)."""


def _wanted(kind: str, minimum: Number | None, maximum: Number | None) -> str:
    """What a value of ``kind`` within the bounds is, for an error message."""
    bounds = _bounds(minimum, maximum)
    if kind == _INTEGER:
        return tr("an integer{bounds}", bounds=bounds)
    if kind == _EXACT:
        return tr("a finite number{bounds}", bounds=bounds)
    kinds = tr("int, float, Fraction or Decimal") if kind == _REAL else tr("int, float or Fraction")
    return tr("a finite number{bounds} ({kinds})", bounds=bounds, kinds=kinds)


def _expected(kind: str, minimum: Number | None, maximum: Number | None) -> str:
    return tr("expected {value}", value=_wanted(kind, minimum, maximum))


def _bounds(minimum: Number | None, maximum: Number | None) -> str:
    low, high = (_bound(b) for b in (minimum, maximum))
    if maximum is None:
        return "" if minimum is None else tr(" >= {low}", low=low)
    if minimum is None:
        return tr(" <= {high}", high=high)
    return tr(" between {low} and {high}", low=low, high=high)


def _bound(value: Number | None) -> str:
    """A bound for people: ``1,000``, ``0.5``, and the float limit as ``1.798e+308``."""
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:.4g}" if isinstance(value, float) and abs(value) >= 1e16 else str(value)


def _within(
    number: Number, where: str, minimum: Number | None, maximum: Number | None, kind: str
) -> Number:
    """``number`` if it lies within the bounds; a ValidationError naming ``where`` otherwise."""
    value: Any = number
    if (minimum is not None and value < _same(minimum, number)) or (
        maximum is not None and value > _same(maximum, number)
    ):
        raise ValidationError(
            where,
            tr("got {value}", value=_shown(number)),
            allowed=_expected(kind, minimum, maximum),
            value=number,
        )
    return number


def _shown(value: Number) -> str:
    """A number for an error message; huge exact values in scientific notation."""
    if isinstance(value, int | Fraction) and digits(value) > _MAX_SHOWN_DIGITS:
        return scientific(Fraction(value))
    return str(value)


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
            _too_large(value, where)
    if kind is Decimal:
        if isinstance(value, Fraction):
            return Decimal(value.numerator) / Decimal(value.denominator)
        return value if isinstance(value, Decimal) else Decimal(value)
    return value


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
    if isinstance(value, int | Fraction) and digits(value) > _MAX_SHOWN_DIGITS:
        return scientific(Fraction(value))
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


def percent(rate: Number) -> str:
    """A rate as a percentage with at most two decimals: ``Fraction(1, 50)`` -> ``'2%'``."""
    scaled: Any = rate
    return show(scaled * 100) + "%"


_GROUPING = re.compile(r"[\s\u00a0\u202f\u2009'\u2019]")
"""Thousands separators written as spaces: space, no-break, narrow no-break, thin, apostrophes."""
_LOCALIZED = re.compile(r"[+-]?(?:\d[\d.,]*|[.,]\d+)")


def localized(text: str, where: str, *, decimal_sep: str | None = None) -> Fraction:
    """A spreadsheet cell's figure as an exact ``Fraction``: the locale-aware entry of this parser.

    Spaces (no-break and narrow no-break included) and apostrophes group thousands; a
    trailing ``%`` divides by 100 ("3,5 %" is 7/200). ``decimal_sep`` is ``"."`` or
    ``","``; ``None`` infers it per cell: with both signs the last one is the decimal
    mark ("1.234,5", "1,234.5"); with one sign used once and not before exactly three
    digits it is the decimal mark ("3,5"); "1,234" or "1.234" alone are ambiguous and
    refused unless ``decimal_sep`` says which. The digits then go through the same
    bounded parser as :func:`exact`.

    >>> localized("1 234", "cell"), localized("3,5 %", "cell"), localized("1.234,5", "cell")
    (Fraction(1234, 1), Fraction(7, 200), Fraction(2469, 2))
    >>> localized("1.234", "cell", decimal_sep=",")
    Fraction(1234, 1)
    >>> localized("1,234", "row 3, column Reach")
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: row 3, column Reach: got '1,234', ambiguous: 1234 or 1.234; expected a decimal separator (decimal_sep='.' or ',')
    """
    if not isinstance(text, str):
        raise SocialkitTypeError(where, text, expected=N_("text"))
    if decimal_sep not in (None, ".", ","):
        raise ValidationError(
            f"{where} (decimal_sep)",
            tr("got {value!r}", value=decimal_sep),
            allowed=tr("expected '.', ',' or None"),
        )
    raw = text.strip()
    if raw.isascii() and raw.isdigit() and len(raw) < _MAX_TEXT:
        return Fraction(int(raw))  # the common cell: plain digits, nothing to infer
    percent_sign = raw.endswith("%")
    body = _GROUPING.sub("", raw.removesuffix("%")) if len(raw) <= _MAX_TEXT * 2 else raw
    allowed = tr("expected a number such as 1234, 1 234, 3,5 or 3,5 %")
    if not _LOCALIZED.fullmatch(body):
        raise ValidationError(where, tr("got {value!r}", value=text), allowed=allowed, value=text)
    sep = decimal_sep or _infer_separator(body, text, where)
    thousands = "," if sep == "." else "."
    if thousands in body:
        whole = body.lstrip("+-").split(sep)[0]
        if not re.fullmatch(rf"\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+", whole):
            raise ValidationError(
                where,
                tr(
                    "got {value!r}, {thousands!r} does not group thousands here",
                    value=text,
                    thousands=thousands,
                ),
                allowed=tr("{allowed} (decimal separator {sep!r})", allowed=allowed, sep=sep),
                value=text,
            )
    if body.count(sep) > 1:
        raise ValidationError(
            where,
            tr("got {value!r}, more than one decimal separator {sep!r}", value=text, sep=sep),
            allowed=allowed,
        )
    result = _parse(body.replace(thousands, "").replace(sep, "."), where)
    return result / 100 if percent_sign else result


def _infer_separator(body: str, text: str, where: str) -> str:
    """The decimal separator of one cell, or an error when the cell cannot tell."""
    last_dot, last_comma = body.rfind("."), body.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        return "." if last_dot > last_comma else ","
    sign = "." if last_dot >= 0 else "," if last_comma >= 0 else "."
    if body.count(sign) == 1:
        whole, _, fraction = body.lstrip("+-").partition(sign)
        if len(fraction) == 3 and 1 <= len(whole) <= 3 and whole != "0":
            grouped = int(whole + fraction)
            raise ValidationError(
                where,
                tr(
                    "got {value!r}, ambiguous: {grouped} or {whole}.{fraction}",
                    value=text,
                    grouped=grouped,
                    whole=whole,
                    fraction=fraction,
                ),
                allowed=tr("expected a decimal separator (decimal_sep='.' or ',')"),
                value=text,
            )
    return sign if body.count(sign) == 1 else ("," if sign == "." else ".")


# --- Arguments computed with floats (issue 18) ---


def to_float(
    value: object, where: str, *, minimum: Number | None = None, maximum: Number | None = None
) -> float:
    """``value`` (any real number, :func:`real`'s checks) as a finite ``float``.

    For arguments that feed floating-point formulas: an exact value too large
    for a float (``10**400``, ``Decimal("1E+999999")``) is a
    :class:`~socialkit.errors.ValidationError` naming ``where``, never an
    ``OverflowError`` later or a silent infinity.

    >>> to_float(Fraction(1, 4), "share")
    0.25
    >>> to_float(10**400, "lift")
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: lift: got a number of about 10^400, too large to mix with floats; expected a magnitude below 1.8e+308, or exact numbers only (int, Fraction)
    """
    number = real(value, where, minimum=minimum, maximum=maximum)
    if isinstance(number, Decimal) and number.copy_abs() > _FLOAT_LIMIT:
        _too_large(number, where)  # float() would round it to infinity, silently
    return float(coerce(number, float, where))


_FLOAT_LIMIT = Decimal(FLOAT_MAX)


def _too_large(value: Number, where: str) -> NoReturn:
    """Raise :func:`coerce`'s error for a value beyond the float range."""
    raise ValidationError(
        where,
        tr("got a number of about 10^{digits}, too large to mix with floats", digits=digits(value)),
        allowed=tr(
            "expected a magnitude below {maximum:.3g}, or exact numbers only (int, Fraction)",
            maximum=sys.float_info.max,
        ),
        value=value,
    )
