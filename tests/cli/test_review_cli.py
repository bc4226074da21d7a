"""socialkit review: an export and a strategy in, tables and an adjusted strategy out."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from socialkit.cli import main
from socialkit.io import load_strategy

EXPORT = str(files("socialkit.examples") / "invented_x_export.csv")


def test_review_writes_the_adjusted_strategy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    strategy, adjusted = tmp_path / "strategy.toml", tmp_path / "adjusted.toml"
    assert main(["new", str(strategy)]) == 0
    argv = ["review", str(strategy), "--history", EXPORT, "--preset", "x"]
    argv += ["--pillar", "#produit=products", "--pillar", "#conseil=advice"]
    assert main([*argv, "--out", str(adjusted)]) == 0
    captured = capsys.readouterr()
    assert "pillar_weight advice: 40 -> 45" in captured.out
    assert "line 93: total row, not a post" in captured.err
    weights = {p.name: p.weight for p in load_strategy(adjusted).pillars}
    assert weights == {"products": 55, "advice": 45}
    assert main([*argv, "--out", str(adjusted)]) == 2  # exists, no --force
    assert main([*argv, "--pillar", "nothing"]) == 2
