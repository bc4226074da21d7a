"""measure_many: the same figures as measure, text by text, in columns."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import texts

from socialkit.errors import SocialkitTypeError
from socialkit.text import measure, measure_many


@settings(max_examples=60, deadline=None)
@given(st.lists(texts(), max_size=6), st.sampled_from(["x", "bluesky", "linkedin", "mastodon"]))
def test_equal_to_measure_one_by_one(items: list[str], platform: str) -> None:
    cols = measure_many(items, platform)
    assert len(cols) == len(items)
    for i, text in enumerate(items):
        m = measure(text, platform)
        row = (cols.length[i], cols.limit[i], cols.remaining[i], cols.fits[i], cols.valid[i])
        assert row == (m.length, m.limit, m.remaining, m.fits, m.valid)
    assert pickle.loads(pickle.dumps(cols)) == cols


def test_tier_and_field() -> None:
    cols = measure_many(["x" * 300], "x", tier="premium")
    assert cols.tier == "premium"
    assert cols.fits == (True,)


def test_bad_items_name_their_position() -> None:
    with pytest.raises(SocialkitTypeError, match=r"texts\[0\]"):
        measure_many([None], "x")  # type: ignore[list-item]
