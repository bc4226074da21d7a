"""The planner builds its items unchecked (``trusted_item``); they equal checked ones.

Every item of random plans (mixes, stages, evergreens, events, interaction
blocks, every platform) is rebuilt with the validated ``CalendarItem(...)``
from the same field values: the result is equal, field for field and by type.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit import CalendarItem, ContentCalendar, ContentMix, PlanSpec, list_platforms, plan
from socialkit.calendar import Evergreen, FixedEvent, Interaction
from socialkit.calendar._kinds import ItemKind
from socialkit.calendar._model import trusted_item
from strategies import zones

SLUGS = [p.slug for p in list_platforms()]


def assert_checked(item: CalendarItem) -> None:
    fields = attrs.asdict(item, recurse=False)
    checked = CalendarItem(**fields)
    assert checked == item
    for name, value in fields.items():
        assert type(getattr(checked, name)) is type(value), name


@settings(max_examples=25)
@given(
    platforms=st.lists(st.sampled_from(SLUGS), min_size=1, max_size=4, unique=True),
    tz=zones(),
    start=st.dates(date(2026, 1, 1), date(2028, 12, 31)),
    days=st.integers(1, 60),
    mix=st.sampled_from([None, "80/20", "funnel"]),
    stages=st.booleans(),
    evergreen=st.booleans(),
    event=st.sampled_from([None, "FREQ=WEEKLY;BYDAY=TU", "FREQ=MONTHLY;BYDAY=1FR"]),
    interaction=st.booleans(),
)
def test_every_planned_item_equals_the_checked_constructors(
    platforms: list[str],
    tz: ZoneInfo,
    start: date,
    days: int,
    mix: str | None,
    stages: bool,
    evergreen: bool,
    event: str | None,
    interaction: bool,
) -> None:
    events = [
        FixedEvent(
            title="Webinar",
            start=datetime(2025, 1, 7, 18, tzinfo=tz),
            recurrence=event,
            stage="mofu",
            category="education",
        )
    ]
    spec = PlanSpec.simple(
        platforms=platforms,
        tz=tz,
        mix=None if mix is None else ContentMix.preset(mix),
        stages=ContentMix.preset("funnel") if stages else None,
        evergreen=[Evergreen(title="Best of", cooldown=timedelta(days=10))] if evergreen else [],
        events=events if event else [],
        interaction=Interaction(at=time(17)) if interaction else None,
    )
    cal = plan(spec, start=start, end=start + timedelta(days=days))
    for item in cal.items:
        assert_checked(item)
    assert_checked_calendar(cal)


def assert_checked_calendar(cal: ContentCalendar) -> None:
    """The planner's ``trusted_calendar`` equals the validated constructor's, order included."""
    fields = attrs.asdict(cal, recurse=False)
    shuffled = {**fields, "items": list(reversed(cal.items)), "issues": list(cal.issues)}
    checked = ContentCalendar(**shuffled)
    assert checked == cal
    assert checked.items == cal.items
    for name, value in fields.items():
        assert type(getattr(checked, name)) is type(value), name


def test_a_year_over_every_platform_equals_the_checked_calendar() -> None:
    spec = PlanSpec.simple(
        platforms=SLUGS,
        tz="Europe/Paris",
        mix=ContentMix.preset("80/20"),
        stages=ContentMix.preset("funnel"),
    )
    assert_checked_calendar(plan(spec, start=date(2027, 1, 4), end=date(2028, 1, 4)))


def test_trusted_item_equals_the_checked_constructor() -> None:
    at = datetime(2027, 1, 4, 9, tzinfo=ZoneInfo("Europe/Paris"))
    fields = {
        "id": "x-2027W01-1",
        "platform": "x",
        "kind": ItemKind.POST,
        "start": at,
        "duration": timedelta(minutes=30),
        "title": "X post: education",
        "category": "education",
    }
    assert trusted_item(**fields) == CalendarItem(**fields)  # type: ignore[arg-type]
