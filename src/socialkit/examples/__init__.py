"""Worked examples: the case studies of the source documents.

The funnel examples follow the three case studies of the course module [000]
(a cosmetics brand, a sports retailer, a B2B service company). Their paths come
from the document; their funnel volumes are **illustrative, not data**.

>>> from socialkit import examples
>>> [str(t) for t in examples.COSMETICS_BRAND_PATH.touchpoints][:3]
['seo/sea', 'website', 'brand hashtag community']
>>> examples.B2B_SERVICE_FUNNEL.bottom
30

The same three case studies are shipped as strategy documents (TOML files in
this package; brands, people and numbers invented, **illustrative**):

>>> examples.strategy_names()
('cosmetics-brand', 'sports-retailer', 'b2b-services')
>>> examples.strategy("cosmetics-brand").channel("instagram").role
'community and conversion'
"""

from socialkit.examples._funnels import (
    B2B_SERVICE_FUNNEL,
    B2B_SERVICE_PATH,
    CASE_PATHS,
    COSMETICS_BRAND_FUNNEL,
    COSMETICS_BRAND_PATH,
    SPORTS_RETAILER_FUNNEL,
    SPORTS_RETAILER_PATH,
)
from socialkit.examples._strategies import (
    DEFAULT_STRATEGY,
    strategies,
    strategy,
    strategy_names,
    strategy_toml,
    template,
)

__all__ = [
    "B2B_SERVICE_FUNNEL",
    "B2B_SERVICE_PATH",
    "CASE_PATHS",
    "COSMETICS_BRAND_FUNNEL",
    "COSMETICS_BRAND_PATH",
    "DEFAULT_STRATEGY",
    "SPORTS_RETAILER_FUNNEL",
    "SPORTS_RETAILER_PATH",
    "strategies",
    "strategy",
    "strategy_names",
    "strategy_toml",
    "template",
]
