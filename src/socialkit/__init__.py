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
from socialkit._coverage import StageCoverage, StageShare, stage_coverage
from socialkit._errors import (
    NotFoundError,
    SocialkitError,
    SocialkitTypeError,
    SocialkitWarning,
    StaleDataWarning,
    UnknownCategoryError,
    UnknownPlatformError,
    ValidationError,
)
from socialkit._findings import Finding, Severity
from socialkit._funnel import (
    Funnel,
    FunnelComparison,
    FunnelStep,
    Improvement,
    Plan,
    StepDelta,
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

__all__ = [  # noqa: RUF022 - plain sorted() order, checked by tests/test_errors.py
    "ApportionMethod",
    "Assessment",
    "CasePath",
    "CategoryDrift",
    "Checker",
    "Comment",
    "Confidence",
    "ContentMix",
    "ContentType",
    "CountKind",
    "CountLimit",
    "DEFAULT_RULES",
    "DISCLOSURE_MARKERS",
    "DisclosureMarker",
    "Effect",
    "Entities",
    "Entity",
    "EntityKind",
    "Fact",
    "Finding",
    "Funnel",
    "FunnelComparison",
    "FunnelStage",
    "FunnelStep",
    "Hit",
    "Improvement",
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
    "Plan",
    "Platform",
    "Post",
    "PostContext",
    "PostFormat",
    "PostingGuidance",
    "PostingWindow",
    "Rule",
    "RuleSet",
    "SequenceMethod",
    "Severity",
    "Signal",
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
    "TextLimit",
    "TextMeasure",
    "TextUnit",
    "Touchpoint",
    "UnknownCategoryError",
    "UnknownPlatformError",
    "ValidationError",
    "__version__",
    "assess",
    "extract",
    "get_platform",
    "measure",
    "mix_deviation",
    "platforms",
    "register_platform",
    "stage_coverage",
    "stage_of",
]
