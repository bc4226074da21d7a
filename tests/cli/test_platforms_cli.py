"""The socialkit command: tables, JSON, one-line errors and exit codes."""

import json
import subprocess
import sys
from datetime import date

import attrs
import pytest

import socialkit
from socialkit import get_platform, list_platforms, register_platform
from socialkit.cli import main


def test_platforms_table_lists_every_platform(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["platforms"]) == 0
    out = capsys.readouterr().out
    for platform in list_platforms():
        assert platform.slug in out


def test_platforms_json_is_machine_readable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["platforms", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["slug"] for p in data] == [p.slug for p in list_platforms()]
    assert all(p["sources"] for p in data)


def test_platform_detail_shows_limits_signals_frequency_sources(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["platform", "LinkedIn"]) == 0
    out = capsys.readouterr().out
    for heading in ("Limits:", "Ranking signals:", "Posting frequency", "Sources:"):
        assert heading in out
    assert "external_link" in out
    assert "gap >= 48 h" in out


def test_platform_alias_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["platform", "twitter", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["slug"] == "x"
    assert {"post"} <= {limit["field"] for limit in data["limits"]["text"]}


def test_unknown_platform_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["platform", "linkdin"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "did you mean 'linkedin'" in captured.err


def test_python_dash_m_runs_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "socialkit", "platform", "nope"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("socialkit: error: ")


def test_stale_platform_data_warns_but_still_answers(capsys: pytest.CaptureFixture[str]) -> None:
    old = attrs.evolve(
        get_platform("mastodon"), slug="oldnet", aliases=(), verified_on=date(2000, 1, 1)
    )
    register_platform(old)
    assert main(["platform", "oldnet"]) == 0
    captured = capsys.readouterr()
    assert "oldnet" in captured.out
    assert (
        "socialkit: warning: oldnet: platform data last verified on 2000-01-01; rules may have "
        "changed since\n" in captured.err
    )


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"socialkit {socialkit.__version__}"
