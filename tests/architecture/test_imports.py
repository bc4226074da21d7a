"""The layout is the architecture: imports go downward and happen at module level.

A function-level import of a socialkit module hides an import circle (the
module would fail to import at the top); only ``socialkit/io/`` (where
optional third-party dependencies load on first use) and package ``__init__``
facades (lazy loading) are exempt. ``lint-imports`` (run by CI)
checks the layers themselves; this test checks what it cannot see.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "socialkit"
MODULES = sorted(SRC.rglob("*.py"))


def _deferred_socialkit_imports(path: Path, root: Path = SRC.parent) -> list[str]:
    """``line: statement`` for each socialkit import inside a function body."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(func):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.ImportFrom):
                names = ["(relative import)"]
            if any(n == "socialkit" or n.startswith(("socialkit.", "(")) for n in names):
                found.append(f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(node)}")
    return found


def _exempt(path: Path) -> bool:
    return path.name == "__init__.py" or "io" in path.relative_to(SRC).parts[:1]


@pytest.mark.parametrize(
    "path", [p for p in MODULES if not _exempt(p)], ids=lambda p: str(p.relative_to(SRC))
)
def test_no_function_level_import_of_socialkit(path: Path) -> None:
    assert _deferred_socialkit_imports(path) == []


def test_the_check_sees_a_deferred_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from socialkit.mix import ContentMix\n    return ContentMix\n")
    assert _deferred_socialkit_imports(sample, root=tmp_path) == [
        "sample.py:2: from socialkit.mix import ContentMix"
    ]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_every_module_imports_on_its_own(path: Path) -> None:
    """Imported first and alone in a fresh interpreter, every module loads: no circle."""
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
    if name.endswith("__main__"):
        pytest.skip("running socialkit.__main__ starts the CLI")
    subprocess.run([sys.executable, "-c", f"import {name}"], check=True)
