"""Time zones: ``to_zone`` takes IANA zones and ``datetime.UTC``, never a bare offset."""

from datetime import UTC, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import SocialkitTypeError, ValidationError
from socialkit._core.time import to_zone


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
