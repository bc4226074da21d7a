"""Draft posts and their assessment against a platform's ranking heuristics.

>>> from socialkit.posts import Post, assess
>>> assess(Post(text="Hello #bread"), "x").fits
True
"""

from socialkit._core.rules import Hit, Rule, RuleSet
from socialkit.posts._batch import AssessmentColumns, assess_many
from socialkit.posts._disclosure import DISCLOSURE_MARKERS
from socialkit.posts._model import (
    FORMAT_CONTENT_TYPES,
    Comment,
    DisclosureMarker,
    Media,
    Post,
    PostFormat,
)
from socialkit.posts._purpose import PostPurpose
from socialkit.posts._rules import (
    DEFAULT_RULES,
    Assessment,
    Checker,
    PostContext,
    assess,
    disclosure_rule,
)

__all__ = [
    "DEFAULT_RULES",
    "DISCLOSURE_MARKERS",
    "FORMAT_CONTENT_TYPES",
    "Assessment",
    "AssessmentColumns",
    "Checker",
    "Comment",
    "DisclosureMarker",
    "Hit",
    "Media",
    "Post",
    "PostContext",
    "PostFormat",
    "PostPurpose",
    "Rule",
    "RuleSet",
    "assess",
    "assess_many",
    "disclosure_rule",
]
