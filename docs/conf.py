"""Sphinx configuration. The build runs in CI with warnings as errors (-W)."""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "_ext"))

project = "socialkit"
author = "socialkit developers"
copyright = "2026, socialkit developers"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "platform_reference",
    "api_reference",
]
source_suffix = {".md": "markdown"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = "socialkit"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_preserve_defaults = True  # show `rules=DEFAULT_RULES`, not the whole RuleSet
autodoc_default_options = {"members": True, "undoc-members": False}
