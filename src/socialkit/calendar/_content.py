"""What a calendar item says and in what format: its post's, once the slot is filled.

The calendar's checks (duplicates in :meth:`ContentCalendar.conflicts
<socialkit.calendar.ContentCalendar.conflicts>`, the practices of
:data:`~socialkit.calendar.CALENDAR_RULES`) compare items by these two
readings, so a filled slot is judged by the post that goes out, and an open
slot by what the plan says of it (``content``, ``content_type``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialkit.text._measure import extract

if TYPE_CHECKING:
    from socialkit.calendar._model import CalendarItem

__all__ = ["format_of", "said"]


def said(item: CalendarItem) -> str | None:
    """The message of ``item``, to compare items: its post's text, else its ``content``.

    A post's links, hashtags and mentions are left out and its spaces collapsed,
    so the same message tagged per network, or with per-slot UTM links, reads as
    the same content; a post that is nothing but those falls back to the
    ``content``. ``None``: the item says nothing yet (an open slot).

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> import attrs
    >>> from socialkit.calendar import CalendarItem
    >>> from socialkit.posts import Post
    >>> at = datetime(2026, 11, 23, 9, tzinfo=ZoneInfo("Europe/Paris"))
    >>> slot = CalendarItem(id="a", platform="x", kind="post", start=at, title="Post",
    ...                     content="bread")
    >>> said(slot)
    'bread'
    >>> text = "New  loaves #bread https://ex.com/?utm_source=x @bakery"
    >>> said(attrs.evolve(slot, post=Post(text=text)))
    'New loaves'
    """
    post = item.post
    if post is not None and post.text:
        text = post.text
        for entity in reversed(extract(text).all()):
            text = text[: entity.start] + " " + text[entity.end :]
        message = " ".join(text.split())
        if message:
            return message
    return item.content


def format_of(item: CalendarItem) -> str | None:
    """The format of ``item`` for alternation: its post's, else the slot's ``content_type``.

    A filled post's format is its :attr:`Post.format <socialkit.posts.Post.format>`
    as a content type when it names one, else its first medium (``video`` for a
    video of any length, ``image``, ``poll``...), else ``text``. ``None``: the
    format is unknown (an open slot without a content type).

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> import attrs
    >>> from socialkit.calendar import CalendarItem
    >>> from socialkit.posts import Media, Post
    >>> at = datetime(2026, 11, 23, 9, tzinfo=ZoneInfo("Europe/Paris"))
    >>> slot = CalendarItem(id="a", platform="x", kind="post", start=at, title="Post",
    ...                     content_type="tutorial")
    >>> def filled(**post):
    ...     return format_of(attrs.evolve(slot, post=Post(text="Hi", **post)))
    >>> format_of(slot), filled(), filled(format="contest")
    ('tutorial', 'text', 'contest')
    >>> filled(media=[Media(kind="short video")]), filled(media=[Media.poll(2)])
    ('video', 'poll')
    """
    post = item.post
    if post is None:
        return None if item.content_type is None else str(item.content_type)
    if post.format is not None:
        return str(post.content_type)
    if post.media:
        first = post.media[0]
        return "video" if first.is_video else str(first.kind)
    return "text"
