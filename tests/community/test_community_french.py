"""Inbox findings in French: messages and fixes through the catalogue, ids and paths unchanged."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import socialkit
from socialkit import Message
from socialkit.community import check_responsiveness

MON = datetime(2026, 3, 2, 9, tzinfo=ZoneInfo("Europe/Paris"))  # a Monday


def _msg(at: datetime, author: str = "@a", **kw: object) -> Message:
    return Message(received_at=at, platform="facebook", author=author, **kw)  # type: ignore[arg-type]


def test_a_deleted_message_in_french() -> None:
    with socialkit.language("fr"):
        (finding,) = check_responsiveness(
            [_msg(MON, negative=True, deleted=True)], now=MON
        ).findings
    assert finding.rule == "community.never_delete"
    assert finding.where == "messages[0]"
    assert finding.message == "un message négatif de @a sur facebook a été supprimé"
    assert finding.fix is not None
    assert finding.fix.startswith("ne jamais supprimer un message ; y répondre avec diplomatie")


def test_a_late_answer_in_french_and_in_english() -> None:
    late = _msg(MON, answered_at=MON + timedelta(days=2, hours=3))
    with socialkit.language("fr"):
        (french,) = check_responsiveness([late], now=MON + timedelta(days=3)).findings
    (english,) = check_responsiveness([late], now=MON + timedelta(days=3)).findings
    assert french.message == "le message de @a sur facebook a reçu une réponse après 2 j 3 h"
    assert english.message == "message from @a on facebook answered after 2 d 3 h"


def test_negative_first_counts_in_french() -> None:
    negative = _msg(MON, "@angry", negative=True, answered_at=MON + timedelta(hours=5))
    newer = [
        _msg(MON + timedelta(hours=h), f"@n{h}", answered_at=MON + timedelta(hours=3))
        for h in (1, 2)
    ]
    with socialkit.language("fr"):
        (finding,) = check_responsiveness([negative, *newer], now=MON + timedelta(hours=6)).findings
    assert "pendant que 2 messages plus récents recevaient une réponse" in finding.message


def test_practice_reviews_in_french() -> None:
    from socialkit.community import check_practices

    inbox = [
        _msg(
            MON,
            author="@tom",
            answered_at=MON + timedelta(hours=2),
            reply="THANKS, FIXED!",
            answered_by="ana",
        )
    ]
    with socialkit.language("fr"):
        reviews = [str(r) for r in check_practices(inbox, now=MON + timedelta(days=3))[:3]]
        rows = check_practices(inbox, now=MON + timedelta(days=3))[1].rows()
    assert reviews[0].startswith("à revoir listen: Écouter d'abord (Suivez-vous ce qui se dit")
    assert reviews[1] == "non suivie speak_plainly: Parler simplement (1 constat)"
    assert reviews[2] == "suivie never_deceive: Ne jamais tromper la communauté"
    assert rows[0][:3] == ("non suivie", "speak_plainly", "Parler simplement")
    english = str(check_practices(inbox, now=MON + timedelta(days=3))[1])
    assert english == "not followed speak_plainly: Speak plainly (1 finding)"
