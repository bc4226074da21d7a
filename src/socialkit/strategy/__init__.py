"""Strategy documents: SMART goals, personas, brand, ecosystem, diagnosis, pillars, tactics, and their validation."""

from socialkit.strategy._audience import BrandPersonality, Persona
from socialkit.strategy._diagnosis import (
    AUDIT_CHECKLIST,
    Actor,
    AuditQuestion,
    AuditScope,
    PlatformComparison,
    Presence,
    Swot,
    Target,
    TargetKind,
    ThreeC,
)
from socialkit.strategy._ecosystem import (
    ECOSYSTEM_RULES,
    EcosystemRule,
    PlatformFit,
    recommend_platforms,
)
from socialkit.strategy._goals import (
    DEFAULT_PLAUSIBLE_MONTHLY_GROWTH,
    Interpolation,
    Progress,
    ProgressVerdict,
    SmartGoal,
)
from socialkit.strategy._model import (
    CalendarSettings,
    ExamplePost,
    Pillar,
    Strategy,
    Tactic,
)
from socialkit.strategy._review import Group, Proposal, ProposalKind, Review, review
from socialkit.strategy._rules import STRATEGY_RULES, validate
from socialkit.strategy._survey import OptionShare, Survey, SurveyAudience, SurveySummary

__all__ = [
    "AUDIT_CHECKLIST",
    "DEFAULT_PLAUSIBLE_MONTHLY_GROWTH",
    "ECOSYSTEM_RULES",
    "STRATEGY_RULES",
    "Actor",
    "AuditQuestion",
    "AuditScope",
    "BrandPersonality",
    "CalendarSettings",
    "EcosystemRule",
    "ExamplePost",
    "Group",
    "Interpolation",
    "OptionShare",
    "Persona",
    "Pillar",
    "PlatformComparison",
    "PlatformFit",
    "Presence",
    "Progress",
    "ProgressVerdict",
    "Proposal",
    "ProposalKind",
    "Review",
    "SmartGoal",
    "Strategy",
    "Survey",
    "SurveyAudience",
    "SurveySummary",
    "Swot",
    "Tactic",
    "Target",
    "TargetKind",
    "ThreeC",
    "recommend_platforms",
    "review",
    "validate",
]
