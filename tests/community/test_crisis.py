"""Crisis detection ([003], the Otto case) and the playbook ([001])."""

from __future__ import annotations

from datetime import datetime, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import SocialkitTypeError, ValidationError
from socialkit.community import CRISIS_PLAYBOOK, Message, detect_crisis

PARIS = ZoneInfo("Europe/Paris")
START = datetime(2026, 3, 1, tzinfo=PARIS)


def _negative(at: datetime, n: int = 0, negative: bool = True) -> Message:
    return Message(received_at=at, platform="facebook", author=f"@p{n}", negative=negative)


def test_a_quiet_inbox_has_no_crisis() -> None:
    daily = [_negative(START + timedelta(days=d), d) for d in range(40)]
    assert detect_crisis(daily) == ()


def test_a_burst_after_a_quiet_month_is_one_surge() -> None:
    quiet = [_negative(START + timedelta(days=d), d) for d in range(0, 28, 4)]
    burst = [_negative(START + timedelta(days=29, minutes=5 * m), 100 + m) for m in range(8)]
    praise = [_negative(START + timedelta(days=29, minutes=m), 200 + m, False) for m in range(30)]
    [surge] = detect_crisis(quiet + burst + praise)
    assert surge.negatives == 8
    assert surge.peak == 8
    assert surge.messages == tuple(range(len(quiet), len(quiet) + 8))
    # 29 local days after START span one hour less (DST on 29 March), so the 28-day
    # baseline before the 24 h window still holds day 0: all 7 quiet negatives.
    assert surge.usual == Fraction(7, 28)
    assert surge.playbook == CRISIS_PLAYBOOK


def test_two_bursts_apart_are_two_surges_and_minimum_counts() -> None:
    first = [_negative(START + timedelta(minutes=m), m) for m in range(5)]
    second = [_negative(START + timedelta(days=60, minutes=m), 50 + m) for m in range(5)]
    assert len(detect_crisis(first + second)) == 2
    assert detect_crisis(first + second, minimum=6) == ()


def test_the_count_is_elapsed_time_across_dst() -> None:
    # 2026-03-29: Paris loses an hour; 01:30 and 03:30 local are one hour apart.
    night = [_negative(datetime(2026, 3, 29, 1, 30, tzinfo=PARIS), 1)] * 3 + [
        _negative(datetime(2026, 3, 29, 3, 30, tzinfo=PARIS), 2)
    ] * 2
    [surge] = detect_crisis(night, window=timedelta(hours=1, minutes=1))
    assert surge.negatives == 5


def test_bad_arguments_say_what_is_allowed() -> None:
    with pytest.raises(ValidationError, match="positive duration"):
        detect_crisis([], window=timedelta(0))
    with pytest.raises(SocialkitTypeError, match="timedelta"):
        detect_crisis([], baseline=3)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="minimum"):
        detect_crisis([], minimum=0)
    with pytest.raises(SocialkitTypeError):
        detect_crisis(["angry"])  # type: ignore[list-item]


def test_the_playbook_never_deletes_and_cites_otto() -> None:
    ids = [step.id for step in CRISIS_PLAYBOOK]
    assert ids == ["stay_calm", "answer", "never_delete", "escalate", "be_transparent"]
    never = CRISIS_PLAYBOOK[ids.index("never_delete")]
    assert "Otto" in never.source.title or "Otto" in (never.source.note or "")


@given(
    st.lists(st.integers(0, 60 * 24 * 40), max_size=60),
    st.integers(1, 8),
    st.sampled_from([Fraction(1), Fraction(3), Fraction(10)]),
)
def test_every_surge_meets_its_own_test(minutes: list[int], minimum: int, factor: Fraction) -> None:
    messages = [_negative(START + timedelta(minutes=m), i) for i, m in enumerate(minutes)]
    surges = detect_crisis(messages, minimum=minimum, factor=factor)
    seen: set[int] = set()
    for surge in surges:
        assert surge.peak >= minimum
        assert surge.peak > factor * surge.usual
        assert surge.negatives >= surge.peak
        assert surge.start <= surge.end
        assert not seen & set(surge.messages)
        seen |= set(surge.messages)
    assert [s.start for s in surges] == sorted(s.start for s in surges)
    if len(minutes) < minimum:
        assert surges == ()
