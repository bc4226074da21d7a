"""French names where names are looked up: enum members and content-mix presets.

The aliases are data (``socialkit._core.vocabulary_fr``); these tests check the
data is consistent (every alias names a real member, none shadows another
member's English name) and that the one lookup authority accepts every alias in
any spelling people use: case, accents, spaces, hyphens, underscores.
"""

from __future__ import annotations

import unicodedata
from enum import Enum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import (
    ContentMix,
    ContentType,
    FunnelStage,
    Kpi,
    NotFoundError,
    Period,
    PostFormat,
    Severity,
)
from socialkit._core.validate import french_aliases, name_key, to_enum
from socialkit._core.vocabulary_fr import ENUM_ALIASES, METRIC_ALIASES, PRESET_ALIASES
from socialkit.calendar import ItemStatus
from socialkit.funnel import JourneyStep, Touchpoint
from socialkit.measure import METRICS, get_metric
from socialkit.platforms import MediaFamily, MediaKind
from socialkit.posts import PostPurpose
from socialkit.strategy import StrategyStep, TargetKind

ENUMS: dict[str, type[Enum]] = {
    kind.__name__: kind
    for kind in (
        ContentType,
        PostFormat,
        FunnelStage,
        JourneyStep,
        Kpi,
        PostPurpose,
        Touchpoint,
        MediaKind,
        MediaFamily,
        Period,
        Severity,
        ItemStatus,
        TargetKind,
        StrategyStep,
    )
}

ALIASES: list[tuple[type[Enum], str, str]] = [
    (ENUMS[name], french, value)
    for name, table in ENUM_ALIASES.items()
    for french, value in table.items()
]


def test_every_table_names_a_socialkit_enum() -> None:
    assert set(ENUM_ALIASES) <= set(ENUMS)


@pytest.mark.parametrize(("kind", "french", "value"), ALIASES, ids=lambda v: str(v))
def test_every_alias_names_a_member(kind: type[Enum], french: str, value: str) -> None:
    assert value in {str(m.value) for m in kind}
    assert to_enum(kind, french) is kind(value)


@pytest.mark.parametrize("name", sorted(ENUM_ALIASES))
def test_no_alias_shadows_another_members_english_name(name: str) -> None:
    """An alias reading like another member's English value or name would be ignored."""
    kind = ENUMS[name]
    english = {name_key(str(m.value)): m for m in kind} | {name_key(m.name): m for m in kind}
    keys = [name_key(french) for french in ENUM_ALIASES[name]]
    assert len(keys) == len(set(keys)), "two aliases read the same once normalised"
    for french, member in french_aliases(kind).items():
        assert english.get(french, member) is member, french


@pytest.mark.parametrize(
    ("kind", "french", "member"),
    [
        (ContentType, "livre blanc", ContentType.WHITE_PAPER),
        (ContentType, "jeu concours", ContentType.CONTEST),
        (ContentType, "témoignage", ContentType.TESTIMONIAL),
        (ContentType, "devis", ContentType.ESTIMATE),
        (ContentType, "étude de cas", ContentType.CASE_STUDY),
        (ContentType, "cas pratique", ContentType.CASE_STUDY),
        (ContentType, "infographie", ContentType.INFOGRAPHIC),
        (ContentType, "tutoriel", ContentType.TUTORIAL),
        (ContentType, "webinaire", ContentType.WEBINAR),
        (ContentType, "sondage", ContentType.POLL),
        (PostFormat, "Jeu Concours", PostFormat.CONTEST),
        (PostFormat, "Témoignage Client", PostFormat.CUSTOMER_TESTIMONIAL),
        (FunnelStage, "notoriété", FunnelStage.TOFU),
        (FunnelStage, "considération", FunnelStage.MOFU),
        (FunnelStage, "conversion", FunnelStage.BOFU),
        (FunnelStage, "fidélisation", FunnelStage.RETENTION),
        (PostPurpose, "notoriété", PostPurpose.NOTORIETY),
        (Period, "semaine", Period.WEEK),
        (Kpi, "taux de conversion", Kpi.CONVERSION_RATE),
    ],
)
def test_the_documents_words_are_accepted(kind: type[Enum], french: str, member: Enum) -> None:
    assert to_enum(kind, french) is member


def _variant(text: str, data: st.DataObject) -> str:
    """``text`` as people may type it: any case, accents dropped or not, other separators."""
    if data.draw(st.booleans(), label="strip accents"):
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    cased = "".join(c.upper() if data.draw(st.booleans()) else c for c in text)
    separator = data.draw(st.sampled_from([" ", "-", "_", "  ", "/"]), label="separator")
    padding = data.draw(st.sampled_from(["", " ", "\t"]), label="padding")
    return padding + cased.replace(" ", separator) + padding


@given(alias=st.sampled_from(ALIASES), data=st.data())
def test_aliases_ignore_case_accents_and_separators(
    alias: tuple[type[Enum], str, str], data: st.DataObject
) -> None:
    kind, french, value = alias
    assert to_enum(kind, _variant(french, data)) is kind(value)


@given(text=st.text(max_size=20))
def test_name_key_is_idempotent(text: str) -> None:
    assert name_key(name_key(text)) == name_key(text)


def test_english_values_stay_the_values() -> None:
    member = to_enum(ContentType, "livre blanc")
    assert str(member) == "white paper"
    assert to_enum(ContentType, "article") is ContentType.ARTICLE


def test_a_misspelt_french_name_suggests_its_english_value() -> None:
    with pytest.raises(NotFoundError, match="did you mean 'white paper'") as caught:
        to_enum(ContentType, "livre blan", "content_type")
    assert "white paper" in caught.value.known


def test_other_enums_get_no_french_aliases() -> None:
    ContentType = Enum("ContentType", {"ARTICLE": "article"})  # noqa: N806 - the user's own
    assert french_aliases(ContentType) == {}
    with pytest.raises(NotFoundError):
        to_enum(ContentType, "livre blanc")


@pytest.mark.parametrize(("french", "name"), sorted(PRESET_ALIASES.items()))
def test_every_french_preset_name_finds_its_preset(french: str, name: str) -> None:
    assert name in {p.name for p in ContentMix.presets()}
    assert ContentMix.preset(french) == ContentMix.preset(name)


@given(data=st.data(), alias=st.sampled_from(sorted(PRESET_ALIASES.items())))
def test_preset_names_ignore_case_and_accents(data: st.DataObject, alias: tuple[str, str]) -> None:
    french, name = alias
    assert ContentMix.preset(_variant(french, data)) == ContentMix.preset(name)


def test_règle_des_tiers_is_the_rule_of_thirds() -> None:
    assert ContentMix.preset("Règle des tiers") == ContentMix.preset("rule of thirds")
    with pytest.raises(NotFoundError, match="did you mean 'thirds'"):
        ContentMix.preset("regle des tier")


@pytest.mark.parametrize(("french", "metric_id"), sorted(METRIC_ALIASES.items()))
def test_every_french_metric_name_finds_its_metric(french: str, metric_id: str) -> None:
    assert get_metric(french) is get_metric(metric_id)
    assert get_metric(french.upper().replace(" ", "_")) is get_metric(metric_id)


def test_metrics_are_found_by_their_english_name_too() -> None:
    for metric in METRICS:
        assert get_metric(metric.name) is metric
    with pytest.raises(NotFoundError, match="metric: unknown 'taux de clicks'"):
        get_metric("taux de clicks")
