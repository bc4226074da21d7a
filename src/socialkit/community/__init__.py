"""Community management: an inbox of messages, responsiveness rules and triage."""

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
    "Inbox",
    "Message",
    "Responsiveness",
    "check_responsiveness",
    "triage",
]
