"""Fuzz the ``socialkit`` command with mutated strategy files (issue 18: never a traceback).

The built-in example strategies (``socialkit.examples``) are parsed, one value
is replaced by a hostile one (a wrong type, an out-of-range number, a zone or a
recurrence the planner cannot use, a lone surrogate, a NUL byte) or one key is
deleted, or the file's bytes are damaged; the result goes through
``socialkit validate``, ``plan``, ``check`` (as a post, as a drafts file and
the planned calendar) and ``review``. Each command must exit 0, 1 or 2, never raise (the in-process
equivalent of a traceback), and on exit 2 name the file or the flag it
blames. What ``validate`` passes, ``plan`` must accept.

The Hypothesis profile is chosen in ``conftest.py`` (``ci``: derandomised and
short; ``fuzz-long`` for long local runs).
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from datetime import date, datetime, time
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import socialkit
from socialkit import examples
from socialkit.cli import main

EXPORT = str(files("socialkit.examples") / "invented_x_export.csv")
SOURCES = {name: examples.strategy_toml(name) for name in examples.strategy_names()}
SOURCES["template"] = examples.template()

BAD_ZONES = (
    "localtime",
    "Factory",
    "posixrules",
    "right/UTC",
    "posix/Europe/Paris",
    "Europe",
    "a" * 300,
    "Europe/Paris\x00",
    "",
    " ",
    "../../etc/passwd",
)
BAD_RECURRENCES = (
    "FREQ=DAILY;INTERVAL=-1",
    "FREQ=DAILY;INTERVAL=0",
    "FREQ=MONTHLY;BYDAY=9FR",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=HOURLY",
    "FREQ=DAILY;COUNT=-1",
    "FREQ=DAILY;UNTIL=99991231T235959Z",
    "FREQ=YEARLY;INTERVAL=99999999999",
    "DTSTART:20270101T000000\nRRULE:FREQ=DAILY",
    "not a rule",
)
NASTY_TEXT = ("\x00", "a\x00b", "\u202e", "\ufeff", "\x1b[31m", "x" * 5000, "é" * 100)
NUMBERS: tuple[object, ...] = (
    0,
    -1,
    1,
    2**63,
    10**18,
    -(10**18),
    1e15,
    -1e15,
    1e308,
    math.inf,
    -math.inf,
    math.nan,
    0.5,
    -0.0,
)
OTHERS: tuple[object, ...] = (
    True,
    False,
    [],
    {},
    [1, "a"],
    {"a": 1},
    date(1, 1, 1),
    date(9999, 12, 31),
    datetime(2027, 1, 4, 9, 30),
    time(0, 0),
)

HOSTILE = st.one_of(
    st.sampled_from(BAD_ZONES + BAD_RECURRENCES + NASTY_TEXT),
    st.sampled_from(NUMBERS + OTHERS),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
)


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key path of a parsed TOML document (tables, arrays, values)."""
    if path:
        yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _leaves(value, (*path, index))


def _set(data: Any, path: tuple[Any, ...], value: object, *, delete: bool = False) -> None:
    *head, last = path
    for key in head:
        data = data[key]
    if delete:
        del data[last]
    else:
        data[last] = value


@st.composite
def mutated(draw: st.DrawFn, name: str) -> bytes:
    """A strategy file: an example with one value replaced or deleted, or damaged bytes."""
    text = SOURCES[name]
    kind = draw(st.sampled_from(["replace", "replace", "replace", "delete", "bytes"]))
    if kind == "bytes":
        raw = text.encode("utf-8")
        at = draw(st.integers(0, len(raw)))
        junk = draw(st.sampled_from([b"\x00", b"\xed\xa0\x80", b"\xff", b'"', b"[[", b"\\u"]))
        return raw[:at] + junk + raw[at:]
    data = tomllib.loads(text)
    path = draw(st.sampled_from(sorted(_leaves(data), key=repr)))
    if kind == "delete":
        _set(data, path, None, delete=True)
    else:
        _set(data, path, draw(HOSTILE))
    try:
        out = tomli_w.dumps(data)
    except (TypeError, ValueError):  # a value TOML cannot hold (None): damage the text instead
        out = text + "\n" + "x = \n"
    return out.encode("utf-8", "surrogatepass")


def _run(argv: list[str]) -> tuple[int, str, str]:
    """Run the command in-process: its exit code, stdout and stderr; any exception fails."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse: bad flags are exit 2 with usage
            code = stop.code if isinstance(stop.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def _check_answer(argv: list[str], names: tuple[str, ...]) -> int:
    code, out, err = _run(argv)
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in out + err, (argv, err)
    if code == 2:
        assert err.strip(), argv
        last = err.strip().splitlines()[-1]
        assert any(n in last for n in names) or "--" in last or "argument" in last, (argv, err)
    return code


def _drafts_from(raw: bytes, path: Path) -> Path | None:
    """A JSON Lines drafts file made of the strategy's example posts (values as mutated)."""
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError):
        return None
    posts = data.get("examples")
    if not isinstance(posts, list) or not posts:
        return None
    lines = []
    for post in posts:
        if isinstance(post, dict):
            row = {k: post[k] for k in ("text", "platform") if k in post}
            lines.append(json.dumps(row, default=str))
        else:
            lines.append(json.dumps(post, default=str))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    return path


def _drive(raw: bytes, tmp: Path) -> None:
    path = tmp / "strategy.toml"
    path.write_bytes(raw)
    names = (str(path),)
    validated = _check_answer(["validate", str(path)], names)
    out = tmp / "calendar.json"
    argv = ["plan", str(path), "--start", "2027-01-04", "--weeks", "2", "--out", str(out)]
    planned = _check_answer(argv, names)
    if planned != 2:  # the planned calendar, as check --calendar reads it back
        _check_answer(["check", "--calendar", str(out)], (str(out),))
    if validated == 0:  # what validate passes, plan accepts
        assert planned == 0, _run(["plan", str(path), "--start", "2027-01-04", "--weeks", "2"])
    _check_answer(["check", str(path), "--platform", "x,linkedin"], names)
    drafts = _drafts_from(raw, tmp / "drafts.jsonl")
    if drafts is not None:
        _check_answer(["check", "--drafts", str(drafts), "--platform", "x"], (str(drafts),))
    _check_answer(["review", str(path), "--history", EXPORT, "--preset", "x"], names)


def _examples() -> int:
    return max(10, settings().max_examples // 4)


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_mutated_strategy_files_get_an_answer_never_a_traceback(
    name: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    @settings(
        max_examples=_examples(),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(raw=mutated(name))
    def drive(raw: bytes) -> None:
        _drive(raw, tmp_path_factory.mktemp("fuzz"))

    drive()


def _replace(text: str, old: str, new: str) -> bytes:
    assert old in text
    return text.replace(old, new).encode("utf-8", "surrogatepass")


COSMETICS = SOURCES["cosmetics-brand"]
NAMED_CASES = [
    *(
        _replace(COSMETICS, 'timezone = "Europe/Paris"', f"timezone = {json.dumps(zone)}")
        for zone in BAD_ZONES
    ),
    *(
        _replace(COSMETICS, '"FREQ=MONTHLY;BYDAY=1FR;BYHOUR=18"', json.dumps(rule))
        for rule in BAD_RECURRENCES
    ),
    _replace(COSMETICS, 'name = "Monthly reveal contest"', 'name = "Monthly \\ud800 contest"'),
    _replace(COSMETICS, 'name = "Monthly reveal contest"', 'name = "Monthly \\u0000 contest"'),
    _replace(COSMETICS, 'name = "Monthly reveal contest"', 'name = "Monthly \ud800 contest"'),
    _replace(COSMETICS, "min_gap_hours = 3", "min_gap_hours = 1e15"),
    _replace(COSMETICS, "min_gap_hours = 3", "min_gap_hours = nan"),
    _replace(
        COSMETICS, "day = { minimum = 2, maximum = 3 }", "day = { minimum = 1000000000000000000 }"
    ),
    _replace(COSMETICS, "weeks = 4", "weeks = 99999999999999999999"),
    _replace(COSMETICS, "weeks = 4", "weeks = " + "9" * 5000),
    _replace(COSMETICS, "interaction_minutes = 45", "interaction_minutes = -45"),
    _replace(COSMETICS, "age = 27", 'age = "27"'),
    _replace(COSMETICS, "tofu = 40", "tofu = inf"),
    COSMETICS.encode("utf-8") + b"\x00",
]


@pytest.mark.parametrize("raw", NAMED_CASES, ids=range(len(NAMED_CASES)))
def test_the_hostile_values_of_issue_18_get_an_answer(raw: bytes, tmp_path: Path) -> None:
    _drive(raw, tmp_path)


@example(flags=["--tz", "Factory"])
@given(
    flags=st.lists(
        st.sampled_from(
            [
                "--tz",
                "Factory",
                "localtime",
                "--weeks",
                "-1",
                "0",
                "99999",
                "--start",
                "9999-12-31",
                "0001-01-01",
                "--out",
                "cal.txt",
                "/nonexistent/x.ics",
                "--example",
                "nope",
                "b2b-services",
                "\x00",
                "\ud800",
            ]
        ),
        max_size=6,
    )
)
@settings(max_examples=_examples(), suppress_health_check=[HealthCheck.too_slow])
def test_hostile_plan_flags_get_an_answer(flags: list[str]) -> None:
    code, out, err = _run(["plan", *flags])
    assert code in (0, 1, 2)
    assert "Traceback" not in out + err
    if code == 2:  # names the flag, or the file given as the positional argument
        blamed = ("--", "argument", "socialkit plan", *flags)
        assert any(b in err.strip().splitlines()[-1] for b in blamed), err


def test_the_installed_command_prints_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_bytes(
        _replace(COSMETICS, '"FREQ=MONTHLY;BYDAY=1FR;BYHOUR=18"', '"FREQ=DAILY;INTERVAL=-1"')
    )
    env = {**os.environ, "PYTHONPATH": str(Path(socialkit.__file__).parents[1])}
    for argv in (["validate", str(path)], ["plan", str(path), "--weeks", "1"]):
        done = subprocess.run(
            [sys.executable, "-m", "socialkit", *argv],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert done.stderr.startswith(f"socialkit: error: {path}: tactics[0].recurrence")
