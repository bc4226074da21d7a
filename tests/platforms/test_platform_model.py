"""The platform model: validation at construction, dated facts, tiers, families."""

from datetime import date, time, timedelta
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialkit
import socialkit.frequency
from socialkit import (
    Confidence,
    NotFoundError,
    Period,
    Platform,
    SocialkitTypeError,
    Source,
    ValidationError,
    get_platform,
)
from socialkit.errors import SocialkitError
from socialkit.platforms import (
    CountKind,
    CountLimit,
    Effect,
    Limits,
    MediaFamily,
    MediaKind,
    MediaLimit,
    PostingGuidance,
    PostingWindow,
    Signal,
    TextLimit,
    TextUnit,
)

SOURCE = Source(title="A test source", confidence=Confidence.SECONDARY)


def _signal(signal_id: str = "video", **changes: Any) -> Signal:
    return Signal(id=signal_id, effect=Effect.BOOST, description="d", source=SOURCE, **changes)


def _platform(**changes: Any) -> Platform:
    fields: dict[str, Any] = {
        "slug": "test",
        "name": "Test",
        "family": MediaFamily.SOCIAL_NETWORK,
        "verified_on": date(2026, 11, 22),
        "signals": (_signal(),),
        **changes,
    }
    return Platform(**fields)


# --- malformed data fails when the object is built ---------------------------


@pytest.mark.parametrize("maximum", [0, -1, -500])
def test_text_limit_must_be_positive(maximum: int) -> None:
    with pytest.raises(ValidationError, match=r"TextLimit\.maximum"):
        TextLimit(maximum=maximum, unit=TextUnit.GRAPHEMES, source=SOURCE)


def test_limit_must_be_an_integer() -> None:
    with pytest.raises(SocialkitTypeError):
        TextLimit(maximum=2.5, unit=TextUnit.GRAPHEMES, source=SOURCE)  # type: ignore[arg-type]


def test_count_limit_cannot_be_negative() -> None:
    with pytest.raises(ValidationError):
        CountLimit(kind=CountKind.HASHTAGS, maximum=-1, source=SOURCE)


def test_unknown_unit_is_rejected() -> None:
    with pytest.raises(NotFoundError, match="furlongs"):
        TextLimit(maximum=10, unit="furlongs", source=SOURCE)  # type: ignore[arg-type]


@pytest.mark.parametrize("title", ["", "   "])
def test_source_needs_a_title(title: str) -> None:
    with pytest.raises(ValidationError, match=r"Source\.title"):
        Source(title=title, confidence=Confidence.OFFICIAL)


def test_fact_needs_a_source() -> None:
    with pytest.raises(SocialkitTypeError):
        TextLimit(maximum=10, unit=TextUnit.GRAPHEMES, source=None)  # type: ignore[arg-type]


@pytest.mark.parametrize("weight", ["high", float("nan"), float("inf"), -float("inf"), True])
def test_weight_must_be_a_finite_number(weight: object) -> None:
    with pytest.raises(SocialkitError, match=r"Signal\.weight"):
        _signal(weight=weight)


@pytest.mark.parametrize("weight", [0.5, -369, Fraction(1, 3)])
def test_published_weights_are_accepted(weight: float) -> None:
    assert _signal(weight=weight).weight == weight


@pytest.mark.parametrize("signal_id", ["Video", "with space", "", "1st"])
def test_signal_id_is_snake_case(signal_id: str) -> None:
    with pytest.raises(ValidationError):
        _signal(signal_id)


@pytest.mark.parametrize(
    ("since", "until"), [(date(2020, 1, 1), date(2020, 1, 1)), (date(2020, 1, 2), date(2020, 1, 1))]
)
def test_until_must_be_after_since(since: date, until: date) -> None:
    with pytest.raises(ValidationError, match="until"):
        _signal(since=since, until=until)


def test_guidance_minimum_cannot_exceed_maximum() -> None:
    with pytest.raises(ValidationError, match="minimum"):
        PostingGuidance(per=Period.WEEK, minimum=5, maximum=2, source=SOURCE)


def test_guidance_range_needs_a_period() -> None:
    with pytest.raises(ValidationError, match="period"):
        PostingGuidance(minimum=1, maximum=2, source=SOURCE)


def test_guidance_needs_a_range_or_a_gap() -> None:
    with pytest.raises(ValidationError):
        PostingGuidance(source=SOURCE)


def test_guidance_gap_must_be_positive() -> None:
    with pytest.raises(ValidationError):
        PostingGuidance(min_gap=timedelta(0), source=SOURCE)


def test_media_duration_range_is_ordered() -> None:
    with pytest.raises(ValidationError, match="min_duration"):
        MediaLimit(
            kind=MediaKind.VIDEO,
            min_duration=timedelta(minutes=2),
            max_duration=timedelta(minutes=1),
            source=SOURCE,
        )


def test_media_aspect_range_is_ordered() -> None:
    with pytest.raises(ValidationError, match="min_aspect"):
        MediaLimit(
            kind=MediaKind.IMAGE,
            min_aspect=Fraction(2, 1),
            max_aspect=Fraction(1, 1),
            source=SOURCE,
        )


@pytest.mark.parametrize("aspect", [0.8, Fraction(0), Fraction(-1, 2)])
def test_aspect_is_a_positive_fraction(aspect: object) -> None:
    with pytest.raises(ValidationError):
        MediaLimit(kind=MediaKind.IMAGE, min_aspect=aspect, source=SOURCE)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("weekday", "start", "end"),
    [
        (7, time(9), time(12)),
        (-1, time(9), time(12)),
        (0, time(12), time(12)),
        (0, time(14), time(9)),
    ],
)
def test_posting_window_is_a_real_span(weekday: int, start: time, end: time) -> None:
    with pytest.raises(ValidationError):
        PostingWindow(weekday=weekday, start=start, end=end, sources=[SOURCE])


@pytest.mark.parametrize("value", [9, "09:00", None])
def test_posting_window_times_are_datetime_times(value: object) -> None:
    with pytest.raises(SocialkitTypeError):
        PostingWindow(weekday=0, start=value, end=time(12))  # type: ignore[arg-type]


def test_a_platform_benchmark_window_needs_a_source() -> None:
    with pytest.raises(ValidationError, match=r"best_times\[0\]: Mon 09:00-12:00 has no source"):
        _platform(best_times=[PostingWindow(weekday=0, start=time(9), end=time(12))])


def test_window_sources_count_among_the_platform_sources() -> None:
    other = Source(title="Window study", confidence="secondary")
    w = PostingWindow(weekday=0, start=time(9), end=time(12), sources=[other])
    assert other in _platform(best_times=[w]).sources


def test_duplicate_signal_ids_are_rejected() -> None:
    with pytest.raises(ValidationError, match="duplicate signal 'video'"):
        _platform(signals=(_signal(), _signal()))


def test_dated_versions_of_a_signal_are_allowed() -> None:
    old = _signal(weight=13.5, until=date(2026, 8, 13))
    new = _signal(weight=5.0, since=date(2026, 8, 13))
    platform = _platform(signals=(old, new))
    assert platform.signal("video").weight == 5.0
    assert platform.signal("video", on=date(2024, 1, 1)).weight == 13.5


def test_platform_needs_a_sourced_fact() -> None:
    with pytest.raises(ValidationError, match="no sourced facts"):
        _platform(signals=())


@pytest.mark.parametrize("slug", ["LinkedIn", "my platform", "", "9gag"])
def test_slug_is_a_lower_case_identifier(slug: str) -> None:
    with pytest.raises(ValidationError):
        _platform(slug=slug)


def test_lists_are_frozen_into_tuples() -> None:
    platform = _platform(signals=[_signal()], aliases=["t"])
    assert platform.signals == (_signal(),)
    assert platform.aliases == ("t",)


def test_a_string_is_not_a_list_of_aliases() -> None:
    with pytest.raises(SocialkitTypeError):
        _platform(aliases="tt")


# --- dated facts and tiers ---------------------------------------------------


def test_holds_on_treats_since_as_inclusive_and_until_as_exclusive() -> None:
    fact = _signal(since=date(2020, 1, 1), until=date(2021, 1, 1))
    assert not fact.holds_on(date(2019, 12, 31))
    assert fact.holds_on(date(2020, 1, 1))
    assert fact.holds_on(date(2020, 12, 31))
    assert not fact.holds_on(date(2021, 1, 1))
    assert not fact.holds_on(None)  # it has ended: not today's rule


def test_open_ended_fact_holds_today() -> None:
    assert _signal(since=date(2020, 1, 1)).holds_on(None)
    assert _signal().holds_on(date(1999, 1, 1))


def test_x_allowed_140_characters_before_7_november_2017() -> None:
    # twitter-text config v1 -> v3; [003] notes X used to be limited to 140 characters.
    limits = get_platform("x").limits
    (before,) = limits.text_limits(on=date(2017, 11, 6))
    (after,) = limits.text_limits(on=date(2017, 11, 7))
    assert (before.maximum, after.maximum) == (140, 280)


def test_premium_tier_has_its_own_limit() -> None:
    limits = get_platform("x").limits
    assert [t.maximum for t in limits.text_limits(tier="premium")] == [25_000]
    assert [t.maximum for t in limits.text_limits()] == [280]


def test_a_tier_without_its_own_limit_falls_back_to_the_default() -> None:
    # YouTube's "verified" tier has its own video limit but no text limit of its own.
    limits = get_platform("youtube").limits
    assert [t.maximum for t in limits.text_limits("title", tier="verified")] == [100]


def test_a_tier_the_data_does_not_name_is_an_error() -> None:
    # Review item 5: "gold" used to fall back silently to the free 280.
    limits = get_platform("x").limits
    assert limits.tiers() == ("premium",)
    assert limits.resolve_tier("PREMIUM") == "premium"
    for lookup in (
        lambda: limits.text_limits(tier="gold"),
        lambda: limits.count(CountKind.IMAGES, tier="gold"),
        lambda: limits.media_limit(MediaKind.VIDEO, tier="gold"),
    ):
        with pytest.raises(ValidationError, match="expected one of 'premium'"):
            lookup()
    with pytest.raises(ValidationError, match="expected None"):
        get_platform("linkedin").limits.resolve_tier("premium")


def test_verified_youtube_accounts_upload_longer_videos() -> None:
    limits = get_platform("youtube").limits
    default = limits.media_limit(MediaKind.VIDEO)
    verified = limits.media_limit(MediaKind.VIDEO, tier="verified")
    assert default is not None
    assert verified is not None
    assert (default.max_duration, verified.max_duration) == (
        timedelta(minutes=15),
        timedelta(hours=12),
    )


def test_instagram_hashtag_cap_fell_from_30_to_5() -> None:
    limits = get_platform("instagram").limits
    before = limits.count(CountKind.HASHTAGS, on=date(2025, 12, 18))
    after = limits.count(CountKind.HASHTAGS, on=date(2025, 12, 19))
    today = limits.count(CountKind.HASHTAGS)
    assert before is not None
    assert after is not None
    assert today is not None
    assert (before.maximum, after.maximum, today.maximum) == (30, 5, 5)


def test_bluesky_caps_posts_in_two_units() -> None:
    limits = get_platform("bluesky").limits.text_limits("post")
    assert {(t.unit, t.maximum) for t in limits} == {
        (TextUnit.GRAPHEMES, 300),
        (TextUnit.UTF8_BYTES, 3000),
    }


def test_mastodon_counts_each_url_as_23() -> None:
    (limit,) = get_platform("mastodon").limits.text_limits()
    assert (limit.maximum, limit.unit, limit.url_length) == (500, TextUnit.GRAPHEMES, 23)


def test_missing_limit_is_none() -> None:
    limits = Limits()
    assert limits.count(CountKind.POLL_OPTIONS) is None
    assert limits.media_limit(MediaKind.GIF) is None
    assert limits.text_limits() == ()


# --- signals and guidance ----------------------------------------------------


def test_unknown_signal_suggests_close_ids() -> None:
    with pytest.raises(NotFoundError) as caught:
        get_platform("linkedin").signal("external_links")
    assert "external_link" in caught.value.suggestions


def test_boosts_and_restrictions_partition_current_signals() -> None:
    for platform in (get_platform("x"), get_platform("facebook")):
        current = set(platform.current_signals())
        boosts, restrictions = set(platform.boosts()), set(platform.restrictions())
        assert boosts | restrictions == current
        assert not boosts & restrictions


def test_linkedin_default_frequency_is_one_post_per_48_hours() -> None:
    # Course module [000]: not more than one post every 48 hours.
    gaps = [g.min_gap for g in get_platform("linkedin").recommended_frequency()]
    assert timedelta(hours=48) in gaps


def test_case_studies_are_not_recommended_guidance() -> None:
    # [000]'s Kiko posts 2-3 times a day on Instagram: an example, not advice.
    kiko = [g for g in get_platform("instagram").frequency if "Kiko" in g.note]
    assert kiko
    assert not any(g.recommended for g in kiko)


def test_sources_are_listed_once() -> None:
    sources = get_platform("x").sources
    assert len(sources) == len(set(sources))


def test_age_counts_days_since_verification() -> None:
    assert _platform().age(date(2026, 12, 22)) == timedelta(days=30)


# --- media families (source documents [000] [001]) ------------------------------


@pytest.mark.parametrize("family", list(MediaFamily))
def test_family_shares_sum_to_one(family: MediaFamily) -> None:
    assert family.interaction_share + family.content_share == 1


@pytest.mark.parametrize(
    ("family", "interaction"),
    [
        (MediaFamily.SOCIAL_NETWORK, Fraction(1, 2)),
        (MediaFamily.CONTENT_SHARING, Fraction(3, 10)),
        (MediaFamily.CONTENT_DIFFUSION, Fraction(1, 10)),
        (MediaFamily.MESSAGING, Fraction(9, 10)),
    ],
)
def test_family_shares_match_the_documents(family: MediaFamily, interaction: Fraction) -> None:
    assert family.interaction_share == interaction


# --- properties ----------------------------------------------------------------


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(list(TextUnit)))
def test_any_positive_text_limit_round_trips_through_evolve(maximum: int, unit: TextUnit) -> None:
    limit = TextLimit(maximum=maximum, unit=unit, source=SOURCE)
    assert attrs.evolve(limit) == limit
    assert attrs.evolve(limit, maximum=maximum + 1).maximum == maximum + 1


@given(st.integers(max_value=0))
def test_no_non_positive_text_limit_can_be_built(maximum: int) -> None:
    with pytest.raises(ValidationError):
        TextLimit(maximum=maximum, unit=TextUnit.CODE_POINTS, source=SOURCE)


@given(
    st.integers(min_value=0, max_value=100),
    st.integers(min_value=0, max_value=100),
)
def test_guidance_builds_exactly_when_minimum_does_not_exceed_maximum(low: int, high: int) -> None:
    if low <= high and high >= 1:
        guidance = PostingGuidance(per=Period.DAY, minimum=low, maximum=high, source=SOURCE)
        assert guidance.minimum == low
    else:
        with pytest.raises(ValidationError):
            PostingGuidance(per=Period.DAY, minimum=low, maximum=high, source=SOURCE)


# --- the one posting-window type ---------------------------------------------

any_times = st.times()
whole_minutes = any_times.map(lambda t: t.replace(second=0, microsecond=0))


@st.composite
def posting_windows(draw: st.DrawFn, times: st.SearchStrategy[time] = any_times) -> PostingWindow:
    start = draw(times.filter(lambda t: t < time(23, 59)))
    end = draw(times.filter(lambda t: t > start) | st.just(time(0)))
    return PostingWindow(weekday=draw(st.integers(0, 6)), start=start, end=end)


@given(posting_windows(), st.integers(0, 6), st.times())
def test_a_window_contains_exactly_its_weekday_and_span(
    w: PostingWindow, weekday: int, at: time
) -> None:
    before_end = w.end == time(0) or at < w.end
    inside = weekday == w.weekday and w.start <= at and before_end
    assert w.contains(weekday, at) is inside


@given(posting_windows())
def test_a_window_touches_the_hours_it_overlaps(w: PostingWindow) -> None:
    def overlaps(hour: int) -> bool:
        ends_after = w.end == time(0) or w.end > time(hour)
        return ends_after and (hour == 23 or w.start < time(hour + 1))

    assert set(w.hours()) == {h for h in range(24) if overlaps(h)}


@given(posting_windows(), st.integers(0, 6))
def test_the_whole_minutes_of_a_window_are_inside_it(w: PostingWindow, weekday: int) -> None:
    first, last = w.minutes
    for m in {first, last - 1} if last > first else set():
        assert w.contains(w.weekday, time(m // 60, m % 60))
    if first > 0:
        assert not w.contains(w.weekday, time((first - 1) // 60, (first - 1) % 60))


@given(posting_windows(whole_minutes))
def test_a_window_prints_weekday_and_span(w: PostingWindow) -> None:
    day, span = str(w).split(" ")
    start, end = span.split("-")
    assert day == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[w.weekday]
    assert time.fromisoformat(start) == w.start
    assert end == "24:00" if w.end == time(0) else time.fromisoformat(end) == w.end


def test_sources_are_provenance_not_identity() -> None:
    bare = PostingWindow(weekday=1, start=time(10), end=time(12))
    sourced = PostingWindow(weekday=1, start=time(10), end=time(12), sources=[SOURCE])
    assert bare == sourced
    assert hash(bare) == hash(sourced)


def test_platform_benchmark_windows_are_rule_windows() -> None:
    assert socialkit.frequency.PostingWindow is socialkit.PostingWindow is PostingWindow
    windows = get_platform("linkedin").best_times
    assert (
        str(socialkit.FrequencyRule(windows=windows)) == "windows Tue 10:00-12:00, Wed 10:00-12:00"
    )
