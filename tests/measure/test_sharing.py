"""Sharing profiles and content made for influencers ([004] 'Connect'), from their posts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.measure import History, PostRecord, SharingProfile, content_for, sharing_profile

_T0 = datetime(2026, 3, 2, 7, tzinfo=UTC)  # a Monday
_TAGS = st.lists(st.sampled_from(["#run", "#Run", "#food", "#trail"]), max_size=3)
_RECORDS = st.lists(
    st.tuples(st.integers(0, 24 * 14), _TAGS, st.sampled_from(["video", "image", None])),
    max_size=12,
)


def _records(rows: list[tuple[int, list[str], str | None]]) -> list[PostRecord]:
    return [
        PostRecord(
            posted_at=_T0 + timedelta(hours=h), text=" ".join(tags), format=kind, platform="x"
        )
        for h, tags, kind in rows
    ]


@given(_RECORDS)
def test_profile_counts_each_post_once_per_label(
    rows: list[tuple[int, list[str], str | None]],
) -> None:
    records = _records(rows)
    profile = sharing_profile("@ana", records, tz="Europe/Paris")
    assert profile.posts == len(records)
    assert sum(n for _, n in profile.weekdays) == len(records)
    assert sum(n for _, n in profile.hours) == len(records)
    assert sum(n for _, n in profile.formats) == sum(1 for _, _, k in rows if k)
    for topic, n in profile.topics:
        assert n == sum(1 for _, tags, _ in rows if topic in {t[1:].casefold() for t in tags})
    counts = [n for _, n in profile.topics]
    assert counts == sorted(counts, reverse=True)


@given(_RECORDS, st.randoms())
def test_profile_ignores_the_order_of_posts(
    rows: list[tuple[int, list[str], str | None]], rnd: object
) -> None:
    records = _records(rows)
    shuffled = list(records)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert sharing_profile("@a", shuffled, tz="UTC") == sharing_profile("@a", records, tz="UTC")


def test_weekdays_and_hours_are_read_in_the_zone_given() -> None:
    late = [PostRecord(posted_at=datetime(2026, 3, 2, 23, 30, tzinfo=UTC))]  # Mon in UTC
    assert sharing_profile("@a", late, tz="UTC").weekdays == (("Mon", 1),)
    assert sharing_profile("@a", late, tz="Europe/Paris").weekdays == (("Tue", 1),)
    assert sharing_profile("@a", late, tz=ZoneInfo("Asia/Tokyo")).hours == (("08", 1),)


def test_content_for_picks_their_favourite_among_your_topics() -> None:
    records = _records([(0, ["#run"], "video"), (30, ["#run"], "video"), (60, ["#food"], "image")])
    profile = sharing_profile("@ana", History(records=tuple(records)), tz="UTC")
    idea = content_for(profile)
    assert (idea.topic, idea.format, idea.platform) == ("run", "video", "x")
    assert content_for(profile, your_topics=["FOOD"]).topic == "food"
    assert content_for(profile, your_topics=["shoes"]).topic is None
    assert "heuristic" in idea.why


def test_no_posts_no_pattern() -> None:
    profile = sharing_profile("@new", [], tz="UTC")
    assert profile == SharingProfile(handle="@new", posts=0, zone="UTC")
    assert str(content_for(profile)) == "for @new: no pattern yet"


def test_hostile_input_is_refused() -> None:
    with pytest.raises(SocialkitTypeError):
        sharing_profile("", [], tz="UTC")
    with pytest.raises(SocialkitTypeError):
        sharing_profile("@a", "posts", tz="UTC")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="naive"):  # refused by the record itself
        sharing_profile("@a", [PostRecord(posted_at=datetime(2026, 1, 1))], tz="UTC")
    with pytest.raises(SocialkitTypeError):
        content_for("profile")  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError):
        content_for(sharing_profile("@a", [], tz="UTC"), your_topics="run")
