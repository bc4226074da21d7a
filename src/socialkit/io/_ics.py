"""iCalendar (RFC 5545) text of a calendar, written directly: no dependency.

A plain writer, because the general-purpose ``icalendar`` objects cost about
fifteen times the plan itself for a year of items. Everything RFC 5545 asks of
the text is here: CRLF line ends, lines folded before 75 octets on UTF-8
character boundaries, TEXT escaping, and a ``VTIMEZONE`` computed from the
zone database for exactly the calendar's range, so readers never guess what a
local time means. The output is a function of the calendar alone (no clock).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from socialkit._core.time import localize
from socialkit.calendar._model import CalendarItem, ContentCalendar

__all__ = ["ics_text", "read_ics_properties"]

_UTC_KEYS = frozenset({"UTC", "Etc/UTC", "Etc/Universal", "Etc/Zulu", "Universal", "Zulu"})
"""Zones written as UTC (``...Z``) with no ``VTIMEZONE``, as RFC 5545 prefers."""
_LIMIT = 75
"""Octets a content line stays under (RFC 5545 §3.1), the CRLF not counted."""
_DAY = timedelta(days=1)
_SECOND = timedelta(seconds=1)
_State = tuple[timedelta, str, bool]
"""What a zone observes at an instant: UTC offset, abbreviation, standard time or not."""
CALENDAR_PROPERTY = "X-SOCIALKIT-CALENDAR"
"""The calendar's own data (range, zone, rules, issues) as JSON, for :func:`socialkit.io.from_ics`."""
ITEM_PROPERTY = "X-SOCIALKIT-ITEM"
"""One item's exact record as JSON (sub-second times, its zone, its post), one per occurrence."""


def ics_text(
    cal: ContentCalendar,
    *,
    interaction: bool,
    recurring: bool,
    header: str,
    record: Callable[[CalendarItem], str],
) -> str:
    """RFC 5545 text of ``cal``: see :func:`socialkit.io.to_ics`.

    ``header`` is the calendar's JSON and ``record(item)`` each item's, written
    as :data:`CALENDAR_PROPERTY` and :data:`ITEM_PROPERTY` so the file reads back
    exactly; calendar apps ignore ``X-`` properties.
    """
    zone = cal.tz
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//socialkit//content calendar//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-TIMEZONE:{_text(zone.key)}",
        f"{CALENDAR_PROPERTY}:{_text(header)}",
    ]
    items = cal.items if interaction else tuple(i for i in cal.items if i.kind.is_post)
    locals_ = [item.start.astimezone(zone) for item in items]
    in_utc = zone.key in _UTC_KEYS
    if not in_utc:
        days = [cal.start, cal.end, *(at.date() for at in locals_)]
        lines += _vtimezone(zone, min(days) - _DAY, max(days) + _DAY)
    stamp = _utc(localize(cal.start, time(0), zone))
    runs = _runs(items, locals_) if recurring else {}
    for n, (item, at) in enumerate(zip(items, locals_, strict=True)):
        run = runs.get(n)
        if run is None:
            lines += _vevent(item, _dtstart(at, zone.key, in_utc), stamp, [record(item)])
        elif run:  # the first of a run: one recurring event for all of them
            event = _vevent(
                item, _dtstart(at, zone.key, in_utc), stamp, [record(items[k]) for k in run]
            )
            event.insert(3, f"RRULE:FREQ=DAILY;COUNT={len(run)}")
            lines += event
    lines.append("END:VCALENDAR")
    return "".join(f"{_fold(line)}\r\n" for line in lines)


def _runs(items: tuple[CalendarItem, ...], locals_: list[datetime]) -> dict[int, list[int]]:
    """Interaction blocks repeated on consecutive days, for one ``FREQ=DAILY`` event each.

    Blocks that differ in nothing but their day (same platform, title, length,
    local wall time, and every other field) and follow each other day by day
    form a run; ``result[first]`` lists the run's indexes and every later index
    maps to ``[]`` (written by the first). A wall time repeated or skipped by a
    clock change ends a run: the RRULE would not name that instant.
    """
    open_runs: dict[tuple[object, ...], list[int]] = {}
    runs: list[list[int]] = []
    for n, (item, at) in enumerate(zip(items, locals_, strict=True)):
        if item.kind.is_post or at.fold or item.post is not None:
            continue
        key = (
            item.platform,
            item.title,
            item.duration,
            at.time(),
            item.category,
            item.stage,
            item.content_type,
            item.content,
            item.status,
            item.assignee,
            item.start.tzinfo,
        )
        run = open_runs.get(key)
        if run is not None and locals_[run[-1]].date() + _DAY == at.date():
            run.append(n)
        else:
            run = open_runs[key] = [n]
            runs.append(run)
    out: dict[int, list[int]] = {}
    for run in runs:
        if len(run) > 1:
            out[run[0]] = run
            out.update((k, []) for k in run[1:])
    return out


def read_ics_properties(text: str, names: frozenset[str]) -> list[tuple[str, str]]:
    """``(name, value)`` of every content line named in ``names``, unfolded and TEXT-unescaped."""
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    found = []
    for line in unfolded.splitlines():
        name, sep, value = line.partition(":")
        if sep and name.upper() in names:
            found.append((name.upper(), _untext(value)))
    return found


def _untext(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _vevent(item: CalendarItem, dtstart: str, stamp: str, records: list[str]) -> list[str]:
    categories = [item.platform, item.kind.value, *filter(None, [item.category])]
    return [
        "BEGIN:VEVENT",
        f"SUMMARY:{_text(item.title)}",
        dtstart,
        f"DURATION:{_duration(item.duration)}",
        f"DTSTAMP:{stamp}",
        f"UID:{_text(item.id)}@socialkit",
        f"CATEGORIES:{','.join(map(_text, categories))}",
        f"DESCRIPTION:{_text(_describe(item))}",
        f"TRANSP:{'TRANSPARENT' if item.kind.is_post else 'OPAQUE'}",
        *(f"{ITEM_PROPERTY}:{_text(r)}" for r in records),
        "END:VEVENT",
    ]


def _describe(item: CalendarItem) -> str:
    """The event's description: what the item is, who has it, and its post's text."""
    parts = [f"platform: {item.platform}", f"kind: {item.kind}"]
    for name in ("category", "stage", "content_type", "content", "assignee"):
        value = getattr(item, name)
        if value:
            parts.append(f"{name.replace('_', ' ')}: {value}")
    if item.status.needs_post:
        parts.append(f"status: {item.status}")
    if item.post is not None and item.post.text:
        parts += ["", item.post.text]
    return "\n".join(parts)


def _dtstart(at: datetime, key: str, in_utc: bool) -> str:
    """Local time with its TZID, or UTC where the local time alone would be misread.

    A wall time repeated by a fall-back (``fold=1``, the second 01:30) means its
    first occurrence to every reader (RFC 5545 §3.3.5), so the second one is
    written as the UTC instant it is.
    """
    if in_utc or at.replace(fold=0).utcoffset() != at.utcoffset():
        return f"DTSTART:{_utc(at)}"
    return f"DTSTART;TZID={key}:{_wall(at)}"


def _wall(at: datetime) -> str:
    """``YYYYMMDDTHHMMSS`` of the wall time, the form RFC 5545 DATE-TIME takes."""
    return f"{at.year:04d}{at.month:02d}{at.day:02d}T{at.hour:02d}{at.minute:02d}{at.second:02d}"


def _utc(at: datetime) -> str:
    return f"{_wall(at.astimezone(UTC))}Z"


def _duration(value: timedelta) -> str:
    """RFC 5545 DURATION (``PT30M``, ``P1DT2H``); sub-second parts are dropped, as before."""
    sign, value = ("-", -value) if value.days < 0 else ("", value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = "".join(
        [
            f"{hours}H" if hours else "",
            f"{minutes}M" if minutes or (hours and seconds) else "",
            f"{seconds}S" if seconds else "",
        ]
    )
    clock = f"T{clock}" if clock else ""
    if value.days == 0 and clock:
        return f"{sign}P{clock}"
    return f"{sign}P{value.days}D{clock}"


def _text(value: str) -> str:
    r"""RFC 5545 TEXT escaping: ``\``, ``;``, ``,`` and line breaks (any of CRLF, LF, CR);
    other control characters, which no content line may hold, become U+FFFD.

    >>> print(_text("a,b;c\\d\r\ne"))
    a\,b\;c\\d\ne
    """
    escaped = value  # each replace only where its character is: most texts have few
    if "\\" in escaped:
        escaped = escaped.replace("\\", "\\\\")
    if ";" in escaped:
        escaped = escaped.replace(";", "\\;")
    if "," in escaped:
        escaped = escaped.replace(",", "\\,")
    if "\r" in escaped or "\n" in escaped:
        escaped = escaped.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    if _CONTROL.search(escaped):  # RFC 5545 §3.1: no CONTROL on a line (the exact text is in
        escaped = _CONTROL.sub("\ufffd", escaped)  # the item's X-SOCIALKIT-ITEM record)
    return escaped


_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")


def _fold(line: str) -> str:
    """``line`` cut into pieces under 75 octets, each continuation led by a space.

    Cuts fall between characters, never inside a UTF-8 sequence, and never just
    after a backslash, so no client sees a TEXT escape split in two.

    >>> _fold("DESCRIPTION:" + "é" * 40).split("\\r\\n ")[0].encode("utf-8")[-2:].decode()
    'é'
    """
    if line.isascii():
        return _fold_ascii(line)
    if len(line.encode("utf-8")) < _LIMIT:
        return line
    return _fold_characters(line)


def _fold_characters(line: str) -> str:
    """The cuts of :func:`_fold`, character by character: any line (the reference path)."""
    pieces: list[str] = []
    piece: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if piece and size + width >= _LIMIT:
            carry = [piece.pop()] if len(piece) > 1 and piece[-1] in "\\^" else []
            pieces.append("".join(piece))
            piece, size = carry, sum(len(c.encode("utf-8")) for c in carry)
        piece.append(char)
        size += width
    pieces.append("".join(piece))
    return "\r\n ".join(pieces)


def _fold_ascii(line: str) -> str:
    """:func:`_fold` of an ASCII line (one octet a character), by slices.

    The same cuts as the character loop: pieces of ``_LIMIT - 1`` characters,
    one fewer when the last would be a backslash or caret (it leads the next
    piece). Item records are long ASCII lines: the loop was most of ``to_ics``.
    """
    size = len(line)
    if size < _LIMIT:
        return line
    pieces = []
    begin, full = 0, _LIMIT - 1
    while size - begin >= _LIMIT:
        cut = begin + full
        if line[cut - 1] in "\\^":
            cut -= 1
        pieces.append(line[begin:cut])
        begin = cut
    pieces.append(line[begin:])
    return "\r\n ".join(pieces)


def _vtimezone(zone: ZoneInfo, first: date, last: date) -> list[str]:
    """The VTIMEZONE of ``zone`` from ``first`` to ``last`` midnight, from the zone database.

    One STANDARD or DAYLIGHT per kind of change (offset before, offset after,
    name), its first onset as DTSTART and the later ones as RDATEs; a first
    observance at ``first`` gives the offset before any change. Each onset is
    written in the offset it ends, as RFC 5545 §3.6.5 wants.
    """
    kinds: dict[tuple[timedelta | None, _State], list[datetime]] = {}
    begin = datetime.combine(first, time(0), zone)
    kinds[None, _state(begin)] = [begin.replace(tzinfo=None)]
    end = datetime.combine(last, time(0), zone).astimezone(UTC)
    for onset, before, after in _changes(begin.astimezone(UTC), end, zone):
        wall = (onset + before[0]).replace(tzinfo=None)
        kinds.setdefault((before[0], after), []).append(wall)
    lines = [
        "BEGIN:VTIMEZONE",
        f"TZID:{zone.key}",
        f"COMMENT:This timezone only works from {first} to {last}.",
    ]
    for (offset_from, (offset_to, name, standard)), onsets in kinds.items():
        kind = "STANDARD" if standard else "DAYLIGHT"
        lines += [f"BEGIN:{kind}", f"DTSTART:{_wall(onsets[0])}"]
        lines += [f"RDATE:{_wall(onset)}" for onset in onsets[1:]]
        lines += [
            f"TZNAME:{_text(name)}",
            f"TZOFFSETFROM:{_offset(offset_to if offset_from is None else offset_from)}",
            f"TZOFFSETTO:{_offset(offset_to)}",
            f"END:{kind}",
        ]
    lines.append("END:VTIMEZONE")
    return lines


def _state(at: datetime) -> _State:
    offset = at.utcoffset()
    assert offset is not None  # aware by construction
    return offset, at.tzname() or _offset(offset), not at.dst()


def _changes(
    begin: datetime, end: datetime, zone: ZoneInfo
) -> Iterator[tuple[datetime, _State, _State]]:
    """Each change of what ``zone`` observes in ``[begin, end)`` (UTC): instant, before, after.

    Days are stepped in UTC and a changing day is bisected to the second (zone
    changes fall on whole seconds); no zone changes twice within a day.
    """
    at, state = begin, _state(begin.astimezone(zone))
    while at < end:
        step = min(at + _DAY, end)
        if _state(step.astimezone(zone)) == state:
            at = step
            continue
        low, high = at, step  # state at low is `state`, at high it is not
        while high - low > _SECOND:
            middle = low + (high - low) / 2
            middle -= timedelta(microseconds=middle.microsecond)
            if _state(middle.astimezone(zone)) == state:
                low = middle
            else:
                high = middle
        after = _state(high.astimezone(zone))
        yield high, state, after
        at, state = high, after


def _offset(value: timedelta) -> str:
    """RFC 5545 UTC-OFFSET: ``+0100``, ``-0930``, seconds only when there are any."""
    sign = "-" if value < timedelta(0) else "+"
    minutes, seconds = divmod(int(abs(value).total_seconds()), 60)
    text = f"{sign}{minutes // 60:02d}{minutes % 60:02d}"
    return f"{text}{seconds:02d}" if seconds else text
