"""Community management: an inbox of messages, responsiveness rules and triage."""

from socialkit._core.rules import Hit, Rule, RuleSet
from socialkit.community._inbox import (
    ANSWER_WITHIN,
    COMMUNITY_RULES,
    Inbox,
    Message,
    Responsiveness,
    check_responsiveness,
    triage,
)

__all__ = [
    "ANSWER_WITHIN",
    "COMMUNITY_RULES",
    "Hit",
    "Inbox",
    "Message",
    "Responsiveness",
    "Rule",
    "RuleSet",
    "check_responsiveness",
    "triage",
]
