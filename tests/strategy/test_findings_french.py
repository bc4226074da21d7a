"""The findings of the audit, SMO, goal, page, profile and steps rules, in French."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import socialkit
from socialkit._core.i18n import translate
from socialkit.posts import Media
from socialkit.strategy import (
    AUDIT_RULES,
    AccountAudit,
    Audit,
    Profile,
    SmartGoal,
    Smo,
    SuspectedImpostor,
    check_page,
    check_profile,
)


def _audit() -> Audit:
    return Audit(
        target_networks=["instagram"],
        accounts=[
            AccountAudit(platform="x", handle="@lumen", answers={"audience_there": False}),
            AccountAudit(platform="instagram", answers={"profile_complete": False}),
        ],
        impostors=[SuspectedImpostor(platform="tiktok", handle="@lumen.promo")],
    )


def test_audit_findings_are_french_in_a_french_block() -> None:
    with socialkit.language("fr"):
        found = {f.rule: f for f in _audit().findings()}
    close = found["audit.close"]
    assert close.message == (
        "fermer X @lumen : votre audience n'est pas sur ce réseau : fermez le compte"
    )
    assert close.fix == "fermez le compte, ou reprenez-le en main et donnez-lui une mission"
    assert found["audit.impostor_unreported"].message.startswith("l'usurpateur présumé")
    assert found["audit.impostor_unreported"].fix == "signaler @lumen.promo à TikTok"
    assert found["audit.overall_unanswered"].fix is not None
    assert "Qu'est-ce qui marche" in found["audit.overall_unanswered"].fix
    assert found["audit.verify_own"].where == "impostors[0].platform"  # paths never change


def test_audit_findings_stay_english_by_default() -> None:
    found = {f.rule: f for f in _audit().findings()}
    assert found["audit.close"].message.startswith("close X @lumen: your audience")


def test_audit_rule_titles_are_catalogued() -> None:
    with socialkit.language("fr"):
        titles = {r.id: translate(r.title) for r in AUDIT_RULES}
    assert titles["audit.close"] == "Un compte que l'audit conseille de fermer."


def test_smo_findings_are_french_in_a_french_block() -> None:
    with socialkit.language("fr"):
        found = {f.rule: f for f in Smo(reasons="search").findings()}
    assert found["smo.no_share_buttons"].message == "pas de boutons de partage sur le site"
    assert found["smo.no_share_buttons"].fix is not None
    assert found["smo.no_share_buttons"].fix.startswith("ajoutez des boutons de partage")
    assert found["smo.no_reputation_plan"].message.startswith(
        "aucune réponse au risque du SMO : des clients mécontents"
    )
    assert Smo().findings()[0].message == "the SMO plan gives no reason (branding, search, sales)"


def test_goal_findings_are_french_in_a_french_block() -> None:
    goal = SmartGoal(
        subject="fans",
        metric="likes",
        baseline=100,
        target=100_000,
        start=date(2027, 1, 1),
        deadline=date(2027, 3, 31),
    )
    with socialkit.language("fr"):
        found = {f.rule: f for f in goal.findings()}
    assert found["goal.no_business_objective"].message == (
        "l'objectif n'est rattaché à aucun objectif business (le R de SMART)"
    )
    assert found["goal.vanity_metric"].message.startswith("'likes' est un indicateur de vanité")
    assert "de croissance par mois" in found["goal.implausible_growth"].message
    assert found["goal.no_stage"].where == "goal.stage"
    english = {f.rule: f for f in goal.findings()}
    assert english["goal.no_stage"].fix == "set stage to tofu, mofu, bofu or retention"


def test_page_and_profile_findings_are_french_in_a_french_block() -> None:
    paris = ZoneInfo("Europe/Paris")
    page = Profile(platform="facebook", display_name="Trailhead", keywords=["trail"])
    posted = [datetime(2026, 3, d, 10, tzinfo=paris) for d in (2, 4, 20)]
    with socialkit.language("fr"):
        found = {
            f.rule: f for f in check_page(page, posted, now=datetime(2026, 4, 1, tzinfo=paris))
        }
    assert found["page.not_current"].message == (
        "la dernière publication de la page Facebook date de 12 jours (2026-03-20) : tenez la "
        "page à jour ([001] ; plus de 7 jours, c'est le seuil par défaut de socialkit, pas "
        "celui du cours)"
    )
    assert found["page.gap"].message.startswith("16 jours sans publication sur Facebook")
    assert found["page.gap"].fix is not None
    assert found["page.gap"].fix.startswith("comblez le trou")
    assert found["profile.empty_fields"].message.startswith("champs du profil vides : ")
    assert found["profile.keyword_absent"].message == (
        "le mot-clé 'trail' n'apparaît ni dans le nom, ni dans la bio, ni dans la catégorie"
    )
    assert found["profile.no_image"].message.startswith("pas d'image ")


def test_profile_image_findings_are_french_in_a_french_block() -> None:
    profile = Profile(
        platform="youtube",
        display_name="Trailhead",
        banner=Media(kind="image", width=1600, height=900),
        avatar=Media(kind="image", width=800, height=400),
    )
    with socialkit.language("fr"):
        found = {f.rule: f for f in check_profile(profile)}
    assert found["profile.image_size"].message.startswith(
        "bannière de 1600x900 est sous le minimum"
    )
    assert found["profile.image_size"].fix is not None
    assert found["profile.image_size"].fix.startswith("importez au moins")
    english = {f.rule: f for f in check_profile(profile)}
    assert english["profile.image_size"].message.startswith("banner of 1600x900 is below")
