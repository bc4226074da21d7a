"""socialkit plan: prints the calendar, writes .ics/.csv/.json, one-line errors."""

import json
from pathlib import Path

import icalendar
import pytest

from socialkit import ContentCalendar
from socialkit._cli import main


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
        assert ContentCalendar.from_json(text).start.isoformat() == "2026-11-30"
    elif suffix == ".csv":
        assert ContentCalendar.from_csv(text, tz="Europe/Paris").items
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
        (["plan", "--out", "cal.txt"], "expected .ics, .csv or .json"),
        (["plan", "--tz", "Mars/Base"], "Mars/Base"),
        (["plan", "--weeks", "0"], "start < end"),
        (["plan", "--weeks", "2000"], "20 years"),
    ],
)
def test_plan_errors_are_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
