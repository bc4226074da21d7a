"""socialkit: typed models and rules for social-media strategy.

Funnel stages, per-platform ranking heuristics, posting-frequency rules,
content-mix allocation, strategy documents and content calendars, as plain
immutable values and pure functions.

>>> import socialkit
>>> socialkit.get_platform("twitter").name
'X'
"""

from importlib.metadata import PackageNotFoundError, version

from socialkit._community import (
    ANSWER_WITHIN,
    COMMUNITY_RULES,
    CommunityRule,
    Inbox,
    Message,
    Responsiveness,
    check_responsiveness,
    triage,
)
from socialkit._coverage import StageCoverage, StageShare, stage_coverage
from socialkit._errors import (
    NotFoundError,
    SocialkitError,
    SocialkitTypeError,
    SocialkitWarning,
    StaleDataWarning,
    UnknownPlatformError,
    ValidationError,
)
from socialkit._experiments import (
    Comparison,
    Variant,
    compare_variants,
    minimum_detectable_effect,
    sample_size,
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
from socialkit._influence import (
    Acquisition,
    Influencer,
    PartnerReach,
    Quadrant,
    RelationshipStage,
    influence_quadrants,
    rank_partners,
)
from socialkit._journey import CasePath, PathStop
from socialkit._metrics import (
    METRICS,
    Metric,
    MetricKind,
    click_through_rate,
    conversion_rate,
    cost_per_result,
    engagement_rate_by_followers,
    engagement_rate_by_impressions,
    engagement_rate_by_reach,
    get_metric,
    growth_rate,
)
from socialkit._paid import (
    FACEBOOK_CONTEST_TIP,
    X_ADS_OBJECTIVES,
    X_ADS_SETUP,
    BillingEvent,
    CampaignDraft,
    CampaignObjective,
    ChecklistItem,
    Objective,
    SetupChecklist,
    SetupStep,
    Targeting,
    expected_results,
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
from socialkit._provenance import Confidence, Fact, Source
from socialkit._registry import get_platform, platforms, register_platform
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
from socialkit._tracking import UTM_KEYS, Utm, UtmTemplate, find_links, parse_utm, utm

try:
    __version__ = version("socialkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [  # noqa: RUF022 - plain sorted(), as tests/test_errors.py checks
    "ANSWER_WITHIN",
    "Acquisition",
    "BillingEvent",
    "COMMUNITY_RULES",
    "CampaignDraft",
    "CampaignObjective",
    "CasePath",
    "ChecklistItem",
    "CommunityRule",
    "Comparison",
    "Confidence",
    "ContentType",
    "CountKind",
    "CountLimit",
    "Effect",
    "FACEBOOK_CONTEST_TIP",
    "Fact",
    "Finding",
    "Funnel",
    "FunnelComparison",
    "FunnelStage",
    "FunnelStep",
    "Improvement",
    "Inbox",
    "Influencer",
    "JourneyStep",
    "Kpi",
    "Limits",
    "METRICS",
    "MediaFamily",
    "MediaKind",
    "MediaLimit",
    "Message",
    "Metric",
    "MetricKind",
    "NotFoundError",
    "Objective",
    "PartnerReach",
    "PathStop",
    "Period",
    "Plan",
    "Platform",
    "PostingGuidance",
    "PostingWindow",
    "Quadrant",
    "RelationshipStage",
    "Responsiveness",
    "SetupChecklist",
    "SetupStep",
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
    "Targeting",
    "TextLimit",
    "TextUnit",
    "Touchpoint",
    "UTM_KEYS",
    "UnknownPlatformError",
    "Utm",
    "UtmTemplate",
    "ValidationError",
    "Variant",
    "X_ADS_OBJECTIVES",
    "X_ADS_SETUP",
    "__version__",
    "check_responsiveness",
    "click_through_rate",
    "compare_variants",
    "conversion_rate",
    "cost_per_result",
    "engagement_rate_by_followers",
    "engagement_rate_by_impressions",
    "engagement_rate_by_reach",
    "expected_results",
    "find_links",
    "get_metric",
    "get_platform",
    "growth_rate",
    "influence_quadrants",
    "minimum_detectable_effect",
    "parse_utm",
    "platforms",
    "rank_partners",
    "register_platform",
    "sample_size",
    "stage_coverage",
    "stage_of",
    "triage",
    "utm",
]
