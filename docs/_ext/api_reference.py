"""Sphinx extension: write one API page per subpackage from its ``__all__``.

The reference is generated, never hand-listed, so a name added to, moved
between or removed from a subpackage shows up (or disappears) by itself.
The top-level page lists the everyday names and the subpackage each lives in.
"""

import importlib
import inspect
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

import socialkit

# (subpackage, layer, one line) in layer order, lowest first.
SUBPACKAGES = (
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
    ("examples", "L6", "the case studies of the source documents"),
)


def _directive(module: Any, name: str) -> str:
    value = getattr(module, name)
    if inspect.isclass(value):
        return f".. autoclass:: {module.__name__}.{name}\n   :members:\n"
    if inspect.isfunction(value):
        return f".. autofunction:: {module.__name__}.{name}\n"
    return f".. autodata:: {module.__name__}.{name}\n   :no-value:\n"


def _page(sub: str, layer: str, summary: str) -> str:
    module = importlib.import_module(f"socialkit.{sub}")
    body = "".join(_directive(module, name) for name in module.__all__)
    return (
        f"# socialkit.{sub}\n\n{layer}: {summary}.\n\n"
        f"```{{eval-rst}}\n.. automodule:: socialkit.{sub}\n   :no-members:\n\n{body}```\n"
    )


def _documented_in(name: str) -> str | None:
    """The first subpackage (lowest layer first) whose ``__all__`` names ``name``."""
    for sub, _, _ in SUBPACKAGES:
        if name in importlib.import_module(f"socialkit.{sub}").__all__:
            return sub
    return None


def _index() -> str:
    rows = "".join(
        f"| `{name}` | [`socialkit.{sub}`]({sub}.md) |\n"
        for name in socialkit.__all__
        if (sub := _documented_in(name))
    )
    toc = "\n".join(sub for sub, _, _ in SUBPACKAGES)
    return (
        "# API reference\n\n"
        "Generated from the code. `import socialkit` gives the everyday names below,\n"
        "each loaded on first use; everything else lives in its subpackage, one page\n"
        "each, lowest layer first (see {doc}`../../design`).\n\n"
        "| top-level name | documented in |\n| --- | --- |\n"
        f"{rows}\n"
        f"```{{toctree}}\n:maxdepth: 1\n\n{toc}\n```\n"
    )


def _write(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def _generate(app: Sphinx) -> None:
    target = Path(app.srcdir) / "reference" / "api"
    target.mkdir(parents=True, exist_ok=True)
    _write(target / "index.md", _index())
    for sub, layer, summary in SUBPACKAGES:
        _write(target / f"{sub}.md", _page(sub, layer, summary))


def _top_level_alias(app: Sphinx, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``socialkit.Post`` to where it is documented, ``socialkit.posts.Post``."""
    target = node.get("reftarget", "")
    head, _, rest = target.removeprefix("socialkit.").partition(".")
    home = socialkit._HOMES.get(head)
    if node.get("refdomain") != "py" or not target.startswith("socialkit.") or home is None:
        return None
    node["reftarget"] = ".".join(filter(None, (home, head, rest)))
    return env.domains["py"].resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], node["reftarget"], node, contnode
    )


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", _generate)
    app.connect("missing-reference", _top_level_alias)
    return {"parallel_read_safe": True, "version": "1"}
