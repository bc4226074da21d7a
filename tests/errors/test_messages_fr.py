"""Every error message can be French: the source builds none from untranslated English.

An AST walk over ``src/socialkit`` finds every call constructing a
:class:`~socialkit.errors.SocialkitError` subclass and follows each text it is given
(``problem``, ``allowed``, ``expected``, a message) back to where it is written:
through local variables, through the parameters of the helpers that pass it on
(their call sites are checked in turn) and through the ``return`` of the helpers
that build it (``_core/fields._name``...). Every text must be a catalogued
constant or come from ``tr()``/``N_()``/``translate()``; an f-string, a
concatenation or a ``str.format`` is English for ever. :data:`ALLOWED` lists the
few parts that are not prose, each with why.
"""

from __future__ import annotations

import ast
import importlib.util
import inspect
from collections.abc import Iterator
from pathlib import Path

import attrs

from socialkit import errors

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "socialkit"

TEXT_PARAMETERS = frozenset({"problem", "allowed", "expected", "message"})
"""The parameters of an error class that hold prose (``where`` and names are not)."""

TRANSLATING = frozenset(
    {"tr", "_tr", "N_", "translate", "_translate", "label", "or_list", "without_prefix"}
)
"""Calls whose result is in the current language (``N_`` marks a constant looked up later)."""


def _error_parameters() -> dict[str, tuple[tuple[int, str], ...]]:
    """Error class name -> its prose parameters, as (position, name)."""
    found: dict[str, tuple[tuple[int, str], ...]] = {}
    for name, kind in vars(errors).items():
        if not (isinstance(kind, type) and issubclass(kind, errors.SocialkitError)):
            continue
        own = [k for k in kind.__mro__ if k.__module__ == errors.__name__ and "__init__" in vars(k)]
        if not own:  # a plain message: PlanningError(...)
            found[name] = ((0, "message"),)
            continue
        names = list(inspect.signature(kind.__init__).parameters)[1:]
        found[name] = tuple((i, n) for i, n in enumerate(names) if n in TEXT_PARAMETERS)
    return found


ERRORS = _error_parameters()


@attrs.frozen
class Site:
    """One text passed towards an error message: the expression and where it is."""

    path: str
    function: str
    line: int
    source: str


@attrs.frozen
class _Function:
    path: str
    node: ast.FunctionDef | ast.AsyncFunctionDef
    parameters: tuple[str, ...]


def _name_of(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


class _Index:
    """Every function of the package by name, and each node's enclosing function."""

    def __init__(self, root: Path) -> None:
        self.functions: dict[str, list[_Function]] = {}
        self.modules: dict[str, ast.Module] = {}
        self.owner: dict[int, _Function | None] = {}
        self.calls: list[tuple[str, ast.Call, _Function | None]] = []
        for path in sorted(root.rglob("*.py")):
            where = str(path.relative_to(root.parent))
            tree = ast.parse(path.read_text(encoding="utf-8"))
            self.modules[where] = tree
            self._visit(where, tree, None)

    def _visit(self, path: str, node: ast.AST, owner: _Function | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = owner
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                arguments = child.args
                names = [a.arg for a in (*arguments.posonlyargs, *arguments.args)]
                names += [a.arg for a in arguments.kwonlyargs]
                inner = _Function(path, child, tuple(names))
                self.functions.setdefault(child.name, []).append(inner)
            if isinstance(child, ast.Call):
                self.calls.append((path, child, owner))
            self.owner[id(child)] = owner
            self._visit(path, child, inner)


def _argument(call: ast.Call, position: int, name: str) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    if position < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args):
        return call.args[position]
    return None


class Checker:
    """Follows every text given to an error back to its source; collects the English ones."""

    def __init__(self, root: Path = SRC) -> None:
        self.index = _Index(root)
        self.problems: dict[Site, str] = {}
        self._feeding: set[tuple[str, str]] = set()  # (function name, parameter)
        self._returns: set[str] = set()
        self._queue: list[tuple[str, ast.expr, _Function | None]] = []

    def run(self) -> dict[Site, str]:
        """Every English text that reaches an error message -> why it is flagged."""
        for path, call, owner in self.index.calls:
            name = _name_of(call.func)
            for position, parameter in ERRORS.get(name or "", ()):
                given = _argument(call, position, parameter)
                if given is not None:
                    self._queue.append((path, given, owner))
        self._queue_rewritten_args()
        while self._queue:
            self._check(*self._queue.pop())
        return self.problems

    def _queue_rewritten_args(self) -> None:
        """``error.args = (message,)``: a message written over a built error's."""
        for path, tree in self.index.modules.items():
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Assign)
                    and isinstance(node.value, ast.Tuple)
                    and any(isinstance(t, ast.Attribute) and t.attr == "args" for t in node.targets)
                ):
                    owner = self.index.owner.get(id(node))
                    self._queue += [(path, item, owner) for item in node.value.elts]

    def _flag(self, path: str, node: ast.expr, owner: _Function | None, why: str) -> None:
        function = owner.node.name if owner else "<module>"
        site = Site(path, function, node.lineno, ast.unparse(node))
        self.problems.setdefault(site, why)

    def _check(self, path: str, node: ast.expr, owner: _Function | None) -> None:
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str) and node.value and node.value not in CATALOGUED:
                self._flag(path, node, owner, "an uncatalogued constant: wrap it in tr() or N_()")
        elif isinstance(node, ast.JoinedStr):
            self._flag(path, node, owner, "an f-string: make it a tr() template with params")
        elif isinstance(node, ast.BinOp):
            self._flag(path, node, owner, "a concatenation: make it one tr() template")
        elif isinstance(node, ast.IfExp):
            self._queue += [(path, node.body, owner), (path, node.orelse, owner)]
        elif isinstance(node, ast.BoolOp):
            self._queue += [(path, value, owner) for value in node.values]
        elif isinstance(node, ast.Name):
            self._check_name(path, node, owner)
        elif isinstance(node, ast.Call):
            self._check_call(path, node, owner)
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            self._check_table(path, node.value, owner)
        elif not _no_text_of_its_own(node):
            self._flag(path, node, owner, "a text this test cannot follow: allow it or simplify")

    def _check_fill(self, path: str, node: ast.expr, owner: _Function | None) -> None:
        """A ``tr()`` parameter: words written here are English whatever the template."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if any(c.isalpha() for c in node.value):
                self._flag(path, node, owner, "English words in a placeholder: pass tr() text")
        elif isinstance(node, ast.JoinedStr):
            words = [v.value for v in node.values if isinstance(v, ast.Constant)]
            if any(c.isalpha() for word in words for c in str(word)):
                self._flag(path, node, owner, "an f-string in a placeholder: pass tr() text")
        elif isinstance(node, (ast.IfExp, ast.BoolOp)):
            parts = (node.body, node.orelse) if isinstance(node, ast.IfExp) else node.values
            for part in parts:
                self._check_fill(path, part, owner)
        elif isinstance(node, ast.Name) and owner and node.id not in owner.parameters:
            for value in _assigned(owner.node, node.id):
                self._check_fill(path, value, owner)

    def _check_name(self, path: str, node: ast.Name, owner: _Function | None) -> None:
        scope: ast.AST = owner.node if owner else self.index.modules[path]
        values = list(_assigned(scope, node.id))
        if owner and node.id in owner.parameters:
            key = (owner.node.name, node.id)
            if key not in self._feeding:
                self._feeding.add(key)
                self._queue_callers(owner, node.id)
        elif not values and owner:  # a module constant
            values = list(_assigned(self.index.modules[path], node.id, top=True))
        if not values and not (owner and node.id in owner.parameters):
            self._flag(path, node, owner, "a name this test cannot follow")
        self._queue += [(path, value, owner) for value in values]

    def _check_table(self, path: str, table: ast.Name, owner: _Function | None) -> None:
        """``TABLE[key]``: every value of the module's dict literal ``TABLE``."""
        found = list(_assigned(self.index.modules[path], table.id, top=True))
        values = [v for d in found if isinstance(d, ast.Dict) for v in d.values]
        if not values:
            self._flag(path, table, owner, "a table this test cannot follow")
        self._queue += [(path, value, owner) for value in values]

    def _queue_callers(self, function: _Function, parameter: str) -> None:
        position = function.parameters.index(parameter)
        if function.parameters[:1] in (("self",), ("cls",)):
            position -= 1
        for path, call, owner in self.index.calls:
            if _name_of(call.func) == function.node.name:
                given = _argument(call, position, parameter)
                if given is not None:
                    self._queue.append((path, given, owner))

    def _check_call(self, path: str, node: ast.Call, owner: _Function | None) -> None:
        name = _name_of(node.func)
        if name in ("tr", "_tr"):
            for keyword in node.keywords:
                self._check_fill(path, keyword.value, owner)
        if name in TRANSLATING:
            return
        if name == "format":
            self._flag(path, node, owner, "str.format: make it a tr() template")
            return
        helpers = self.index.functions.get(name or "", [])
        if not helpers:
            self._flag(path, node, owner, "a call this test cannot follow: allow it or use tr()")
            return
        if name is None or name in self._returns:
            return
        self._returns.add(name)
        for helper in helpers:
            for returned in _returned(helper.node):
                self._queue.append((helper.path, returned, helper))


def _no_text_of_its_own(node: ast.expr) -> bool:
    """``error.problem`` passed on (already in the language) or a class name (``kind.__name__``)."""
    return isinstance(node, ast.Attribute) and (
        node.attr in TEXT_PARAMETERS or node.attr == "__name__"
    )


def _assigned(scope: ast.AST, name: str, *, top: bool = False) -> Iterator[ast.expr]:
    nodes = scope.body if top and isinstance(scope, ast.Module) else ast.walk(scope)
    for item in nodes:
        if isinstance(item, ast.Assign) and item.value is not None:
            if any(isinstance(t, ast.Name) and t.id == name for t in item.targets):
                yield item.value
        elif isinstance(item, (ast.AnnAssign, ast.AugAssign)) and item.value is not None:
            if isinstance(item.target, ast.Name) and item.target.id == name:
                yield item.value
        elif isinstance(item, ast.NamedExpr) and item.target.id == name:
            yield item.value


def _returned(function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.expr]:
    for node in ast.walk(function):
        if isinstance(node, ast.Return) and node.value is not None:
            yield node.value


def _catalogued() -> frozenset[str]:
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    po = SRC / "locale" / "fr" / "LC_MESSAGES" / "socialkit.po"
    entries = module.parse_po(po.read_text(encoding="utf-8"), str(po))
    return frozenset(e.msgid for e in entries if e.msgid and e.msgctxt is None and e.translated)


CATALOGUED = _catalogued()


ALLOWED: dict[tuple[str, str, str], str] = {
    ("socialkit/cli/_check.py", "_read_calendar", "f'--calendar {path}'"): "a flag and a path",
    (
        "socialkit/cli/_strategy.py",
        "_plan",
        "f'--example {args.example or examples.DEFAULT_STRATEGY}'",
    ): ("a flag and a name"),
    ("socialkit/_core/fields.py", "_name", "str(hint)"): (
        "a typing construct socialkit has no words for: its repr is code, the same in any language"
    ),
    **{
        (path, function, source): "the operating system's or codec's own message, from Python"
        for path, function, sources in (
            ("socialkit/cli/_check.py", "_read_post_text", ("str(error)",)),
            ("socialkit/cli/_check.py", "_read_calendar", ("str(error)", "error.strerror")),
            ("socialkit/cli/_drafts.py", "_read", ("str(error)", "error.strerror")),
        )
        for source in sources
    },
}
"""(file, function, expression) -> why the text may stay as it is."""


def _english(checker: Checker) -> dict[str, str]:
    return {
        f"{s.path}:{s.line} ({s.function}): {s.source}": why
        for s, why in checker.run().items()
        if (s.path, s.function, s.source) not in ALLOWED
    }


def test_every_error_message_is_built_from_translated_parts() -> None:
    assert _english(Checker()) == {}


def test_every_allowed_text_is_still_there() -> None:
    """An entry whose text was converted or moved goes: the list stays short and true."""
    flagged = {(s.path, s.function, s.source) for s in Checker().run()}
    assert set(ALLOWED) - flagged == set()


SAMPLE = """
from socialkit._core.i18n import N_, tr
from socialkit.errors import PlanningError, SocialkitTypeError, ValidationError

LIMIT = "at most 3"

def _fail(where, problem, allowed):
    raise ValidationError(where, problem, allowed=allowed)

def _name(kind):
    if kind is None:
        return tr("nothing")
    return f"a {kind.__name__}"

def good(value):
    raise ValidationError("x", tr("got {value!r}", value=value), allowed=N_("expected a str"))

def bad(value, kind):
    _fail("x", f"got {value!r}", "expected " + LIMIT)
    problem = "far too long here"
    _fail("y", problem, LIMIT)
    raise SocialkitTypeError("z", value, expected=_name(kind))

def plan():
    raise PlanningError("nothing can be planned")

def rewritten(error):
    error.args = (f"{error} again",)
"""


def test_the_checker_follows_variables_helpers_and_returns(tmp_path: Path) -> None:
    (tmp_path / "socialkit").mkdir()
    (tmp_path / "socialkit" / "sample.py").write_text(SAMPLE, encoding="utf-8")
    found = {(s.function, s.source) for s in Checker(tmp_path / "socialkit").run()}
    assert found == {
        ("bad", "f'got {value!r}'"),
        ("bad", "'expected ' + LIMIT"),
        ("bad", "'far too long here'"),
        ("bad", "'at most 3'"),  # the module constant, where it is used
        ("_name", "f'a {kind.__name__}'"),
        ("plan", "'nothing can be planned'"),
        ("rewritten", "f'{error} again'"),
    }
