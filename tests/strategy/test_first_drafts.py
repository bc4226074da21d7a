"""A strategy's example posts become the first drafts of its calendar (issue 12)."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from socialkit import examples
from socialkit._core.validate import to_enum
from socialkit.calendar import ItemStatus
from socialkit.errors import SocialkitTypeError
from socialkit.funnel import ContentType
from socialkit.posts import FORMAT_CONTENT_TYPES
from socialkit.strategy import ExamplePost

START, END = date(2026, 11, 23), date(2027, 2, 22)


@pytest.mark.parametrize("name", examples.strategy_names())
def test_every_example_drafts_a_matching_slot(name: str) -> None:
    strategy = examples.strategy(name)
    cal = strategy.plan(start=START, end=END)
    drafts = cal.filter(filled=True).items
    placed = len(strategy.examples) - sum(1 for i in cal.issues if i.rule == "example_not_placed")
    assert len(drafts) == placed
    texts = {e.text for e in strategy.examples}
    for item in drafts:
        assert item.status is ItemStatus.DRAFT
        assert item.post is not None
        assert item.post.text in texts
        example = next(
            e for e in strategy.examples if e.text == item.post.text and e.platform == item.platform
        )
        if example.pillar is not None:
            assert item.category == example.pillar
        if example.tactic is not None:
            assert item.title == example.tactic
        assert item.post.purpose == example.purpose
        kind = to_enum(ContentType, example.content_type) if example.content_type else None
        assert item.content_type == kind  # the example's content type is carried into its slot
        formats = [f for f, k in FORMAT_CONTENT_TYPES.items() if k is kind]
        assert item.post.format == (formats[0] if formats else None)


def test_an_example_no_slot_fits_is_an_issue_not_a_silent_drop() -> None:
    strategy = examples.strategy("b2b-services")
    lost = ExamplePost(platform="linkedin", pillar="no such pillar", text="Nobody plans this.")
    strategy = attrs.evolve(strategy, examples=(*strategy.examples, lost))
    cal = strategy.plan(start=START, end=END)
    lost_issues = [
        i for i in cal.issues if i.rule == "example_not_placed" and "no such pillar" in i.reason
    ]
    assert [i.platform for i in lost_issues] == ["linkedin"]


def test_a_content_type_of_the_users_own_stays_with_the_example() -> None:
    strategy = examples.strategy("b2b-services")
    own = ExamplePost(platform="linkedin", content_type="fireside chat", text="Our own format.")
    strategy = attrs.evolve(strategy, examples=(own,))
    (draft,) = strategy.plan(start=START, end=END).filter(filled=True).items
    assert draft.post is not None
    assert draft.post.text == "Our own format."
    assert (draft.content_type, draft.post.format) == (None, None)


def test_first_drafts_leaves_filled_slots_alone() -> None:
    strategy = examples.strategy("cosmetics-brand")
    once = strategy.plan(start=START, end=END)
    twice = strategy.first_drafts(once)
    assert len(twice.filter(filled=True).items) == 2 * len(once.filter(filled=True).items) or (
        any(i.rule == "example_not_placed" for i in twice.issues)
    )
    with pytest.raises(SocialkitTypeError):
        strategy.first_drafts("calendar")  # type: ignore[arg-type]
