"""socialkit: typed models and rules for social-media strategy.

Funnel stages, per-platform ranking heuristics, posting-frequency rules,
content-mix allocation, strategy documents and content calendars, as plain
immutable values and pure functions.

>>> import socialkit
>>> socialkit.get_platform("twitter").name
'X'
"""

from importlib.metadata import PackageNotFoundError, version

from socialkit._apportion import ApportionMethod, SequenceMethod
from socialkit._audience import BrandPersonality, Persona
from socialkit._best_times import Basis, PostResult, RankedWindow, best_times
from socialkit._calendar import (
    CalendarItem,
    Conflict,
    ConflictKind,
    ContentCalendar,
    ItemKind,
    PlanIssue,
)
from socialkit._coverage import StageCoverage, StageShare, stage_coverage
from socialkit._diagnosis import (
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
from socialkit._ecosystem import (
    ECOSYSTEM_RULES,
    EcosystemRule,
    PlatformFit,
    PlatformRole,
    recommend_platforms,
)
from socialkit._errors import (
    NotFoundError,
    SocialkitError,
    SocialkitTypeError,
    SocialkitWarning,
    StaleDataWarning,
    StrategyFileError,
    UnknownCategoryError,
    UnknownPlatformError,
    ValidationError,
)
from socialkit._findings import Finding, Severity
from socialkit._frequency import (
    Frequency,
    FrequencyReport,
    FrequencyRule,
    QuietHours,
    Verdict,
    Violation,
    Window,
)
from socialkit._funnel import (
    Funnel,
    FunnelComparison,
    FunnelStep,
    Improvement,
    Plan,
    StepDelta,
)
from socialkit._goals import (
    DEFAULT_PLAUSIBLE_MONTHLY_GROWTH,
    Interpolation,
    Progress,
    ProgressVerdict,
    SmartGoal,
)
from socialkit._journey import CasePath, PathStop
from socialkit._mix import (
    CategoryDrift,
    ContentMix,
    MixDrift,
    MixPreset,
    NestedMix,
    mix_deviation,
)
from socialkit._planning import (
    Channel,
    Evergreen,
    FixedEvent,
    Interaction,
    PlanningError,
    PlanSpec,
    Sequencer,
    SupportsPlanSpec,
    plan,
)
from socialkit._platform import (
    CountKind,
    CountLimit,
    Effect,
    Limits,
    MediaFamily,
    MediaKind,
    MediaLimit,
    Period,
    Platform,
    PostingGuidance,
    PostingWindow,
    Signal,
    TextLimit,
    TextUnit,
)
from socialkit._posts import Comment, Media, Post, PostFormat
from socialkit._provenance import Confidence, Fact, Source
from socialkit._registry import get_platform, platforms, register_platform
from socialkit._rules import (
    DEFAULT_RULES,
    DISCLOSURE_MARKERS,
    Assessment,
    Checker,
    DisclosureMarker,
    Hit,
    PostContext,
    Rule,
    RuleSet,
    assess,
)
from socialkit._stages import (
    ContentType,
    FunnelStage,
    JourneyStep,
    Kpi,
    StageMapping,
    StageProfile,
    Touchpoint,
    stage_of,
)
from socialkit._strategy import CalendarSettings, ExamplePost, Pillar, Strategy, Tactic
from socialkit._strategy_rules import STRATEGY_RULES
from socialkit._strategy_toml import load_strategy, loads_strategy
from socialkit._text import (
    MAX_TEXT_LENGTH,
    Entities,
    Entity,
    EntityKind,
    LimitCheck,
    TextMeasure,
    extract,
    measure,
)

try:
    __version__ = version("socialkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [  # noqa: RUF022 (plain sorted(), checked by tests/test_errors.py)
    "AUDIT_CHECKLIST",
    "Actor",
    "ApportionMethod",
    "Assessment",
    "AuditQuestion",
    "AuditScope",
    "Basis",
    "BrandPersonality",
    "CalendarItem",
    "CalendarSettings",
    "CasePath",
    "CategoryDrift",
    "Channel",
    "Checker",
    "Comment",
    "Confidence",
    "Conflict",
    "ConflictKind",
    "ContentCalendar",
    "ContentMix",
    "ContentType",
    "CountKind",
    "CountLimit",
    "DEFAULT_PLAUSIBLE_MONTHLY_GROWTH",
    "DEFAULT_RULES",
    "DISCLOSURE_MARKERS",
    "DisclosureMarker",
    "ECOSYSTEM_RULES",
    "EcosystemRule",
    "Effect",
    "Entities",
    "Entity",
    "EntityKind",
    "Evergreen",
    "ExamplePost",
    "Fact",
    "Finding",
    "FixedEvent",
    "Frequency",
    "FrequencyReport",
    "FrequencyRule",
    "Funnel",
    "FunnelComparison",
    "FunnelStage",
    "FunnelStep",
    "Hit",
    "Improvement",
    "Interaction",
    "Interpolation",
    "ItemKind",
    "JourneyStep",
    "Kpi",
    "LimitCheck",
    "Limits",
    "MAX_TEXT_LENGTH",
    "Media",
    "MediaFamily",
    "MediaKind",
    "MediaLimit",
    "MixDrift",
    "MixPreset",
    "NestedMix",
    "NotFoundError",
    "PathStop",
    "Period",
    "Persona",
    "Pillar",
    "Plan",
    "PlanIssue",
    "PlanSpec",
    "PlanningError",
    "Platform",
    "PlatformComparison",
    "PlatformFit",
    "PlatformRole",
    "Post",
    "PostContext",
    "PostFormat",
    "PostResult",
    "PostingGuidance",
    "PostingWindow",
    "Presence",
    "Progress",
    "ProgressVerdict",
    "QuietHours",
    "RankedWindow",
    "Rule",
    "RuleSet",
    "STRATEGY_RULES",
    "SequenceMethod",
    "Sequencer",
    "Severity",
    "Signal",
    "SmartGoal",
    "SocialkitError",
    "SocialkitTypeError",
    "SocialkitWarning",
    "Source",
    "StageCoverage",
    "StageMapping",
    "StageProfile",
    "StageShare",
    "StaleDataWarning",
    "StepDelta",
    "Strategy",
    "StrategyFileError",
    "SupportsPlanSpec",
    "Swot",
    "Tactic",
    "Target",
    "TargetKind",
    "TextLimit",
    "TextMeasure",
    "TextUnit",
    "ThreeC",
    "Touchpoint",
    "UnknownCategoryError",
    "UnknownPlatformError",
    "ValidationError",
    "Verdict",
    "Violation",
    "Window",
    "__version__",
    "assess",
    "best_times",
    "extract",
    "get_platform",
    "load_strategy",
    "loads_strategy",
    "measure",
    "mix_deviation",
    "plan",
    "platforms",
    "recommend_platforms",
    "register_platform",
    "stage_coverage",
    "stage_of",
]


def __getattr__(name: str) -> object:
    """Load ``socialkit.examples`` on first use, so ``import socialkit`` stays light."""
    if name == "examples":
        import importlib

        return importlib.import_module("socialkit.examples")
    raise AttributeError(f"module 'socialkit' has no attribute {name!r}")
