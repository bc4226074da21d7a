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
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from json.encoder import encode_basestring, encode_basestring_ascii
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, overload
from zoneinfo import ZoneInfo

import attrs

from socialkit._core.i18n import N_, tr
from socialkit._core.printing import LONE_SURROGATE
from socialkit._core.table import pandas_module
from socialkit._core.time import to_zone
from socialkit._core.validate import of_type, refuse_lone_surrogate, shown, to_path
from socialkit.calendar._model import CalendarItem, ContentCalendar, PlanIssue
from socialkit.errors import SocialkitError, SocialkitTypeError, ValidationError
from socialkit.frequency._rules import FrequencyRule
from socialkit.io._frequency import (
    frequency_rule_from_dict,
    frequency_rule_from_v1,
    frequency_rule_to_dict,
)
from socialkit.io._ics import CALENDAR_PROPERTY, ITEM_PROPERTY, ics_text, read_ics_properties
from socialkit.posts._model import Comment, Media, Post

if TYPE_CHECKING:
    import pandas

__all__ = [
    "check_output",
    "from_csv",
    "from_ics",
    "from_json",
    "post_from_dict",
    "post_to_dict",
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
    "status",
    "assignee",
    "zone",
    "post_text",
    "post",
)
"""The CSV columns: an item's fields, its own zone when it is not the calendar's,
then its post (``post_text``, and the post's other fields as JSON in ``post``)."""
REQUIRED_FIELDS = FIELDS[:10]
"""The columns every CSV has: files written before posts and statuses read as they were."""


def _minutes(value: timedelta) -> int | float:
    minutes = value.total_seconds() / 60
    return int(minutes) if minutes.is_integer() else minutes


def _timed(
    cal: ContentCalendar, items: Iterable[CalendarItem] | None = None
) -> Iterator[tuple[CalendarItem, str, int | float]]:
    """Each item with its start in ISO 8601 (the audience's zone) and its minutes.

    Items share starts (every platform's interaction at 17:00) and durations, so
    each is formatted once: a year over 12 platforms has 2,606 starts for 9,514
    items, and formatting them was most of :func:`to_json`.
    """
    starts: dict[tuple[datetime, int], str] = {}
    minutes: dict[timedelta, int | float] = {}
    for item in cal.items if items is None else items:
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
    cal = of_type(cal, ContentCalendar, "socialkit.io.to_records(cal)")
    return [_record(item, start, length, cal.tz) for item, start, length in _timed(cal)]


def _record(item: CalendarItem, start: str, length: int | float, zone: ZoneInfo) -> dict[str, Any]:
    return {
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
        "status": item.status.value,
        "assignee": item.assignee,
        "zone": _own_zone(item.start.tzinfo, zone),
        "post": None if item.post is None else post_to_dict(item.post),
    }


def _own_zone(own: tzinfo | None, zone: ZoneInfo) -> str | None:
    """The item's zone when it is not the calendar's: an IANA key, or a fixed ``+HH:MM``."""
    if own is zone:
        return None
    if isinstance(own, ZoneInfo):
        return None if own.key == zone.key else own.key
    offset = own.utcoffset(None) if own is not None else None
    if offset is None:  # a zone of its own kind (dateutil): its instant is kept, not its rules
        return None
    return _offset_text(offset)


def _offset_text(offset: timedelta) -> str:
    sign = "-" if offset < timedelta(0) else "+"
    seconds = int(abs(offset).total_seconds())
    text = f"{sign}{seconds // 3600:02d}:{seconds // 60 % 60:02d}"
    return f"{text}:{seconds % 60:02d}" if seconds % 60 else text


def _zone_of(value: str, where: str) -> tzinfo:
    if value[:1] in "+-":
        try:
            return datetime.fromisoformat(f"2000-01-01T00:00{value}").tzinfo or UTC
        except ValueError as error:
            raise ValidationError(
                f"{where}: zone",
                tr("got {value!r:.80}", value=value),
                allowed=N_("an IANA zone or +HH:MM"),
            ) from error
    return to_zone(value, f"{where}: zone")


# -- posts ------------------------------------------------------------------------------

_MEDIA_DEFAULTS = {f.name: f.default for f in attrs.fields(Media) if f.name != "kind"}
_POST_DEFAULTS = {
    f.name: f.default for f in attrs.fields(Post) if f.name not in ("text", "scheduled_at")
}


def _seconds(value: timedelta) -> int | float:
    seconds = value.total_seconds()
    return int(seconds) if seconds.is_integer() else seconds


def post_to_dict(post: Post) -> dict[str, Any]:
    """A :class:`~socialkit.posts.Post` as JSON-ready data: ``text`` and every field
    that is not its default (media durations in seconds).

    ``scheduled_at`` is left out: in a calendar it is the slot's start. The
    inverse is :func:`post_from_dict`.

    >>> from socialkit.posts import Media, Post
    >>> post_to_dict(Post(text="Hi #bread", media=[Media.image(alt_text="a loaf")]))
    {'text': 'Hi #bread', 'media': [{'kind': 'image', 'alt_text': 'a loaf'}]}
    >>> post_from_dict(post_to_dict(Post(text="Hi", links=["https://ex.com"]))).links
    ('https://ex.com',)
    """
    if not isinstance(post, Post):
        raise SocialkitTypeError("post_to_dict(post)", post, expected="a Post")
    out: dict[str, Any] = {"text": post.text}
    for name, default in _POST_DEFAULTS.items():
        value = getattr(post, name)
        if value == default:
            continue
        if name == "media":
            value = [_media_to_dict(m) for m in value]
        elif name == "first_comment":
            value = {"text": value.text, "by_author": value.by_author}
        elif isinstance(value, tuple):
            value = list(value)
        elif name in ("format", "purpose"):
            value = value.value
        out[name] = value
    return out


def _media_to_dict(media: Media) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": media.kind.value}
    for name, default in _MEDIA_DEFAULTS.items():
        value = getattr(media, name)
        if value != default:
            out[name] = _seconds(value) if name == "duration" else value
    return out


def post_from_dict(data: object, where: str = "post") -> Post:
    """The :class:`~socialkit.posts.Post` of :func:`post_to_dict`'s data; errors name ``where``.

    Unknown keys are refused (a typo is never dropped silently).
    """
    where = of_type(where, str, "post_from_dict(where)")
    if not isinstance(data, dict):
        raise ValidationError(
            where, tr("got {data}", data=shown(data)), allowed=N_("expected an object")
        )
    known = {"text", *_POST_DEFAULTS}
    extra = sorted(set(data) - known)
    if extra:
        raise ValidationError(
            where,
            tr("unknown keys {extra}", extra=extra),
            allowed=tr("expected keys among {names}", names=sorted(known)),
        )
    fields = dict(data)
    try:
        if "media" in fields:
            fields["media"] = [
                _media_from_dict(m, f"{where}.media[{n}]")
                for n, m in enumerate(_list(fields["media"], f"{where}.media"))
            ]
        if "first_comment" in fields:
            comment = fields["first_comment"]
            if not isinstance(comment, dict):
                raise ValidationError(
                    f"{where}.first_comment",
                    tr("got {comment!r:.80}", comment=comment),
                    allowed=N_("expected an object"),
                )
            fields["first_comment"] = Comment(**comment)
        for name in ("links", "keywords"):
            if name in fields:
                fields[name] = _list(fields[name], f"{where}.{name}")
        return Post(**fields)
    except SocialkitError:
        raise
    except (TypeError, ValueError, ArithmeticError) as error:
        raise ValidationError(
            where,
            tr("cannot read {data!r:.200} ({error})", data=data, error=error),
            allowed=N_("expected post_to_dict() data"),
        ) from error


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValidationError(
            where, tr("got {value!r:.80}", value=value), allowed=N_("expected a list")
        )
    return value


def _media_from_dict(data: object, where: str) -> Media:
    if not isinstance(data, dict):
        raise ValidationError(
            where, tr("got {data!r:.80}", data=data), allowed=N_("expected an object")
        )
    fields = dict(data)
    if "duration" in fields and fields["duration"] is not None:
        seconds = fields["duration"]
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise ValidationError(
                f"{where}.duration",
                tr("got {seconds!r:.80}", seconds=seconds),
                allowed=N_("expected a number of seconds"),
            )
        try:
            fields["duration"] = timedelta(seconds=seconds)
        except (OverflowError, ValueError) as error:
            raise ValidationError(
                f"{where}.duration",
                tr("got {seconds!r:.80}", seconds=seconds),
                allowed=N_("expected a number of seconds"),
            ) from error
    try:
        return Media(**fields)
    except TypeError as error:
        raise ValidationError(
            where,
            tr("cannot read {data!r:.200} ({error})", data=data, error=error),
            allowed=N_("expected media of post_to_dict()"),
        ) from error


# -- text every format can carry ---------------------------------------------------------


def _texts(item: CalendarItem) -> Iterator[tuple[str, str]]:
    """(field path, text) of every string an item writes, its post's included."""
    yield "title", item.title
    for name in ("id", "category", "content", "assignee"):
        value = getattr(item, name)
        if value is not None:
            yield name, value
    post = item.post
    if post is None:
        return
    for name in ("text", "title", "description", "experiment"):
        value = getattr(post, name)
        if value:
            yield f"post.{name}", value
    for name in ("links", "keywords"):
        for n, value in enumerate(getattr(post, name)):
            yield f"post.{name}[{n}]", value
    if post.first_comment is not None:
        yield "post.first_comment.text", post.first_comment.text
    for n, media in enumerate(post.media):
        if media.alt_text:
            yield f"post.media[{n}].alt_text", media.alt_text


def check_text(cal: ContentCalendar, where: str) -> None:
    """Raise unless every text of ``cal`` can be written by every format, naming the first that can't.

    Lone surrogates are refused alike by :func:`to_json`, :func:`to_csv` and
    :func:`to_ics`: one answer in every format, never a file that cannot be
    encoded. Control characters are kept: JSON escapes them, CSV holds them
    as they are, and iCalendar keeps them in its exact ``X-SOCIALKIT-ITEM``
    record (ASCII JSON) while its visible text shows U+FFFD, since RFC 5545
    allows no control character on a content line.
    """
    strings = [  # every text _texts gives, without its field paths: the items' own, then posts'
        t
        for item in cal.items
        for t in (item.title, item.id, item.category, item.content, item.assignee)
        if t is not None
    ]
    strings += [t for item in cal.items if item.post is not None for _, t in _texts(item)]
    strings += [i.reason for i in cal.issues]
    if not LONE_SURROGATE.search("\n".join(strings)):
        return
    for item in cal.items:
        for field, text in _texts(item):
            refuse_lone_surrogate(text, f"{where}: items[{item.id!r}].{field}")
    for issue in cal.issues:
        found = LONE_SURROGATE.search(issue.reason)
        if found:
            raise ValidationError(
                f"{where}: issues",
                tr(
                    "character {character!r} in {reason!r:.80}",
                    character=found.group(),
                    reason=issue.reason,
                ),
                allowed=N_("expected text without lone surrogates or control characters"),
            )


def _item(record: dict[str, Any], tz: tzinfo, where: str, post: Post | None = None) -> CalendarItem:
    """The item of one record; ``post`` is its post when the caller read it (CSV)."""
    start = _read(record, "start", where, lambda v: datetime.fromisoformat(str(v)))
    duration = _read(record, "duration_minutes", where, lambda v: timedelta(minutes=float(v)))
    zone = record.get("zone") or None
    own = tz if zone is None else _zone_of(str(zone), where)
    if post is None and record.get("post") is not None:
        post = post_from_dict(record["post"], f"{where}: post")
    try:
        return CalendarItem(
            id=record["id"],
            platform=record["platform"],
            kind=record["kind"],
            start=start.astimezone(own) if start.tzinfo is not None else start,
            duration=duration,
            title=record["title"],
            category=record.get("category") or None,
            stage=record.get("stage") or None,
            content_type=record.get("content_type") or None,
            content=record.get("content") or None,
            post=post,
            status=record.get("status") or ("planned" if post is None else "draft"),
            assignee=record.get("assignee") or None,
        )
    except SocialkitError:
        raise
    except (KeyError, ValueError, TypeError, AttributeError, ArithmeticError) as error:
        raise ValidationError(
            where,
            tr("cannot read item {record!r:.200} ({error!r})", record=record, error=error),
            allowed=tr("expected fields {FIELDS}", FIELDS=FIELDS),
        ) from error


def _read(record: dict[str, Any], name: str, where: str, read: Callable[[Any], T]) -> T:
    """``read(record[name])``, with the field named when it is missing or malformed."""
    try:
        return read(record[name])
    except (KeyError, TypeError) as error:
        if isinstance(error, KeyError) or not isinstance(record, dict):
            raise ValidationError(
                where,
                tr("no {name!r} in {record!r:.200}", name=name, record=record),
                allowed=tr("expected fields {FIELDS}", FIELDS=FIELDS),
            ) from error
        raise _bad_field(where, name, record[name], error) from error
    except (ValueError, ArithmeticError) as error:
        raise _bad_field(where, name, record[name], error) from error


def _bad_field(where: str, name: str, value: object, error: Exception) -> ValidationError:
    return ValidationError(
        f"{where}: {name}",
        tr("got {value!r:.80} ({error})", value=value, error=error),
        allowed=N_("expected an ISO 8601 datetime")
        if name == "start"
        else N_("expected a number of minutes"),
    )


def _read_rule(platform: str, data: object, version: int) -> FrequencyRule:
    """One platform's rule, in the codec of its file's version, the platform named in errors."""
    where = f"socialkit.io.from_json: rules.{platform}"
    if not isinstance(data, dict):
        raise ValidationError(
            where, tr("got {data}", data=shown(data)), allowed=N_("expected an object")
        )
    if version == 1:  # seconds and a list of ranges: the format before the one codec
        return frequency_rule_from_v1(data, where)
    return frequency_rule_from_dict(data, where)


_JSON: dict[str, Any] = {"separators": (",", ":"), "sort_keys": True, "ensure_ascii": False}
"""Compact, so :mod:`json` uses its C encoder (``indent`` forces the pure-Python one,
2.4 times slower); sorted keys keep the bytes deterministic. Readers take any
layout, so the indented files of earlier versions read the same."""


_ASCII_JSON: dict[str, Any] = {**_JSON, "ensure_ascii": True}
"""JSON for iCalendar properties: every control character escaped, as RFC 5545 wants."""


def _header(cal: ContentCalendar) -> tuple[dict[str, Any], dict[str, Any]]:
    """The calendar's data but its items: the keys sorting before ``items``, and after."""
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
    return before, after


@overload
def to_json(cal: ContentCalendar, path: None = None) -> str: ...
@overload
def to_json(cal: ContentCalendar, path: str | os.PathLike[str]) -> None: ...
def to_json(cal: ContentCalendar, path: str | os.PathLike[str] | None = None) -> str | None:
    """The whole calendar (items and their posts, rules, issues) as compact JSON with
    sorted keys, one line; with ``path``, written there (UTF-8) and ``None`` returned.

    Text a file cannot hold (lone surrogates, control characters but tab, line
    feed and carriage return) is refused, as by :func:`to_csv` and :func:`to_ics`.

    >>> from datetime import date
    >>> import socialkit
    >>> spec = socialkit.PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris")
    >>> cal = socialkit.plan(spec, start=date(2026, 11, 23), end=date(2026, 11, 30))
    >>> to_json(cal)[:60]
    '{"end":"2026-11-30","format":"socialkit.calendar","issues":['
    """
    cal = of_type(cal, ContentCalendar, "socialkit.io.to_json(cal)")
    before, after = _header(cal)
    check_text(cal, "socialkit.io.to_json")
    head, tail = json.dumps(before, **_JSON), json.dumps(after, **_JSON)
    return write_text(f'{head[:-1]},"items":{_items_json(cal)},{tail[1:]}\n', path, "to_json")


def _items_json(cal: ContentCalendar) -> str:
    """The items as :func:`json.dumps` of :func:`to_records` writes them, without the dicts."""
    return f"[{','.join(_item_texts(cal, cal.items, ascii=False))}]"


def _item_texts(cal: ContentCalendar, items: Iterable[CalendarItem], *, ascii: bool) -> list[str]:
    """Each item's record as :func:`json.dumps` writes it (``_JSON``, or ``_ASCII_JSON``
    when ``ascii``), without building the dicts.

    Building one dict per item cost as much as encoding them; each item is
    written straight from its fields (keys in sorted order, strings through the
    json module's own C escaper; a kind or status, a ``StrEnum``, is escaped as
    its value). Property tests hold it to ``json.dumps`` of
    :func:`to_records` (:func:`to_json`) and of each item's record (:func:`to_ics`).
    """
    escape = encode_basestring_ascii if ascii else encode_basestring
    options = _ASCII_JSON if ascii else _JSON

    def text(value: str | None) -> str:
        return "null" if value is None else escape(value)

    starts: dict[str, str] = {}  # each shared start and length encoded once, too
    lengths: dict[int | float, str] = {}
    out = []
    zone = cal.tz
    for item, start, length in _timed(cal, items):
        encoded = starts.get(start) or starts.setdefault(start, escape(start))
        minutes = lengths.get(length) or lengths.setdefault(length, json.dumps(length))
        post = "null" if item.post is None else json.dumps(post_to_dict(item.post), **options)
        own = item.start.tzinfo
        zone_text = "null" if own is zone else text(_own_zone(own, zone))
        out.append(
            f'{{"assignee":{text(item.assignee)},'
            f'"category":{text(item.category)},"content":{text(item.content)},'
            f'"content_type":{text(item.content_type)},"duration_minutes":{minutes},'
            f'"id":{escape(item.id)},"kind":{escape(item.kind)},'
            f'"platform":{escape(item.platform)},"post":{post},'
            f'"stage":{text(item.stage)},"start":{encoded},'
            f'"status":{escape(item.status)},'
            f'"title":{escape(item.title)},"zone":{zone_text}}}'
        )
    return out


def _calendar(
    data: dict[str, Any], version: int, records: Iterable[Any], where: str
) -> ContentCalendar:
    tz = to_zone(data["tz"])
    return ContentCalendar(
        tz=tz,
        start=date.fromisoformat(data["start"]),
        end=date.fromisoformat(data["end"]),
        items=[_item(r, tz, f"{where}: items[{n}]") for n, r in enumerate(records)],
        rules={p: _read_rule(p, r, version) for p, r in data["rules"].items()},
        issues=[PlanIssue(**i) for i in data["issues"]],
    )


def from_json(text: str) -> ContentCalendar:
    """Read :func:`to_json` output back; ``from_json(to_json(cal)) == cal``."""
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValidationError(
                "socialkit.io.from_json",
                N_("not a socialkit calendar"),
                allowed=tr("format={FORMAT!r}", FORMAT=FORMAT),
            )
        version = data.get("version")
        if version not in READABLE_VERSIONS:
            raise ValidationError(
                "socialkit.io.from_json",
                tr("version {version!r}", version=version),
                allowed=tr(
                    "expected one of {READABLE_VERSIONS} (a newer socialkit wrote it?)",
                    READABLE_VERSIONS=READABLE_VERSIONS,
                ),
            )
        return _calendar(data, version, data["items"], "socialkit.io.from_json")
    except SocialkitError:
        raise
    except RecursionError as error:
        raise ValidationError(
            "socialkit.io.from_json",
            N_("JSON nested too deeply"),
            allowed=N_("expected the output of socialkit.io.to_json()"),
        ) from error
    except (KeyError, ValueError, TypeError, AttributeError, ArithmeticError) as error:
        raise ValidationError(
            "socialkit.io.from_json",
            tr("malformed calendar JSON ({error!r:.200})", error=error),
            allowed=N_("expected the output of socialkit.io.to_json()"),
        ) from error


@overload
def to_csv(cal: ContentCalendar, path: None = None) -> str: ...
@overload
def to_csv(cal: ContentCalendar, path: str | os.PathLike[str]) -> None: ...
def to_csv(cal: ContentCalendar, path: str | os.PathLike[str] | None = None) -> str | None:
    """One row per item with the columns of :data:`FIELDS` (``\\r\\n`` line ends, RFC 4180);
    with ``path``, written there (UTF-8) and ``None`` returned.

    A post's text is the ``post_text`` column and its other fields are JSON in
    ``post`` (``{}`` for a post of text alone, empty for a slot without one),
    so a spreadsheet shows the text and the file reads back exactly.
    """
    cal = of_type(cal, ContentCalendar, "socialkit.io.to_csv(cal)")
    check_text(cal, "socialkit.io.to_csv")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    for record in to_records(cal):
        post = record.pop("post")
        if post is not None:
            record["post_text"] = post.pop("text")
            record["post"] = json.dumps(post, **_JSON)
        writer.writerow({k: "" if v is None else v for k, v in record.items()})
    return write_text(out.getvalue(), path, "to_csv")


def from_csv(text: str, *, tz: tzinfo | str) -> ContentCalendar:
    """A calendar of the items in ``text``; its range spans the items' local dates.

    CSV carries items only: the rules and issues of the original calendar are
    not in it, so compare ``.items``, not whole calendars.
    """
    zone = to_zone(tz)
    if not isinstance(text, str):
        raise SocialkitTypeError(
            "socialkit.io.from_csv(text)", text, expected=N_("the CSV text (str)")
        )
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames is None or set(REQUIRED_FIELDS) - set(reader.fieldnames):
        raise ValidationError(
            "socialkit.io.from_csv",
            tr("columns {fieldnames}", fieldnames=reader.fieldnames),
            allowed=tr("expected {FIELDS}", FIELDS=FIELDS),
        )
    items = [_row_item(row, zone, f"from_csv(line {reader.line_num})") for row in reader]
    if not items:
        raise ValidationError("socialkit.io.from_csv", N_("no rows"), allowed=N_("expected items"))
    days = [i.start.astimezone(zone).date() for i in items]
    return ContentCalendar(tz=zone, start=min(days), end=max(days) + timedelta(days=1), items=items)


@overload
def to_ics(
    cal: ContentCalendar,
    path: None = None,
    *,
    interaction: bool = True,
    recurring: bool = True,
) -> str: ...
@overload
def to_ics(
    cal: ContentCalendar,
    path: str | os.PathLike[str],
    *,
    interaction: bool = True,
    recurring: bool = True,
) -> None: ...
def to_ics(
    cal: ContentCalendar,
    path: str | os.PathLike[str] | None = None,
    *,
    interaction: bool = True,
    recurring: bool = True,
) -> str | None:
    """RFC 5545 text: one VEVENT per item, with the VTIMEZONE their times need; with
    ``path``, written there (UTF-8) and ``None`` returned.

    UIDs are ``<item id>@socialkit`` (stable, so a re-import updates events);
    DTSTAMP is the calendar's first local midnight in UTC, never the clock, so
    the output is byte-identical for the same calendar. DESCRIPTION says what
    the item is (platform, kind, category, stage, content, assignee, status)
    and then gives its post's text. ``interaction=False`` leaves the
    interaction blocks out; with ``recurring`` (the default), blocks repeated
    day after day at the same time are one event with an
    ``RRULE:FREQ=DAILY;COUNT=n`` (its UID the first block's). A repeated
    fall-back wall time (the second 01:30) is written as the UTC instant it is.

    Every event also carries its item's exact record in an
    ``X-SOCIALKIT-ITEM`` property (and the calendar its range, rules and
    issues in ``X-SOCIALKIT-CALENDAR``), which calendar apps ignore:
    :func:`from_ics` reads the file back to an equal calendar, sub-second
    times, content, posts and carriage returns included.

    >>> from datetime import date
    >>> import socialkit
    >>> spec = socialkit.PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris")
    >>> cal = socialkit.plan(spec, start=date(2026, 11, 23), end=date(2026, 11, 30))
    >>> text = to_ics(cal)
    >>> print(*text.splitlines()[:5], sep="\\n")
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//socialkit//content calendar//EN
    CALSCALE:GREGORIAN
    X-WR-TIMEZONE:Europe/Paris
    >>> "DTSTART;TZID=Europe/Paris:20261123T100000\\r\\n" in text
    True
    >>> "RRULE:FREQ=DAILY;COUNT=7" in text  # the daily interaction block
    True
    >>> from_ics(text) == cal
    True
    """
    for name, flag in (("interaction", interaction), ("recurring", recurring)):
        if not isinstance(flag, bool):
            raise SocialkitTypeError(f"socialkit.io.to_ics({name})", flag, expected=N_("a bool"))
    cal = of_type(cal, ContentCalendar, "socialkit.io.to_ics(cal)")
    check_text(cal, "socialkit.io.to_ics")
    before, after = _header(cal)
    items = cal.items if interaction else [i for i in cal.items if i.kind.is_post]
    records = dict(zip(map(id, items), _item_texts(cal, items, ascii=True), strict=True))
    text = ics_text(
        cal,
        interaction=interaction,
        recurring=recurring,
        header=json.dumps({**before, **after}, **_ASCII_JSON),
        record=lambda item: records[id(item)],
    )
    return write_text(text, path, "to_ics")


def from_ics(text: str) -> ContentCalendar:
    """Read :func:`to_ics` output back: ``from_ics(to_ics(cal)) == cal`` (with
    ``interaction=False``, the calendar without its interaction blocks).

    Only files socialkit wrote can be read: the items come from their
    ``X-SOCIALKIT-ITEM`` properties, not from the events a calendar app would
    show (an event edited in an app is read as socialkit wrote it).
    """
    where = "socialkit.io.from_ics"
    if not isinstance(text, str):
        raise SocialkitTypeError(f"{where}(text)", text, expected=N_("the iCalendar text (str)"))
    found = read_ics_properties(text, frozenset({CALENDAR_PROPERTY, ITEM_PROPERTY}))
    headers = [v for name, v in found if name == CALENDAR_PROPERTY]
    if len(headers) != 1:
        raise ValidationError(
            where,
            tr(
                "{count} {CALENDAR_PROPERTY} properties",
                count=len(headers),
                CALENDAR_PROPERTY=CALENDAR_PROPERTY,
            ),
            allowed=N_("expected the output of socialkit.io.to_ics() (one calendar)"),
        )
    try:
        data = json.loads(headers[0])
        records = [json.loads(v) for name, v in found if name == ITEM_PROPERTY]
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValidationError(
                where,
                N_("not a socialkit calendar"),
                allowed=tr("format={FORMAT!r}", FORMAT=FORMAT),
            )
        version = data.get("version")
        if version not in READABLE_VERSIONS:
            raise ValidationError(
                where,
                tr("version {version!r}", version=version),
                allowed=tr(
                    "expected one of {READABLE_VERSIONS}", READABLE_VERSIONS=READABLE_VERSIONS
                ),
            )
        return _calendar(data, version, records, where)
    except SocialkitError:
        raise
    except RecursionError as error:
        raise ValidationError(
            where, N_("JSON nested too deeply"), allowed=N_("expected to_ics() output")
        ) from error
    except (KeyError, ValueError, TypeError, AttributeError, ArithmeticError) as error:
        raise ValidationError(
            where,
            tr("malformed calendar ({error!r:.200})", error=error),
            allowed=N_("expected the output of to_ics()"),
        ) from error


def write_text(text: str, path: str | os.PathLike[str] | None, where: str) -> str | None:
    """``text`` itself without ``path``; with one, ``text`` written there as UTF-8 and ``None``."""
    if path is None:
        return text
    file = to_path(path, f"socialkit.io.{where}(path)")
    try:
        file.write_bytes(text.encode("utf-8"))
    except (OSError, ValueError) as error:
        raise SocialkitError(
            tr(
                "socialkit.io.{where}(path): cannot write {path}: {error}",
                where=where,
                path=path,
                error=error,
            )
        ) from error
    return None


def _row_item(row: dict[str, Any], zone: tzinfo, where: str) -> CalendarItem:
    record = dict(row)
    extra = record.pop("post", None) or ""
    text = record.pop("post_text", None) or ""
    post = None
    if extra:
        try:
            fields = json.loads(extra)
        except (ValueError, RecursionError) as error:
            raise ValidationError(
                f"{where}: post",
                tr("not JSON: {extra!r:.80}", extra=extra),
                allowed=N_("expected a JSON object"),
            ) from error
        if not isinstance(fields, dict) or "text" in fields:
            raise ValidationError(
                f"{where}: post",
                tr("got {extra!r:.80}", extra=extra),
                allowed=N_("expected a JSON object of the post's fields but its text (post_text)"),
            )
        post = post_from_dict({"text": text, **fields}, f"{where}: post")
    elif text:
        post = Post(text=text)
    return _item(record, zone, where, post)


def to_dataframe(cal: ContentCalendar) -> pandas.DataFrame:
    """The records as a DataFrame: ``start`` tz-aware, ``duration`` a Timedelta."""
    pd = pandas_module("socialkit.io.to_dataframe")
    cal = of_type(cal, ContentCalendar, "socialkit.io.to_dataframe(cal)")
    columns = [*REQUIRED_FIELDS, "status", "assignee", "zone", "post"]
    frame: pandas.DataFrame = pd.DataFrame.from_records(to_records(cal), columns=columns)
    frame["start"] = pd.to_datetime(frame["start"], utc=True).dt.tz_convert(cal.tz.key)
    frame["duration"] = pd.to_timedelta(frame.pop("duration_minutes"), unit="min")
    return frame


_WRITERS: dict[str, Callable[[ContentCalendar], str]] = {
    ".ics": to_ics,
    ".csv": to_csv,
    ".json": to_json,
}


def check_output(path: Path) -> None:
    """Raise unless ``path`` names a format :func:`write_calendar` writes and can be written.

    Checked before anything is printed, so a typo in ``--out`` costs nothing. An
    existing file is opened for appending (its content untouched); a new one is
    created and removed again.
    """
    if path.suffix.lower() not in _WRITERS:
        raise ValidationError(
            "--out",
            tr("unknown extension {suffix!r}", suffix=path.suffix),
            allowed=tr("expected .ics, .csv or .json"),
        )
    existed = path.exists()
    try:
        with path.open("ab"):
            pass
    except OSError as error:
        raise SocialkitError(
            tr("--out: cannot write {path}: {value}", path=path, value=error.strerror or error)
        ) from error
    if not existed:
        path.unlink(missing_ok=True)


def write_calendar(cal: ContentCalendar, path: str | os.PathLike[str]) -> None:
    """Write ``cal`` to ``path`` in the format its extension names (.ics, .csv, .json)."""
    cal = of_type(cal, ContentCalendar, "socialkit.io.write_calendar(cal)")
    path = to_path(path, "socialkit.io.write_calendar(path)")
    check_output(path)
    writer = _WRITERS[path.suffix.lower()]
    try:
        path.write_bytes(writer(cal).encode("utf-8"))
    except OSError as error:
        raise SocialkitError(
            tr("--out: cannot write {path}: {strerror}", path=path, strerror=error.strerror)
        ) from error
