"""The funnel tables: stage profiles, default content stages, touchpoint stages.

Data only. Each row says where it comes from: the funnel table and case
studies of the course module [000], the vanity-metric rule of the agency
glossary [002], or "socialkit default" where the documents are silent (those
are our reading, to be overridden freely).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from socialkit._core.documents import COURSE_MODULE
from socialkit._core.i18n import N_
from socialkit.funnel._stages import (
    ContentType,
    FunnelStage,
    JourneyStep,
    Kpi,
    StageProfile,
    StageRow,
    Touchpoint,
    install_tables,
)

__all__ = ["CONTENT_STAGES", "STAGE_PROFILES", "TOUCHPOINT_STAGES", "VANITY_KPIS"]

COURSE_000 = COURSE_MODULE.at(
    "'Le funnel': the TOFU/MOFU/BOFU table; case studies Kiko, Decathlon, service company"
)

T, M, B, R = FunnelStage.TOFU, FunnelStage.MOFU, FunnelStage.BOFU, FunnelStage.RETENTION


# Vanity metrics. [002] names retweets and likes; socialkit adds the other
# attention counts (followers, impressions, reach) on the same grounds.
VANITY_KPIS: frozenset[Kpi] = frozenset(
    {Kpi.LIKES, Kpi.REPOSTS, Kpi.FOLLOWERS, Kpi.IMPRESSIONS, Kpi.REACH}
)

_TABLE = "[000] funnel table"
_DEFAULT = "socialkit default"
CONTENT_STAGES: Mapping[ContentType, StageRow] = MappingProxyType(
    {
        # [000] funnel table, TOFU row
        ContentType.ARTICLE: StageRow((T,), _TABLE),
        ContentType.VIDEO: StageRow((T,), _TABLE),
        ContentType.PODCAST: StageRow((T,), _TABLE),
        ContentType.INFOGRAPHIC: StageRow((T,), _TABLE),
        ContentType.SOCIAL_POST: StageRow((T,), _TABLE),
        ContentType.WEBINAR: StageRow((T,), _TABLE),
        ContentType.KNOWLEDGE_SHARING: StageRow((T,), _TABLE),
        ContentType.GUIDE: StageRow((T,), _TABLE),
        # [000] funnel table, MOFU row
        ContentType.WHITE_PAPER: StageRow((M,), _TABLE),
        ContentType.NEWSLETTER: StageRow((M,), _TABLE),
        ContentType.CASE_STUDY: StageRow((M,), _TABLE),
        ContentType.FREE_TRAINING: StageRow((M,), _TABLE),
        ContentType.TESTIMONIAL: StageRow((M,), _TABLE),
        ContentType.ESTIMATE: StageRow((M,), _TABLE),
        # [000] funnel table, BOFU row
        ContentType.DEMO: StageRow((B,), _TABLE),
        ContentType.COMMERCIAL_OFFER: StageRow((B,), _TABLE),
        ContentType.TUTORIAL: StageRow((B,), _TABLE),
        # [000] post types: social posts, hence TOFU like the table's "social posts"
        ContentType.REPOST: StageRow((T,), f"{_DEFAULT}: a social post type of [000]"),
        ContentType.IMAGE_WITH_ARTICLE: StageRow((T,), f"{_DEFAULT}: a social post type of [000]"),
        ContentType.QUOTATION: StageRow((T,), f"{_DEFAULT}: a social post type of [000]"),
        ContentType.STORYTELLING: StageRow((T,), f"{_DEFAULT}: a social post type of [000]"),
        ContentType.CONTEST: StageRow((T,), "[000] Kiko: 'jeu concours pour attirer' (to attract)"),
        # [000] "why publish": interviews approach prospects without selling; polls
        # refine market research. Both reach a cold audience.
        ContentType.INTERVIEW: StageRow((T,), f"{_DEFAULT}: [000] 'approach without selling'"),
        ContentType.POLL: StageRow((T,), f"{_DEFAULT}: [000] polls refine market research"),
        # [000] case studies
        ContentType.PROMOTION: StageRow(
            (B,), "[000] Kiko: the promo code's aim is 'inciter à l'achat' (to sell)"
        ),
        ContentType.BEHIND_THE_SCENES: StageRow((T,), f"{_DEFAULT}: [000] Decathlon Instagram"),
        ContentType.PRODUCT_SELECTION: StageRow((B,), f"{_DEFAULT}: [000] Decathlon Instagram"),
        ContentType.INFLUENCER_COLLABORATION: StageRow(
            (T,), f"{_DEFAULT}: [000] Decathlon Instagram"
        ),
        ContentType.DOCUMENTARY: StageRow((T,), f"{_DEFAULT}: [000] Decathlon YouTube"),
        ContentType.NEWS: StageRow((T,), f"{_DEFAULT}: [000] Decathlon Instagram sport news"),
        # The documents name no RETENTION content; these two keep existing customers.
        ContentType.EXCLUSIVE_BENEFITS: StageRow(
            (R,), f"{_DEFAULT}: [000] Kiko account 'avantages exclusifs'"
        ),
        ContentType.PRODUCT_CARE: StageRow(
            (R,), f"{_DEFAULT}: [000] Decathlon Instagram 'entretien des articles'"
        ),
    }
)

TOUCHPOINT_STAGES: Mapping[Touchpoint, StageRow] = MappingProxyType(
    {
        Touchpoint.BRAND_HASHTAG: StageRow(
            (T,), "[000] Kiko: a brand hashtag to join a community, on the slide 'TOFU site'"
        ),
        Touchpoint.SOCIAL_NETWORKS: StageRow(
            (T, M, B),
            "[000] Kiko Instagram and Decathlon YouTube/Instagram/Facebook slides are "
            "labelled TOFU, MOFU and BOFU; the table puts social posts in TOFU",
        ),
        Touchpoint.WEBSITE: StageRow(
            (T, B), "[000] Kiko and Decathlon 'TOFU site'; Kiko's site also sells (shop, bookings)"
        ),
        Touchpoint.TUTORIALS: StageRow(
            (B, T, M), "[000] funnel table (BOFU); Decathlon YouTube tutorials span all stages"
        ),
        Touchpoint.PHONE_CALL: StageRow(
            (B,), f"{_DEFAULT}: not staged in [000]; a call is a sales conversation"
        ),
        Touchpoint.NEWSLETTER: StageRow(
            (M,), "[000] funnel table; Kiko: a known e-mail address moves the visitor to MOFU"
        ),
        Touchpoint.SEO_SEA: StageRow(
            (T,), "[000] Kiko and Decathlon 'TOFU Google': SEA/SEO built on problems"
        ),
        Touchpoint.COLD_MAILING: StageRow(
            (T,), f"{_DEFAULT}: not staged in [000]; it reaches cold prospects (TOFU's audience)"
        ),
        Touchpoint.PODCAST: StageRow((T,), "[000] funnel table (TOFU)"),
        Touchpoint.PROMOTIONAL_OFFER: StageRow(
            (B,), "[000] Kiko Instagram promotional offers and promo code 'to sell'"
        ),
        Touchpoint.BLOG: StageRow(
            (T,), "[000] service company: site/blog SEO as a traffic source; articles are TOFU"
        ),
        Touchpoint.ESTIMATE: StageRow((M,), "[000] funnel table ('devis', MOFU)"),
        Touchpoint.SMS_CHAT: StageRow(
            (M,), f"{_DEFAULT}: not staged in [000]; Kiko: a known phone number means MOFU"
        ),
        Touchpoint.WEBINAR: StageRow(
            (T, M, B),
            "[000] funnel table (TOFU); service company: registration captures the contact "
            "and the webinar presents an offer or a free audit",
        ),
        Touchpoint.AUDIT: StageRow(
            (B,), "[000] service company: a free audit offered to convert webinar attendees"
        ),
        Touchpoint.INFLUENCER: StageRow(
            (T,), f"{_DEFAULT}: [000] Decathlon's influencer collabs build reach"
        ),
        Touchpoint.WHITE_PAPER: StageRow(
            (M,), "[000] funnel table; service company: a download captures the contact"
        ),
        Touchpoint.PRINT: StageRow(
            (T,), f"{_DEFAULT}: not staged in [000]; print builds awareness"
        ),
    }
)


def _content_types(stage: FunnelStage) -> tuple[ContentType, ...]:
    return tuple(c for c in ContentType if CONTENT_STAGES[c].stage is stage)


STAGE_PROFILES: Mapping[FunnelStage, StageProfile] = MappingProxyType(
    {
        T: StageProfile(
            stage=T,
            goal=N_("be known"),
            description=N_(
                "Attract a relevant, still cold audience to your content "
                "through an online presence ('se faire connaître')."
            ),
            journey_step=JourneyStep.ATTRACT,
            content_types=_content_types(T),
            kpis=(
                Kpi.REACH,
                Kpi.IMPRESSIONS,
                Kpi.FOLLOWERS,
                Kpi.LIKES,
                Kpi.REPOSTS,
                Kpi.WEB_REFERRALS,
            ),
            source=COURSE_000,
        ),
        M: StageProfile(
            stage=M,
            goal=N_("create contact"),
            description=N_(
                "Get the prospect's details to learn their needs and send "
                "them dedicated messages ('créer un contact')."
            ),
            journey_step=JourneyStep.CONSIDER,
            content_types=_content_types(M),
            kpis=(Kpi.LEADS, Kpi.SIGN_UPS, Kpi.DOWNLOADS),
            source=COURSE_000,
        ),
        B: StageProfile(
            stage=B,
            goal=N_("sell"),
            description=N_("Turn prospects into customers ('vendre')."),
            journey_step=JourneyStep.CONVERT,
            content_types=_content_types(B),
            kpis=(Kpi.CONVERSIONS, Kpi.CONVERSION_RATE, Kpi.REVENUE, Kpi.COST_PER_ACQUISITION),
            source=COURSE_000,
        ),
        R: StageProfile(
            stage=R,
            goal=N_("keep"),
            description=N_(
                "Keep the customers you won: [000] ends BOFU with "
                "'puis les fidéliser'; socialkit makes it a stage of its own."
            ),
            journey_step=JourneyStep.RETAIN,
            content_types=_content_types(R),
            kpis=(Kpi.REPEAT_PURCHASES, Kpi.CHURN),
            source=COURSE_000,
        ),
    }
)

install_tables(
    profiles=STAGE_PROFILES,
    content_stages=CONTENT_STAGES,
    touchpoint_stages=TOUCHPOINT_STAGES,
    vanity_kpis=VANITY_KPIS,
)
