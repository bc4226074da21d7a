"""Stale platform facts reach the user: one warning line on stderr, stdout and exit code unchanged."""

from __future__ import annotations

import json
import warnings
from datetime import date
from pathlib import Path

import pytest

from socialkit import get_platform
from socialkit.cli import main
from socialkit.cli._stale import warn_if_stale

RECSYS = "youtube: 2 facts rest on 'Covington, Adams and Sargin"
"""YouTube's facts that rest on the 2016 RecSys paper: stale on any date since 2021."""


def _lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("socialkit: warning: ")]


def test_check_warns_on_stderr_about_old_sources(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    post = tmp_path / "post.txt"
    post.write_text("A short description of the video.", encoding="utf-8")
    code = main(["check", str(post), "--platform", "youtube", "--json"])
    captured = capsys.readouterr()
    json.loads(captured.out)  # the JSON on stdout is untouched
    assert code in (0, 1)
    assert any(RECSYS in line for line in _lines(captured.err))


def test_check_warns_once_per_platform_for_many_drafts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    drafts = tmp_path / "drafts.csv"
    drafts.write_text("text,platform\nfirst,youtube\nsecond,youtube\n", encoding="utf-8")
    main(["check", "--drafts", str(drafts)])
    lines = [line for line in _lines(capsys.readouterr().err) if "youtube:" in line]
    assert len(lines) == 1


def test_plan_warns_about_the_strategy_platforms(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["plan", "--start", "2026-03-02"])
    captured = capsys.readouterr()
    assert code in (0, 1)
    assert "Calendar" in captured.out
    warned = {line.split(":")[2].strip() for line in _lines(captured.err)}
    assert warned  # the example strategy uses platforms with old sources
    assert "Traceback" not in captured.err


def test_warning_lines_follow_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "fr", "platform", "youtube"]) == 0
    err = capsys.readouterr().err
    assert "socialkit : avertissement : youtube : 2 faits reposent sur" in err


def test_fresh_data_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    youtube = get_platform("youtube")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing leaks as a Python warning either
        assert warn_if_stale([youtube], today=date(2026, 1, 1)) != ()
        assert warn_if_stale([youtube], today=youtube.verified_on.replace(year=2019)) == ()
    assert capsys.readouterr().err.count("socialkit: warning:") == 1
