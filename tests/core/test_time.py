"""Time zones: ``to_zone`` takes IANA zones and ``datetime.UTC``, never a bare offset."""

from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import SocialkitTypeError, ValidationError
from socialkit._core.time import localize, to_zone
from strategies import DST_EDGES, zones


def test_utc_is_the_iana_utc_zone() -> None:
    # Review of issue 11: tz=datetime.timezone.utc raised "got timezone" everywhere.
    assert to_zone(UTC) == ZoneInfo("UTC")
    assert to_zone(timezone(timedelta(0), "GMT")).key == "UTC"


@given(st.integers(-23 * 60, 23 * 60).filter(bool))
def test_any_other_fixed_offset_is_refused_naming_iana_examples(minutes: int) -> None:
    with pytest.raises(ValidationError, match=r"daylight saving.*'UTC' or 'Europe/Paris'"):
        to_zone(timezone(timedelta(minutes=minutes)))


def test_other_tzinfo_kinds_stay_a_type_error() -> None:
    class Odd(tzinfo):
        pass

    with pytest.raises(SocialkitTypeError):
        to_zone(Odd())


def _reference_localize(day: date, at: time, tz: ZoneInfo) -> datetime:
    """``localize`` as it was: strip the time's zone and fold, attach ``tz``, round-trip."""
    first = datetime.combine(day, at.replace(tzinfo=None, fold=0)).replace(tzinfo=tz)
    return first.astimezone(UTC).astimezone(tz)


@given(
    st.dates(date(1970, 1, 2), date(2100, 12, 30)) | st.sampled_from([d.date() for d in DST_EDGES]),
    st.times(timezones=st.none() | st.just(UTC)) | st.sampled_from([d.time() for d in DST_EDGES]),
    st.booleans(),
    zones(),
)
def test_localize_equals_its_straightforward_version(
    day: date, at: time, fold: bool, tz: ZoneInfo
) -> None:
    """Same fields, fold and zone as the version that stripped ``at`` before combining."""
    at = at.replace(fold=int(fold))
    got, want = localize(day, at, tz), _reference_localize(day, at, tz)
    assert (got, got.fold, got.tzinfo) == (want, want.fold, want.tzinfo)
    assert got.isoformat() == want.isoformat()
