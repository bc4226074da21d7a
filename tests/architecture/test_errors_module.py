"""``socialkit.errors`` is the whole hierarchy, drawn in its docstring, all public."""

from __future__ import annotations

import re

import socialkit
import socialkit.errors as errors

CLASSES = [getattr(errors, name) for name in errors.__all__]


def _drawn() -> dict[str, tuple[str | None, str | None]]:
    """Class name -> (parent drawn above it, builtin named in brackets)."""
    tree = errors.__doc__.split("::", 1)[1] if errors.__doc__ else ""
    stack: list[tuple[int, str]] = []
    found: dict[str, tuple[str | None, str | None]] = {}
    for line in tree.splitlines():
        match = re.match(r"^(\s*)(?:[│ ]*[├└]── )?(\w+)(?: \((\w+)\))?\s*$", line)
        if not match or not line.strip():
            continue
        depth = len(line) - len(line.lstrip(" │├└─"))
        while stack and stack[-1][0] >= depth:
            stack.pop()
        found[match.group(2)] = (stack[-1][1] if stack else None, match.group(3))
        stack.append((depth, match.group(2)))
    return found


def test_every_error_is_defined_in_socialkit_errors() -> None:
    for cls in CLASSES:
        assert cls.__module__ == "socialkit.errors", cls


def test_the_drawn_tree_is_the_real_hierarchy() -> None:
    drawn = _drawn()
    assert set(drawn) == {cls.__name__ for cls in CLASSES}
    for cls in CLASSES:
        parent, builtin = drawn[cls.__name__]
        socialkit_bases = [b.__name__ for b in cls.__bases__ if b.__module__ == "socialkit.errors"]
        other_bases = [b.__name__ for b in cls.__bases__ if b.__module__ == "builtins"]
        assert socialkit_bases == ([parent] if parent else []), cls
        assert other_bases == ([builtin] if builtin else []) or (
            parent is None and other_bases == ["Exception"]
        ), cls


def test_every_error_subclasses_the_root() -> None:
    for cls in CLASSES:
        root = errors.SocialkitWarning if issubclass(cls, Warning) else socialkit.SocialkitError
        assert issubclass(cls, root)
