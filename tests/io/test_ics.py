"""iCalendar export: the plain writer against the icalendar objects it replaced, and two readers.

``reference_ics`` is ``to_ics`` as it was (built with the ``icalendar`` library):
the events must come out byte for byte the same, except where the old writer
was wrong (a repeated fall-back wall time, which it wrote as the first one).
Every export is read back by ``icalendar`` and by ``vobject``, an independent
parser, to the same events.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar.parser.string import _foldline

from socialkit import ContentCalendar, ContentMix, PlanSpec, plan
from socialkit._core.time import localize
from socialkit.calendar import CalendarItem
from socialkit.io import to_ics
from socialkit.io._ics import _describe, _fold, _fold_characters, _text
from strategies import DST_EDGES, ZONES, content_calendars

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


def reference_ics(cal: ContentCalendar) -> str:
    """``to_ics`` before the plain writer: icalendar objects, its VTIMEZONE."""
    ical = icalendar.Calendar()
    ical.add("prodid", "-//socialkit//content calendar//EN")
    ical.add("version", "2.0")
    ical.add("calscale", "GREGORIAN")
    ical.add("x-wr-timezone", cal.tz.key)
    stamp = localize(cal.start, time(0), cal.tz).astimezone(UTC)
    for item in cal.items:
        event = icalendar.Event()
        event.add("uid", f"{item.id}@socialkit")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.start.astimezone(cal.tz))
        event.add("duration", item.duration)
        event.add("summary", item.title)
        event.add("categories", [item.platform, item.kind.value, *filter(None, [item.category])])
        event.add("description", _describe(item))
        event.add("transp", "TRANSPARENT" if item.kind.is_post else "OPAQUE")
        ical.add_component(event)
    days = [cal.start, cal.end, *(i.start.astimezone(cal.tz).date() for i in cal.items)]
    ical.add_missing_timezones(
        first_date=min(days) - timedelta(days=1), last_date=max(days) + timedelta(days=1)
    )
    return str(ical.to_ical().decode("utf-8"))


def _plain(text: str) -> str:
    """``text`` without socialkit's own ``X-SOCIALKIT-`` properties (folded lines included)."""
    kept: list[str] = []
    dropping = False
    for line in text.split("\r\n"):
        if line.startswith(" ") and dropping:
            continue
        dropping = line.startswith("X-SOCIALKIT-")
        if not dropping:
            kept.append(line)
    return "\r\n".join(kept)


def _events(text: str) -> list[str]:
    """The VEVENT blocks of ``text``, as written."""
    return [
        f"BEGIN:VEVENT{block.split('END:VEVENT')[0]}" for block in text.split("BEGIN:VEVENT")[1:]
    ]


def _repeated(at: datetime) -> bool:
    """Whether ``at`` is the second of two equal wall times (a fall-back's repeated hour)."""
    return at.replace(fold=0).utcoffset() != at.utcoffset()


def _seen(text: str) -> str:
    """What a reader gives back for ``text``: TEXT has one line break, ``\\n``, and no
    other control character (each is shown as U+FFFD)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub("[\x00-\x08\x0b-\x1f\x7f]", "\ufffd", text)


Event = tuple[str, datetime, timedelta, str, str]


def expected(cal: ContentCalendar) -> list[Event]:
    return [
        (
            f"{i.id}@socialkit",
            i.start.astimezone(UTC),
            i.duration,
            _seen(i.title),
            _seen(_describe(i)),
        )
        for i in cal.items
    ]


def read_by_icalendar(text: str) -> list[Event]:
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    return [
        (
            str(e["UID"]),
            e.decoded("DTSTART").astimezone(UTC),
            e.decoded("DURATION"),
            str(e["SUMMARY"]),
            str(e["DESCRIPTION"]),
        )
        for e in events
    ]


def read_by_vobject(text: str) -> list[Event]:
    if "BEGIN:VTIMEZONE" in text:  # vobject keeps the first VTIMEZONE of a TZID for good
        block = text[text.index("BEGIN:VTIMEZONE") : text.index("END:VTIMEZONE")]
        zone: Any = vobject.readOne(f"BEGIN:VCALENDAR\r\n{block}END:VTIMEZONE\r\nEND:VCALENDAR\r\n")
        vobject.icalendar.registerTzid(zone.vtimezone.tzid.value, zone.vtimezone.gettzinfo())
    events: list[Any] = vobject.readOne(text).contents.get("vevent", [])
    return [
        (
            e.uid.value,
            e.dtstart.value.astimezone(UTC),
            e.duration.value,
            e.summary.value,
            e.description.value,
        )
        for e in events
    ]


def _calendar(zone: ZoneInfo, *starts: datetime, title: str = "Post") -> ContentCalendar:
    items = [
        CalendarItem(id=f"i{n}", platform="linkedin", kind="post", start=at, title=title)
        for n, at in enumerate(starts)
    ]
    days = [at.astimezone(zone).date() for at in starts]
    return ContentCalendar(tz=zone, start=min(days), end=max(days) + timedelta(days=1), items=items)


@settings(max_examples=60, deadline=None)
@given(content_calendars())
def test_events_are_the_bytes_icalendar_wrote(cal: ContentCalendar) -> None:
    texts = [i.title + _describe(i) for i in cal.items]  # every text an event writes
    if any("\\N" in t for t in texts):  # icalendar turns a literal \N into a line break
        return
    if any(re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", t) for t in texts):
        return  # icalendar writes control characters raw, which RFC 5545 forbids
    events = _events(_plain(to_ics(cal, recurring=False)))
    before = _events(reference_ics(cal))
    assert len(events) == len(before) == len(cal.items)
    for item, event, old in zip(cal.items, events, before, strict=True):
        if _repeated(item.start.astimezone(cal.tz)):  # the one fix: written as UTC
            assert [x for x in event.split("\r\n") if not x.startswith("DTSTART")] == [
                x for x in old.split("\r\n") if not x.startswith("DTSTART")
            ]
        else:
            assert event == old


@settings(max_examples=60, deadline=None)
@given(content_calendars())
def test_both_readers_read_back_every_event(cal: ContentCalendar) -> None:
    text = to_ics(cal, recurring=False)
    assert read_by_icalendar(text) == expected(cal)
    assert read_by_vobject(text) == expected(cal)
    assert to_ics(cal, recurring=False) == text  # byte-identical on reruns


@pytest.mark.parametrize("at", DST_EDGES, ids=str)
def test_dst_edges_read_back_as_the_same_instant(at: datetime) -> None:
    zone = at.tzinfo
    assert isinstance(zone, ZoneInfo)
    cal = _calendar(zone, at, at - timedelta(hours=12), at + timedelta(hours=12))
    text = to_ics(cal)
    assert read_by_icalendar(text) == expected(cal) == read_by_vobject(text)


@pytest.mark.parametrize(
    ("zone", "wall"),
    [(NEW_YORK, datetime(2026, 11, 1, 1, 30)), (PARIS, datetime(2026, 10, 25, 2, 30))],
)
def test_both_times_of_a_repeated_wall_time_stay_distinct(zone: ZoneInfo, wall: datetime) -> None:
    first, second = wall.replace(tzinfo=zone), wall.replace(tzinfo=zone, fold=1)
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)
    text = to_ics(_calendar(zone, first, second))
    for read in (read_by_icalendar, read_by_vobject):
        instants = [event[1] for event in read(text)]
        assert instants == [first.astimezone(UTC), second.astimezone(UTC)]
    assert f"DTSTART;TZID={zone.key}:{wall:%Y%m%dT%H%M%S}\r\n" in text
    assert f"DTSTART:{second.astimezone(UTC):%Y%m%dT%H%M%S}Z\r\n" in text


@pytest.mark.parametrize("key", ZONES[1:])
def test_every_hour_of_a_year_has_the_zone_database_offset(key: str) -> None:
    zone = ZoneInfo(key)
    begin = datetime(2027, 1, 1, tzinfo=UTC)
    starts = [(begin + timedelta(hours=h)).astimezone(zone) for h in range(0, 365 * 24, 7)]
    cal = _calendar(zone, *starts)
    text = to_ics(cal)
    assert read_by_icalendar(text) == expected(cal)
    assert read_by_vobject(text) == expected(cal)


def test_the_vtimezone_of_a_year_in_paris() -> None:
    cal = _calendar(
        PARIS, datetime(2027, 1, 4, 9, tzinfo=PARIS), datetime(2027, 12, 27, tzinfo=PARIS)
    )
    text = to_ics(cal)
    block = text[text.index("BEGIN:VTIMEZONE") : text.index("END:VTIMEZONE")].split("\r\n")
    assert block == [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Paris",
        "COMMENT:This timezone only works from 2027-01-03 to 2027-12-29.",
        *("BEGIN:STANDARD", "DTSTART:20270103T000000", "TZNAME:CET"),
        *("TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD"),
        *("BEGIN:DAYLIGHT", "DTSTART:20270328T020000", "TZNAME:CEST"),  # 02:00 CET
        *("TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT"),
        *("BEGIN:STANDARD", "DTSTART:20271031T030000", "TZNAME:CET"),  # 03:00 CEST
        *("TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD"),
        "",
    ]


def test_later_years_of_the_same_change_are_rdates() -> None:
    start = date(2027, 1, 4)
    spec = PlanSpec.simple(platforms=["linkedin"], tz=NEW_YORK, mix=ContentMix.preset("80/20"))
    cal = plan(spec, start=start, end=start.replace(year=2030))
    text = to_ics(cal, recurring=False)
    assert text.count("BEGIN:DAYLIGHT") == 1
    assert "DTSTART:20270314T020000\r\nRDATE:20280312T020000\r\nRDATE:20290311T020000\r\n" in text
    assert read_by_vobject(text) == expected(cal)


def test_utc_calendars_need_no_vtimezone() -> None:
    cal = _calendar(ZoneInfo("UTC"), datetime(2027, 1, 4, 9, tzinfo=UTC))
    text = to_ics(cal)
    assert "VTIMEZONE" not in text
    assert "DTSTART:20270104T090000Z\r\n" in text
    assert _plain(text) == reference_ics(cal)


def test_text_is_escaped_and_folded_on_character_boundaries() -> None:
    title = "Launch; big, bold \\ news\nline two " + "été 🇫🇷 " * 12
    cal = _calendar(PARIS, datetime(2027, 1, 4, 9, tzinfo=PARIS), title=title)
    text = to_ics(cal)
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert "SUMMARY:Launch\\; big\\, bold \\\\ news\\nline two " in text
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert read_by_icalendar(text)[0][3] == title == read_by_vobject(text)[0][3]


@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=300))
def test_folding_is_icalendars_and_unfolds_to_the_line(value: str) -> None:
    line = "X:" + value.replace("\r", "").replace("\n", "")
    folded = _fold(line)
    assert folded == _foldline(line)
    assert folded.replace("\r\n ", "") == line


@given(
    st.text(st.sampled_from("ab\\^,;:é"), max_size=400)
    | st.text(st.sampled_from("a\\^"), max_size=400)
)
def test_ascii_lines_fold_by_slices_as_by_characters(value: str) -> None:
    line = "X:" + value.replace("é", "") if len(value) % 2 else "X:" + value
    assert _fold(line) == _fold_characters(line) == _foldline(line)


@given(st.text(st.sampled_from("a\\;,\r\n\x00\x7fé"), max_size=60) | st.text(max_size=60))
def test_text_escaping_equals_the_replace_chain(value: str) -> None:
    """``_text`` skips the replaces a text does not need: the result is the full chain's."""
    chain = (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )
    assert _text(value) == re.sub("[\x00-\x08\x0a-\x1f\x7f]", "\ufffd", chain)
