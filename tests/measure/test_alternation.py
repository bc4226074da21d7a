"""format_runs: long runs of one format, in a history or a calendar ([001] "alternate")."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import groupby
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit.calendar import CalendarItem, ContentCalendar, check_calendar
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.measure import FORMAT_RUN_LIMIT, History, PostRecord, format_runs

START = datetime(2026, 3, 2, 9, tzinfo=UTC)
FORMATS = st.sampled_from(["text", "image", "video", "question", "Image", None])


def records(kinds: list[str | None], platform: str | None = "facebook") -> list[PostRecord]:
    return [
        PostRecord(posted_at=START + timedelta(hours=i), platform=platform, format=k)
        for i, k in enumerate(kinds)
    ]


def oracle(kinds: list[str | None], longest: int) -> list[int]:
    """Lengths of the maximal runs of one known format longer than ``longest``."""
    keys = [k.casefold() if k else None for k in kinds]
    return [n for k, g in groupby(keys) if k is not None and (n := len(list(g))) > longest]


@given(st.lists(FORMATS, max_size=30), st.integers(1, 6))
def test_runs_are_the_maximal_runs_longer_than_the_limit(
    kinds: list[str | None], longest: int
) -> None:
    runs = format_runs(records(kinds), longest=longest)
    assert [r.length for r in runs] == oracle(kinds, longest)
    for run in runs:
        assert len({r.format.casefold() for r in run.records if r.format}) == 1
        assert run.first <= run.last


@given(st.lists(FORMATS, max_size=20), st.randoms())
def test_input_order_does_not_matter_time_does(kinds: list[str | None], rnd: object) -> None:
    given_ = records(kinds)
    shuffled = list(given_)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert format_runs(shuffled) == format_runs(given_)


def test_platforms_are_checked_apart() -> None:
    mixed = records(["video"] * 2, "x") + records(["video"] * 3, "facebook")
    assert format_runs(mixed, longest=2) == format_runs(records(["video"] * 3), longest=2)
    assert format_runs(mixed, longest=3) == ()


def test_a_history_is_read_like_its_records() -> None:
    kinds: list[str | None] = ["image"] * (FORMAT_RUN_LIMIT + 1)
    history = History(records=tuple(records(kinds)))
    (run,) = format_runs(history)
    assert run.length == FORMAT_RUN_LIMIT + 1
    assert run.platform == "facebook"
    assert str(run) == "facebook: 4 'image' posts in a row from 2026-03-02 to 2026-03-02"


@pytest.mark.parametrize("bad", ["history", 3, [1]])
def test_bad_input_is_refused(bad: object) -> None:
    with pytest.raises(SocialkitTypeError):
        format_runs(bad)  # type: ignore[arg-type]


def test_a_record_without_a_time_zone_is_refused() -> None:
    with pytest.raises(ValidationError, match="naive"):
        PostRecord(posted_at=datetime(2026, 1, 1))


def test_the_limit_is_a_whole_number_from_one() -> None:
    with pytest.raises(ValidationError):
        format_runs([], longest=0)


def test_the_calendar_uses_the_same_check() -> None:
    paris = ZoneInfo("Europe/Paris")
    kinds = ["video", "video", "video", "video", "poll"]
    items = [
        CalendarItem(
            id=f"fb-{i}",
            platform="facebook",
            kind="post",
            start=datetime(2026, 3, 2 + i, 10, tzinfo=paris),
            title="post",
            content_type=k,
        )
        for i, k in enumerate(kinds)
    ]
    cal = ContentCalendar(tz=paris, start=date(2026, 3, 1), end=date(2026, 4, 1), items=items)
    found = [f for f in check_calendar(cal) if f.rule == "page.alternate_formats"]
    assert [f.where for f in found] == ["items[0]"]
    assert "socialkit's default" in found[0].message
    as_history = [
        PostRecord(posted_at=i.start, platform=i.platform, format=str(i.content_type))
        for i in items
    ]
    assert len(format_runs(as_history)) == len(found)
