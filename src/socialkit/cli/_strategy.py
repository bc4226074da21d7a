"""The strategy subcommands of ``socialkit``: ``new``, ``validate`` and ``plan``.

Kept apart from :mod:`socialkit.cli._main` so each command stays one small
function over the public API. Exit codes: 0 success, 1 ``validate`` found
error findings, 2 bad input (a :class:`~socialkit.SocialkitError`, reported on
one line by :func:`socialkit.cli._main.main`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from fractions import Fraction
from pathlib import Path

import attrs

from socialkit import examples
from socialkit._core.findings import Finding, Severity, severity_count
from socialkit._core.i18n import H_, N_, tr
from socialkit._core.table import jsonable, table
from socialkit.calendar._model import ContentCalendar
from socialkit.cli._flags import choice_type, file_name, file_path, iso_date, named, whole_number
from socialkit.cli._stale import warn_if_stale
from socialkit.errors import SocialkitError, StrategyFileError, ValidationError
from socialkit.funnel._coverage import stage_coverage
from socialkit.funnel._stages import FunnelStage
from socialkit.io._calendar import check_output, write_calendar
from socialkit.io._strategy import load_strategy
from socialkit.platforms._registry import get_platform
from socialkit.strategy._model import Strategy
from socialkit.strategy._rules import validate

__all__ = ["add_strategy_commands"]

_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.TIP: 2}


def _source(args: argparse.Namespace) -> Strategy:
    """The strategy named on the command line: a file, else ``--example``, else the default."""
    if getattr(args, "file", None):
        if getattr(args, "example", None):
            raise ValidationError(
                "socialkit plan",
                tr("got a file and --example"),
                allowed=tr("expected one of them"),
            )
        return load_strategy(args.file)
    return examples.strategy(getattr(args, "example", None) or examples.DEFAULT_STRATEGY)


def findings_text(findings: Iterable[Finding]) -> str:
    """Findings worst first, then a one-line count by severity."""
    items = sorted(findings, key=lambda f: _ORDER[f.severity])
    counts = Counter(f.severity for f in items)
    summary = ", ".join(severity_count(s, counts[s]) for s in _ORDER)
    return "\n".join([*(str(f) for f in items), summary])


def _new(args: argparse.Namespace) -> int:
    text = examples.template()
    if args.path == "-":
        sys.stdout.write(text)
        return 0
    path = Path(args.path)
    if path.exists() and not args.force:
        raise StrategyFileError(
            str(path), "", tr("already exists"), expected=N_("a new path, or --force")
        )
    path.write_text(text, encoding="utf-8")
    print(
        tr(
            "wrote {path}: edit it, then run `socialkit validate {path}` and "
            "`socialkit plan {path}`",
            path=path,
        )
    )
    return 0


def _validate(args: argparse.Namespace) -> int:
    strategy = load_strategy(args.file)
    findings = validate(strategy)
    if args.json:
        print(json.dumps(jsonable(findings), indent=2, ensure_ascii=False))
    else:
        print(findings_text(findings))
    return 1 if any(f.severity == Severity.ERROR for f in findings) else 0


def ecosystem_text(strategy: Strategy, calendar: ContentCalendar | None = None) -> str:
    """The platform mix: role, frequency rule, posts planned and mission, one row each."""
    rows = []
    for c in strategy.channels:
        posts = "-" if calendar is None else str(len(calendar.posts(c.platform)))
        rows.append(
            (c.platform, c.role or "-", str(c.rule), posts, c.mission or tr("(no mission)"))
        )
    return table([H_("platform"), H_("role"), H_("frequency"), H_("posts"), H_("mission")], rows)


def _next_monday(strategy: Strategy) -> date:
    # The CLI is the edge: the library never reads the clock. Plans start next
    # Monday in the audience's time zone unless --start says otherwise.
    today = datetime.now(strategy.calendar.zone).date()
    return today + timedelta(days=7 - today.weekday())


def _plan(args: argparse.Namespace) -> int:
    if args.out is not None:
        check_output(args.out)
    strategy = _source(args)
    if args.tz is not None:
        with named("--tz"):
            settings = attrs.evolve(strategy.calendar, timezone=args.tz)
        strategy = attrs.evolve(strategy, calendar=settings)
    if args.weeks is not None:
        with named("--weeks"):  # the strategy's own bounds on weeks
            settings = attrs.evolve(strategy.calendar, weeks=args.weeks)
        strategy = attrs.evolve(strategy, calendar=settings)
    start = args.start or _next_monday(strategy)
    weeks = strategy.calendar.weeks
    try:
        end = start + timedelta(weeks=weeks)
    except OverflowError:
        raise ValidationError(
            "--start/--weeks",
            tr(
                "{start} plus {weeks} weeks is past {last}", start=start, weeks=weeks, last=date.max
            ),
            allowed=tr("expected a range ending by 9998-12-31"),
        ) from None
    findings = validate(strategy)
    try:
        calendar = strategy.plan(start=start, end=end)  # the examples as first drafts
    except SocialkitError as error:  # a strategy validate flags (no channel): name its file
        source = args.file or f"--example {args.example or examples.DEFAULT_STRATEGY}"
        raise SocialkitError(tr("{where}: {problem}", where=source, problem=error)) from error
    head = strategy.name + (f"\n{strategy.note}" if strategy.note else "")
    sections = [
        head,
        tr("Findings:") + "\n" + findings_text(findings),
        tr("Platform mix:") + "\n" + ecosystem_text(strategy, calendar),
    ]
    if strategy.stage_content_mix() is not None:
        target: dict[FunnelStage | str, Fraction] = dict(strategy.stage_mix)
        coverage = stage_coverage(calendar.posts(), target=target)
        sections.append(tr("Funnel stages (posts against the stage mix):") + f"\n{coverage}")
    if strategy.examples:
        drafts = len(calendar.filter(filled=True).items)
        sections.append(
            tr(
                "First drafts: {drafts} of {examples} example posts fill a slot"
                " (status draft; the others are example_not_placed issues)",
                drafts=drafts,
                examples=len(strategy.examples),
            )
        )
    sections.append(
        tr("Calendar ({tz}):", tz=strategy.calendar.timezone)
        + "\n"
        + calendar.to_text(interaction=False)
    )
    print("\n\n".join(sections))
    warn_if_stale(get_platform(c.platform) for c in strategy.channels)
    if args.out is not None:
        write_calendar(calendar, args.out)
        print(tr("wrote {path}", path=args.out), file=sys.stderr)
    return 1 if any(f.severity == Severity.ERROR for f in findings) else 0


def add_strategy_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``plan``, ``new`` and ``validate`` on the ``socialkit`` parser."""
    p = sub.add_parser(
        "plan",
        help=tr("validate a strategy and plan its calendar (default: a built-in example)"),
        description=tr(
            "Validate a strategy, print its findings, platform mix and calendar. Exit 1 when "
            "the strategy has error findings (the calendar is still planned)."
        ),
    )
    p.add_argument(
        "file",
        nargs="?",
        type=file_name,
        metavar=tr("FILE"),
        help=tr("a strategy TOML file (default: a built-in example)"),
    )
    names = examples.strategy_names()
    p.add_argument(
        "--example",
        type=choice_type(names, "example"),
        metavar=tr("NAME"),
        help=tr(
            "a built-in strategy instead of a file; one of: {names} (default: {default})",
            names=", ".join(names),
            default=examples.DEFAULT_STRATEGY,
        ),
    )
    p.add_argument(
        "--start",
        type=iso_date,
        metavar=tr("YYYY-MM-DD"),
        help=tr("first day (default: next Monday)"),
    )
    p.add_argument(
        "--weeks",
        type=whole_number,
        metavar=tr("WEEKS"),
        help=tr("number of weeks, 1 to 1040 (default: the strategy's, 4)"),
    )
    p.add_argument("--tz", metavar="TZ", help=tr("override the audience time zone (IANA name)"))
    p.add_argument(
        "--out",
        type=file_path,
        metavar=tr("OUT"),
        help=tr("also write the calendar (.ics, .csv or .json)"),
    )
    p.set_defaults(run=_plan)

    p = sub.add_parser(
        "new",
        help=tr("write a commented strategy template to start from"),
        description=tr(
            "Write a commented strategy template (TOML) to PATH, or to standard output with -, "
            "to edit, then check with 'socialkit validate' and plan with 'socialkit plan'. An "
            "existing file is kept unless --force."
        ),
    )
    p.add_argument(
        "path",
        nargs="?",
        type=file_name,
        default="strategy.toml",
        metavar=tr("PATH"),
        help=tr("where to write it ('-' for stdout)"),
    )
    p.add_argument("--force", action="store_true", help=tr("overwrite an existing file"))
    p.set_defaults(run=_new)

    p = sub.add_parser(
        "validate",
        help=tr("check a strategy file; exit 1 when there are error findings"),
        description=tr(
            "Check a strategy TOML file and print its findings (--json: machine-readable). "
            "Exit 0: no error finding; 1: at least one; 2: bad input."
        ),
    )
    p.add_argument("file", type=file_name, metavar=tr("FILE"), help=tr("a strategy TOML file"))
    p.add_argument("--json", action="store_true", help=tr("machine-readable output"))
    p.set_defaults(run=_validate)
