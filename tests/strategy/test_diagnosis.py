"""Diagnosis ([001], [002]): 3C, SWOT seeded from it, audit checklist, comparison."""

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialkit
from socialkit import SocialkitTypeError, UnknownPlatformError, ValidationError
from socialkit.errors import NotFoundError, SocialkitError
from socialkit.strategy import (
    AUDIT_CHECKLIST,
    Actor,
    AuditScope,
    ExamplePost,
    Presence,
    Swot,
    Target,
    TargetKind,
    ThreeC,
)


@pytest.fixture
def three_c() -> ThreeC:
    # [002]: "a competitor may dominate Facebook but put little effort into Instagram".
    return ThreeC(
        company=Actor(
            name="Us",
            presences=[
                Presence(platform="facebook", followers=2_000, posts_per_week=2),
                Presence(
                    platform="instagram",
                    followers=5_000,
                    posts_per_week=7,
                    e_reputation="complaints about delivery times",
                ),
                Presence(platform="x", followers=50, posts_per_week=0, wanted=False),
            ],
        ),
        competitors=[
            Actor(
                name="Rival",
                presences=[
                    Presence(platform="facebook", followers=40_000, posts_per_week=10),
                    Presence(platform="instagram", followers=1_000, posts_per_week=0.5),
                ],
            )
        ],
        customers=[
            Target(name="Young clients", kind="client", networks=["instagram", "tiktok"]),
            Target(name="Beauty bloggers", kind=TargetKind.INFLUENCER, networks=["instagram"]),
        ],
    )


def test_comparison_finds_where_a_competitor_dominates(three_c: ThreeC) -> None:
    facebook = three_c.comparison("facebook")
    assert facebook.dominated_by == ("Rival",)
    assert facebook.leader == "Rival"
    assert facebook.leader_followers == 40_000
    assert not facebook.under_served


def test_comparison_finds_where_the_audience_is_under_served(three_c: ThreeC) -> None:
    instagram = three_c.comparison("ig")
    assert instagram.dominated_by == ()
    assert instagram.targets == ("Young clients", "Beauty bloggers")
    assert instagram.under_served  # Rival posts less than weekly there
    tiktok = three_c.comparison("tiktok")
    assert tiktok.company_followers is None
    assert tiktok.under_served


def test_compare_covers_every_network_of_the_three_c(three_c: ThreeC) -> None:
    assert [c.platform for c in three_c.compare()] == ["facebook", "instagram", "tiktok", "x"]


def test_dominance_ratio_is_overridable(three_c: ThreeC) -> None:
    assert three_c.comparison("facebook", ratio=100).dominated_by == ()


def test_swot_is_seeded_from_the_three_c(three_c: ThreeC) -> None:
    facebook = Swot.from_three_c(three_c, "facebook")
    assert facebook.threats == ("Rival dominates Facebook",)
    assert any("40000" in w for w in facebook.weaknesses)
    instagram = Swot.from_three_c(three_c, "instagram")
    assert any("more followers" in s for s in instagram.strengths)
    assert any("posts at least as often" in s for s in instagram.strengths)
    assert any("under-served" in o for o in instagram.opportunities)
    assert any("delivery" in o for o in instagram.opportunities)
    assert any("unwanted" in w for w in Swot.from_three_c(three_c, "x").weaknesses)
    assert Swot.from_three_c(three_c, "tiktok").weaknesses == ("no presence on TikTok",)


def test_swot_can_be_completed_by_hand(three_c: ThreeC) -> None:
    swot = Swot.from_three_c(three_c, "facebook")
    done = attrs.evolve(swot, strengths=[*swot.strengths, "a loyal local community"])
    assert done.strengths[-1] == "a loyal local community"


def test_audit_checklist_includes_impostor_accounts() -> None:
    ids = {q.id for q in AUDIT_CHECKLIST}
    assert {"what_works", "who_engages", "target_networks", "versus_competitors"} <= ids
    impostors = next(q for q in AUDIT_CHECKLIST if q.id == "impostors")
    assert impostors.scope is AuditScope.ACCOUNT
    assert "impostor" in impostors.question
    assert all(q.source.title.startswith("[00") for q in AUDIT_CHECKLIST)


def test_one_presence_per_network() -> None:
    with pytest.raises(ValidationError):
        Actor(name="Us", presences=[Presence(platform="x"), Presence(platform="twitter")])


def test_unknown_network_names_the_closest() -> None:
    with pytest.raises(UnknownPlatformError) as info:
        Presence(platform="instagarm")
    assert "instagram" in str(info.value)


def test_unknown_target_kind_lists_allowed_values() -> None:
    with pytest.raises(NotFoundError) as info:
        Target(name="Press", kind="journalist")
    assert "influencer" in str(info.value)


NETWORKS = ["facebook", "instagram", "x", "tiktok", "linkedin"]
presences = st.lists(
    st.builds(
        Presence,
        platform=st.sampled_from(NETWORKS),
        followers=st.none() | st.integers(0, 100_000),
        posts_per_week=st.none() | st.floats(0, 30),
    ),
    max_size=4,
    unique_by=lambda p: p.platform,
)
actors = st.builds(Actor, name=st.sampled_from(["A", "B", "C"]), presences=presences)
three_cs = st.builds(
    ThreeC,
    company=st.builds(Actor, name=st.just("Us"), presences=presences),
    competitors=st.lists(actors, max_size=3, unique_by=lambda a: a.name),
    customers=st.lists(
        st.builds(
            Target,
            name=st.sampled_from(["T1", "T2"]),
            kind=st.sampled_from(list(TargetKind)),
            networks=st.lists(st.sampled_from(NETWORKS), max_size=2),
        ),
        max_size=2,
    ),
)


@given(three_cs, st.sampled_from([1.5, 2, 10]))
def test_a_dominant_competitor_has_ratio_times_the_followers_or_an_empty_field(
    three_c: ThreeC, ratio: float
) -> None:
    for c in three_c.compare(ratio=ratio):
        own = three_c.company.on(c.platform)
        for name in c.dominated_by:
            rival = next(a for a in three_c.competitors if a.name == name).on(c.platform)
            assert rival is not None
            if own is not None:
                assert rival.followers is not None
                assert rival.followers >= ratio * (own.followers or 0)


@given(three_cs)
def test_under_served_means_targets_there_and_no_weekly_competitor(three_c: ThreeC) -> None:
    for c in three_c.compare():
        if c.under_served:
            assert c.targets
            for rival in three_c.competitors:
                presence = rival.on(c.platform)
                assert presence is None or not presence.active


@given(three_cs)
def test_swot_seeding_never_fails_and_names_dominant_rivals(three_c: ThreeC) -> None:
    for platform in three_c.platforms():
        swot = Swot.from_three_c(three_c, platform)
        for rival in three_c.comparison(platform).dominated_by:
            assert any(rival in threat for threat in swot.threats)


def test_actor_names_are_unique() -> None:
    with pytest.raises(ValidationError):
        ThreeC(company=Actor(name="Us"), competitors=[Actor(name="Us")])


def test_swot_from_three_c_rejects_what_is_not_a_three_c() -> None:
    with pytest.raises(SocialkitTypeError, match="three_c"):
        Swot.from_three_c(None, "facebook")  # type: ignore[arg-type]


@pytest.mark.parametrize("ratio", ["x", None, 0, 0.5, float("nan")])
def test_the_dominance_ratio_is_a_number_of_at_least_one(ratio: object) -> None:
    three_c = ThreeC(company=Actor(name="Us", presences=[Presence(platform="facebook")]))
    with pytest.raises(SocialkitError, match="ratio"):
        three_c.compare(ratio=ratio)  # type: ignore[arg-type]
    with pytest.raises(SocialkitError, match="ratio"):
        three_c.comparison("facebook", ratio=ratio)  # type: ignore[arg-type]


# Review fix b.4: a platform field names itself in its error ----------------------


@pytest.mark.parametrize(
    ("make", "where"),
    [
        (lambda v: Presence(platform=v), "Presence.platform"),
        (lambda v: Swot(platform=v), "Swot.platform"),
        (lambda v: ExamplePost(platform=v, text="hi"), "ExamplePost.platform"),
        (lambda v: Actor(name="a").on(v), r"Actor\.on\(platform\)"),
    ],
)
def test_a_platform_of_the_wrong_type_names_its_field(make: Any, where: str) -> None:
    with pytest.raises(SocialkitTypeError, match=rf"^{where}: got int"):
        make(3)


@given(st.sampled_from(["Twitter", "x", "FB", "facebook"]))
def test_a_platform_alias_resolves_in_every_field(name: str) -> None:
    slug = socialkit.get_platform(name).slug
    assert Presence(platform=name).platform == slug
    assert Swot(platform=name).platform == slug
    assert ExamplePost(platform=name, text="hi").platform == slug
