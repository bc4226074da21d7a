"""socialkit.dask on a real LocalCluster with two worker processes: equal to one process."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import attrs
import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from socialkit import PlanSpec  # noqa: E402
from socialkit.calendar import plan_many  # noqa: E402
from socialkit.dask import assess_frame, measure_frame, plan_bag  # noqa: E402
from socialkit.platforms import Platform, get_platform, register_platform  # noqa: E402
from socialkit.platforms._registry import _REGISTRY  # noqa: E402
from socialkit.posts import assess_many  # noqa: E402
from socialkit.text import measure_many  # noqa: E402

TEXTS = [
    "Hello #bread",
    "x" * 600,
    "New guide! https://example.com #b2b #marketing #sales",
    "é" * 320,
    "",
    "Merci @socialkit 👋🏽",
] * 5


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(
        processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture
def custom() -> Iterator[Platform]:
    """A made-up platform registered only in this (the test) process."""
    with _REGISTRY.isolated():
        platform = attrs.evolve(
            get_platform("bluesky"),
            slug="daskinstance",
            aliases=(),
            name="Dask instance",
            verified_on=date(2026, 11, 22),
        )
        register_platform(platform)
        yield platform


def _frame() -> object:
    return dd.from_pandas(pd.DataFrame({"text": TEXTS}), npartitions=4)


def test_assess_and_measure_frame_equal_one_process(client: object, custom: Platform) -> None:
    for slug in ("x", "daskinstance"):
        got = assess_frame(_frame(), text="text", platform=slug).compute()
        want = assess_many(TEXTS, slug)
        assert got["fits"].tolist() == list(want.fits)
        assert got["score"].tolist() == list(want.score)
        assert got["errors"].tolist() == list(want.errors)
        assert got["rules"].tolist() == [" ".join(r) for r in want.rules]
        measured = measure_frame(_frame(), text="text", platform=slug, prefix="m_").compute()
        cols = measure_many(TEXTS, slug)
        assert measured["m_length"].tolist() == list(cols.length)
        assert measured["m_fits"].tolist() == list(cols.fits)


def test_plan_bag_equal_one_process(client: object, custom: Platform) -> None:
    start, end = date(2027, 3, 1), date(2027, 4, 5)
    accounts = [
        ("eu", PlanSpec.simple(platforms=["linkedin", "daskinstance"], tz="Europe/Paris")),
        ("broken", "not a spec"),
        ("us", PlanSpec.simple(platforms=["x"], tz="America/New_York", interaction=None)),
    ]
    got = plan_bag(db.from_sequence(accounts, npartitions=2), start=start, end=end).compute()
    assert list(got) == list(plan_many(accounts, start=start, end=end))  # type: ignore[arg-type]
    assert [o.ok for o in got] == [True, False, True]
