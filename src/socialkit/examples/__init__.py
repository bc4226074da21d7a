"""Worked examples: the case studies of the source documents.

The funnel examples follow the three case studies of the course module [000]
(a cosmetics brand, a sports retailer, a B2B service company). Their paths come
from the document; their funnel volumes are **illustrative, not data**.

>>> from socialkit import examples
>>> [str(t) for t in examples.COSMETICS_BRAND_PATH.touchpoints][:3]
['seo/sea', 'website', 'brand hashtag community']
>>> examples.B2B_SERVICE_FUNNEL.bottom
30
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

__all__ = [
    "B2B_SERVICE_FUNNEL",
    "B2B_SERVICE_PATH",
    "CASE_PATHS",
    "COSMETICS_BRAND_FUNNEL",
    "COSMETICS_BRAND_PATH",
    "SPORTS_RETAILER_FUNNEL",
    "SPORTS_RETAILER_PATH",
]
