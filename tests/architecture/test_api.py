"""The public API on purpose: a small lazy top level, the long tail in subpackages."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import socialkit

SUBPACKAGES = (
    "errors",
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
    "io",
    "cli",
    "examples",
)


def _fresh(code: str) -> str:
    """What ``code`` prints in a new interpreter (so nothing is imported yet)."""
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return done.stdout.strip()


def test_the_top_level_is_small_and_sorted() -> None:
    assert len(socialkit.__all__) <= 60
    assert socialkit.__all__ == sorted(socialkit.__all__)


@pytest.mark.parametrize("name", socialkit.__all__)
def test_every_top_level_name_resolves(name: str) -> None:
    assert getattr(socialkit, name) is not None
    assert name in dir(socialkit)


def test_no_top_level_name_shadows_a_subpackage() -> None:
    assert not set(socialkit.__all__) & set(SUBPACKAGES)
    assert socialkit.platforms.__name__ == "socialkit.platforms"
    assert callable(socialkit.list_platforms)


@pytest.mark.parametrize("sub", SUBPACKAGES)
def test_every_subpackage_is_public_and_its_names_resolve(sub: str) -> None:
    module = importlib.import_module(f"socialkit.{sub}")
    names = getattr(module, "__all__", [])
    assert len(names) == len(set(names))  # order: ruff's RUF022 keeps it sorted
    for name in names:
        assert hasattr(module, name), f"socialkit.{sub}.{name}"


def test_top_level_names_are_the_subpackage_objects() -> None:
    assert socialkit.ContentCalendar is socialkit.calendar.ContentCalendar
    assert socialkit.Post is socialkit.posts.Post
    assert socialkit.load_strategy is socialkit.io.load_strategy


def test_the_language_switch_is_top_level() -> None:
    from socialkit._core import i18n

    assert {"set_language", "language", "get_language"} <= set(socialkit.__all__)
    assert socialkit.set_language is i18n.set_language
    assert socialkit.language is i18n.language
    assert socialkit.get_language is i18n.get_language


def test_a_platform_data_module_imports_by_path() -> None:
    import socialkit.platforms.x

    assert socialkit.platforms.x.PLATFORM.slug == "x"


def test_unknown_top_level_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Plan'"):
        socialkit.Plan  # noqa: B018


def test_import_socialkit_loads_no_subpackage() -> None:
    loaded = _fresh(
        "import sys, socialkit; print(sorted(m for m in sys.modules if 'socialkit' in m))"
    )
    assert loaded == "['socialkit']"


def test_measuring_text_loads_only_what_measuring_needs() -> None:
    loaded = _fresh(
        "import sys\n"
        "from socialkit.text import measure\n"
        "measure('hello #world', 'x')\n"
        "print(sorted({m.split('.')[1] for m in sys.modules if m.startswith('socialkit.')}))"
    )
    assert loaded == "['_core', 'errors', 'platforms', 'text']"


def test_tests_mirror_the_subpackages() -> None:
    tests = Path(__file__).resolve().parents[1]
    for sub in (*SUBPACKAGES[:-2], "cli"):  # examples are exercised by every other folder
        assert (tests / sub).is_dir(), f"tests/{sub}/ mirrors socialkit.{sub}"
    assert (tests / "core").is_dir()  # socialkit._core
