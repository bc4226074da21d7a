"""Issue 12's ``socialkit check``: several platforms, ``--fail-on``, files of drafts."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import list_platforms
from socialkit.cli import main
from socialkit.cli._drafts import read_drafts
from socialkit.errors import SocialkitError
from socialkit.io import post_from_dict, post_to_dict
from socialkit.posts import Comment, Media, Post, assess

CSV = """id,text,platform,media,scheduled_at,sponsored,links
bread,Hello from the bakery #bread,instagram,,,,
reel,"Our sourdough, step by step",instagram,short video,2027-01-04T09:30,false,https://example.com/a
ad,Love this serum,"x,linkedin",image,,yes,
plain,Just text,,,,,
"""


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_several_platforms_are_each_checked_never_the_last_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "hello")
    argv = ["check", "-", "--platform", "x,linkedin", "--platform", "twitter", "--platform", "ig"]
    assert main([*argv, "--json"]) == 1  # Instagram cannot publish a text-only post
    data = json.loads(capsys.readouterr().out)
    assert [d["platform"] for d in data] == ["x", "linkedin", "instagram"]  # aliases once
    assert [d["fits"] for d in data] == [True, True, False]


def test_a_plain_text_run_prints_one_block_per_platform(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "hello")
    assert main(["check", "-", "--platform", "x,linkedin"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("X: fits;")
    assert "\n\nLinkedIn: fits;" in out


@pytest.mark.parametrize(
    ("fail_on", "code"), [("error", 0), ("warning", 1), ("WARNING", 1), ("never", 0)]
)
def test_fail_on_picks_the_least_severe_finding_that_fails(
    monkeypatch: pytest.MonkeyPatch, fail_on: str, code: int
) -> None:
    # Many hashtags on X: a warning, no error.
    text = "New guide " + " ".join(f"#t{i}" for i in range(6))
    post = assess(Post(text=text), "x")
    assert post.by_severity("warning")
    assert not post.by_severity("error")
    _stdin(monkeypatch, text)
    assert main(["check", "-", "--platform", "x", "--fail-on", fail_on]) == code


def test_fail_on_never_still_exits_2_on_bad_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "hello")
    assert main(["check", "-", "--platform", "linkdin", "--fail-on", "never"]) == 2
    assert "--platform: unknown 'linkdin'; did you mean 'linkedin'?" in capsys.readouterr().err


def test_drafts_csv_summary_table_and_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "drafts.csv", CSV)
    argv = ["check", "--drafts", path, "--platform", "threads", "--tz", "Europe/Paris"]
    assert main(argv) == 1
    out = capsys.readouterr().out
    assert out.startswith("4 drafts, 5 checks")
    header = next(line for line in out.splitlines() if line.startswith("draft "))
    assert header.split() == [
        "draft",
        "platform",
        "length",
        "fits",
        "score",
        "errors",
        "warnings",
        "tips",
    ]
    rows = {tuple(line.split()[:2]) for line in out.splitlines()}
    for row in [("bread", "instagram"), ("ad", "x"), ("ad", "linkedin"), ("plain", "threads")]:
        assert row in rows
    assert f"draft bread ({path}:2) on Instagram: does NOT fit" in out
    assert "instagram.required_media" in out
    assert "x.disclosure" in out
    assert "linkedin.disclosure" in out


def test_drafts_json_lines_rows_are_the_assessments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"text": "Our new mug", "platform": ["pinterest"], "media": ["image"]},
        {
            "id": "v",
            "text": "Reel",
            "platform": "tiktok",
            "media": "short video",
            "sponsored": True,
        },
    ]
    path = _write(tmp_path, "drafts.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    assert main(["check", "--drafts", path, "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [(d["id"], d["where"], d["platform"]) for d in data] == [
        ("1", f"{path}:1", "pinterest"),
        ("v", f"{path}:2", "tiktok"),
    ]
    expected = assess(
        Post(text="Reel", media=(Media(kind="short video"),), sponsored=True), "tiktok"
    )
    assert data[1]["score"] == expected.score
    assert [f["rule"] for f in data[1]["findings"]] == [f.rule for f in expected.findings]


def test_a_draft_is_the_post_io_reads_from_the_same_data(tmp_path: Path) -> None:
    # One reader of posts: the drafts file's columns are shorthands for post_from_dict's keys,
    # and its post column takes the rest, as to_csv writes it.
    post = Post(
        text="New loaves",
        media=[Media.image(alt_text="a loaf"), Media(kind="short video")],
        links=["https://ex.com/a", "https://ex.com/b"],
        format="video",
        sponsored=True,
        title="Bread",
        keywords=["bread", "bakery"],
        first_comment=Comment(text="Link in bio"),
    )
    data = post_to_dict(post)
    rest = {k: v for k, v in data.items() if k not in ("text", "links", "format", "sponsored")}
    row = {
        "text": post.text,
        "links": " ".join(post.links),
        "format": "video",
        "sponsored": "yes",
        "post": json.dumps(rest),
        "platform": "x",
    }
    csv_text = "{}\n{}\n".format(
        ",".join(row), ",".join('"' + v.replace('"', '""') + '"' for v in row.values())
    )
    (draft,) = read_drafts(_write(tmp_path, "d.csv", csv_text))
    assert draft.post == post_from_dict(data) == post
    line = {
        "text": post.text,
        "platform": "x",
        "post": {k: v for k, v in data.items() if k != "text"},
    }
    (draft,) = read_drafts(_write(tmp_path, "d.jsonl", json.dumps(line)))
    assert draft.post == post


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"text": "hi", "format": "reell"}, "d.jsonl:1: format: unknown 'reell'"),
        ({"text": "hi", "media": "imag"}, "d.jsonl:1: media: unknown 'imag'"),
        ({"text": "hi", "post": {"format": "reell"}}, "d.jsonl:1: post: unknown 'reell'"),
        ({"text": "hi", "post": {"colour": 1}}, "d.jsonl:1: post: unknown keys ['colour']"),
        ({"text": "hi", "title": "a", "post": {"title": "b"}}, "'title' is also a column"),
        ({"text": "hi", "post": {"text": "b"}}, "'text' is in the post column"),
        ({"text": "hi", "post": "{oops"}, "d.jsonl:1: post: not valid JSON"),
        ({"text": "hi", "post": [1]}, "d.jsonl:1: post: got [1]"),
    ],
)
def test_post_errors_name_the_column(tmp_path: Path, row: dict[str, object], message: str) -> None:
    path = _write(tmp_path, "d.jsonl", json.dumps({**row, "platform": "x"}) + "\n")
    with pytest.raises(SocialkitError) as caught:
        read_drafts(path)
    assert message.replace("d.jsonl", path) in str(caught.value)


def test_clean_drafts_exit_0(tmp_path: Path) -> None:
    path = _write(tmp_path, "ok.csv", "text\nHello from the bakery\n")
    assert main(["check", "--drafts", path, "--platform", "threads"]) == 0


@pytest.mark.parametrize(
    ("text", "argv", "message"),
    [
        ("txt,platform\nhi,x\n", [], "d.csv:2: column: unknown 'txt'; did you mean 'text'?"),
        ("text,media\nhi,imag\n", ["--platform", "x"], "d.csv:2: media: unknown 'imag'"),
        ("text,platform\nhi,linkdin\n", [], "d.csv:2: platform: unknown 'linkdin'"),
        ("text\nhi\n", [], "d.csv:2: platform: no platform for this draft"),
        ("text,sponsored\nhi,maybe\n", ["--platform", "x"], "d.csv:2: sponsored: got 'maybe'"),
        (
            "text,scheduled_at\nhi,2027-01-04T09:00\n",
            ["--platform", "x"],
            "d.csv:2: scheduled_at: '2027-01-04T09:00' has no UTC offset and no --tz",
        ),
        (
            "text,scheduled_at\nhi,2027-01-04T09:00+01:00\n",
            ["--platform", "linkedin"],
            "--tz: no time zone to count LinkedIn's posts",
        ),
        ("text,tier\nhi,gold\n", ["--platform", "x"], "d.csv:2: tier: unknown tier 'gold'"),
        ("text\nhi\n", ["--platform", "linkedin", "--tier", "premium"], "--tier: unknown tier"),
        ("text\nhi\n", ["--platform", "x", "--tz", "Mars/Base"], "--tz: unknown time zone"),
        ("text\n", ["--platform", "x"], "d.csv: no drafts"),
        (
            "text\nhi\n",
            ["--platform", "x", "--media", "image"],
            "--drafts: --media and --sponsored",
        ),
    ],
)
def test_drafts_errors_name_the_file_line_and_column_or_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, argv: list[str], message: str
) -> None:
    path = _write(tmp_path, "d.csv", text)
    assert main(["check", "--drafts", path, *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("socialkit: error: ")
    assert message.replace("d.csv", path) in err
    assert len(err.strip().splitlines()) == 1


def test_a_post_file_and_drafts_are_not_both_taken(tmp_path: Path) -> None:
    path = _write(tmp_path, "d.csv", "text\nhi\n")
    assert main(["check", path, "--drafts", path, "--platform", "x"]) == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--media", "imag"], "argument --media: unknown 'imag'; did you mean 'image'?"),
        (["--fail-on", "warn"], "argument --fail-on: unknown 'warn'; did you mean 'warning'?"),
    ],
)
def test_enum_flags_suggest_close_matches(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["check", "-", "--platform", "x", *argv])
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_enum_flags_list_their_choices_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "one of: error, warning, never" in out
    assert "short video" in out


SLUGS = [p.slug for p in list_platforms()]


@given(
    text=st.text(max_size=80),
    chosen=st.lists(st.sampled_from(SLUGS), min_size=1, max_size=4),
    sponsored=st.booleans(),
    fail_on=st.sampled_from(["error", "warning", "never"]),
)
def test_the_exit_code_is_the_assessments_verdict(
    text: str, chosen: list[str], sponsored: bool, fail_on: str
) -> None:
    # Property: check exits 1 exactly when some platform's assess() has a finding at or
    # above --fail-on (or a broken hard limit), whatever the mix of repeated/comma flags.
    post = Post(text=text.removesuffix("\n"), sponsored=sponsored)
    results = [assess(post, slug) for slug in dict.fromkeys(chosen)]
    levels = {"error": ("error",), "warning": ("error", "warning"), "never": ()}[fail_on]
    failing = fail_on != "never" and any(
        not r.fits or any(f.severity in levels for f in r.findings) for r in results
    )
    argv = ["check", "-", "--platform", ",".join(chosen[:2])]
    argv += [x for slug in chosen[2:] for x in ("--platform", slug)]
    argv += ["--fail-on", fail_on] + (["--sponsored"] if sponsored else [])
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", io.StringIO(text))
        mp.setattr("sys.stdout", io.StringIO())
        assert main(argv) == int(failing)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["plan", "--example", "b2b-service"],
            "argument --example: unknown 'b2b-service'; did you mean 'b2b-services'?",
        ),
        (["plan", "--start", "2027-13-01"], "argument --start: got '2027-13-01'; expected a date"),
        (["plan", "--weeks", "x"], "argument --weeks"),
        (
            ["review", "s.toml", "--history", "h.csv", "--preset", "xx"],
            "argument --preset: unknown 'xx'; did you mean 'x'?",
        ),
    ],
)
def test_argparse_errors_name_the_flag_with_suggestions(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["chek"], "invalid choice: 'chek'"),
        (["plan", "--wekes", "3"], "unrecognized arguments: --wekes (did you mean '--weeks'?)"),
        (["check", "-", "--platfrom", "x"], "did you mean '--platform'"),
    ],
)
def test_mistyped_commands_and_flags_get_close_matches(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert "did you mean" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        # the subcommand reports its unknown flags, with its own flags as matches
        (["plan", "--wekes", "3"], "socialkit plan: error: unrecognized arguments: --wekes"),
        (["platforms", "--jsno"], "socialkit platforms: error: unrecognized arguments: --jsno"),
        # a flag of another subcommand: say which has it, never "did you mean" itself
        (["new", "--example", "x.toml"], "(--example is an option of: plan)"),
    ],
)
def test_an_unknown_flag_is_reported_by_its_subcommand(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert "did you mean '--example'" not in err
