"""Worked examples: the case studies of the source documents.

>>> from socialkit import examples
>>> examples.strategy("cosmetics-brand").channel("instagram").role
'community and conversion'
"""

from socialkit.examples._strategies import (
    DEFAULT_STRATEGY,
    strategies,
    strategy,
    strategy_names,
    strategy_toml,
    template,
)

__all__ = [
    "DEFAULT_STRATEGY",
    "strategies",
    "strategy",
    "strategy_names",
    "strategy_toml",
    "template",
]
