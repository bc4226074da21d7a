"""The built-in strategy documents: TOML files shipped inside the package.

Three strategies modelled on the case studies of the course module [000] (a
cosmetics brand, a sports retailer, a B2B service company), plus the commented
template that ``socialkit new`` writes. The brands, people and numbers in them
are **illustrative, not data**.
"""

from __future__ import annotations

from difflib import get_close_matches
from importlib.resources import files

from socialkit._core.i18n import N_
from socialkit.errors import NotFoundError, SocialkitTypeError
from socialkit.io._strategy import loads_strategy
from socialkit.strategy._model import Strategy

__all__ = [
    "DEFAULT_STRATEGY",
    "strategies",
    "strategy",
    "strategy_names",
    "strategy_toml",
    "template",
]

_FILES = {
    "cosmetics-brand": "cosmetics_brand.toml",
    "sports-retailer": "sports_retailer.toml",
    "b2b-services": "b2b_services.toml",
}

DEFAULT_STRATEGY = "cosmetics-brand"
"""The example ``socialkit plan`` uses when given no file."""


def strategy_names() -> tuple[str, ...]:
    """The names of the built-in strategies.

    >>> strategy_names()
    ('cosmetics-brand', 'sports-retailer', 'b2b-services')
    """
    return tuple(_FILES)


def _read(filename: str) -> str:
    return files("socialkit.examples").joinpath(filename).read_text(encoding="utf-8")


def strategy_toml(name: str) -> str:
    """The TOML text of a built-in strategy, comments included."""
    if not isinstance(name, str):
        raise SocialkitTypeError("examples.strategy", name, expected=N_("a strategy name (str)"))
    if name not in _FILES:
        known = strategy_names()
        raise NotFoundError("examples.strategy", name, known, get_close_matches(name, known))
    return _read(_FILES[name])


def strategy(name: str) -> Strategy:
    """A built-in strategy by name (see :func:`strategy_names`).

    >>> from socialkit import examples
    >>> examples.strategy("b2b-services").platforms
    ('linkedin', 'youtube')
    """
    return loads_strategy(strategy_toml(name), filename=f"socialkit/examples/{_FILES[name]}")


def strategies() -> dict[str, Strategy]:
    """Every built-in strategy, by name.

    >>> from socialkit import examples
    >>> {name: s.platforms for name, s in examples.strategies().items()}["sports-retailer"]
    ('youtube', 'instagram', 'facebook')
    """
    return {name: strategy(name) for name in _FILES}


def template() -> str:
    """The commented strategy template that ``socialkit new`` writes."""
    return _read("template.toml")
