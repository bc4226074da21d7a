"""Planner issues in French: reasons built through the catalogue, rule ids and periods unchanged."""

from __future__ import annotations

from datetime import date, timedelta

import socialkit
from socialkit import PlanSpec, plan
from socialkit.calendar import ItemKind


def _blackout_week() -> socialkit.ContentCalendar:
    week = [date(2026, 12, 21) + timedelta(days=i) for i in range(7)]
    spec = PlanSpec.simple(
        platforms=("linkedin",), tz="Europe/Paris", interaction=None, blackouts=week
    )
    return plan(spec, start=date(2026, 12, 14), end=date(2027, 1, 4))


def test_a_blackout_week_is_reported_in_french() -> None:
    with socialkit.language("fr"):
        (issue,) = _blackout_week().issues
        shown = str(issue)
    assert (issue.rule, issue.period, issue.shortfall) == ("blackout", "2026-W52", 2)
    assert issue.reason == "7 jour(s) bloqué(s) en 2026-W52"
    assert shown == "linkedin blackout en 2026-W52 : il manque 2 (7 jour(s) bloqué(s) en 2026-W52)"


def test_planner_issues_stay_english_by_default() -> None:
    (issue,) = _blackout_week().issues
    assert str(issue) == "linkedin blackout in 2026-W52: short by 2 (7 blackout day(s) in 2026-W52)"


def test_post_titles_follow_the_language_of_each_plan() -> None:
    """Titles are kept per platform, category and language: a French plan after an English
    one (and back) gets its own titles, not the first plan's."""
    spec = socialkit.examples.strategy("b2b-services").to_plan_spec()
    week = {"start": date(2027, 1, 4), "end": date(2027, 1, 11)}

    def titles() -> set[str]:
        return {i.title for i in plan(spec, **week).items if i.kind is ItemKind.POST}

    english = titles()
    with socialkit.language("fr"):
        french = titles()
    assert any(t.startswith("LinkedIn post: ") for t in english)
    assert any(t.startswith("Publication LinkedIn : ") for t in french)
    assert not english & french
    assert titles() == english


def _interaction_titles() -> set[str]:
    spec = PlanSpec.simple(platforms=("linkedin", "x"), tz="Europe/Paris")
    calendar = plan(spec, start=date(2026, 12, 14), end=date(2026, 12, 21))
    return {item.title for item in calendar.items if item.kind is ItemKind.INTERACTION}


def test_interaction_titles_are_french_in_a_french_plan() -> None:
    with socialkit.language("fr"):
        titles = _interaction_titles()
    assert titles == {
        "LinkedIn : répondre aux commentaires et messages",
        "X : répondre aux commentaires et messages",
    }


def test_interaction_titles_stay_english_by_default() -> None:
    assert _interaction_titles() == {
        "LinkedIn: answer comments and messages",
        "X: answer comments and messages",
    }
