"""Hostile text in user strings: a lone surrogate, a NUL or any control character.

Issue 18: a lone surrogate or a NUL in a title, a post or a name must never
crash an export or a display. Each exporter (``to_ics``, ``to_json``,
``to_csv``, ``dumps_strategy``) and each display (``str``, ``_repr_html_``,
the SVG pictures) answers a text it cannot write with a
:class:`~socialkit.SocialkitError`, or returns a text that is valid Unicode
(it encodes to UTF-8, so it can be written to a file).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit import Funnel, PlanSpec, Post, SocialkitError, plan
from socialkit.calendar import ContentCalendar, month_view
from socialkit.io import dumps_strategy, to_csv, to_ics, to_json
from socialkit.posts import assess
from socialkit.strategy import Strategy

NEW_YORK = ZoneInfo("America/New_York")

HOSTILE_CHARACTERS = ("\ud800", "\udfff", "\x00", "\r", "\x1b", "\x7f", "\u2028", "\ufeff")

hostile_texts = st.lists(
    st.sampled_from(HOSTILE_CHARACTERS) | st.characters(exclude_categories=()),
    min_size=1,
    max_size=12,
).map("".join)
"""Short texts of any code point, surrogates included, hostile characters often."""


def _calendar() -> ContentCalendar:
    spec = PlanSpec.simple(platforms=["instagram", "tiktok"], tz=NEW_YORK)
    return plan(spec, start=date(2026, 11, 23), end=date(2026, 11, 23) + timedelta(days=6))


CALENDAR = _calendar()


def _answers(label: str, produce: Callable[[], object]) -> None:
    """``produce()`` returns valid Unicode text (or bytes, or None) or raises a SocialkitError."""
    try:
        result = produce()
    except SocialkitError:
        return
    except Exception as error:
        raise AssertionError(f"{label} raised {type(error).__name__}: {error}") from error
    if isinstance(result, str):
        result.encode("utf-8")  # a lone surrogate here would fail when written to a file


CALENDAR_OUTPUTS: dict[str, Callable[[ContentCalendar], object]] = {
    "to_ics": to_ics,
    "to_json": to_json,
    "to_csv": to_csv,
    "str": str,
    "repr": repr,
    "_repr_html_": lambda cal: cal._repr_html_(),
    "month_view": month_view,
}


@pytest.mark.parametrize("output", sorted(CALENDAR_OUTPUTS))
@settings(max_examples=25, deadline=None)
@given(text=hostile_texts, where=st.sampled_from(["post", "title"]))
def test_hostile_text_in_a_calendar_is_exported_or_refused(
    output: str, text: str, where: str
) -> None:
    item = CALENDAR.filter(platform="tiktok", kind="post").items[0]
    try:
        if where == "post":
            cal = CALENDAR.fill(item.id, text)
        else:
            changed = attrs.evolve(item, title=text)
            cal = attrs.evolve(
                CALENDAR, items=[changed if i.id == item.id else i for i in CALENDAR.items]
            )
    except SocialkitError:
        return  # refused at construction: as good as at export
    _answers(f"{output}(calendar with {where}={text!r})", lambda: CALENDAR_OUTPUTS[output](cal))


@settings(max_examples=25, deadline=None)
@given(text=hostile_texts)
def test_hostile_text_in_a_strategy_is_written_or_refused(text: str) -> None:
    try:
        strategy = Strategy(name=text)
    except SocialkitError:
        return
    _answers(f"dumps_strategy(Strategy(name={text!r}))", lambda: dumps_strategy(strategy))
    _answers(f"Strategy(name={text!r})._repr_html_()", strategy._repr_html_)
    _answers(f"str(Strategy(name={text!r}))", lambda: str(strategy))


@settings(max_examples=25, deadline=None)
@given(text=hostile_texts)
def test_hostile_text_in_a_funnel_or_a_post_is_displayed_or_refused(text: str) -> None:
    try:
        funnel = Funnel.from_volumes({"reach": 100, text: 10}, title=text)
    except SocialkitError:
        funnel = None
    if funnel is not None:
        _answers(f"Funnel({text!r}).to_svg()", funnel.to_svg)
        _answers(f"Funnel({text!r})._repr_html_()", funnel._repr_html_)
        _answers(f"str(Funnel({text!r}))", lambda: str(funnel))
    try:
        assessment = assess(Post(text=text), "x")
    except SocialkitError:
        return
    _answers(f"assess(Post({text!r}))._repr_html_()", assessment._repr_html_)
    _answers(f"str(assess(Post({text!r})))", lambda: str(assessment))
