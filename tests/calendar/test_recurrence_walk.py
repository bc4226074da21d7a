"""A plan walks a recurring event from near its own start, not the event's.

:func:`socialkit.calendar._planning._occurrences_in` may start the walk
whole periods after the event's start; it must find exactly what walking
from the start finds, the :data:`MAX_OCCURRENCES` cap included.
"""

from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrule, rrulestr
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from socialkit import ValidationError
from socialkit._core.time import localize
from socialkit.calendar import FixedEvent
from socialkit.calendar import _planning as planning
from strategies import zones

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def straightforward(
    event: FixedEvent, tz: ZoneInfo, lo: datetime, hi: datetime, cap: int
) -> planning._Occurrences:
    """The walk from the event's start, as plans did before they started near ``lo``."""
    found = []
    for n, moment in enumerate(event.occurrences(tz, until=hi), start=1):
        if moment >= lo:
            found.append(moment)
        if n >= cap:
            return planning._Occurrences(tuple(found), moment)
    return planning._Occurrences(tuple(found), None)


@st.composite
def rules(draw: st.DrawFn) -> str:
    """An RRULE: DAILY to YEARLY, INTERVAL, BYDAY (with positions), BYMONTHDAY, BYMONTH,
    BYHOUR, WKST, BYWEEKNO, BYYEARDAY, BYSETPOS, COUNT and UNTIL (local or UTC)."""
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    parts = [f"FREQ={freq}"]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.integers(1, 5))}")
    if draw(st.booleans()):
        days = draw(st.lists(st.sampled_from(DAYS), min_size=1, max_size=3, unique=True))
        if freq in ("MONTHLY", "YEARLY") and draw(st.booleans()):
            days = [f"{draw(st.sampled_from([1, 2, -1]))}{d}" for d in days]
        parts.append("BYDAY=" + ",".join(days))
    if freq != "WEEKLY" and draw(st.booleans()):
        days_ = draw(
            st.lists(
                st.sampled_from([1, 2, 15, 28, 29, 30, 31, -1]), min_size=1, max_size=3, unique=True
            )
        )
        parts.append("BYMONTHDAY=" + ",".join(map(str, days_)))
    if freq in ("YEARLY", "MONTHLY", "DAILY") and draw(st.booleans()):
        months = draw(st.lists(st.integers(1, 12), min_size=1, max_size=3, unique=True))
        parts.append("BYMONTH=" + ",".join(map(str, months)))
    if draw(st.booleans()):
        hours = draw(st.lists(st.sampled_from([0, 2, 9, 23]), min_size=1, max_size=2, unique=True))
        parts.append("BYHOUR=" + ",".join(map(str, hours)))
    if draw(st.booleans()):
        parts.append(f"WKST={draw(st.sampled_from(DAYS))}")
    if freq == "YEARLY" and draw(st.integers(0, 3)) == 0:
        parts.append(f"BYWEEKNO={draw(st.sampled_from(['1', '-1', '20', '53']))}")
    if freq == "YEARLY" and draw(st.integers(0, 3)) == 0:
        parts.append(f"BYYEARDAY={draw(st.sampled_from(['1', '-1', '60', '366']))}")
    if any(p.startswith("BYDAY") for p in parts) and draw(st.integers(0, 2)) == 0:
        parts.append(f"BYSETPOS={draw(st.sampled_from(['1', '-1', '2']))}")
    ending = draw(st.sampled_from(["", "COUNT", "UNTIL", "UNTILZ"]))
    if ending == "COUNT":
        parts.append(f"COUNT={draw(st.integers(1, 400))}")
    elif ending:
        day = draw(st.dates(date(2019, 1, 1), date(2035, 1, 1)))
        parts.append(f"UNTIL={day:%Y%m%d}T120000{'Z' if ending == 'UNTILZ' else ''}")
    return ";".join(parts)


def event_or_none(rule: str, start: datetime) -> FixedEvent | None:
    try:
        return FixedEvent(title="Event", start=start, recurrence=rule)
    except ValidationError:
        return None  # a rule that never occurs from that start


@settings(max_examples=500)
@given(
    rule=rules(),
    start=st.datetimes(datetime(1995, 1, 1), datetime(2030, 12, 31)),
    tz=zones(),
    first=st.dates(date(2018, 1, 1), date(2032, 12, 31)),
    days=st.integers(1, 70),
    cap=st.sampled_from([planning.MAX_OCCURRENCES, 40, 400]),
)
def test_the_walk_from_near_the_plan_finds_what_the_walk_from_the_start_finds(
    rule: str, start: datetime, tz: ZoneInfo, first: date, days: int, cap: int
) -> None:
    event = event_or_none(rule, start.replace(tzinfo=tz))
    assume(event is not None)
    assert event is not None
    lo = localize(first, time(0), tz)
    hi = localize(first + timedelta(days=days), time(0), tz)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(planning, "MAX_OCCURRENCES", cap)
        found = planning._occurrences_in(event, tz, lo, hi)
    assert found == straightforward(event, tz, lo, hi, cap)


def test_a_monthly_event_from_2000_is_not_walked_from_2000() -> None:
    paris = ZoneInfo("Europe/Paris")
    event = FixedEvent(
        title="Webinar",
        start=datetime(2000, 1, 6, 18, tzinfo=paris),
        recurrence="FREQ=MONTHLY;BYDAY=1TH",
    )
    lo = localize(date(2027, 1, 4), time(0), paris)
    hi = localize(date(2027, 2, 1), time(0), paris)
    near = planning._near(event, paris, lo, hi)
    assert near is not None
    moments, skipped = near
    assert [m.date() for m in moments] == [date(2027, 1, 7)]
    assert skipped < 10_000  # days before the plan, not occurrences walked


def parsed_at(text: str, wall: datetime, tz: ZoneInfo) -> tuple[rrule, datetime | None]:
    """The rule parsed afresh at ``wall``, as ``_rule_at`` did before it re-anchored one parse."""
    until = planning._rule_parts(text).get("UNTIL", "")
    if not until.endswith("Z"):
        return planning._as_rrule(rrulestr(text, dtstart=wall)), None
    rest = ";".join(p for p in text.split(";") if not p.upper().startswith("UNTIL="))
    moment = datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return planning._as_rrule(rrulestr(rest, dtstart=wall)), moment.astimezone(tz)


@settings(max_examples=300)
@given(
    rule=rules(),
    wall=st.datetimes(datetime(1995, 1, 1), datetime(2035, 12, 31)),
    tz=zones(),
)
def test_a_rule_parsed_once_and_re_anchored_is_the_rule_parsed_at_its_start(
    rule: str, wall: datetime, tz: ZoneInfo
) -> None:
    try:
        text = planning.rrule_text(rule)
    except ValidationError:
        text = None
    assume(text is not None and not planning._never_occurs(text, wall))
    assert text is not None
    anchored, last = planning._rule_at(text, wall, tz)
    expected, expected_last = parsed_at(text, wall, tz)
    assert last == expected_last
    assert list(islice(anchored, 60)) == list(islice(expected, 60))
