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
from socialkit._provenance import Confidence, Fact, Source
from socialkit._registry import get_platform, platforms, register_platform

try:
    __version__ = version("socialkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "ApportionMethod",
    "CategoryDrift",
    "Confidence",
    "ContentMix",
    "CountKind",
    "CountLimit",
    "Effect",
    "Fact",
    "Finding",
    "Limits",
    "MediaFamily",
    "MediaKind",
    "MediaLimit",
    "MixDrift",
    "MixPreset",
    "NestedMix",
    "NotFoundError",
    "Period",
    "Platform",
    "PostingGuidance",
    "PostingWindow",
    "SequenceMethod",
    "Severity",
    "Signal",
    "SocialkitError",
    "SocialkitTypeError",
    "SocialkitWarning",
    "Source",
    "StaleDataWarning",
    "TextLimit",
    "TextUnit",
    "UnknownPlatformError",
    "ValidationError",
    "__version__",
    "get_platform",
    "mix_deviation",
    "platforms",
    "register_platform",
]
