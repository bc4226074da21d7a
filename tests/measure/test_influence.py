"""Influence: score, quadrants ([004] 'Identify') and partner discovery ([004] 'Collaborate')."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import SocialkitTypeError, ValidationError
from socialkit.errors import NotFoundError
from socialkit.measure import (
    Acquisition,
    Influencer,
    Quadrant,
    RelationshipStage,
    influence_quadrants,
    rank_partners,
    to_follow,
)
from strategies import influencers


def _person(handle: str, audience: int, engagement: int, **kw: object) -> Influencer:
    return Influencer(handle=handle, audience=audience, engagement=engagement, **kw)  # type: ignore[arg-type]


def test_score_is_audience_times_engagement() -> None:
    assert _person("@a", 12_000, 3).score == 36_000
    assert _person("@quiet", 1_000_000, 0).score == 0


def test_relationship_stages_are_in_the_documents_order() -> None:
    assert [s.value for s in RelationshipStage] == [
        "identify",
        "connect",
        "convince",
        "retain",
        "collaborate",
    ]


def test_values_convert_and_bad_ones_name_what_is_allowed() -> None:
    person = _person("@a", 10, 1, stage="convince", acquisition="organic", topics=["run"])
    assert person.stage is RelationshipStage.CONVINCE
    assert person.acquisition is Acquisition.ORGANIC
    assert person.topics == frozenset({"run"})
    with pytest.raises(NotFoundError, match="known: identify"):
        _person("@a", 10, 1, stage="befriend")
    with pytest.raises(ValidationError, match=">= 0"):
        _person("@a", -1, 1)
    with pytest.raises(SocialkitTypeError):
        _person("@a", 10, 1, topics="running")


def test_followers_who_dont_interact_are_the_first_to_approach() -> None:
    # [004]: influencers who follow you but don't interact are "the ones to approach first".
    people = [
        _person("@big_quiet", 50_000, 0),
        _person("@big_fan", 40_000, 9),
        _person("@small_fan", 300, 12),
        _person("@small", 200, 0),
        _person("@stranger", 90_000, 0, follows_you=False),
    ]
    quadrants = influence_quadrants(people)
    assert [p.handle for p in quadrants[Quadrant.UNTAPPED]] == ["@big_quiet"]
    assert [p.handle for p in quadrants[Quadrant.ADVOCATES]] == ["@big_fan"]
    assert [p.handle for p in quadrants[Quadrant.FANS]] == ["@small_fan"]
    assert [p.handle for p in quadrants[Quadrant.BYSTANDERS]] == ["@small"]
    assert sorted(Quadrant, key=lambda q: q.priority)[0] is Quadrant.UNTAPPED


def test_explicit_thresholds() -> None:
    people = [_person("@a", 5_000, 2), _person("@b", 20_000, 0)]
    quadrants = influence_quadrants(people, audience_threshold=1_000, engagement_threshold=1)
    assert [p.handle for p in quadrants[Quadrant.UNTAPPED]] == ["@b"]
    assert [p.handle for p in quadrants[Quadrant.ADVOCATES]] == ["@a"]
    with pytest.raises(ValidationError):
        influence_quadrants(people, audience_threshold=-5)


def test_the_third_most_engaged_is_not_untapped() -> None:
    # issue 14: with a median threshold, someone who interacts (the third-highest
    # interactions of the group) landed among those who "do not interact".
    people = [
        _person("@a", 90_000, 40),
        _person("@b", 80_000, 30),
        _person("@c", 70_000, 5),
        _person("@d", 100, 6),
        _person("@e", 50, 7),
        _person("@f", 10, 8),
    ]
    quadrants = influence_quadrants(people)
    assert quadrants[Quadrant.UNTAPPED] == ()
    assert [p.handle for p in quadrants[Quadrant.ADVOCATES]] == ["@a", "@b", "@c"]


@given(
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 50)), min_size=1, max_size=20),
    st.integers(0, 10),
)
def test_untapped_and_bystanders_never_interact_beyond_the_threshold(
    rows: list[tuple[int, int]], threshold: int
) -> None:
    people = [_person(f"@p{i}", a, e) for i, (a, e) in enumerate(rows)]
    quadrants = influence_quadrants(people, engagement_threshold=threshold)
    for quiet in (*quadrants[Quadrant.UNTAPPED], *quadrants[Quadrant.BYSTANDERS]):
        assert quiet.engagement <= threshold
    for active in (*quadrants[Quadrant.ADVOCATES], *quadrants[Quadrant.FANS]):
        assert active.engagement > threshold
    assert sum(len(q) for q in quadrants.values()) == len(people)


def test_engagement_threshold_is_checked() -> None:
    with pytest.raises(ValidationError, match="engagement_threshold"):
        influence_quadrants([], engagement_threshold=-1)


def test_empty_group_gives_empty_quadrants() -> None:
    assert influence_quadrants([]) == dict.fromkeys(Quadrant, ())


def test_partners_are_ranked_by_influential_followers_outside_your_network() -> None:
    ranked = rank_partners(
        {
            "twin.co": {"@ana", "@me_fan"},  # same influencers as you: adds nothing
            "shoes.co": {"@ana", "@bo", "@cy", "@nobody"},
            "socks.co": {"@dee", "@eve"},
        },
        your_network={"@ana", "@me_fan"},
        influential={"@ana", "@bo", "@cy", "@dee", "@eve", "@me_fan"},
    )
    assert [(r.partner, r.gain) for r in ranked] == [
        ("socks.co", 2),
        ("shoes.co", 2),
        ("twin.co", 0),
    ]
    assert ranked[1].shared_influencers == frozenset({"@ana"})
    assert "@nobody" not in ranked[1].new_influencers


def test_partner_inputs_are_checked() -> None:
    with pytest.raises(SocialkitTypeError):
        rank_partners({"p": "@ana"}, your_network=set(), influential=set())
    with pytest.raises(SocialkitTypeError):
        rank_partners([("p", {"@a"})], your_network=set(), influential=set())  # type: ignore[arg-type]


_people = st.lists(
    st.builds(
        Influencer,
        handle=st.text("abc", min_size=1, max_size=4).map(lambda s: "@" + s),
        audience=st.integers(0, 10**6),
        engagement=st.integers(0, 50),
        follows_you=st.booleans(),
    ),
    max_size=30,
)


@given(_people)
def test_every_follower_lands_in_exactly_one_quadrant(people: list[Influencer]) -> None:
    placed = [p for group in influence_quadrants(people).values() for p in group]
    assert sorted(placed, key=id) == sorted((p for p in people if p.follows_you), key=id)


_handles = st.frozensets(st.sampled_from([f"@{i}" for i in range(12)]))


@given(st.dictionaries(st.sampled_from("pqrs"), _handles), _handles, _handles)
def test_partner_gain_is_set_arithmetic(
    partners: dict[str, frozenset[str]], mine: frozenset[str], leaders: frozenset[str]
) -> None:
    ranked = rank_partners(partners, your_network=mine, influential=leaders)
    assert [r.gain for r in ranked] == sorted((r.gain for r in ranked), reverse=True)
    for reach in ranked:
        assert reach.new_influencers == (partners[reach.partner] & leaders) - mine
        assert not reach.new_influencers & mine


@pytest.mark.parametrize("topics", [None, "running", [["a"]], [1, 2], 7])
def test_topics_must_be_strings_and_the_error_names_the_field(topics: object) -> None:
    with pytest.raises(SocialkitTypeError, match=r"Influencer\.topics"):
        _person("@a", 10, 1, topics=topics)


def test_follows_you_must_be_a_bool() -> None:
    with pytest.raises(SocialkitTypeError, match=r"Influencer\.follows_you"):
        _person("@a", 10, 1, follows_you="no")


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: influence_quadrants(None), "influence_quadrants"),  # type: ignore[arg-type]
        (
            lambda: rank_partners({1: {"@a"}}, your_network=set(), influential={"@a"}),  # type: ignore[dict-item]
            "partners",
        ),
        (lambda: rank_partners({"p": [["@a"]]}, your_network=set(), influential=set()), "p"),
        (lambda: rank_partners({}, your_network=[{}], influential=set()), "your_network"),  # type: ignore[list-item]
    ],
)
def test_bad_collections_raise_socialkit_type_errors(call: object, name: str) -> None:
    with pytest.raises(SocialkitTypeError, match=name):
        call()  # type: ignore[operator]


def test_audiences_beyond_float_range_split_exactly() -> None:
    huge = 10**400
    people = [_person("@big", huge + 2, 0), _person("@small", huge, 0)]
    quadrants = influence_quadrants(people)
    assert [i.handle for i in quadrants[Quadrant.UNTAPPED]] == ["@big"]
    assert [i.handle for i in quadrants[Quadrant.BYSTANDERS]] == ["@small"]


# -- following them ([001]) ------------------------------------------------------------


def test_to_follow_leaves_out_the_people_you_follow() -> None:
    people = [
        Influencer(handle="@quiet", audience=50_000, engagement=0),
        Influencer(handle="@followed", audience=90_000, engagement=0, followed=True),
        Influencer(handle="@stranger", audience=10**6, engagement=0, follows_you=False),
        Influencer(handle="@fan", audience=100, engagement=3),
    ]
    order = [i.handle for i in to_follow(people, audience_threshold=1_000)]
    assert order == ["@quiet", "@fan", "@stranger"]


@given(st.lists(influencers(), max_size=8))
def test_to_follow_is_everyone_not_followed_once_in_outreach_order(
    people: list[Influencer],
) -> None:
    chosen = to_follow(people)
    assert sorted(map(id, chosen)) == sorted(id(p) for p in people if not p.followed)
    followers = [p for p in chosen if p.follows_you]
    assert chosen[: len(followers)] == tuple(followers)  # your followers first
    quadrant = {
        id(p): q.priority for q, group in influence_quadrants(people).items() for p in group
    }
    ranks = [quadrant[id(p)] for p in followers]
    assert ranks == sorted(ranks)
