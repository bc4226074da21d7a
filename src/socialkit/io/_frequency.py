"""One codec for :class:`~socialkit.FrequencyRule`: a plain dict that JSON and TOML both hold.

Strategy files (``[channels.frequency]`` in TOML) and calendar files (``rules``
in JSON) store a rule the same way, in the same units, through these two
functions::

    {"day": {"minimum": 1, "maximum": 5},       # also "week", "month"
     "min_gap_hours": 48,                       # int, exact float, or "a/b" text
     "windows": [{"weekday": 1, "start": "10:00", "end": "12:00"}],
     "quiet_hours": {"start": "22:00", "end": "07:00"}}

A key that is absent sets no limit (TOML has no null). Times are ``HH:MM`` text
(``HH:MM:SS`` when they have seconds); the reader also takes TOML local times
(``09:00:00``, as strategy files written by hand and by earlier versions hold).
Calendar files of version 1 stored rules in seconds: :func:`frequency_rule_from_v1`
reads them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import time, timedelta
from fractions import Fraction
from typing import Any

from socialkit._core import numbers as num
from socialkit._core.i18n import N_, tr
from socialkit._core.validate import of_type
from socialkit.errors import SocialkitError, SocialkitTypeError, ValidationError
from socialkit.frequency._rules import Frequency, FrequencyRule, QuietHours
from socialkit.platforms._model import Period, PostingWindow

__all__ = [
    "RULE_KEYS",
    "exact_number",
    "frequency_rule_from_dict",
    "frequency_rule_from_v1",
    "frequency_rule_to_dict",
]

RULE_KEYS = ("day", "week", "month", "min_gap_hours", "windows", "quiet_hours")
"""The keys of a rule's dict, in the order they are written."""

_HOUR_US = 3_600_000_000  # microseconds in an hour
_RANGE_KEYS = ("minimum", "maximum")
_WINDOW_KEYS = ("weekday", "start", "end")
_QUIET_KEYS = ("start", "end")


# Writing -----------------------------------------------------------------------------


def exact_number(value: Fraction | float) -> int | float | str:
    """An exact file value: an integer, a float that reads back exactly, else ``"a/b"``.

    Ints and floats are kept as they are (a float stays a float).

    >>> exact_number(Fraction(48)), exact_number(Fraction(3, 2)), exact_number(Fraction(61, 3))
    (48, 1.5, '61/3')
    """
    if not isinstance(value, Fraction):
        return value
    if value.denominator == 1:
        return int(value)
    if num.exact(float(value), "exact_number(value)") == value:
        return float(value)
    return f"{value.numerator}/{value.denominator}"


def _clock(at: time) -> str:
    return at.isoformat("minutes" if not (at.second or at.microsecond) else "auto")


def frequency_rule_to_dict(rule: FrequencyRule) -> dict[str, Any]:
    """The rule as a dict of ints, floats, strings, lists and dicts (see the module doc).

    >>> from socialkit import FrequencyRule
    >>> frequency_rule_to_dict(FrequencyRule.for_platform("linkedin"))
    {'week': {'minimum': 2, 'maximum': 3}, 'min_gap_hours': 48}
    """
    rule = of_type(rule, FrequencyRule, "socialkit.io.frequency_rule_to_dict(rule)")
    data: dict[str, Any] = {}
    for f in rule.frequencies:
        bounds: dict[str, int] = {"minimum": f.minimum}
        if f.maximum is not None:
            bounds["maximum"] = f.maximum
        data[str(f.per)] = bounds
    if rule.min_gap is not None:
        data["min_gap_hours"] = exact_number(
            Fraction(rule.min_gap // timedelta(microseconds=1), _HOUR_US)
        )
    if rule.windows:
        data["windows"] = [
            {"weekday": w.weekday, "start": _clock(w.start), "end": _clock(w.end)}
            for w in rule.windows
        ]
    if rule.quiet_hours is not None:
        q = rule.quiet_hours
        data["quiet_hours"] = {"start": _clock(q.start), "end": _clock(q.end)}
    return data


# Reading -----------------------------------------------------------------------------


def _table(value: object, where: str, keys: tuple[str, ...]) -> Mapping[str, Any]:
    """``value`` as a mapping with only ``keys``; a socialkit error naming ``where`` otherwise."""
    if not isinstance(value, Mapping):
        raise SocialkitTypeError(where, value, expected=N_("a table (a mapping of keys to values)"))
    for key in value:
        if key not in keys:
            raise ValidationError(
                f"{where}.{key}",
                tr("unknown key {key!r}", key=key),
                allowed=tr("expected one of {names}", names=", ".join(keys)),
            )
    return value


def _required(table: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise ValidationError(f"{where}.{key}", N_("missing"), allowed=N_("expected it (required)"))
    return table[key]


def _int(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SocialkitTypeError(where, value, expected="an integer")
    return value


def _time(value: object, where: str) -> time:
    """A local time: ``"09:30"`` text or a TOML local time (never one with a zone)."""
    if isinstance(value, str):
        try:
            value = time.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                where,
                tr("got {value!r}", value=value),
                allowed=N_("expected a local time such as '09:30'"),
            ) from None
    if not isinstance(value, time) or value.tzinfo is not None:
        raise SocialkitTypeError(where, value, expected=N_("a local time such as '09:30'"))
    return value


_KEY_OF_FIELD = {"min_gap": "min_gap_hours"}


def _build(where: str, make: Callable[..., Any], **fields: Any) -> Any:
    """``make(**fields)``, its error re-rooted at ``where`` (plus the key, when it names one)."""
    try:
        return make(**fields)
    except (ValidationError, SocialkitTypeError) as error:
        field = error.where.rsplit(".", 1)[-1]
        path = f"{where}.{_KEY_OF_FIELD.get(field, field)}" if field in fields else where
        if isinstance(error, SocialkitTypeError):
            raise SocialkitTypeError(path, error.value, expected=error.expected) from None
        raise ValidationError(
            path, error.problem, allowed=error.allowed, value=error.value
        ) from None


def _gap(value: object, where: str) -> timedelta:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise SocialkitTypeError(where, value, expected=N_("a number of hours (or 'a/b' text)"))
    hours = num.exact(value, where, maximum=num.FLOAT_MAX, text=True)
    if hours <= 0:
        raise ValidationError(
            where, tr("got {value}", value=value), allowed=N_("expected a number of hours > 0")
        )
    try:
        return timedelta(microseconds=round(hours * _HOUR_US))
    except OverflowError:
        raise ValidationError(
            where,
            tr("got {value}", value=value),
            allowed=N_("expected a gap shorter than timedelta.max"),
        ) from None


def frequency_rule_from_dict(data: Mapping[str, Any], where: str = "frequency") -> FrequencyRule:
    """The rule a :func:`frequency_rule_to_dict` dict (or a TOML table) describes.

    Errors are :class:`~socialkit.errors.ValidationError` or
    :class:`~socialkit.errors.SocialkitTypeError` whose ``where`` is the key path
    below ``where``, so each file format can point at the faulty key.

    >>> rule = frequency_rule_from_dict({"week": {"minimum": 2, "maximum": 3}, "min_gap_hours": 48})
    >>> str(rule)
    '2-3 per week; gap >= 48 h'
    >>> frequency_rule_from_dict({"week": {"maximum": 0}})
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: frequency.week.maximum: got 0; expected an integer >= 1
    """
    where = of_type(where, str, "frequency_rule_from_dict(where)")
    table = _table(data, where, RULE_KEYS)
    ranges = []
    for per in ("day", "week", "month"):
        if per in table:
            path = f"{where}.{per}"
            bounds = _table(table[per], path, _RANGE_KEYS)
            fields = {k: _int(v, f"{path}.{k}") for k, v in bounds.items()}
            ranges.append(_build(path, Frequency, per=Period(per), **fields))
    gap = table.get("min_gap_hours")
    windows = table.get("windows", ())
    if not isinstance(windows, list | tuple):
        raise SocialkitTypeError(f"{where}.windows", windows, expected=N_("an array of tables"))
    quiet = table.get("quiet_hours")
    return _build(  # type: ignore[no-any-return]
        where,
        FrequencyRule,
        frequencies=ranges,
        min_gap=None if gap is None else _gap(gap, f"{where}.min_gap_hours"),
        windows=[_window(w, f"{where}.windows[{i}]") for i, w in enumerate(windows)],
        quiet_hours=None if quiet is None else _quiet(quiet, f"{where}.quiet_hours"),
    )


def _window(value: object, where: str) -> PostingWindow:
    w = _table(value, where, _WINDOW_KEYS)
    return _build(  # type: ignore[no-any-return]
        where,
        PostingWindow,
        weekday=_int(_required(w, "weekday", where), f"{where}.weekday"),
        start=_time(_required(w, "start", where), f"{where}.start"),
        end=_time(_required(w, "end", where), f"{where}.end"),
    )


def _quiet(value: object, where: str) -> QuietHours:
    q = _table(value, where, _QUIET_KEYS)
    return _build(  # type: ignore[no-any-return]
        where,
        QuietHours,
        start=_time(_required(q, "start", where), f"{where}.start"),
        end=_time(_required(q, "end", where), f"{where}.end"),
    )


def frequency_rule_from_v1(data: Mapping[str, Any], where: str = "rules") -> FrequencyRule:
    """A rule as calendar JSON files of version 1 stored it (a list of ranges, seconds).

    >>> str(frequency_rule_from_v1({"frequencies": [{"per": "week", "minimum": 2, "maximum": 3}],
    ...     "min_gap_seconds": 172800.0, "windows": [], "quiet_hours": None}))
    '2-3 per week; gap >= 48 h'
    """
    try:
        gap, quiet = data.get("min_gap_seconds"), data.get("quiet_hours")
        return FrequencyRule(
            frequencies=[
                Frequency(per=Period(f["per"]), minimum=f["minimum"], maximum=f["maximum"])
                for f in data.get("frequencies", ())
            ],
            min_gap=None if gap is None else timedelta(seconds=gap),
            windows=[
                PostingWindow(
                    weekday=w["weekday"],
                    start=_time(w["start"], f"{where}.windows[{i}].start"),
                    end=_time(w["end"], f"{where}.windows[{i}].end"),
                )
                for i, w in enumerate(data.get("windows", ()))
            ],
            quiet_hours=None
            if quiet is None
            else QuietHours(
                start=_time(quiet["start"], f"{where}.quiet_hours.start"),
                end=_time(quiet["end"], f"{where}.quiet_hours.end"),
            ),
        )
    except SocialkitError:
        raise
    except (KeyError, ValueError, TypeError, AttributeError, ArithmeticError) as error:
        raise ValidationError(
            where,
            tr("cannot read {data!r:.200} ({error!r})", data=data, error=error),
            allowed=N_("expected frequencies, min_gap_seconds, windows and quiet_hours"),
        ) from error
