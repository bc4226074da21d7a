"""Measuring text as each platform counts it: entities (hashtags, mentions, URLs, cashtags) and lengths.

>>> from socialkit.text import measure
>>> measure("Read https://example.com #news", "x").length
34
"""

from socialkit.text._batch import TextColumns, measure_many
from socialkit.text._measure import (
    MAX_TEXT_LENGTH,
    Entities,
    Entity,
    EntityKind,
    LimitCheck,
    TextMeasure,
    extract,
    measure,
)

__all__ = [
    "MAX_TEXT_LENGTH",
    "Entities",
    "Entity",
    "EntityKind",
    "LimitCheck",
    "TextColumns",
    "TextMeasure",
    "extract",
    "measure",
    "measure_many",
]
