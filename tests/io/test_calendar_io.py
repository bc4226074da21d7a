"""Calendar exports: lossless JSON, CSV items, iCalendar read back, pandas, HTML grid."""

import json
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import attrs
import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit import (
    Channel,
    ContentCalendar,
    ContentMix,
    Frequency,
    FrequencyRule,
    PlanSpec,
    PostingWindow,
    ValidationError,
    plan,
)
from socialkit.calendar import CalendarItem, Evergreen, FixedEvent
from socialkit.frequency import QuietHours
from socialkit.io import (
    from_csv,
    from_json,
    post_to_dict,
    to_csv,
    to_dataframe,
    to_ics,
    to_json,
    to_records,
)
from socialkit.io._calendar import _ASCII_JSON, _item_texts, _own_zone
from strategies import NEW_YORK, content_calendars

PARIS = ZoneInfo("Europe/Paris")


def sample(start: date = date(2026, 10, 19), weeks: int = 3) -> ContentCalendar:
    rule = FrequencyRule(
        frequencies=[Frequency(per="week", minimum=2, maximum=4)],
        windows=[PostingWindow(weekday=d, start=time(9), end=time(12)) for d in range(5)],
        quiet_hours=QuietHours(start=time(22), end=time(7)),
        min_gap=timedelta(hours=20),
    )
    spec = PlanSpec(
        channels=[Channel(platform="linkedin", frequency=rule), Channel(platform="instagram")],
        tz=PARIS,
        mix=ContentMix({"educate": 1, "entertain": 1, "promote <b>&</b>": 1}),
        events=[
            FixedEvent(
                title="Contest",
                start=datetime(2026, 10, 23, 18, tzinfo=PARIS),
                recurrence="FREQ=WEEKLY;COUNT=3",
                platforms=["instagram"],
            )
        ],
        evergreen=[Evergreen(title="Guide", cooldown=timedelta(days=10))],
        blackouts=[date(2026, 10, 26)],
    )
    return plan(spec, start=start, end=start + timedelta(weeks=weeks))


def test_json_round_trip_is_lossless_and_deterministic() -> None:
    cal = sample()
    text = to_json(cal)
    assert from_json(text) == cal
    assert to_json(sample()) == text  # same inputs, byte-identical output
    data = json.loads(text)
    assert data["format"] == "socialkit.calendar"
    assert list(data) == sorted(data)


def test_json_keeps_issues_and_rules() -> None:
    cal = plan(
        PlanSpec.simple(
            platforms=["linkedin"],
            tz=PARIS,
            blackouts=[date(2026, 11, 23) + timedelta(days=i) for i in range(7)],
        ),
        start=date(2026, 11, 16),
        end=date(2026, 12, 7),
    )
    assert cal.issues
    back = from_json(to_json(cal))
    assert back.issues == cal.issues
    assert back.rule("linkedin") == cal.rule("linkedin")


def test_from_json_rejects_garbage_with_a_socialkit_error() -> None:
    with pytest.raises(ValidationError, match="from_json"):
        from_json("{}")
    with pytest.raises(ValidationError, match="from_json"):
        from_json("not json")


def test_csv_round_trip_keeps_every_item() -> None:
    cal = sample()
    text = to_csv(cal)
    assert text.splitlines()[0].startswith("id,platform,kind,start")
    back = from_csv(text, tz=PARIS)
    assert back.items == cal.items
    assert to_csv(from_csv(text, tz="Europe/Paris")) == text


def test_from_csv_names_bad_columns() -> None:
    with pytest.raises(ValidationError, match="columns"):
        from_csv("a,b\n1,2\n", tz=PARIS)


def test_ics_is_read_back_with_every_event() -> None:
    cal = sample()
    text = to_ics(cal, recurring=False)
    parsed = icalendar.Calendar.from_ical(text)
    events = list(parsed.walk("VEVENT"))
    assert len(events) == len(cal.items)
    by_uid = {str(e["UID"]): e for e in events}
    for item in cal.items:
        event = by_uid[f"{item.id}@socialkit"]
        assert event.decoded("DTSTART") == item.start
        assert event.decoded("DURATION") == item.duration
        assert str(event["SUMMARY"]) == item.title
    assert list(parsed.walk("VTIMEZONE"))
    assert to_ics(sample(), recurring=False) == text  # deterministic: DTSTAMP is not the clock


def test_ics_time_zones_cover_calendars_beyond_2038() -> None:
    cal = sample(date(2040, 3, 19), 2)  # across the 2040-03-25 EU change
    parsed = icalendar.Calendar.from_ical(to_ics(cal, recurring=False))
    for event, item in zip(parsed.walk("VEVENT"), cal.items, strict=True):
        assert event.decoded("DTSTART") == item.start
        assert event.decoded("DTSTART").utcoffset() == item.start.utcoffset()
    assert "2038" not in to_ics(cal)


def test_ics_uids_are_stable_so_reimport_updates() -> None:
    first = sample()
    again = sample()
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(to_ics(first)).walk("VEVENT")]
    assert uids == [
        str(e["UID"]) for e in icalendar.Calendar.from_ical(to_ics(again)).walk("VEVENT")
    ]
    assert len(set(uids)) == len(uids)


def test_records_and_dataframe() -> None:
    cal = sample()
    records = to_records(cal)
    assert len(records) == len(cal.items)
    frame = to_dataframe(cal)
    assert list(frame.columns[:4]) == ["id", "platform", "kind", "start"]
    assert str(frame["start"].dt.tz) == "Europe/Paris"
    assert frame["duration"].iloc[0] == cal.items[0].duration


def test_html_grid_is_escaped_and_has_a_row_per_week() -> None:
    html = sample()._repr_html_()
    assert "promote &lt;b&gt;&amp;&lt;/b&gt;" in html
    assert "<b>&</b>" not in html
    assert html.count("<tr>") == 1 + 3  # header + one row per week
    assert "background" not in html  # inherits the notebook theme


def test_text_lists_items_and_issues() -> None:
    text = str(sample())
    assert "linkedin" in text
    assert "Contest" in text


@settings(max_examples=15)
@given(
    st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(1, 8),
)
def test_export_then_import_gives_an_equal_calendar(start: date, weeks: int) -> None:
    cal = sample(start, weeks)
    assert from_json(to_json(cal)) == cal
    assert from_csv(to_csv(cal), tz=PARIS).items == cal.items


# -- review item 13: malformed JSON names the field, never an OverflowError or RecursionError


def test_deeply_nested_json_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="nested too deeply"):
        from_json("[" * 200_000)


def test_huge_durations_name_the_field() -> None:
    data = json.loads(to_json(sample(weeks=1)))
    data["items"][0]["duration_minutes"] = 1e300
    with pytest.raises(ValidationError, match=r"items\[0\]: duration_minutes"):
        from_json(json.dumps(data))


def test_huge_gaps_name_the_rule() -> None:
    data = json.loads(to_json(sample(weeks=1)))
    data["rules"]["linkedin"]["min_gap_seconds"] = 1e300
    with pytest.raises(ValidationError, match=r"rules\.linkedin"):
        from_json(json.dumps(data))


def test_a_repeated_item_is_refused_on_import() -> None:
    # Review item 10: from_json with a repeated item gave two VEVENTs with one UID.
    data = json.loads(to_json(sample(weeks=1)))
    data["items"].append(data["items"][0])
    with pytest.raises(ValidationError, match="used twice"):
        from_json(json.dumps(data))


def _record_before(item: CalendarItem, tz: ZoneInfo) -> dict[str, object]:
    """A record as ``to_records`` made it before it formatted each start once."""
    minutes = item.duration.total_seconds() / 60
    return {
        "id": item.id,
        "platform": item.platform,
        "kind": item.kind.value,
        "start": item.start.astimezone(tz).isoformat(),
        "duration_minutes": int(minutes) if minutes.is_integer() else minutes,
        "title": item.title,
        "category": item.category,
        "stage": item.stage,
        "content_type": item.content_type,
        "content": item.content,
        "status": item.status.value,
        "assignee": item.assignee,
        "zone": _own_zone(item.start.tzinfo, tz),
        "post": None if item.post is None else post_to_dict(item.post),
    }


@settings(max_examples=50, deadline=None)
@given(content_calendars())
def test_records_are_the_straightforward_ones(cal: ContentCalendar) -> None:
    records = to_records(cal)
    assert records == [_record_before(i, cal.tz) for i in cal.items]
    assert [type(v) for r in records for v in r.values()] == [
        type(v) for i in cal.items for v in _record_before(i, cal.tz).values()
    ]


def test_both_times_of_a_repeated_wall_time_keep_their_offsets() -> None:
    first = datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK)
    second = first.replace(fold=1)
    items = [
        CalendarItem(id=f"i{n}", platform="x", kind="post", start=at, title="t")
        for n, at in enumerate([first, second])
    ]
    cal = ContentCalendar(tz=NEW_YORK, start=date(2026, 11, 1), end=date(2026, 11, 2), items=items)
    starts = [r["start"] for r in to_records(cal)]
    assert starts == ["2026-11-01T01:30:00-04:00", "2026-11-01T01:30:00-05:00"]
    assert from_json(to_json(cal)) == cal


def test_json_is_compact_and_the_same_data_as_the_indented_json_before() -> None:
    cal = sample()
    text = to_json(cal)
    assert text.count("\n") == 1
    assert text.endswith("}\n")
    data = json.loads(text)
    indented = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert from_json(indented) == cal  # files written before this layout read the same
    assert (
        text == json.dumps(data, separators=(",", ":"), sort_keys=True, ensure_ascii=False) + "\n"
    )


def _reference_json(cal: ContentCalendar) -> str:
    """What to_json writes, by the plain route: every record a dict, then json.dumps."""
    data = json.loads(to_json(cal))
    data["items"] = to_records(cal)
    return json.dumps(data, separators=(",", ":"), sort_keys=True, ensure_ascii=False) + "\n"


@settings(max_examples=40)
@given(content_calendars())
def test_items_written_without_dicts_are_what_json_dumps_writes(cal: ContentCalendar) -> None:
    assert to_json(cal) == _reference_json(cal)
    assert from_json(to_json(cal)) == cal


def test_text_json_must_escape_is_escaped_as_json_dumps_does() -> None:
    cal = sample(weeks=1)
    odd = 'quote " backslash \\ tab \t newline \n nul \x00 é ☃ \u2028'
    cal = attrs.evolve(cal, items=[attrs.evolve(cal.items[0], title=odd, content=odd)])
    assert to_json(cal) == _reference_json(cal)
    assert from_json(to_json(cal)).items[0].title == odd


def _reference_ics_records(cal: ContentCalendar) -> list[str]:
    """Each item's ``X-SOCIALKIT-ITEM`` record by the plain route: its dict, then json.dumps."""
    return [json.dumps(r, **_ASCII_JSON) for r in to_records(cal)]


@settings(max_examples=40)
@given(content_calendars())
def test_ics_records_written_without_dicts_are_what_json_dumps_writes(
    cal: ContentCalendar,
) -> None:
    assert _item_texts(cal, cal.items, ascii=True) == _reference_ics_records(cal)


def test_ics_records_escape_what_ascii_json_escapes() -> None:
    cal = sample(weeks=1)
    odd = 'quote " backslash \\ tab \t newline \n nul \x00 é ☃ \u2028 \x7f'
    cal = attrs.evolve(cal, items=[attrs.evolve(cal.items[0], title=odd, content=odd)])
    assert _item_texts(cal, cal.items, ascii=True) == _reference_ics_records(cal)
