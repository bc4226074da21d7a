"""assess_many: the same figures as assess, post by post, in columns."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import posts, texts

from socialkit import Severity
from socialkit.errors import SocialkitTypeError
from socialkit.posts import DEFAULT_RULES, Post, assess, assess_many

PLATFORMS = st.sampled_from(["x", "linkedin", "instagram", "snapchat", "youtube"])


@settings(max_examples=40, deadline=None)
@given(st.lists(texts() | posts().filter(lambda p: p.scheduled_at is None), max_size=4), PLATFORMS)
def test_equal_to_assess_one_by_one(items: list[Post | str], platform: str) -> None:
    cols = assess_many(items, platform)
    assert len(cols) == len(items)
    for i, item in enumerate(items):
        a = assess(Post(text=item) if isinstance(item, str) else item, platform)
        assert cols.fits[i] == a.fits
        assert cols.score[i] == a.score
        assert cols.length[i] == (None if a.text is None else a.text.length)
        assert cols.rules[i] == tuple(f.rule for f in a.findings)
        assert cols.errors[i] == len(a.by_severity(Severity.ERROR))
        assert cols.warnings[i] == len(a.by_severity(Severity.WARNING))
        assert cols.tips[i] == len(a.by_severity(Severity.TIP))
    assert pickle.loads(pickle.dumps(cols)) == cols


def test_custom_rules_apply() -> None:
    rules = DEFAULT_RULES.without("attached_media")
    cols = assess_many(["Hello"], "x", rules=rules)
    assert "x.attached_media" not in cols.rules[0]


def test_bad_items_name_their_position() -> None:
    with pytest.raises(SocialkitTypeError, match=r"posts\[1\]"):
        assess_many(["ok", 3], "x")  # type: ignore[list-item]
    with pytest.raises(SocialkitTypeError, match="assess_many"):
        assess_many("just one text", "x")
