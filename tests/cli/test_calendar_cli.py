"""socialkit plan: prints the calendar, writes .ics/.csv/.json, one-line errors."""

import json
from pathlib import Path

import icalendar
import pytest

from socialkit.cli import main
from socialkit.io import from_csv, from_json


def test_plan_prints_the_weeks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--start", "2026-11-30", "--weeks", "2"]) == 0
    out = capsys.readouterr().out
    assert "2026-W49" in out
    assert "2026-W50" in out
    assert "Monthly reveal contest" in out  # the default example's tactic, first Friday
    assert "interaction blocks reserved" in out


@pytest.mark.parametrize("suffix", [".ics", ".csv", ".json"])
def test_plan_writes_the_format_named_by_the_extension(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"calendar{suffix}"
    assert main(["plan", "--start", "2026-11-30", "--weeks", "1", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    if suffix == ".json":
        assert json.loads(text)["start"] == "2026-11-30"
        assert from_json(text).start.isoformat() == "2026-11-30"
    elif suffix == ".csv":
        assert from_csv(text, tz="Europe/Paris").items
    else:
        assert list(icalendar.Calendar.from_ical(text).walk("VEVENT"))


def test_plan_default_start_is_a_monday(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--weeks", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("week "))
    first = lines[header + 2].split()
    from datetime import date

    assert date.fromisoformat(first[2]).weekday() == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["plan", "--out", "cal.txt"],
            "--out: unknown extension '.txt'; expected .ics, .csv or .json",
        ),
        (["plan", "--tz", "Mars/Base"], "--tz: unknown time zone 'Mars/Base'"),
        (["plan", "--tz", "Europe/Pariss"], "did you mean 'Europe/Paris'"),
        (["plan", "--weeks", "0"], "--weeks: got 0; expected an integer >= 1"),
        (["plan", "--weeks", "2000"], "--weeks: got 2000; expected an integer from 1 to 1040"),
    ],
)
def test_plan_errors_are_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1


# -- review item 16: no traceback for out-of-range dates, full disks or unwritable --out


def test_a_start_too_late_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--start", "9999-12-20"]) == 2
    err = capsys.readouterr().err
    assert "--start" in err
    assert len(err.strip().splitlines()) == 1


def test_an_unwritable_out_fails_before_any_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no" / "such" / "dir" / "cal.ics"
    assert main(["plan", "--out", str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "cannot write" in captured.err
    assert not missing.parent.exists()


def test_a_writable_out_is_not_left_behind_on_error(tmp_path: Path) -> None:
    out = tmp_path / "cal.ics"
    assert main(["plan", "--out", str(out), "--weeks", "0"]) == 2
    assert not out.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_stdout_is_one_line() -> None:
    import os
    import subprocess
    import sys

    import socialkit

    env = {**os.environ, "PYTHONPATH": str(Path(socialkit.__file__).parents[1])}
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "socialkit", "plan", "--start", "2026-11-30"],
            env=env,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["socialkit: error: output: No space left on device"]
