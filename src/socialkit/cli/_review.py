"""``socialkit review``: a strategy against its analytics export, and the adjusted strategy."""

from __future__ import annotations

import argparse
import sys

from socialkit._core.i18n import N_, tr
from socialkit._core.time import to_zone
from socialkit.cli._flags import choice_type, file_name, file_path, named, platform_slugs
from socialkit.errors import SocialkitError, ValidationError
from socialkit.io._strategy import dumps_strategy, load_strategy
from socialkit.measure import EXPORT_PRESETS, load_history
from socialkit.platforms._registry import get_platform
from socialkit.strategy import review

__all__ = ["add_review_command"]


def _review(args: argparse.Namespace) -> int:
    if args.out is not None and args.out.exists() and not args.force:
        raise ValidationError(
            "socialkit review --out",
            tr("{out} exists", out=args.out),
            allowed=N_("expected --force to overwrite"),
        )
    strategy = load_strategy(args.file)
    if args.tz is not None:
        with named("--tz"):
            to_zone(args.tz, "--tz")
    if args.platform is not None:
        with named("--platform"):
            get_platform(args.platform)
    labels = {}
    for item in args.pillar or ():
        key, sep, name = item.partition("=")
        if not sep or not key.strip() or not name.strip():
            raise ValidationError(
                "socialkit review --pillar",
                tr("got {item!r}", item=item),
                allowed=N_("expected '#hashtag=pillar' or 'keyword=pillar'"),
            )
        labels[key.strip()] = name.strip()
    with named(f"--history {args.history}"):  # the flags above are checked: the file is at fault
        history = load_history(
            args.history,
            preset=args.preset,
            platform=args.platform,
            tz=args.tz or strategy.calendar.timezone,
            pillars=labels or None,
        )
    result = review(strategy, history)
    print(result)
    if history.problems:
        print("\n" + tr("{count} rows not read:", count=len(history.problems)), file=sys.stderr)
        for problem in history.problems:
            print(f"  {problem}", file=sys.stderr)
    if args.out:
        if args.out.exists() and not args.force:
            raise ValidationError(
                "socialkit review --out",
                tr("{out} exists", out=args.out),
                allowed=N_("expected --force to overwrite"),
            )
        text = dumps_strategy(result.adjusted())
        try:
            args.out.write_text(text, encoding="utf-8")
        except OSError as error:
            raise SocialkitError(
                tr(
                    "--out: cannot write {out}: {value}",
                    out=args.out,
                    value=error.strerror or error,
                )
            ) from error
        print("\n" + tr("adjusted strategy written to {path}", path=args.out))
    return 0


def add_review_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``review`` on the ``socialkit`` parser."""
    p = sub.add_parser(
        "review",
        help="review a strategy against an analytics export and propose an adjusted one",
        description="Read an analytics export (CSV), print the results by hour, pillar, "
        "format, stage and rhythm with the proposals (heuristics: see the docs), and "
        "optionally write the adjusted strategy.",
    )
    p.add_argument("file", type=file_name, help="a strategy TOML file")
    p.add_argument("--history", required=True, type=file_name, help="the analytics export (CSV)")
    presets = [x.name for x in EXPORT_PRESETS]
    p.add_argument(
        "--preset",
        type=choice_type(presets, "preset"),
        metavar="PRESET",
        help=f"the export's layout; one of: {', '.join(presets)}",
    )
    p.add_argument(
        "--platform",
        help=f"the platform of every row when the export does not say; one of: {platform_slugs()}",
    )
    p.add_argument("--tz", help="zone of times without an offset (default: the strategy's)")
    p.add_argument(
        "--pillar",
        action="append",
        metavar="TAG=PILLAR",
        help="label posts by a hashtag or keyword of their text (repeatable)",
    )
    p.add_argument("--out", type=file_path, help="write the adjusted strategy (TOML) here")
    p.add_argument("--force", action="store_true", help="overwrite --out")
    p.set_defaults(run=_review)
