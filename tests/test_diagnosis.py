"""Diagnosis ([001], [002]): 3C, SWOT seeded from it, audit checklist, comparison."""

import attrs
import pytest

from socialkit import (
    AUDIT_CHECKLIST,
    Actor,
    AuditScope,
    Presence,
    Swot,
    Target,
    TargetKind,
    ThreeC,
    UnknownPlatformError,
    ValidationError,
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
    with pytest.raises(ValidationError) as info:
        Target(name="Press", kind="journalist")
    assert "influencer" in str(info.value)
