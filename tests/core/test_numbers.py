"""Numbers as people have them: numpy and pandas scalars work everywhere, exactly.

Rule: every public argument that takes an int accepts any ``numbers.Integral``
and every one that takes a float any ``numbers.Real``; the value built from
numpy scalars equals the one built from the plain Python numbers they stand
for, and stores plain numbers (same repr). :data:`CASES` lists every numeric
parameter of the public API; :func:`test_every_numeric_parameter_is_covered`
fails when a public class or function gains one the table does not cover.
"""

from __future__ import annotations

import inspect
import math
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import numpy
import pandas
import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import calendar, community, frequency, funnel, measure, mix, platforms, posts, text
from socialkit import strategy as strat
from socialkit._core import numbers as num
from socialkit._core.sources import Confidence, Source
from socialkit._core.validate import to_enum
from socialkit.errors import (
    NotFoundError,
    SocialkitError,
    SocialkitTypeError,
    UnknownCategoryError,
    ValidationError,
)
from strategies import Disguise, as_plain, disguises, integral_kinds, real_kinds

SOURCE = Source(title="A test source", confidence=Confidence.SECONDARY)
NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)
Build = Callable[[Disguise], object]


def _variants(n: Disguise) -> tuple[measure.Variant, measure.Variant]:
    return (
        measure.Variant(name="a", trials=n.i(200), successes=n.i(20)),
        measure.Variant(name="b", trials=n.i(210), successes=n.i(40)),
    )


def _three_c(n: Disguise) -> strat.ThreeC:
    def actor(name: str, followers: int) -> strat.Actor:
        presence = strat.Presence(platform="x", followers=n.i(followers), posts_per_week=n.r(3.5))
        return strat.Actor(name=name, presences=[presence])

    return strat.ThreeC(company=actor("Us", 100), competitors=[actor("Them", 250)])


def _goal(n: Disguise) -> strat.SmartGoal:
    return strat.SmartGoal(
        subject="Leads from LinkedIn",
        metric="leads",
        baseline=n.r(100.0),
        target=n.r(250.5),
        start=date(2026, 1, 1),
        deadline=date(2026, 7, 1),
        business_objective="Sales",
        plausible_monthly_growth=n.r(0.25),
    )


def _funnel(n: Disguise) -> funnel.Funnel:
    return funnel.Funnel.from_volumes({"reach": n.i(200), "leads": n.i(50), "customers": n.i(5)})


def _rates(n: Disguise) -> funnel.Funnel:
    return funnel.Funnel.from_rates("reach", n.r(1000.0), {"leads": n.r(0.25), "sales": n.r(0.5)})


def _mix(n: Disguise) -> mix.ContentMix:
    shares = {"a": n.r(0.8), "b": n.r(0.2), "c": n.i(1)}
    return mix.ContentMix(shares, minimum={"a": n.i(1)}, maximum={"b": n.i(20)})


# (callable, what it covers): each build takes the numbers from its Disguise.
CASES: dict[str, tuple[Build, frozenset[str]]] = {
    "CountLimit": (
        lambda n: platforms.CountLimit(source=SOURCE, kind="hashtags", maximum=n.i(30)),
        frozenset({"CountLimit.maximum"}),
    ),
    "MediaLimit": (
        lambda n: platforms.MediaLimit(
            source=SOURCE,
            kind="image",
            max_bytes=n.i(200),
            recommended_width=n.i(108),
            recommended_height=n.i(135),
        ),
        frozenset({"MediaLimit.max_bytes", "MediaLimit.recommended_width"}),
    ),
    "MediaLimit.height": (
        lambda n: platforms.MediaLimit(source=SOURCE, kind="image", recommended_height=n.i(9)),
        frozenset({"MediaLimit.recommended_height"}),
    ),
    "PostingGuidance": (
        lambda n: platforms.PostingGuidance(
            source=SOURCE, per="week", minimum=n.i(1), maximum=n.i(5)
        ),
        frozenset({"PostingGuidance.minimum", "PostingGuidance.maximum"}),
    ),
    "Signal": (
        lambda n: platforms.Signal(
            source=SOURCE, id="likes", effect="boost", description="Likes", weight=n.r(0.5)
        ),
        frozenset({"Signal.weight"}),
    ),
    "TextLimit": (
        lambda n: platforms.TextLimit(
            source=SOURCE, maximum=n.i(250), unit="code points", url_length=n.i(23)
        ),
        frozenset({"TextLimit.maximum", "TextLimit.url_length"}),
    ),
    "Media": (
        lambda n: (
            posts.Media.image(width=n.i(108), height=n.i(135)),
            posts.Media.video(width=n.i(19), height=n.i(10)),
            posts.Media.document(n.i(12)),
            posts.Media.carousel(n.i(5)),
            posts.Media.poll(n.i(4)),
        ),
        frozenset(
            {
                *(f"Media.{f}" for f in ("pages", "items", "options", "width", "height")),
                *(f"Media.{f}({p})" for f in ("image", "video") for p in ("width", "height")),
                "Media.document(pages)",
                "Media.carousel(items)",
                "Media.poll(options)",
            }
        ),
    ),
    "RuleSet.with_weight": (
        lambda n: posts.DEFAULT_RULES.with_weight("native_media", n.r(0.5)),
        frozenset({"RuleSet.with_weight(weight)", "Rule.weight"}),
    ),
    "Rule.threshold": (
        lambda n: attrs.evolve(posts.DEFAULT_RULES.get("many_hashtags"), threshold=n.i(4)),
        frozenset({"Rule.threshold"}),
    ),
    "Funnel.from_volumes": (_funnel, frozenset({"Funnel.from_volumes(volumes)"})),
    "Funnel.from_rates": (
        _rates,
        frozenset({"Funnel.from_rates(top_volume)", "Funnel.from_rates(rates)"}),
    ),
    "FunnelStep": (
        lambda n: funnel.FunnelStep(name="leads", volume=n.i(10), rate=n.r(0.5)),
        frozenset({"FunnelStep.volume", "FunnelStep.rate"}),
    ),
    "Funnel methods": (
        lambda n: (
            _funnel(n).project(n.i(100)),
            _funnel(n).with_rate("leads", n.r(0.5)),
            _funnel(n).required_top(n.i(10)),
            _funnel(n).backward(n.r(10.0)),
            _funnel(n).for_target(
                revenue=n.i(100), revenue_per_customer=n.r(12.5), reach_per_post=n.i(40)
            ),
            _funnel(n).for_target(customers=n.i(3)),
            _funnel(n).improvements(uplift=n.r(0.125)),
            _funnel(n).improvements(benchmark={"leads": n.r(0.5)}),
            _funnel(n).bottleneck(uplift=n.r(0.25)),
            _funnel(n).bottleneck(benchmark={"leads": n.r(0.5)}),
        ),
        frozenset(
            {
                "Funnel.project(top)",
                "Funnel.with_rate(rate)",
                "Funnel.required_top(target)",
                "Funnel.backward(target)",
                *(
                    f"Funnel.for_target({p})"
                    for p in ("customers", "revenue", "revenue_per_customer", "reach_per_post")
                ),
                "Funnel.improvements(uplift)",
                "Funnel.improvements(benchmark)",
                "Funnel.bottleneck(uplift)",
                "Funnel.bottleneck(benchmark)",
            }
        ),
    ),
    "stage_coverage": (
        lambda n: funnel.stage_coverage(
            ["tofu", "tofu", "bofu"], target={"tofu": n.r(0.5), "bofu": n.r(0.5)}
        ),
        frozenset({"stage_coverage(target)"}),
    ),
    "ContentMix": (
        lambda n: (
            _mix(n),
            _mix(n).apportion(n.i(40)),
            _mix(n).sequence(n.i(12)),
            _mix(n).drift(["a", "b"]).next(n.i(3)),
        ),
        frozenset(
            {
                "ContentMix.shares",
                "ContentMix.minimum",
                "ContentMix.maximum",
                "ContentMix.apportion(n)",
                "ContentMix.sequence(n)",
                "MixDrift.next(count)",
            }
        ),
    ),
    "NestedMix": (
        lambda n: (
            mix.NestedMix(outer=_mix(n), inner={"a": _mix(n)}).apportion(n.i(20)),
            mix.NestedMix(outer=_mix(n), inner={"a": _mix(n)}).sequence(n.i(7)),
        ),
        frozenset({"NestedMix.apportion(n)", "NestedMix.sequence(n)"}),
    ),
    "MixPreset": (
        lambda n: mix.MixPreset(
            name="mine", weights={"a": n.i(3), "b": n.i(1)}, description="Mine", source=SOURCE
        ),
        frozenset({"MixPreset.weights"}),
    ),
    "Frequency": (
        lambda n: (
            frequency.Frequency(per="week", minimum=n.i(1), maximum=n.i(3)),
            frequency.FrequencyRule.for_platform("x").with_frequency(
                "week", minimum=n.i(2), maximum=n.i(9)
            ),
        ),
        frozenset(
            {
                "Frequency.minimum",
                "Frequency.maximum",
                "FrequencyRule.with_frequency(minimum)",
                "FrequencyRule.with_frequency(maximum)",
            }
        ),
    ),
    "weekly_rate": (
        lambda n: frequency.weekly_rate(n.i(5), "month"),
        frozenset({"weekly_rate(count)"}),
    ),
    "PostingWindow": (
        lambda n: (
            platforms.PostingWindow(weekday=n.i(2), start=time(9), end=time(11)),
            platforms.PostingWindow(weekday=2, start=time(9), end=time(11)).contains(
                n.i(2), time(10)
            ),
        ),
        frozenset({"PostingWindow.weekday", "PostingWindow.contains(weekday)"}),
    ),
    "best_times": (
        lambda n: frequency.best_times(
            "linkedin",
            tz="UTC",
            history=[frequency.PostResult(posted_at=NOW, engagement=n.r(0.5))],
            top=n.i(3),
            prior_weight=n.i(5),
            benchmark_lift=n.r(1.5),
        ),
        frozenset(
            {
                "PostResult.engagement",
                "best_times(top)",
                "best_times(prior_weight)",
                "best_times(benchmark_lift)",
            }
        ),
    ),
    "month_view": (
        lambda n: calendar.month_view(
            calendar.plan(
                calendar.PlanSpec.simple(platforms=["linkedin"], tz="UTC"),
                start=date(2026, 11, 23),
                end=date(2026, 12, 7),
            ),
            max_rows=n.i(3),
        ),
        frozenset({"month_view(max_rows)"}),
    ),
    "review": (
        lambda n: strat.review(
            strat.Strategy(name="s", pillars=[strat.Pillar(name="a", weight=1)]),
            measure.History(records=()),
            alpha=n.r(0.05),
            min_posts=n.i(20),
            max_shift=n.i(5),
            prior_weight=n.i(10),
        ),
        frozenset(
            {"review(alpha)", "review(min_posts)", "review(max_shift)", "review(prior_weight)"}
        ),
    ),
    "shrunk_score": (
        lambda n: frequency.shrunk_score(n.i(10), n.r(0.08), n.r(0.05), n.i(10)),
        frozenset(
            {
                "shrunk_score(n)",
                "shrunk_score(mean)",
                "shrunk_score(prior)",
                "shrunk_score(prior_weight)",
            }
        ),
    ),
    "Channel": (
        lambda n: calendar.Channel(platform="x", per_week=n.r(3.5)),
        frozenset({"Channel.per_week"}),
    ),
    "strategy values": (
        lambda n: (
            strat.BrandPersonality(age=n.i(35)),
            strat.CalendarSettings(weeks=n.i(8), interaction_minutes=n.i(45)),
            strat.EcosystemRule(
                id="teens",
                platforms=["tiktok"],
                reason="young",
                min_age=n.i(13),
                max_age=n.i(19),
                weight=n.i(2),
            ),
            strat.Persona(name="Ana", age_min=n.i(25), age_max=n.i(34)),
            strat.Pillar(name="tips", weight=n.r(0.25)),
            strat.Strategy(name="S", stage_mix={"tofu": n.r(0.75), "bofu": n.i(1)}),
        ),
        frozenset(
            {
                "BrandPersonality.age",
                "CalendarSettings.weeks",
                "CalendarSettings.interaction_minutes",
                "EcosystemRule.min_age",
                "EcosystemRule.max_age",
                "EcosystemRule.weight",
                "Persona.age_min",
                "Persona.age_max",
                "Pillar.weight",
                "Strategy.stage_mix",
            }
        ),
    ),
    "SmartGoal": (
        lambda n: (
            _goal(n),
            _goal(n).progress(n.r(170.5), on=date(2026, 4, 1), tolerance=n.r(0.125)),
        ),
        frozenset(
            {
                "SmartGoal.baseline",
                "SmartGoal.target",
                "SmartGoal.plausible_monthly_growth",
                "SmartGoal.progress(current)",
                "SmartGoal.progress(tolerance)",
            }
        ),
    ),
    "ThreeC": (
        lambda n: (
            _three_c(n).compare(ratio=n.r(1.5)),
            _three_c(n).comparison("x", ratio=n.i(2)),
            strat.Swot.from_three_c(_three_c(n), "x", ratio=n.r(2.5)),
        ),
        frozenset(
            {
                "Presence.followers",
                "Presence.posts_per_week",
                "ThreeC.compare(ratio)",
                "ThreeC.comparison(ratio)",
                "Swot.from_three_c(ratio)",
            }
        ),
    ),
    "rates": (
        lambda n: (
            measure.click_through_rate(n.i(3), n.i(120)),
            measure.conversion_rate(n.i(3), n.i(120)),
            measure.cost_per_result(n.r(99.5), n.i(30)),
            measure.cost_per_result(n.i(99), n.i(30)),
            measure.engagement_rate_by_followers(n.i(30), n.i(200)),
            measure.engagement_rate_by_impressions(n.i(30), n.i(200)),
            measure.engagement_rate_by_reach(n.i(30), n.i(200)),
            measure.growth_rate(n.i(100), n.i(120)),
            measure.expected_results(n.r(100.5), n.r(0.25)),
        ),
        frozenset(
            {
                "click_through_rate(clicks)",
                "click_through_rate(impressions)",
                "conversion_rate(conversions)",
                "conversion_rate(clicks)",
                "cost_per_result(cost)",
                "cost_per_result(results)",
                "engagement_rate_by_followers(engagements)",
                "engagement_rate_by_followers(followers)",
                "engagement_rate_by_impressions(engagements)",
                "engagement_rate_by_impressions(impressions)",
                "engagement_rate_by_reach(engagements)",
                "engagement_rate_by_reach(reach)",
                "growth_rate(start)",
                "growth_rate(end)",
                "expected_results(budget)",
                "expected_results(bid)",
            }
        ),
    ),
    "CampaignDraft": (
        lambda n: measure.CampaignDraft(budget=n.r(100.5), bid=n.r(0.25)),
        frozenset({"CampaignDraft.budget", "CampaignDraft.bid"}),
    ),
    "experiments": (
        lambda n: (
            _variants(n),
            measure.compare_variants(
                *_variants(n), confidence=n.r(0.9), power=n.r(0.75), minimum_effect=n.r(0.125)
            ),
            measure.sample_size(n.r(0.25), n.r(0.125), alpha=n.r(0.125), power=n.r(0.75)),
            measure.minimum_detectable_effect(
                n.r(0.25), n.i(200), alpha=n.r(0.125), power=n.r(0.75)
            ),
        ),
        frozenset(
            {
                "Variant.trials",
                "Variant.successes",
                "compare_variants(confidence)",
                "compare_variants(power)",
                "compare_variants(minimum_effect)",
                "sample_size(baseline)",
                "sample_size(effect)",
                "sample_size(alpha)",
                "sample_size(power)",
                "minimum_detectable_effect(baseline)",
                "minimum_detectable_effect(trials)",
                "minimum_detectable_effect(alpha)",
                "minimum_detectable_effect(power)",
            }
        ),
    ),
    "influence": (
        lambda n: measure.influence_quadrants(
            [
                measure.Influencer(handle="@a", audience=n.i(100), engagement=n.i(5)),
                measure.Influencer(handle="@b", audience=n.i(10), engagement=n.i(50)),
            ],
            audience_threshold=n.i(50),
            engagement_threshold=n.i(20),
        ),
        frozenset(
            {
                "Influencer.audience",
                "Influencer.engagement",
                "influence_quadrants(audience_threshold)",
                "influence_quadrants(engagement_threshold)",
            }
        ),
    ),
    "to_follow": (
        lambda n: measure.to_follow(
            [measure.Influencer(handle="@a", audience=100, engagement=5)],
            audience_threshold=n.i(50),
            engagement_threshold=n.i(20),
        ),
        frozenset({"to_follow(audience_threshold)", "to_follow(engagement_threshold)"}),
    ),
    "detect_crisis": (
        lambda n: community.detect_crisis([], factor=n.r(3.0), minimum=n.i(5)),
        frozenset({"detect_crisis(factor)", "detect_crisis(minimum)"}),
    ),
    "listen": (
        lambda n: measure.listen([], keywords=["kiko"], spike_factor=n.r(2.0), top=n.i(3)),
        frozenset({"listen(spike_factor)", "listen(top)"}),
    ),
    "listening_run": (
        lambda n: strat.Listening(keywords=["kiko"]).run([], spike_factor=n.r(2.0), top=n.i(3)),
        frozenset({"Listening.run(spike_factor)", "Listening.run(top)"}),
    ),
    "profile_image": (
        lambda n: platforms.ProfileImage(
            source=SOURCE,
            kind="banner",
            width=n.i(150),
            height=n.i(50),
            min_width=n.i(40),
            min_height=n.i(15),
            max_bytes=n.i(200),
        ),
        frozenset(
            {
                "ProfileImage.width",
                "ProfileImage.height",
                "ProfileImage.min_width",
                "ProfileImage.min_height",
                "ProfileImage.max_bytes",
            }
        ),
    ),
    "survey": (
        lambda n: strat.Survey(question="q", audience="followers", answers=[], confidence=n.r(0.9)),
        frozenset({"Survey.confidence"}),
    ),
    "bhargava_rules": (
        lambda n: posts.bhargava_rules(short_message=n.i(40)).get("bhargava.short_message"),
        frozenset({"bhargava_rules(short_message)"}),
    ),
    "format_runs": (
        lambda n: measure.format_runs([], longest=n.i(3)),
        frozenset({"format_runs(longest)"}),
    ),
    "check_practices": (
        lambda n: community.check_practices([], now=NOW, weekend=[n.i(5), n.i(6)]),
        frozenset({"check_practices(weekend)"}),
    ),
    "check_page": (
        lambda n: strat.check_page(strat.Profile(platform="x"), [NOW], now=NOW, quiet_days=n.i(7)),
        frozenset({"check_page(quiet_days)"}),
    ),
    "check_responsiveness": (
        lambda n: community.check_responsiveness([], now=NOW, weekend=[n.i(5), n.i(6)]),
        frozenset({"check_responsiveness(weekend)"}),
    ),
}

EXEMPT = {
    # results socialkit computes, never arguments people pass
    **dict.fromkeys(
        (
            "Assessment",
            "AssessmentColumns",
            "TextColumns",
            "CategoryDrift",
            "Group",
            "PostRecord",
            "Proposal",
            "Review",
            "RowProblem",
            "Comparison",
            "CrisisSurge",
            "ListeningReport",
            "OptionShare",
            "SurveySummary",
            "Entity",
            "FrequencyReport",
            "Improvement",
            "LimitCheck",
            "MixDrift",
            "FunnelTarget",
            "PlanIssue",
            "PlatformComparison",
            "PlatformFit",
            "Progress",
            "RankedWindow",
            "Responsiveness",
            "SharingProfile",
            "StageCoverage",
            "StageShare",
            "StepDelta",
            "TextMeasure",
            "Violation",
        ),
        "a result",
    ),
    "MediaLimit.min_aspect": "an exact Fraction by design (width / height)",
    "MediaLimit.max_aspect": "an exact Fraction by design (width / height)",
    "Inbox.weekend": "built by check_responsiveness, which parses weekend",
    "Sequencer.sequence(n)": "a Protocol users implement",
    "ContentMix.get(default)": "Mapping.get's default, returned as given (None or a share)",
}
"""Numeric fields and parameters the table leaves out on purpose, with why."""

PACKAGES = (platforms, posts, funnel, mix, frequency, calendar, strat, measure, community)
NUMERIC = re.compile(r"\b(int|float|Fraction|Number|Money|Rate|Amount)\b")


def _numeric_names() -> Iterator[str]:
    """Every numeric attrs field (``Class.field``) and parameter (``func(param)``) in public."""
    seen: set[object] = set()
    for package in (*PACKAGES, text):
        for name in package.__all__:
            obj = getattr(package, name)
            if isinstance(obj, type):
                if attrs.has(obj):
                    for field in attrs.fields(obj):
                        if NUMERIC.search(str(field.type)) and field.init:
                            yield f"{name}.{field.name}"
                for attr, member in vars(obj).items():
                    function = getattr(member, "__func__", member)
                    if not attr.startswith("_") and inspect.isfunction(function):
                        yield from _parameters(f"{name}.{attr}", function, seen)
            elif inspect.isfunction(obj):
                yield from _parameters(name, obj, seen)


def _parameters(name: str, function: Callable[..., Any], seen: set[object]) -> Iterator[str]:
    if function in seen:
        return
    seen.add(function)
    for parameter in inspect.signature(function).parameters.values():
        if NUMERIC.search(str(parameter.annotation)):
            yield f"{name}({parameter.name})"


def _covered() -> set[str]:
    return {name for _, covers in CASES.values() for name in covers}


def test_every_numeric_parameter_is_covered() -> None:
    exempt = {n for n in _numeric_names() if n in EXEMPT or n.split(".")[0] in EXEMPT}
    missing = sorted(set(_numeric_names()) - _covered() - exempt)
    assert not missing, f"add these to CASES in tests/core/test_numbers.py (or EXEMPT): {missing}"


def test_the_table_names_only_real_parameters() -> None:
    assert not _covered() - set(_numeric_names())


def _same(a: object, b: object) -> None:
    """Equal values with the same repr: plain numbers inside, no numpy leaking out."""
    assert a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))  # type: ignore[arg-type]
    assert repr(a) == repr(b)


@pytest.mark.parametrize("case", sorted(CASES))
@given(n=disguises())
def test_numpy_scalars_build_what_plain_numbers_build(case: str, n: Disguise) -> None:
    build, _ = CASES[case]
    _same(build(n), build(n.plain()))


# -- the parser ----------------------------------------------------------------------------


@given(kind=integral_kinds(), value=st.integers(0, 255))
def test_integers_arrive_as_plain_ints(kind: Callable[[int], object], value: int) -> None:
    parsed = num.integer(kind(value), "n")
    assert type(parsed) is int
    assert parsed == value


@given(kind=real_kinds(), value=st.floats(-1e6, 1e6))
def test_reals_keep_their_exactness(kind: Callable[[float], object], value: float) -> None:
    given_value = kind(value)
    parsed = num.real(given_value, "x")
    assert parsed == as_plain(given_value)
    assert type(parsed) is (Fraction if kind is Fraction else float)


@pytest.mark.parametrize(
    "value",
    [pandas.array([7], dtype="Int64")[0], numpy.int16(7), numpy.uint64(7), numpy.int8(7)],
)
def test_pandas_and_other_numpy_integers_are_integers(value: object) -> None:
    assert num.integer(value, "n") == 7
    assert type(num.integer(value, "n")) is int


@pytest.mark.parametrize("value", [True, numpy.bool_(True), 3.0, numpy.float64(3.0), "3", None])
def test_only_integral_values_are_integers(value: object) -> None:
    with pytest.raises(SocialkitTypeError, match=r"n: got .*; expected an integer"):
        num.integer(value, "n")


@pytest.mark.parametrize("value", [True, numpy.bool_(False), "0.5", None, 1j])
def test_bool_and_non_numbers_are_not_reals(value: object) -> None:
    with pytest.raises(SocialkitTypeError, match="share: got"):
        num.real(value, "share")


@pytest.mark.parametrize(
    "value",
    [math.nan, math.inf, -math.inf, numpy.float64("nan"), numpy.float32("inf"), Decimal("NaN")],
)
def test_nan_and_infinity_are_refused_clearly(value: object) -> None:
    with pytest.raises(ValidationError, match=r"share: got .*; expected a finite number"):
        num.real(value, "share")


def test_decimal_is_accepted_only_where_asked() -> None:
    assert num.real(Decimal("0.5"), "x") == Decimal("0.5")
    with pytest.raises(SocialkitTypeError, match="int, float or Fraction"):
        num.real(Decimal("0.5"), "x", decimal=False)


@given(value=st.integers(), low=st.integers(-5, 5))
def test_bounds_are_checked_in_the_parser(value: int, low: int) -> None:
    if value >= low:
        given_value = numpy.int64(value) if abs(value) < 2**62 else value
        assert num.integer(given_value, "n", minimum=low) == value
    else:
        with pytest.raises(ValidationError, match=f"expected an integer >= {low}"):
            num.integer(value, "n", minimum=low)


# -- regressions: the two notebook examples ------------------------------------------


def test_a_content_mix_from_numpy_shares() -> None:
    built = mix.ContentMix({"a": numpy.float64(0.8), "b": numpy.float64(0.2)})
    assert built == mix.ContentMix({"a": 0.8, "b": 0.2})
    assert built.shares == (("a", Fraction(4, 5)), ("b", Fraction(1, 5)))


def test_a_variant_from_numpy_counts() -> None:
    frame = pandas.DataFrame({"n": [4, 6], "converted": [1, 2]})
    variant = measure.Variant(name="a", trials=frame.n.sum(), successes=frame.converted.sum())
    assert (type(variant.trials), type(variant.successes)) == (int, int)
    assert repr(variant) == "Variant(name='a', trials=10, successes=3)"


def test_bool_is_not_a_count_anywhere() -> None:
    with pytest.raises(SocialkitTypeError, match=r"Variant\.trials"):
        measure.Variant(name="a", trials=True, successes=0)
    with pytest.raises(SocialkitTypeError, match=r"ContentMix.apportion.n"):
        mix.ContentMix({"a": 1}).apportion(True)


# -- one enum converter --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (lambda: funnel.FunnelStep(name="a", stage="TOFU").stage, funnel.FunnelStage.TOFU),
        (lambda: posts.Media(kind="IMAGE").kind, platforms.MediaKind.IMAGE),
        (lambda: posts.Media(kind="Short-Video").kind, platforms.MediaKind.SHORT_VIDEO),
        (
            lambda: posts.Post(format="image_with_article").format,
            posts.PostFormat.IMAGE_WITH_ARTICLE,
        ),
        (
            lambda: (
                measure.Influencer(handle="@a", audience=1, engagement=1, stage="CONNECT").stage
            ),
            measure.RelationshipStage.CONNECT,
        ),
    ],
)
def test_enum_names_and_values_are_read_leniently(
    build: Callable[[], object], expected: object
) -> None:
    assert build() is expected


@given(
    stage=st.sampled_from(list(funnel.FunnelStage)),
    spell=st.sampled_from([str.upper, str.lower, str.title, lambda s: s.replace(" ", "-")]),
    by_name=st.booleans(),
)
def test_every_spelling_of_a_member_converts(
    stage: funnel.FunnelStage, spell: Callable[[str], str], by_name: bool
) -> None:
    spelled = spell(stage.name if by_name else stage.value)
    assert to_enum(funnel.FunnelStage, spelled) is stage


def test_an_unknown_member_lists_what_is_allowed_and_close_matches() -> None:
    with pytest.raises(NotFoundError, match=r"Post.format: unknown 'vidoe'; did you mean 'video'"):
        posts.Post(format="vidoe")
    with pytest.raises(SocialkitTypeError, match=r"Media\.kind: got int"):
        posts.Media(kind=3)


def test_errors_are_socialkit_errors() -> None:
    assert issubclass(UnknownCategoryError, NotFoundError)
    with pytest.raises(SocialkitError):
        frequency.Frequency(per="fortnight")


# num.exact: the one float -> exact rule (review fix b.1) ---------------------------


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_exact_reads_a_float_through_its_shortest_repr(x: float) -> None:
    result = num.exact(x, "w")
    assert result == Fraction(repr(x))
    assert float(result) == x
    assert num.exact(numpy.float64(x), "w") == result


@given(st.integers() | st.fractions() | st.decimals(allow_nan=False, allow_infinity=False))
def test_exact_keeps_exact_numbers_exact(value: int | Fraction | Decimal) -> None:
    assert num.exact(value, "w") == Fraction(value)


@given(st.text(max_size=20))
def test_exact_refuses_text_from_python_callers(text: str) -> None:
    with pytest.raises(SocialkitTypeError, match=r"^w: got str"):
        num.exact(text, "w")


@given(st.fractions())
def test_exact_parses_a_files_text_only_when_asked(q: Fraction) -> None:
    assert num.exact(f"{q.numerator}/{q.denominator}", "w", text=True) == q


@pytest.mark.parametrize("text", ["1e100000", "9" * 65, "1/0", "lots", "nan", ""])
def test_exact_text_is_bounded_and_checked(text: str) -> None:
    with pytest.raises(ValidationError, match=r"^w: "):
        num.exact(text, "w", text=True)


@pytest.mark.parametrize("value", [Decimal("1e30000000"), Decimal("1e-30000000"), 10**400])
def test_exact_bounds_what_it_expands(value: object) -> None:
    with pytest.raises(ValidationError, match=r"^w: "):
        num.exact(value, "w", maximum=num.FLOAT_MAX)
