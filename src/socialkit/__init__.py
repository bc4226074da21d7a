"""socialkit: typed models and rules for social-media strategy.

Funnel stages, per-platform ranking heuristics, posting-frequency rules,
content-mix allocation, strategy documents and content calendars, as plain
immutable values and pure functions.

>>> import socialkit
>>> socialkit.get_platform("twitter").name
'X'
"""

from importlib.metadata import PackageNotFoundError, version

from socialkit._best_times import Basis, PostResult, RankedWindow, best_times
from socialkit._calendar import (
    CalendarItem,
    Conflict,
    ConflictKind,
    ContentCalendar,
    ItemKind,
    PlanIssue,
)
from socialkit._errors import (
    NotFoundError,
    SocialkitError,
    SocialkitTypeError,
    SocialkitWarning,
    StaleDataWarning,
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
from socialkit._provenance import Confidence, Fact, Source
from socialkit._registry import get_platform, platforms, register_platform

try:
    __version__ = version("socialkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "Basis",
    "CalendarItem",
    "Channel",
    "Confidence",
    "Conflict",
    "ConflictKind",
    "ContentCalendar",
    "CountKind",
    "CountLimit",
    "Effect",
    "Evergreen",
    "Fact",
    "Finding",
    "FixedEvent",
    "Frequency",
    "FrequencyReport",
    "FrequencyRule",
    "Interaction",
    "ItemKind",
    "Limits",
    "MediaFamily",
    "MediaKind",
    "MediaLimit",
    "NotFoundError",
    "Period",
    "PlanIssue",
    "PlanSpec",
    "PlanningError",
    "Platform",
    "PostResult",
    "PostingGuidance",
    "PostingWindow",
    "QuietHours",
    "RankedWindow",
    "Sequencer",
    "Severity",
    "Signal",
    "SocialkitError",
    "SocialkitTypeError",
    "SocialkitWarning",
    "Source",
    "StaleDataWarning",
    "SupportsPlanSpec",
    "TextLimit",
    "TextUnit",
    "UnknownPlatformError",
    "ValidationError",
    "Verdict",
    "Violation",
    "Window",
    "__version__",
    "best_times",
    "get_platform",
    "plan",
    "platforms",
    "register_platform",
]
