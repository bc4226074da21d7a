"""The funnel: stages, content and touchpoint mapping, funnel arithmetic, coverage.

Published examples come from the course module [000] (the funnel table and its
three case studies) and the agency glossary [002] (vanity metrics).
"""

from __future__ import annotations

import itertools
import json
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialkit
from socialkit import (
    ContentType,
    Funnel,
    FunnelStage,
    Kpi,
    NotFoundError,
    SocialkitError,
    SocialkitTypeError,
    ValidationError,
    examples,
    stage_coverage,
    stage_of,
)
from socialkit._core.rates import Amount, Rate
from socialkit.funnel import CasePath, FunnelStep, JourneyStep, PathStop, StageMapping, Touchpoint
from strategies import exact_funnels, float_funnels

T, M, B, R = FunnelStage.TOFU, FunnelStage.MOFU, FunnelStage.BOFU, FunnelStage.RETENTION


def simple() -> Funnel:
    return Funnel.from_volumes(
        {"reach": 10_000, "leads": 200, "customers": 20},
        stages={"reach": "tofu", "leads": "mofu", "customers": "bofu"},
    )


# -- stages --------------------------------------------------------------------


def test_stage_values_are_the_strings_other_modules_use_as_category_names() -> None:
    assert [s.value for s in FunnelStage] == ["tofu", "mofu", "bofu", "retention"]
    assert [s.rank for s in FunnelStage] == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("stage", "goal", "step"),
    [
        (T, "be known", JourneyStep.ATTRACT),
        (M, "create contact", JourneyStep.CONSIDER),
        (B, "sell", JourneyStep.CONVERT),
        (R, "keep", JourneyStep.RETAIN),
    ],
)
def test_each_stage_carries_the_goal_and_journey_step_of_000(
    stage: FunnelStage, goal: str, step: JourneyStep
) -> None:
    assert stage.goal == goal
    assert stage.journey_step is step
    assert stage.profile.stage is stage
    assert stage.profile.source.confidence == "source document"


@pytest.mark.parametrize(
    ("stage", "kpis"),
    [
        (T, {Kpi.REACH, Kpi.IMPRESSIONS, Kpi.FOLLOWERS}),
        (M, {Kpi.LEADS, Kpi.SIGN_UPS, Kpi.DOWNLOADS}),
        (B, {Kpi.CONVERSIONS, Kpi.REVENUE, Kpi.COST_PER_ACQUISITION}),
        (R, {Kpi.REPEAT_PURCHASES, Kpi.CHURN}),
    ],
)
def test_each_stage_is_measured_by_its_kpis(stage: FunnelStage, kpis: set[Kpi]) -> None:
    assert kpis <= set(stage.kpis)


def test_vanity_metrics_follow_002() -> None:
    # [002]: retweets and likes are vanity metrics; leads, web referrals and the
    # conversion rate are the meaningful ones.
    assert Kpi.LIKES.is_vanity
    assert Kpi.REPOSTS.is_vanity
    assert not any(k.is_vanity for k in (Kpi.LEADS, Kpi.WEB_REFERRALS, Kpi.CONVERSION_RATE))
    assert {Kpi.FOLLOWERS, Kpi.IMPRESSIONS, Kpi.REACH} <= {k for k in Kpi if k.is_vanity}
    assert set(T.vanity_kpis) == {k for k in T.kpis if k.is_vanity}
    assert not B.vanity_kpis
    assert set(T.profile.meaningful_kpis) == {Kpi.WEB_REFERRALS}


# -- content types -------------------------------------------------------------

FUNNEL_TABLE_000 = {
    T: [
        "article",
        "video",
        "podcast",
        "infographic",
        "social post",
        "webinar",
        "knowledge sharing",
        "guide",
    ],
    M: ["white paper", "newsletter", "case study", "free training", "testimonial", "estimate"],
    B: ["demo", "commercial offer", "tutorial"],
}


@pytest.mark.parametrize(
    ("name", "stage"), [(n, s) for s, names in FUNNEL_TABLE_000.items() for n in names]
)
def test_default_stages_follow_the_funnel_table_of_000(name: str, stage: FunnelStage) -> None:
    assert stage_of(name) is stage
    assert StageMapping().basis(name) == "[000] funnel table"


def test_a_contest_attracts_as_in_the_kiko_case() -> None:
    assert stage_of(ContentType.CONTEST) is T  # [000] Kiko: "jeu concours pour attirer"


def test_quotation_and_estimate_are_distinct() -> None:
    assert stage_of("quotation") is T
    assert stage_of("estimate") is M


@given(st.sampled_from(ContentType))
def test_stage_of_is_total_over_content_types(content_type: ContentType) -> None:
    stage = stage_of(content_type)
    assert content_type in stage.content_types
    assert StageMapping().basis(content_type)


def test_stage_content_types_partition_the_content_types() -> None:
    listed = [c for s in FunnelStage for c in s.content_types]
    assert sorted(listed) == sorted(ContentType)
    assert R.content_types  # retention has socialkit defaults of its own


def test_stage_of_accepts_names_in_any_case_or_spelling() -> None:
    assert stage_of("Social_Post") is stage_of("social post") is stage_of(ContentType.SOCIAL_POST)


def test_remapping_never_touches_the_defaults() -> None:
    mine = StageMapping().with_overrides({"webinar": "mofu", ContentType.DEMO: M})
    assert mine.stage_of("webinar") is M
    assert stage_of("webinar", mapping=mine) is M
    assert stage_of("webinar") is T
    assert mine.basis("demo") == "override"
    assert ContentType.WEBINAR in mine.content_types("mofu")
    assert mine.as_dict()[ContentType.ARTICLE] is T
    again = mine.with_overrides({"webinar": "bofu"})
    assert again.stage_of("webinar") is B
    assert again.stage_of("demo") is M


def test_unknown_content_type_names_the_closest() -> None:
    with pytest.raises(NotFoundError, match="did you mean 'infographic'"):
        stage_of("infografic")
    with pytest.raises(SocialkitTypeError):
        stage_of(3)  # type: ignore[arg-type]


def test_unknown_stage_in_an_override_is_refused() -> None:
    with pytest.raises(NotFoundError, match="'middle'"):
        StageMapping().with_overrides({"webinar": "middle"})
    with pytest.raises(SocialkitTypeError):
        StageMapping(overrides=["webinar"])


# -- touchpoints ---------------------------------------------------------------


@pytest.mark.parametrize("touchpoint", list(Touchpoint))
def test_every_touchpoint_has_a_stage_and_says_why(touchpoint: Touchpoint) -> None:
    assert touchpoint.stage is touchpoint.stages[0]
    assert len(set(touchpoint.stages)) == len(touchpoint.stages)
    assert "[000]" in touchpoint.basis or touchpoint.basis.startswith("socialkit default")


@pytest.mark.parametrize(
    ("touchpoint", "stage"),
    [
        (Touchpoint.SEO_SEA, T),  # [000] Kiko and Decathlon: "TOFU Google"
        (Touchpoint.WEBSITE, T),  # [000] "TOFU site"
        (Touchpoint.NEWSLETTER, M),  # [000] Kiko: a known e-mail moves to MOFU
        (Touchpoint.WHITE_PAPER, M),  # [000] funnel table
        (Touchpoint.ESTIMATE, M),  # [000] funnel table, "devis"
        (Touchpoint.PROMOTIONAL_OFFER, B),  # [000] Kiko promo code "to sell"
        (Touchpoint.AUDIT, B),  # [000] service company: a free audit to convert
    ],
)
def test_touchpoint_stages_follow_the_case_studies(
    touchpoint: Touchpoint, stage: FunnelStage
) -> None:
    assert touchpoint.stage is stage


def test_the_multichannel_touchpoints_of_000_are_all_there() -> None:
    assert len(Touchpoint) == 18
    assert Touchpoint.SOCIAL_NETWORKS.stages == (T, M, B)


# -- building funnels ----------------------------------------------------------


def test_from_volumes_derives_exact_rates() -> None:
    f = simple()
    assert f.rates == (Fraction(1, 50), Fraction(1, 10))
    assert f.volumes == (10_000, 200, 20)
    assert f.overall_rate == Fraction(1, 500)
    assert f.names == ("reach", "leads", "customers")
    assert f["leads"].stage is M
    assert f[0].name == "reach"
    assert len(f) == 3
    assert [s.name for s in f] == list(f.names)


def test_from_rates_derives_volumes() -> None:
    f = Funnel.from_rates("reach", 10_000, {"leads": Fraction(1, 50), "customers": Fraction(1, 10)})
    assert f.volumes == (10_000, 200, 20)
    assert f.bottom == 20
    assert f.top == 10_000


def test_volumes_and_rates_may_be_mixed_if_they_agree() -> None:
    f = Funnel(
        steps=[
            FunnelStep(name="reach", volume=1_000),
            FunnelStep(name="clicks", rate=Fraction(1, 10)),
            FunnelStep(name="sign-ups", volume=10, rate=Fraction(1, 10)),
        ]
    )
    assert f.volumes == (1_000, 100, 10)
    with pytest.raises(ValidationError, match="'sign-ups'"):
        Funnel(
            steps=[
                FunnelStep(name="reach", volume=1_000),
                FunnelStep(name="sign-ups", volume=10, rate=Fraction(1, 2)),
            ]
        )


@pytest.mark.parametrize(
    ("volumes", "rate_type"),
    [
        ((1000, 100), Fraction),
        ((Fraction(1000), Fraction(100)), Fraction),
        ((Decimal(1000), Decimal(100)), Decimal),
        ((1000.0, 100.0), float),
        ((1000, Decimal(100)), Decimal),
        ((Decimal(1000), 100.0), float),
    ],
)
def test_number_family_is_kept(volumes: tuple[object, object], rate_type: type) -> None:
    f = Funnel.from_volumes({"a": volumes[0], "b": volumes[1]})  # type: ignore[arg-type]
    assert type(f.steps[1].rate) is rate_type
    # the public rates format alike: a Rate (exact underneath) unless the funnel is float
    assert type(f.rates[0]) is (float if rate_type is float else Rate)
    assert f.rates[0] == f.steps[1].rate
    assert f"{f.rates[0]:.1%}" == "10.0%"
    assert json.loads(json.dumps(f.rates)) == [0.1]


def test_decimal_and_fraction_mix_into_decimal() -> None:
    f = Funnel.from_rates("reach", Decimal(1000), {"leads": Fraction(1, 4)})
    assert f.bottom == Decimal(250)
    assert isinstance(f.steps[-1].volume, Decimal)  # the step keeps the family
    assert type(f.bottom) is int  # what the funnel hands out formats and serialises


def test_a_step_after_a_zero_volume_has_rate_zero() -> None:
    f = Funnel.from_volumes({"a": 10, "b": 0, "c": 0})
    assert f.rates == (0, 0)
    assert f.required_top(0) == 0
    with pytest.raises(ValidationError, match=r"'c'\.rate: is 0"):
        f.required_top(1)


# -- bad input -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Funnel(steps=[]), "no steps"),
        (lambda: Funnel.from_volumes({}), "no steps"),
        (lambda: Funnel.from_volumes({"reach": -5}), r"'reach'\.volume: got -5"),
        (lambda: Funnel.from_volumes({"reach": 10, "leads": -1}), r"'leads'\.volume"),
        (lambda: Funnel.from_volumes({"reach": 10, "leads": 20}), "never grow"),
        (lambda: Funnel.from_rates("reach", 10, {"leads": Fraction(3, 2)}), r"'leads'\.rate"),
        (lambda: Funnel.from_rates("reach", 10, {"leads": -0.1}), r"'leads'\.rate"),
        (lambda: Funnel.from_volumes({"reach": float("nan")}), r"'reach'\.volume"),
        (lambda: Funnel.from_volumes({"reach": True}), r"'reach'\.volume"),
        (lambda: Funnel.from_volumes({"reach": "10"}), r"'reach'\.volume"),  # type: ignore[arg-type]
        (lambda: Funnel(steps=[FunnelStep(name="reach", rate=Fraction(1, 2))]), "no volume"),
        (
            lambda: Funnel(steps=[FunnelStep(name="reach", volume=1, rate=Fraction(1, 2))]),
            "top step has a rate",
        ),
        (
            lambda: Funnel(steps=[FunnelStep(name="a", volume=1), FunnelStep(name="b")]),
            "'b': has neither",
        ),
        (lambda: Funnel.from_volumes([("a", 2), ("a", 1)]), "'a': appears twice"),
        (
            lambda: Funnel.from_volumes({"a": 2, "b": 1}, stages={"a": "bofu", "b": "tofu"}),
            r"'b'\.stage: tofu comes after bofu",
        ),
    ],
)
def test_bad_funnels_raise_errors_naming_the_step(build: object, message: str) -> None:
    with pytest.raises(SocialkitError, match=message):
        build()  # type: ignore[operator]


def test_unknown_stage_names_the_step() -> None:
    with pytest.raises(NotFoundError, match=r"funnel step 'leads'\.stage: unknown 'middle'"):
        Funnel.from_volumes({"reach": 10, "leads": 1}, stages={"leads": "middle"})
    with pytest.raises(NotFoundError, match="unknown 'lead'; did you mean 'leads'"):
        Funnel.from_volumes({"reach": 10, "leads": 1}, stages={"lead": "mofu"})


def test_unknown_step_names_the_closest() -> None:
    with pytest.raises(NotFoundError, match="did you mean 'leads'"):
        simple()["lead"]
    with pytest.raises(SocialkitTypeError, match="funnel step"):
        simple()[None]  # type: ignore[call-overload]
    with pytest.raises(SocialkitTypeError, match="funnel step"):
        simple().for_target(10, step=1)  # type: ignore[arg-type]


def test_wrong_types_raise_type_errors() -> None:
    with pytest.raises(SocialkitTypeError, match=r"Funnel\.steps\[0\]"):
        Funnel(steps=[("reach", 10)])
    with pytest.raises(SocialkitTypeError):
        Funnel.from_volumes([10, 5])  # type: ignore[list-item]
    with pytest.raises(SocialkitTypeError, match="from_volumes"):
        Funnel.from_volumes(5)  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError, match="from_rates"):
        Funnel.from_rates("reach", 10, "leads")  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError, match="stages"):
        Funnel.from_volumes({"reach": 10}, stages=["tofu"])  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError, match="title"):
        Funnel.from_volumes({"reach": 10}, title=None)  # type: ignore[arg-type]


def test_every_bad_input_is_a_socialkit_error_and_a_builtin() -> None:
    with pytest.raises(SocialkitError):
        Funnel.from_volumes({"reach": 10, "leads": 20})
    with pytest.raises(ValueError, match="never grow"):
        Funnel.from_volumes({"reach": 10, "leads": 20})


# -- forward and backward ------------------------------------------------------

# exact_funnels(), float_funnels(): tests/strategies.py


@given(exact_funnels())
def test_volumes_never_increase_down_the_funnel(funnel: Funnel) -> None:
    volumes = funnel.volumes
    assert all(b <= a for a, b in itertools.pairwise(volumes))


@given(exact_funnels())
def test_forward_then_backward_returns_the_start_exactly(funnel: Funnel) -> None:
    assert funnel.required_top(funnel.bottom) == funnel.top
    assert funnel.backward(funnel.bottom).volumes == funnel.volumes


@given(float_funnels())
def test_forward_then_backward_returns_the_start_within_float_rounding(funnel: Funnel) -> None:
    assert math.isclose(funnel.required_top(funnel.bottom), funnel.top, rel_tol=1e-9)


@given(
    st.integers(min_value=1, max_value=10**9),
    st.lists(st.decimals(min_value="0.001", max_value=1, places=3), min_size=1, max_size=5),
)
def test_forward_then_backward_returns_the_start_within_decimal_precision(
    top: int, rates: list[Decimal]
) -> None:
    funnel = Funnel.from_rates("top", Decimal(top), {f"s{i}": r for i, r in enumerate(rates)})
    back = funnel.required_top(funnel.bottom)
    assert isinstance(back, int | Amount)
    assert abs(back - funnel.top) <= Decimal("1e-20") * funnel.top


@given(exact_funnels())
def test_exact_inputs_give_exact_outputs(funnel: Funnel) -> None:
    # exact, and made to format: an int when whole, else an Amount keeping the Fraction
    assert all(isinstance(v, int | Amount) for v in funnel.volumes)
    assert all(isinstance(r, Rate) for r in (*funnel.rates, funnel.overall_rate))
    assert isinstance(funnel.required_top(7), int | Amount)
    assert isinstance(funnel.project(123).bottom, int | Amount)
    assert [Fraction(s.volume) for s in funnel] == [  # type: ignore[arg-type]
        v if isinstance(v, int) else v.exact  # type: ignore[union-attr]
        for v in funnel.volumes
    ]


@given(exact_funnels(), st.integers(min_value=1, max_value=10**6))
def test_a_plan_never_falls_short(funnel: Funnel, customers: int) -> None:
    plan = funnel.for_target(customers, reach_per_post=250)
    assert plan.top_needed >= plan.top > plan.top_needed - 1
    assert funnel.project(plan.top_needed).bottom >= customers
    assert plan.posts is not None
    assert plan.posts * 250 >= plan.top


@given(exact_funnels())
def test_rounding_floors_every_volume_and_keeps_the_funnel_valid(funnel: Funnel) -> None:
    rounded = funnel.rounded()
    for exact, whole in zip(funnel.volumes, rounded.volumes, strict=True):
        assert isinstance(whole, int)
        assert whole <= exact < whole + 1


def test_projection_keeps_the_rates() -> None:
    f = simple().project(25_000)
    assert f.volumes == (25_000, 500, 50)
    assert f.rates == simple().rates


def test_plan_for_customers_and_posts() -> None:
    plan = simple().for_target(30, reach_per_post=800)
    assert (plan.target, plan.top, plan.top_needed, plan.posts) == (30, 15_000, 15_000, 19)
    assert plan.funnel.bottom == 30
    assert str(plan) == "30 customers need 15,000 reach: 19 posts at 800 each"


def test_plan_for_revenue_rounds_customers_up() -> None:
    plan = simple().for_target(revenue=1_000, revenue_per_customer=30)
    assert plan.target == 34  # 33.3 customers round up to 34
    assert plan.top == 17_000
    assert plan.posts is None


def test_plan_at_an_intermediate_step() -> None:
    plan = simple().for_target(50, step="leads")
    assert plan.step == "leads"
    assert plan.top_needed == 2_500


def test_float_plans_snap_representation_error() -> None:
    f = Funnel.from_rates("reach", 10_000.0, {"leads": 0.02, "customers": 0.1})
    assert f.for_target(20).top_needed == 10_000


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "needs one target"),
        ({"customers": 1, "revenue": 10}, "needs one target"),
        ({"revenue": 10}, "revenue_per_customer: missing"),
        ({"revenue": 10, "revenue_per_customer": 0}, "revenue_per_customer: got 0"),
        ({"customers": -1}, "customers: got -1"),
        ({"customers": 1, "reach_per_post": 0}, "reach_per_post: got 0"),
    ],
)
def test_bad_plans_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        simple().for_target(**kwargs)  # type: ignore[arg-type]


def test_project_refuses_a_negative_top() -> None:
    with pytest.raises(ValidationError, match=r"'reach'\.volume"):
        simple().project(-1)


def test_with_rate_refuses_the_top_step() -> None:
    with pytest.raises(ValidationError, match="top step has no rate"):
        simple().with_rate("reach", Fraction(1, 2))


# -- bottleneck and comparison -------------------------------------------------


def test_absolute_uplift_finds_the_lowest_rate() -> None:
    # +1 point on leads (2% -> 3%) adds 10 customers; on customers (10% -> 11%) adds 2.
    gains = {i.step: i.gain for i in simple().improvements()}
    assert gains == {"leads": 10, "customers": 2}
    assert simple().bottleneck().step == "leads"


def test_relative_uplift_adds_the_same_everywhere_so_funnel_order_breaks_the_tie() -> None:
    found = simple().improvements(Fraction(1, 10), relative=True)
    assert [i.gain for i in found] == [2, 2]
    assert found[0].step == "leads"


def test_improved_rates_are_capped_at_one() -> None:
    f = Funnel.from_volumes({"a": 100, "b": 100, "c": 10})
    best = f.bottleneck(Fraction(1, 2))
    assert best.step == "c"
    assert best.gain == 50
    assert f.improvements(Fraction(1, 2))[1].improved_rate == 1


def test_benchmark_shows_where_a_funnel_lags_most() -> None:
    benchmark = Funnel.from_volumes({"reach": 10_000, "leads": 300, "customers": 60})
    best = simple().bottleneck(benchmark=benchmark)
    assert (best.step, best.improved_rate, best.gain) == ("customers", Fraction(1, 5), 20)
    by_name = simple().bottleneck(benchmark={"leads": Fraction(1, 25)})
    assert (by_name.step, by_name.gain) == ("leads", 20)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda f: f.bottleneck(Fraction(1, 100), benchmark={"leads": 1}), ValidationError, "both"),
        (lambda f: f.bottleneck(-1), ValidationError, "uplift"),
        (lambda f: f.bottleneck(benchmark={"lead": 1}), NotFoundError, "'lead'"),
        (lambda f: f.bottleneck(benchmark={"leads": 2}), ValidationError, "benchmark"),
        (
            lambda f: f.bottleneck(benchmark=Funnel.from_volumes({"a": 1})),
            ValidationError,
            "same number of steps",
        ),
        (lambda f: f.bottleneck(benchmark=[0.1]), SocialkitTypeError, "benchmark"),
        (lambda f: f.compare(Funnel.from_volumes({"a": 1})), ValidationError, "same number"),
        (lambda f: f.compare("x"), SocialkitTypeError, "Funnel"),
    ],
)
def test_bad_diagnosis_input(call: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        call(simple())  # type: ignore[operator]


def test_a_single_step_has_no_bottleneck() -> None:
    with pytest.raises(ValidationError, match="single step"):
        Funnel.from_volumes({"reach": 10}).bottleneck()


def test_compare_before_and_after() -> None:
    before = simple()
    after = before.with_rate("leads", Fraction(3, 100))
    comparison = before.compare(after)
    leads = comparison.rows[1]
    assert (leads.volume_change, leads.rate_change) == (100, Fraction(1, 100))
    assert comparison.rows[0].rate_change is None
    assert comparison.bottom_change == 10
    assert "+1 pt" in str(comparison)


def test_compare_two_brands_with_different_step_names() -> None:
    a = examples.COSMETICS_BRAND_FUNNEL
    b = examples.SPORTS_RETAILER_FUNNEL
    rows = a.compare(b).rows
    assert rows[1].step == "site visits"
    assert rows[1].other_step == "content-site visits"
    assert rows[0].volume_change == 100_000
    assert "site visits / content-site visits" in str(a.compare(b))


def test_compare_across_number_families() -> None:
    exact = simple()
    floats = Funnel.from_volumes({"reach": 10_000.0, "leads": 300.0, "customers": 30.0})
    assert exact.compare(floats).rows[1].volume_change == pytest.approx(100)


# -- coverage ------------------------------------------------------------------


@dataclass
class CalendarItem:
    stage: object = None
    content_type: object = None


def test_coverage_counts_any_kind_of_planned_content() -> None:
    plan = [
        ContentType.ARTICLE,
        "video",
        FunnelStage.MOFU,
        "bofu",
        CalendarItem(stage="mofu"),
        CalendarItem(content_type="demo"),
        CalendarItem(stage=T, content_type="demo"),  # the stage wins
    ]
    c = stage_coverage(plan)
    assert c.counts == {T: 3, M: 2, B: 2, R: 0}
    assert c.total == 7
    assert c.empty == (R,)
    assert c.drift == {}
    assert c.missing == ()


def test_coverage_drift_from_a_target_mix() -> None:
    c = stage_coverage(["article", "article", "white paper"], target={T: 2, "mofu": 1, "bofu": 1})
    assert c.drift == {T: Fraction(1, 6), M: Fraction(1, 12), B: Fraction(-1, 4), R: 0}
    assert c.missing == (B,)
    assert c.empty == (B, R)


def test_coverage_uses_the_given_mapping() -> None:
    mine = StageMapping().with_overrides({"webinar": "mofu"})
    assert stage_coverage(["webinar"], mapping=mine).counts[M] == 1


def test_float_targets_give_float_shares() -> None:
    c = stage_coverage(["article"], target={"tofu": 0.7, "mofu": 0.3})
    assert isinstance(c.shares[T], float)
    assert c.drift[T] == pytest.approx(0.3)


def test_an_empty_plan_has_every_stage_empty() -> None:
    c = stage_coverage([], target={"tofu": 1})
    assert c.total == 0
    assert c.empty == tuple(FunnelStage)
    assert c.drift[T] == -1


@given(st.lists(st.sampled_from([*ContentType, *FunnelStage]), min_size=1, max_size=40))
def test_coverage_shares_sum_to_one(plan: list[object]) -> None:
    c = stage_coverage(plan)
    assert sum(c.shares.values()) == 1
    assert sum(c.counts.values()) == len(plan)


@pytest.mark.parametrize(
    ("plan", "target", "error", "message"),
    [
        (["artcle"], None, NotFoundError, r"contents\[0\]: unknown 'artcle'"),
        ([42], None, SocialkitTypeError, r"contents\[0\]"),
        ([CalendarItem()], None, SocialkitTypeError, r"contents\[0\]"),
        ([CalendarItem(stage="middle")], None, NotFoundError, r"contents\[0\]\.stage"),
        ("article", None, SocialkitTypeError, "contents"),
        (None, None, SocialkitTypeError, "contents"),
        (["article"], {"middle": 1}, NotFoundError, "target"),
        (["article"], {"tofu": -1}, ValidationError, "target"),
        (["article"], {"tofu": 0}, ValidationError, "all shares are 0"),
        (["article"], [("tofu", 1)], SocialkitTypeError, "target"),
    ],
)
def test_bad_coverage_input(
    plan: object, target: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        stage_coverage(plan, target=target)  # type: ignore[arg-type]


# -- rendering -----------------------------------------------------------------


def test_text_rendering_is_a_table_with_rates() -> None:
    text = str(simple())
    assert text.splitlines()[0].split() == ["step", "stage", "volume", "rate"]
    assert "leads      mofu   200     2%" in text
    assert "overall: 0.2% of reach become customers" in text


def test_svg_is_well_formed_and_escapes_labels() -> None:
    f = Funnel.from_volumes({"<b>reach & co</b>": 100, 'say "hi"': 5}, title="A<B")
    svg = f._repr_html_()
    root = ET.fromstring(svg)  # well-formed XML
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "<b>reach & co</b>" in texts
    assert 'say "hi"' in texts
    assert "A<B" in texts
    assert "<b>" not in svg


def test_svg_draws_one_bar_per_step_in_theme_colours() -> None:
    f = examples.COSMETICS_BRAND_FUNNEL
    root = ET.fromstring(f.to_svg())
    rects = list(root.iter("{http://www.w3.org/2000/svg}rect"))
    assert len(rects) == len(f)
    widths = [float(r.get("width", "0")) for r in rects]
    assert widths == sorted(widths, reverse=True)
    assert all(r.get("fill-opacity") for r in rects)  # semi-transparent: light and dark
    assert all(
        t.get("fill") == "currentColor" for t in root.iter("{http://www.w3.org/2000/svg}text")
    )


def test_huge_exact_volumes_still_print() -> None:
    text = str(simple().project(10**40 + 1))
    assert f"{10**40 + 1:,}" in text
    assert f"{2 * 10**38:,}.02" in text  # (10**40 + 1) / 50, to two decimals


def test_svg_of_a_funnel_with_zero_top() -> None:
    ET.fromstring(Funnel.from_volumes({"a": 0, "b": 0}).to_svg())


# -- examples ------------------------------------------------------------------


def test_the_three_case_studies_ship_as_paths_and_funnels() -> None:
    assert examples.CASE_PATHS == (
        examples.COSMETICS_BRAND_PATH,
        examples.SPORTS_RETAILER_PATH,
        examples.B2B_SERVICE_PATH,
    )
    for funnel in (
        examples.COSMETICS_BRAND_FUNNEL,
        examples.SPORTS_RETAILER_FUNNEL,
        examples.B2B_SERVICE_FUNNEL,
    ):
        assert "illustrative" in funnel.title


def test_cosmetics_path_follows_000() -> None:
    # [000] Kiko: SEA/SEO -> site with tips and shop -> newsletter offer and brand
    # hashtag -> newsletter (MOFU) -> promo code -> Instagram contests and offers.
    path = examples.COSMETICS_BRAND_PATH
    assert path.touchpoints[:5] == (
        Touchpoint.SEO_SEA,
        Touchpoint.WEBSITE,
        Touchpoint.BRAND_HASHTAG,
        Touchpoint.NEWSLETTER,
        Touchpoint.PROMOTIONAL_OFFER,
    )
    assert path.stops[5].channel == "instagram"
    assert path.stages() == (T, M, B)
    assert path.gaps() == (R,)


def test_sports_retailer_path_follows_000() -> None:
    path = examples.SPORTS_RETAILER_PATH
    assert [s.channel for s in path.stops] == [
        "google",
        None,
        "youtube",
        "instagram",
        "facebook",
    ]


def test_b2b_path_ends_with_an_offer_or_a_free_audit() -> None:
    path = examples.B2B_SERVICE_PATH
    assert path.touchpoints[-1] is Touchpoint.AUDIT
    assert Touchpoint.WHITE_PAPER in path.touchpoints
    assert Touchpoint.WEBINAR in path.touchpoints
    assert [s.touchpoint for s in path.at("mofu")] == [
        Touchpoint.NEWSLETTER,
        Touchpoint.WHITE_PAPER,
        Touchpoint.WEBINAR,
    ]


def test_a_path_needs_stops_with_stages() -> None:
    with pytest.raises(ValidationError, match=r"CasePath\.stops"):
        CasePath(name="empty", stops=[])
    with pytest.raises(ValidationError, match=r"PathStop\.stages"):
        PathStop(touchpoint="blog", stages=[])
    with pytest.raises(NotFoundError, match=r"PathStop\.touchpoint"):
        PathStop(touchpoint="blogg", stages="tofu")
    with pytest.raises(SocialkitTypeError, match=r"PathStop\.stages"):
        PathStop(touchpoint="blog", stages=None)
    with pytest.raises(SocialkitTypeError, match=r"CasePath\.stops"):
        CasePath(name="none", stops=None)


def test_public_names_are_exported() -> None:
    for name in ("Funnel", "FunnelStage", "ContentType", "Touchpoint", "stage_of", "Kpi"):
        assert name in socialkit.funnel.__all__


# Review fix (item 15) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "where"),
    [
        (lambda: Funnel.from_volumes({"a": 10**400, "b": 1.0}), "funnel step 'a'.volume"),
        (lambda: Funnel.from_volumes({"a": 1e300, "b": 10**400}), "funnel step 'b'.volume"),
        (lambda: Funnel.from_rates("a", 10**400, {"b": 0.5}), "funnel step 'a'.volume"),
    ],
)
def test_an_exact_number_too_large_for_a_float_funnel_names_the_step(
    build: object, where: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(where)):
        build()  # type: ignore[operator]


def test_coverage_stages_posts_by_their_format() -> None:
    # Review item 20: the issue says coverage takes "content types or posts".
    from socialkit import Post

    plan = [
        Post(text="Win a mug!", format="contest"),  # [000] Kiko: a contest attracts
        Post(text="What our clients say", format="customer testimonial"),  # MOFU
        Post(text="hi"),  # a post without a format is a social post: TOFU
    ]
    assert stage_coverage(plan).counts == {T: 2, M: 1, B: 0, R: 0}
    mine = StageMapping().with_overrides({"contest": "bofu"})
    assert stage_coverage(plan, mapping=mine).counts[B] == 1


def test_a_huge_exact_funnel_prints_in_scientific_notation() -> None:
    # Python refuses to print integers of more than 4,300 digits; show() must not
    funnel = Funnel.from_volumes({"a": 100, "b": 10}).project(10**5000)
    text = str(funnel)
    assert "1e+5000" in text
    assert "1e+4999" in text
    assert "e+5000" in funnel.to_svg()


def _bar_widths(f: Funnel) -> list[float]:
    root = ET.fromstring(f.to_svg())
    return [float(r.get("width", "0")) for r in root.iter("{http://www.w3.org/2000/svg}rect")]


def test_svg_uses_a_log_scale_when_volumes_span_orders_of_magnitude() -> None:
    f = Funnel.from_volumes([("reach", 600), ("visits", 90), ("leads", 18)])
    widths = _bar_widths(f)
    assert widths[0] > widths[1] > widths[2]
    assert widths[2] > widths[0] / 4  # linear would make it 3% of the top
    assert "log scale" in f.to_svg()


def test_svg_stays_linear_for_a_narrow_span() -> None:
    f = Funnel.from_volumes([("reach", 100), ("visits", 50)])
    widths = _bar_widths(f)
    assert widths[1] == pytest.approx(widths[0] / 2, abs=0.2)
    assert "log scale" not in f.to_svg()


@given(st.lists(st.integers(1, 10**30), min_size=2, max_size=6))
def test_svg_bars_never_grow_down_a_funnel(volumes: list[int]) -> None:
    ordered = sorted(volumes, reverse=True)
    f = Funnel.from_volumes([(f"s{i}", v) for i, v in enumerate(ordered)])
    widths = _bar_widths(f)
    assert all(a >= b for a, b in itertools.pairwise(widths))
