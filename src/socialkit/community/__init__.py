"""Community management: an inbox of messages, responsiveness rules, good practices, triage and crises."""

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
from socialkit.community._practices import COMMUNITY_PRACTICES, check_practices

__all__ = [
    "ANSWER_WITHIN",
    "COMMUNITY_PRACTICES",
    "COMMUNITY_RULES",
    "CRISIS_PLAYBOOK",
    "CrisisSurge",
    "Inbox",
    "Message",
    "PlaybookStep",
    "Responsiveness",
    "check_practices",
    "check_responsiveness",
    "detect_crisis",
    "triage",
]
