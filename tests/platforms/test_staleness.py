"""Staleness per fact, from its own source's date; sources carry real dates or none."""

from __future__ import annotations

import re
import warnings
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit.errors import SocialkitTypeError, StaleDataWarning, ValidationError
from socialkit.platforms import (
    SOURCE_MAX_AGE,
    Confidence,
    Source,
    get_platform,
    list_platforms,
    warn_stale,
)

SRC = Path(__file__).parents[2] / "src" / "socialkit"
TODAY = date(2026, 12, 2)


def test_no_source_is_dated_1_january() -> None:
    """A placeholder date would make staleness lie: a real date or None."""
    for p in list_platforms():
        for source in p.sources:
            if source.published is not None:
                assert (source.published.month, source.published.day) != (1, 1), source.title
    for path in [*SRC.glob("platforms/*.py"), SRC / "_core" / "sources.py"]:
        assert not re.search(r"published=date\(\d{4}, 1, 1\)", path.read_text()), path


@given(st.dates(), st.dates(), st.integers(0, 20 * 365))
def test_a_source_is_stale_exactly_when_older_than_the_limit(
    published: date, today: date, days: int
) -> None:
    source = Source(title="s", confidence=Confidence.SECONDARY, published=published)
    limit = timedelta(days=days)
    assert source.is_stale(today, max_age=limit) == (today - published > limit)
    assert not Source(title="s", confidence="secondary").is_stale(today, max_age=limit)


def test_old_papers_warn_per_fact_however_recently_the_data_was_checked() -> None:
    youtube = get_platform("youtube")
    assert not youtube.is_stale(date(2026, 12, 1))  # verified recently...
    stale = youtube.stale_facts(TODAY)
    assert stale  # ...yet facts rest on the 2016 RecSys paper
    assert {f.source.published for f in stale} == {date(2016, 9, 15)}
    pinterest = {f.source.published.year for f in get_platform("pinterest").stale_facts(TODAY)}  # type: ignore[union-attr]
    assert pinterest == {2015}


def test_warn_stale_warns_once_per_old_source() -> None:
    with pytest.warns(StaleDataWarning, match="RecSys 2016") as caught:
        facts = warn_stale("youtube", TODAY)
    assert len(caught) == 1
    assert len(facts) == len(get_platform("youtube").stale_facts(TODAY))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert warn_stale("youtube", date(2017, 1, 1), max_age=SOURCE_MAX_AGE) == ()


def test_bad_dates_and_ages_are_refused() -> None:
    with pytest.raises(SocialkitTypeError):
        get_platform("x").stale_facts("2026-01-01")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        get_platform("x").stale_facts(TODAY, max_age=timedelta(days=-1))
    with pytest.raises(SocialkitTypeError):
        warn_stale("x", TODAY, data_max_age=3)  # type: ignore[arg-type]
