"""Fuzz the public API: every name in every subpackage's ``__all__``, driven with hostile values.

The promise under test: whatever a caller passes, socialkit answers with a
result or a :class:`~socialkit.SocialkitError`, never a bare built-in
exception. Three drives, each a Hypothesis property:

- every public callable (function or class) called with hostile values for
  its parameters;
- every public attrs class rebuilt with one field replaced by a hostile value
  (``attrs.evolve`` on a valid instance from ``tests/strategies.py``);
- every public method of a valid instance called with hostile arguments.

The Hypothesis profile is chosen in ``conftest.py``: ``ci`` (derandomised, few
examples: a couple of minutes on 2 cores) when ``CI`` is set, ``fuzz-long``
when ``SOCIALKIT_FUZZ=long`` for a long local run, the default otherwise.

Random seeds run in full so far, without ``CI`` (``--hypothesis-seed=N`` after
``rm -rf .hypothesis``; about 11-17 minutes on 2 cores): 7, 11 (ids 1-536),
23, 101, 2026, 4242 and 90210. Each failure found was fixed at its root with a
plain regression test beside the module's tests; add the next seed here.
"""

from __future__ import annotations

import importlib
import inspect
import math
import pkgutil
import reprlib
import sys
import typing
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import socialkit
from socialkit.errors import SocialkitError
from strategies import STRATEGIES

SUBPACKAGES = (
    "socialkit",
    "socialkit.errors",
    *tuple(
        f"socialkit.{m.name}"
        for m in pkgutil.iter_modules(socialkit.__path__)
        if m.ispkg and not m.name.startswith("_")
    ),
)
"""The top level, the errors and every public subpackage (found, so a new one is covered)."""

# Names whose calls touch the outside world or are not API in the fuzzing sense.
SKIPPED = frozenset(
    {
        "socialkit.cli.main",  # driven by tests/fuzz/test_cli.py with argv, not values
    }
)


class _Weird:
    """An object no annotation allows: no len, no iteration, no comparison."""

    def __repr__(self) -> str:
        return "<weird>"


HOSTILE: tuple[object, ...] = (
    None,
    True,
    0,
    -1,
    10**5000,
    -(10**400),
    2**63,
    math.nan,
    math.inf,
    -math.inf,
    1e308,
    1e-320,
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("1E+999999"),
    Decimal("-Infinity"),
    Fraction(10**400, 3),
    "",
    " ",
    "\ud800",
    "a\x00b",
    "\r\n\t\x1b",
    "Europe",
    "localtime",
    "Factory",
    "right/UTC",
    "a" * 300,
    "FREQ=DAILY;INTERVAL=-1",
    "#a\ufe0f#b",
    b"bytes",
    bytearray(b"x"),
    [],
    ["post"],
    [None],
    {},
    {"a": None},
    set(),
    (1, 2),
    date(9999, 12, 31),
    date(1, 1, 1),
    datetime(2024, 10, 27, 1, 30),  # naive
    datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
    datetime(1, 1, 1, tzinfo=UTC),
    time(25 % 24, 0),
    timedelta(0),
    timedelta(days=-1),
    timedelta.max,
    timezone(timedelta(hours=5)),
    _Weird(),
    object,
    print,
)

hostile = st.sampled_from(HOSTILE)


def _public() -> Iterator[tuple[str, object]]:
    seen: set[int] = set()
    for package in SUBPACKAGES:
        module = importlib.import_module(package)
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            path = f"{package}.{name}"
            if id(value) in seen or path in SKIPPED:
                continue
            seen.add(id(value))
            yield path, value


PUBLIC = dict(_public())
CALLABLES = {
    path: value
    for path, value in PUBLIC.items()
    if callable(value)
    and typing.get_origin(value) is None  # a type alias (``Checker``) is not called
    and not (isinstance(value, type) and issubclass(value, BaseException))
    and not (isinstance(value, type) and issubclass(value, Warning))
}
ATTRS_CLASSES = {
    path: value
    for path, value in PUBLIC.items()
    if isinstance(value, type) and attrs.has(value) and value in STRATEGIES
}


def _arity(target: object) -> tuple[int, int, tuple[str, ...], tuple[str, ...]]:
    """(required positional, all positional, optional keyword-only names, required
    keyword-only names) of ``target``."""
    try:
        signature = inspect.signature(target)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0, 1, (), ()
    positional = [
        p
        for p in signature.parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    required = sum(p.default is p.empty for p in positional)
    keywords = [p for p in signature.parameters.values() if p.kind is p.KEYWORD_ONLY]
    optional = tuple(p.name for p in keywords if p.default is not p.empty)
    needed = tuple(p.name for p in keywords if p.default is p.empty)
    return required, len(positional), optional, needed


def _shown(values: object) -> str:
    """``repr`` for a failure message, even of a 5000-digit int (which ``repr`` refuses)."""
    shorter = reprlib.Repr()
    shorter.maxlong = shorter.maxstring = shorter.maxother = 60
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # reprlib shortens the repr, it needs it whole first
    try:
        return shorter.repr(values)
    finally:
        sys.set_int_max_str_digits(limit)


def _call(target: Callable[..., Any], data: st.DataObject, label: str) -> None:
    required, total, keywords, needed = _arity(target)
    count = data.draw(st.integers(required, max(required, total)), label="positional count")
    args = [data.draw(hostile, label=f"{label} arg {i}") for i in range(count)]
    chosen = (
        data.draw(st.lists(st.sampled_from(keywords), unique=True), label="keywords")
        if keywords
        else []
    )
    # A required keyword is always passed: leaving it out is Python's TypeError, not socialkit's.
    kwargs = {name: data.draw(hostile, label=f"{label} {name}=") for name in (*needed, *chosen)}
    try:
        result = target(*args, **kwargs)
        str(result)  # an answer must also display
    except SocialkitError:
        pass
    except Exception as error:
        raise AssertionError(
            f"{label}(*{_shown(args)}, **{_shown(kwargs)}) raised {type(error).__name__}: {error}"
        ) from error


KNOWN_FAILURES = frozenset(
    (Path(__file__).parent / "known_failures.txt").read_text(encoding="utf-8").split()
)
"""Test ids that still fail (issue 18 in progress): expected to fail, not strictly.

The derandomised CI profile passes every id; these are what a random run of the
default profile found (2026-12-03), nearly all one cause: an int or fraction
beyond Python's 4,300-digit print limit accepted by a field with checks of its
own, then failing in ``repr``. Remove a line when its name is fixed.
"""


def _ids(test: str, params: list[str]) -> list[Any]:
    return [
        pytest.param(
            *p.split("|"),
            id=p.replace("|", "-"),
            marks=[pytest.mark.xfail(reason="known fuzz failure (issue 18)", strict=False)]
            if f"{test}[{p.replace('|', '-')}]" in KNOWN_FAILURES
            else [],
        )
        for p in params
    ]


FUZZ = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@pytest.mark.parametrize(
    "path", _ids("test_every_public_callable_answers_hostile_values", sorted(CALLABLES))
)
@FUZZ
@given(data=st.data())
def test_every_public_callable_answers_hostile_values(path: str, data: st.DataObject) -> None:
    _call(CALLABLES[path], data, path)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "path", _ids("test_every_field_refuses_hostile_values", sorted(ATTRS_CLASSES))
)
@FUZZ
@given(data=st.data())
def test_every_field_refuses_hostile_values(path: str, data: st.DataObject) -> None:
    cls = ATTRS_CLASSES[path]
    fields = [f for f in attrs.fields(cls) if f.init]
    if not fields:
        return
    instance = data.draw(STRATEGIES[cls](), label="valid instance")
    field = data.draw(st.sampled_from(fields), label="field")
    value = data.draw(hostile, label=f"{field.name}=")
    name = field.alias or field.name
    try:
        changed = attrs.evolve(instance, **{name: value})
        hash(changed)
        str(changed)
        _ = changed == instance
    except SocialkitError:
        pass
    except Exception as error:
        raise AssertionError(
            f"attrs.evolve({path}, {name}={value!r}) raised {type(error).__name__}: {error}"
        ) from error


def _methods(cls: type) -> list[str]:
    return sorted(
        name
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and (inspect.isfunction(member) or inspect.ismethod(member))
    )


METHODS = [
    (path, method) for path, cls in sorted(ATTRS_CLASSES.items()) for method in _methods(cls)
]


@pytest.mark.parametrize(
    ("path", "method"),
    _ids("test_every_method_answers_hostile_values", [f"{p}|{m}" for p, m in METHODS]),
)
@FUZZ
@given(data=st.data())
def test_every_method_answers_hostile_values(path: str, method: str, data: st.DataObject) -> None:
    cls = ATTRS_CLASSES[path]
    instance = data.draw(STRATEGIES[cls](), label="valid instance")
    _call(getattr(instance, method), data, f"{path}.{method}")


def test_the_suite_covers_every_subpackage() -> None:
    covered = {path.rsplit(".", 1)[0] for path in PUBLIC}
    assert covered >= set(SUBPACKAGES) - {"socialkit.cli"}
    assert len(CALLABLES) > 100
