"""The platform registry: lookup by slug or alias, suggestions, user registration."""

from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import (
    Platform,
    SocialkitTypeError,
    UnknownPlatformError,
    ValidationError,
    get_platform,
    list_platforms,
    register_platform,
)

# Issue 2 names these aliases; the course documents call X "Twitter" [003].
ALIASES = {
    "twitter": "x",
    "fb": "facebook",
    "meta": "facebook",
    "ig": "instagram",
    "insta": "instagram",
    "yt": "youtube",
    "tt": "tiktok",
    "pin": "pinterest",
    "snap": "snapchat",
    "wa": "whatsapp",
    "bsky": "bluesky",
    "li": "linkedin",
}

NAMES = sorted({name for p in list_platforms() for name in (p.slug, *p.aliases)})


def _custom(slug: str = "myinstance", **changes: object) -> Platform:
    base = get_platform("mastodon")
    fields = {"slug": slug, "name": "My instance", "aliases": (), **changes}
    return attrs.evolve(base, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("alias", "slug"), sorted(ALIASES.items()))
def test_alias_names_its_platform(alias: str, slug: str) -> None:
    assert get_platform(alias).slug == slug


@given(st.data())
def test_any_case_variant_of_a_name_finds_the_same_platform(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(NAMES))
    flips = data.draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    variant = "".join(c.upper() if up else c for c, up in zip(name, flips, strict=True))
    assert get_platform(variant) is get_platform(name)


def test_surrounding_whitespace_is_ignored() -> None:
    assert get_platform("  LinkedIn\n").slug == "linkedin"


def test_a_platform_passes_through() -> None:
    x = get_platform("x")
    assert get_platform(x) is x


def test_platforms_are_sorted_by_slug() -> None:
    slugs = [p.slug for p in list_platforms()]
    assert slugs == sorted(slugs)
    assert isinstance(list_platforms(), tuple)


def test_every_issue_platform_ships() -> None:
    issue_2 = "facebook instagram x youtube tiktok linkedin pinterest snapchat whatsapp threads"
    expected = {*issue_2.split(), "bluesky", "mastodon"}
    assert expected <= {p.slug for p in list_platforms()}


@pytest.mark.parametrize(
    ("typo", "suggestion"),
    [("tiktk", "tiktok"), ("instagarm", "instagram"), ("linkdin", "linkedin"), ("twiter", "x")],
)
def test_unknown_name_suggests_the_closest_platform(typo: str, suggestion: str) -> None:
    with pytest.raises(UnknownPlatformError) as caught:
        get_platform(typo)
    assert suggestion in caught.value.suggestions
    assert set(caught.value.known) == {p.slug for p in list_platforms()}
    assert typo in str(caught.value)


def test_nothing_close_suggests_nothing() -> None:
    with pytest.raises(UnknownPlatformError) as caught:
        get_platform("qqqqqqqq")
    assert caught.value.suggestions == ()


def test_unknown_platform_is_a_lookup_error() -> None:
    with pytest.raises(LookupError):
        get_platform("myspace")


def test_register_then_get() -> None:
    register_platform(_custom(aliases=("mine",)))
    assert get_platform("MINE").name == "My instance"
    assert "myinstance" in [p.slug for p in list_platforms()]


def test_duplicate_registration_is_an_error() -> None:
    with pytest.raises(ValidationError, match="already registered"):
        register_platform(_custom("linkedin"))


def test_replace_swaps_the_data_and_drops_old_aliases() -> None:
    register_platform(_custom("linkedin", name="LinkedIn (mine)"), replace=True)
    assert get_platform("linkedin").name == "LinkedIn (mine)"
    with pytest.raises(UnknownPlatformError):
        get_platform("li")


def test_alias_owned_by_another_platform_is_an_error() -> None:
    with pytest.raises(ValidationError, match="already names platform 'facebook'"):
        register_platform(_custom(aliases=("fb",)))
    with pytest.raises(UnknownPlatformError):
        get_platform("myinstance")
    assert get_platform("fb").slug == "facebook"


def test_slug_that_is_another_platforms_alias_is_an_error() -> None:
    with pytest.raises(ValidationError):
        register_platform(_custom("twitter"))
    assert get_platform("twitter").slug == "x"


@pytest.mark.parametrize("replace", ["no", 0, None])
def test_replace_must_be_a_bool(replace: object) -> None:
    # Review item 29: replace="no" is truthy and used to replace the shipped LinkedIn.
    with pytest.raises(SocialkitTypeError, match="replace"):
        register_platform(_custom("linkedin", name="LinkedIn (mine)"), replace=replace)  # type: ignore[arg-type]
    assert get_platform("linkedin").name == "LinkedIn"


def test_only_platforms_can_be_registered() -> None:
    with pytest.raises(SocialkitTypeError):
        register_platform({"slug": "dict"})  # type: ignore[arg-type]


def test_registered_platforms_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        get_platform("x").name = "Twitter"  # type: ignore[misc]


def test_user_data_can_be_dated() -> None:
    register_platform(_custom(verified_on=date(2026, 1, 1)))
    assert get_platform("myinstance").verified_on == date(2026, 1, 1)
