"""Community management: an inbox of messages, responsiveness rules, triage and crises."""

from socialkit.community._crisis import CRISIS_PLAYBOOK, CrisisSurge, PlaybookStep, detect_crisis
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
    "CRISIS_PLAYBOOK",
    "CrisisSurge",
    "Inbox",
    "Message",
    "PlaybookStep",
    "Responsiveness",
    "check_responsiveness",
    "detect_crisis",
    "triage",
]
