"""UTM tagging: values normalised, the rest of the link untouched, tags never silently merged."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialkit
from socialkit import ValidationError, utm
from socialkit.measure import Utm, UtmTemplate, parse_utm, tag_links

TAG = {"source": "LinkedIn", "medium": "Social", "campaign": "Spring Sale"}


def test_values_are_lower_cased_and_spaces_become_underscores() -> None:
    tagged = utm("https://ex.com/", **TAG, content="Hero  Image ")
    assert tagged == (
        "https://ex.com/?utm_source=linkedin&utm_medium=social"
        "&utm_campaign=spring_sale&utm_content=hero_image"
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # repeated keys and their order survive
        ("https://ex.com/p?a=1&a=2", "https://ex.com/p?a=1&a=2&{tag}"),
        # the fragment stays last
        ("https://ex.com/p#reviews", "https://ex.com/p?{tag}#reviews"),
        ("https://ex.com/p?x=1#top", "https://ex.com/p?x=1&{tag}#top"),
        # ports and IDN hosts are kept as written
        ("http://exämple.com:8080/ü", "http://exämple.com:8080/ü?{tag}"),
        # existing percent-encoding is not re-encoded
        ("https://ex.com/?q=caf%C3%A9+au+lait", "https://ex.com/?q=caf%C3%A9+au+lait&{tag}"),
        # a dangling '&' or '?' gives no empty parameter
        ("https://ex.com/?a=1&", "https://ex.com/?a=1&{tag}"),
        ("https://ex.com?", "https://ex.com?{tag}"),
    ],
)
def test_the_rest_of_the_link_is_kept(url: str, expected: str) -> None:
    tag = "utm_source=linkedin&utm_medium=social&utm_campaign=spring_sale"
    assert utm(url, **TAG) == expected.format(tag=tag)


def test_unicode_values_are_percent_encoded_and_read_back() -> None:
    tagged = utm("https://ex.com/", source="x", medium="social", campaign="Été 2026")
    assert "utm_campaign=%C3%A9t%C3%A9_2026" in tagged
    assert parse_utm(tagged) == Utm(source="x", medium="social", campaign="été_2026")


def test_an_already_tagged_link_is_left_alone() -> None:
    url = "https://ex.com/?utm_source=newsletter&utm_medium=email&utm_campaign=may"
    assert utm(url, **TAG) == url


def test_overwrite_replaces_every_existing_utm_parameter() -> None:
    url = "https://ex.com/?utm_source=newsletter&a=1&utm_term=old&UTM_X=keep#f"
    tagged = utm(url, **TAG, overwrite=True)
    assert tagged == (
        "https://ex.com/?a=1&UTM_X=keep&utm_source=linkedin&utm_medium=social"
        "&utm_campaign=spring_sale#f"
    )


@pytest.mark.parametrize(
    "url",
    [
        "ex.com/page",  # no scheme
        "//ex.com/page",  # scheme-relative
        "ftp://ex.com/file",  # not a web link
        "mailto:someone@ex.com",
        "https://",  # no host
        "http://[::1",  # broken IPv6 literal
        "http://ex.com:99999/",  # port out of range
        "https://ex.com/a b",  # unencoded space
        "",
    ],
)
def test_malformed_urls_raise_validation_errors(url: str) -> None:
    with pytest.raises(ValidationError, match="expected an absolute http"):
        utm(url, **TAG)
    with pytest.raises(ValidationError):
        parse_utm(url)


def test_a_url_that_is_not_a_string_is_a_type_error() -> None:
    with pytest.raises(socialkit.SocialkitTypeError):
        utm(42, **TAG)  # type: ignore[arg-type]


def test_empty_values_are_rejected() -> None:
    with pytest.raises(ValidationError, match=r"Utm\.campaign"):
        utm("https://ex.com/", source="x", medium="social", campaign="   ")


def test_parse_utm_of_an_untagged_link_is_none() -> None:
    assert parse_utm("https://ex.com/?a=1") is None


def test_parse_utm_of_a_half_tag_names_what_is_missing() -> None:
    with pytest.raises(ValidationError, match="utm_medium, utm_campaign"):
        parse_utm("https://ex.com/?utm_source=x")


def test_parse_utm_keeps_the_first_of_repeated_keys() -> None:
    url = "https://ex.com/?utm_source=a&utm_medium=b&utm_campaign=c&utm_source=z"
    assert parse_utm(url) == Utm(source="a", medium="b", campaign="c")


def test_template_fills_the_platform_slug_through_aliases() -> None:
    template = UtmTemplate(source="{platform}", medium="social", campaign="launch-{platform}")
    assert template.for_platform("twitter") == Utm(source="x", medium="social", campaign="launch-x")
    assert parse_utm(template.apply("https://ex.com/", platform="linkedin")) == Utm(
        source="linkedin", medium="social", campaign="launch-linkedin"
    )


def test_template_rejects_unknown_placeholders_and_platforms() -> None:
    with pytest.raises(ValidationError, match="only placeholder"):
        UtmTemplate(source="{network}", medium="social", campaign="c")
    with pytest.raises(ValidationError):
        UtmTemplate(source="{platform", medium="social", campaign="c")
    with pytest.raises(socialkit.UnknownPlatformError):
        UtmTemplate(source="{platform}", medium="social", campaign="c").for_platform("myspace")


# --- properties -------------------------------------------------------------

_value = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=20
).filter(lambda v: v.split())
_hosts = st.sampled_from(["ex.com", "exämple.fr", "ex.com:8080", "127.0.0.1", "[::1]:443"])
_param = st.tuples(
    st.text("abcxyz", min_size=1, max_size=3), st.text("abc123%=+é", max_size=4)
).map(lambda kv: f"{kv[0]}={kv[1]}")


@st.composite
def _urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https"]))
    path = draw(st.sampled_from(["", "/", "/a/b", "/ü/ñ.html"]))
    params = draw(st.lists(_param, max_size=4))
    fragment = draw(st.sampled_from(["", "#top", "#a=1&b"]))
    query = ("?" + "&".join(params)) if params else ""
    return f"{scheme}://{draw(_hosts)}{path}{query}{fragment}"


@given(_urls(), _value, _value, _value, st.none() | _value, st.none() | _value)
def test_parse_utm_returns_what_utm_put_in(
    url: str, source: str, medium: str, campaign: str, term: str | None, content: str | None
) -> None:
    tagged = utm(url, source=source, medium=medium, campaign=campaign, term=term, content=content)
    assert parse_utm(tagged) == Utm(
        source=source, medium=medium, campaign=campaign, term=term, content=content
    )


@given(_urls(), _value)
def test_tagging_preserves_existing_parameters_and_fragment(url: str, campaign: str) -> None:
    tagged = utm(url, source="x", medium="social", campaign=campaign)
    before, after = urlsplit(url), urlsplit(tagged)
    assert after[:3] == before[:3]
    assert after.fragment == before.fragment
    assert after.query.startswith(before.query)


@given(_value)
def test_normalisation_is_idempotent(value: str) -> None:
    once = Utm(source=value, medium="m", campaign="c").source
    assert Utm(source=once, medium="m", campaign="c").source == once
    assert once == once.lower()
    assert not any(c.isspace() for c in once)


# --- tagging the links of a post ------------------------------------------------

LAUNCH = UtmTemplate(source="{platform}", medium="social", campaign="spring_launch")
POST = "Our spring collection is here: https://shop.example.com/spring " + "x" * 180


@pytest.mark.parametrize("platform", ["x", "mastodon"])
def test_tagging_is_free_where_every_url_counts_23(platform: str) -> None:
    tagged = tag_links(POST, LAUNCH, platform)
    assert tagged.cost == 0
    assert tagged.fits
    assert tagged.findings() == ()


@pytest.mark.parametrize("platform", ["linkedin", "bluesky", "threads", "facebook"])
def test_whole_url_platforms_pay_for_every_character_of_the_tag(platform: str) -> None:
    tagged = tag_links(POST, LAUNCH, platform)
    ((_, new),) = tagged.tagged
    added = len(new) - len("https://shop.example.com/spring")
    assert tagged.cost == added


def test_tagging_that_pushes_a_post_past_its_limit_says_so() -> None:
    # 243 graphemes fit Bluesky's 300; the tag adds 64 and the post no longer fits.
    tagged = tag_links(POST, LAUNCH, "bluesky")
    assert tagged.before.fits
    assert not tagged.after.fits
    assert tagged.pushed_over
    (finding,) = tagged.findings()
    assert finding.rule == "tracking.tag_overflow"
    assert finding.severity is socialkit.Severity.ERROR
    assert "from 243 to 307 of 300" in finding.message


def test_a_post_already_over_is_not_blamed_on_the_tag() -> None:
    tagged = tag_links("x" * 400 + " https://ex.com/a", LAUNCH, "bluesky")
    assert not tagged.fits
    assert not tagged.pushed_over


def test_every_link_is_tagged_in_place_and_bare_domains_are_reported() -> None:
    text = "Guide: https://ex.com/guide?id=3#p2, shop at example.com/shop and https://ex.org."
    tagged = tag_links(text, Utm(source="x", medium="social", campaign="c"), "x")
    assert tagged.text == (
        "Guide: https://ex.com/guide?id=3&utm_source=x&utm_medium=social&utm_campaign=c#p2, "
        "shop at example.com/shop and "
        "https://ex.org?utm_source=x&utm_medium=social&utm_campaign=c."
    )
    assert tagged.untagged == ("example.com/shop",)
    assert [f.rule for f in tagged.findings()] == ["tracking.untagged_link"]


def test_tag_links_needs_a_tag_and_a_known_platform() -> None:
    with pytest.raises(socialkit.SocialkitTypeError):
        tag_links(POST, {"source": "x"}, "x")  # type: ignore[arg-type]
    with pytest.raises(socialkit.UnknownPlatformError):
        tag_links(POST, LAUNCH, "myspace")


@given(st.text(st.sampled_from("ab #@é\n"), max_size=40), _urls())
def test_tagging_a_post_changes_only_its_links(prefix: str, url: str) -> None:
    text = f"{prefix} {url} end"
    tagged = tag_links(text, LAUNCH, "linkedin")
    restored = tagged.text
    for before, after in tagged.tagged:
        restored = restored.replace(after, before, 1)
        assert parse_utm(after) == LAUNCH.for_platform("linkedin")
    assert restored == text
    assert tagged.after.length >= tagged.before.length


# --- byte-for-byte splicing, surrogates, templates, overwrite ---------------

_TAG = Utm(source="x", medium="social", campaign="c")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Ex.com/P?a=1", "HTTPS://Ex.com/P?a=1&{tag}"),  # scheme case kept
        ("https://ex.com/a?b=1#", "https://ex.com/a?b=1&{tag}#"),  # empty fragment kept
        ("https://ex.com/a#x?y", "https://ex.com/a?{tag}#x?y"),  # '?' inside the fragment
    ],
)
def test_tagging_splices_into_the_original_string(url: str, expected: str) -> None:
    assert _TAG.apply(url) == expected.format(tag=_TAG.query())


@given(
    st.sampled_from(["http", "HTTP", "https", "HtTpS"]),
    st.sampled_from(["Ex.com", "ex.com", "[::1]"]),
    st.sampled_from(["", "/", "/P/q"]),
    st.sampled_from(["", "?", "?a=1", "?a=1&"]),
    st.sampled_from(["", "#", "#Top", "#a?b#c"]),
)
def test_tagging_only_inserts_the_tag_before_the_fragment(
    scheme: str, host: str, path: str, query: str, fragment: str
) -> None:
    url = f"{scheme}://{host}{path}{query}{fragment}"
    tagged = _TAG.apply(url)
    base = f"{scheme}://{host}{path}{query.rstrip('&')}"
    joiner = "&" if base.endswith(("=1",)) else ("" if base.endswith("?") else "?")
    assert tagged == f"{base}{joiner}{_TAG.query()}{fragment}"


def test_a_lone_surrogate_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="surrogate"):
        utm("https://ex.com/", source="x", medium="social", campaign="a\udc80")
    with pytest.raises(ValidationError, match="surrogate"):
        UtmTemplate(source="{platform}", medium="social", campaign="\ud800")


@pytest.mark.parametrize("source", ["{platform:d}", "{platform:>999999999999}", "{platform!r}"])
def test_template_accepts_only_a_bare_platform_placeholder(source: str) -> None:
    with pytest.raises(ValidationError, match="bare"):
        UtmTemplate(source=source, medium="social", campaign="c")


def test_overwrite_must_be_a_bool() -> None:
    with pytest.raises(socialkit.SocialkitTypeError, match="overwrite"):
        utm("https://ex.com/", **TAG, overwrite="no")  # type: ignore[arg-type]
    with pytest.raises(socialkit.SocialkitTypeError, match="overwrite"):
        tag_links("see https://ex.com/", _TAG, "x", overwrite=1)  # type: ignore[arg-type]


def test_any_utm_parameter_marks_a_link_as_tagged() -> None:
    url = "https://ex.com/?utm_id=42"
    assert utm(url, **TAG) == url
    assert utm(url, **TAG, overwrite=True) == f"https://ex.com/?{Utm(**TAG).query()}"
