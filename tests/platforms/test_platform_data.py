"""Invariants of the platform data, checked on every registered platform.

Adding a platform needs no new test here: each test is parametrized over
``socialkit.list_platforms()``, as python-holidays tests every country.
"""

import itertools
import json
import math
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

import pytest

import socialkit
from socialkit import Platform, get_platform
from socialkit._core.sources import Confidence, Fact
from socialkit._core.table import jsonable
from socialkit.platforms import MediaFamily

PLATFORMS = socialkit.list_platforms()
LATEST_VERIFICATION = date(2026, 11, 22)
"""No platform can claim to be verified after this day; move it when data is re-checked."""

NO_TEXT_POST = {
    "pinterest": "a pin has a title, a description, alt text and a link, not a text post",
    "youtube": "a video has a title, a description and tags, not a text post",
}
"""Platforms with text limits but no ``"post"`` field, and why."""


def _params() -> list[object]:
    return [pytest.param(p, id=p.slug) for p in PLATFORMS]


@pytest.mark.parametrize("platform", _params())
def test_slug_is_lower_case_and_registered(platform: Platform) -> None:
    assert platform.slug == platform.slug.lower()
    assert get_platform(platform.slug) is platform


@pytest.mark.parametrize("platform", _params())
def test_every_alias_resolves_to_its_platform(platform: Platform) -> None:
    for alias in platform.aliases:
        assert get_platform(alias) is platform


@pytest.mark.parametrize("platform", _params())
def test_lookup_ignores_case(platform: Platform) -> None:
    for name in (platform.slug, *platform.aliases):
        assert get_platform(name.upper()) is platform
        assert get_platform(name.title()) is platform


@pytest.mark.parametrize("platform", _params())
def test_every_platform_has_a_source(platform: Platform) -> None:
    assert platform.sources


@pytest.mark.parametrize("platform", _params())
def test_every_fact_names_a_source_with_a_title(platform: Platform) -> None:
    for fact in platform.facts():
        for source in fact.sources:
            assert source.title.strip(), fact


@pytest.mark.parametrize("platform", _params())
def test_signal_ids_are_unique_per_start_date(platform: Platform) -> None:
    keys = [(s.id, s.since) for s in platform.signals]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("platform", _params())
def test_current_signal_ids_are_unique(platform: Platform) -> None:
    ids = [s.id for s in platform.current_signals()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("platform", _params())
def test_guidance_has_a_recommended_default_when_there_is_any(platform: Platform) -> None:
    if platform.frequency:
        assert platform.recommended_frequency()


@pytest.mark.parametrize("platform", _params())
def test_recommended_guidance_is_a_consistent_range(platform: Platform) -> None:
    for guidance in platform.recommended_frequency():
        assert guidance.per is not None or guidance.min_gap is not None
        if guidance.minimum is not None and guidance.maximum is not None:
            assert guidance.minimum <= guidance.maximum


@pytest.mark.parametrize("platform", _params())
def test_text_platforms_limit_the_post_field(platform: Platform) -> None:
    if not platform.limits.text or platform.slug in NO_TEXT_POST:
        return
    assert platform.limits.text_limits("post"), platform.limits.fields()


@pytest.mark.parametrize("slug", sorted(NO_TEXT_POST))
def test_text_post_exceptions_are_real(slug: str) -> None:
    limits = get_platform(slug).limits
    assert limits.text
    assert "post" not in limits.fields()


@pytest.mark.parametrize("platform", _params())
def test_a_platform_with_text_limits_limits_its_body_field(platform: Platform) -> None:
    # Review item 1: otherwise assess never checks the text (it reports it unchecked).
    if platform.limits.text:
        assert platform.limits.text_limits(platform.limits.body_field), platform.limits.fields()


@pytest.mark.parametrize("platform", _params())
def test_verified_on_is_not_in_the_future(platform: Platform) -> None:
    assert platform.verified_on <= LATEST_VERIFICATION


@pytest.mark.parametrize("platform", _params())
def test_facts_are_dated_before_the_last_verification(platform: Platform) -> None:
    for fact in platform.facts():
        assert fact.since is None or fact.since <= platform.verified_on, fact
        for source in fact.sources:
            assert source.published is None or source.published <= platform.verified_on


@pytest.mark.parametrize("platform", _params())
def test_weights_are_finite_numbers(platform: Platform) -> None:
    for signal in platform.signals:
        if signal.weight is not None:
            assert math.isfinite(signal.weight)


def _overlaps(facts: Iterable[Fact]) -> bool:
    spans = sorted((f.since or date.min, f.until or date.max) for f in facts)
    return any(later[0] < earlier[1] for earlier, later in itertools.pairwise(spans))


@pytest.mark.parametrize("platform", _params())
def test_dated_versions_of_a_limit_do_not_overlap(platform: Platform) -> None:
    groups: defaultdict[tuple[object, ...], list[Fact]] = defaultdict(list)
    for t in platform.limits.text:
        groups["text", t.field, t.unit, t.tier].append(t)
    for c in platform.limits.counts:
        groups["count", c.kind, c.tier].append(c)
    for m in platform.limits.media:
        groups["media", m.kind, m.tier].append(m)
    for key, facts in groups.items():
        assert not _overlaps(facts), key


@pytest.mark.parametrize("platform", _params())
def test_data_snapshot_round_trips_through_json(platform: Platform) -> None:
    data = jsonable(platform)
    assert json.loads(json.dumps(data)) == data
    assert data["slug"] == platform.slug


# Source documents [000] [001], section 1 of DOMAIN.md: the families they name.
DOCUMENT_FAMILIES = {
    "facebook": MediaFamily.SOCIAL_NETWORK,
    "linkedin": MediaFamily.SOCIAL_NETWORK,
    "youtube": MediaFamily.CONTENT_SHARING,
    "instagram": MediaFamily.CONTENT_SHARING,
    "pinterest": MediaFamily.CONTENT_SHARING,
    "tiktok": MediaFamily.CONTENT_SHARING,
    "whatsapp": MediaFamily.MESSAGING,
    "snapchat": MediaFamily.MESSAGING,
}


@pytest.mark.parametrize(("slug", "family"), sorted(DOCUMENT_FAMILIES.items()))
def test_family_follows_the_source_documents(slug: str, family: MediaFamily) -> None:
    assert get_platform(slug).family is family


# Signals other rules look up by id: renaming one would silently disable a rule.
RULE_SIGNALS = {
    "facebook": (
        "video",
        "group_posts",
        "reactions_and_comments",
        "growth_hacking",
        "fake_news",
        "relevance",
        "popularity",
        "recency",
    ),
    "instagram": (
        "interactions",
        "hashtags",
        "trends",
        "targeted_posts",
        "growth_hacking",
        "reposts",
        "watch_time",
        "likes",
        "sends",
        "watermarked_reels",
    ),
    "youtube": (
        "followers",
        "regularity",
        "views_reactions_comments",
        "subtitles",
        "sensitive_content",
        "watch_time",
        "satisfaction",
    ),
    "tiktok": (
        "watch_time",
        "reactions_and_comments",
        "trends",
        "shares_to_other_networks",
        "growth_hacking",
        "inappropriate_content",
    ),
    "pinterest": (
        "saves",
        "photo_quality",
        "precise_description",
        "engagement",
        "fresh_pins",
        "broken_links",
        "low_authority_links",
    ),
    "linkedin": ("external_link", "too_frequent", "self_comment_first"),
}
RESTRICTIONS = {"growth_hacking", "fake_news", "reposts", "watermarked_reels"} | {
    "sensitive_content",
    "inappropriate_content",
    "broken_links",
    "low_authority_links",
    "external_link",
    "too_frequent",
    "self_comment_first",
}


@pytest.mark.parametrize(
    ("slug", "signal_id"),
    [(slug, signal_id) for slug, ids in sorted(RULE_SIGNALS.items()) for signal_id in ids],
)
def test_rule_signals_exist_with_the_documented_effect(slug: str, signal_id: str) -> None:
    signal = get_platform(slug).signal(signal_id)
    expected = "restrict" if signal_id in RESTRICTIONS else "boost"
    assert signal.effect == expected


def test_tiktok_does_not_rank_on_follower_count() -> None:
    # Course module [000], confirmed by TikTok's newsroom (2020-06-18).
    tiktok = get_platform("tiktok")
    assert "follower count is not a ranking criterion" in tiktok.description
    assert not any("follower" in s.id for s in tiktok.signals)


def test_instagram_caption_limits_cite_metas_ig_user_media_reference() -> None:
    # issue 14: 2,200 characters, 30 hashtags and 20 @ tags are in Meta's own API
    # reference (IG User Media); the 20-mention cap is checked on posts.
    instagram = get_platform("instagram")
    [caption] = instagram.limits.text
    assert caption.maximum == 2200
    assert caption.source.confidence is socialkit.Confidence.OFFICIAL
    assert caption.source.url is not None
    assert "ig-user/media" in caption.source.url
    [mentions] = [
        c for c in instagram.limits.counts if c.kind is socialkit.platforms.CountKind.MENTIONS
    ]
    assert mentions.maximum == 20
    assert mentions.source.confidence is socialkit.Confidence.OFFICIAL

    def over(n: int) -> bool:
        post = socialkit.Post(text=" ".join(f"@u{i}" for i in range(n)))
        return any(
            f.rule == "instagram.count_limits" for f in socialkit.assess(post, "instagram").findings
        )

    assert not over(20)
    assert over(21)


def test_linkedin_48_hour_gap_is_the_courses_heuristic_beside_van_der_blom() -> None:
    li = get_platform("linkedin")
    (course,) = [g for g in li.frequency if g.min_gap == timedelta(hours=48)]
    assert course.recommended
    assert course.source.confidence is Confidence.SOURCE_DOCUMENT
    assert "heuristic" in course.note
    assert "not LinkedIn's advice" in course.note
    profile = [g for g in li.frequency if g.min_gap == timedelta(hours=18)]
    pages = [g for g in li.frequency if (g.minimum, g.maximum) == (4, 5)]
    for found in (profile, pages):
        (g,) = found
        assert not g.recommended
        assert "van der Blom" in g.source.title
        assert g.source.confidence is Confidence.SECONDARY


def test_facebook_best_times_follow_sprout_2023() -> None:
    # Sprout Social 2023 (Social Media Today, 2023-05-10): Mon 8-13, Tue 8-14, Wed 8-13, Thu 8-12.
    windows = {(w.weekday, w.start.hour, w.end.hour) for w in get_platform("facebook").best_times}
    assert windows == {(0, 8, 13), (1, 8, 14), (2, 8, 13), (3, 8, 12)}


def test_x_premium_25000_is_dated_from_late_june_2023() -> None:
    (premium,) = [t for t in get_platform("x").limits.text if t.tier == "premium"]
    assert premium.maximum == 25_000
    assert premium.source.published == date(2023, 6, 28)
    assert "4,000" in premium.source.note
