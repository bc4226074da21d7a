"""The eleven good practices of social media management ([001]), checked where an inbox shows them.

[001] ("Les Bonnes Pratiques de Gestion des Médias Sociaux"): listen; speak plainly;
never deceive (never lie, never delete a message, answer every one, negative ones
above all); empower members; be transparent; be coherent (don't publish lightly,
write social media guidelines); be exemplary; be reactive (don't wait for Monday);
share the work; be agile; keep watch. Each is a :class:`~socialkit.posts.Practice`
in :data:`COMMUNITY_PRACTICES`: the ones an inbox shows name the rules of
:data:`~socialkit.community.COMMUNITY_RULES` that check them, the others are
checklist questions. :func:`check_practices` reviews an inbox against all eleven.
These are the course's heuristics, not measurements.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo

from socialkit._core.i18n import N_
from socialkit._core.practices import Practice, PracticeReview, practices_from, review_practices
from socialkit._core.rules import RuleSet, rule_set_for
from socialkit.community._inbox import (
    _PRACTICES,
    ANSWER_WITHIN,
    COMMUNITY_RULES,
    Inbox,
    Message,
    _responsiveness,
)

__all__ = ["COMMUNITY_PRACTICES", "check_practices"]

_practice = practices_from(_PRACTICES)

COMMUNITY_PRACTICES: tuple[Practice, ...] = (
    _practice(
        "listen",
        N_("Listen first"),
        N_("analyse the conversations: the community, its leaders, the brand's keywords"),
        question=N_(
            "Do you follow what is said about the brand, its competitors and its "
            "keywords (socialkit.measure.listen)?"
        ),
    ),
    _practice(
        "speak_plainly",
        N_("Speak plainly"),
        N_("talk normally: short sentences, no corporate jargon, no capitals"),
        rules=("community.speak_plainly",),
    ),
    _practice(
        "never_deceive",
        N_("Never deceive the community"),
        N_("never lie, never delete a message, answer every one, negative ones above all"),
        rules=("community.never_delete", "community.negative_first"),
        question=N_("Is every claim true, and every paid post disclosed?"),
    ),
    _practice(
        "empower_members",
        N_("Empower members"),
        N_("encourage members and give them a role (ambassadors, contributors)"),
        question=N_("Do members have a role: ambassadors, moderators, guest writers?"),
    ),
    _practice(
        "be_transparent",
        N_("Be transparent"),
        N_("put frankness first, while setting a limit to transparency"),
        question=N_("Do you say frankly what happened, within the limits you set?"),
    ),
    _practice(
        "be_coherent",
        N_("Be coherent"),
        N_("don't publish lightly; write social media guidelines"),
        question=N_("Do you have written social media guidelines, and do posts follow them?"),
    ),
    _practice(
        "be_exemplary",
        N_("Be exemplary"),
        N_("illustrate what you say; feature the members who set the example"),
        question=N_("Does the brand behave as it asks its members to?"),
    ),
    _practice(
        "be_reactive",
        N_("Be reactive"),
        N_("answer fast, requests for help and from the press; don't wait for Monday"),
        rules=("community.answer_within", "community.dont_wait_for_monday"),
    ),
    _practice(
        "share_the_work",
        N_("Share the work"),
        N_("split the tasks across the team; crowdsource"),
        rules=("community.share_the_work",),
        question=N_("Do members help too (crowdsourcing)?"),
    ),
    _practice(
        "be_agile",
        N_("Be agile"),
        N_("adapt the communication as things change"),
        question=N_("When a post or a campaign misfires, do you change course quickly?"),
    ),
    _practice(
        "keep_watch",
        N_("Keep watch"),
        N_("follow how social media and their tools evolve"),
        question=N_(
            "Do you follow changes to the networks and tools? (socialkit's own facts: "
            "Platform.stale_facts lists those whose source is old)"
        ),
    ),
)
"""[001]'s eleven good practices, each checked by inbox rules or asked as a question."""


def check_practices(
    messages: Iterable[Message],
    *,
    now: datetime,
    answer_within: timedelta = ANSWER_WITHIN,
    zone: tzinfo | None = None,
    weekend: Iterable[int] = frozenset({5, 6}),
    rules: RuleSet[Inbox] = COMMUNITY_RULES,
    practices: Iterable[Practice] = COMMUNITY_PRACTICES,
) -> tuple[PracticeReview, ...]:
    """Review an inbox against the good practices: one review per practice, in order.

    The inbox is checked as :func:`~socialkit.community.check_responsiveness`
    checks it (same arguments); a practice whose rules found something is *not
    followed*, one whose rules ran clean is *followed*, and the rest are *to
    review*: their question is the checklist.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> paris = ZoneInfo("Europe/Paris")
    >>> inbox = [Message(received_at=datetime(2026, 3, 2, 9, tzinfo=paris), platform="x",
    ...                  author="@tom", answered_at=datetime(2026, 3, 2, 11, tzinfo=paris),
    ...                  reply="THANKS, FIXED!", answered_by="ana")]
    >>> for review in check_practices(inbox, now=datetime(2026, 3, 5, tzinfo=paris))[:3]:
    ...     print(review)
    to review listen: Listen first (Do you follow what is said about the brand, its competitors and its keywords (socialkit.measure.listen)?)
    not followed speak_plainly: Speak plainly (1 finding)
    followed never_deceive: Never deceive the community
    """
    chosen = rule_set_for(rules, Inbox, "check_practices(rules)")
    result = _responsiveness(
        messages,
        now=now,
        answer_within=answer_within,
        zone=zone,
        weekend=weekend,
        rules=chosen,
        caller="check_practices",
    )
    return review_practices(practices, result.findings, ran=chosen.ids())
