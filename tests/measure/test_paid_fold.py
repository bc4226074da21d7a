"""A campaign's end is compared with its start as instants, not by wall clock."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from socialkit.errors import ValidationError
from socialkit.measure import CampaignDraft

DUBLIN = ZoneInfo("Europe/Dublin")


def test_an_end_after_the_fall_back_is_after_a_start_before_it() -> None:
    """01:30 (first, IST) to 01:10 (second, GMT) on the night Dublin falls back is 40 minutes."""
    start = datetime(2026, 10, 25, 1, 30, tzinfo=DUBLIN)
    end = datetime(2026, 10, 25, 1, 10, fold=1, tzinfo=DUBLIN)
    draft = CampaignDraft(start=start, end=end)
    assert draft.end == end


def test_an_end_before_the_start_as_instants_is_refused() -> None:
    start = datetime(2026, 10, 25, 1, 10, fold=1, tzinfo=DUBLIN)
    end = datetime(2026, 10, 25, 1, 30, tzinfo=DUBLIN)  # wall clock later, 40 minutes earlier
    with pytest.raises(ValidationError, match=r"CampaignDraft\.end"):
        CampaignDraft(start=start, end=end)
