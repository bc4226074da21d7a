"""SMO ([001]): reasons, on-site and off-site actions, activities, the e-reputation risk."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

from socialkit import examples
from socialkit.errors import NotFoundError
from socialkit.strategy import (
    SMO_RULES,
    STRATEGY_RULES,
    OnSiteAction,
    Smo,
    SmoActivity,
    SmoReason,
    validate,
)
from strategies import smos


@given(smos())
def test_no_share_buttons_is_reported_exactly_when_the_site_has_none(smo: Smo) -> None:
    found = {f.rule for f in smo.findings()}
    assert ("smo.no_share_buttons" in found) is (OnSiteAction.SHARE_BUTTONS not in smo.on_site)
    assert ("smo.no_off_site" in found) is (not smo.off_site)
    assert ("smo.no_reputation_plan" in found) is (not smo.reputation_plan.strip())


def test_names_are_read_leniently_and_typos_suggest() -> None:
    smo = Smo(reasons="SEARCH", on_site=["Share buttons", "share_buttons"])
    assert smo.reasons == (SmoReason.SEARCH,)
    assert smo.on_site == (OnSiteAction.SHARE_BUTTONS,)
    with pytest.raises(NotFoundError, match="did you mean"):
        Smo(activities=["customer servce"])


def test_the_plan_states_its_benefits_and_risk() -> None:
    assert "proximity" in Smo().benefits
    assert "e-reputation" in Smo().risk


def test_a_strategy_without_smo_gets_a_tip_and_with_one_its_findings() -> None:
    s = examples.strategy("b2b-services")
    assert "smo.none" in {f.rule for f in validate(attrs.evolve(s, smo=None))}
    bare = validate(attrs.evolve(s, smo=Smo(reasons=["sales"], activities=["marketing"])))
    rules = {f.rule: f for f in bare}
    assert rules["smo.no_share_buttons"].where == "smo.on_site"
    assert rules["smo.sales_without_development"].where == "smo.activities"
    assert "smo.none" not in rules
    quiet = STRATEGY_RULES.without("smo.no_share_buttons")
    assert "smo.no_share_buttons" not in {
        f.rule for f in validate(attrs.evolve(s, smo=Smo()), rules=quiet)
    }


def test_every_smo_rule_is_a_strategy_rule() -> None:
    assert set(SMO_RULES.ids()) <= set(STRATEGY_RULES.ids())
    assert SmoActivity.CUSTOMER_SERVICE in examples.strategy("cosmetics-brand").smo.activities  # type: ignore[union-attr]
