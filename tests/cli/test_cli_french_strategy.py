"""``plan``, ``validate`` and ``review`` under ``--lang fr``: sections, findings and headings in French."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialkit import examples
from socialkit.cli import main


def test_plan_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--lang", "fr", "plan", "--example", "cosmetics-brand", "--start", "2026-12-07"]
    assert main([*args, "--weeks", "1"]) == 0
    out = capsys.readouterr().out
    assert "Constats :" in out
    assert "0 erreur, 0 avertissement, 1 conseil" in out
    assert "Mix de plateformes :" in out
    assert "plateforme  rôle" in out
    assert "Calendrier (Europe/Paris) :" in out
    assert "Findings:" not in out


def test_plan_stays_english_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["plan", "--example", "cosmetics-brand", "--start", "2026-12-07", "--weeks", "1"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Findings:" in out
    assert "0 errors, 0 warnings, 1 tip" in out
    assert "platform   role" in out or "platform  role" in out


def test_validate_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "strategy.toml"
    path.write_text(examples.template(), encoding="utf-8")
    main(["--lang", "fr", "validate", str(path)])
    out = capsys.readouterr().out
    last = out.strip().splitlines()[-1]
    assert "erreur" in last
    assert "conseil" in last
