"""``socialkit check``: a post, or a file of drafts, against one or several platforms.

Every check is :func:`socialkit.posts.assess` (one post, one platform); this
module only reads the input, prints the results and picks the exit code:
0 when no finding reaches ``--fail-on`` (default ``error``: an error finding
or a broken hard limit), 1 when one does, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from socialkit._core.fields import frozen
from socialkit._core.findings import Severity
from socialkit._core.i18n import H_, N_, label, tr
from socialkit._core.table import jsonable, table
from socialkit._core.time import to_zone
from socialkit._core.validate import Choice
from socialkit.calendar._assess import CalendarAssessment, ItemAssessment
from socialkit.calendar._model import ContentCalendar
from socialkit.cli._drafts import COLUMNS, Draft, read_drafts
from socialkit.cli._flags import enum_type, file_name, named, platform_slugs, platforms_of
from socialkit.cli._stale import warn_if_stale
from socialkit.errors import SocialkitError, ValidationError
from socialkit.io._calendar import from_csv, from_ics, from_json
from socialkit.platforms._model import MediaKind, Platform
from socialkit.platforms._registry import get_platform
from socialkit.posts._model import Media, Post
from socialkit.posts._rules import DEFAULT_RULES, Assessment, assess

__all__ = ["FailOn", "add_check_command", "fails"]


class FailOn(Choice):
    """The least severe finding that makes ``socialkit check`` exit 1."""

    ERROR = "error"
    """An error finding (a broken hard limit, an undisclosed sponsored post...)."""
    WARNING = "warning"
    """An error or a warning finding."""
    NEVER = "never"
    """Exit 0 whatever the findings (2 still means bad input)."""


def fails(result: Assessment, fail_on: FailOn) -> bool:
    """Whether ``result`` makes ``socialkit check --fail-on fail_on`` exit 1."""
    if fail_on is FailOn.NEVER:
        return False
    if not result.fits or result.by_severity(Severity.ERROR):
        return True
    return fail_on is FailOn.WARNING and bool(result.by_severity(Severity.WARNING))


@frozen(kw_only=True)
class _Checked:
    """One post checked on one platform: the draft it came from (if any) and the verdict."""

    draft: Draft | None
    platform: Platform
    result: Assessment


def _read_post_text(path: str) -> str:
    """The post text from ``path`` (``-``: standard input), as UTF-8."""
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(
            f"check {path}", str(error), allowed=N_("expected a readable UTF-8 text file or -")
        ) from error


def _tier(platform: Platform, tier: str | None, where: str) -> str | None:
    with named(where):
        return platform.limits.resolve_tier(tier, where=where)


def _assess(
    post: Post, platform: Platform, tier: str | None, args: argparse.Namespace
) -> Assessment:
    where = "--tz" if args.tz is None else f"--tz {args.tz}"
    try:
        return assess(post, platform, tier=tier, tz=args.zone)
    except ValidationError as error:
        if error.where == "assess(tz)":  # a scheduled post needs the audience's zone
            raise ValidationError(where, error.problem, allowed=error.allowed) from error
        raise


def _headline(c: _Checked, text_given: bool) -> str:
    r, t = c.result, c.result.text
    verdict = tr("fits") if r.fits else tr("does NOT fit")
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
        length = tr("text not checked (no limit recorded); ") if text_given else ""
    return tr(
        "{platform}: {verdict}; {length}score {score}/100 (heuristic)",
        platform=c.platform.name,
        verdict=verdict,
        length=length,
        score=r.score,
    )


def _findings_table(result: Assessment) -> str:
    rows = [(label(f.severity), f.rule, f.where, f.message, f.fix) for f in result.findings]
    return table([tr("severity"), tr("rule"), tr("where"), tr("message"), tr("fix")], rows)


def _skipped(result: Assessment) -> list[str]:
    needs_checker = [r for r in result.skipped if DEFAULT_RULES.get(r).checker is not None]
    unscheduled = [r for r in result.skipped if r not in needs_checker]
    lines = []
    if needs_checker:
        lines.append(tr("skipped (need a checker): {rules}", rules=", ".join(needs_checker)))
    if unscheduled:
        lines.append(
            tr("skipped (the post has no scheduled time): {rules}", rules=", ".join(unscheduled))
        )
    return lines


def _block(c: _Checked) -> str:
    text_given = bool(c.result.text is not None or (c.draft and c.draft.post.text.strip()))
    lines = [_headline(c, text_given)]
    if c.result.findings:
        lines.append(_findings_table(c.result))
    return "\n".join(lines)


def _json(c: _Checked) -> dict[str, Any]:
    r, t = c.result, c.result.text
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
    data: dict[str, Any] = dict(jsonable(r), text=dict(measured, **jsonable(summary)))
    if c.draft is not None:
        data = {"id": c.draft.label, "where": c.draft.where, **data}
    return data


def _print_json(data: Any) -> None:
    print(json.dumps(jsonable(data), indent=2, ensure_ascii=False))


def _check_one(args: argparse.Namespace, platforms: Sequence[Platform]) -> list[_Checked]:
    if not platforms:
        raise ValidationError(
            "--platform",
            N_("no platform given"),
            allowed=N_("expected --platform, e.g. --platform linkedin"),
        )
    text = _read_post_text(args.file).removesuffix("\n")
    post = Post(text=text, media=tuple(Media(kind=k) for k in args.media), sponsored=args.sponsored)
    tiers = {p.slug: _tier(p, args.tier, "--tier") for p in platforms}
    checked = [
        _Checked(draft=None, platform=p, result=_assess(post, p, tiers[p.slug], args))
        for p in platforms
    ]
    if args.json:
        _print_json(_json(checked[0]) if len(checked) == 1 else [_json(c) for c in checked])
        return checked
    blocks = []
    for c in checked:
        lines = [_headline(c, bool(text.strip()))]
        if c.result.findings:
            lines.append(_findings_table(c.result))
        lines += _skipped(c.result)
        blocks.append("\n".join(lines))
    print("\n\n".join(blocks))
    return checked


def _draft_platforms(draft: Draft, default: Sequence[Platform]) -> tuple[Platform, ...]:
    if draft.platforms:
        return platforms_of(draft.platforms, f"{draft.where}: platform")
    if not default:
        raise ValidationError(
            f"{draft.where}: platform",
            N_("no platform for this draft"),
            allowed=N_("expected a platform column or --platform"),
        )
    return tuple(default)


def _check_drafts(args: argparse.Namespace, platforms: Sequence[Platform]) -> list[_Checked]:
    if args.file is not None:
        raise ValidationError(
            "socialkit check", N_("got a FILE and --drafts"), allowed=N_("expected one of them")
        )
    if args.media or args.sponsored:
        raise ValidationError(
            "--drafts",
            N_("--media and --sponsored describe one post"),
            allowed=N_("expected the media and sponsored columns of the drafts file"),
        )
    checked = []
    for draft in read_drafts(args.drafts, tz=args.zone):
        for p in _draft_platforms(draft, platforms):
            tier = draft.tier or args.tier
            where = f"{draft.where}: tier" if draft.tier else "--tier"
            result = _assess(draft.post, p, _tier(p, tier, where), args)
            checked.append(_Checked(draft=draft, platform=p, result=result))
    if args.json:
        _print_json([_json(c) for c in checked])
        return checked
    rows = [
        (
            c.draft.label if c.draft else "-",
            c.platform.slug,
            "-" if c.result.text is None else str(c.result.text.length),
            c.result.fits,
            str(c.result.score),
            str(len(c.result.by_severity(Severity.ERROR))),
            str(len(c.result.by_severity(Severity.WARNING))),
            str(len(c.result.by_severity(Severity.TIP))),
        )
        for c in checked
    ]
    drafts = len({c.draft.where for c in checked if c.draft})
    sections = [
        f"{drafts} draft{'s' if drafts != 1 else ''}, {len(checked)} checks "
        "(score: a heuristic, the share of socialkit's checks that pass)",
        table(
            [
                H_("draft"),
                H_("platform"),
                H_("length"),
                H_("fits"),
                H_("score"),
                H_("errors"),
                H_("warnings"),
                H_("tips"),
            ],
            rows,
        ),
    ]
    for c in checked:
        if c.result.findings:
            assert c.draft is not None
            sections.append(f"draft {c.draft.label} ({c.draft.where}) on {_block(c)}")
    print("\n\n".join(sections))
    return checked


def _read_calendar(args: argparse.Namespace) -> ContentCalendar:
    """The calendar of ``--calendar`` (.json, .csv with ``--tz``, or .ics socialkit wrote)."""
    path = args.calendar
    where = f"--calendar {path}"
    suffix = Path(path).suffix.lower()
    if suffix not in (".json", ".csv", ".ics"):
        raise ValidationError(
            where,
            tr("unknown extension {suffix!r}", suffix=suffix),
            allowed=tr("expected .json, .csv or .ics"),
        )
    if suffix == ".csv" and args.zone is None:
        raise ValidationError(
            "--tz",
            N_("a CSV calendar has no time zone"),
            allowed=N_("expected --tz with a .csv calendar"),
        )
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problem = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise ValidationError(
            where, problem, allowed=N_("expected a readable UTF-8 file")
        ) from error
    try:
        if suffix == ".json":
            return from_json(text)
        if suffix == ".csv":
            return from_csv(text, tz=args.zone)
        return from_ics(text)
    except SocialkitError as error:
        raise SocialkitError(tr("{where}: {error}", where=where, error=error)) from error


def _item_json(entry: ItemAssessment, platform: Platform) -> dict[str, Any]:
    head: dict[str, Any] = {
        "id": entry.id,
        "platform": entry.platform,
        "start": entry.start.isoformat(),
        "status": str(entry.status),
        "blocking": entry.blocking,
        "reasons": list(entry.reasons),
    }
    a = entry.assessment
    if a is None:
        return {**head, "assessment": None}
    checked = _Checked(draft=None, platform=platform, result=a)
    return {**head, "assessment": _json(checked)}


def _check_calendar(args: argparse.Namespace, platforms: Sequence[Platform]) -> int:
    if args.file is not None or args.drafts is not None or args.media or args.sponsored:
        raise ValidationError(
            "--calendar",
            N_("got FILE, --drafts, --media or --sponsored too"),
            allowed=N_("expected --calendar alone: its slots carry their posts"),
        )
    tiers: dict[str, str] = {}
    if args.tier is not None:
        if not platforms:
            raise ValidationError(
                "--tier",
                N_("no platform for the tier"),
                allowed=N_("expected --platform with --tier"),
            )
        tiers = {p.slug: t for p in platforms if (t := _tier(p, args.tier, "--tier"))}
    calendar = _read_calendar(args)
    with named(f"--calendar {args.calendar}"):
        result = calendar.assess(tiers=tiers)
    wanted = {p.slug for p in platforms}
    entries = [e for e in result.items if not wanted or e.platform in wanted]
    result = CalendarAssessment(items=entries)
    known = {e.platform: get_platform(e.platform) for e in entries}
    if args.json:
        _print_json([_item_json(e, known[e.platform]) for e in entries])
    else:
        sections = [str(result)]
        for e in entries:
            if e.assessment is not None and e.assessment.findings:
                c = _Checked(draft=None, platform=known[e.platform], result=e.assessment)
                sections.append(f"{e.id} ({e.start:%Y-%m-%d %H:%M}) on {_block(c)}")
        print("\n\n".join(sections))
    warn_if_stale(known.values())
    if args.fail_on is FailOn.NEVER:
        return 0
    failing = [e for e in entries if e.assessment is None or fails(e.assessment, args.fail_on)]
    return 1 if failing else 0


def _check(args: argparse.Namespace) -> int:
    """Assess a post or a file of drafts on each platform; the exit code follows ``--fail-on``."""
    args.zone = None
    if args.tz is not None:
        with named("--tz"):
            args.zone = to_zone(args.tz, "--tz")
    platforms = platforms_of(args.platform)
    if args.calendar is not None:
        return _check_calendar(args, platforms)
    if args.drafts is not None:
        checked = _check_drafts(args, platforms)
    elif args.file is not None:
        checked = _check_one(args, platforms)
    else:
        raise ValidationError(
            "socialkit check",
            N_("no post given"),
            allowed=N_("expected FILE (or -), --drafts FILE or --calendar FILE"),
        )
    warn_if_stale(c.platform for c in checked)
    return 1 if any(fails(c.result, args.fail_on) for c in checked) else 0


def add_check_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``check`` on the ``socialkit`` parser."""
    p = sub.add_parser(
        "check",
        help="assess a post or a file of drafts for one or several platforms",
        description="Assess a post (FILE, or - for stdin) or a file of drafts (--drafts, "
        "CSV or JSON Lines) for each --platform. Exit 0: no finding reaches --fail-on; "
        "1: one does (default: an error finding or a broken hard limit); 2: bad input.",
        epilog=f"Drafts columns: {', '.join(COLUMNS)} (only text is required; platform "
        "defaults to --platform; see the docs, 'Assessing posts').",
    )
    p.add_argument(
        "file",
        nargs="?",
        type=file_name,
        metavar="FILE",
        help="file holding the post text (the description on YouTube and Pinterest), or - for stdin",
    )
    p.add_argument(
        "--drafts",
        type=file_name,
        metavar="DRAFTS",
        help="a CSV or JSON Lines (.jsonl) file of drafts, one post a row, instead of FILE",
    )
    p.add_argument(
        "--calendar",
        type=file_name,
        metavar="CALENDAR",
        help="a filled calendar (.json, .csv with --tz, or an .ics socialkit wrote): every "
        "slot checked in its place; an open slot blocks, so it fails too",
    )
    p.add_argument(
        "--platform",
        action="append",
        default=[],
        metavar="PLATFORM",
        help="platform slug or alias, repeatable or comma-separated: --platform x,linkedin; "
        f"one of: {platform_slugs()}",
    )
    p.add_argument("--tier", default=None, help="paid tier with other limits, e.g. premium")
    p.add_argument(
        "--media",
        action="append",
        default=[],
        type=enum_type(MediaKind),
        metavar="KIND",
        help=f"attached media, repeatable; one of: {', '.join(MediaKind)}",
    )
    p.add_argument("--sponsored", action="store_true", help="a paid or incentivised post")
    p.add_argument(
        "--fail-on",
        type=enum_type(FailOn),
        default=FailOn.ERROR,
        metavar="LEVEL",
        help=f"least severe finding that exits 1; one of: {', '.join(FailOn)} (default: error)",
    )
    p.add_argument(
        "--tz",
        help="the audience's time zone (IANA name), needed for drafts with a scheduled_at",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=_check)
