"""RegistrySnapshot: a spawn worker sees exactly the caller's registry."""

from __future__ import annotations

import multiprocessing
import pickle
from datetime import date

import attrs
import pytest

from socialkit.errors import SocialkitTypeError, UnknownPlatformError
from socialkit.platforms import (
    RegistrySnapshot,
    get_platform,
    register_platform,
    registry_snapshot,
)
from socialkit.platforms._registry import _REGISTRY
from socialkit.posts import assess_many


def custom() -> object:
    return attrs.evolve(
        get_platform("mastodon"),
        slug="snapinstance",
        aliases=(),
        name="Snap instance",
        verified_on=date(2026, 11, 22),
    )


def _in_worker(snapshot: RegistrySnapshot) -> tuple[str, ...]:
    with snapshot.applied():
        return assess_many(["Hello #bread"], "snapinstance").rules[0]


def test_snapshot_holds_only_changes_and_applies_in_spawn_worker() -> None:
    with _REGISTRY.isolated():
        assert registry_snapshot().platforms == ()
        register_platform(custom())  # type: ignore[arg-type]
        snap = registry_snapshot()
        assert [p.slug for p in snap.platforms] == ["snapinstance"]
        assert pickle.loads(pickle.dumps(snap)) == snap
        expected = assess_many(["Hello #bread"], "snapinstance").rules[0]
    with pytest.raises(UnknownPlatformError):
        get_platform("snapinstance")
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        assert pool.apply(_in_worker, (snap,)) == expected
    with snap.applied():
        assert get_platform("snapinstance").name == "Snap instance"
    with pytest.raises(UnknownPlatformError):
        get_platform("snapinstance")


def test_bad_platforms() -> None:
    with pytest.raises(SocialkitTypeError, match="platforms"):
        RegistrySnapshot(platforms=("x",))  # type: ignore[arg-type]
