"""Every rule id a :class:`PlanIssue` can carry is listed in its docstring (and only those)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import socialkit
from socialkit.calendar import PlanIssue
from socialkit.platforms import Period

SOURCE = Path(socialkit.__file__).parent


def _documented() -> set[str]:
    """The ids named at the start of the docstring's bullet points."""
    doc = PlanIssue.__doc__ or ""
    bullets = re.findall(r"^\s*- (.+?):", doc, flags=re.MULTILINE)
    return {name for bullet in bullets for name in re.findall(r"``(\w+)``", bullet)}


def _emitted() -> tuple[set[str], list[str]]:
    """Literal ``rule=`` ids of every ``PlanIssue(...)`` in the package, and the other sites."""
    literal: set[str] = set()
    other: list[str] = []
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "PlanIssue"):
                continue
            rule = next((k.value for k in node.keywords if k.arg == "rule"), None)
            if isinstance(rule, ast.Constant) and isinstance(rule.value, str):
                literal.add(rule.value)
            else:
                other.append(f"{path.relative_to(SOURCE)}:{node.lineno}:{ast.unparse(node)[:60]}")
    return literal, other


def test_the_docstring_lists_every_rule_the_planner_emits() -> None:
    literal, other = _emitted()
    # The one computed id: a FrequencyRule's own min_per_<period> violation (planning),
    # and the JSON reader rebuilding issues it wrote (PlanIssue(**i)).
    assert sorted(o.split(":")[0] for o in other) == ["calendar/_planning.py", "io/_calendar.py"]
    computed = {f"min_per_{p}" for p in Period}
    assert literal | computed == _documented()


def test_the_calendar_page_lists_the_same_rules() -> None:
    page = Path(__file__).parents[2] / "docs" / "concepts" / "calendar.md"
    text = page.read_text(encoding="utf-8")
    table = text[text.index("| `rule` | when |") :].split("\n\n")[0]
    rows = [line.split("|")[1] for line in table.splitlines()[2:]]
    assert {name for row in rows for name in re.findall(r"`(\w+)`", row)} == _documented()
