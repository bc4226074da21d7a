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


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--history", "missing.csv"], "--history missing.csv: cannot read missing.csv"),
        (["--history", EXPORT, "--tz", "Mars"], "--tz: unknown time zone 'Mars'"),
        (
            ["--history", EXPORT, "--platform", "linkdin"],
            "--platform: unknown 'linkdin'; did you mean 'linkedin'?",
        ),
        (
            ["--history", EXPORT, "--preset", "x", "--out", "/no/such/dir/a.toml"],
            "--out: cannot write /no/such/dir/a.toml",
        ),
    ],
)
def test_review_errors_name_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str], message: str
) -> None:
    strategy = tmp_path / "strategy.toml"
    assert main(["new", str(strategy)]) == 0
    capsys.readouterr()
    assert main(["review", str(strategy), *flags]) == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]  # after the rows not read
    assert last.startswith(f"socialkit: error: {message}")


def test_review_refuses_an_existing_out_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    strategy, out = tmp_path / "strategy.toml", tmp_path / "adjusted.toml"
    assert main(["new", str(strategy)]) == 0
    out.write_text("mine", encoding="utf-8")
    capsys.readouterr()
    assert main(["review", str(strategy), "--history", EXPORT, "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "--force" in captured.err
