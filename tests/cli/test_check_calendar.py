"""``socialkit check --calendar``: a filled calendar, each slot checked in its place (issue 12)."""

from __future__ import annotations

import io
import json
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialkit
from socialkit.calendar import ContentCalendar
from socialkit.cli import main
from socialkit.io import to_csv, to_ics, to_json
from socialkit.posts import Media, Post

SPEC = socialkit.PlanSpec.simple(platforms=["instagram", "linkedin"], tz="America/New_York")
EMPTY = socialkit.plan(SPEC, start=date(2026, 11, 23), end=date(2026, 11, 30))
IDS = [i.id for i in EMPTY.filter(kind="post").items]


def _filled(posts: dict[str, Post]) -> ContentCalendar:
    cal = EMPTY
    for item_id, post in posts.items():
        cal = cal.fill(item_id, post)
    return cal


GOOD = Post(text="Croissants #bakery", media=[Media.image()])
FULL = _filled(dict.fromkeys(IDS, GOOD))


def _write(tmp_path: Path, cal: ContentCalendar, suffix: str = ".json") -> str:
    path = tmp_path / f"cal{suffix}"
    text = to_json(cal) if suffix == ".json" else to_csv(cal) if suffix == ".csv" else to_ics(cal)
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("suffix", [".json", ".csv", ".ics"])
def test_a_ready_calendar_exits_0_in_every_format(tmp_path: Path, suffix: str) -> None:
    path = _write(tmp_path, FULL, suffix)
    tz = ["--tz", "America/New_York"] if suffix == ".csv" else []
    assert main(["check", "--calendar", path, *tz]) == 0


def test_the_summary_is_the_calendars_assessment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cal = _filled({IDS[0]: Post(text="Fresh sourdough #bread")})  # no image on Instagram
    assert main(["check", "--calendar", _write(tmp_path, cal)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(str(cal.assess()))
    assert f"{IDS[0]} (2026-11-23 10:00) on Instagram: does NOT fit" in out
    assert "instagram.required_media" in out


def test_open_slots_block_and_platform_narrows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    linkedin = [i for i in IDS if i.startswith("linkedin")]
    path = _write(tmp_path, _filled(dict.fromkeys(linkedin, GOOD)))
    assert main(["check", "--calendar", path]) == 1  # Instagram's slots are open
    assert main(["check", "--calendar", path, "--platform", "li"]) == 0
    assert main(["check", "--calendar", path, "--fail-on", "never"]) == 0
    capsys.readouterr()
    assert main(["check", "--calendar", path, "--platform", "instagram", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert {d["platform"] for d in data} == {"instagram"}
    assert all(d["reasons"] == ["no post yet"] and d["assessment"] is None for d in data)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--calendar", "cal.toml"], "--calendar cal.toml: unknown extension '.toml'"),
        (["--calendar", "missing.json"], "--calendar missing.json: No such file"),
        (["--calendar", "cal.csv"], "--tz: a CSV calendar has no time zone"),
        (["--calendar", "x.json", "--media", "image"], "--calendar: got FILE, --drafts, --media"),
        (["--calendar", "x.json", "--tier", "premium"], "--tier: no platform for the tier"),
    ],
)
def test_calendar_errors_name_the_flag(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(["check", *argv]) == 2
    assert message in capsys.readouterr().err


def test_a_file_that_is_no_calendar_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cal.json"
    path.write_text('{"format": "something else"}', encoding="utf-8")
    assert main(["check", "--calendar", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"socialkit: error: --calendar {path}: ")
    assert "not a socialkit calendar" in err


TEXTS = st.sampled_from(["Croissants #bakery", "Fresh sourdough", "x" * 3000, ""])


@given(
    filled=st.dictionaries(
        st.sampled_from(IDS), st.tuples(TEXTS, st.booleans(), st.booleans()), max_size=len(IDS)
    )
)
def test_exit_1_exactly_when_something_blocks_publishing(
    filled: dict[str, tuple[str, bool, bool]],
) -> None:
    # Property: with the default --fail-on error, check --calendar exits 1 exactly
    # when ContentCalendar.assess reports a blocking slot (open, broken, error).
    posts = {
        i: Post(text=t, media=[Media.image()] if image else [], sponsored=paid)
        for i, (t, image, paid) in filled.items()
    }
    cal = _filled(posts)
    with pytest.MonkeyPatch.context() as mp, tempfile.TemporaryDirectory() as tmp:
        mp.setattr("sys.stdout", io.StringIO())
        path = _write(Path(tmp), cal)
        assert main(["check", "--calendar", path]) == int(not cal.assess().ready)
