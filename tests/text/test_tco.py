"""t.co links: the slug bounds the link, and a slug over 40 characters is no link (twitter-text 3.1.0)."""

from __future__ import annotations

import twitter_text
from hypothesis import given
from hypothesis import strategies as st

from socialkit.text import measure

slugs = st.text(alphabet="abcXYZ0189", min_size=1, max_size=80)
queries = st.sampled_from(["", "?x=1", "?a=b&c=d", "?"])
around = st.sampled_from(["", "x ", "see ", "x " * 120])
after = st.sampled_from(["", " b", ". end", "!"])


def _x_length(text: str) -> int:
    return measure(text, "x").checks[0].length


@given(
    before=around, scheme=st.sampled_from(["http", "https"]), slug=slugs, query=queries, tail=after
)
def test_tco_links_count_like_twitter_text(
    before: str, scheme: str, slug: str, query: str, tail: str
) -> None:
    text = f"{before}{scheme}://t.co/{slug}{query}{tail}"
    assert _x_length(text) == twitter_text.parse_tweet(text).weightedLength


def test_a_slug_over_40_characters_is_text_not_a_link() -> None:
    text = "x " * 120 + "https://t.co/" + "a" * 60
    assert _x_length(text) == 313  # twitter-text 3.1.0's weighted length
    assert _x_length("https://t.co/" + "a" * 40) == 23
