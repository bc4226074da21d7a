"""Sphinx extension: write ``reference/platforms.md`` from the live registry.

The platform reference is generated, never hand-copied, so it cannot drift
from the data that ships.
"""

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

from socialkit.platforms._describe import platform_markdown
from socialkit.platforms._registry import list_platforms


def _generate(app: Sphinx) -> None:
    target = Path(app.srcdir) / "reference" / "platforms.md"
    target.parent.mkdir(exist_ok=True)
    header = (
        "# Platform reference\n\n"
        "Generated from the registry at build time. Each fact names its source and a\n"
        "confidence: *official* (the platform's own code or docs), *secondary* (press,\n"
        "third-party tools, studies), *source document* (the course notes socialkit is\n"
        "modelled on) or *unconfirmed*.\n\n"
    )
    body = "\n".join(platform_markdown(p) for p in list_platforms())
    text = header + body
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", _generate)
    return {"parallel_read_safe": True, "version": "1"}
