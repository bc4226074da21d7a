"""Disclosure markers are legal data, and the disclosure rule takes them as a value.

The markers live in their own data module (``socialkit.posts._disclosure``), each
with its source (FTC, French law 2023-451, ARPP). The rule is built with its
markers (:func:`socialkit.posts.disclosure_rule`): extending them is a new rule
value in a derived rule set, as docs/concepts/assessing-posts.md shows, and no
check reads a module global at run time.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialkit.posts._disclosure as disclosure_data
import socialkit.posts._rules as post_rules
from socialkit import Source
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.posts import (
    DEFAULT_RULES,
    DISCLOSURE_MARKERS,
    DisclosureMarker,
    Media,
    Post,
    assess,
    disclosure_rule,
)

NOTES = Source(title="my legal notes", confidence="unconfirmed")
KNOWN = {m.text.casefold() for m in DISCLOSURE_MARKERS}


def undisclosed(text: str, rules: object = DEFAULT_RULES) -> bool:
    """Whether assessing a sponsored post with ``text`` flags the disclosure rule."""
    post = Post(text=text, sponsored=True, media=[Media.image()])
    findings = assess(post, "x", rules=rules).findings  # type: ignore[arg-type]
    return "x.disclosure" in [f.rule for f in findings]


def with_markers(*extra: DisclosureMarker) -> object:
    return DEFAULT_RULES.with_rule(
        disclosure_rule(markers=DISCLOSURE_MARKERS + extra), replace=True
    )


_WORD = st.from_regex(r"[a-z]{3,12}", fullmatch=True)


@given(word=_WORD.filter(lambda w: f"#{w}" not in KNOWN))
def test_an_added_hashtag_marker_is_honoured(word: str) -> None:
    text = f"Our new serum #{word}"
    marker = DisclosureMarker(text=f"#{word}", language="de", source=NOTES)
    assert undisclosed(text)
    assert not undisclosed(text, with_markers(marker))
    # The defaults still count in the extended rule.
    assert not undisclosed("#ad Our new serum", with_markers(marker))


@given(first=_WORD, second=_WORD)
def test_an_added_phrase_marker_matches_whole_words(first: str, second: str) -> None:
    phrase = f"{first} {second}"
    if phrase in KNOWN or any(m in phrase for m in ("ad", "pub", "sponso")):
        return
    rules = with_markers(DisclosureMarker(text=phrase, language="xx", source=NOTES))
    assert not undisclosed(f"{phrase.title()}: our new serum", rules)
    assert undisclosed(f"x{phrase}x: our new serum", rules)


def test_the_rule_reads_no_module_global(monkeypatch: pytest.MonkeyPatch) -> None:
    # Rebinding the global (the old, undocumented way) changes nothing: the rule holds its markers.
    monkeypatch.setattr(disclosure_data, "DISCLOSURE_MARKERS", ())
    monkeypatch.setattr(post_rules, "DISCLOSURE_MARKERS", ())
    assert not undisclosed("#ad Our new serum")
    assert undisclosed("Our new serum #collab")


def test_the_rule_keeps_the_markers_it_was_built_with() -> None:
    markers = [DisclosureMarker(text="#werbung", language="de", source=NOTES)]
    rules = DEFAULT_RULES.with_rule(disclosure_rule(markers=markers), replace=True)
    markers.append(DisclosureMarker(text="#anzeige", language="de", source=NOTES))
    assert not undisclosed("Neu #werbung", rules)
    assert undisclosed("Neu #anzeige", rules)  # appended after the rule was built
    assert undisclosed("#ad Our new serum", rules)  # only the markers given


def test_the_default_rule_uses_the_shipped_markers() -> None:
    rule = DEFAULT_RULES.get("disclosure")
    assert rule.check.keywords["markers"] == DISCLOSURE_MARKERS  # type: ignore[attr-defined]
    assert rule.source is disclosure_data.FTC_DISCLOSURES


@pytest.mark.parametrize(
    ("markers", "error"),
    [
        ((), ValidationError),
        ("#ad", SocialkitTypeError),
        ([DISCLOSURE_MARKERS[0], "#werbung"], SocialkitTypeError),
        (None, SocialkitTypeError),
    ],
)
def test_bad_markers_are_refused(markers: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="disclosure_rule"):
        disclosure_rule(markers=markers)  # type: ignore[arg-type]


def test_every_marker_cites_a_legal_source() -> None:
    assert isinstance(DISCLOSURE_MARKERS, tuple)
    legal = {
        disclosure_data.FTC_DISCLOSURES,
        disclosure_data.FTC_GUIDES_2023,
        disclosure_data.LOI_INFLUENCEURS,
        disclosure_data.ARPP_INFLUENCE,
    }
    for marker in DISCLOSURE_MARKERS:
        assert isinstance(marker, DisclosureMarker)
        assert marker.source in legal, marker
    assert {m.language for m in DISCLOSURE_MARKERS} == {"en", "fr"}
    assert {"#ad", "publicité", "collaboration commerciale"} <= KNOWN


@pytest.mark.parametrize("text", ["Super sérum #sponso", "Super sérum #pub", "#partenariat merci"])
def test_french_arpp_hashtags_alone_do_not_meet_the_2023_law(text: str) -> None:
    post = Post(text=text, sponsored=True, media=[Media.image()])
    (finding,) = [f for f in assess(post, "x").findings if f.rule == "x.disclosure"]
    assert "2023-451" in finding.message
    assert "Publicité" in finding.message
    assert "Collaboration commerciale" in finding.message
    assert finding.where == "post.text"


@pytest.mark.parametrize("label", ["Publicité", "Collaboration commerciale", "#publicité"])
def test_a_french_post_with_the_laws_words_is_disclosed(label: str) -> None:
    assert not undisclosed(f"Super sérum #sponso {label}")
    assert not undisclosed(f"{label} : super sérum")


@given(word=_WORD)
def test_an_english_disclosure_is_not_held_to_the_french_law(word: str) -> None:
    assert not undisclosed(f"#ad {word}")
