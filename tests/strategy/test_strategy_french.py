"""Strategy findings in French: messages, fixes and step names through the catalogue."""

from __future__ import annotations

import attrs

import socialkit
from socialkit import examples
from socialkit.strategy import STRATEGY_RULES, validate


def _broken() -> socialkit.Strategy:
    s = examples.strategy("cosmetics-brand")
    return attrs.evolve(s, pillars=(), objectives=s.objectives[:1])


def test_findings_are_french_in_a_french_block() -> None:
    with socialkit.language("fr"):
        found = {f.rule: f for f in validate(_broken())}
    few = found["strategy.few_objectives"]
    assert few.message == "1 objectifs ; [002] en conseille au moins 3"
    assert few.fix == "ajouter des objectifs S.M.A.R.T. jusqu'à en avoir au moins 3"
    assert found["pillars.none"].fix.startswith("ajouter des piliers")
    assert found["pillars.none"].where == "pillars"  # paths never change


def test_findings_stay_english_by_default() -> None:
    found = {f.rule: f for f in validate(_broken())}
    assert found["strategy.few_objectives"].message == "1 objectives; [002] advises at least 3"


def test_a_missing_step_is_named_in_french() -> None:
    s = attrs.evolve(examples.strategy("cosmetics-brand"), objectives=())
    with socialkit.language("fr"):
        (finding,) = validate(s, rules=STRATEGY_RULES.only("steps.missing"))
    assert finding.message.startswith("l'étape 2 sur 4, objectifs, manque : des objectifs")
    assert finding.fix is not None
    assert finding.fix.startswith("rédiger l'étape objectifs : ")
