"""The ``socialkit`` command: a thin argparse layer over the public API.

Each subcommand is one small function taking the parsed arguments and returning
an exit code. Any :class:`~socialkit.SocialkitError` becomes a one-line message
on stderr and exit code 2; a user never sees a traceback for bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

import socialkit
from socialkit._core.i18n import (
    LANGUAGES,
    language,
    language_from_env,
    normalize_language,
    tr,
)
from socialkit._core.table import jsonable
from socialkit.cli._check import add_check_command
from socialkit.cli._flags import Parser, parse, platform_slugs
from socialkit.cli._review import add_review_command
from socialkit.cli._stale import warn_if_stale
from socialkit.cli._strategy import add_strategy_commands
from socialkit.errors import SocialkitError
from socialkit.platforms._describe import platform_text, platforms_table
from socialkit.platforms._registry import get_platform, list_platforms

__all__ = ["main"]

Command = Callable[[argparse.Namespace], int]


def _print_json(data: Any) -> None:
    print(json.dumps(jsonable(data), indent=2, ensure_ascii=False, sort_keys=False))


def _platforms(args: argparse.Namespace) -> int:
    items = list_platforms()
    warn_if_stale(items)
    if args.json:
        _print_json([dict(jsonable(p), sources=jsonable(p.sources)) for p in items])
    else:
        print(platforms_table(items))
    return 0


def _platform(args: argparse.Namespace) -> int:
    p = get_platform(args.slug)
    warn_if_stale([p])
    if args.json:
        _print_json(dict(jsonable(p), sources=jsonable(p.sources)))
    else:
        print(platform_text(p))
    return 0


def _parser() -> argparse.ArgumentParser:
    """The command's parser, its help texts in the current language."""
    parser = Parser(prog="socialkit", description=tr("Social-media strategy models and rules."))
    parser.add_argument(
        "--version",
        action="version",
        version=f"socialkit {socialkit.__version__}",
        help=tr("show program's version number and exit"),
    )
    parser.add_argument(
        "--lang",
        type=_language,
        default=None,
        metavar=tr("LANG"),
        help=tr(
            "language of the output: {languages} (default: from LC_ALL, LC_MESSAGES or LANG, "
            "else en)",
            languages=", ".join(LANGUAGES),
        ),
    )
    sub: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(  # type: ignore[assignment]
        dest="command", required=True, metavar=tr("COMMAND")
    )

    p = sub.add_parser(
        "platforms",
        help=tr("list the registered platforms"),
        description=tr(
            "List every registered platform: its family, text limit, how many ranking signals "
            "boost and restrict posts, and when its data was last verified. Data verified long "
            "ago is named on standard error; the exit code stays 0."
        ),
    )
    p.add_argument("--json", action="store_true", help=tr("machine-readable output"))
    p.set_defaults(run=_platforms)

    p = sub.add_parser(
        "platform",
        help=tr("limits, signals, frequency and sources of one platform"),
        description=tr(
            "Show what socialkit knows about one platform (PLATFORM: a slug or an alias): its "
            "limits, ranking signals, posting frequencies and benchmark posting windows, each "
            "with its source. Data verified long ago is named on standard error."
        ),
    )
    p.add_argument(
        "slug",
        metavar=tr("PLATFORM"),
        help=tr("platform slug or alias (twitter, ig...); one of: {slugs}", slugs=platform_slugs()),
    )
    p.add_argument("--json", action="store_true", help=tr("machine-readable output"))
    p.set_defaults(run=_platform)

    add_check_command(sub)
    add_strategy_commands(sub)
    add_review_command(sub)
    return parser


def _language(value: str) -> str:
    try:
        return normalize_language(value, "--lang")
    except SocialkitError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``socialkit`` command; returns the exit code.

    The output is in ``--lang``'s language, else the environment's (``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``), else English; only for this run.
    """
    words = list(sys.argv[1:] if argv is None else argv)
    with language(_chosen_language(words)):  # usage errors speak it too
        args = parse(_parser(), words)
    with language(args.lang or language_from_env(os.environ)):
        return _main(args)


def _chosen_language(words: Sequence[str]) -> str:
    """The language ``--lang`` names before the command (else the environment's), for parsing.

    A ``--lang`` that is not a language is left to the parser, which reports it.
    """
    for i, word in enumerate(words):
        if word == "--":
            break
        value = words[i + 1] if word == "--lang" and i + 1 < len(words) else None
        if word.startswith("--lang="):
            value = word.partition("=")[2]
        if value is not None:
            try:
                return normalize_language(value, "--lang")
            except SocialkitError:
                break
    return language_from_env(os.environ)


def _main(args: argparse.Namespace) -> int:
    run: Command = args.run
    try:
        code = run(args)
        sys.stdout.flush()  # a full disk or closed pipe fails here, not at exit
        return code
    except SocialkitError as error:
        print(tr("socialkit: error: {error}", error=error), file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `socialkit platforms | head`
        _drop_stdout()
        return 0
    except OSError as error:  # e.g. `socialkit plan > /dev/full`
        _drop_stdout()
        where = f"{error.filename}: " if error.filename else tr("output: ")
        print(
            tr("socialkit: error: {where}{error}", where=where, error=error.strerror or error),
            file=sys.stderr,
        )
        return 2
    except OverflowError as error:
        print(
            tr("socialkit: error: a date or number is out of range ({error})", error=error),
            file=sys.stderr,
        )
        return 2


def _drop_stdout() -> None:
    """Point a broken stdout at /dev/null so the interpreter's final flush stays quiet."""
    try:
        sys.stdout.flush()
    except OSError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
