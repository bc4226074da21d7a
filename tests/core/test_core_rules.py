"""The generic Rule / RuleSet: ids stay unique, derivations keep order, disabled means silent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialkit
from socialkit import Finding, NotFoundError, Rule, RuleSet, Severity, ValidationError
from socialkit._core.rules import trusted_hit
from socialkit.errors import SocialkitTypeError
from socialkit.posts import Hit
from strategies import names, sources

Subject = tuple[str, ...]
"""A subject for the test rules: words; rule ``w_x`` fires once per word ``x``."""

WORDS = ("a", "b", "c", "d", "e", "f")


def _fires_on_its_word(rule: Rule[Subject], words: Subject) -> list[Hit]:
    word = rule.id.removeprefix("w_")
    return [
        Hit(message=f"found {word}", where=f"words[{i}]") for i, w in enumerate(words) if w == word
    ]


def word_rule(word: str, weight: float = 1.0) -> Rule[Subject]:
    return Rule(
        id=f"w_{word}",
        severity="warning",
        title=f"The word {word}.",
        fix=f"drop {word}",
        weight=weight,
        check=_fires_on_its_word,
    )


rule_sets = st.lists(st.sampled_from(WORDS), unique=True).map(
    lambda words: RuleSet([word_rule(w) for w in words])
)
subjects = st.lists(st.sampled_from(WORDS), max_size=8).map(tuple)


@st.composite
def set_and_member(draw: st.DrawFn) -> tuple[RuleSet[Subject], str]:
    rules = draw(rule_sets.filter(len))
    return rules, draw(st.sampled_from(rules.ids()))


@given(set_and_member())
def test_without_then_lookup_raises(case: tuple[RuleSet[Subject], str]) -> None:
    rules, rule_id = case
    fewer = rules.without(rule_id)
    assert rule_id not in fewer
    assert rule_id not in fewer.ids()
    with pytest.raises(NotFoundError):
        fewer.get(rule_id)
    assert len(fewer) == len(rules) - 1


@given(set_and_member(), subjects)
def test_a_disabled_rule_never_produces_findings(
    case: tuple[RuleSet[Subject], str], words: Subject
) -> None:
    rules, rule_id = case
    found = rules.without(rule_id).check(words)
    assert rule_id not in {f.rule for f in found}
    assert found == tuple(f for f in rules.check(words) if f.rule != rule_id)


@given(set_and_member(), st.floats(0, 100))
def test_with_weight_keeps_order_and_changes_one_rule(
    case: tuple[RuleSet[Subject], str], weight: float
) -> None:
    rules, rule_id = case
    heavier = rules.with_weight(rule_id, weight)
    assert heavier.ids() == rules.ids()
    for before, after in zip(rules, heavier, strict=True):
        assert after.weight == (weight if before.id == rule_id else before.weight)


@given(rule_sets, st.lists(st.sampled_from(WORDS)))
def test_only_keeps_the_set_order(rules: RuleSet[Subject], wanted: list[str]) -> None:
    ids = [f"w_{w}" for w in wanted if f"w_{w}" in rules]
    kept = rules.only(*ids)
    assert kept.ids() == tuple(i for i in rules.ids() if i in ids)


@given(
    rule_sets,
    st.lists(st.tuples(st.sampled_from(("add", "drop", "weigh")), st.sampled_from(WORDS))),
)
def test_ids_stay_unique_through_any_derivation(
    rules: RuleSet[Subject], steps: list[tuple[str, str]]
) -> None:
    for step, word in steps:
        rule_id = f"w_{word}"
        if step == "add":
            rules = rules.with_rule(word_rule(word, weight=2), replace=True)
        elif rule_id in rules:
            rules = rules.without(rule_id) if step == "drop" else rules.with_weight(rule_id, 3)
        assert len(set(rules.ids())) == len(rules)


@given(rule_sets, subjects)
def test_findings_carry_the_rule_id_severity_fix_and_come_in_rule_order(
    rules: RuleSet[Subject], words: Subject
) -> None:
    found = rules.check(words)
    assert [f.rule for f in found] == [r.id for r in rules for w in words if r.id == f"w_{w}"]
    assert all(f.severity is Severity.WARNING and f.fix == f"drop {f.rule[2:]}" for f in found)


def test_a_hit_can_override_fix_severity_and_source() -> None:
    source = socialkit.Source(title="mine", confidence="secondary")
    rule = Rule(
        id="x.y",
        severity="error",
        title="X.",
        fix="the rule's fix",
        check=lambda rule, s: [
            Hit(message="m", fix="the hit's fix", severity="tip", source=source)
        ],
    )
    assert rule.findings(None) == (
        Finding(rule="x.y", severity="tip", message="m", fix="the hit's fix", source=source),
    )


def test_with_rule_refuses_a_duplicate_unless_replacing() -> None:
    rules = RuleSet([word_rule("a")])
    with pytest.raises(ValidationError, match="replace=True"):
        rules.with_rule(word_rule("a"))
    assert rules.with_rule(word_rule("a", weight=4), replace=True).get("w_a").weight == 4
    with pytest.raises(ValidationError, match="duplicate"):
        RuleSet([word_rule("a"), word_rule("a")])
    with pytest.raises(SocialkitTypeError):
        rules.with_rule("w_b")  # type: ignore[arg-type]


def test_unknown_ids_name_the_close_matches() -> None:
    rules = RuleSet([word_rule("a"), word_rule("b")])
    with pytest.raises(NotFoundError, match="did you mean 'w_a'"):
        rules.without("w_aa")
    with pytest.raises(NotFoundError):
        rules.only("nope")
    with pytest.raises(SocialkitTypeError):
        rules.get(3)  # type: ignore[arg-type]


def test_rule_values_are_validated() -> None:
    with pytest.raises(ValidationError, match="snake_case"):
        Rule(id="Goal.No Stage", severity="tip", title="x", check=_fires_on_its_word)
    with pytest.raises(ValidationError, match="weight >= 0"):
        word_rule("a", weight=-1)
    with pytest.raises(NotFoundError, match="known: error, warning, tip"):
        Rule(id="ok", severity="fatal", title="x", check=_fires_on_its_word)
    assert Rule(id="goal.no_stage", severity="tip", title="x", check=_fires_on_its_word).id


def test_the_top_level_names_are_the_generic_rule_values() -> None:
    from socialkit._core import rules

    assert socialkit.Rule is rules.Rule is socialkit.posts.Rule
    assert socialkit.RuleSet is rules.RuleSet is socialkit.posts.RuleSet
    assert isinstance(socialkit.DEFAULT_RULES, RuleSet)
    assert isinstance(socialkit.strategy.STRATEGY_RULES, RuleSet)
    assert isinstance(socialkit.community.COMMUNITY_RULES, RuleSet)


# A rule set knows its subject (review fix b.2) -------------------------------------


@given(st.lists(st.sampled_from(WORDS), unique=True, min_size=2), st.data())
def test_every_derived_rule_set_keeps_its_subject(words: list[str], data: st.DataObject) -> None:
    rules = RuleSet([word_rule(w) for w in words], subject=tuple)
    first, *rest = (f"w_{w}" for w in words)
    derived = [
        rules.without(first),
        rules.only(*rest),
        rules.with_weight(first, data.draw(st.floats(0, 10))),
        rules.with_rule(word_rule("z")),
        rules.with_rule(word_rule(words[0], 2.0), replace=True),
    ]
    assert all(d.subject is tuple for d in derived)


def test_built_in_rule_sets_name_their_subject() -> None:
    assert socialkit.posts.DEFAULT_RULES.subject is socialkit.posts.PostContext
    assert socialkit.strategy.STRATEGY_RULES.subject is socialkit.Strategy
    assert socialkit.community.COMMUNITY_RULES.subject is socialkit.community.Inbox


def _validate(rules: RuleSet[object]) -> object:
    return socialkit.strategy.validate(socialkit.examples.strategy("b2b-services"), rules=rules)  # type: ignore[arg-type]


def _assess(rules: RuleSet[object]) -> object:
    return socialkit.assess(socialkit.Post(text="hi"), "x", rules=rules)  # type: ignore[arg-type]


def _responsiveness(rules: RuleSet[object]) -> object:
    now = datetime(2026, 3, 2, tzinfo=UTC)
    return socialkit.community.check_responsiveness([], now=now, rules=rules)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("run", "expected", "wrong"),
    [
        (_validate, "Strategy", "posts.DEFAULT_RULES"),
        (_validate, "Strategy", "community.COMMUNITY_RULES"),
        (_assess, "PostContext", "strategy.STRATEGY_RULES"),
        (_assess, "PostContext", "community.COMMUNITY_RULES"),
        (_responsiveness, "Inbox", "posts.DEFAULT_RULES"),
        (_responsiveness, "Inbox", "strategy.STRATEGY_RULES"),
    ],
)
def test_an_entry_point_refuses_another_subjects_rules(
    run: Callable[[RuleSet[object]], object], expected: str, wrong: str
) -> None:
    package, name = wrong.split(".")
    rules = getattr(getattr(socialkit, package), name)
    given_name = rules.subject.__name__
    with pytest.raises(
        SocialkitTypeError, match=rf"RuleSet of {expected} rules, not of {given_name}"
    ):
        run(rules)


def test_a_rule_set_without_a_subject_runs_anywhere() -> None:
    assert _responsiveness(RuleSet([])).findings == ()  # type: ignore[attr-defined]


@given(
    message=names(),
    given_fields=st.fixed_dictionaries(
        {},
        optional={
            "where": st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
            "fix": st.none() | names(),
            "severity": st.none() | st.sampled_from(Severity),
            "source": st.none() | sources(),
        },
    ),
)
def test_the_trusted_hit_equals_the_checked_hit(message: str, given_fields: dict[str, Any]) -> None:
    """socialkit's own checks build hits unchecked: the same value, defaults included."""
    trusted = trusted_hit(message, **given_fields)
    assert type(trusted) is Hit
    assert trusted == Hit(message=message, **given_fields)
    assert repr(trusted) == repr(Hit(message=message, **given_fields))
