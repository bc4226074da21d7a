"""One FrequencyRule codec for calendar JSON and strategy TOML; files written before still read."""

import json
import tomllib
from datetime import time, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from socialkit import (
    Channel,
    Frequency,
    FrequencyRule,
    PostingWindow,
    SocialkitError,
    SocialkitTypeError,
    Strategy,
    ValidationError,
)
from socialkit.errors import StrategyFileError
from socialkit.frequency import QuietHours
from socialkit.io import loads_strategy
from socialkit.io._calendar import from_json, to_json
from socialkit.io._frequency import (
    frequency_rule_from_dict,
    frequency_rule_from_v1,
    frequency_rule_to_dict,
)
from socialkit.io._strategy import dumps_strategy

DATA = Path(__file__).parents[1] / "data" / "formats"

# The rule both v1 fixtures hold (tests/data/formats/generate_v1.txt).
V1_RULE = FrequencyRule(
    frequencies=[Frequency(per="day", maximum=2), Frequency(per="week", minimum=2, maximum=4)],
    windows=[PostingWindow(weekday=d, start=time(9, 30), end=time(12)) for d in range(5)]
    + [PostingWindow(weekday=5, start=time(20), end=time(0))],
    quiet_hours=QuietHours(start=time(22), end=time(7)),
    min_gap=timedelta(hours=20, minutes=20),
)

clock_times = st.times().filter(lambda t: t < time(23, 59))


@st.composite
def rules(draw: st.DrawFn) -> FrequencyRule:
    """Any valid rule: ranges, a gap to the microsecond, windows and quiet hours to the second."""
    ranges = []
    for per in draw(st.sets(st.sampled_from(["day", "week", "month"]))):
        low = draw(st.integers(0, 3))
        ranges.append(
            Frequency(per=per, minimum=low, maximum=draw(st.none() | st.integers(max(low, 1), 40)))
        )
    windows = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(clock_times)
        end = draw(st.times().filter(lambda t, s=start: t > s) | st.just(time(0)))
        windows.append(PostingWindow(weekday=draw(st.integers(0, 6)), start=start, end=end))
    quiet = None
    if draw(st.booleans()):
        a, b = draw(st.times()), draw(st.times())
        if a.replace(second=0, microsecond=0) != b.replace(second=0, microsecond=0):
            quiet = QuietHours(start=a, end=b)
    gap = draw(
        st.none() | st.timedeltas(min_value=timedelta(microseconds=1), max_value=timedelta(days=60))
    )
    try:
        return FrequencyRule(frequencies=ranges, min_gap=gap, windows=windows, quiet_hours=quiet)
    except SocialkitError:  # a contradictory draw: keep the shapes, drop the ranges
        return FrequencyRule(min_gap=gap, windows=windows, quiet_hours=quiet)


def _v1_data(rule: FrequencyRule) -> dict[str, Any]:
    """How calendar JSON version 1 stored a rule (main at 8a0f721): the oracle for the old reader."""
    return {
        "frequencies": [
            {"per": f.per.value, "minimum": f.minimum, "maximum": f.maximum}
            for f in rule.frequencies
        ],
        "min_gap_seconds": None if rule.min_gap is None else rule.min_gap.total_seconds(),
        "windows": [
            {"weekday": w.weekday, "start": w.start.isoformat(), "end": w.end.isoformat()}
            for w in rule.windows
        ],
        "quiet_hours": None
        if rule.quiet_hours is None
        else {"start": rule.quiet_hours.start.isoformat(), "end": rule.quiet_hours.end.isoformat()},
    }


# --- the codec ---------------------------------------------------------------


@given(rules())
def test_the_codec_round_trips_every_rule_exactly(rule: FrequencyRule) -> None:
    assert frequency_rule_from_dict(frequency_rule_to_dict(rule)) == rule


@given(rules())
def test_the_dict_survives_json_and_toml_unchanged(rule: FrequencyRule) -> None:
    data = frequency_rule_to_dict(rule)
    assert json.loads(json.dumps(data)) == data
    assert tomllib.loads(tomli_w.dumps({"frequency": data}))["frequency"] == data


@given(rules())
def test_calendar_json_and_strategy_toml_hold_the_same_table(rule: FrequencyRule) -> None:
    strategy = Strategy(name="s", channels=[Channel(platform="x", frequency=rule)])
    toml_table = tomllib.loads(dumps_strategy(strategy))["channels"][0].get("frequency", {})
    assert toml_table == frequency_rule_to_dict(rule)


@given(rules())
def test_the_v1_reader_reads_what_v1_wrote(rule: FrequencyRule) -> None:
    read = frequency_rule_from_v1(json.loads(json.dumps(_v1_data(rule))))
    assert read.frequencies == rule.frequencies
    assert (read.windows, read.quiet_hours) == (rule.windows, rule.quiet_hours)
    if (
        rule.min_gap is not None
    ):  # v1 stored float seconds: exact to the microsecond up to ~100 days
        assert read.min_gap == rule.min_gap


def test_gaps_are_hours_written_exactly() -> None:
    rule = FrequencyRule(min_gap=timedelta(hours=20, minutes=20))
    assert frequency_rule_to_dict(rule) == {"min_gap_hours": "61/3"}
    assert frequency_rule_to_dict(FrequencyRule(min_gap=timedelta(minutes=90))) == {
        "min_gap_hours": 1.5
    }


def test_times_are_text_and_toml_local_times_still_read() -> None:
    data = frequency_rule_to_dict(V1_RULE)
    assert data["windows"][0] == {"weekday": 0, "start": "09:30", "end": "12:00"}
    native = {**data, "quiet_hours": {"start": time(22), "end": time(7)}}
    assert frequency_rule_from_dict(native) == V1_RULE


@pytest.mark.parametrize(
    ("data", "where", "error"),
    [
        ({"weekly": {}}, "frequency.weekly", ValidationError),
        ({"week": {"maximum": "3"}}, "frequency.week.maximum", SocialkitTypeError),
        ({"week": {"maximum": 0}}, "frequency.week.maximum", ValidationError),
        ({"min_gap_hours": -1}, "frequency.min_gap_hours", ValidationError),
        ({"min_gap_hours": True}, "frequency.min_gap_hours", SocialkitTypeError),
        (
            {"windows": [{"weekday": 0, "start": "9h", "end": "12:00"}]},
            "frequency.windows[0].start",
            ValidationError,
        ),
        (
            {"windows": [{"weekday": 0, "end": "12:00"}]},
            "frequency.windows[0].start",
            ValidationError,
        ),
        (
            {"windows": [{"weekday": 9, "start": "09:00", "end": "12:00"}]},
            "frequency.windows[0].weekday",
            ValidationError,
        ),
        (
            {"quiet_hours": {"start": "22:00", "end": "22:00"}},
            "frequency.quiet_hours.end",
            ValidationError,
        ),
        ({"week": {"minimum": 5}, "min_gap_hours": 48}, "frequency.min_gap_hours", ValidationError),
    ],
)
def test_errors_name_the_key_path(data: dict[str, Any], where: str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        frequency_rule_from_dict(data)
    assert info.value.where == where  # type: ignore[attr-defined]


# --- files written before the codec read the same ----------------------------


def test_a_v1_calendar_json_reads_the_same() -> None:
    text = (DATA / "calendar-v1.json").read_text(encoding="utf-8")
    cal = from_json(text)
    assert cal.rule("linkedin") == V1_RULE
    assert cal.rule("instagram") == FrequencyRule(
        frequencies=[Frequency(per="week", minimum=2, maximum=3)]
    )
    assert len(cal.items) == len(json.loads(text)["items"])
    rewritten = to_json(cal)
    assert json.loads(rewritten)["version"] == 2
    assert json.loads(rewritten)["rules"]["linkedin"] == frequency_rule_to_dict(V1_RULE)
    assert from_json(rewritten) == cal


def test_an_unknown_calendar_version_is_refused() -> None:
    data = json.loads((DATA / "calendar-v1.json").read_text(encoding="utf-8"))
    with pytest.raises(ValidationError, match="version 3"):
        from_json(json.dumps({**data, "version": 3}))


def test_a_v1_calendar_rule_error_names_the_platform() -> None:
    data = json.loads((DATA / "calendar-v1.json").read_text(encoding="utf-8"))
    data["rules"]["linkedin"]["min_gap_seconds"] = "soon"
    with pytest.raises(ValidationError, match=r"rules\.linkedin"):
        from_json(json.dumps(data))


def test_a_v1_strategy_toml_reads_the_same() -> None:
    s = loads_strategy((DATA / "strategy-v1.toml").read_text(encoding="utf-8"))
    linkedin = s.channel("linkedin")
    assert (linkedin.frequency, linkedin.frequency_reason) == (V1_RULE, "our own results")
    assert (linkedin.role, linkedin.mission) == ("hiring", "We will use LinkedIn to hire.")
    instagram = s.channel("instagram").frequency
    assert instagram == FrequencyRule(
        frequencies=[Frequency(per="day", minimum=2, maximum=3)], min_gap=timedelta(hours=3)
    )
    assert loads_strategy(dumps_strategy(s)) == s


def test_strategy_file_errors_in_a_frequency_keep_the_key_path() -> None:
    text = 'name = "s"\n[[channels]]\nplatform = "x"\n[channels.frequency]\nwindows = [{ weekday = 0, start = "9h", end = 12:00:00 }]\n'
    with pytest.raises(StrategyFileError) as info:
        loads_strategy(text, filename="s.toml")
    assert info.value.where == "channels[0].frequency.windows[0].start"
    assert "expected a local time such as '09:30'" in str(info.value)


# --- one channel type --------------------------------------------------------


def test_a_strategy_passes_its_channels_to_the_plan_as_they_are() -> None:
    night = Channel(platform="x", times=[time(2, 30)], per_week=7, role="news")
    s = Strategy(name="s", channels=[night, Channel(platform="linkedin")])
    assert s.to_plan_spec().channels == s.channels
    assert s.to_plan_spec().channels[0] is night


def test_a_channel_plans_with_its_override_else_the_default() -> None:
    assert Channel(platform="linkedin").rule == FrequencyRule.for_platform("linkedin")
    assert Channel(platform="linkedin", frequency=V1_RULE).rule is V1_RULE


def test_a_strategy_file_refuses_planner_options_it_cannot_hold() -> None:
    s = Strategy(name="s", channels=[Channel(platform="x", times=[time(9)])])
    with pytest.raises(ValidationError, match=r"channels\[0\]\.times: a strategy file has no key"):
        dumps_strategy(s)


def test_a_strategy_file_holds_the_weekly_target_a_review_adjusts() -> None:
    s = Strategy(name="s", channels=[Channel(platform="x", per_week=Fraction(7, 2))])
    assert loads_strategy(dumps_strategy(s)) == s
