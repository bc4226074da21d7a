"""Ecosystem recommendation ([004]) and missions ([002])."""

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import NotFoundError, Persona, SocialkitTypeError, ValidationError
from socialkit.calendar import Channel
from socialkit.platforms import list_platforms
from socialkit.strategy import ECOSYSTEM_RULES, EcosystemRule, recommend_platforms

OLDER = Persona(name="Retired hiker", age_min=60, age_max=75)
YOUNG = Persona(name="Student", age_min=18, age_max=24)


def top(fits: tuple[object, ...]) -> list[str]:
    return [f.platform for f in fits]  # type: ignore[attr-defined]


def test_older_audiences_point_to_facebook_and_x() -> None:
    # [004]: "a more adult audience: Facebook and Twitter".
    assert set(top(recommend_platforms([OLDER]))) == {"facebook", "x"}


def test_digital_natives_point_to_instagram_and_snapchat() -> None:
    # [004]: "millennials and digital natives: Instagram and Snapchat".
    assert set(top(recommend_platforms([YOUNG]))) == {"instagram", "snapchat"}


@pytest.mark.parametrize(
    ("content", "platform"), [("video", "youtube"), ("Infographic", "pinterest")]
)
def test_content_types_point_to_their_platform(content: str, platform: str) -> None:
    # [004]: videos -> YouTube (or Vine); infographics -> Pinterest.
    (fit,) = recommend_platforms([], [content])
    assert fit.platform == platform
    assert fit.reasons


def test_preferred_networks_weigh_more_than_age_heuristics() -> None:
    fan = Persona(name="Fan", age_min=18, age_max=24, networks=["tiktok"])
    fits = recommend_platforms([fan])
    assert fits[0].platform == "tiktok"
    assert fits[0].reasons == ("Fan prefers it",)


def test_chosen_platform_without_mission_is_a_candidate_to_drop() -> None:
    channels = [
        Channel(platform="pinterest"),
        Channel(platform="instagram", mission="We will use Instagram to sell."),
    ]
    fits = {f.platform: f for f in recommend_platforms([YOUNG], channels=channels)}
    assert fits["pinterest"].chosen
    assert fits["pinterest"].candidate_to_drop
    assert fits["pinterest"].score == 0
    assert fits["instagram"].chosen
    assert not fits["instagram"].candidate_to_drop


def test_rules_are_data_and_replaceable() -> None:
    mine = EcosystemRule(id="b2b", platforms=["linkedin"], min_age=25, reason="B2B buyers")
    assert top(recommend_platforms([OLDER], rules=[mine])) == ["linkedin"]
    assert all(rule.source.title.startswith("[004]") for rule in ECOSYSTEM_RULES)


def test_a_rule_needs_exactly_one_condition() -> None:
    with pytest.raises(ValidationError):
        EcosystemRule(id="x", platforms=["x"], reason="r")
    with pytest.raises(ValidationError):
        EcosystemRule(id="x", platforms=["x"], reason="r", min_age=1, content_types=["video"])


def test_personas_without_ages_match_no_age_rule() -> None:
    assert recommend_platforms([Persona(name="Unknown")]) == ()


def test_interest_rules_match_persona_interests() -> None:
    # The documents map no interest to a network; users add such rules from their data.
    diy = EcosystemRule(id="diy", platforms=["pinterest"], interests=["diy"], reason="DIY fans")
    maker = Persona(name="Maker", interests=["DIY furniture"])
    assert top(recommend_platforms([maker], rules=[diy])) == ["pinterest"]
    assert recommend_platforms([Persona(name="Other", interests=["golf"])], rules=[diy]) == ()


AGES = st.none() | st.integers(0, 90)


@given(
    st.lists(
        st.builds(
            Persona,
            name=st.sampled_from(["A", "B"]),
            age_min=AGES,
            networks=st.lists(st.sampled_from(["instagram", "x", "tiktok"]), max_size=2),
        ),
        max_size=3,
    ),
    st.lists(st.sampled_from(["video", "infographic", "article"]), max_size=2),
    st.lists(st.sampled_from(["pinterest", "linkedin", "x"]), max_size=2, unique=True),
)
def test_ranking_is_sorted_and_lists_every_chosen_channel(
    personas: list[Persona], content: list[str], chosen: list[str]
) -> None:
    channels = [Channel(platform=p) for p in chosen]
    fits = recommend_platforms(personas, content, channels=channels)
    scores = [f.score for f in fits]
    assert scores == sorted(scores, reverse=True)
    assert {f.platform for f in fits if f.chosen} == set(chosen)
    assert all(f.candidate_to_drop for f in fits if f.chosen)  # none has a mission
    assert all(f.reasons for f in fits if f.score > 0)


# Review fix (item 14): every argument is type-checked ------------------------------


@pytest.mark.parametrize(
    ("kwargs", "where"),
    [
        ({"personas": None}, "personas"),
        ({"personas": "abc"}, "personas"),
        ({"personas": [5]}, "personas"),
        ({"content_types": 5}, "content_types"),
        ({"content_types": [5]}, "content_types"),
        ({"channels": None}, "channels"),
        ({"channels": [5]}, "channels"),
        ({"rules": None}, "rules"),
        ({"rules": [5]}, "rules"),
    ],
)
def test_recommend_platforms_rejects_wrong_types_naming_the_parameter(
    kwargs: dict[str, object], where: str
) -> None:
    arguments: dict[str, object] = {"personas": [], **kwargs}
    with pytest.raises(SocialkitTypeError, match=rf"recommend_platforms\({where}\)"):
        recommend_platforms(**arguments)  # type: ignore[arg-type]


def test_a_frequency_reason_needs_an_override() -> None:
    with pytest.raises(ValidationError, match="frequency_reason"):
        Channel(platform="instagram", frequency_reason="the Kiko case")


# Review fix b.4: platforms resolve through the one slug converter ---------------

NAMES = [(name, p.slug) for p in list_platforms() for name in (p.slug, *p.aliases)]


@given(st.sampled_from(NAMES), st.sampled_from([str.upper, str.lower, str.title]))
def test_an_ecosystem_rules_platforms_resolve_to_registered_slugs(
    named: tuple[str, str], case: Callable[[str], str]
) -> None:
    name, slug = named
    rule = EcosystemRule(id="r", platforms=[case(name)], interests=["diy"], reason="why")
    assert rule.platforms == (slug,)


def test_an_unknown_ecosystem_platform_names_the_field() -> None:
    with pytest.raises(NotFoundError, match=r"EcosystemRule\.platforms: unknown 'twiter'"):
        EcosystemRule(id="r", platforms=["twiter"], interests=["diy"], reason="why")
