"""The three case studies of the course module [000], as paths and funnels.

The *paths* (touchpoints, their order and the stages the slides label them
with) come from [000]. The *funnel volumes are illustrative*: [000] gives no
figures, so the volumes below are round numbers chosen to let the funnel
arithmetic run. They are not data about Kiko, Decathlon or any company.
"""

from __future__ import annotations

from socialkit._core.i18n import N_
from socialkit.funnel._journey import CasePath, PathStop
from socialkit.funnel._model import Funnel
from socialkit.funnel._stage_data import COURSE_000
from socialkit.funnel._stages import FunnelStage, Touchpoint

__all__ = [
    "B2B_SERVICE_FUNNEL",
    "B2B_SERVICE_PATH",
    "CASE_PATHS",
    "COSMETICS_BRAND_FUNNEL",
    "COSMETICS_BRAND_PATH",
    "SPORTS_RETAILER_FUNNEL",
    "SPORTS_RETAILER_PATH",
]

T, M, B, R = FunnelStage.TOFU, FunnelStage.MOFU, FunnelStage.BOFU, FunnelStage.RETENTION

COSMETICS_BRAND_PATH = CasePath(
    name=N_("Cosmetics brand (Kiko, [000] case study 1)"),
    source=COURSE_000,
    note=N_("Social media focus: Instagram and TikTok; posts address all women, through photos."),
    stops=(
        PathStop(
            touchpoint=Touchpoint.SEO_SEA,
            stages=(T,),
            channel="google",
            detail=N_("SEA/SEO built on the problems customers search for"),
        ),
        PathStop(
            touchpoint=Touchpoint.WEBSITE,
            stages=(T,),
            detail=N_("practical advice and tips mixed with the online shop"),
        ),
        PathStop(
            touchpoint=Touchpoint.BRAND_HASHTAG,
            stages=(T,),
            detail=N_(
                "the site offers the newsletter with its benefits, a Kiko hashtag to "
                "join the community, and an account for exclusive advantages"
            ),
        ),
        PathStop(
            touchpoint=Touchpoint.NEWSLETTER,
            stages=(M,),
            detail=N_("once the visitor gives an e-mail address or phone number they are in MOFU"),
        ),
        PathStop(
            touchpoint=Touchpoint.PROMOTIONAL_OFFER,
            stages=(M, B),
            detail=N_("a promo code, sent once the contact is known, to trigger a purchase"),
        ),
        PathStop(
            touchpoint=Touchpoint.SOCIAL_NETWORKS,
            stages=(T, B),
            channel="instagram",
            detail=N_(
                "2-3 posts a day to a large, active community: contests to attract, "
                "promotional offers to sell"
            ),
        ),
        PathStop(
            touchpoint=Touchpoint.WEBSITE,
            stages=(T, B),
            detail=N_("book an appointment in a physical shop"),
        ),
    ),
)

SPORTS_RETAILER_PATH = CasePath(
    name=N_("Sports retailer (Decathlon, [000] case study 2)"),
    source=COURSE_000,
    note=N_("On X the brand mostly talks about top athletes."),
    stops=(
        PathStop(
            touchpoint=Touchpoint.SEO_SEA,
            stages=(T,),
            channel="google",
            detail=N_("SEA/SEO built on the problems customers search for"),
        ),
        PathStop(
            touchpoint=Touchpoint.WEBSITE,
            stages=(T,),
            detail=N_(
                "a content site featuring a range without linking to the shop; more "
                "content and pointers to related products"
            ),
        ),
        PathStop(
            touchpoint=Touchpoint.TUTORIALS,
            stages=(T, M, B),
            channel="youtube",
            detail=N_(
                "information before product: tutorials, advice, documentaries, podcasts; "
                "specialist channels per in-house brand"
            ),
        ),
        PathStop(
            touchpoint=Touchpoint.SOCIAL_NETWORKS,
            stages=(T, M, B),
            channel="instagram",
            detail=N_(
                "influencer and brand collabs, behind the scenes, product picks, "
                "product care, sport news"
            ),
        ),
        PathStop(
            touchpoint=Touchpoint.SOCIAL_NETWORKS,
            stages=(T, M, B),
            channel="facebook",
            detail=N_(
                "relays the advice articles of the brand's site and the least "
                "commercial Instagram posts"
            ),
        ),
    ),
)

B2B_SERVICE_PATH = CasePath(
    name=N_("B2B service company ([000] case study 3)"),
    source=COURSE_000,
    note=N_(
        "The slides' stage labels are shuffled in the extracted text; the stages here "
        "follow the funnel table of [000] (sign-ups and downloads create the contact)."
    ),
    stops=(
        PathStop(
            touchpoint=Touchpoint.BLOG,
            stages=(T,),
            detail=N_("traffic from the website and blog (SEO/SEA work) and social networks"),
        ),
        PathStop(
            touchpoint=Touchpoint.NEWSLETTER,
            stages=(M,),
            detail=N_("newsletter sign-up, or instead a white-paper download"),
        ),
        PathStop(
            touchpoint=Touchpoint.WHITE_PAPER,
            stages=(M,),
            detail=N_("white-paper download, the alternative to the newsletter"),
        ),
        PathStop(
            touchpoint=Touchpoint.WEBINAR,
            stages=(M,),
            detail=N_("webinar registration; a replay page keeps it available later"),
        ),
        PathStop(
            touchpoint=Touchpoint.PROMOTIONAL_OFFER,
            stages=(B,),
            detail=N_("during the webinar, a promotion to join a programme"),
        ),
        PathStop(
            touchpoint=Touchpoint.AUDIT,
            stages=(B,),
            detail=N_("or a free audit"),
        ),
    ),
)

CASE_PATHS: tuple[CasePath, ...] = (COSMETICS_BRAND_PATH, SPORTS_RETAILER_PATH, B2B_SERVICE_PATH)
"""The three case-study paths of [000], in the course's order."""

COSMETICS_BRAND_FUNNEL = Funnel.from_volumes(
    {
        N_("search reach"): 100_000,
        N_("site visits"): 6_000,
        N_("newsletter sign-ups"): 300,
        N_("promo-code orders"): 60,
        N_("repeat orders"): 18,
    },
    stages={
        "search reach": T,
        "site visits": T,
        "newsletter sign-ups": M,
        "promo-code orders": B,
        "repeat orders": R,
    },
    title=N_("Cosmetics brand (illustrative volumes, not data)"),
)
"""The cosmetics-brand path as a funnel. Volumes are illustrative, not data."""

SPORTS_RETAILER_FUNNEL = Funnel.from_volumes(
    {
        N_("search reach"): 200_000,
        N_("content-site visits"): 10_000,
        N_("video viewers"): 2_000,
        N_("buyers"): 200,
        N_("repeat buyers"): 50,
    },
    stages={
        "search reach": T,
        "content-site visits": T,
        "video viewers": M,
        "buyers": B,
        "repeat buyers": R,
    },
    title=N_("Sports retailer (illustrative volumes, not data)"),
)
"""The sports-retailer path as a funnel. Volumes are illustrative, not data."""

B2B_SERVICE_FUNNEL = Funnel.from_volumes(
    {
        N_("site and blog visitors"): 20_000,
        N_("sign-ups and downloads"): 800,
        N_("offer or audit takers"): 120,
        N_("clients"): 30,
    },
    stages={
        "site and blog visitors": T,
        "sign-ups and downloads": M,
        "offer or audit takers": B,
        "clients": B,
    },
    title=N_("B2B service company (illustrative volumes, not data)"),
)
"""The B2B service-company path as a funnel. Volumes are illustrative, not data."""
