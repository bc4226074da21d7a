"""``--lang fr --help`` is French throughout: socialkit's help texts and argparse's own words.

The parser is built in the chosen language, so a help text left out of the
catalogue shows up as the same text in both languages; argparse's own words
(``usage:``, ``options:``, ``show this help message and exit``) come from its
module's gettext, which has no French, and a :class:`~socialkit.cli._flags.Formatter`
translates them without touching argparse for anyone else.
"""

from __future__ import annotations

import argparse
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from socialkit._core.i18n import language, tr, translate
from socialkit.cli import main
from socialkit.cli._flags import Parser
from socialkit.cli._main import _parser

ARGPARSE_ENGLISH = (
    "usage:",
    "options:",
    "positional arguments",
    "optional arguments",
    "show this help message",
    "show program's version",
)
"""argparse's own English words in a help page (Python 3.10+ says "options")."""

MACHINE_METAVARS = frozenset({"TZ"})
"""Metavars that read the same in every language (an abbreviation, not a word)."""


def _commands() -> list[list[str]]:
    """The top level and every subcommand, as the words before ``--help``."""
    parser = _parser()
    return [[], *([name] for name in _subparsers(parser))]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c) or "socialkit")
def test_the_help_of_every_command_has_no_english_argparse_word(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _help(["--lang", "fr", *command], capsys)
    assert out.startswith("utilisation : socialkit")
    assert "options :" in out
    assert "afficher ce message d'aide et quitter" in out
    left = [word for word in ARGPARSE_ENGLISH if word in out]
    assert left == [], out
    wrapped = [line for line in out.splitlines() if line.strip()[:1] in {":", ";", "?", "»"}]
    assert wrapped == [], "a French line starts with its punctuation: the wrap broke at a space"


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c) or "socialkit")
def test_the_environment_gives_the_same_french_help(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    flag = _help(["--lang", "fr", *command], capsys)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert _help(command, capsys) == flag
    monkeypatch.setenv("LANG", "C")
    english = _help(command, capsys)
    assert english.startswith("usage: socialkit")
    assert "show this help message and exit" in english


def _texts(parser: argparse.ArgumentParser, where: str) -> Iterator[tuple[str, str | None]]:
    """Every text of ``parser`` a help page shows, named by where it is, in a stable order.

    argparse's own texts (section titles, ``-h``'s help) are translated as they render
    (a title as ``"{title}:"``: "options" is *options* in French, "options :" on the page).
    """
    yield f"{where} description", parser.description
    yield f"{where} epilog", parser.epilog
    for number, group in enumerate(parser._action_groups):
        yield f"{where} section {number}", tr("{title}:", title=translate(group.title or ""))
    for action in parser._actions:
        name = "/".join(action.option_strings) or action.dest
        yield f"{where} {name} help", translate(action.help or "")
        if isinstance(action.metavar, str) and action.metavar not in MACHINE_METAVARS:
            yield f"{where} {name} metavar", action.metavar
        if isinstance(action, argparse._SubParsersAction):
            for sub in action._get_subactions():
                yield f"{where} {sub.dest} help", sub.help
            for command, child in action.choices.items():
                yield from _texts(child, f"{where} {command}")


def test_every_help_text_of_the_parser_is_translated() -> None:
    """Each text the parser holds differs between English and French: none was left out."""
    with language("en"):
        english = dict(_texts(_parser(), "socialkit"))
    with language("fr"):
        french = dict(_texts(_parser(), "socialkit"))
    assert english.keys() == french.keys()
    same = [where for where, text in english.items() if text and french[where] == text]
    assert same == [], "add these help texts to the catalogue (tr() where the parser is built)"
    assert [where for where, text in french.items() if text and "%" in text] == []


@pytest.mark.parametrize("code", ["en", "fr"])
def test_every_subcommand_help_page_has_a_description(code: str) -> None:
    """A help page says what the command does and its exit codes, not only its flags."""
    with language(code):
        commands = _subparsers(_parser())
    assert [name for name, child in commands.items() if not child.description] == []


def test_french_help_does_not_leak_into_a_users_own_argparse(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _help(["--lang", "fr"], capsys)
    mine = argparse.ArgumentParser(prog="mine")
    mine.add_argument("--name", help="a name")
    text = mine.format_help()
    assert text.startswith("usage: mine")
    assert "options:" in text
    assert "show this help message and exit" in text
    with language("fr"):  # even inside socialkit's French: only socialkit's parsers translate
        assert mine.format_help() == text


def test_two_threads_each_get_their_own_help_language() -> None:
    pages: dict[str, set[str]] = {"en": set(), "fr": set()}

    def render(code: str) -> None:
        with language(code):
            for _ in range(20):
                pages[code].add(Parser(prog="demo").format_help().split(" ")[0])

    threads = [threading.Thread(target=render, args=(code,)) for code in ("en", "fr") * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert pages == {"en": {"usage:"}, "fr": {"utilisation"}}


def test_the_drafts_summary_and_blocks_are_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drafts = tmp_path / "drafts.csv"
    drafts.write_text('id,text,platform\nd1,"Hello #a #b #c #d",x\n', encoding="utf-8")
    assert main(["--lang", "fr", "check", "--drafts", str(drafts)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 brouillon, 1 vérification (score : une heuristique,")
    assert f"brouillon d1 ({drafts}:2) sur X : conforme" in out
    assert main(["check", "--drafts", str(drafts)]) == 0
    assert capsys.readouterr().out.startswith("1 draft, 1 check (score: a heuristic,")


def test_cli_error_texts_are_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "fr", "check", "-"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "socialkit : erreur : --platform : aucune plateforme indiquée ; "
        "attendu --platform, par exemple --platform linkedin\n"
    )
    drafts = tmp_path / "drafts.csv"
    drafts.write_text("id,txt\n1,hello\n", encoding="utf-8")
    assert main(["--lang", "fr", "check", "--drafts", str(drafts), "--platform", "x"]) == 2
    err = capsys.readouterr().err
    assert f"{drafts}:2 : colonne : inconnu 'txt' ; vouliez-vous dire 'text' ?" in err


def test_the_languages_page_shows_the_french_help_as_it_is(
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = Path(__file__).resolve().parents[2] / "docs" / "concepts" / "languages.md"
    shown = page.read_text(encoding="utf-8").split("$ socialkit --lang fr validate --help\n")[1]
    assert shown.split("```")[0] == _help(["--lang", "fr", "validate"], capsys)


@pytest.mark.parametrize(
    ("argv", "french"),
    [
        (["review", "x.toml", "--p", "x"], "option ambiguë : --p peut désigner --preset"),
        (["platforms", "--json=1"], "argument --json : argument explicite ignoré '1'"),
        ([], "les arguments suivants sont obligatoires : COMMANDE"),
        (["chek"], "argument COMMANDE : choix invalide : 'chek' (choisir parmi"),
    ],
)
def test_argparse_usage_errors_are_french(
    argv: list[str], french: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "fr", *argv])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("utilisation : socialkit")
    assert french in err, err
