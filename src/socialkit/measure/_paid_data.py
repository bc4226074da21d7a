"""Paid-social data of source document [001]: X Ads objectives and set-up, a Facebook tip.

Data only: the types and the budget arithmetic are in ``measure/_paid.py``. Another
network's objectives or checklist are one more value here, with its source.
"""

from socialkit._core.documents import BLOG_ARCHIVE
from socialkit._core.findings import Finding, Severity
from socialkit._core.i18n import N_
from socialkit.measure._paid import (
    BillingEvent,
    CampaignObjective,
    ChecklistItem,
    Objective,
    SetupChecklist,
    SetupStep,
)

__all__ = ["ADS_2015", "FACEBOOK_CONTEST_TIP", "X_ADS_OBJECTIVES", "X_ADS_SETUP"]

ADS_2015 = BLOG_ARCHIVE.at(
    "Twitter Ads campaigns and Facebook Ads (around 2015; X Ads has since renamed some objectives)"
)
"""[001]'s chapters on Twitter Ads and Facebook Ads, the source of every value here."""

X_ADS_OBJECTIVES: tuple[CampaignObjective, ...] = (
    CampaignObjective(
        objective=Objective.FOLLOWERS,
        goal=N_("gain followers; shown in timelines and in who-to-follow suggestions"),
        formats=("promoted account",),
        billed_per=(BillingEvent.FOLLOWER,),
        source=ADS_2015,
    ),
    CampaignObjective(
        objective=Objective.WEBSITE_CLICKS,
        goal=N_("send visits to the website (clicks or conversions)"),
        formats=("promoted account", "promoted trend"),
        billed_per=(BillingEvent.CLICK,),
        source=ADS_2015,
    ),
    CampaignObjective(
        objective=Objective.ENGAGEMENT,
        goal=N_("promote posts; every interaction (repost, like, reply) counts"),
        formats=("promoted post", "promoted trend"),
        billed_per=(BillingEvent.ENGAGEMENT,),
        source=ADS_2015,
    ),
    CampaignObjective(
        objective=Objective.APP_INSTALLS,
        goal=N_("promote an app and its installation"),
        formats=("promoted post", "promoted trend"),
        billed_per=(BillingEvent.CLICK, BillingEvent.INSTALL),
        note=N_("[001] says billed per click; X Ads also offers billing per install"),
        source=ADS_2015,
    ),
    CampaignObjective(
        objective=Objective.LEADS,
        goal=N_("collect leads directly on X"),
        formats=("promoted post", "promoted trend"),
        billed_per=(BillingEvent.LEAD,),
        source=ADS_2015,
    ),
    CampaignObjective(
        objective=Objective.CUSTOM,
        goal=N_("an objective of your own, outside the five above"),
        formats=("promoted post", "promoted account", "promoted trend"),
        billed_per=(BillingEvent.CHOSEN,),
        source=ADS_2015,
    ),
)
"""X Ads campaign objectives and how each is billed ([001])."""

FACEBOOK_CONTEST_TIP = Finding(
    rule="facebook.ads.contests",
    severity=Severity.TIP,
    message=N_(
        "contests work very well on Facebook and cost little (about 40 euros plus the "
        "campaign in [001]); photos and content work best for advertisers"
    ),
    fix=N_("run a contest where people comment, share or post under a brand hashtag to enter"),
    source=ADS_2015,
)
"""[001]'s advice for Facebook Ads, as a finding a planner can show."""

X_ADS_SETUP = SetupChecklist(
    platform="x",
    source=ADS_2015,
    items=(
        ChecklistItem(step=SetupStep.CAMPAIGN, field="name", description=N_("name the campaign")),
        ChecklistItem(
            step=SetupStep.CAMPAIGN,
            field="objective",
            description=N_("choose one of the objectives"),
        ),
        ChecklistItem(
            step=SetupStep.CAMPAIGN,
            field="conversion_tracking",
            description=N_("install the conversion tracking code"),
        ),
        ChecklistItem(
            step=SetupStep.CAMPAIGN,
            field="start",
            description=N_("set when the campaign starts (and ends)"),
        ),
        ChecklistItem(step=SetupStep.CONTENT, field="content", description=N_("write the ad")),
        ChecklistItem(
            step=SetupStep.TARGETING,
            field="targeting",
            description=N_(
                "choose at least one criterion: gender, age, language, device, carrier, "
                "country, keywords, interests, custom or TV audiences"
            ),
        ),
        ChecklistItem(step=SetupStep.BUDGET, field="budget", description=N_("set the budget")),
        ChecklistItem(
            step=SetupStep.BUDGET, field="bid", description=N_("set the maximum bid per result")
        ),
    ),
)
"""X Ads' four set-up steps ([001]): campaign (name, tracking, timing), content, targeting, budget."""
