"""Posting-frequency rules (how often, how far apart, when) and the best times to post.

:class:`PostingWindow` is the platforms' window type, re-exported here: a rule's
allowed windows and a platform's benchmark windows are the same kind of value.

>>> from socialkit.frequency import FrequencyRule
>>> FrequencyRule.for_platform("linkedin").min_gap
datetime.timedelta(days=2)
"""

from socialkit.frequency._best_times import (
    Basis,
    BestTimes,
    PostResult,
    RankedWindow,
    best_times,
    shrunk_score,
)
from socialkit.frequency._rules import (
    MAX_GAP,
    MAX_PER_DAY,
    Frequency,
    FrequencyProfile,
    FrequencyReport,
    FrequencyRule,
    QuietHours,
    Verdict,
    Violation,
    average_length,
    capacity,
    sustained_rate,
    usual_hours,
    weekly_rate,
)
from socialkit.platforms._model import PostingWindow

__all__ = [
    "MAX_GAP",
    "MAX_PER_DAY",
    "Basis",
    "BestTimes",
    "Frequency",
    "FrequencyProfile",
    "FrequencyReport",
    "FrequencyRule",
    "PostResult",
    "PostingWindow",
    "QuietHours",
    "RankedWindow",
    "Verdict",
    "Violation",
    "average_length",
    "best_times",
    "capacity",
    "shrunk_score",
    "sustained_rate",
    "usual_hours",
    "weekly_rate",
]
