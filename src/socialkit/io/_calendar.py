"""Calendar exports and imports: records, JSON, CSV, iCalendar, pandas, HTML, text.

The edge of the calendar: every function here is deterministic (no clock, keys
sorted, items in calendar order), so the same calendar always gives the same
bytes. ``pandas`` is an optional extra imported lazily inside the one function
that needs it, so ``import socialkit`` stays light; iCalendar is written by
:mod:`socialkit.io._ics` with no dependency.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, tzinfo
from json.encoder import encode_basestring
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from socialkit._core.time import to_zone
from socialkit.calendar._model import CalendarItem, ContentCalendar, PlanIssue
from socialkit.errors import SocialkitError, ValidationError
from socialkit.frequency._rules import FrequencyRule
from socialkit.io._frequency import (
    frequency_rule_from_dict,
    frequency_rule_from_v1,
    frequency_rule_to_dict,
)
from socialkit.io._ics import to_ics

if TYPE_CHECKING:
    import pandas

__all__ = [
    "check_output",
    "from_csv",
    "from_json",
    "to_csv",
    "to_dataframe",
    "to_ics",
    "to_json",
    "to_records",
    "write_calendar",
]

T = TypeVar("T")
FORMAT = "socialkit.calendar"
VERSION = 2
"""The calendar JSON written today: version 2 stores rules with the one
:class:`~socialkit.FrequencyRule` codec (hours, like strategy files)."""
READABLE_VERSIONS = (1, 2)
"""Version 1 (before the one codec) stored ``min_gap_seconds`` and a list of ranges."""
FIELDS = (
    "id",
    "platform",
    "kind",
    "start",
    "duration_minutes",
    "title",
    "category",
    "stage",
    "content_type",
    "content",
)


def _minutes(value: timedelta) -> int | float:
    minutes = value.total_seconds() / 60
    return int(minutes) if minutes.is_integer() else minutes


def _timed(cal: ContentCalendar) -> Iterator[tuple[CalendarItem, str, int | float]]:
    """Each item with its start in ISO 8601 (the audience's zone) and its minutes.

    Items share starts (every platform's interaction at 17:00) and durations, so
    each is formatted once: a year over 12 platforms has 2,606 starts for 9,514
    items, and formatting them was most of :func:`to_json`.
    """
    starts: dict[tuple[datetime, int], str] = {}
    minutes: dict[timedelta, int | float] = {}
    for item in cal.items:
        key = (item.start, item.start.fold)  # equal wall times of one zone differ by fold only
        start = starts.get(key)
        if start is None:
            start = starts[key] = item.start.astimezone(cal.tz).isoformat()
        length = minutes.get(item.duration)
        if length is None:
            length = minutes[item.duration] = _minutes(item.duration)
        yield item, start, length


def to_records(cal: ContentCalendar) -> list[dict[str, Any]]:
    """One dict per item, in calendar order; starts are ISO 8601 in the audience's zone.

    >>> from datetime import date
    >>> import socialkit
    >>> spec = socialkit.PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris")
    >>> cal = socialkit.plan(spec, start=date(2026, 11, 23), end=date(2026, 11, 30))
    >>> record = to_records(cal)[0]
    >>> record["start"], record["duration_minutes"]
    ('2026-11-23T10:00:00+01:00', 30)
    """
    return [
        {
            "id": item.id,
            "platform": item.platform,
            "kind": item.kind.value,
            "start": start,
            "duration_minutes": length,
            "title": item.title,
            "category": item.category,
            "stage": item.stage,
            "content_type": item.content_type,
            "content": item.content,
        }
        for item, start, length in _timed(cal)
    ]


def _item(record: dict[str, Any], tz: tzinfo, where: str) -> CalendarItem:
    start = _read(record, "start", where, lambda v: datetime.fromisoformat(str(v)))
    duration = _read(record, "duration_minutes", where, lambda v: timedelta(minutes=float(v)))
    try:
        return CalendarItem(
            id=record["id"],
            platform=record["platform"],
            kind=record["kind"],
            start=start.astimezone(tz) if start.tzinfo is not None else start,
            duration=duration,
            title=record["title"],
            category=record.get("category") or None,
            stage=record.get("stage") or None,
            content_type=record.get("content_type") or None,
            content=record.get("content") or None,
        )
    except SocialkitError:
        raise
    except (KeyError, ValueError, TypeError, AttributeError, ArithmeticError) as error:
        raise ValidationError(
            where,
            f"cannot read item {record!r:.200} ({error!r})",
            allowed=f"expected fields {FIELDS}",
        ) from error


def _read(record: dict[str, Any], name: str, where: str, read: Callable[[Any], T]) -> T:
    """``read(record[name])``, with the field named when it is missing or malformed."""
    try:
        return read(record[name])
    except (KeyError, TypeError) as error:
        if isinstance(error, KeyError) or not isinstance(record, dict):
            raise ValidationError(
                where, f"no {name!r} in {record!r:.200}", allowed=f"expected fields {FIELDS}"
            ) from error
        raise _bad_field(where, name, record[name], error) from error
    except (ValueError, ArithmeticError) as error:
        raise _bad_field(where, name, record[name], error) from error


def _bad_field(where: str, name: str, value: object, error: Exception) -> ValidationError:
    allowed = "an ISO 8601 datetime" if name == "start" else "a number of minutes"
    return ValidationError(
        f"{where}: {name}", f"got {value!r:.80} ({error})", allowed=f"expected {allowed}"
    )


def _read_rule(platform: str, data: object, version: int) -> FrequencyRule:
    """One platform's rule, in the codec of its file's version, the platform named in errors."""
    where = f"socialkit.io.from_json: rules.{platform}"
    if not isinstance(data, dict):
        raise ValidationError(where, f"got {data!r:.200}", allowed="expected an object")
    if version == 1:  # seconds and a list of ranges: the format before the one codec
        return frequency_rule_from_v1(data, where)
    return frequency_rule_from_dict(data, where)


_JSON: dict[str, Any] = {"separators": (",", ":"), "sort_keys": True, "ensure_ascii": False}
"""Compact, so :mod:`json` uses its C encoder (``indent`` forces the pure-Python one,
2.4 times slower); sorted keys keep the bytes deterministic. Readers take any
layout, so the indented files of earlier versions read the same."""


def to_json(cal: ContentCalendar) -> str:
    """The whole calendar (items, rules, issues) as compact JSON with sorted keys, one line.

    >>> from datetime import date
    >>> import socialkit
    >>> spec = socialkit.PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris")
    >>> cal = socialkit.plan(spec, start=date(2026, 11, 23), end=date(2026, 11, 30))
    >>> to_json(cal)[:60]
    '{"end":"2026-11-30","format":"socialkit.calendar","issues":['
    """
    before = {  # the keys that sort before "items"
        "end": cal.end.isoformat(),
        "format": FORMAT,
        "issues": [
            {
                "platform": i.platform,
                "rule": i.rule,
                "period": i.period,
                "shortfall": i.shortfall,
                "reason": i.reason,
            }
            for i in cal.issues
        ],
    }
    after = {
        "rules": {p: frequency_rule_to_dict(r) for p, r in cal.rules},
        "start": cal.start.isoformat(),
        "tz": cal.tz.key,
        "version": VERSION,
    }
    head, tail = json.dumps(before, **_JSON), json.dumps(after, **_JSON)
    return f'{head[:-1]},"items":{_items_json(cal)},{tail[1:]}\n'


def _text(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


def _items_json(cal: ContentCalendar) -> str:
    """The items as :func:`json.dumps` of :func:`to_records` writes them, without the dicts.

    Building one dict per item cost as much as encoding them; each item is
    written straight from its fields (keys in sorted order, strings through the
    json module's own C escaper). A property test holds it to ``json.dumps``.
    """
    starts: dict[str, str] = {}  # each shared start and length encoded once, too
    lengths: dict[int | float, str] = {}
    out = []
    for item, start, length in _timed(cal):
        encoded = starts.get(start) or starts.setdefault(start, encode_basestring(start))
        minutes = lengths.get(length) or lengths.setdefault(length, json.dumps(length))
        out.append(
            f'{{"category":{_text(item.category)},"content":{_text(item.content)},'
            f'"content_type":{_text(item.content_type)},"duration_minutes":{minutes},'
            f'"id":{encode_basestring(item.id)},"kind":{encode_basestring(item.kind.value)},'
            f'"platform":{encode_basestring(item.platform)},"stage":{_text(item.stage)},'
            f'"start":{encoded},"title":{encode_basestring(item.title)}}}'
        )
    return f"[{','.join(out)}]"


def from_json(text: str) -> ContentCalendar:
    """Read :func:`to_json` output back; ``from_json(to_json(cal)) == cal``."""
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValidationError(
                "socialkit.io.from_json",
                "not a socialkit calendar",
                allowed=f"format={FORMAT!r}",
            )
        version = data.get("version")
        if version not in READABLE_VERSIONS:
            raise ValidationError(
                "socialkit.io.from_json",
                f"version {version!r}",
                allowed=f"expected one of {READABLE_VERSIONS} (a newer socialkit wrote it?)",
            )
        tz = to_zone(data["tz"])
        return ContentCalendar(
            tz=tz,
            start=date.fromisoformat(data["start"]),
            end=date.fromisoformat(data["end"]),
            items=[
                _item(r, tz, f"socialkit.io.from_json: items[{n}]")
                for n, r in enumerate(data["items"])
            ],
            rules={p: _read_rule(p, r, version) for p, r in data["rules"].items()},
            issues=[PlanIssue(**i) for i in data["issues"]],
        )
    except SocialkitError:
        raise
    except RecursionError as error:
        raise ValidationError(
            "socialkit.io.from_json",
            "JSON nested too deeply",
            allowed="expected the output of socialkit.io.to_json()",
        ) from error
    except (KeyError, ValueError, TypeError, AttributeError, ArithmeticError) as error:
        raise ValidationError(
            "socialkit.io.from_json",
            f"malformed calendar JSON ({error!r:.200})",
            allowed="expected the output of socialkit.io.to_json()",
        ) from error


def to_csv(cal: ContentCalendar) -> str:
    """One row per item with the columns of :data:`FIELDS` (``\\r\\n`` line ends, RFC 4180)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    for record in to_records(cal):
        writer.writerow({k: "" if v is None else v for k, v in record.items()})
    return out.getvalue()


def from_csv(text: str, *, tz: tzinfo | str) -> ContentCalendar:
    """A calendar of the items in ``text``; its range spans the items' local dates.

    CSV carries items only: the rules and issues of the original calendar are
    not in it, so compare ``.items``, not whole calendars.
    """
    zone = to_zone(tz)
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or set(FIELDS) - set(reader.fieldnames):
        raise ValidationError(
            "socialkit.io.from_csv", f"columns {reader.fieldnames}", allowed=f"expected {FIELDS}"
        )
    items = [_item(dict(row), zone, f"from_csv(line {n + 2})") for n, row in enumerate(reader)]
    if not items:
        raise ValidationError("socialkit.io.from_csv", "no rows", allowed="expected items")
    days = [i.start.astimezone(zone).date() for i in items]
    return ContentCalendar(tz=zone, start=min(days), end=max(days) + timedelta(days=1), items=items)


def to_dataframe(cal: ContentCalendar) -> pandas.DataFrame:
    """The records as a DataFrame: ``start`` tz-aware, ``duration`` a Timedelta."""
    try:
        import pandas as pd
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise SocialkitError(
            "to_dataframe needs the optional 'pandas' package, which is not installed: "
            "install pandas (python -m pip install pandas) in this environment"
        ) from error
    frame = pd.DataFrame.from_records(to_records(cal), columns=list(FIELDS))
    frame["start"] = pd.to_datetime(frame["start"], utc=True).dt.tz_convert(cal.tz.key)
    frame["duration"] = pd.to_timedelta(frame.pop("duration_minutes"), unit="min")
    return frame


_WRITERS = {".ics": to_ics, ".csv": to_csv, ".json": to_json}


def check_output(path: Path) -> None:
    """Raise unless ``path`` names a format :func:`write_calendar` writes and can be written.

    Checked before anything is printed, so a typo in ``--out`` costs nothing. An
    existing file is opened for appending (its content untouched); a new one is
    created and removed again.
    """
    if path.suffix.lower() not in _WRITERS:
        raise ValidationError(
            "--out", f"unknown extension {path.suffix!r}", allowed="expected .ics, .csv or .json"
        )
    existed = path.exists()
    try:
        with path.open("ab"):
            pass
    except OSError as error:
        raise SocialkitError(f"--out: cannot write {path}: {error.strerror or error}") from error
    if not existed:
        path.unlink(missing_ok=True)


def write_calendar(cal: ContentCalendar, path: Path) -> None:
    """Write ``cal`` to ``path`` in the format its extension names (.ics, .csv, .json)."""
    check_output(path)
    writer = _WRITERS[path.suffix.lower()]
    try:
        path.write_bytes(writer(cal).encode("utf-8"))
    except OSError as error:
        raise SocialkitError(f"--out: cannot write {path}: {error.strerror}") from error
