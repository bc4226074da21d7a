"""``json.dumps(jsonable(value))`` works for the values that carry a time zone (issue 15)."""

from __future__ import annotations

import json
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialkit._core.table import jsonable
from socialkit.calendar import ContentCalendar, PlanSpec
from socialkit.community import Inbox
from socialkit.posts import PostContext
from strategies import STRATEGIES


def test_a_zone_is_its_iana_key() -> None:
    assert jsonable({"tz": ZoneInfo("Europe/Paris")}) == {"tz": "Europe/Paris"}


@pytest.mark.parametrize("cls", [ContentCalendar, PlanSpec, Inbox, PostContext])
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_zoned_values_serialise_to_json(cls: type, data: st.DataObject) -> None:
    value: Any = data.draw(STRATEGIES[cls]())
    json.dumps(jsonable(value))
