"""Data modules hold data only (ARCHITECTURE.md, principle 5).

A platform's facts live in ``socialkit/platforms/<slug>.py``, the disclosure
markers in ``posts/_disclosure.py``, the paid-social objectives and checklist in
``measure/_paid_data.py``. Each defines values, never a public function or a
class (private helpers that only build values, such as X's ranker shorthand, are
allowed); the logic that reads them lives beside, in the subpackage's other modules.
"""

from __future__ import annotations

import importlib
import inspect
import types

import pytest

from socialkit.platforms import Platform
from socialkit.platforms._registry import SHIPPED

DATA_MODULES = (
    "socialkit.posts._disclosure",
    "socialkit.posts._bhargava",
    "socialkit.measure._paid_data",
    "socialkit._core.vocabulary_fr",
    *(f"socialkit.platforms.{slug}" for slug in SHIPPED),
)


@pytest.mark.parametrize("name", DATA_MODULES)
def test_a_data_module_defines_no_public_function_or_class(name: str) -> None:
    module = importlib.import_module(name)
    defined = sorted(
        attr
        for attr, value in vars(module).items()
        if isinstance(value, types.FunctionType | type)
        and inspect.getmodule(value) is module
        and (not attr.startswith("_") or isinstance(value, type))
    )
    assert defined == [], f"{name} defines logic; move it out of the data module"


@pytest.mark.parametrize("slug", SHIPPED)
def test_a_platform_data_module_defines_its_platform(slug: str) -> None:
    module = importlib.import_module(f"socialkit.platforms.{slug}")
    assert isinstance(module.PLATFORM, Platform)
    assert module.PLATFORM.slug == slug
