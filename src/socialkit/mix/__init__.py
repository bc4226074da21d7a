"""Content-mix allocation: target shares turned into exact post counts and an evenly spread sequence.

>>> from socialkit.mix import ContentMix
>>> ContentMix.preset("80/20").apportion(10)
{'inform_educate_entertain': 8, 'promote': 2}
"""

# The presets first: they register themselves with ContentMix.
from socialkit.mix import _presets  # noqa: F401
from socialkit.mix._apportion import ApportionMethod, SequenceMethod
from socialkit.mix._model import (
    CategoryDrift,
    ContentMix,
    MixDrift,
    MixPreset,
    NestedMix,
    mix_deviation,
)

__all__ = [
    "ApportionMethod",
    "CategoryDrift",
    "ContentMix",
    "MixDrift",
    "MixPreset",
    "NestedMix",
    "SequenceMethod",
    "mix_deviation",
]
