"""``one_or_many``: one name alone is one item; a collection is frozen as ``to_tuple`` does."""

from hypothesis import given
from hypothesis import strategies as st

from socialkit._core.validate import one_or_many, to_tuple
from socialkit.strategy import Persona


@given(st.text())
def test_a_bare_string_is_one_item(name: str) -> None:
    assert one_or_many(name) == (name,)


@given(st.lists(st.text()))
def test_a_collection_is_frozen_like_to_tuple(names: list[str]) -> None:
    assert one_or_many(names) == to_tuple(names) == tuple(names)
    assert one_or_many(iter(names)) == tuple(names)


def test_persona_networks_take_one_name() -> None:
    assert Persona(name="Student", networks="tiktok").networks == ("tiktok",)
