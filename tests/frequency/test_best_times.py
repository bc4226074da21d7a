"""best_times: benchmark windows with sources, shrunk toward by the account's own history."""

from datetime import datetime, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import SocialkitTypeError, ValidationError, best_times, list_platforms
from socialkit.errors import NoBenchmarkError
from socialkit.frequency import Basis, PostResult

PARIS = ZoneInfo("Europe/Paris")


def post(day: int, hour: int, engagement: float, tz: ZoneInfo = PARIS) -> PostResult:
    return PostResult(posted_at=datetime(2026, 10, day, hour, tzinfo=tz), engagement=engagement)


@pytest.mark.parametrize("platform", [p for p in list_platforms() if p.best_times])
def test_without_history_the_benchmark_windows_come_with_their_sources(platform: object) -> None:
    ranked = best_times(platform, tz=PARIS, top=50)  # type: ignore[arg-type]
    assert len(ranked) == len(platform.best_times)  # type: ignore[attr-defined]
    for w in ranked:
        assert w.basis is Basis.BENCHMARK
        assert w.sources
        assert w.posts == 0
        assert w.score is None


def test_shrinkage_formula_is_n_mean_plus_k_prior_over_n_plus_k() -> None:
    history = [post(1, 18, 0.08)] * 5 + [post(5, 9, 0.02)] * 5  # Thu 18h, Mon 9h
    ranked = {
        (w.window.weekday, w.window.start.hour): w
        for w in best_times("linkedin", tz=PARIS, history=history, top=100)
    }
    overall = 0.05
    thursday = ranked[(3, 18)]
    assert thursday.score == pytest.approx((5 * 0.08 + 10 * overall) / 15)
    assert thursday.account_weight == Fraction(5, 15)
    assert thursday.basis is Basis.ACCOUNT
    tuesday = ranked[(1, 10)]  # benchmark window, no post: prior = mean x lift
    assert tuesday.score == pytest.approx(overall * 1.2)
    assert tuesday.basis is Basis.BENCHMARK
    assert tuesday.sources


def test_the_account_is_trusted_more_as_its_sample_grows() -> None:
    def thursday_rank(n: int) -> int:
        history = [post(1, 18, 0.08)] * n + [post(5, 9, 0.02)] * n
        ranked = best_times("linkedin", tz=PARIS, history=history, top=100)
        return [(w.window.weekday, w.window.start.hour) for w in ranked].index((3, 18))

    assert thursday_rank(2) > 0  # two good posts do not beat the benchmark
    assert thursday_rank(40) == 0  # forty do


def test_history_is_read_in_the_audience_time_zone() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    history = [post(1, 18, 0.1, tz=PARIS)] * 20
    (top,) = best_times("mastodon", tz=tokyo, history=history, top=1)
    assert (top.window.weekday, top.window.start.hour) == (
        4,
        1,
    )  # Thu 18:00 Paris = Fri 01:00 Tokyo


def test_bad_input() -> None:
    with pytest.raises(ValidationError, match="naive"):
        PostResult(posted_at=datetime(2026, 1, 1), engagement=0.1)
    with pytest.raises(ValidationError, match=">= 0"):
        post(1, 9, -1.0)
    with pytest.raises(ValidationError, match="top"):
        best_times("x", tz=PARIS, top=0)
    with pytest.raises(ValidationError, match="PostResult"):
        best_times("x", tz=PARIS, history=[(datetime(2026, 1, 1, tzinfo=PARIS), 0.1)])  # type: ignore[list-item]
    with pytest.raises(ValidationError, match="Mars/Base"):
        best_times("x", tz="Mars/Base")
    with pytest.raises(SocialkitTypeError):
        best_times("x", tz=None)  # type: ignore[arg-type]


@given(
    st.lists(
        st.tuples(st.integers(0, 24 * 7 - 1), st.floats(0, 1, allow_nan=False)),
        min_size=1,
        max_size=60,
    )
)
def test_scores_stay_between_the_lowest_and_highest_evidence(
    cells: list[tuple[int, float]],
) -> None:
    monday = datetime(2026, 10, 5, tzinfo=PARIS)
    history = [PostResult(posted_at=monday + timedelta(hours=h), engagement=e) for h, e in cells]
    ranked = best_times("x", tz=PARIS, history=history, top=500)
    values = [e for _, e in cells]
    mean = sum(values) / len(values)
    low, high = min(values), max(*values, mean * 1.2)
    assert all(low - 1e-12 <= (w.score or 0) <= high + 1e-12 for w in ranked)
    scores = [w.score or 0 for w in ranked]
    assert scores == sorted(scores, reverse=True)
    assert sum(w.posts for w in ranked) == len(cells)


@pytest.mark.parametrize("platform", [p.slug for p in list_platforms() if not p.best_times])
def test_no_benchmark_raises_instead_of_an_empty_answer(platform: str) -> None:
    # Review item 21: best_times returned () silently for 7 of 12 platforms.
    with pytest.raises(NoBenchmarkError, match=f"{platform} has no published"):
        best_times(platform, tz=PARIS)


def test_no_benchmark_still_ranks_the_account_history() -> None:
    history = [post(d, 18, 0.08) for d in (1, 8, 15)] + [post(d, 9, 0.02) for d in (5, 12)]
    (first, *_) = best_times("youtube", tz=PARIS, history=history)
    assert (first.window.weekday, first.window.start.hour, first.basis) == (3, 18, Basis.ACCOUNT)


def test_history_must_be_an_iterable() -> None:
    # Review item 12: history=5 raised a bare TypeError.
    with pytest.raises(SocialkitTypeError, match="history"):
        best_times("linkedin", tz=PARIS, history=5)  # type: ignore[arg-type]
