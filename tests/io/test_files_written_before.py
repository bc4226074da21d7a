"""Files written by socialkit before the layered layout read the same after it.

The files in ``tests/data/formats/0.1.0.dev0/`` were written by socialkit at 5637bbf,
the last commit of the flat package (its script is ``generate.txt`` there).
"""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import attrs
import pytest

from socialkit import Frequency, FrequencyRule, PostingWindow, examples
from socialkit.frequency import QuietHours
from socialkit.io import dumps_strategy, from_json, loads_strategy, to_json
from socialkit.strategy import Analysis

OLD = Path(__file__).parents[1] / "data" / "formats" / "0.1.0.dev0"

# The rule generate.txt wrote into the calendar and into the cosmetics strategy.
RULE = FrequencyRule(
    frequencies=[
        Frequency(per="day", maximum=2),
        Frequency(per="week", minimum=2, maximum=4),
        Frequency(per="month", minimum=8),
    ],
    windows=[PostingWindow(weekday=d, start=time(9, 30), end=time(12)) for d in range(5)]
    + [PostingWindow(weekday=5, start=time(20), end=time(0))],
    quiet_hours=QuietHours(start=time(22), end=time(7)),
    min_gap=timedelta(hours=20, minutes=20, seconds=30),
)


def _old(name: str) -> str:
    return (OLD / name).read_text(encoding="utf-8")


def test_an_old_calendar_reads_with_its_rules_items_and_issues() -> None:
    cal = from_json(_old("calendar.json"))
    assert cal.rule("linkedin") == RULE
    assert cal.platforms == ("instagram", "linkedin", "x")
    assert len(cal.items) > 20
    assert from_json(to_json(cal)) == cal  # and it survives being written anew


@pytest.mark.parametrize("name", ["b2b-services", "sports-retailer"])
def test_an_old_strategy_file_reads_as_the_same_strategy(name: str) -> None:
    old = loads_strategy(_old(f"{name}.toml"))
    shipped = examples.strategy(name)
    # Example posts gained a purpose after 0.1.0.dev0 (issue 14); old files have none.
    # The analysis and the SMO plan came later still (issue 14): old files load without them.
    without_purposes = tuple(attrs.evolve(e, purpose=None) for e in shipped.examples)
    assert old == attrs.evolve(shipped, examples=without_purposes, analysis=Analysis(), smo=None)
    assert loads_strategy(dumps_strategy(old)) == old


def test_an_old_strategy_with_a_frequency_override_keeps_it() -> None:
    old = loads_strategy(_old("cosmetics-brand.toml"))
    linkedin = old.channel("linkedin")
    assert linkedin.frequency == RULE
    assert linkedin.frequency_reason == "our own results"
    assert old.channels[:-1] == examples.strategy("cosmetics-brand").channels
