"""The paid-social data of [001] is data, each value with its source."""

from __future__ import annotations

import pytest

from socialkit.errors import SocialkitTypeError
from socialkit.measure import (
    FACEBOOK_CONTEST_TIP,
    X_ADS_OBJECTIVES,
    X_ADS_SETUP,
    CampaignObjective,
    Objective,
)
from socialkit.measure._paid_data import ADS_2015


def test_every_objective_is_listed_once_with_its_source() -> None:
    assert [o.objective for o in X_ADS_OBJECTIVES] == list(Objective)
    assert all(o.source == ADS_2015 for o in X_ADS_OBJECTIVES)
    assert X_ADS_SETUP.source == ADS_2015
    assert FACEBOOK_CONTEST_TIP.source == ADS_2015


def test_an_objective_names_its_source() -> None:
    # The logic module no longer supplies [001] as a default: data cites its own source.
    with pytest.raises(TypeError, match="source"):
        CampaignObjective(  # type: ignore[call-arg]
            objective="leads",
            goal="collect leads",
            formats=("promoted post",),
            billed_per=("lead",),
        )
    with pytest.raises(SocialkitTypeError, match="source"):
        CampaignObjective(
            objective="leads",
            goal="collect leads",
            formats=("promoted post",),
            billed_per=("lead",),
            source="the 2015 blog",  # type: ignore[arg-type]
        )
