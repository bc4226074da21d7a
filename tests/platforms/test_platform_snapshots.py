"""Every shipped platform's data has a reviewable JSON snapshot in ``tests/data/platforms/``.

A change to a platform's data (a limit, a signal, a source, an own domain...)
fails this test with a diff of the snapshot until the snapshot is regenerated,
so the change shows in review as a JSON diff, and the changelog's *Data* section
can say what moved. To regenerate after an intended change::

    SOCIALKIT_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest -q tests/platforms/test_platform_snapshots.py

then review ``git diff tests/data/platforms`` and commit the snapshots with the
data change. A new platform needs no test code here, only its snapshot: the same
command writes it. The snapshot is ``jsonable(platform)`` (the one JSON form of
attrs values) dumped with sorted keys and two-space indents; lists keep the
data's order, which is part of the data.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import attrs
import pytest

import socialkit
from socialkit import Platform
from socialkit._core.table import jsonable

SNAPSHOTS = Path(__file__).parents[1] / "data" / "platforms"
UPDATE = os.environ.get("SOCIALKIT_UPDATE_SNAPSHOTS") == "1"
REGENERATE = "SOCIALKIT_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest -q tests/platforms/test_platform_snapshots.py"
PLATFORMS = socialkit.list_platforms()


def snapshot(platform: Platform) -> str:
    """The platform's data as deterministic JSON text: sorted keys, data-order lists."""
    return json.dumps(jsonable(platform), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _path(platform: Platform) -> Path:
    return SNAPSHOTS / f"{platform.slug}.json"


@pytest.mark.parametrize("platform", [pytest.param(p, id=p.slug) for p in PLATFORMS])
def test_platform_data_matches_its_snapshot(platform: Platform) -> None:
    path, actual = _path(platform), snapshot(platform)
    if UPDATE:
        if not path.exists() or path.read_text(encoding="utf-8") != actual:
            SNAPSHOTS.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            pytest.skip(f"wrote tests/data/platforms/{path.name}: review and commit it")
        return
    if not path.exists():
        pytest.fail(f"{platform.slug} has no data snapshot; write it with:\n  {REGENERATE}")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=f"{path.name} (snapshot)",
            tofile=f"{path.name} (platform data)",
        )
        pytest.fail(
            f"{platform.slug}'s data differs from its snapshot:\n{''.join(diff)}\n"
            f"If the change is intended, regenerate the snapshots, review the diff and "
            f"say what changed in the changelog's Data section:\n  {REGENERATE}",
            pytrace=False,
        )


def test_every_snapshot_belongs_to_a_platform() -> None:
    slugs = {p.slug for p in PLATFORMS}
    stale = sorted(p.name for p in SNAPSHOTS.glob("*.json") if p.stem not in slugs)
    assert not stale, f"snapshots of no registered platform (delete them): {stale}"


def test_the_snapshot_is_deterministic_and_reads_back() -> None:
    for platform in PLATFORMS:
        text = snapshot(platform)
        assert snapshot(platform) == text
        data = json.loads(text)
        assert data == jsonable(platform)
        assert list(data) == sorted(data)
        assert data["slug"] == platform.slug


def test_a_data_change_shows_in_the_snapshot() -> None:
    # The test above can fail: any change to a fact changes the text.
    x = socialkit.get_platform("x")
    changed = attrs.evolve(x, own_domains=x.own_domains[:-1])
    before, after = snapshot(x), snapshot(changed)
    assert before != after
    removed = [
        line for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[0] == "-"
    ]
    assert any('"t.co"' in line for line in removed)
