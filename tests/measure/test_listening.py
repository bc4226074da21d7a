"""Social listening ([002]): volume, spikes, share of voice, top sources."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import SocialkitTypeError, ValidationError
from socialkit.measure import BRAND, Mention, listen

PARIS = ZoneInfo("Europe/Paris")


def _m(day: int, text: str, source: str = "@a", hour: int = 12) -> Mention:
    return Mention(at=datetime(2026, 3, day, hour, tzinfo=PARIS), source=source, text=text)


def test_terms_match_whole_words_and_hashtags() -> None:
    stream = [_m(1, "#Kiko!"), _m(1, "KIKO rocks"), _m(1, "kikolandia"), _m(1, "@kiko_fr")]
    report = listen(stream, keywords=["kiko"], accounts=["@kiko_fr"])
    assert len(report.matched) == 3
    assert dict(report.terms) == {"kiko": 2, "@kiko_fr": 1}


def test_share_of_voice_and_top_sources() -> None:
    stream = [
        _m(1, "kiko", "@ana"),
        _m(1, "sephora", "@bo"),
        _m(2, "sephora and kiko", "@ana"),
        _m(2, "nyx", "@cy"),
    ]
    report = listen(stream, keywords=["kiko"], competitors=["sephora", "nyx"], top=2)
    assert dict(report.share_of_voice) == {
        BRAND: Fraction(2, 5),
        "sephora": Fraction(2, 5),
        "nyx": Fraction(1, 5),
    }
    assert report.top_sources == (("@ana", 2), ("@bo", 1))


def test_days_are_local_and_a_burst_is_a_spike() -> None:
    # 23:30 in Paris on 1 March is 22:30 UTC: still 1 March locally.
    stream = [_m(1, "kiko", hour=23), _m(2, "kiko"), _m(4, "kiko")]
    stream += [_m(5, "kiko", f"@p{i}") for i in range(6)]
    report = listen(stream, keywords=["kiko"], zone=PARIS)
    assert report.volume[0] == (date(2026, 3, 1), 1)
    assert (date(2026, 3, 3), 0) in report.volume
    assert report.spikes == (date(2026, 3, 5),)


def test_bad_arguments_say_what_is_allowed() -> None:
    with pytest.raises(ValidationError, match="at least one keyword"):
        listen([_m(1, "x")])
    with pytest.raises(SocialkitTypeError, match="Mention"):
        listen(["kiko"], keywords=["kiko"])  # type: ignore[list-item]
    with pytest.raises(SocialkitTypeError):
        listen([], keywords=[""])
    with pytest.raises(ValidationError):
        listen([], keywords=["kiko"], top=0)


@given(
    st.lists(
        st.tuples(st.integers(0, 60 * 24 * 20), st.sampled_from(["a", "b", "a b", "c", ""])),
        max_size=40,
    )
)
def test_counts_add_up(rows: list[tuple[int, str]]) -> None:
    start = datetime(2026, 3, 1, tzinfo=PARIS)
    stream = [
        Mention(at=start + timedelta(minutes=m), source=f"@{len(t)}", text=t) for m, t in rows
    ]
    report = listen(stream, keywords=["a"], competitors=["b"])
    assert sum(n for _, n in report.volume) == len(report.matched)
    assert sum(n for _, n in report.top_sources) == len(report.matched)
    assert len(report.matched) == sum(1 for _, t in rows if "a" in t or "b" in t)
    if report.share_of_voice:
        assert sum(share for _, share in report.share_of_voice) == 1
    days = [d for d, _ in report.volume]
    assert days == sorted(days)
    assert len(set(days)) == len(days)
