"""Issue 18: what ``socialkit validate`` passes, ``socialkit plan`` accepts; errors name the file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from socialkit import examples
from socialkit.calendar import FixedEvent
from socialkit.cli import main
from socialkit.errors import ValidationError
from socialkit.strategy import CalendarSettings

START = datetime(2027, 1, 4, 9, tzinfo=ZoneInfo("Europe/Paris"))
BASE = examples.strategy_toml("cosmetics-brand")
BAD_ZONES = [
    "localtime",
    "Factory",
    "posixrules",
    "right/UTC",
    "posix/Europe/Paris",
    "Europe",
    "a" * 300,
    "Europe/Paris\x00",
]


@pytest.mark.parametrize("zone", BAD_ZONES)
def test_a_zone_plan_refuses_is_refused_when_the_strategy_is_read(zone: str) -> None:
    with pytest.raises(ValidationError, match=r"CalendarSettings\.timezone"):
        CalendarSettings(timezone=zone)


@pytest.mark.parametrize("rule", ["FREQ=DAILY;INTERVAL=-1", "FREQ=DAILY;INTERVAL=0"])
def test_interval_must_be_positive(rule: str) -> None:
    with pytest.raises(ValidationError, match="INTERVAL"):
        FixedEvent(title="t", start=START, recurrence=rule)


def test_rules_dateutil_fails_only_when_iterating_are_refused_up_front() -> None:
    with pytest.raises(ValidationError, match="cannot parse"):
        FixedEvent(title="t", start=START, recurrence="FREQ=MONTHLY;BYDAY=9FR")


def _write(tmp_path: Path, old: str, new: str) -> Path:
    assert old in BASE
    path = tmp_path / "s.toml"
    path.write_text(BASE.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        *(
            ('timezone = "Europe/Paris"', f"timezone = {z!r}", "calendar.timezone")
            for z in BAD_ZONES[:7]
        ),
        ("FREQ=MONTHLY;BYDAY=1FR;BYHOUR=18", "FREQ=DAILY;INTERVAL=-1", "tactics[0].recurrence"),
        ("FREQ=MONTHLY;BYDAY=1FR;BYHOUR=18", "FREQ=MONTHLY;BYDAY=9FR", "tactics[0].recurrence"),
    ],
)
def test_validate_and_plan_agree_and_name_the_file_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, key: str
) -> None:
    path = _write(tmp_path, old, new)
    for argv in (["validate", str(path)], ["plan", str(path), "--start", "2027-01-04"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"socialkit: error: {path}: {key}")
        assert "Traceback" not in err
        assert len(err.strip().splitlines()) == 1


def test_a_tactic_example_needs_a_content_type_the_calendar_knows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = 'tactic = "Monthly reveal contest"\ncontent_type = "contest"'
    path = _write(tmp_path, old, old.replace('"contest"', '"localtime"'))
    for argv in (["validate", str(path)], ["plan", str(path), "--start", "2027-01-04"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"socialkit: error: {path}: examples[8].content_type: unknown")


def test_a_strategy_plan_cannot_plan_names_its_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.toml"
    path.write_text('name = "Empty"\n', encoding="utf-8")
    assert main(["validate", str(path)]) == 1  # validate flags it
    assert main(["plan", str(path)]) == 2
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith(
            f"{path}: Strategy.channels: no channel to plan; expected at least one channel (see socialkit.strategy.validate)"
        )
    )


@pytest.mark.parametrize("name", ["a\x00b", "\ud800"])
@pytest.mark.parametrize("command", ["validate", "plan", "review", "check", "new"])
def test_file_names_the_system_cannot_open_are_argument_errors(
    name: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = {"review": ["--history", "h.csv"], "check": ["--platform", "x"]}.get(command, [])
    with pytest.raises(SystemExit) as stop:
        main([command, name, *extra])
    assert stop.value.code == 2
    assert "expected a file name" in capsys.readouterr().err
