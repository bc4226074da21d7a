"""Platforms as data: the :class:`Platform` model, its sourced facts and the registry.

One data module per network (``socialkit.platforms.x``, ...), each defining ``PLATFORM``;
:func:`get_platform` finds one by slug or alias, :func:`list_platforms` lists them and
:func:`register_platform` adds or replaces one.

>>> from socialkit.platforms import get_platform
>>> get_platform("twitter").slug
'x'
"""

from socialkit._core.sources import SOURCE_MAX_AGE, Confidence, Fact, Source
from socialkit.platforms._freshness import DATA_MAX_AGE, warn_stale
from socialkit.platforms._model import (
    CountKind,
    CountLimit,
    Effect,
    Limits,
    MediaFamily,
    MediaKind,
    MediaLimit,
    MediaRequirement,
    OwnDomain,
    Period,
    Platform,
    PostingGuidance,
    PostingWindow,
    ProfileImage,
    ProfileImageKind,
    Signal,
    TextLimit,
    TextUnit,
)
from socialkit.platforms._registry import (
    RegistrySnapshot,
    get_platform,
    list_platforms,
    register_platform,
    registry_snapshot,
)

__all__ = [
    "DATA_MAX_AGE",
    "SOURCE_MAX_AGE",
    "Confidence",
    "CountKind",
    "CountLimit",
    "Effect",
    "Fact",
    "Limits",
    "MediaFamily",
    "MediaKind",
    "MediaLimit",
    "MediaRequirement",
    "OwnDomain",
    "Period",
    "Platform",
    "PostingGuidance",
    "PostingWindow",
    "ProfileImage",
    "ProfileImageKind",
    "RegistrySnapshot",
    "Signal",
    "Source",
    "TextLimit",
    "TextUnit",
    "get_platform",
    "list_platforms",
    "register_platform",
    "registry_snapshot",
    "warn_stale",
]
