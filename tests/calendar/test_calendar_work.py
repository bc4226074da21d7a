"""A planned calendar as a working plan (issue 12): fill, replace, remove, check, tag, export."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import icalendar
import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit import Post, plan
from socialkit.calendar import (
    CalendarItem,
    ContentCalendar,
    ItemKind,
    ItemStatus,
    PlanSpec,
)
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError
from socialkit.frequency import FrequencyRule
from socialkit.io import from_csv, from_ics, from_json, to_csv, to_ics, to_json
from socialkit.measure import Utm, UtmTemplate, parse_utm
from socialkit.posts import Media, assess
from strategies import calendar_posts, content_calendars

NEW_YORK = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")
DUBLIN = ZoneInfo("Europe/Dublin")


def bakery(weeks: int = 2) -> ContentCalendar:
    """The issue's bakery, on Instagram, Facebook and TikTok in New York."""
    spec = PlanSpec.simple(platforms=["instagram", "facebook", "tiktok"], tz=NEW_YORK)
    return plan(spec, start=date(2026, 11, 23), end=date(2026, 11, 23) + timedelta(weeks=weeks))


def first_slot(cal: ContentCalendar, platform: str) -> CalendarItem:
    return cal.filter(platform=platform, kind="post").items[0]


# -- filling, replacing, removing ------------------------------------------------------


def test_fill_gives_the_slot_its_post_at_its_start_and_keeps_every_id() -> None:
    cal = bakery()
    slot = first_slot(cal, "instagram")
    filled = cal.fill(slot.id, Post(text="Fresh bread", media=[Media.image()]), assignee="Ana")
    item = filled.item(slot.id)
    assert item.post is not None
    assert item.post.scheduled_at == slot.start
    assert item.status is ItemStatus.DRAFT
    assert item.assignee == "Ana"
    assert [i.id for i in filled.items] == [i.id for i in cal.items]
    assert filled.fill(slot.id, "Another text").item(slot.id).assignee == "Ana"
    approved = filled.fill(slot.id, item.post, status="approved")
    assert approved.item(slot.id).status is ItemStatus.APPROVED
    assert cal.item(slot.id).post is None  # calendars are values: the original is unchanged


def test_unknown_ids_are_not_found_with_the_closest_ones() -> None:
    cal = bakery()
    slot = first_slot(cal, "tiktok")
    typo = slot.id + "x"
    for call in (
        lambda: cal.fill(typo, "hi"),
        lambda: cal.without(typo),
        lambda: cal.item(typo),
        lambda: cal.replace(attrs.evolve(slot, id=typo)),
    ):
        with pytest.raises(NotFoundError, match="did you mean") as caught:
            call()
        assert slot.id in caught.value.suggestions


def test_wrong_types_are_socialkit_type_errors() -> None:
    cal = bakery()
    slot = first_slot(cal, "facebook")
    with pytest.raises(SocialkitTypeError, match="separate arguments"):
        cal.with_items([slot])  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError):
        cal.fill(slot.id, 42)  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError):
        cal.replace("x")  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError):
        cal.tag_links("utm")  # type: ignore[arg-type]


def test_an_id_already_present_is_refused_by_with_items() -> None:
    cal = bakery()
    with pytest.raises(ValidationError, match=r"already in the calendar.*replace"):
        cal.with_items(cal.items[0])


def test_interaction_blocks_take_no_post_and_statuses_need_one() -> None:
    cal = bakery()
    block = cal.filter(kind="interaction").items[0]
    with pytest.raises(ValidationError, match="interaction"):
        cal.fill(block.id, "hello")
    slot = first_slot(cal, "instagram")
    with pytest.raises(ValidationError, match="without a post"):
        attrs.evolve(slot, status="approved")
    with pytest.raises(ValidationError, match="not the slot's start"):
        cal.fill(slot.id, Post(text="hi", scheduled_at=slot.start + timedelta(hours=1)))


def test_replace_moves_and_without_removes() -> None:
    cal = bakery()
    slot = first_slot(cal, "instagram")
    later = slot.start + timedelta(hours=3)
    moved = cal.replace(attrs.evolve(slot, start=later))
    assert moved.item(slot.id).start == later
    assert len(moved.items) == len(cal.items)
    gone = cal.without(slot.id, cal.items[-1].id)
    assert len(gone.items) == len(cal.items) - 2
    assert slot.id not in {i.id for i in gone.items}


def test_filter_is_a_calendar_that_exports() -> None:
    cal = bakery().fill(first_slot(bakery(), "tiktok").id, "Watch us bake", assignee="Bo")
    tiktok = cal.filter(platform="tiktok")
    assert isinstance(tiktok, ContentCalendar)
    assert tiktok.platforms == ("tiktok",)
    assert {p for p, _ in tiktok.rules} == {"tiktok"}
    assert from_json(to_json(tiktok)) == tiktok
    assert len(cal.filter(filled=True).items) == 1
    assert cal.filter(assignee="Bo").items == cal.filter(filled=True).items
    assert len(cal.filter(status="draft").items) == 1
    assert cal.filter(filled=False, kind="post").items == tuple(
        i for i in cal.items if i.kind is ItemKind.POST and i.post is None
    )


# -- assessing ----------------------------------------------------------------------------


def test_a_text_only_instagram_post_blocks_and_open_slots_block() -> None:
    cal = bakery()
    slot = first_slot(cal, "instagram")
    result = cal.fill(slot.id, "Hello from the bakery #bread").assess()
    entry = result[slot.id]
    assert entry.assessment is not None
    assert not entry.assessment.fits
    assert "error instagram.required_media" in entry.reasons
    assert entry in result.blocking
    assert len(result.unfilled) == len(cal.posts()) - 1
    assert not result.ready
    assert slot.id in str(result)
    assert "<table>" in result._repr_html_()


def test_frequency_is_judged_against_the_calendars_own_schedule() -> None:
    # Two posts an hour apart on LinkedIn: the calendar's other slot makes the second too close.
    cal = plan(
        PlanSpec.simple(platforms=["linkedin"], tz=PARIS, interaction=None),
        start=date(2026, 11, 23),
        end=date(2026, 11, 30),
    )
    slot = cal.filter(kind="post").items[0]
    close = attrs.evolve(slot, id="extra", start=slot.start + timedelta(hours=1), post=None)
    cal = cal.with_items(close).fill("extra", "A second post the same day")
    found = [f.rule for f in cal.assess()["extra"].assessment.findings]  # type: ignore[union-attr]
    assert "linkedin.too_frequent" in found


@st.composite
def filled_calendars(draw: st.DrawFn) -> ContentCalendar:
    """A planned calendar over one to six weeks with some of its slots filled."""
    platforms = draw(
        st.lists(
            st.sampled_from(["linkedin", "x", "instagram"]), min_size=1, max_size=2, unique=True
        )
    )
    zone = draw(st.sampled_from([PARIS, NEW_YORK, ZoneInfo("UTC")]))
    start = draw(st.dates(date(2026, 1, 1), date(2027, 12, 31)))
    cal = plan(
        PlanSpec.simple(platforms=platforms, tz=zone),
        start=start,
        end=start + timedelta(weeks=draw(st.integers(1, 6))),
    )
    slots = cal.posts()
    for slot in draw(st.lists(st.sampled_from(slots), unique=True, max_size=6)) if slots else ():
        cal = cal.fill(slot.id, draw(calendar_posts()))
    extra = draw(st.lists(st.integers(0, 60 * 24 * 7), max_size=3, unique=True))
    for n, minutes in enumerate(extra):  # posts off the plan's rhythm, to break the rules
        at = (
            datetime.combine(start, datetime.min.time(), zone).astimezone(UTC)
            + timedelta(minutes=minutes)
        ).astimezone(zone)
        item = CalendarItem(
            id=f"extra-{n}",
            platform=platforms[0],
            kind="post",
            start=at,
            title="extra",
            post=Post(text="extra #post"),
        )
        cal = cal.with_items(item)
    return cal


@settings(max_examples=25, deadline=None)
@given(filled_calendars())
def test_each_verdict_is_assess_with_the_whole_schedule_as_history(cal: ContentCalendar) -> None:
    """The calendar hands ``assess`` only the posts that can change a verdict: the same one."""
    result = cal.assess()
    for item in cal.posts():
        entry = result[item.id]
        if item.post is None:
            assert entry.assessment is None
            continue
        others = [Post(scheduled_at=i.start) for i in cal.posts(item.platform) if i is not item]
        rule = dict(cal.rules).get(item.platform)
        alone = assess(item.post, item.platform, history=others, tz=cal.tz, frequency=rule)
        assert entry.assessment == alone


# -- tagging ------------------------------------------------------------------------------


def test_tag_links_fills_the_item_placeholders_and_reports_what_went_over() -> None:
    cal = plan(
        PlanSpec.simple(platforms=["bluesky", "x"], tz=PARIS),
        start=date(2026, 11, 23),
        end=date(2026, 11, 30),
    )
    sky, x = first_slot(cal, "bluesky"), first_slot(cal, "x")
    text = "Our guide: https://ex.com/guide " + "x" * 250
    cal = cal.fill(sky.id, text).fill(x.id, Post(text=text[:200], links=["https://ex.com/a"]))
    template = UtmTemplate(
        source="{platform}",
        medium="social",
        campaign="winter",
        term="{category}",
        content="{id}-{date}-{stage}",
    )
    tagged = cal.tag_links(template)
    assert tagged.over == (sky.id,)
    assert [f.rule for f in tagged.findings] == ["tracking.tag_overflow"]
    assert sky.id in tagged.findings[0].where
    post = tagged.calendar.item(x.id).post
    assert post is not None
    utm = parse_utm(post.links[0])
    assert utm is not None
    assert utm.source == "x"
    assert utm.content == f"{x.id}-{x.start:%Y-%m-%d}-{x.stage or 'none'}".lower()
    assert [i.id for i in tagged.calendar.items] == [i.id for i in cal.items]
    again = tagged.calendar.tag_links(template)  # tags already there are kept
    assert again.calendar == tagged.calendar
    plain = cal.tag_links(Utm(source="newsletter", medium="email", campaign="c"))
    assert "utm_source=newsletter" in plain.calendar.item(x.id).post.text  # type: ignore[union-attr]


def test_an_item_placeholder_outside_a_calendar_is_a_clear_error() -> None:
    template = UtmTemplate(source="{platform}", medium="social", campaign="{id}")
    with pytest.raises(ValidationError, match=r"no value for \{id\}"):
        template.for_platform("x")


# -- exports ------------------------------------------------------------------------------


def _zones(cal: ContentCalendar) -> list[object]:
    return [getattr(i.start.tzinfo, "key", i.start.utcoffset()) for i in cal.items]


def _exact(cal: ContentCalendar) -> list[tuple[object, ...]]:
    """What equality does not see: each item's zone, fold, microseconds, post time zone."""
    return [
        (
            i.start.isoformat(),
            i.start.fold,
            getattr(i.start.tzinfo, "key", None),
            i.post and i.post.scheduled_at and i.post.scheduled_at.isoformat(),
        )
        for i in cal.items
    ]


@settings(max_examples=40, deadline=None)
@given(content_calendars())
def test_json_round_trips_calendars_with_posts_and_own_zones(cal: ContentCalendar) -> None:
    back = from_json(to_json(cal))
    assert back == cal
    assert _exact(back) == _exact(cal)


@settings(max_examples=40, deadline=None)
@given(content_calendars())
def test_csv_round_trips_items_with_posts_and_own_zones(cal: ContentCalendar) -> None:
    if not cal.items:
        return
    back = from_csv(to_csv(cal), tz=cal.tz)
    assert back.items == cal.items
    assert _exact(back) == _exact(cal)


@settings(max_examples=40, deadline=None)
@given(content_calendars(), st.booleans())
def test_ics_round_trips_through_its_own_records(cal: ContentCalendar, recurring: bool) -> None:
    text = to_ics(cal, recurring=recurring)
    back = from_ics(text)
    assert back == cal
    assert _exact(back) == _exact(cal)
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    occurrences = []
    for event in events:
        start = event.decoded("DTSTART")
        if "RRULE" in event:
            rule = event["RRULE"].to_ical().decode()
            occurrences += [at.astimezone(UTC) for at in rrulestr(rule, dtstart=start)]
        else:
            occurrences.append(start.astimezone(UTC))
    # Every item is one occurrence, to the second (RFC 5545 times have no fractions).
    expected = sorted(i.start.astimezone(UTC).replace(microsecond=0) for i in cal.items)
    assert sorted(occurrences) == expected


def test_repeated_interaction_blocks_are_one_daily_event_and_can_be_left_out() -> None:
    cal = bakery()
    blocks = cal.filter(kind="interaction").items
    text = to_ics(cal)
    assert text.count("RRULE:FREQ=DAILY;COUNT=14") == 3  # one per platform
    assert text.count("BEGIN:VEVENT") == len(cal.posts()) + 3
    posts_only = to_ics(cal, interaction=False)
    assert posts_only.count("BEGIN:VEVENT") == len(cal.posts())
    assert from_ics(posts_only) == cal.without(*(b.id for b in blocks))
    assert to_ics(cal, recurring=False).count("BEGIN:VEVENT") == len(cal.items)


def test_ics_description_has_the_post_text() -> None:
    cal = bakery()
    slot = first_slot(cal, "facebook")
    cal = cal.fill(slot.id, "Croissants at 7", assignee="Ana", status="in review")
    event = next(
        e
        for e in icalendar.Calendar.from_ical(to_ics(cal)).walk("VEVENT")
        if str(e["UID"]) == f"{slot.id}@socialkit"
    )
    description = str(event["DESCRIPTION"])
    assert description.endswith("\n\nCroissants at 7")
    assert "assignee: Ana" in description
    assert "status: in review" in description


def test_ambiguous_local_times_stay_distinct_and_in_order_in_every_format() -> None:
    first = datetime(2026, 10, 25, 1, 30, tzinfo=DUBLIN)  # Dublin falls back at 02:00
    second = first.replace(fold=1)
    items = [
        CalendarItem(
            id=f"i{n}", platform="x", kind="post", start=at, title="t", post=Post(text=f"post {n}")
        )
        for n, at in enumerate([first, second])
    ]
    cal = ContentCalendar(tz=DUBLIN, start=date(2026, 10, 25), end=date(2026, 10, 26), items=items)
    for back in (from_json(to_json(cal)), from_csv(to_csv(cal), tz=DUBLIN), from_ics(to_ics(cal))):
        assert [i.id for i in back.items] == ["i0", "i1"]
        assert [i.start.fold for i in back.items] == [0, 1]
        assert back.items[0].start.astimezone(UTC) < back.items[1].start.astimezone(UTC)
    events = icalendar.Calendar.from_ical(to_ics(cal)).walk("VEVENT")
    assert len({e.decoded("DTSTART").astimezone(UTC) for e in events}) == 2


def test_ics_keeps_content_sub_second_times_and_carriage_returns() -> None:
    at = datetime(2026, 11, 23, 9, 0, 0, 250_000, tzinfo=PARIS)
    item = CalendarItem(
        id="a",
        platform="x",
        kind="post",
        start=at,
        duration=timedelta(minutes=1, microseconds=7),
        title="line\rbreak",
        content="evergreen-42",
        post=Post(text="one\rtwo\r\nthree"),
    )
    cal = ContentCalendar(tz=PARIS, start=date(2026, 11, 23), end=date(2026, 11, 24), items=[item])
    for back in (from_ics(to_ics(cal)), from_json(to_json(cal)), from_csv(to_csv(cal), tz=PARIS)):
        (got,) = back.items
        assert got == item
        assert got.start.microsecond == 250_000
        assert got.title == "line\rbreak"
        assert got.post is not None
        assert got.post.text == "one\rtwo\r\nthree"


def test_lone_surrogates_are_refused_alike_by_every_format() -> None:
    cal = bakery()
    slot = first_slot(cal, "tiktok")
    bad = cal.fill(slot.id, "broken \ud800 text")
    messages = set()
    for write in (to_json, to_csv, to_ics):
        with pytest.raises(ValidationError, match="lone surrogate") as caught:
            write(bad)
        messages.add(str(caught.value).split(":", 1)[1])
    assert len(messages) == 1  # the same answer, the format aside
    assert f"items[{slot.id!r}].post.text" in messages.pop()


def test_control_characters_are_kept_by_every_format() -> None:
    cal = bakery()
    slot = first_slot(cal, "tiktok")
    odd = "tab\tnul\x00esc\x1b del\x7f"
    cal = cal.fill(slot.id, odd)
    for back in (
        from_json(to_json(cal)),
        from_csv(to_csv(cal), tz=NEW_YORK),
        from_ics(to_ics(cal)),
    ):
        assert back.item(slot.id).post.text == odd  # type: ignore[union-attr]
    text = to_ics(cal)
    assert "\x00" not in text
    assert "\x1b" not in text
    assert "\x7f" not in text


def test_exports_write_to_a_path_and_return_none(tmp_path: Path) -> None:
    cal = bakery(1).fill(first_slot(bakery(1), "instagram").id, "é ☃ bread")
    for write, name in ((to_json, "c.json"), (to_csv, "c.csv"), (to_ics, "c.ics")):
        path = tmp_path / name
        assert write(cal, path) is None
        assert path.read_bytes() == write(cal).encode("utf-8")
        assert write(cal, str(path)) is None
    with pytest.raises(SocialkitTypeError):
        to_json(cal, 42)  # type: ignore[call-overload]


def test_files_without_the_new_columns_and_keys_still_read() -> None:
    cal = bakery(1)
    data = json.loads(to_json(cal))
    for record in data["items"]:
        for key in ("status", "assignee", "zone", "post"):
            del record[key]
    assert from_json(json.dumps(data)) == cal
    old_csv = "\r\n".join(
        ",".join(row.split(",")[:10]) for row in to_csv(cal).split("\r\n")
    )  # no quoted commas in this calendar
    assert from_csv(old_csv, tz=NEW_YORK).items == cal.items


def test_a_posts_record_is_checked() -> None:
    cal = bakery(1).fill(first_slot(bakery(1), "instagram").id, "bread")
    data = json.loads(to_json(cal))
    record = next(r for r in data["items"] if r["post"] is not None)
    record["post"]["colour"] = "red"
    with pytest.raises(ValidationError, match="unknown keys"):
        from_json(json.dumps(data))
    record["post"] = {"text": "x", "media": [{"kind": "video", "duration": "long"}]}
    with pytest.raises(ValidationError, match="duration"):
        from_json(json.dumps(data))


def test_frequency_rules_of_the_calendar_apply_to_its_posts() -> None:
    cal = plan(
        PlanSpec.simple(platforms=["x"], tz=PARIS), start=date(2026, 11, 23), end=date(2026, 11, 30)
    )
    slot = first_slot(cal, "x")
    strict = attrs.evolve(cal, rules={"x": FrequencyRule(min_gap=timedelta(days=30))})
    result = strict.fill(slot.id, "hello").assess()
    found = [f.rule for f in result[slot.id].assessment.findings]  # type: ignore[union-attr]
    assert "x.too_frequent" in found
