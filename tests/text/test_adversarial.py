"""Adversarial text: the fast paths that keep scanning linear give the reference results.

The timings themselves are in benchmarks/bench_adversarial.py (no timing
assertions here); these properties check that each shortcut taken for speed
gives what the plain scan gives, on random short inputs.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit.text._measure import _graphemes, _urls

# Characters of every grapheme-break class: printable ASCII, CR, LF, controls,
# Prepend (U+0600, U+0D4E), SpacingMark (U+0903), Extend (U+0301, U+FE0F),
# ZWJ, Hangul L/V/T/LV, regional indicators, pictographs and skin tones.
CLUSTER_PARTS = st.sampled_from(
    [
        *"ab #1.",
        "\r",
        "\n",
        "\t",
        "\x00",
        "\u0600",
        "\u0d4e",
        "\u0903",
        "\u0301",
        "\ufe0f",
        "\u200d",
        "\u1100",
        "\u1161",
        "\u11a8",
        "\uac00",
        "🇫",
        "🇷",
        "😀",
        "🏻",
        "\u20e3",
        "é",
    ]
)


@given(st.lists(CLUSTER_PARTS, max_size=30).map("".join))
def test_graphemes_count_uax29_clusters_of_every_break_class(text: str) -> None:
    assert _graphemes(text) == len(regex.findall(r"\X", text))


@given(st.text(alphabet=st.characters(codec=None), max_size=60))
def test_graphemes_count_uax29_clusters_of_any_text(text: str) -> None:
    assert _graphemes(text) == len(regex.findall(r"\X", text))


# Fragments around the simple-URL fast path's edges: every punctuation mark it
# accepts before or after a URL, and those it must leave to the scan by dots.
URL_EDGES = st.lists(
    st.sampled_from(
        [
            *"aZ9 .-_/?=#:@$&%+!*'\"()[]{}<>,;|~^\\é\u3000\n",
            "com",
            ".jp",
            "/x",
            "?q=1",
            "t.co/",
            "https://",
            "http://",
            "www.",
            "a.com/(",
            "(b)",
            "x" * 63,
        ]
    ),
    max_size=24,
).map("".join)


@settings(max_examples=500)
@given(URL_EDGES)
def test_simple_url_fast_path_equals_the_scan_by_dots_around_punctuation(text: str) -> None:
    assert _urls(text) == _urls(text, fast_path=False)


def test_results_built_without_validators_equal_the_constructors() -> None:
    from socialkit.text import LimitCheck, TextMeasure, measure

    m = measure("Hello #world https://example.com", "bluesky")
    checks = tuple(LimitCheck(limit=c.limit, length=c.length) for c in m.checks)
    made = TextMeasure(
        platform=m.platform,
        field=m.field,
        tier=m.tier,
        checks=checks,
        text=m.text,
        problems=m.problems,
        url_spans=((13, 32),),
    )
    assert m.checks == checks
    assert list(map(hash, m.checks)) == list(map(hash, checks))
    assert m == made
    assert hash(m) == hash(made)
    assert repr(m) == repr(made)
    assert m.entities == made.entities
