"""Every public value has a strategy in tests/strategies.py, and every drawn value behaves.

A value here is any class named in the ``__all__`` of a domain subpackage. Adding one
without a strategy, or renaming one the registry still names, fails
:func:`test_every_public_value_has_a_strategy` or :func:`test_the_registry_names_only_public_values`.
"""

from __future__ import annotations

import importlib
from datetime import UTC
from enum import Enum
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit.calendar import ContentCalendar, Sequencer, SupportsPlanSpec
from socialkit.community import Inbox
from socialkit.frequency import BestTimes
from socialkit.io import dumps_strategy, from_json, loads_strategy, to_json
from socialkit.measure import Amount, Rate
from socialkit.strategy import Strategy, ThreeC
from strategies import STRATEGIES, content_calendars, inboxes, strategy_documents, three_cs

SUBPACKAGES = (
    "platforms",
    "text",
    "posts",
    "funnel",
    "mix",
    "frequency",
    "calendar",
    "strategy",
    "measure",
    "community",
)

NOT_VALUES: dict[type, str] = {
    # Protocols: a shape a user's object satisfies, never an instance socialkit builds.
    Sequencer: "protocol: anything with sequence(n), such as a ContentMix",
    SupportsPlanSpec: "protocol: anything with to_plan_spec(), such as a Strategy",
    # Numbers: a float subclass, not an attrs value; its properties are in tests/core/test_rates.py.
    Rate: "a number (float subclass with .exact), property-tested in tests/core/test_rates.py",
    Amount: "Rate's base (a float with .exact), property-tested in tests/core/test_exact_results.py",
    # A ranking: a tuple subclass of RankedWindow values (each has its strategy) that displays itself.
    BestTimes: "a tuple of RankedWindow (drawn by strategies.best_times_results, tests/core/test_display.py)",
}
"""Public classes that are not values, so have no strategy (say why for each)."""

UNHASHABLE: dict[type, str] = {}
"""Frozen classes whose instances do not hash yet (each one a gap to close)."""


def public_classes() -> dict[type, str]:
    """Every class named in a domain subpackage's ``__all__``, with where it is named."""
    found: dict[type, str] = {}
    for name in SUBPACKAGES:
        module = importlib.import_module(f"socialkit.{name}")
        for attr in module.__all__:
            value = getattr(module, attr)
            if isinstance(value, type) and not issubclass(value, BaseException):
                found.setdefault(value, f"socialkit.{name}.{attr}")
    return found


def test_every_public_value_has_a_strategy() -> None:
    missing = sorted(
        where for cls, where in public_classes().items() if cls not in STRATEGIES | NOT_VALUES
    )
    assert not missing, f"add a strategy to tests/strategies.py for: {', '.join(missing)}"


def test_the_registry_names_only_public_values() -> None:
    public = public_classes()
    stale = sorted(cls.__qualname__ for cls in STRATEGIES if cls not in public)
    assert not stale, f"not in any subpackage's __all__ (renamed or moved?): {stale}"
    assert not set(NOT_VALUES) & set(STRATEGIES)


def test_every_public_class_is_an_attrs_value_an_enum_or_excused() -> None:
    odd = [
        where
        for cls, where in public_classes().items()
        if not (attrs.has(cls) or issubclass(cls, Enum) or cls in NOT_VALUES)
    ]
    assert not odd


REGISTERED = sorted(STRATEGIES, key=lambda cls: (cls.__module__, cls.__qualname__))


@pytest.mark.parametrize("cls", REGISTERED, ids=lambda cls: cls.__qualname__)
@settings(max_examples=10)
@given(data=st.data())
def test_a_drawn_value_is_equal_to_its_copy_hashes_and_has_a_repr(
    cls: type, data: st.DataObject
) -> None:
    value: Any = data.draw(STRATEGIES[cls](), label=cls.__qualname__)
    assert isinstance(value, cls)
    assert isinstance(repr(value), str)
    if isinstance(value, Enum):
        assert cls(value.value) is value
        return
    assert attrs.evolve(value) == value
    frozen = cls.__setattr__ is not object.__setattr__
    assert frozen, f"{cls.__qualname__} is public and mutable"
    if cls in UNHASHABLE:
        with pytest.raises(TypeError):
            hash(value)
    else:
        assert hash(attrs.evolve(value)) == hash(value)


@settings(max_examples=25)
@given(content_calendars())
def test_a_calendar_survives_its_json(cal: ContentCalendar) -> None:
    assert from_json(to_json(cal)) == cal


@settings(max_examples=25)
@given(strategy_documents())
def test_a_strategy_survives_its_toml(strategy: Strategy) -> None:
    assert loads_strategy(dumps_strategy(strategy)) == strategy


@settings(max_examples=50)
@given(three_cs())
def test_a_drawn_three_c_never_repeats_a_name(three_c: ThreeC) -> None:
    # Fuzz seed 11: the strategy drew the company's name for a competitor, which ThreeC refuses.
    names = [three_c.company.name, *(c.name for c in three_c.competitors)]
    assert len(set(names)) == len(names)


@settings(max_examples=100)
@given(inboxes())
def test_a_drawn_inbox_is_seen_after_its_messages_as_instants(inbox: Inbox) -> None:
    """Fuzz seed 2026: the latest message was found by wall clock, so on a fall-back night
    ``now`` could be before a message's second 02:30."""
    now = inbox.now.astimezone(UTC)
    for m in inbox.messages:
        assert (m.answered_at or m.received_at).astimezone(UTC) <= now
