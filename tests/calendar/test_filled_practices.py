"""A filled slot is checked by the post that goes out, not by what the plan said of it.

The calendar's checks (``CALENDAR_RULES``: Bhargava's share and reward rules,
format alternation; duplicates in ``conflicts``) read a filled slot's post (its
text, format, media) and an open slot's ``content``/``title``/``content_type``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import attrs
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from socialkit.calendar import CalendarItem, ContentCalendar, check_calendar
from socialkit.calendar._content import said
from socialkit.funnel import ContentType
from socialkit.posts import Media, Post
from strategies import calendar_posts, content_calendars, texts

PARIS = ZoneInfo("Europe/Paris")


def slot(n: int, platform: str = "facebook", **fields: object) -> CalendarItem:
    start = datetime(2026, 3, 2, 10, tzinfo=PARIS) + timedelta(days=n)
    return CalendarItem(
        id=f"{platform}-{n}", platform=platform, kind="post", start=start, title="post", **fields
    )


def calendar(*items: CalendarItem) -> ContentCalendar:
    return ContentCalendar(tz=PARIS, start=date(2026, 3, 1), end=date(2026, 4, 30), items=items)


def rules_on(cal: ContentCalendar) -> list[tuple[str, str]]:
    return [(f.rule, f.where) for f in check_calendar(cal)]


def test_format_runs_read_the_posts_format_and_media() -> None:
    kinds = ["video", "poll", "tutorial", "contest"]  # the plan alternates...
    images = [Post(text=f"Loaf {n}", media=[Media.image()]) for n in range(4)]
    cal = calendar(
        *(
            slot(n, content_type=k, post=p)
            for n, (k, p) in enumerate(zip(kinds, images, strict=True))
        )
    )
    found = [f for f in check_calendar(cal) if f.rule == "page.alternate_formats"]
    assert [f.where for f in found] == ["items[0]"]  # ...the posts are four images in a row
    assert "4 'image' posts in a row" in found[0].message
    planned = calendar(*(slot(n, content_type="video") for n in range(4)))
    mixed = [
        Post(text="a", media=[Media(kind="short video")]),
        Post(text="b"),
        Post(text="c", format="contest"),
        Post(text="d", media=[Media.poll(2)]),
    ]
    assert "page.alternate_formats" in {r for r, _ in rules_on(planned)}
    filled = calendar(*(attrs.evolve(i, post=p) for i, p in zip(planned.items, mixed, strict=True)))
    assert "page.alternate_formats" not in {r for r, _ in rules_on(filled)}


def test_the_same_post_on_two_networks_is_shared_despite_its_tags_and_links() -> None:
    text = "Our new rye loaf is out"
    cal = calendar(
        slot(0, "x", content="rye", post=Post(text=f"{text} #bread https://ex.com/?utm_source=x")),
        slot(
            1,
            "linkedin",
            content="other",
            post=Post(text=f"{text} https://ex.com/?utm_source=li @bakery"),
        ),
        slot(2, "linkedin", content="rye", post=Post(text="Team news")),
    )
    found = [f for f in check_calendar(cal) if f.rule == "bhargava.share_actively"]
    assert [f.where for f in found] == ["items[2]"]
    assert found[0].message.startswith("'Team news' goes out on linkedin only (also on x?)")


def test_a_reward_is_the_posts_once_filled() -> None:
    def rewarded(item: CalendarItem) -> bool:
        return all(f.rule != "bhargava.calendar_reward" for f in check_calendar(calendar(item)))

    planned_contest = slot(0, content="Win a bike: contest", content_type="contest")
    assert rewarded(planned_contest)
    assert not rewarded(attrs.evolve(planned_contest, post=Post(text="Our opening hours")))
    assert rewarded(slot(0, content="Hours", post=Post(text="See you soon", format="contest")))


def test_a_repeated_post_is_a_duplicate_whatever_its_utm_tags() -> None:
    a = slot(0, "x", post=Post(text="Fresh bread https://ex.com/?utm_content=x-0"))
    b = slot(2, "x", post=Post(text="Fresh  bread https://ex.com/?utm_content=x-2 #bread"))
    conflicts = calendar(a, b).conflicts()
    assert [(str(c.kind), c.first.id, c.second.id) for c in conflicts] == [
        ("duplicate", "x-0", "x-2")
    ]
    assert "'Fresh bread' twice within 7 days" in conflicts[0].message


def _seen(cal: ContentCalendar) -> list[tuple[object, ...]]:
    findings = [(f.rule, f.where, f.message) for f in check_calendar(cal)]
    return [*findings, *((c.kind, c.first.id, c.second.id, c.message) for c in cal.conflicts())]


@settings(max_examples=40, deadline=None)
@given(content_calendars(), st.data())
def test_what_the_plan_said_of_a_filled_slot_changes_no_finding(
    cal: ContentCalendar, data: st.DataObject
) -> None:
    items = [
        attrs.evolve(i, post=data.draw(calendar_posts()))
        if i.kind.is_post and i.post is None
        else i
        for i in cal.items
    ]
    assume(all(said(attrs.evolve(i, content=None)) is not None for i in items if i.post))
    filled = attrs.evolve(cal, items=items)
    scrambled = attrs.evolve(
        filled,
        items=[
            attrs.evolve(
                i,
                title="planned",
                content=data.draw(st.none() | texts().filter(str.strip)),
                content_type=data.draw(st.none() | st.sampled_from(ContentType)),
            )
            if i.kind.is_post
            else i
            for i in items
        ],
    )
    assert _seen(scrambled) == _seen(filled)
