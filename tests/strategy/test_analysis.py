"""The four steps ([000]) and the analysis a strategy carries (3C, SWOT, audit, listening)."""

from __future__ import annotations

from datetime import UTC, datetime

import attrs
from hypothesis import given, settings

from socialkit import examples
from socialkit.measure import Mention, listen
from socialkit.strategy import (
    Actor,
    Analysis,
    Listening,
    StepStatus,
    Strategy,
    StrategyStep,
    Swot,
    ThreeC,
    validate,
)
from strategies import listenings, strategy_documents


@settings(max_examples=40)
@given(strategy_documents())
def test_steps_missing_reports_exactly_the_missing_steps(strategy: Strategy) -> None:
    steps = strategy.steps()
    assert [s.step for s in steps] == list(StrategyStep)
    missing = [s for s in steps if s.status is StepStatus.MISSING]
    found = [f for f in validate(strategy) if f.rule == "steps.missing"]
    assert len(found) == len(missing)
    for report, finding in zip(missing, found, strict=True):
        assert str(report.step) in finding.message


def test_an_empty_analysis_is_missing_and_a_partial_one_is_thin() -> None:
    s = examples.strategy("b2b-services")
    bare = validate(attrs.evolve(s, analysis=Analysis()))
    assert [f.where for f in bare if f.rule == "steps.missing"] == ["analysis"]
    thin = validate(attrs.evolve(s, analysis=Analysis(target="finance directors")))
    [finding] = [f for f in thin if f.rule == "steps.thin"]
    assert "competition, trends" in finding.message
    assert s.steps()[0].status is StepStatus.DONE


def test_the_competition_can_come_from_the_3c_or_from_listening() -> None:
    by_3c = Analysis(three_c=ThreeC(company=Actor(name="Us"), competitors=[Actor(name="Rival")]))
    by_listening = Analysis(listening=Listening(competitors=["Rival"]))
    assert "competition" not in by_3c.missing()
    assert "competition" not in by_listening.missing()
    assert "competition" in Analysis(target="x").missing()


def test_a_channel_without_a_swot_is_a_tip_once_the_3c_is_done() -> None:
    s = examples.strategy("cosmetics-brand")
    assert s.analysis.three_c is not None
    without = attrs.evolve(s, analysis=attrs.evolve(s.analysis, swots=[Swot(platform="tiktok")]))
    [finding] = [f for f in validate(without) if f.rule == "analysis.swot_missing"]
    assert "Instagram" in finding.message


@given(listenings())
def test_listening_runs_listen_with_its_terms(watch: Listening) -> None:
    at = datetime(2027, 1, 4, 9, tzinfo=UTC)
    stream = [Mention(at=at, source="@a", text=" ".join((*watch.keywords, *watch.competitors)))]
    if watch.is_empty():
        return
    expected = listen(
        stream, keywords=watch.keywords, accounts=watch.accounts, competitors=watch.competitors
    )
    assert watch.run(stream) == expected


def test_every_example_carries_a_complete_analysis() -> None:
    for name in examples.strategy_names():
        s = examples.strategy(name)
        assert s.steps()[0].status is StepStatus.DONE, name
        assert s.smo is not None, name
