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
import warnings
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import socialkit
from socialkit._core.i18n import (
    LANGUAGES,
    label,
    language,
    language_from_env,
    normalize_language,
    tr,
)
from socialkit._core.table import jsonable, table
from socialkit.cli._review import add_review_command
from socialkit.cli._strategy import add_strategy_commands
from socialkit.errors import SocialkitError, StaleDataWarning, ValidationError
from socialkit.platforms._describe import platform_text, platforms_table
from socialkit.platforms._model import MediaKind, Platform
from socialkit.platforms._registry import get_platform, list_platforms
from socialkit.posts._model import Media, Post
from socialkit.posts._rules import DEFAULT_RULES, assess

__all__ = ["main"]

Command = Callable[[argparse.Namespace], int]


def _print_json(data: Any) -> None:
    print(json.dumps(jsonable(data), indent=2, ensure_ascii=False, sort_keys=False))


def _warn_if_stale(items: Sequence[Platform]) -> None:
    today = date.today()  # the CLI is the edge: the library itself never reads the clock
    for p in items:
        if p.is_stale(today):
            warnings.warn(
                tr(
                    "{platform}: platform data last verified on {day}; rules may have changed "
                    "since",
                    platform=p.slug,
                    day=p.verified_on,
                ),
                StaleDataWarning,
                stacklevel=2,
            )


def _platforms(args: argparse.Namespace) -> int:
    items = list_platforms()
    _warn_if_stale(items)
    if args.json:
        _print_json([dict(jsonable(p), sources=jsonable(p.sources)) for p in items])
    else:
        print(platforms_table(items))
    return 0


def _platform(args: argparse.Namespace) -> int:
    p = get_platform(args.slug)
    _warn_if_stale([p])
    if args.json:
        _print_json(dict(jsonable(p), sources=jsonable(p.sources)))
    else:
        print(platform_text(p))
    return 0


def _read_post_text(path: str) -> str:
    """The post text from ``path`` (``-``: standard input), as UTF-8."""
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(
            f"check {path}", str(error), allowed=tr("expected a readable UTF-8 text file or -")
        ) from error


def _check(args: argparse.Namespace) -> int:
    """Assess a post; exit 0 when it fits, 1 when a hard limit is broken.

    The text is the post's body: assess measures it in the platform's body
    field (the description on YouTube and Pinterest).
    """
    text = _read_post_text(args.file).removesuffix("\n")
    post = Post(text=text, media=tuple(Media(kind=k) for k in args.media), sponsored=args.sponsored)
    result = assess(post, args.platform, tier=args.tier)
    t = result.text
    if args.json:
        summary = (
            {
                "length": t.length,
                "limit": t.limit,
                "unit": t.unit,
                "fits": t.fits,
                "entities": t.entities,
            }
            if t
            else {}
        )
        measured = {k: v for k, v in (jsonable(t) or {}).items() if not k.startswith("_")}
        _print_json(dict(jsonable(result), text=dict(measured, **jsonable(summary))))
    else:
        verdict = tr("fits") if result.fits else tr("does NOT fit")
        if t is not None:
            field = "" if t.field == "post" else f" ({t.field})"
            length = tr(
                "length {length}/{limit} {unit}{field}; ",
                length=t.length,
                limit=t.limit,
                unit=label(t.unit),
                field=field,
            )
        else:
            length = tr("text not checked (no limit recorded); ") if text.strip() else ""
        print(
            tr(
                "{platform}: {verdict}; {length}score {score}/100 (heuristic)",
                platform=get_platform(result.platform).name,
                verdict=verdict,
                length=length,
                score=result.score,
            )
        )
        if result.findings:
            rows = [(label(f.severity), f.rule, f.where, f.message, f.fix) for f in result.findings]
            headers = [tr("severity"), tr("rule"), tr("where"), tr("message"), tr("fix")]
            print(table(headers, rows))
        needs_checker = [r for r in result.skipped if DEFAULT_RULES.get(r).checker is not None]
        unscheduled = [r for r in result.skipped if r not in needs_checker]
        if needs_checker:
            print(tr("skipped (need a checker): {rules}", rules=", ".join(needs_checker)))
        if unscheduled:
            print(
                tr(
                    "skipped (the post has no scheduled time): {rules}",
                    rules=", ".join(unscheduled),
                )
            )
    return 0 if result.fits else 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="socialkit", description="Social-media strategy models and rules."
    )
    parser.add_argument("--version", action="version", version=f"socialkit {socialkit.__version__}")
    parser.add_argument(
        "--lang",
        type=_language,
        default=None,
        metavar="LANG",
        help=f"language of the output: {', '.join(LANGUAGES)} (default: from LC_ALL, "
        "LC_MESSAGES or LANG, else en)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("platforms", help="list the registered platforms")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=_platforms)

    p = sub.add_parser("platform", help="limits, signals, frequency and sources of one platform")
    p.add_argument("slug", help="platform slug or alias, e.g. linkedin, twitter, ig")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=_platform)

    p = sub.add_parser(
        "check",
        help="assess a post's text for a platform (exit 0: fits, 1: a hard limit is broken)",
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help="file holding the post text (the description on YouTube and Pinterest), or - for stdin",
    )
    p.add_argument("--platform", required=True, help="platform slug or alias, e.g. linkedin")
    p.add_argument("--tier", default=None, help="paid tier with other limits, e.g. premium")
    p.add_argument(
        "--media",
        action="append",
        default=[],
        type=MediaKind,
        choices=list(MediaKind),
        metavar="KIND",
        help=f"attached media, repeatable: {', '.join(MediaKind)}",
    )
    p.add_argument("--sponsored", action="store_true", help="a paid or incentivised post")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=_check)
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
    parser = _parser()
    args = parser.parse_args(argv)
    with language(args.lang or language_from_env(os.environ)):
        return _main(args)


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
