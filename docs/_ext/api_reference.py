"""Sphinx extension: write one API page per subpackage from its ``__all__``.

The reference is generated, never hand-listed, so a name added to, moved
between or removed from a subpackage shows up (or disappears) by itself.
Each object is documented once, on the lowest page that exports it; other
pages link there. The index lists the everyday top-level names.
"""

import importlib
import inspect
from pathlib import Path
from types import ModuleType
from typing import Any

from sphinx.application import Sphinx

import socialkit

# (page, layer, one line) in layer order, lowest first. "shared" documents the
# top-level names defined in the private foundation (socialkit._core).
PAGES = (
    ("shared", "L0", "values every subpackage shares: findings, rules, sources"),
    ("errors", "L0", "the error hierarchy"),
    ("platforms", "L1", "platforms as sourced data, and the registry"),
    ("text", "L2", "measuring text as each platform counts it"),
    ("funnel", "L2", "funnel stages, content types, funnel arithmetic, coverage"),
    ("mix", "L2", "content-mix allocation and sequencing"),
    ("frequency", "L2", "posting-frequency rules and best times"),
    ("posts", "L3", "draft posts and their assessment"),
    ("calendar", "L3", "planning and content calendars"),
    ("measure", "L3", "tracking, metrics, experiments, influence, paid social"),
    ("community", "L3", "community management"),
    ("strategy", "L4", "strategy documents, diagnosis and validation"),
    ("io", "L5", "files and formats"),
    ("dask", "L5", "assessing, measuring and planning on Dask (extra ``dask``)"),
    ("examples", "L6", "the case studies of the source documents"),
)

DOCUMENTED: dict[str, str] = {}
"""Top-level name -> the dotted path it is documented under (filled by :func:`_generate`)."""


def _names(page: str) -> tuple[ModuleType, list[str]]:
    if page == "shared":
        homes = socialkit._HOMES
        return socialkit, [
            n for n in socialkit.__all__ if homes.get(n, "").startswith("socialkit._")
        ]
    module = importlib.import_module(f"socialkit.{page}")
    return module, list(module.__all__)


def _directive(path: str, value: object) -> str:
    if inspect.isclass(value):
        return f".. autoclass:: {path}\n   :members:\n"
    if inspect.isfunction(value):
        return f".. autofunction:: {path}\n"
    return f".. autodata:: {path}\n   :no-value:\n"


def _page(page: str, layer: str, summary: str, seen: dict[int, str]) -> str:
    """The page of ``page``; an object documented on a lower page is linked, not repeated."""
    module, names = _names(page)
    body, also = [], []
    for name in names:
        value = getattr(module, name)
        if (inspect.isclass(value) or inspect.isfunction(value)) and id(value) in seen:
            also.append(f"- `{name}`: the same as {{py:obj}}`{seen[id(value)]}`\n")
            continue
        seen.setdefault(id(value), f"{module.__name__}.{name}")
        body.append(_directive(f"{module.__name__}.{name}", value))
    title = "Shared values" if page == "shared" else f"socialkit.{page}"
    shared = "\nAlso exported here:\n\n" + "".join(also) if also else ""
    head = "" if page == "shared" else f".. automodule:: socialkit.{page}\n   :no-members:\n\n"
    return (
        f"# {title}\n\n{layer}: {summary}.\n{shared}\n```{{eval-rst}}\n{head}{''.join(body)}```\n"
    )


def _index(seen: dict[int, str]) -> str:
    rows = []
    for name in socialkit.__all__:
        path = seen.get(id(getattr(socialkit, name)))
        if path is None:  # __version__
            continue
        DOCUMENTED[name] = path
        rows.append(f"| {{py:obj}}`{name} <{path}>` | `{path}` |\n")
    toc = "\n".join(page for page, _, _ in PAGES)
    return (
        "# API reference\n\n"
        "Generated from the code. `import socialkit` gives the everyday names below,\n"
        "each loaded on first use; everything else lives in its subpackage, one page\n"
        "each, lowest layer first (see {doc}`../../design`).\n\n"
        "| top-level name | documented as |\n| --- | --- |\n"
        f"{''.join(rows)}\n"
        f"```{{toctree}}\n:maxdepth: 1\n\n{toc}\n```\n"
    )


def _write(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def _generate(app: Sphinx) -> None:
    target = Path(app.srcdir) / "reference" / "api"
    target.mkdir(parents=True, exist_ok=True)
    seen: dict[int, str] = {}
    for page, layer, summary in PAGES:
        _write(target / f"{page}.md", _page(page, layer, summary, seen))
    _write(target / "index.md", _index(seen))


def _top_level_alias(app: Sphinx, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``socialkit.Post`` to where it is documented, ``socialkit.posts.Post``."""
    target = node.get("reftarget", "")
    head, _, rest = target.removeprefix("socialkit.").partition(".")
    if node.get("refdomain") != "py" or not target.startswith("socialkit."):
        return None
    if head not in DOCUMENTED or DOCUMENTED[head] == f"socialkit.{head}":
        return None
    node["reftarget"] = ".".join(filter(None, (DOCUMENTED[head], rest)))
    return env.domains["py"].resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], node["reftarget"], node, contnode
    )


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", _generate)
    app.connect("missing-reference", _top_level_alias)
    return {"parallel_read_safe": True, "version": "1"}
