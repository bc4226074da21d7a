"""Hashtags next to variation selectors, as twitter-text 3.1.0 finds them.

twitter-text's hashtag regex consumes the character before ``#``, and a match
it rejects (followed by ``#`` or ``://``) still consumes its text. A variation
selector is both a hashtag character (a mark) and a valid character before
``#``, so ``"#a\\ufe0f#b"`` has no hashtag at all. The expected values below are
twitter-text 3.1.0's (npm, ``extractHashtagsWithIndices``), converted from
UTF-16 to code-point offsets.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit.text import extract
from socialkit.text._measure import _HASHTAG, _hashtag_matches

CASES = [
    ("#a\ufe0f#b", []),
    ("#a\ufe0e#b", []),
    ("#a\ufe0f＃b", []),
    ("#a\ufe0f #b", [("a\ufe0f", 0, 3), ("b", 4, 6)]),
    ("x\ufe0f#b", [("b", 2, 4)]),
    ("a\ufe0f#b", [("b", 2, 4)]),
    ("😀\ufe0f#b", [("b", 2, 4)]),
    ("#a\ufe0f", [("a\ufe0f", 0, 3)]),
    ("#\ufe0fa", []),
    ("#a\u20e3#b", []),
    ("#a\ufe0f#b\ufe0f#c", [("c", 6, 8)]),
    ("#c\ufe0f://x #é\ufe0f#d", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: repr(v))
def test_hashtags_around_variation_selectors_follow_twitter_text(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert [(h.text, h.start, h.end) for h in extract(text).hashtags] == expected


SHORT = st.lists(
    st.sampled_from([*"ab1_#＃&: /é日", "😀", "://", "\u200d", "\u20e3"]), max_size=16
).map("".join)


@given(SHORT)
def test_the_one_regex_equals_the_step_by_step_scan_without_selectors(text: str) -> None:
    # Without a variation selector before "#", the single regex (the fast
    # path) finds what the step-by-step scan (the reference path) finds.
    fast = [(m.group(1), m.start(), m.end()) for m in _HASHTAG.finditer(text)]
    step = [(m[1], m.start(), m.end()) for m in _hashtag_matches(text)]
    assert fast == step


@given(st.lists(st.sampled_from([*"ab1#＃ /é", "\ufe0f", "\ufe0e", "://"]), max_size=16))
def test_hashtags_with_selectors_are_disjoint_and_slice_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    hashtags = extract(text).hashtags
    assert all(text[h.start + 1 : h.end] == h.text for h in hashtags)
    assert all(a.end <= b.start for a, b in itertools.pairwise(hashtags))
