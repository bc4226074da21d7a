"""The calendar's practice findings and Bhargava's practices, in French."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import socialkit
from socialkit import Finding
from socialkit.calendar import CalendarItem, ContentCalendar, check_calendar
from socialkit.posts import BHARGAVA_PRACTICES, BHARGAVA_RULES, Post, assess, review_practices

PARIS = ZoneInfo("Europe/Paris")


def _item(n: int, platform: str, content: str) -> CalendarItem:
    return CalendarItem(
        id=f"{platform}-{n}",
        platform=platform,
        kind="post",
        start=datetime(2026, 3, 2 + n, 10, tzinfo=PARIS),
        title=f"post {n}",
        content=content,
        content_type="video",
    )


def _calendar() -> ContentCalendar:
    items = [_item(n, "facebook", f"Story {n}") for n in range(5)] + [_item(6, "x", "Other")]
    return ContentCalendar(tz=PARIS, start=date(2026, 3, 1), end=date(2026, 3, 31), items=items)


def test_calendar_findings_are_french_in_a_french_block() -> None:
    with socialkit.language("fr"):
        found = {f.rule: f for f in check_calendar(_calendar())}
    share = found["bhargava.share_actively"]
    assert share.message.startswith("'Other' ne part que sur x (aussi sur facebook ?) : ")
    assert share.fix == "publiez aussi le même contenu sur vos autres canaux"
    reward = found["bhargava.calendar_reward"]
    assert reward.message.startswith("aucune des 6 publications ne récompense l'audience")
    assert found["page.alternate_formats"].fix == "alternez textes, images, vidéos et questions"
    english = {f.rule: f for f in check_calendar(_calendar())}
    assert english["bhargava.calendar_reward"].message.startswith("none of the 6 posts")


def test_bhargava_practice_reviews_are_french_in_a_french_block() -> None:
    late = Finding(rule="x.bhargava.reward", severity="tip", message="no reward")
    with socialkit.language("fr"):
        reviews = {
            r.practice.id: str(r)
            for r in review_practices(BHARGAVA_PRACTICES, [late], ran=["bhargava.visual"])
        }
    assert reviews["bhargava.reward_users"] == (
        "non suivie bhargava.reward_users: Récompenser vos utilisateurs (1 constat)"
    )
    assert (
        reviews["bhargava.easy_to_share"] == "suivie bhargava.easy_to_share: Faciliter le partage"
    )
    assert reviews["bhargava.share_actively"].startswith("à revoir bhargava.share_actively: ")


def test_bhargava_post_findings_are_french_in_a_french_block() -> None:
    post = Post(text="Our new collection is here")
    with socialkit.language("fr"):
        found = {f.rule: f for f in assess(post, "instagram", rules=BHARGAVA_RULES).findings}
    visual = found["instagram.bhargava.visual"]
    assert visual.message.startswith("aucun visuel (photo, graphique, vidéo) : ")
    assert visual.fix == "joignez une photo, un graphique ou une vidéo"
    assert found["instagram.bhargava.call_to_share"].message.startswith("aucun appel au partage")
