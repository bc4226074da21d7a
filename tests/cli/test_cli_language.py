"""The command speaks French with ``--lang fr`` or a French ``LANG``, English otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

import socialkit
from socialkit.cli import main


@pytest.fixture
def post(tmp_path: Path) -> str:
    path = tmp_path / "post.txt"
    path.write_text("Nouveau ! #a #b #c https://example.com", encoding="utf-8")
    return str(path)


def test_lang_fr_turns_the_check_output_into_french(
    post: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "fr", "check", post, "--platform", "x"]) == 0
    out = capsys.readouterr().out
    assert "X : conforme ; longueur" in out
    assert "(heuristique)" in out
    assert "gravité" in out.splitlines()[1]
    assert "avertissement" in out
    assert "3 hashtags ; le classement pénalise" in out
    assert socialkit.get_language() == "en"  # only for that run


def test_the_environment_chooses_when_no_flag(
    post: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main(["check", post, "--platform", "x"]) == 0
    assert "conforme" in capsys.readouterr().out
    assert main(["--lang", "en", "check", post, "--platform", "x"]) == 0
    assert "X: fits;" in capsys.readouterr().out
    monkeypatch.setenv("LANG", "de_DE.UTF-8")  # a language socialkit does not speak: English
    assert main(["check", post, "--platform", "x"]) == 0
    assert "X: fits;" in capsys.readouterr().out


def test_errors_are_in_french_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "fr", "platform", "linkdin"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("socialkit : erreur : platform : inconnu 'linkdin' ;")
    assert "vouliez-vous dire 'linkedin' ?" in err


def test_an_unknown_lang_is_a_usage_error_naming_the_flag(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "klingon", "platforms"])
    assert exit_.value.code == 2
    assert "--lang: unknown 'klingon'; known: en, fr" in capsys.readouterr().err


# -- usage errors and flag errors in French too (issue 15, audit15) ----------------------


@pytest.mark.parametrize(
    ("argv", "french", "english"),
    [
        (
            ["plan", "--tz", "Europe/Pari"],
            "--tz : fuseau horaire inconnu 'Europe/Pari' ; vouliez-vous dire 'Europe/Paris'",
            "--tz: unknown time zone 'Europe/Pari'; did you mean 'Europe/Paris'",
        ),
        (
            ["plan", "--weeks", "abc"],
            "erreur : argument --weeks : reçu 'abc' ; attendu un nombre entier",
            "error: argument --weeks: got 'abc'; expected a whole number such as 4",
        ),
        (
            ["plan", "--start", "2026-13-01"],
            "argument --start : reçu '2026-13-01' ; attendu une date AAAA-MM-JJ",
            "argument --start: got '2026-13-01'; expected a date as YYYY-MM-DD",
        ),
        (
            ["plan", "--out", "calendar.txt"],
            "--out : extension inconnue '.txt' ; attendu .ics, .csv ou .json",
            "--out: unknown extension '.txt'; expected .ics, .csv or .json",
        ),
        (
            ["plan", "--example", "cosmetic"],
            "argument --example : inconnu 'cosmetic' ; vouliez-vous dire 'cosmetics-brand' ?",
            "argument --example: unknown 'cosmetic'; did you mean 'cosmetics-brand'?",
        ),
        (
            ["plan", "--exampel", "x"],
            "arguments non reconnus : --exampel (vouliez-vous dire '--example' ?)",
            "unrecognized arguments: --exampel (did you mean '--example'?)",
        ),
        (
            ["review", "--history", "export.csv"],
            "les arguments suivants sont obligatoires : FICHIER",
            "the following arguments are required: FILE",
        ),
        (
            ["check", "-", "--platform", "x", "--tier", "premum"],
            "--tier : offre inconnue 'premum' ; vouliez-vous dire 'premium' ?",
            "--tier: unknown tier 'premum'; did you mean 'premium'?",
        ),
    ],
)
def test_flag_errors_speak_french_and_name_the_flag(
    argv: list[str],
    french: str,
    english: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    for prefix, expected, env in (
        (["--lang", "fr"], french, "C"),
        (["--lang=fr"], french, "C"),
        ([], french, "fr_FR.UTF-8"),
        ([], english, "C"),
    ):
        monkeypatch.setenv("LANG", env)
        monkeypatch.delenv("LC_ALL", raising=False)
        monkeypatch.delenv("LC_MESSAGES", raising=False)
        monkeypatch.setattr("sys.stdin", io.StringIO("hello"))
        try:
            code = main([*prefix, *argv])
        except SystemExit as exit_:  # argparse's usage errors
            code = exit_.code
        assert code == 2
        err = capsys.readouterr().err
        assert expected in err, (prefix, env, err)
    assert socialkit.get_language() == "en"


@pytest.mark.parametrize(
    ("command", "flag"),
    [(["check"], "--platform"), (["review"], "--platform"), (["platform"], "slug")],
)
def test_platform_flags_list_the_registered_slugs_in_the_help(
    command: list[str], flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    slugs = ", ".join(p.slug for p in socialkit.list_platforms())
    assert f"one of: {slugs}" in out, (flag, out)
