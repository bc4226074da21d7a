"""The rules :func:`validate` runs over a :class:`~socialkit.Strategy`, each a value.

:data:`STRATEGY_RULES` is a :class:`~socialkit.RuleSet` of
:class:`~socialkit.Rule` values, one per finding id, in the order of the
document, so a caller disables a rule by id
(``validate(s, rules=STRATEGY_RULES.without("frequency.above_guidance"))``) or adds
their own with ``with_rule``. Each finding names the field path
(``"objectives[1].target"``), what is wrong and how to fix it; the source is
the document the rule comes from.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import timedelta
from fractions import Fraction
from typing import Any

from socialkit._core.documents import (
    AGENCY_GLOSSARY,
    BLOG_ARCHIVE,
    COURSE_MODULE,
    FUNNEL_TABLE,
    HEURISTIC,
    STRATEGY_ARTICLE,
)
from socialkit._core.findings import Finding, Severity
from socialkit._core.i18n import N_, label, semicolon_list, tr, translate
from socialkit._core.rules import Hit, Rule, RuleCheck, RuleSet, rule_set_for
from socialkit._core.sources import Confidence, Source
from socialkit._core.time import in_hours
from socialkit.errors import SocialkitTypeError
from socialkit.frequency._rules import FrequencyRule
from socialkit.funnel._stages import FunnelStage
from socialkit.platforms._registry import get_platform
from socialkit.strategy._analysis import StepStatus, StrategyStep
from socialkit.strategy._audit import AUDIT_RULES
from socialkit.strategy._model import Strategy
from socialkit.strategy._smo import SMO_RULES

__all__ = ["MIN_OBJECTIVES", "STRATEGY_RULES", "StrategyRule", "validate"]

StrategyRule = Rule[Strategy]
"""A rule over a whole :class:`~socialkit.Strategy`."""

FUNNEL_STAGES = (FunnelStage.TOFU, FunnelStage.MOFU, FunnelStage.BOFU)

MIN_OBJECTIVES = 3
"""[002]: "start your plan by writing at least three social media goals"."""

_WHOLES = (Fraction(1), Fraction(100))
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_E, _W, _T = Severity.ERROR, Severity.WARNING, Severity.TIP


# --- The four steps and the analysis ([000], [001], [002]) ------------------------

_STEP_WHERE = {
    StrategyStep.ANALYSIS: "analysis",
    StrategyStep.OBJECTIVES: "objectives",
    StrategyStep.DNA: "brand",
    StrategyStep.ACTION: "channels",
}
_STEP_WHAT = {
    StrategyStep.ANALYSIS: N_("know the target, the competition and the trends"),
    StrategyStep.OBJECTIVES: N_("reachable objectives aligned with business goals"),
    StrategyStep.DNA: N_("what drives the brand (its personality)"),
    StrategyStep.ACTION: N_("strong content and a content calendar"),
}


def _step_missing(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    for n, report in enumerate(s.steps(), start=1):
        if report.status is StepStatus.MISSING:
            yield Hit(
                message=tr(
                    "step {n} of 4, {step}, is missing: {what}",
                    n=n,
                    step=label(report.step),
                    what=translate(_STEP_WHAT[report.step]),
                ),
                where=_STEP_WHERE[report.step],
                fix=tr(
                    "write the {step} step: {what}",
                    step=label(report.step),
                    what=translate(_STEP_WHAT[report.step]),
                ),
            )


_PART_NAME = {
    "target": N_("target"),
    "competition": N_("competition"),
    "trends": N_("trends"),
}
"""The parts of the analysis, as :attr:`StepReport.missing` names them."""
_PART_FIX = {
    "target": N_("the target (analysis.target, or customers in the 3C)"),
    "competition": N_("the competition (competitors in the 3C or the listening)"),
    "trends": N_("the trends to follow (analysis.trends)"),
}


def _analysis_thin(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    report = s.steps()[0]
    if report.status is StepStatus.THIN:
        yield Hit(
            message=tr(
                "the analysis says nothing of: {parts}",
                parts=", ".join(translate(_PART_NAME[part]) for part in report.missing),
            ),
            where="analysis",
            fix=tr(
                "add {parts}",
                parts=semicolon_list(translate(_PART_FIX[part]) for part in report.missing),
            ),
        )


def _swot_missing(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    if s.analysis.three_c is None:
        return
    for c in s.channels:
        if s.analysis.swot_for(c.platform) is None:
            yield Hit(
                message=tr(
                    "no SWOT for {platform}, a chosen channel",
                    platform=get_platform(c.platform).name,
                ),
                where="analysis.swots",
                fix=tr(
                    "add a SWOT for {platform} (Swot.from_three_c seeds it from the 3C)",
                    platform=c.platform,
                ),
            )


def _no_listening(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    listening = s.analysis.listening
    if not s.analysis.is_empty() and (listening is None or listening.is_empty()):
        yield Hit(
            message=tr("no social listening: nothing tracks competitors and industry keywords"),
            where="analysis.listening",
        )


def _audit_closes_channel(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    audit = s.analysis.audit
    closing = set(audit.to_close()) if audit is not None else set()
    for i, c in enumerate(s.channels):
        if c.platform in closing:
            yield Hit(
                message=tr(
                    "the audit says to close the {platform} account, "
                    "but the strategy keeps it as a channel",
                    platform=get_platform(c.platform).name,
                ),
                where=f"channels[{i}]",
            )


def _no_smo(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    if s.smo is None:
        yield Hit(
            message=tr("no SMO plan: nothing links the site and the social accounts"), where="smo"
        )


def _delegated(
    rules: RuleSet[Any], part: Callable[[Strategy], Any], prefix: str
) -> list[StrategyRule]:
    """A strategy rule per rule of ``rules``, checking ``part(strategy)`` (skipped when ``None``).

    Each keeps its id, severity, fix and source, so ``STRATEGY_RULES.without("audit.keep")``
    works; paths are prefixed with ``prefix``.
    """

    def check_of(inner: Rule[Any]) -> RuleCheck[Strategy]:
        def check(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
            subject = part(s)
            if subject is None:
                return
            for f in inner.findings(subject):
                yield Hit(
                    message=f.message,
                    where=f"{prefix}.{f.where}" if f.where else prefix,
                    fix=f.fix,
                    source=f.source,
                )

        return check

    return [
        _rule(r.id, r.severity, check_of(r), r.title, r.fix, r.source or STRATEGY_ARTICLE)
        for r in rules
    ]


# --- Objectives and audience ([002], [004]) ----------------------------------------


def _few_objectives(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    if len(s.objectives) < MIN_OBJECTIVES:
        yield Hit(
            message=tr(
                "{count} objectives; [002] advises at least {minimum}",
                count=len(s.objectives),
                minimum=MIN_OBJECTIVES,
            ),
            where="objectives",
            fix=tr(
                "add S.M.A.R.T. goals until there are {minimum} or more", minimum=MIN_OBJECTIVES
            ),
        )


def _goal(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    """The goal's own S.M.A.R.T. findings (:meth:`SmartGoal.findings`) of this rule's id."""
    for i, goal in enumerate(s.objectives):
        for f in goal.findings(f"objectives[{i}]"):
            if f.rule == rule.id:
                yield Hit(
                    message=f.message,
                    where=f.where,
                    fix=f.fix,
                    severity=f.severity,
                    source=f.source,
                )


def _no_persona(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    if not s.personas:
        yield Hit(message=tr("no persona: content cannot be aimed at anyone"), where="personas")


def _persona_no_networks(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    for i, p in enumerate(s.personas):
        if not p.networks:
            yield Hit(
                message=tr("persona {name!r} names no preferred network", name=p.name),
                where=f"personas[{i}].networks",
            )


def _persona_no_motivations(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    for i, p in enumerate(s.personas):
        if not p.motivations.strip():
            yield Hit(
                message=tr(
                    "persona {name!r} does not say why they like, share and buy", name=p.name
                ),
                where=f"personas[{i}].motivations",
            )


def _brand_incomplete(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    missing = s.brand.missing()
    if missing:
        yield Hit(
            message=tr(
                "brand personality leaves {count} fields empty: {fields}",
                count=len(missing),
                fields=", ".join(missing),
            ),
            where="brand",
        )


# --- Ecosystem and frequency ([000], [002], [004]) ---------------------------------


def _no_channel(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    if not s.channels:
        yield Hit(message=tr("no channel: the strategy publishes nowhere"), where="channels")


def _duplicate_channel(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    counts = Counter(s.platforms)
    for i, c in enumerate(s.channels):
        if counts[c.platform] > 1:
            yield Hit(
                message=tr(
                    "{platform} appears {count} times",
                    platform=c.platform,
                    count=counts[c.platform],
                ),
                where=f"channels[{i}].platform",
            )


def _no_mission(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    for i, c in enumerate(s.channels):
        if not c.mission.strip():
            yield Hit(
                message=tr(
                    "{platform} has no mission statement: a candidate to drop", platform=c.platform
                ),
                where=f"channels[{i}].mission",
            )


def _long_mission(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    for i, c in enumerate(s.channels):
        if c.mission.strip() and len(_SENTENCE_END.findall(c.mission.strip() + " ")) > 1:
            yield Hit(
                message=tr(
                    "the mission for {platform} runs over one sentence", platform=c.platform
                ),
                where=f"channels[{i}].mission",
            )


def _audience_elsewhere(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    chosen = set(s.platforms)
    preferred = Counter(n for p in s.personas for n in p.networks if n not in chosen)
    for network, n in sorted(preferred.items()):
        yield Hit(
            message=tr(
                "{count} persona(s) prefer {network}, which has no channel",
                count=n,
                network=network,
            ),
            where="channels",
            fix=tr("consider a channel on {network}, with a mission", network=network),
        )


def _frequency_gap(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    for i, c in enumerate(s.channels):
        if c.frequency is None:
            continue
        default = FrequencyRule.for_platform(c.platform)
        if default.min_gap is not None and (
            c.frequency.min_gap is None or c.frequency.min_gap < default.min_gap
        ):
            mine = in_hours(c.frequency.min_gap) if c.frequency.min_gap else tr("any gap")
            yield Hit(
                message=tr(
                    "{authority} at least {gap} between posts; this frequency allows {mine}",
                    authority=_gap_authority(c.platform, default.min_gap),
                    gap=in_hours(default.min_gap),
                    mine=mine,
                ),
                where=f"channels[{i}].frequency.min_gap",
                fix=tr(
                    "set min_gap_hours = {hours:g} or more",
                    hours=default.min_gap.total_seconds() / 3600,
                ),
            )


def _gap_authority(platform: str, gap: timedelta) -> str:
    """Who asks for ``gap``: the platform, or a heuristic (a source document) about it."""
    p = get_platform(platform)
    for g in p.recommended_frequency():
        if g.min_gap == gap and g.source.confidence is Confidence.SOURCE_DOCUMENT:
            return tr(
                "a heuristic of {source} (not {platform}'s own advice) asks for",
                source=g.source.title,
                platform=p.name,
            )
    return tr("{platform} advises", platform=p.name)


def _above_guidance(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    for i, c in enumerate(s.channels):
        if c.frequency is None:
            continue
        default = FrequencyRule.for_platform(c.platform)
        mine, theirs = c.frequency.max_per_week(), default.max_per_week()
        if theirs is None or (mine is not None and mine <= theirs):
            continue
        shown = tr("no cap") if mine is None else tr("up to {count:g}", count=float(mine))
        message = tr(
            "{shown} posts a week on {platform}, above the recommended {count:g} ({rule})",
            shown=shown,
            platform=get_platform(c.platform).name,
            count=float(theirs),
            rule=default,
        )
        reason = c.frequency_reason.strip()
        where = f"channels[{i}].frequency"
        if reason:  # a documented deviation: still reported, as a tip that quotes why
            yield Hit(
                message=tr("{message}; acknowledged: {reason}", message=message, reason=reason),
                where=where,
                fix=tr("review the reason against your results from time to time"),
                severity=_T,
            )
        else:
            yield Hit(message=message, where=where)


# --- Pillars and funnel stages ([000], [004]) --------------------------------------


def _total(weights: list[Fraction], what: str, where: str) -> Iterator[Hit]:
    total = sum(weights, Fraction(0))
    if weights and total not in _WHOLES:
        yield Hit(
            message=tr(
                "{what} add up to {total:g}, neither 100 nor 1",
                what=translate(what),
                total=float(total),
            ),
            where=where,
            fix=tr("adjust the weights so they add up to 100 (percent)")
            if total > 2
            else tr("adjust the weights so they add up to 1"),
        )


def _no_pillars(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    if not s.pillars:
        yield Hit(
            message=tr("no communication pillar: nothing says what to post about"),
            where="pillars",
        )


def _pillar_weights(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    yield from _total([p.weight for p in s.pillars], N_("pillar weights"), "pillars")


def _duplicate_pillar(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    counts = Counter(p.name for p in s.pillars)
    for i, p in enumerate(s.pillars):
        if counts[p.name] > 1:
            yield Hit(
                message=tr(
                    "pillar {name!r} appears {count} times", name=p.name, count=counts[p.name]
                ),
                where=f"pillars[{i}].name",
            )


def _zero_weight(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    for i, p in enumerate(s.pillars):
        if p.weight == 0:
            yield Hit(
                message=tr("pillar {name!r} has weight 0: it will never be posted", name=p.name),
                where=f"pillars[{i}].weight",
            )


def _no_stages(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    if not s.stage_mix:
        yield Hit(
            message=tr("no funnel-stage mix: nothing balances attracting, converting and selling"),
            where="stage_mix",
        )


def _stage_weights(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    if s.stage_mix:
        yield from _total(list(s.stage_weights().values()), N_("stage-mix weights"), "stage_mix")


def _empty_stage(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    weights = s.stage_weights()
    for stage in FunnelStage if s.stage_mix else ():
        if weights.get(stage, 0) == 0:
            yield Hit(
                message=tr("the {stage} stage gets no content", stage=label(stage)),
                where=f"stage_mix.{stage}",
                fix=tr("give {stage} a weight in stage_mix", stage=label(stage)),
                severity=_W if stage in FUNNEL_STAGES else _T,
            )


def _goal_without_content(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    weights = s.stage_weights()
    for i, goal in enumerate(s.objectives if s.stage_mix else ()):
        if goal.stage is not None and weights.get(goal.stage, 0) == 0:
            yield Hit(
                message=tr(
                    "objective {subject!r} aims at {stage}, which gets no content",
                    subject=goal.subject,
                    stage=label(goal.stage),
                ),
                where=f"objectives[{i}].stage",
                fix=tr("give {stage} a weight in stage_mix", stage=label(goal.stage)),
            )


# --- Tactics and examples ([004]) -------------------------------------------------


def _duplicate_tactic(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    counts = Counter(t.name for t in s.tactics)
    for i, t in enumerate(s.tactics):
        if counts[t.name] > 1:
            yield Hit(
                message=tr(
                    "tactic {name!r} appears {count} times", name=t.name, count=counts[t.name]
                ),
                where=f"tactics[{i}].name",
            )


def _no_participation(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    for i, t in enumerate(s.tactics):
        if not t.participation:
            yield Hit(
                message=tr("tactic {name!r} does not say how people take part", name=t.name),
                where=f"tactics[{i}].participation",
            )


def _tactic_unknown_channel(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    chosen = set(s.platforms)
    for i, t in enumerate(s.tactics):
        for platform in t.platforms:
            if platform not in chosen:
                yield Hit(
                    message=tr(
                        "tactic {name!r} runs on {platform}, which has no channel",
                        name=t.name,
                        platform=platform,
                    ),
                    where=f"tactics[{i}].platforms",
                    fix=tr(
                        "add a {platform} channel or remove it from the tactic", platform=platform
                    ),
                )


def _example_unknown_channel(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    chosen = set(s.platforms)
    for i, e in enumerate(s.examples):
        if e.platform not in chosen:
            yield Hit(
                message=tr("example on {platform}, which has no channel", platform=e.platform),
                where=f"examples[{i}].platform",
                fix=tr(
                    "add a {platform} channel or change the example's platform",
                    platform=e.platform,
                ),
            )


def _example_unknown_pillar(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    names = {p.name for p in s.pillars}
    for i, e in enumerate(s.examples):
        if e.pillar is not None and e.pillar not in names:
            yield Hit(
                message=tr("example names pillar {name!r}, which is not a pillar", name=e.pillar),
                where=f"examples[{i}].pillar",
                fix=tr(
                    "use one of: {names}",
                    names=", ".join(sorted(names)) or tr("(no pillars yet)"),
                ),
            )


def _example_unknown_tactic(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    names = {t.name for t in s.tactics}
    for i, e in enumerate(s.examples):
        if e.tactic is not None and e.tactic not in names:
            yield Hit(
                message=tr("example names tactic {name!r}, which is not a tactic", name=e.tactic),
                where=f"examples[{i}].tactic",
                fix=tr(
                    "use one of: {names}",
                    names=", ".join(sorted(names)) or tr("(no tactics yet)"),
                ),
            )


def _missing_examples(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    covered = {(e.pillar, e.platform) for e in s.examples}
    for c in s.channels:
        for p in s.pillars:
            if p.weight and (p.name, c.platform) not in covered:
                yield Hit(
                    message=tr(
                        "no example post for pillar {name!r} on {platform}",
                        name=p.name,
                        platform=c.platform,
                    ),
                    where="examples",
                    fix=tr(
                        "add an example with pillar = {name!r} and platform = {platform!r}",
                        name=p.name,
                        platform=c.platform,
                    ),
                )


def _missing_tactic_examples(rule: StrategyRule, s: Strategy) -> Iterator[Hit]:
    with_tactic = {e.tactic for e in s.examples}
    for i, t in enumerate(s.tactics):
        if t.name not in with_tactic:
            yield Hit(
                message=tr("no example post for tactic {name!r}", name=t.name),
                where=f"tactics[{i}]",
                fix=tr("add an example with tactic = {name!r}", name=t.name),
            )


# --- The rule set (data) -----------------------------------------------------------


def _rule(
    rule_id: str,
    severity: Severity,
    check: RuleCheck[Strategy],
    title: str,
    fix: str = "",
    source: Source = STRATEGY_ARTICLE,
) -> StrategyRule:
    return Rule(id=rule_id, severity=severity, check=check, title=title, fix=fix, source=source)


def _goal_rule(rule_id: str, severity: Severity, title: str, source: Source) -> StrategyRule:
    """A rule of :meth:`SmartGoal.findings`: each hit brings its own fix and severity."""
    return _rule(rule_id, severity, _goal, title, source=source)


STRATEGY_RULES: RuleSet[Strategy] = RuleSet(
    (
        # The four steps and the analysis ([000], [001], [002])
        _rule(
            "steps.missing",
            _W,
            _step_missing,
            N_("A step of the four (analysis, objectives, DNA, action) left out."),
            source=COURSE_MODULE,
        ),
        _rule(
            "steps.thin",
            _T,
            _analysis_thin,
            N_("An analysis that leaves out the target, the competition or the trends."),
            source=COURSE_MODULE,
        ),
        _rule(
            "analysis.swot_missing",
            _T,
            _swot_missing,
            N_("A chosen channel without a SWOT, though the 3C is done."),
            source=BLOG_ARCHIVE,
        ),
        _rule(
            "analysis.no_listening",
            _T,
            _no_listening,
            N_("No social listening."),
            N_("watch competitors and industry keywords (analysis.listening)"),
            AGENCY_GLOSSARY,
        ),
        _rule(
            "analysis.audit_closes_channel",
            _W,
            _audit_closes_channel,
            N_("A channel the audit says to close."),
            N_("drop the channel, or revise the audit's answers"),
            AGENCY_GLOSSARY,
        ),
        *_delegated(AUDIT_RULES, lambda s: s.analysis.audit, "analysis.audit"),
        # Objectives ([002])
        _rule(
            "strategy.few_objectives",
            _W,
            _few_objectives,
            N_("Fewer than three goals."),
            N_("add S.M.A.R.T. goals until there are three or more"),
            AGENCY_GLOSSARY,
        ),
        _goal_rule(
            "goal.no_business_objective",
            _E,
            N_("A goal tied to no business objective."),
            AGENCY_GLOSSARY,
        ),
        _goal_rule("goal.no_stage", _W, N_("A goal with no funnel stage."), AGENCY_GLOSSARY),
        _goal_rule("goal.vanity_metric", _W, N_("A goal on a vanity metric."), AGENCY_GLOSSARY),
        _goal_rule(
            "goal.unknown_metric",
            _W,
            N_("A goal on an unknown metric (or a typo)."),
            AGENCY_GLOSSARY,
        ),
        _goal_rule(
            "goal.stage_metric",
            _T,
            N_("A metric that measures another funnel stage."),
            FUNNEL_TABLE,
        ),
        _goal_rule("goal.growth_unknown", _T, N_("Growth that cannot be judged."), HEURISTIC),
        _goal_rule("goal.implausible_growth", _W, N_("Implausibly fast growth."), HEURISTIC),
        # Audience and brand ([002], [004])
        _rule(
            "audience.no_persona",
            _E,
            _no_persona,
            N_("No persona."),
            N_("describe at least one persona: who, what they like, which networks they use"),
        ),
        _rule(
            "persona.no_networks",
            _T,
            _persona_no_networks,
            N_("A persona with no preferred network."),
            N_("list the networks this persona uses and shares on, from real data"),
        ),
        _rule(
            "persona.no_motivations",
            _T,
            _persona_no_motivations,
            N_("A persona with no motivations."),
            N_("add motivations: why they like, share and buy"),
        ),
        _rule(
            "brand.incomplete",
            _T,
            _brand_incomplete,
            N_("An incomplete brand personality."),
            N_("describe the brand as a person: head and heart, person, acting"),
        ),
        # Ecosystem ([002], [004])
        _rule(
            "ecosystem.no_channel",
            _E,
            _no_channel,
            N_("No channel."),
            N_("add a channel for each network where the audience is"),
        ),
        _rule(
            "channel.duplicate",
            _E,
            _duplicate_channel,
            N_("A network chosen twice."),
            N_("keep one channel per network"),
        ),
        _rule(
            "channel.no_mission",
            _W,
            _no_mission,
            N_("A channel without a mission."),
            N_("write one sentence: 'We will use <network> to <goal>', or drop the network"),
            AGENCY_GLOSSARY,
        ),
        _rule(
            "channel.long_mission",
            _T,
            _long_mission,
            N_("A mission longer than one sentence."),
            N_("keep one sentence with one specific goal for the account"),
            AGENCY_GLOSSARY,
        ),
        _rule(
            "ecosystem.audience_elsewhere",
            _T,
            _audience_elsewhere,
            N_("Personas prefer a network with no channel."),
        ),
        # Frequency ([000], [004])
        _rule(
            "frequency.gap",
            _W,
            _frequency_gap,
            N_("A minimum gap below the platform's."),
            source=COURSE_MODULE,
        ),
        _rule(
            "frequency.above_guidance",
            _W,
            _above_guidance,
            N_("More posts a week than the platform's guidance."),
            N_(
                "keep it if your results support it and say why (frequency_reason, or reason = "
                "... in [channels.frequency]); otherwise post less"
            ),
            COURSE_MODULE,
        ),
        # Pillars ([004])
        _rule(
            "pillars.none",
            _E,
            _no_pillars,
            N_("No communication pillar."),
            N_("add pillars with weights, e.g. brand 40, fashion 30, beauty 20, well-being 10"),
        ),
        _rule(
            "pillars.weights",
            _E,
            _pillar_weights,
            N_("Pillar weights that add up to neither 100 nor 1."),
        ),
        _rule(
            "pillar.duplicate",
            _E,
            _duplicate_pillar,
            N_("A pillar named twice."),
            N_("merge them into one pillar"),
        ),
        _rule(
            "pillar.zero_weight",
            _W,
            _zero_weight,
            N_("A pillar of weight 0."),
            N_("give it a weight or remove it"),
        ),
        # Funnel stages ([000])
        _rule(
            "stages.none",
            _W,
            _no_stages,
            N_("No funnel-stage mix."),
            N_("add stage_mix weights for tofu, mofu, bofu (and retention)"),
            COURSE_MODULE,
        ),
        _rule(
            "stages.weights",
            _E,
            _stage_weights,
            N_("Stage-mix weights that add up to neither 100 nor 1."),
        ),
        _rule(
            "stages.empty",
            _W,
            _empty_stage,
            N_("A funnel stage with no content."),
            source=COURSE_MODULE,
        ),
        _rule(
            "stages.goal_without_content",
            _W,
            _goal_without_content,
            N_("A goal whose stage gets no content."),
            source=COURSE_MODULE,
        ),
        # Tactics ([004])
        _rule(
            "tactic.duplicate",
            _E,
            _duplicate_tactic,
            N_("A tactic named twice."),
            N_("give each tactic its own name"),
        ),
        _rule(
            "tactic.no_participation",
            _W,
            _no_participation,
            N_("A tactic people cannot take part in."),
            N_("list ways to take part: comment, share, post under a brand hashtag"),
        ),
        _rule(
            "tactic.unknown_channel",
            _E,
            _tactic_unknown_channel,
            N_("A tactic on a network with no channel."),
        ),
        # Examples ([004])
        _rule(
            "example.unknown_channel",
            _E,
            _example_unknown_channel,
            N_("An example on a network with no channel."),
        ),
        _rule(
            "example.unknown_pillar",
            _E,
            _example_unknown_pillar,
            N_("An example naming an unknown pillar."),
        ),
        _rule(
            "example.unknown_tactic",
            _E,
            _example_unknown_tactic,
            N_("An example naming an unknown tactic."),
        ),
        _rule(
            "examples.missing",
            _W,
            _missing_examples,
            N_("No example post for a pillar on a network."),
        ),
        _rule(
            "examples.missing_tactic",
            _W,
            _missing_tactic_examples,
            N_("No example post for a tactic."),
        ),
        # SMO ([001], [002])
        _rule(
            "smo.none",
            _T,
            _no_smo,
            N_("No SMO plan."),
            N_("add an SMO plan: reasons, on-site and off-site actions, activities ([smo])"),
            BLOG_ARCHIVE,
        ),
        *_delegated(SMO_RULES, lambda s: s.smo, "smo"),
    ),
    subject=Strategy,
)
"""Every rule :func:`validate` runs, in the order of the document.

>>> STRATEGY_RULES.get("goal.no_stage").severity
<Severity.WARNING: 'warning'>
"""


def validate(
    strategy: Strategy, *, rules: RuleSet[Strategy] = STRATEGY_RULES
) -> tuple[Finding, ...]:
    """Review ``strategy``: every finding of ``rules``, in rule order.

    Each finding names the field path and how to fix it. A draft can exist
    (construction checks only types and shapes); this says what is missing or
    inconsistent. Disable a rule by id with ``STRATEGY_RULES.without(...)``.

    >>> from socialkit import examples
    >>> s = examples.strategy("cosmetics-brand")
    >>> [f.rule for f in validate(s)]
    ['frequency.above_guidance']
    >>> validate(s, rules=STRATEGY_RULES.without("frequency.above_guidance"))
    ()
    """
    if not isinstance(strategy, Strategy):
        raise SocialkitTypeError("validate(strategy)", strategy, expected=N_("a Strategy"))
    return rule_set_for(rules, Strategy, "validate(rules)").check(strategy)
