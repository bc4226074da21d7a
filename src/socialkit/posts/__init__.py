"""Draft posts and their assessment against a platform's ranking heuristics.

>>> from socialkit.posts import Post, assess
>>> assess(Post(text="Hello #bread"), "x").fits
True
"""

from socialkit._core.practices import Practice, PracticeReview, PracticeStatus, review_practices
from socialkit._core.rules import Hit, Rule, RuleSet
from socialkit.posts._batch import AssessmentColumns, assess_many
from socialkit.posts._bhargava import (
    BHARGAVA_PRACTICES,
    REWARD_WORDS,
    SHARE_CALLS,
    SHORT_MESSAGE_WORDS,
)
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
    BHARGAVA_RULES,
    DEFAULT_RULES,
    Assessment,
    Checker,
    PostContext,
    assess,
    bhargava_rules,
    disclosure_rule,
)

__all__ = [
    "BHARGAVA_PRACTICES",
    "BHARGAVA_RULES",
    "DEFAULT_RULES",
    "DISCLOSURE_MARKERS",
    "FORMAT_CONTENT_TYPES",
    "REWARD_WORDS",
    "SHARE_CALLS",
    "SHORT_MESSAGE_WORDS",
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
    "Practice",
    "PracticeReview",
    "PracticeStatus",
    "Rule",
    "RuleSet",
    "assess",
    "assess_many",
    "bhargava_rules",
    "disclosure_rule",
    "review_practices",
]
