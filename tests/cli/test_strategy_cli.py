"""The strategy commands: new, validate, plan; one-line errors and exit codes."""

import json
from datetime import date
from pathlib import Path

import pytest

from socialkit import examples
from socialkit._core import findings
from socialkit._core.findings import Severity
from socialkit.cli import main
from socialkit.io import from_json, loads_strategy
from socialkit.strategy import validate


def test_new_writes_a_template_that_loads_and_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "strategy.toml"
    assert main(["new", str(path)]) == 0
    assert "socialkit plan" in capsys.readouterr().out
    assert validate(loads_strategy(path.read_text(encoding="utf-8"))) == ()
    assert main(["validate", str(path)]) == 0


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "strategy.toml"
    path.write_text("mine", encoding="utf-8")
    assert main(["new", str(path)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "mine"
    assert main(["new", str(path), "--force"]) == 0


def test_new_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "-"]) == 0
    assert capsys.readouterr().out == examples.template()


def test_validate_exits_1_on_error_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.toml"
    path.write_text('name = "No personas"\n', encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "error audience.no_persona at personas" in out
    assert out.splitlines()[-1].startswith("3 errors")


def test_validate_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.toml"
    path.write_text(examples.strategy_toml("cosmetics-brand"), encoding="utf-8")
    assert main(["validate", str(path), "--json"]) == 0
    (finding,) = json.loads(capsys.readouterr().out)
    assert finding["rule"] == "frequency.above_guidance"
    assert finding["where"] == "channels[0].frequency"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('name = "x"\n[[channels]\n', "s.toml:2: not valid TOML"),
        ("name = 3\n", "s.toml: name: got integer 3; expected a string"),
        (
            'name = "x"\n[[channels]]\nplatform = "myspace"\n',
            "s.toml: channels[0].platform: unknown",
        ),
        ('name = "x"\n[[pillars]]\nname = "a"\n', "s.toml: pillars[0].weight: missing"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"socialkit: error: {path.parent}/{message}")
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_plan_without_a_file_uses_the_default_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--start", "2026-11-30", "--weeks", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(examples.strategy(examples.DEFAULT_STRATEGY).name)
    for section in ("Findings:", "Platform mix:", "Calendar (Europe/Paris):"):
        assert section in out
    assert "2-3 per day" in out  # the cosmetics brand's Instagram override ([000])


@pytest.mark.parametrize("name", examples.strategy_names())
def test_plan_every_example(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--example", name, "--start", "2027-01-04", "--weeks", "2"]) == 0
    out = capsys.readouterr().out
    for platform in examples.strategy(name).platforms:
        assert platform in out


def test_new_edit_plan_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The tutorial's path: a new file, an edit, a plan, an exported calendar.
    path, out = tmp_path / "strategy.toml", tmp_path / "calendar.json"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    text = path.read_text(encoding="utf-8").replace('name = "My brand"', 'name = "Clay & Co"')
    path.write_text(text, encoding="utf-8")
    assert main(["plan", str(path), "--start", "2027-01-04", "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("Clay & Co")
    calendar = from_json(out.read_text(encoding="utf-8"))
    assert calendar.posts("instagram")
    assert (calendar.end - calendar.start).days == 28  # the template's four weeks


def test_plan_exports_the_example_posts_as_first_drafts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The same path as Strategy.plan: each example post drafts the first slot it fits.
    out = tmp_path / "calendar.json"
    argv = ["plan", "--example", "b2b-services", "--start", "2027-01-04", "--out", str(out)]
    assert main(argv) == 0
    strategy = examples.strategy("b2b-services")
    expected = strategy.plan(start=date(2027, 1, 4), end=date(2027, 2, 1))
    calendar = from_json(out.read_text(encoding="utf-8"))
    assert calendar == expected
    drafts = calendar.filter(filled=True).items
    assert drafts
    assert {str(i.status) for i in drafts} == {"draft"}
    assert {i.post.text for i in drafts if i.post} <= {e.text for e in strategy.examples}
    text = capsys.readouterr().out
    assert f"First drafts: {len(drafts)} of {len(strategy.examples)} example posts" in text
    assert "example_not_placed" in text  # four weeks are too few slots for every example


def test_plan_exits_1_when_the_strategy_has_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.toml"
    path.write_text(
        'name = "Draft"\n[[channels]]\nplatform = "linkedin"\nmission = "Leads."\n',
        encoding="utf-8",
    )
    assert main(["plan", str(path), "--start", "2027-01-04", "--weeks", "1"]) == 1
    out = capsys.readouterr().out
    assert "error audience.no_persona" in out
    assert "linkedin" in out.split("Calendar")[1]


def test_plan_with_no_channel_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.toml"
    path.write_text('name = "Empty"\n', encoding="utf-8")
    assert main(["plan", str(path)]) == 2
    assert "no channel to plan" in capsys.readouterr().err


def test_plan_bad_file_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.toml"
    path.write_text('name = "x"\n[[channels]]\nplatform = "linkdin"\n', encoding="utf-8")
    assert main(["plan", str(path)]) == 2
    err = capsys.readouterr().err
    assert "channels[0].platform" in err
    assert "linkedin" in err


def test_plan_takes_a_file_or_an_example_not_both(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "s.toml", "--example", "b2b-services"]) == 2
    assert "--example" in capsys.readouterr().err


def test_plan_shows_funnel_stage_coverage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--example", "b2b-services", "--start", "2027-01-04"]) == 0
    out = capsys.readouterr().out
    coverage = out.split("Funnel stages (posts against the stage mix):")[1].split("Calendar")[0]
    assert "mofu" in coverage
    assert "35%" in coverage  # the b2b strategy's mofu target


def test_the_findings_count_is_worded_by_the_findings_authority(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # severity_count() words counts of findings everywhere; the CLI has no wording of its own
    words = {
        Severity.ERROR: ("{count} blocker", "{count} blockers"),
        Severity.WARNING: ("{count} caution", "{count} cautions"),
        Severity.TIP: ("{count} hint", "{count} hints"),
    }
    for severity, forms in words.items():
        monkeypatch.setitem(findings._COUNTS, severity, forms)
    path = tmp_path / "strategy.toml"
    path.write_text(examples.template(), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "0 blockers, 0 cautions, 0 hints"
