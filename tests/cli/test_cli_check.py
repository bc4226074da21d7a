"""The ``socialkit check`` command: table or JSON; exit 0 fits, 1 hard limit broken, 2 bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from socialkit.cli import main


def test_check_prints_a_table_and_exits_0_when_the_post_fits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = tmp_path / "post.txt"
    post.write_text("New guide! https://example.com #b2b\n", encoding="utf-8")
    assert main(["check", "--platform", "linkedin", str(post)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("LinkedIn: fits; length 35/3000 code points")
    assert "linkedin.external_link" in out


def test_check_json_from_stdin_exits_1_when_a_hard_limit_breaks(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a" * 300))
    assert main(["check", "--platform", "twitter", "--json", "-"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["fits"] is False
    assert data["text"]["length"] == 300
    assert data["text"]["entities"]["hashtags"] == []
    assert "_url_spans" not in data["text"]
    assert data["findings"][0]["rule"] == "x.text_limit"


def test_check_media_and_sponsored_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = tmp_path / "post.txt"
    post.write_text("Love this serum", encoding="utf-8")
    # Issue 12: an undisclosed sponsored post is an error finding, so exit 1.
    argv = ["check", "--platform", "x", "--media", "image", "--sponsored", str(post)]
    assert main(argv) == 1
    out = capsys.readouterr().out
    assert "x.disclosure" in out
    assert "x.attached_media" not in out
    assert main([*argv, "--fail-on", "never"]) == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--platform", "x", "/nonexistent/post.txt"],
        ["check", "--platform", "linkdin", "-"],
    ],
)
def test_check_bad_input_exits_2(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("hello"))
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith("socialkit: error:")


def test_check_rejects_non_utf8_files(tmp_path: Path) -> None:
    post = tmp_path / "latin1.txt"
    post.write_bytes("café".encode("latin-1"))
    assert main(["check", "--platform", "x", str(post)]) == 2


def test_check_measures_the_text_in_the_platforms_body_field(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Review item 1: 6000 characters used to "fit" on YouTube (no "post" field).
    monkeypatch.setattr("sys.stdin", io.StringIO("w" * 6000))
    assert main(["check", "--platform", "youtube", "-"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("YouTube: does NOT fit; length 6000/5000 utf-8 bytes (description)")
    assert "youtube.text_limit" in out


def test_check_puts_the_text_into_the_pinterest_description(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = tmp_path / "pin.txt"
    post.write_text("Handmade blue ceramic mug, dishwasher safe, 350 ml, gift idea", "utf-8")
    assert main(["check", "--platform", "pinterest", "--media", "image", str(post)]) == 0
    out = capsys.readouterr().out
    assert "description of 0 words" not in out
    assert "(description)" in out.splitlines()[0]


def test_check_says_when_the_text_was_not_checked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("w" * 6000))
    assert main(["check", "--platform", "snapchat", "--media", "short video", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Snapchat: fits; text not checked (no limit recorded);")
    assert "snapchat.unchecked_text" in out


def test_check_rejects_an_unknown_tier(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("hello"))
    assert main(["check", "--platform", "x", "--tier", "gold", "-"]) == 2
    assert "premium" in capsys.readouterr().err


def test_check_says_why_rules_were_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A draft has no scheduled time: its frequency rules are skipped for that reason,
    # not because they "need a checker".
    post = tmp_path / "post.txt"
    post.write_text("New guide! https://example.com #b2b\n", encoding="utf-8")
    assert main(["check", "--platform", "linkedin", str(post)]) == 0
    lines = capsys.readouterr().out.splitlines()
    (unscheduled,) = [line for line in lines if "no scheduled time" in line]
    assert "frequency_cap" in unscheduled
    assert "need a checker" not in "\n".join(lines)
