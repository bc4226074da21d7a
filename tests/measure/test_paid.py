"""Paid social ([001] X Ads): objectives and billing, budget arithmetic, set-up checklist."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import Severity, SocialkitTypeError, ValidationError
from socialkit.errors import NotFoundError
from socialkit.measure import (
    FACEBOOK_CONTEST_TIP,
    X_ADS_OBJECTIVES,
    X_ADS_SETUP,
    BillingEvent,
    CampaignDraft,
    ChecklistItem,
    Objective,
    SetupStep,
    Targeting,
    expected_results,
)

PARIS = ZoneInfo("Europe/Paris")


def test_each_objective_is_billed_as_the_blog_describes() -> None:
    billing = {o.objective: o.billed_per for o in X_ADS_OBJECTIVES}
    assert billing == {
        Objective.FOLLOWERS: (BillingEvent.FOLLOWER,),
        Objective.WEBSITE_CLICKS: (BillingEvent.CLICK,),
        Objective.ENGAGEMENT: (BillingEvent.ENGAGEMENT,),
        Objective.APP_INSTALLS: (BillingEvent.CLICK, BillingEvent.INSTALL),
        Objective.LEADS: (BillingEvent.LEAD,),
        Objective.CUSTOM: (BillingEvent.CHOSEN,),
    }
    assert all("[001]" in o.source.title for o in X_ADS_OBJECTIVES)


def test_expected_results_is_budget_over_bid_rounded_down() -> None:
    assert expected_results(500, 2) == 250
    assert expected_results(Decimal("100"), Decimal("0.30")) == 333
    assert expected_results(Fraction(10), Fraction(3)) == 3
    # floats are read by their shortest repr: 1.0 / 0.1 is 10 results, not 9
    assert expected_results(1.0, 0.1) == 10
    assert expected_results(0, 5) == 0


@pytest.mark.parametrize(
    ("budget", "bid", "match"),
    [(100, 0, "> 0"), (-1, 2, ">= 0"), (100, float("inf"), "finite"), (100, -2, "> 0")],
)
def test_bad_budgets_and_bids(budget: object, bid: object, match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        expected_results(budget, bid)  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError):
        expected_results("100", 2)  # type: ignore[arg-type]


def test_setup_steps_come_in_the_documents_order() -> None:
    assert X_ADS_SETUP.steps() == (
        SetupStep.CAMPAIGN,
        SetupStep.CONTENT,
        SetupStep.TARGETING,
        SetupStep.BUDGET,
    )


def test_an_empty_draft_misses_everything() -> None:
    assert X_ADS_SETUP.missing(CampaignDraft()) == X_ADS_SETUP.items


def test_a_complete_draft_misses_nothing_and_knows_its_results() -> None:
    draft = CampaignDraft(
        name="Spring launch",
        objective="website_clicks",
        conversion_tracking="tw-pixel-1",
        start=datetime(2026, 4, 1, 9, tzinfo=PARIS),
        end=datetime(2026, 4, 30, 9, tzinfo=PARIS),
        content="New collection: 20% off this week",
        targeting=Targeting(countries={"FR"}, ages={"18-34"}, interests={"fashion"}),
        budget=Decimal("300"),
        bid=Decimal("0.75"),
    )
    assert X_ADS_SETUP.missing(draft) == ()
    assert X_ADS_SETUP.check(draft) == ()
    assert draft.expected_results() == 400


def test_empty_targeting_counts_as_missing() -> None:
    findings = X_ADS_SETUP.check(CampaignDraft(name="x", targeting=Targeting()))
    rules = [f.rule for f in findings]
    assert "ads.setup.targeting" in rules
    assert "ads.setup.name" not in rules
    assert all(f.severity is Severity.ERROR for f in findings)


def test_draft_validation() -> None:
    with pytest.raises(ValidationError, match="time zone"):
        CampaignDraft(start=datetime(2026, 4, 1))
    with pytest.raises(ValidationError, match="end > start"):
        CampaignDraft(
            start=datetime(2026, 4, 2, tzinfo=PARIS), end=datetime(2026, 4, 1, tzinfo=PARIS)
        )
    with pytest.raises(NotFoundError, match="known: followers"):
        CampaignDraft(objective="awareness")
    with pytest.raises(ValidationError):
        CampaignDraft(bid=0)
    with pytest.raises(SocialkitTypeError):
        Targeting(countries="FR")
    with pytest.raises(SocialkitTypeError):
        X_ADS_SETUP.missing({"name": "x"})  # type: ignore[arg-type]


def test_facebook_contest_tip_is_a_sourced_tip() -> None:
    assert FACEBOOK_CONTEST_TIP.severity is Severity.TIP
    assert FACEBOOK_CONTEST_TIP.source is not None


@given(st.integers(0, 10**9), st.integers(1, 10**6))
def test_results_never_cost_more_than_the_budget(budget: int, bid: int) -> None:
    results = expected_results(budget, bid)
    assert results * bid <= budget < (results + 1) * bid


@pytest.mark.parametrize("field", [f.name for f in attrs.fields(Targeting)])
@pytest.mark.parametrize("value", [None, "FR", [["a"]], [1, 2]])
def test_every_targeting_field_wants_strings_and_names_itself(field: str, value: object) -> None:
    with pytest.raises(SocialkitTypeError, match=rf"Targeting\.{field}"):
        Targeting(**{field: value})  # type: ignore[arg-type]


def test_signalling_nan_amounts_are_validation_errors() -> None:
    with pytest.raises(ValidationError, match="finite"):
        expected_results(Decimal("sNaN"), 1)
    with pytest.raises(ValidationError, match="finite"):
        CampaignDraft(budget=Decimal("sNaN"))


def test_a_checklist_item_names_a_draft_field() -> None:
    with pytest.raises(ValidationError, match=r"ChecklistItem\.field.*'budget'"):
        ChecklistItem(step="budget", field="budjet", description="the budget")
    item = ChecklistItem(step="budget", field="budget", description="the budget")
    assert not item.done(CampaignDraft())
