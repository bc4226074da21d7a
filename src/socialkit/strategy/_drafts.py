"""A strategy's example posts as the first drafts of its planned calendar.

The examples of a strategy ([004]) are posts its authors already wrote for a
pillar or a tactic on one network. Once the calendar is planned, each becomes
the draft of the first open slot it fits (:func:`first_drafts`); an example no
slot fits is reported as a :class:`~socialkit.calendar.PlanIssue`, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from socialkit._core.i18n import N_, tr, translate
from socialkit._core.validate import to_enum
from socialkit.calendar._model import CalendarItem, ContentCalendar, PlanIssue
from socialkit.calendar._status import ItemStatus
from socialkit.errors import NotFoundError
from socialkit.funnel._stages import ContentType
from socialkit.posts._model import FORMAT_CONTENT_TYPES, Post

if TYPE_CHECKING:
    from socialkit.strategy._model import ExamplePost

__all__ = ["first_drafts"]


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("_", " ").replace("-", " ").replace("/", " ").split())


def _fits(example: ExamplePost, slot: CalendarItem) -> bool:
    """Whether ``slot`` is open and agrees with everything ``example`` says about itself.

    Same platform; a tactic's example goes only to that tactic's events (titled
    by the tactic); a pillar must be the slot's category; a content type must be
    the slot's, where the slot names one.
    """
    if slot.post is not None or not slot.kind.is_post or slot.platform != example.platform:
        return False
    if example.tactic is not None and (slot.kind.value != "event" or slot.title != example.tactic):
        return False
    if example.pillar is not None and slot.category != example.pillar:
        return False
    wanted = _key(example.content_type)
    return not (wanted and slot.content_type is not None and _key(slot.content_type) != wanted)


_FORMATS = {kind: fmt for fmt, kind in FORMAT_CONTENT_TYPES.items()}
"""The post format of a content type, where the course's post types name one."""


def _draft(example: ExamplePost, slot: CalendarItem) -> CalendarItem:
    """``slot`` with ``example`` as its draft: its text, purpose and content type.

    The example's content type becomes the slot's where the slot names none,
    and the post's :attr:`~socialkit.posts.Post.format` where it is one of the
    course's post types (a contest, a video, a repost...); a content type of
    the user's own is kept by the example alone.
    """
    try:
        kind = to_enum(ContentType, example.content_type) if example.content_type else None
    except NotFoundError:
        kind = None
    fmt = None if kind is None else _FORMATS.get(kind)
    post = Post(text=example.text, purpose=example.purpose, format=fmt)
    content_type = slot.content_type if slot.content_type is not None else kind
    return attrs.evolve(slot, post=post, status=ItemStatus.DRAFT, content_type=content_type)


def first_drafts(examples: Iterable[ExamplePost], cal: ContentCalendar) -> ContentCalendar:
    """``cal`` with each example post the draft of the earliest open slot it fits.

    Examples are placed in their order, each in its own slot (status
    :attr:`~socialkit.calendar.ItemStatus.DRAFT`, the example's text and purpose
    as the post, its content type the slot's where the slot names none and
    the post's format where the course names one). An example with no open slot to fit (its platform is not
    planned, no slot of its pillar in the range...) adds an
    ``example_not_placed`` :class:`~socialkit.calendar.PlanIssue`.
    """
    items = list(cal.items)
    issues: list[PlanIssue] = []
    for example in examples:
        for n, slot in enumerate(items):
            if _fits(example, slot):
                items[n] = _draft(example, slot)
                break
        else:
            wanted = [
                f"{translate(k)} {v!r}"
                for k, v in (
                    (N_("pillar"), example.pillar),
                    (N_("tactic"), example.tactic),
                    (N_("content type"), example.content_type or None),
                )
                if v
            ]
            issues.append(
                PlanIssue(
                    platform=example.platform,
                    rule="example_not_placed",
                    period=None,
                    shortfall=1,
                    reason=tr(
                        "no open {platform} slot{wanted} in {start} to {end}: "
                        "example {text!r} is not a draft",
                        platform=example.platform,
                        wanted=tr(" for {parts}", parts=", ".join(wanted)) if wanted else "",
                        start=cal.start,
                        end=cal.end,
                        text=example.text[:40],
                    ),
                )
            )
    if not issues and items == list(cal.items):
        return cal
    return attrs.evolve(cal, items=items, issues=(*cal.issues, *issues))
