"""French names accepted where socialkit looks a name up (data only).

The source documents are French, so people write ``"livre blanc"``, ``"jeu
concours"`` or ``"règle des tiers"`` where the code says ``"white paper"``,
``"contest"`` or ``"thirds"``. Each table maps a French word, as the documents
write it, to the English value (or preset name) it stands for. The lookups
(:func:`socialkit._core.validate.to_enum` and ``ContentMix.preset``) normalise
both sides the same way (case, accents, spaces, hyphens, ``_``, ``/`` and
apostrophes), so ``"Livre-Blanc"``, ``"livre blanc"`` and ``"LIVRE_BLANC"`` are
one name and each word is written here once.

Values, ids and files never change: a French alias is only another way to
*name* a member; ``to_enum(ContentType, "livre blanc")`` is
``ContentType.WHITE_PAPER``, whose value stays ``"white paper"``. English names
win over French ones where both would read the same (``"article"``,
``"podcast"``). Tables are keyed by the enum's class name; only socialkit's own
enums use them.

Most words are the documents' own ([000]: *livre blanc, cas pratique, devis,
jeu concours, témoignage client*; [002]: *règle des tiers, règle 80-20*); the
rest are the usual French marketing terms for the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["ENUM_ALIASES", "METRIC_ALIASES", "PRESET_ALIASES"]

_CONTENT_TYPE = {
    "vidéo": "video",
    "infographie": "infographic",
    "publication": "social post",
    "publication réseaux sociaux": "social post",
    "publication sur les réseaux sociaux": "social post",
    "webinaire": "webinar",
    "partage de connaissances": "knowledge sharing",
    "livre blanc": "white paper",
    "lettre d'information": "newsletter",
    "étude de cas": "case study",
    "cas pratique": "case study",
    "cas client": "case study",
    "formation gratuite": "free training",
    "témoignage": "testimonial",
    "témoignage client": "testimonial",
    "devis": "estimate",
    "démo": "demo",
    "démonstration": "demo",
    "offre commerciale": "commercial offer",
    "tutoriel": "tutorial",
    "tuto": "tutorial",
    "partage": "repost",
    "republication": "repost",
    "image avec article": "image with article",
    "citation": "quotation",
    "jeu concours": "contest",
    "concours": "contest",
    "sondage": "poll",
    "offre promotionnelle": "promotion",
    "coulisses": "behind the scenes",
    "sélection de produits": "product selection",
    "collaboration avec un influenceur": "influencer collaboration",
    "collab influenceur": "influencer collaboration",
    "documentaire": "documentary",
    "actualité": "news",
    "actualités": "news",
    "avantages exclusifs": "exclusive benefits",
    "entretien des produits": "product care",
    "entretien des articles": "product care",
}

_POST_FORMAT = {
    "partage": "repost",
    "republication": "repost",
    "image avec article": "image with article",
    "vidéo": "video",
    "témoignage client": "customer testimonial",
    "témoignage": "customer testimonial",
    "jeu concours": "contest",
    "concours": "contest",
    "citation": "quote",
}

_FUNNEL_STAGE = {
    "notoriété": "tofu",
    "haut du tunnel": "tofu",
    "haut de l'entonnoir": "tofu",
    "considération": "mofu",
    "milieu du tunnel": "mofu",
    "milieu de l'entonnoir": "mofu",
    "conversion": "bofu",
    "bas du tunnel": "bofu",
    "bas de l'entonnoir": "bofu",
    "fidélisation": "retention",
}

_JOURNEY_STEP = {
    "attirer": "attract",
    "considérer": "consider",
    "convertir": "convert",
    "fidéliser": "retain",
}

_KPI = {
    "portée": "reach",
    "abonnés": "followers",
    "j'aime": "likes",
    "mentions j'aime": "likes",
    "partages": "reposts",
    "republications": "reposts",
    "trafic référent": "web referrals",
    "prospects": "leads",
    "inscriptions": "sign-ups",
    "téléchargements": "downloads",
    "taux de conversion": "conversion rate",
    "chiffre d'affaires": "revenue",
    "coût par acquisition": "cost per acquisition",
    "achats répétés": "repeat purchases",
    "réachats": "repeat purchases",
    "attrition": "churn",
}

_POST_PURPOSE = {
    "notoriété": "notoriety",
    "contenu": "content",
    "sondage": "poll",
    "proximité": "proximity",
}

_TOUCHPOINT = {
    "communauté de marque": "brand hashtag community",
    "hashtag de marque": "brand hashtag community",
    "réseaux sociaux": "social networks",
    "site internet": "website",
    "site web": "website",
    "tutoriels": "tutorials",
    "appel téléphonique": "phone call",
    "lettre d'information": "newsletter",
    "coldmailing": "cold mailing",
    "prospection par e-mail": "cold mailing",
    "offre promotionnelle": "promotional offer",
    "devis": "estimate",
    "webinaire": "webinar",
    "influenceur": "influencer",
    "livre blanc": "white paper",
    "imprimé": "print",
}

_MEDIA_KIND = {
    "vidéo": "video",
    "vidéo courte": "short video",
    "carrousel": "carousel",
    "sondage": "poll",
}

_MEDIA_FAMILY = {
    "réseau social": "social network",
    "partage de contenu": "content sharing",
    "diffusion de contenu": "content diffusion",
    "messagerie": "messaging",
}

_PERIOD = {"jour": "day", "semaine": "week", "mois": "month"}

_SEVERITY = {"erreur": "error", "avertissement": "warning", "conseil": "tip"}

_ITEM_STATUS = {
    "planifié": "planned",
    "prévu": "planned",
    "brouillon": "draft",
    "en relecture": "in review",
    "approuvé": "approved",
    "validé": "approved",
    "programmé": "scheduled",
    "publié": "published",
}

_TARGET_KIND = {
    "prescripteur": "prescriber",
    "influenceur": "influencer",
    "partenaire": "partner",
}

_STRATEGY_STEP = {"analyse": "analysis", "objectifs": "objectives", "adn": "dna"}

ENUM_ALIASES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "ContentType": MappingProxyType(_CONTENT_TYPE),
        "PostFormat": MappingProxyType(_POST_FORMAT),
        "FunnelStage": MappingProxyType(_FUNNEL_STAGE),
        "JourneyStep": MappingProxyType(_JOURNEY_STEP),
        "Kpi": MappingProxyType(_KPI),
        "PostPurpose": MappingProxyType(_POST_PURPOSE),
        "Touchpoint": MappingProxyType(_TOUCHPOINT),
        "MediaKind": MappingProxyType(_MEDIA_KIND),
        "MediaFamily": MappingProxyType(_MEDIA_FAMILY),
        "Period": MappingProxyType(_PERIOD),
        "Severity": MappingProxyType(_SEVERITY),
        "ItemStatus": MappingProxyType(_ITEM_STATUS),
        "TargetKind": MappingProxyType(_TARGET_KIND),
        "StrategyStep": MappingProxyType(_STRATEGY_STEP),
    }
)
"""Enum class name -> French name -> the member's English value."""

PRESET_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "règle des tiers": "thirds",
        "règle des médias sociaux des tiers": "thirds",
        "tiers": "thirds",
        "règle 80-20": "80/20",
        "règle des 80/20": "80/20",
        "piliers": "pillars",
        "piliers de communication": "pillars",
        "magasin de vêtements": "pillars",
        "tunnel": "funnel",
        "entonnoir": "funnel",
        "tunnel marketing": "funnel",
        "tunnel+fidélisation": "funnel+retention",
        "tunnel et fidélisation": "funnel+retention",
        "entonnoir+fidélisation": "funnel+retention",
    }
)
"""French name of a content-mix preset -> the preset's name."""

METRIC_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "taux de clics": "click_through_rate",
        "taux de clic": "click_through_rate",
        "ctr": "click_through_rate",
        "taux de conversion": "conversion_rate",
        "coût par résultat": "cost_per_result",
        "coût par acquisition": "cost_per_result",
        "taux de croissance": "growth_rate",
        "taux de croissance de l'audience": "growth_rate",
        "taux d'engagement par portée": "engagement_rate_by_reach",
        "taux d'engagement par impressions": "engagement_rate_by_impressions",
        "taux d'engagement par abonnés": "engagement_rate_by_followers",
    }
)
"""French (and the usual abbreviated) metric names -> the metric's id in ``METRICS``."""
