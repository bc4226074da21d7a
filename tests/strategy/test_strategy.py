"""The strategy document ([004]'s seven factors, [002]'s objectives) and its validation."""

import itertools
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import socialkit
from socialkit import (
    Channel,
    Finding,
    Frequency,
    FrequencyRule,
    Pillar,
    Severity,
    SmartGoal,
    SocialkitError,
    SocialkitTypeError,
    Strategy,
    ValidationError,
    examples,
)
from socialkit.io import loads_strategy
from socialkit.posts import Hit, Rule
from socialkit.strategy import (
    AUDIT_RULES,
    SMO_RULES,
    STRATEGY_RULES,
    CalendarSettings,
    ExamplePost,
    Tactic,
    validate,
)
from strategies import strategy_documents

PLATFORMS = ["instagram", "tiktok", "linkedin", "x", "facebook", "youtube", "pinterest"]
STAGES = ["tofu", "mofu", "bofu", "retention"]


def rules(s: Strategy) -> dict[str, list[Finding]]:
    found: dict[str, list[Finding]] = {}
    for f in validate(s):
        found.setdefault(f.rule, []).append(f)
    return found


@pytest.fixture
def good() -> Strategy:
    return examples.strategy("b2b-services")


# -- the built-in examples ----------------------------------------------------------


@pytest.mark.parametrize("name", examples.strategy_names())
def test_built_in_examples_validate_cleanly(name: str) -> None:
    # issue 7, "done when": the examples validate cleanly (no error, no warning)
    strategy = examples.strategy(name)
    assert [f for f in validate(strategy) if f.severity != Severity.TIP] == []
    assert "llustrative" in strategy.note


def test_cosmetics_example_posts_two_to_three_times_a_day_on_instagram() -> None:
    # [000]: the Kiko case study, 2-3 Instagram posts a day; above Instagram's recommended
    # weekly guidance, a deviation the example acknowledges with its reason: a tip.
    s = examples.strategy("cosmetics-brand")
    rule = s.channel("instagram").frequency
    assert rule is not None
    assert (rule.range("day").minimum, rule.range("day").maximum) == (2, 3)
    [finding] = validate(s)
    assert (finding.rule, finding.severity) == ("frequency.above_guidance", Severity.TIP)
    assert "acknowledged: [000]'s Kiko case" in finding.message
    assert s.platforms == ("instagram", "tiktok")


def test_an_override_above_guidance_without_a_reason_is_a_warning() -> None:
    s = examples.strategy("cosmetics-brand")
    bare = attrs.evolve(s.channels[0], frequency_reason="")
    findings = validate(attrs.evolve(s, channels=[bare, *s.channels[1:]]))
    assert [(f.rule, f.severity) for f in findings] == [
        ("frequency.above_guidance", Severity.WARNING)
    ]


def test_a_reason_never_acknowledges_a_gap_below_the_platform_minimum() -> None:
    role = Channel(
        platform="linkedin",
        mission="We will use LinkedIn to earn leads.",
        frequency=FrequencyRule(frequencies=[Frequency(per="day", minimum=1, maximum=2)]),
        frequency_reason="we know better",
    )
    findings = validate(Strategy(name="x", channels=[role]))
    assert ("frequency.gap", Severity.WARNING) in [(f.rule, f.severity) for f in findings]


def test_the_readme_main_command_prints_no_warning_for_the_default_example(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from socialkit.cli import main

    main(["plan"])
    out = capsys.readouterr().out
    assert "0 errors, 0 warnings" in out
    assert "warning " not in out


@pytest.mark.parametrize("name", [None, 5, ["cosmetics-brand"]])
def test_examples_strategy_rejects_a_name_that_is_not_a_string(name: object) -> None:
    with pytest.raises(SocialkitTypeError, match=r"examples\.strategy"):
        examples.strategy(name)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"pillars": 5}, "Strategy.pillars"),
        ({"stage_mix": 5}, "Strategy.stage_mix"),
        ({"stage_mix": [1]}, "Strategy.stage_mix"),
    ],
)
def test_strategy_collections_reject_wrong_types(fields: dict[str, object], where: str) -> None:
    with pytest.raises(SocialkitTypeError, match=where):
        Strategy(name="x", **fields)  # type: ignore[arg-type]


def test_a_stage_mix_weight_error_names_the_stage() -> None:
    with pytest.raises(ValidationError, match=r"Strategy\.stage_mix\.tofu: got -40"):
        Strategy(name="x", stage_mix={"tofu": -40})


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"weeks": 1041}, "weeks"),
        ({"weeks": 0}, "weeks"),
        ({"interaction_minutes": 1441}, "interaction_minutes"),
        ({"interaction_minutes": -1}, "interaction_minutes"),
    ],
)
def test_calendar_settings_are_bounded(fields: dict[str, int], where: str) -> None:
    with pytest.raises(ValidationError, match=f"CalendarSettings.{where}"):
        CalendarSettings(**fields)  # type: ignore[arg-type]


def test_calendar_settings_accept_their_bounds() -> None:
    assert CalendarSettings(weeks=1040, interaction_minutes=1440).weeks == 1040


def test_unknown_goal_metric_is_a_strategy_finding() -> None:
    goal = SmartGoal(
        subject="Guide downloads",
        metric="downloadz",
        baseline=10,
        target=12,
        start=date(2027, 1, 1),
        deadline=date(2027, 6, 1),
        business_objective="Leads",
        stage="mofu",
    )
    findings = validate(Strategy(name="x", objectives=[goal]))
    [f] = [f for f in findings if f.rule == "goal.unknown_metric"]
    assert f.where == "objectives[0].metric"
    assert "did you mean 'downloads'" in f.message


def test_sports_and_b2b_examples_match_their_case_studies() -> None:
    sports = examples.strategy("sports-retailer")
    assert sports.platforms == ("youtube", "instagram", "facebook")
    b2b = examples.strategy("b2b-services")
    assert "linkedin" in b2b.platforms
    assert any(t.name == "Monthly webinar" for t in b2b.tactics)


def test_template_loads_and_validates_cleanly() -> None:
    s = loads_strategy(examples.template())
    assert validate(s) == ()


def test_unknown_example_suggests_names() -> None:
    with pytest.raises(SocialkitError, match="cosmetics-brand"):
        examples.strategy("cosmetics")


# -- validation rules ---------------------------------------------------------------


def test_fewer_than_three_goals_warns(good: Strategy) -> None:
    # [002]: "write at least three goals".
    s = attrs.evolve(good, objectives=good.objectives[:2])
    (finding,) = rules(s)["strategy.few_objectives"]
    assert finding.severity is Severity.WARNING
    assert finding.where == "objectives"


def test_goals_that_are_not_smart_are_reported_with_their_index(good: Strategy) -> None:
    vague = attrs.evolve(good.objectives[1], business_objective="", metric="likes")
    s = attrs.evolve(good, objectives=(good.objectives[0], vague, good.objectives[2]))
    found = rules(s)
    assert found["goal.no_business_objective"][0].where == "objectives[1].business_objective"
    assert found["goal.vanity_metric"][0].where == "objectives[1].metric"


def test_no_persona_is_an_error(good: Strategy) -> None:
    (finding,) = rules(attrs.evolve(good, personas=()))["audience.no_persona"]
    assert finding.severity is Severity.ERROR


@pytest.mark.parametrize("weights", [(50, 30), (Fraction(1, 2), Fraction(1, 3))])
def test_pillar_weights_must_add_up(good: Strategy, weights: tuple[object, ...]) -> None:
    pillars = [Pillar(name=f"p{i}", weight=w) for i, w in enumerate(weights)]
    (finding,) = rules(attrs.evolve(good, pillars=pillars, examples=()))["pillars.weights"]
    assert finding.severity is Severity.ERROR
    assert finding.where == "pillars"


@pytest.mark.parametrize("weights", [(40, 30, 20, 10), (0.4, 0.3, 0.2, 0.1), (Fraction(1, 3),) * 3])
def test_pillar_weights_adding_to_100_or_1_pass(good: Strategy, weights: tuple[object]) -> None:
    pillars = [Pillar(name=f"p{i}", weight=w) for i, w in enumerate(weights)]
    assert "pillars.weights" not in rules(attrs.evolve(good, pillars=pillars))


def test_platform_without_mission_is_a_candidate_to_drop(good: Strategy) -> None:
    channels = (good.channels[0], attrs.evolve(good.channels[1], mission=""))
    (finding,) = rules(attrs.evolve(good, channels=channels))["channel.no_mission"]
    assert finding.where == "channels[1].mission"
    assert "candidate to drop" in finding.message


def test_linkedin_more_than_one_post_per_48_hours_breaks_its_rule(good: Strategy) -> None:
    # [000]'s heuristic (not LinkedIn's advice): at most one post every 48 hours.
    daily = FrequencyRule(frequencies=[Frequency(per="day", minimum=1, maximum=1)])
    channels = (attrs.evolve(good.channels[0], frequency=daily), good.channels[1])
    found = rules(attrs.evolve(good, channels=channels))
    (gap,) = found["frequency.gap"]
    assert gap.severity is Severity.WARNING
    assert "heuristic" in gap.message
    assert "not LinkedIn's own advice" in gap.message
    assert gap.where == "channels[0].frequency.min_gap"
    assert "48" in gap.message
    assert "48" in gap.fix
    assert found["frequency.above_guidance"][0].severity is Severity.WARNING


def test_a_frequency_within_the_rules_passes(good: Strategy) -> None:
    rule = FrequencyRule(
        frequencies=[Frequency(per="week", minimum=2, maximum=3)], min_gap=timedelta(hours=48)
    )
    channels = (attrs.evolve(good.channels[0], frequency=rule), good.channels[1])
    assert not {"frequency.gap", "frequency.above_guidance"} & set(
        rules(attrs.evolve(good, channels=channels))
    )


def test_empty_funnel_stage_warns(good: Strategy) -> None:
    s = attrs.evolve(good, stage_mix={"tofu": 60, "bofu": 40})
    found = rules(s)
    assert [f.where for f in found["stages.empty"]] == ["stage_mix.mofu", "stage_mix.retention"]
    assert found["stages.empty"][1].severity is Severity.TIP
    # the b2b goals aim at mofu, which now gets no content
    assert {f.where for f in found["stages.goal_without_content"]} == {
        "objectives[0].stage",
        "objectives[1].stage",
    }


def test_tactic_without_a_way_to_take_part_warns(good: Strategy) -> None:
    tactic = attrs.evolve(good.tactics[0], participation=())
    (finding,) = rules(attrs.evolve(good, tactics=[tactic]))["tactic.no_participation"]
    assert finding.where == "tactics[0].participation"


def test_missing_examples_per_pillar_and_platform(good: Strategy) -> None:
    s = attrs.evolve(good, examples=good.examples[1:])
    (finding,) = rules(s)["examples.missing"]
    assert "'expertise' on linkedin" in finding.message
    s = attrs.evolve(good, examples=[e for e in good.examples if e.tactic is None])
    assert rules(s)["examples.missing_tactic"][0].where == "tactics[0]"


def test_examples_must_reference_known_pillars_tactics_and_channels(good: Strategy) -> None:
    stray = ExamplePost(platform="tiktok", pillar="nope", tactic="nope", text="hi")
    found = rules(attrs.evolve(good, examples=[*good.examples, stray]))
    for rule in ("example.unknown_channel", "example.unknown_pillar", "example.unknown_tactic"):
        assert found[rule][0].severity is Severity.ERROR
        assert found[rule][0].where.startswith(f"examples[{len(good.examples)}]")


def test_every_finding_says_what_where_and_how_to_fix() -> None:
    empty = Strategy(name="Empty", tactics=[Tactic(name="t")], pillars=[Pillar(name="a", weight=1)])
    for f in validate(empty):
        assert f.message
        assert f.fix
        assert f.where
        assert f.source is not None


def test_recurrence_must_be_an_rrule() -> None:
    with pytest.raises(SocialkitError, match="RRULE"):
        Tactic(name="contest", recurrence="every first friday")


def test_unknown_time_zone_is_rejected() -> None:
    with pytest.raises(SocialkitError, match="IANA"):
        CalendarSettings(timezone="Paris")


# -- generated strategies (tests/strategies.py; the TOML round trip is in tests/test_strategies.py)


@settings(max_examples=40)
@given(strategy_documents())
def test_validate_never_crashes_and_returns_findings(strategy: Strategy) -> None:
    findings = validate(strategy)
    assert all(isinstance(f, Finding) and f.where for f in findings)


def test_pillars_can_be_given_as_a_mapping() -> None:
    s = Strategy(name="Mix", pillars={"brand": 40, "fashion": 30, "beauty": 20, "well-being": 10})
    assert (s.pillars[0].name, s.pillars[0].weight) == ("brand", 40)
    assert "pillars.weights" not in rules(s)


def test_strategy_recommends_platforms_from_personas_and_example_content() -> None:
    s = examples.strategy("cosmetics-brand")
    assert s.content_types()[:2] == ("promotion", "tutorial")
    fits = {f.platform: f for f in s.recommend_platforms()}
    assert fits["instagram"].chosen
    assert "youtube" in fits  # tutorials and videos fit YouTube ([004])
    assert not fits["youtube"].chosen


def test_channel_lookup_names_the_known_channels() -> None:
    with pytest.raises(SocialkitError, match="instagram, tiktok"):
        examples.strategy("cosmetics-brand").channel("linkedin")


# -- planning from a strategy ---------------------------------------------------------


def test_to_plan_spec_carries_the_strategy_into_planning() -> None:
    s = examples.strategy("cosmetics-brand")
    spec = s.to_plan_spec()
    assert [c.platform for c in spec.channels] == ["instagram", "tiktok"]
    assert spec.channels[0].rule == s.channel("instagram").frequency
    assert spec.tz.key == "Europe/Paris"
    assert spec.mix is not None
    assert spec.mix.sequence(4) == s.pillar_mix().sequence(4)  # type: ignore[union-attr]
    assert spec.stages is not None
    (contest,) = spec.events
    assert contest.title == "Monthly reveal contest"
    assert contest.platforms == ("instagram", "tiktok")
    assert contest.content_type == "contest"
    assert spec.interaction is not None
    assert spec.interaction.daily_budget == timedelta(minutes=45)


def test_plan_from_a_strategy_places_its_tactics_and_respects_its_rules() -> None:
    s = examples.strategy("b2b-services")
    calendar = socialkit.plan(s, start=date(2027, 1, 4), end=date(2027, 2, 1))
    events = [i for i in calendar.items if i.title == "Monthly webinar"]
    # FREQ=MONTHLY;BYDAY=2TH;BYHOUR=11: the second Thursday, 11:00 Paris time
    assert {e.start.astimezone(s.calendar.zone).isoformat() for e in events} == {
        "2027-01-14T11:00:00+01:00"
    }
    linkedin = sorted(i.start for i in calendar.posts("linkedin"))
    assert all(b - a >= timedelta(hours=48) for a, b in itertools.pairwise(linkedin))


def test_blackouts_and_no_interaction_reach_the_calendar() -> None:
    s = examples.strategy("b2b-services")
    calendar_settings = attrs.evolve(
        s.calendar, blackouts=[date(2027, 1, 5)], interaction_minutes=0
    )
    spec = attrs.evolve(s, calendar=calendar_settings).to_plan_spec()
    assert spec.blackouts == {date(2027, 1, 5)}
    assert spec.interaction is None


def test_a_strategy_without_channels_cannot_be_planned() -> None:
    with pytest.raises(SocialkitError, match="no channel to plan"):
        Strategy(name="Empty").to_plan_spec()


@settings(max_examples=25)
@given(strategy_documents())
def test_any_strategy_with_distinct_channels_plans_a_week(strategy: Strategy) -> None:
    if not strategy.channels or len(set(strategy.platforms)) < len(strategy.platforms):
        return
    names = [p.name for p in strategy.pillars]
    if len(set(names)) < len(names) and sum(p.weight for p in strategy.pillars) > 0:
        # Regression (found by Hypothesis): a pillar named twice was silently dropped.
        with pytest.raises(ValidationError, match="appears twice"):
            socialkit.plan(strategy, start=date(2027, 1, 4), end=date(2027, 1, 11))
        return
    calendar = socialkit.plan(strategy, start=date(2027, 1, 4), end=date(2027, 1, 11))
    assert set(calendar.platforms) <= set(strategy.platforms)


def test_a_mission_is_one_sentence(good: Strategy) -> None:
    # [002]: one-sentence mission statements keep each account on one specific goal.
    long = attrs.evolve(
        good.channels[0], mission="We will use LinkedIn to earn leads. We will also hire."
    )
    s = attrs.evolve(good, channels=(long, good.channels[1]))
    (finding,) = rules(s)["channel.long_mission"]
    assert finding.severity is Severity.TIP
    assert "channel.long_mission" not in rules(good)


@pytest.mark.parametrize(
    "recurrence", ["FREQ=MINUTELY", "DTSTART:20200101T000000\nRRULE:FREQ=DAILY", "FREQ=NEVER"]
)
def test_tactic_recurrence_follows_the_calendar_event_rules(recurrence: str) -> None:
    with pytest.raises(ValidationError, match=r"Tactic\.recurrence"):
        Tactic(name="contest", recurrence=recurrence)


# --- Strategy rules are values (issue 11) -------------------------------------------

STRATEGY_RULE_IDS = (
    "steps.missing",
    "steps.thin",
    "analysis.swot_missing",
    "analysis.no_listening",
    "analysis.audit_closes_channel",
    *AUDIT_RULES.ids(),
    "strategy.few_objectives",
    "goal.no_business_objective",
    "goal.no_stage",
    "goal.vanity_metric",
    "goal.unknown_metric",
    "goal.stage_metric",
    "goal.growth_unknown",
    "goal.implausible_growth",
    "audience.no_persona",
    "persona.no_networks",
    "persona.no_motivations",
    "brand.incomplete",
    "ecosystem.no_channel",
    "channel.duplicate",
    "channel.no_mission",
    "channel.long_mission",
    "ecosystem.audience_elsewhere",
    "frequency.gap",
    "frequency.above_guidance",
    "pillars.none",
    "pillars.weights",
    "pillar.duplicate",
    "pillar.zero_weight",
    "stages.none",
    "stages.weights",
    "stages.empty",
    "stages.goal_without_content",
    "tactic.duplicate",
    "tactic.no_participation",
    "tactic.unknown_channel",
    "example.unknown_channel",
    "example.unknown_pillar",
    "example.unknown_tactic",
    "examples.missing",
    "examples.missing_tactic",
    "smo.none",
    *SMO_RULES.ids(),
)


def test_every_finding_id_of_the_validator_is_a_rule_in_document_order() -> None:
    assert STRATEGY_RULES.ids() == STRATEGY_RULE_IDS
    assert all(rule.source is not None and rule.title for rule in STRATEGY_RULES)


@settings(max_examples=40)
@given(strategy_documents(), st.sampled_from(STRATEGY_RULE_IDS))
def test_a_disabled_strategy_rule_never_produces_findings(strategy: Strategy, rule_id: str) -> None:
    full = validate(strategy)
    fewer = validate(strategy, rules=STRATEGY_RULES.without(rule_id))
    assert rule_id not in {f.rule for f in fewer}
    assert fewer == tuple(f for f in full if f.rule != rule_id)


@settings(max_examples=40)
@given(strategy_documents())
def test_goal_rules_report_every_smart_goal_finding(strategy: Strategy) -> None:
    # SmartGoal.findings is the authority; a goal id without a rule would be dropped.
    expected = [
        f for i, g in enumerate(strategy.objectives) for f in g.findings(f"objectives[{i}]")
    ]
    found = [f for f in validate(strategy) if f.rule.startswith("goal.")]
    key = lambda f: (f.where, f.rule, f.message)  # noqa: E731
    assert sorted(found, key=key) == sorted(expected, key=key)


@settings(max_examples=40)
@given(strategy_documents())
def test_each_finding_comes_from_the_rule_of_its_id(strategy: Strategy) -> None:
    for rule in STRATEGY_RULES:
        assert {f.rule for f in STRATEGY_RULES.only(rule.id).check(strategy)} <= {rule.id}


def test_a_strategy_value_does_not_validate_itself() -> None:
    # the function beside the rules does; the value imports nothing that validates it
    assert not hasattr(Strategy, "validate")
    assert not hasattr(Strategy, "errors")


def test_validate_takes_a_rule_set() -> None:
    with pytest.raises(socialkit.SocialkitTypeError):
        validate(Strategy(name="x"), rules=list(STRATEGY_RULES))  # type: ignore[arg-type]
    with pytest.raises(socialkit.SocialkitTypeError):
        validate("strategy.toml")  # type: ignore[arg-type]
    with pytest.raises(socialkit.NotFoundError, match=r"did you mean 'brand\.incomplete'"):
        STRATEGY_RULES.without("brand.incomplet")


def test_a_custom_strategy_rule_is_added_by_value() -> None:
    def no_note(rule: Rule[Strategy], s: Strategy) -> list[Hit]:
        return [] if s.note else [Hit(message="no note", where="note")]

    mine = Rule(
        id="strategy.no_note", severity="tip", title="No note.", fix="add one", check=no_note
    )
    found = validate(
        Strategy(name="x"), rules=STRATEGY_RULES.only("brand.incomplete").with_rule(mine)
    )
    assert [(f.rule, f.where, f.fix) for f in found][-1] == ("strategy.no_note", "note", "add one")


def test_a_pillar_named_twice_is_an_error_when_planning_not_a_lost_pillar() -> None:
    s = examples.strategy("b2b-services")
    twice = attrs.evolve(
        s, pillars=[Pillar(name="brand", weight=1), Pillar(name="brand", weight=0)]
    )
    assert "pillar.duplicate" in {f.rule for f in validate(twice)}
    with pytest.raises(ValidationError, match="'brand' appears twice"):
        twice.pillar_mix()


# Numbers from Python are numbers, never text (review fix b.1) ----------------------


@pytest.mark.parametrize("text", ["40", "4e1", "1_000", "2/5"])
@pytest.mark.parametrize(
    "make",
    [
        lambda t: Pillar(name="a", weight=t),
        lambda t: Strategy(name="S", stage_mix={"tofu": t}),
        lambda t: attrs.evolve(examples.strategy("b2b-services").objectives[0], baseline=t),
        lambda t: attrs.evolve(
            examples.strategy("b2b-services").objectives[0], plausible_monthly_growth=t
        ),
        lambda t: Channel(platform="x", per_week=t),
    ],
)
def test_numeric_text_from_python_is_a_type_error(make: Any, text: str) -> None:
    with pytest.raises(SocialkitTypeError, match="got str"):
        make(text)


@given(st.floats(0, 1e6, allow_nan=False))
def test_a_float_weight_is_its_shortest_repr(w: float) -> None:
    assert Pillar(name="a", weight=w).weight == Fraction(repr(w))
