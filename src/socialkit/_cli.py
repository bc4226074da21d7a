"""The ``socialkit`` command: a thin argparse layer over the public API.

Each subcommand is one small function taking the parsed arguments and returning
an exit code. Any :class:`~socialkit.SocialkitError` becomes a one-line message
on stderr and exit code 2; a user never sees a traceback for bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from socialkit._errors import SocialkitError, StaleDataWarning
from socialkit._platform import Platform
from socialkit._registry import get_platform, platforms
from socialkit._report import jsonable, platform_text, platforms_table
from socialkit._strategy_cli import add_strategy_commands

__all__ = ["main"]

Command = Callable[[argparse.Namespace], int]


def _print_json(data: Any) -> None:
    print(json.dumps(jsonable(data), indent=2, ensure_ascii=False, sort_keys=False))


def _warn_if_stale(items: Sequence[Platform]) -> None:
    today = date.today()  # the CLI is the edge: the library itself never reads the clock
    for p in items:
        if p.is_stale(today):
            warnings.warn(
                f"{p.slug}: platform data last verified on {p.verified_on}; rules may have "
                "changed since",
                StaleDataWarning,
                stacklevel=2,
            )


def _platforms(args: argparse.Namespace) -> int:
    items = platforms()
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="socialkit", description="Social-media strategy models and rules."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("platforms", help="list the registered platforms")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=_platforms)

    p = sub.add_parser("platform", help="limits, signals, frequency and sources of one platform")
    p.add_argument("slug", help="platform slug or alias, e.g. linkedin, twitter, ig")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=_platform)

    add_strategy_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``socialkit`` command; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    run: Command = args.run
    try:
        return run(args)
    except SocialkitError as error:
        print(f"socialkit: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `socialkit platforms | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
