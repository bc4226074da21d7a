"""Content-mix presets: the mixes the source documents give, plus socialkit's funnel mixes.

Data only. Every preset names its source; the funnel-stage weights are socialkit's
own suggestion (no source document gives numbers for them) and say so.
"""

from __future__ import annotations

from socialkit._core.documents import AGENCY_GLOSSARY, STRATEGY_ARTICLE
from socialkit._core.i18n import N_
from socialkit._core.sources import Confidence, Source
from socialkit.mix._model import MixPreset, install_presets

__all__ = ["PRESETS"]

MIX_STEP = AGENCY_GLOSSARY.at("step 7, 'Tracez votre mix de contenu'")
"""Document [002]: the 50/25/20/5 mix, the 80-20 rule and the rule of thirds."""

PILLARS_FACTOR = STRATEGY_ARTICLE.at(
    "factor 5, 'Piliers de communication': the clothing-store example"
)
"""Document [004]: communication pillars with weights."""

SOCIALKIT_SUGGESTION = Source(
    title="socialkit suggestion, not from the source documents",
    confidence=Confidence.UNCONFIRMED,
    note=(
        "Document [000] names the funnel stages (TOFU, MOFU, BOFU, then retention) but "
        "gives no weights. These weights are socialkit's starting point: most content "
        "at the top, where the audience is widest, narrowing down the funnel. Override them."
    ),
)

PRESETS: tuple[MixPreset, ...] = (
    MixPreset(
        name="80/20",
        aliases=("80-20", "80/20 rule"),
        weights={"inform_educate_entertain": 80, "promote": 20},
        description=N_("80% of posts inform, educate or entertain; 20% promote the brand."),
        source=MIX_STEP,
    ),
    MixPreset(
        name="thirds",
        aliases=("rule of thirds", "1/3"),
        weights={"promote": 1, "thought_leaders": 1, "interaction": 1},
        description=(
            N_(
                "A third promotes the business, a third shares ideas from thought leaders "
                "and like-minded companies, a third is personal interaction with the audience."
            )
        ),
        source=MIX_STEP,
    ),
    MixPreset(
        name="50/25/20/5",
        aliases=("50-25-20-5",),
        weights={"blog_traffic": 50, "curated": 25, "business_goals": 20, "hr_culture": 5},
        description=(
            N_(
                "50% drives traffic to the blog, 25% is curated from other sources, 20% "
                "supports business goals (sales, leads), 5% is about HR and company culture."
            )
        ),
        source=MIX_STEP,
    ),
    MixPreset(
        name="pillars",
        aliases=("clothing store", "communication pillars"),
        weights={"brand": 40, "fashion": 30, "beauty": 20, "well_being": 10},
        description=N_(
            "Communication pillars of a clothing store: brand, fashion, beauty, well-being."
        ),
        source=PILLARS_FACTOR,
    ),
    MixPreset(
        name="funnel",
        aliases=("tofu/mofu/bofu",),
        weights={"tofu": 60, "mofu": 25, "bofu": 15},
        description=N_("Funnel stages for acquisition: attract, create contact, sell."),
        source=SOCIALKIT_SUGGESTION,
    ),
    MixPreset(
        name="funnel+retention",
        aliases=("funnel-retention",),
        weights={"tofu": 50, "mofu": 25, "bofu": 15, "retention": 10},
        description=N_("Funnel stages with a share for existing customers (retention)."),
        source=SOCIALKIT_SUGGESTION,
    ),
)

install_presets(PRESETS)
