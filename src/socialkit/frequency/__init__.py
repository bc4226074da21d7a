"""Posting-frequency rules (how often, how far apart, when) and the best times to post.

>>> from socialkit.frequency import FrequencyRule
>>> FrequencyRule.for_platform("linkedin").min_gap
datetime.timedelta(days=2)
"""

from socialkit.frequency._best_times import (
    Basis,
    PostResult,
    RankedWindow,
    best_times,
)
from socialkit.frequency._rules import (
    Frequency,
    FrequencyReport,
    FrequencyRule,
    QuietHours,
    Verdict,
    Violation,
    Window,
    average_length,
    capacity,
    weekly_rate,
)

__all__ = [
    "Basis",
    "Frequency",
    "FrequencyReport",
    "FrequencyRule",
    "PostResult",
    "QuietHours",
    "RankedWindow",
    "Verdict",
    "Violation",
    "Window",
    "average_length",
    "best_times",
    "capacity",
    "weekly_rate",
]
