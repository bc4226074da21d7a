"""Profile optimisation ([002]): every field, search keywords, images sized per network."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialkit
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.platforms import Confidence, ProfileImageKind
from socialkit.posts import Media
from socialkit.strategy import PROFILE_FIELDS, PROFILE_RULES, Profile, check_profile
from strategies import profiles

SIZED = [(p, i) for p in socialkit.list_platforms() for i in p.profile_images]


def full(platform: str = "x", **changes: object) -> Profile:
    fields: dict[str, object] = {
        "platform": platform,
        "display_name": "Lumen Beauty",
        "handle": "@lumen",
        "bio": "Make-up tutorials and skincare tips",
        "website": "https://example.com",
        "category": "Cosmetics",
        "location": "Paris",
        "contact": "hello@example.com",
        "keywords": ["make-up", "skincare"],
    }
    fields.update(changes)
    return Profile(**fields)  # type: ignore[arg-type]


def image(width: int, height: int) -> Media:
    return Media(kind="image", width=width, height=height)


@pytest.mark.parametrize(
    ("platform", "size"), SIZED, ids=[f"{p.slug}-{i.kind}-{i.surface}" for p, i in SIZED]
)
def test_every_profile_image_size_is_sourced_and_consistent(platform, size) -> None:  # type: ignore[no-untyped-def]
    assert size.source.url
    assert size.source.confidence in (Confidence.OFFICIAL, Confidence.SECONDARY)
    if size.min_width is not None:
        assert size.min_width <= size.width
    if size.source.confidence is not Confidence.OFFICIAL:
        assert "ourced" in size.source.note or "Secondary" in size.source.note


@pytest.mark.parametrize(
    ("platform", "size"), SIZED, ids=[f"{p.slug}-{i.kind}-{i.surface}" for p, i in SIZED]
)
def test_an_image_of_the_recommended_size_passes(platform, size) -> None:  # type: ignore[no-untyped-def]
    kind = str(size.kind)
    profile = full(platform.slug, surface=size.surface, **{kind: image(size.width, size.height)})
    found = [f for f in check_profile(profile) if f.where == kind]
    assert found == []


def test_a_banner_below_the_minimum_warns_and_names_the_source() -> None:
    profile = full("youtube", banner=image(1600, 900))
    [finding] = [f for f in check_profile(profile) if f.rule == "profile.image_size"]
    assert finding.severity == "warning"
    assert finding.source is not None
    assert "channelBanners" in finding.source.title


def test_a_secondary_size_says_so_in_the_finding() -> None:
    [finding] = [f for f in check_profile(full(avatar=image(200, 200))) if f.where == "avatar"]
    assert finding.rule == "profile.image_size"
    assert "secondary source" in finding.message


def test_a_network_without_a_sourced_size_is_not_guessed() -> None:
    found = check_profile(full("tiktok", avatar=image(20, 20)))
    assert [f.rule for f in found if f.where == "avatar"] == ["profile.image_size_unknown"]


def test_the_wrong_shape_is_a_tip() -> None:
    found = check_profile(full(banner=image(3000, 3000)))
    assert "profile.image_shape" in {f.rule for f in found}


@given(st.lists(st.sampled_from(PROFILE_FIELDS), unique=True))
def test_empty_fields_are_listed_and_only_those_asked_for(emptied: list[str]) -> None:
    profile = full(**dict.fromkeys(emptied, ""))
    found = [f for f in check_profile(profile) if f.rule == "profile.empty_fields"]
    if not emptied:
        assert found == []
    else:
        assert [f.where for f in found] == [", ".join(f for f in PROFILE_FIELDS if f in emptied)]
    kept = [f for f in PROFILE_FIELDS if f not in emptied]
    assert not [f for f in check_profile(profile, fields=kept) if f.rule == "profile.empty_fields"]


def test_a_keyword_must_appear_as_a_word() -> None:
    profile = full(keywords=["tips", "lipstick", "make"])
    absent = [f.where for f in check_profile(profile) if f.rule == "profile.keyword_absent"]
    assert absent == ["keywords[1]"]  # "make" is a word of "Make-up"; "lipstick" is absent


@given(profiles())
def test_check_profile_answers_every_profile(profile: Profile) -> None:
    for f in check_profile(profile):
        assert f.rule in PROFILE_RULES
        assert f.where


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(SocialkitTypeError):
        check_profile("x")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Profile(platform="x", avatar=Media(kind="video"))
    assert socialkit.get_platform("youtube").profile_image(ProfileImageKind.AVATAR) is None
