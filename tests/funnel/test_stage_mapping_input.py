"""StageMapping refuses overrides that are neither a mapping nor its own pairs (fuzz seed 101)."""

from __future__ import annotations

import pytest

from socialkit.errors import SocialkitTypeError
from socialkit.funnel import StageMapping


@pytest.mark.parametrize("bad", [(1, 2), ((1,),), ("ab",), 5])
def test_overrides_that_are_not_pairs_are_a_type_error(bad: object) -> None:
    with pytest.raises(SocialkitTypeError, match=r"StageMapping\.overrides"):
        StageMapping().with_overrides(bad)  # type: ignore[arg-type]


def test_pairs_still_round_trip() -> None:
    mine = StageMapping().with_overrides({"webinar": "mofu"})
    assert StageMapping(overrides=mine.overrides) == mine
