"""socialkit: typed models and rules for social-media strategy.

Funnel stages, per-platform ranking heuristics, posting-frequency rules,
content-mix allocation, strategy documents and content calendars, as plain
immutable values and pure functions.

The top level holds the everyday names and loads each on first use, so
``import socialkit`` costs almost nothing. Everything else lives in its
subpackage, one per domain (``socialkit.funnel``, ``socialkit.calendar``, ...),
each importable on its own.

>>> import socialkit
>>> socialkit.get_platform("twitter").name
'X'
>>> socialkit.calendar.ContentCalendar is socialkit.ContentCalendar
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the same names, seen eagerly by type checkers
    from socialkit import calendar as calendar
    from socialkit import cli as cli
    from socialkit import community as community
    from socialkit import errors as errors
    from socialkit import examples as examples
    from socialkit import frequency as frequency
    from socialkit import funnel as funnel
    from socialkit import io as io
    from socialkit import measure as measure
    from socialkit import mix as mix
    from socialkit import platforms as platforms
    from socialkit import posts as posts
    from socialkit import strategy as strategy
    from socialkit import text as text
    from socialkit._core.display import display, get_display, set_display
    from socialkit._core.findings import Finding, Severity
    from socialkit._core.i18n import get_language, language, set_language
    from socialkit._core.rules import Hit, Rule, RuleSet
    from socialkit._core.sources import Confidence, Source
    from socialkit.calendar import CalendarItem, Channel, ContentCalendar, PlanSpec, plan
    from socialkit.community import Inbox, Message
    from socialkit.errors import (
        NotFoundError,
        SocialkitError,
        SocialkitTypeError,
        UnknownPlatformError,
        ValidationError,
    )
    from socialkit.frequency import Frequency, FrequencyRule, PostingWindow, best_times
    from socialkit.funnel import ContentType, Funnel, FunnelStage, Kpi, stage_coverage, stage_of
    from socialkit.io import load_strategy
    from socialkit.measure import Variant, compare_variants, utm
    from socialkit.mix import ContentMix
    from socialkit.platforms import (
        Period,
        Platform,
        get_platform,
        list_platforms,
        register_platform,
    )
    from socialkit.posts import (
        DEFAULT_RULES,
        Assessment,
        Media,
        Post,
        PostFormat,
        assess,
    )
    from socialkit.strategy import Persona, Pillar, SmartGoal, Strategy
    from socialkit.text import TextMeasure, extract

# name -> the module that defines it; grouped by subpackage, lowest layer first.
_HOMES: dict[str, str] = {
    # errors and shared values
    "SocialkitError": "socialkit.errors",
    "SocialkitTypeError": "socialkit.errors",
    "ValidationError": "socialkit.errors",
    "NotFoundError": "socialkit.errors",
    "UnknownPlatformError": "socialkit.errors",
    "Finding": "socialkit._core.findings",
    "Severity": "socialkit._core.findings",
    "Hit": "socialkit._core.rules",
    "Rule": "socialkit._core.rules",
    "RuleSet": "socialkit._core.rules",
    "Source": "socialkit._core.sources",
    "Confidence": "socialkit._core.sources",
    "set_language": "socialkit._core.i18n",
    "get_language": "socialkit._core.i18n",
    "language": "socialkit._core.i18n",
    "set_display": "socialkit._core.display",
    "get_display": "socialkit._core.display",
    "display": "socialkit._core.display",
    # platforms
    "Platform": "socialkit.platforms",
    "Period": "socialkit.platforms",
    "get_platform": "socialkit.platforms",
    "list_platforms": "socialkit.platforms",
    "register_platform": "socialkit.platforms",
    # text and posts
    "extract": "socialkit.text",
    "TextMeasure": "socialkit.text",
    "Post": "socialkit.posts",
    "Media": "socialkit.posts",
    "PostFormat": "socialkit.posts",
    "assess": "socialkit.posts",
    "Assessment": "socialkit.posts",
    "DEFAULT_RULES": "socialkit.posts",
    # funnel and mix
    "Funnel": "socialkit.funnel",
    "FunnelStage": "socialkit.funnel",
    "ContentType": "socialkit.funnel",
    "Kpi": "socialkit.funnel",
    "stage_of": "socialkit.funnel",
    "stage_coverage": "socialkit.funnel",
    "ContentMix": "socialkit.mix",
    # frequency and calendar
    "FrequencyRule": "socialkit.frequency",
    "Frequency": "socialkit.frequency",
    "PostingWindow": "socialkit.frequency",
    "best_times": "socialkit.frequency",
    "plan": "socialkit.calendar",
    "PlanSpec": "socialkit.calendar",
    "Channel": "socialkit.calendar",
    "ContentCalendar": "socialkit.calendar",
    "CalendarItem": "socialkit.calendar",
    # strategy, measurement, community, files
    "Strategy": "socialkit.strategy",
    "SmartGoal": "socialkit.strategy",
    "Persona": "socialkit.strategy",
    "Pillar": "socialkit.strategy",
    "utm": "socialkit.measure",
    "Variant": "socialkit.measure",
    "compare_variants": "socialkit.measure",
    "Inbox": "socialkit.community",
    "Message": "socialkit.community",
    "load_strategy": "socialkit.io",
}

_SUBPACKAGES = frozenset(
    {
        "calendar",
        "cli",
        "community",
        "errors",
        "examples",
        "frequency",
        "funnel",
        "io",
        "measure",
        "mix",
        "platforms",
        "posts",
        "strategy",
        "text",
    }
)

__all__ = [  # noqa: RUF022 - plain sorted(), as tests/architecture/test_api.py checks
    "Assessment",
    "CalendarItem",
    "Channel",
    "Confidence",
    "ContentCalendar",
    "ContentMix",
    "ContentType",
    "DEFAULT_RULES",
    "Finding",
    "Frequency",
    "FrequencyRule",
    "Funnel",
    "FunnelStage",
    "Hit",
    "Inbox",
    "Kpi",
    "Media",
    "Message",
    "NotFoundError",
    "Period",
    "Persona",
    "Pillar",
    "PlanSpec",
    "Platform",
    "Post",
    "PostFormat",
    "PostingWindow",
    "Rule",
    "RuleSet",
    "Severity",
    "SmartGoal",
    "SocialkitError",
    "SocialkitTypeError",
    "Source",
    "Strategy",
    "TextMeasure",
    "UnknownPlatformError",
    "ValidationError",
    "Variant",
    "__version__",
    "assess",
    "best_times",
    "compare_variants",
    "display",
    "extract",
    "get_display",
    "get_language",
    "get_platform",
    "language",
    "list_platforms",
    "load_strategy",
    "plan",
    "register_platform",
    "set_display",
    "set_language",
    "stage_coverage",
    "stage_of",
    "utm",
]


def __getattr__(name: str) -> object:
    """Load an everyday name, a subpackage or ``__version__`` on first use."""
    if name in _HOMES:
        value = getattr(importlib.import_module(_HOMES[name]), name)
    elif name in _SUBPACKAGES:
        value = importlib.import_module(f"socialkit.{name}")
    elif name == "__version__":
        value = _version()
    else:
        raise AttributeError(f"module 'socialkit' has no attribute {name!r}")
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *_SUBPACKAGES})


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("socialkit")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"
