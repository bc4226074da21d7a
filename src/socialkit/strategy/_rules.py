"""The checks :meth:`Strategy.validate` runs, one small function per rule.

Rules are values: :data:`STRATEGY_RULES` is a tuple of functions from a
:class:`~socialkit.Strategy` to findings, so a caller can run a subset or add
their own (``[f for rule in (*STRATEGY_RULES, mine) for f in rule(s)]``).
Each finding names the field path (``"objectives[1].target"``), what is wrong
and how to fix it; the source is the document the rule comes from.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import timedelta
from fractions import Fraction

from socialkit._core.documents import AGENCY_GLOSSARY, COURSE_MODULE, STRATEGY_ARTICLE
from socialkit._core.findings import Finding, Severity
from socialkit._core.sources import Source
from socialkit.frequency._rules import FrequencyRule
from socialkit.funnel._stages import FunnelStage
from socialkit.platforms._registry import get_platform
from socialkit.strategy._ecosystem import PlatformRole
from socialkit.strategy._model import Strategy

__all__ = ["MIN_OBJECTIVES", "STRATEGY_RULES", "Rule"]

Rule = Callable[[Strategy], Iterator[Finding]]

FUNNEL_STAGES = (FunnelStage.TOFU, FunnelStage.MOFU, FunnelStage.BOFU)

MIN_OBJECTIVES = 3
"""[002]: "start your plan by writing at least three social media goals"."""

_WHOLES = (Fraction(1), Fraction(100))
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _f(
    rule: str,
    severity: Severity,
    message: str,
    fix: str,
    where: str,
    source: Source = STRATEGY_ARTICLE,
    signal: str | None = None,
) -> Finding:
    return Finding(
        rule=rule,
        severity=severity,
        message=message,
        fix=fix,
        where=where,
        source=source,
        signal=signal,
    )


def objectives(s: Strategy) -> Iterator[Finding]:
    """At least three goals, each S.M.A.R.T. ([002])."""
    if len(s.objectives) < MIN_OBJECTIVES:
        yield _f(
            "strategy.few_objectives",
            Severity.WARNING,
            f"{len(s.objectives)} objectives; [002] advises at least {MIN_OBJECTIVES}",
            f"add S.M.A.R.T. goals until there are {MIN_OBJECTIVES} or more",
            "objectives",
            AGENCY_GLOSSARY,
        )
    for i, goal in enumerate(s.objectives):
        yield from goal.findings(f"objectives[{i}]")


def audience(s: Strategy) -> Iterator[Finding]:
    """At least one persona, with the networks it prefers ([002], [004])."""
    if not s.personas:
        yield _f(
            "audience.no_persona",
            Severity.ERROR,
            "no persona: content cannot be aimed at anyone",
            "describe at least one persona: who, what they like, which networks they use",
            "personas",
        )
    for i, p in enumerate(s.personas):
        if not p.networks:
            yield _f(
                "persona.no_networks",
                Severity.TIP,
                f"persona {p.name!r} names no preferred network",
                "list the networks this persona uses and shares on, from real data",
                f"personas[{i}].networks",
            )
        if not p.motivations.strip():
            yield _f(
                "persona.no_motivations",
                Severity.TIP,
                f"persona {p.name!r} does not say why they like, share and buy",
                "add motivations: why they like, share and buy",
                f"personas[{i}].motivations",
            )


def brand(s: Strategy) -> Iterator[Finding]:
    """The brand's personality, head and heart, person and acting ([004])."""
    missing = s.brand.missing()
    if missing:
        yield _f(
            "brand.incomplete",
            Severity.TIP,
            f"brand personality leaves {len(missing)} fields empty: {', '.join(missing)}",
            "describe the brand as a person: head and heart, person, acting",
            "brand",
        )


def ecosystem(s: Strategy) -> Iterator[Finding]:
    """Chosen networks, each once, each with a mission ([002], [004])."""
    if not s.channels:
        yield _f(
            "ecosystem.no_channel",
            Severity.ERROR,
            "no channel: the strategy publishes nowhere",
            "add a channel for each network where the audience is",
            "channels",
        )
    counts = Counter(s.platforms)
    for i, c in enumerate(s.channels):
        if counts[c.platform] > 1:
            yield _f(
                "channel.duplicate",
                Severity.ERROR,
                f"{c.platform} appears {counts[c.platform]} times",
                "keep one channel per network",
                f"channels[{i}].platform",
            )
        if not c.mission.strip():
            yield _f(
                "channel.no_mission",
                Severity.WARNING,
                f"{c.platform} has no mission statement: a candidate to drop",
                "write one sentence: 'We will use <network> to <goal>', or drop the network",
                f"channels[{i}].mission",
                AGENCY_GLOSSARY,
            )
        elif len(_SENTENCE_END.findall(c.mission.strip() + " ")) > 1:
            yield _f(
                "channel.long_mission",
                Severity.TIP,
                f"the mission for {c.platform} runs over one sentence",
                "keep one sentence with one specific goal for the account",
                f"channels[{i}].mission",
                AGENCY_GLOSSARY,
            )
    chosen = set(s.platforms)
    preferred = Counter(n for p in s.personas for n in p.networks if n not in chosen)
    for network, n in sorted(preferred.items()):
        yield _f(
            "ecosystem.audience_elsewhere",
            Severity.TIP,
            f"{n} persona(s) prefer {network}, which has no channel",
            f"consider a channel on {network}, with a mission",
            "channels",
        )


def _hours(gap: timedelta) -> str:
    return f"{gap.total_seconds() / 3600:g} h"


def _frequency(i: int, c: PlatformRole) -> Iterator[Finding]:
    if c.frequency is None:
        return
    default = FrequencyRule.for_platform(c.platform)
    name = get_platform(c.platform).name
    where = f"channels[{i}].frequency"
    if default.min_gap is not None and (
        c.frequency.min_gap is None or c.frequency.min_gap < default.min_gap
    ):
        yield _f(
            "frequency.gap",
            Severity.ERROR,
            f"{name} advises at least {_hours(default.min_gap)} between posts; this "
            f"frequency allows {_hours(c.frequency.min_gap) if c.frequency.min_gap else 'any gap'}",
            f"set min_gap_hours = {default.min_gap.total_seconds() / 3600:g} or more",
            f"{where}.min_gap",
            COURSE_MODULE,
        )
    mine, theirs = c.frequency.max_per_week(), default.max_per_week()
    if theirs is not None and (mine is None or mine > theirs):
        shown = "no cap" if mine is None else f"up to {float(mine):g}"
        message = (
            f"{shown} posts a week on {name}, above the recommended {float(theirs):g} ({default})"
        )
        reason = c.frequency_reason.strip()
        if reason:  # a documented deviation: still reported, as a tip that quotes why
            yield _f(
                "frequency.above_guidance",
                Severity.TIP,
                f"{message}; acknowledged: {reason}",
                "review the reason against your results from time to time",
                where,
                COURSE_MODULE,
            )
            return
        yield _f(
            "frequency.above_guidance",
            Severity.WARNING,
            message,
            "keep it if your results support it and say why (frequency_reason, or reason = "
            "... in [channels.frequency]); otherwise post less",
            where,
            COURSE_MODULE,
        )


def frequency(s: Strategy) -> Iterator[Finding]:
    """Frequency overrides within each platform's rules ([000], [004])."""
    for i, c in enumerate(s.channels):
        yield from _frequency(i, c)


def _total(weights: list[Fraction], what: str, where: str, rule: str) -> Iterator[Finding]:
    total = sum(weights, Fraction(0))
    if weights and total not in _WHOLES:
        yield _f(
            rule,
            Severity.ERROR,
            f"{what} weights add up to {float(total):g}, neither 100 nor 1",
            f"adjust the weights so they add up to {100 if total > 2 else 1}"
            f"{' (percent)' if total > 2 else ''}",
            where,
        )


def pillars(s: Strategy) -> Iterator[Finding]:
    """Communication pillars with weights that add up ([004])."""
    if not s.pillars:
        yield _f(
            "pillars.none",
            Severity.ERROR,
            "no communication pillar: nothing says what to post about",
            "add pillars with weights, e.g. brand 40, fashion 30, beauty 20, well-being 10",
            "pillars",
        )
    yield from _total([p.weight for p in s.pillars], "pillar", "pillars", "pillars.weights")
    counts = Counter(p.name for p in s.pillars)
    for i, p in enumerate(s.pillars):
        if counts[p.name] > 1:
            yield _f(
                "pillar.duplicate",
                Severity.ERROR,
                f"pillar {p.name!r} appears {counts[p.name]} times",
                "merge them into one pillar",
                f"pillars[{i}].name",
            )
        if p.weight == 0:
            yield _f(
                "pillar.zero_weight",
                Severity.WARNING,
                f"pillar {p.name!r} has weight 0: it will never be posted",
                "give it a weight or remove it",
                f"pillars[{i}].weight",
            )


def stages(s: Strategy) -> Iterator[Finding]:
    """A funnel-stage mix that feeds every stage and every goal ([000])."""
    if not s.stage_mix:
        yield _f(
            "stages.none",
            Severity.WARNING,
            "no funnel-stage mix: nothing balances attracting, converting and selling",
            "add stage_mix weights for tofu, mofu, bofu (and retention)",
            "stage_mix",
            COURSE_MODULE,
        )
        return
    weights = s.stage_weights()
    yield from _total(list(weights.values()), "stage-mix", "stage_mix", "stages.weights")
    for stage in FunnelStage:
        if weights.get(stage, 0) == 0:
            yield _f(
                "stages.empty",
                Severity.WARNING if stage in FUNNEL_STAGES else Severity.TIP,
                f"the {stage} stage gets no content",
                f"give {stage} a weight in stage_mix",
                f"stage_mix.{stage}",
                COURSE_MODULE,
            )
    for i, goal in enumerate(s.objectives):
        if goal.stage is not None and weights.get(goal.stage, 0) == 0:
            yield _f(
                "stages.goal_without_content",
                Severity.WARNING,
                f"objective {goal.subject!r} aims at {goal.stage}, which gets no content",
                f"give {goal.stage} a weight in stage_mix",
                f"objectives[{i}].stage",
                COURSE_MODULE,
            )


def tactics(s: Strategy) -> Iterator[Finding]:
    """Tactics people can take part in, on the strategy's channels ([004])."""
    counts = Counter(t.name for t in s.tactics)
    chosen = set(s.platforms)
    for i, t in enumerate(s.tactics):
        if counts[t.name] > 1:
            yield _f(
                "tactic.duplicate",
                Severity.ERROR,
                f"tactic {t.name!r} appears {counts[t.name]} times",
                "give each tactic its own name",
                f"tactics[{i}].name",
            )
        if not t.participation:
            yield _f(
                "tactic.no_participation",
                Severity.WARNING,
                f"tactic {t.name!r} does not say how people take part",
                "list ways to take part: comment, share, post under a brand hashtag",
                f"tactics[{i}].participation",
            )
        for platform in t.platforms:
            if platform not in chosen:
                yield _f(
                    "tactic.unknown_channel",
                    Severity.ERROR,
                    f"tactic {t.name!r} runs on {platform}, which has no channel",
                    f"add a {platform} channel or remove it from the tactic",
                    f"tactics[{i}].platforms",
                )


def _references(s: Strategy) -> Iterator[Finding]:
    pillar_names = {p.name for p in s.pillars}
    tactic_names = {t.name for t in s.tactics}
    chosen = set(s.platforms)
    for i, e in enumerate(s.examples):
        if e.platform not in chosen:
            yield _f(
                "example.unknown_channel",
                Severity.ERROR,
                f"example on {e.platform}, which has no channel",
                f"add a {e.platform} channel or change the example's platform",
                f"examples[{i}].platform",
            )
        if e.pillar is not None and e.pillar not in pillar_names:
            yield _f(
                "example.unknown_pillar",
                Severity.ERROR,
                f"example names pillar {e.pillar!r}, which is not a pillar",
                f"use one of: {', '.join(sorted(pillar_names)) or '(no pillars yet)'}",
                f"examples[{i}].pillar",
            )
        if e.tactic is not None and e.tactic not in tactic_names:
            yield _f(
                "example.unknown_tactic",
                Severity.ERROR,
                f"example names tactic {e.tactic!r}, which is not a tactic",
                f"use one of: {', '.join(sorted(tactic_names)) or '(no tactics yet)'}",
                f"examples[{i}].tactic",
            )


def examples(s: Strategy) -> Iterator[Finding]:
    """One sample post per pillar per network, and one per tactic ([004])."""
    yield from _references(s)
    covered = {(e.pillar, e.platform) for e in s.examples}
    for c in s.channels:
        for p in s.pillars:
            if p.weight and (p.name, c.platform) not in covered:
                yield _f(
                    "examples.missing",
                    Severity.WARNING,
                    f"no example post for pillar {p.name!r} on {c.platform}",
                    f"add an example with pillar = {p.name!r} and platform = {c.platform!r}",
                    "examples",
                )
    with_tactic = {e.tactic for e in s.examples}
    for i, t in enumerate(s.tactics):
        if t.name not in with_tactic:
            yield _f(
                "examples.missing_tactic",
                Severity.WARNING,
                f"no example post for tactic {t.name!r}",
                f"add an example with tactic = {t.name!r}",
                f"tactics[{i}]",
            )


STRATEGY_RULES: tuple[Rule, ...] = (
    objectives,
    audience,
    brand,
    ecosystem,
    frequency,
    pillars,
    stages,
    tactics,
    examples,
)
"""Every check :meth:`Strategy.validate` runs, in the order of the document."""
