"""The typed value objects of ``_core.fields`` and the ``Choice`` enums of ``_core.validate``."""

from __future__ import annotations

import math
import typing
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import Severity, get_platform
from socialkit._core.fields import MAX_INT, _fast, checked, conforms, frozen
from socialkit._core.time import to_zone
from socialkit._core.validate import Choice
from socialkit.calendar import FixedEvent, Sequencer
from socialkit.errors import NotFoundError, SocialkitError, SocialkitTypeError, ValidationError
from socialkit.frequency import QuietHours
from socialkit.funnel import FunnelStage

PARIS = ZoneInfo("Europe/Paris")


class Tone(Choice):
    WARM = "warm"
    DRY_WIT = "dry wit"


@frozen(kw_only=True)
class Sample:
    label: str
    count: int = 0
    share: Fraction = Fraction(0)
    ratio: float = 0.0
    tags: tuple[str, ...] = ()
    names: frozenset[str] = frozenset()
    tone: Tone = Tone.WARM
    zone: ZoneInfo | None = None
    day: date | None = None
    at: datetime | None = None
    note: str | None = None


def test_a_valid_value_is_built_and_converted_as_the_library_accepts_everywhere() -> None:
    # The ignores: runtime conversions that mypy does not see (the annotations stay strict).
    sample = Sample(
        label="a",
        count=3,
        share=1,  # type: ignore[arg-type]
        tags=["x", "y"],  # type: ignore[arg-type]
        names={"n"},  # type: ignore[arg-type]
        tone="DRY_WIT",  # type: ignore[arg-type]
        zone="Europe/Paris",  # type: ignore[arg-type]
        day=date(2026, 1, 1),
        at=datetime(2026, 1, 1, 9, tzinfo=PARIS),
    )
    assert sample.tags == ("x", "y")
    assert sample.names == frozenset({"n"})
    assert sample.tone is Tone.DRY_WIT
    assert sample.zone == PARIS
    assert sample.share == Fraction(1)
    assert isinstance(sample.share, Fraction)
    assert hash(sample) == hash(attrs.evolve(sample))


@pytest.mark.parametrize(
    ("field", "value", "error", "match"),
    [
        ("label", None, SocialkitTypeError, "Sample.label: got NoneType; expected a str"),
        ("count", True, SocialkitTypeError, "Sample.count: got bool"),
        ("count", 10**5000, ValidationError, "Sample.count"),
        ("count", MAX_INT + 1, ValidationError, "Sample.count"),
        ("ratio", math.nan, ValidationError, "Sample.ratio"),
        ("ratio", math.inf, ValidationError, "Sample.ratio"),
        ("share", Decimal("1E+999999"), SocialkitTypeError, "Sample.share"),
        ("share", Fraction(10**400, 3), ValidationError, "Sample.share"),
        ("tags", "abc", SocialkitTypeError, "Sample.tags"),
        ("tags", [1], SocialkitTypeError, r"Sample.tags\[0\]"),
        ("names", [["unhashable"]], SocialkitTypeError, "Sample.names"),
        ("tone", "cold", NotFoundError, r"Sample.tone \(Tone\): unknown 'cold'"),
        ("tone", 3, SocialkitTypeError, "Sample.tone"),
        ("zone", "Europe", ValidationError, "Sample.zone: unknown time zone 'Europe'"),
        ("day", datetime(2026, 1, 1, tzinfo=UTC), SocialkitTypeError, "not a datetime"),
        ("at", datetime(2026, 1, 1), ValidationError, "naive"),
        ("at", date(2026, 1, 1), SocialkitTypeError, "Sample.at"),
    ],
    ids=lambda v: v[:20] if isinstance(v, str) else type(v).__name__,
)
def test_a_wrong_value_names_the_field_the_value_and_what_is_allowed(
    field: str, value: object, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        Sample(**{"label": "a", field: value})  # type: ignore[arg-type]


def test_a_missing_or_unknown_argument_is_a_socialkit_error() -> None:
    with pytest.raises(SocialkitTypeError, match="Sample: missing 1 required keyword-only"):
        Sample()  # type: ignore[call-arg]
    with pytest.raises(SocialkitTypeError, match="unexpected keyword argument 'nope'"):
        Sample(label="a", nope=1)  # type: ignore[call-arg]


HOSTILE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.decimals(),
    st.fractions(),
    st.text(max_size=5),
    st.lists(st.one_of(st.text(max_size=3), st.integers()), max_size=3),
    st.dates(),
    st.datetimes(timezones=st.none() | st.just(UTC)),
)


@given(field=st.sampled_from([f.name for f in attrs.fields(Sample)]), value=HOSTILE)
def test_any_value_gives_a_well_typed_object_or_a_socialkit_error(
    field: str, value: object
) -> None:
    try:
        sample = Sample(**{"label": "a", field: value})  # type: ignore[arg-type]
    except SocialkitError:
        return
    hash(sample)
    str(sample)
    hints = typing.get_type_hints(Sample)
    for f in attrs.fields(Sample):
        assert conforms(getattr(sample, f.name), hints[f.name])


def test_choice_enums_read_names_and_values_and_refuse_the_rest() -> None:
    assert Tone("DRY_WIT") is Tone.DRY_WIT
    assert Tone("Dry-Wit") is Tone.DRY_WIT
    assert FunnelStage("TOFU") is FunnelStage.TOFU
    with pytest.raises(NotFoundError, match="known: warm, dry wit"):
        Tone("cold")
    with pytest.raises(SocialkitTypeError):
        Tone(10**5000)  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError, match="a single member"):
        Severity("error", None)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "zone",
    [
        "Europe",
        "a" * 300,
        "Factory",
        "localtime",
        "posixrules",
        "right/UTC",
        "posix/Europe/Paris",
        "\ud800",
        "a\x00b",
        "../UTC",
    ],
    ids=lambda v: repr(v[:20]),
)
def test_the_one_zone_converter_refuses_what_is_no_audience_zone(zone: str) -> None:
    with pytest.raises(ValidationError, match="time zone"):
        to_zone(zone)


def test_methods_check_their_arguments_at_the_boundary() -> None:
    quiet = QuietHours(start=time(22), end=time(7))
    with pytest.raises(SocialkitTypeError, match=r"QuietHours.contains\(at\)"):
        quiet.contains(9)  # type: ignore[arg-type]
    x = get_platform("x")
    with pytest.raises(SocialkitTypeError, match=r"is_stale\(max_age\)"):
        x.is_stale(date(2026, 1, 1), max_age=365)  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError, match=r"text_limits\(on\)"):
        x.limits.text_limits(on=datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(SocialkitTypeError, match=r"current_signals\(on\)"):
        x.current_signals(on=datetime(2026, 1, 1, tzinfo=UTC))
    event = FixedEvent(title="a", start=datetime(2026, 1, 1, 9, tzinfo=PARIS))
    assert next(event.occurrences("Europe/Paris")) == event.start  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError, match=r"occurrences\(until\)"):
        event.occurrences(PARIS, until=date(2026, 1, 3))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="Europe"):
        event.occurrences("Europe")  # type: ignore[arg-type]


def test_checked_functions_convert_like_fields() -> None:
    @checked
    def pick(tone: Tone, tags: tuple[str, ...] = (), span: timedelta | None = None) -> str:
        return f"{tone.value} {tags} {span}"

    assert pick("warm", ["a"]) == "warm ('a',) None"  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError, match=r"pick\(span\)"):
        pick(Tone.WARM, span=3)  # type: ignore[arg-type]


def test_a_protocol_is_refused_with_a_socialkit_error() -> None:
    with pytest.raises(SocialkitTypeError, match="protocol"):
        Sequencer()  # type: ignore[misc]


@given(value=st.none() | st.integers(-10, 10) | st.text(max_size=3) | st.floats(allow_nan=False))
def test_a_unions_quick_test_answers_as_the_full_check(value: object) -> None:
    # _fast's union test (None first for optional fields) never accepts what check refuses
    for hint in (int | None, str | int, str | int | None, typing.Optional[str]):  # noqa: UP045
        if _fast(hint)(value):
            assert conforms(value, hint)
    optional, either = _fast(int | None), _fast(str | int)
    assert [optional(None), optional(3), optional("3")] == [True, True, False]
    assert [either("a"), either(3), either(None)] == [True, True, False]
