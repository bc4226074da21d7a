"""Post purposes ([000] "Pourquoi publier ?"): on posts and example posts, mapped to the funnel."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit.errors import NotFoundError
from socialkit.funnel import ContentType, FunnelStage
from socialkit.io import dumps_strategy, loads_strategy
from socialkit.posts import Post, PostPurpose
from socialkit.strategy import ExamplePost


def test_the_six_purposes_of_the_course() -> None:
    assert [str(p) for p in PostPurpose] == [
        "notoriety",
        "interview",
        "content",
        "test",
        "poll",
        "proximity",
    ]


@given(st.sampled_from(PostPurpose))
def test_every_purpose_maps_to_stages_and_content_types(purpose: PostPurpose) -> None:
    assert purpose.stages
    assert all(isinstance(s, FunnelStage) for s in purpose.stages)
    assert purpose.content_types
    assert all(isinstance(t, ContentType) for t in purpose.content_types)


def test_content_is_for_the_site_and_poll_for_the_market_study() -> None:
    assert ContentType.ARTICLE in PostPurpose.CONTENT.content_types
    assert PostPurpose.POLL.content_types == (ContentType.POLL,)
    assert PostPurpose.PROXIMITY.stages == (FunnelStage.RETENTION,)


def test_a_post_carries_its_purpose_and_a_test_its_experiment() -> None:
    post = Post(text="Which hook works?", purpose="test", experiment="hook-a-vs-b")
    assert post.purpose is PostPurpose.TEST
    assert post.experiment == "hook-a-vs-b"
    assert Post(text="hi").purpose is None
    with pytest.raises(NotFoundError, match=r"Post\.purpose"):
        Post(text="hi", purpose="fame")


def test_example_post_purpose_round_trips_through_toml() -> None:
    text = """
name = "Bakery"

[[examples]]
platform = "instagram"
text = "Which bread should we bake on Sunday? Vote!"
purpose = "poll"
"""
    strategy = loads_strategy(text)
    assert strategy.examples[0].purpose is PostPurpose.POLL
    again = loads_strategy(dumps_strategy(strategy))
    assert again.examples == strategy.examples
    assert ExamplePost(platform="x", text="hi").purpose is None
