"""Social media optimisation (SMO, "référencement social") ([001], [002]).

The blog archive [001] calls the marketing that uses social media SMO, done for
three **reasons**: branding (notoriety and an image), search (lifting the site
in search engines' natural results) and sales. Its **actions** are on the site
(social links added to the content: RSS, share buttons, votes, reviews, content
put on other sites) and off the site (spreading the site's content through social
media: a blog, comments, discussion groups, news on the company's profiles);
[002] says the same of SMO inside social media marketing. Its **activities**
are marketing, public relations (ambassadors, trouble-makers, crises), customer
service, business development and internal communication. The **benefits**:
notoriety, a modern, friendly image, proximity; the **risk**: unhappy customers
can pollute the communication and hurt the e-reputation.

:class:`Smo` is that plan as a value the strategy carries (``Strategy.smo``);
:meth:`Smo.findings` checks it through :data:`SMO_RULES` (no share buttons on
the site, no off-site plan, no answer to the e-reputation risk...).
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Any

import attrs

from socialkit._core.documents import AGENCY_GLOSSARY, BLOG_ARCHIVE
from socialkit._core.fields import frozen
from socialkit._core.findings import Finding, Severity
from socialkit._core.i18n import N_, tr, translate
from socialkit._core.rules import Hit, Rule, RuleSet, rule_set_for
from socialkit._core.validate import Choice, one_or_many, to_enum
from socialkit.errors import SocialkitTypeError

__all__ = [
    "SMO_BENEFITS",
    "SMO_E_REPUTATION_RISK",
    "SMO_RULES",
    "OffSiteAction",
    "OnSiteAction",
    "Smo",
    "SmoActivity",
    "SmoReason",
]


class SmoReason(Choice):
    """Why a company does SMO ([001])."""

    BRANDING = "branding"
    """Be known (notoriety) and give yourself an image."""
    SEARCH = "search"
    """Lift the site in search engines' natural results (SEO)."""
    SALES = "sales"
    """Sell products and services directly to clients and prospects."""


class OnSiteAction(Choice):
    """Social links added to the site's own content ([001], [002])."""

    SHARE_BUTTONS = "share buttons"
    RSS = "rss"
    VOTES = "votes"
    REVIEWS = "reviews"
    EMBEDS = "embeds"
    """Content (or its source code) others can put on their sites."""


class OffSiteAction(Choice):
    """Spreading the site's content through social media ([001])."""

    PUBLISHING = "publishing"
    """News and relevant information on the company's social profiles."""
    BLOG = "blog"
    COMMENTING = "commenting"
    GROUPS = "groups"
    """Taking part in discussion groups."""


class SmoActivity(Choice):
    """The activities of SMO ([001])."""

    MARKETING = "marketing"
    """Recruit, influence and engage community members (direct marketing, SEO, SEA, buzz)."""
    PUBLIC_RELATIONS = "public relations"
    """Choose ambassadors, win over trouble-makers, handle a communication crisis."""
    CUSTOMER_SERVICE = "customer service"
    """Customer service and after-sales service."""
    BUSINESS_DEVELOPMENT = "business development"
    """Spot sales opportunities, answer chosen questions, inform the sales team."""
    INTERNAL_COMMUNICATION = "internal communication"


SMO_BENEFITS: tuple[str, ...] = (
    "notoriety",
    "a modern image",
    "a friendly image",
    "proximity",
)
"""What SMO brings, per [001] (a source document's claim, not a measurement)."""

SMO_E_REPUTATION_RISK = N_(
    "unhappy customers can pollute the communication and damage the company's "
    "reputation: its e-reputation"
)
"""The risk of SMO, per [001]."""


def _members(kind: type[StrEnum], value: Any, where: str) -> tuple[Any, ...]:
    items = one_or_many(value, where)
    return tuple(dict.fromkeys(to_enum(kind, item, where) for item in items))


def _reasons(value: Any) -> tuple[SmoReason, ...]:
    return _members(SmoReason, value, "Smo.reasons")


def _on_site(value: Any) -> tuple[OnSiteAction, ...]:
    return _members(OnSiteAction, value, "Smo.on_site")


def _off_site(value: Any) -> tuple[OffSiteAction, ...]:
    return _members(OffSiteAction, value, "Smo.off_site")


def _activities(value: Any) -> tuple[SmoActivity, ...]:
    return _members(SmoActivity, value, "Smo.activities")


@frozen(kw_only=True)
class Smo:
    """An SMO plan ([001]): reasons, on-site and off-site actions, activities, e-reputation.

    ``reputation_plan`` says how unhappy customers' messages are handled (the risk
    of SMO); empty means no plan. Members are given as enums or their names.

    >>> plan = Smo(reasons=["branding", "search"], on_site=["rss"],
    ...            off_site=["publishing", "groups"], activities=["marketing"])
    >>> for f in plan.findings():
    ...     print(f.rule)
    smo.no_share_buttons
    smo.no_reputation_plan
    smo.no_customer_service
    """

    reasons: tuple[SmoReason, ...] = attrs.field(default=(), converter=_reasons)
    on_site: tuple[OnSiteAction, ...] = attrs.field(default=(), converter=_on_site)
    off_site: tuple[OffSiteAction, ...] = attrs.field(default=(), converter=_off_site)
    activities: tuple[SmoActivity, ...] = attrs.field(default=(), converter=_activities)
    reputation_plan: str = ""

    @property
    def benefits(self) -> tuple[str, ...]:
        """What SMO brings ([001]): :data:`SMO_BENEFITS`."""
        return SMO_BENEFITS

    @property
    def risk(self) -> str:
        """The risk of SMO ([001]): :data:`SMO_E_REPUTATION_RISK`."""
        return SMO_E_REPUTATION_RISK

    def findings(
        self, *, rules: RuleSet[Smo] | None = None, where: str = ""
    ) -> tuple[Finding, ...]:
        """The plan's findings; ``where`` prefixes every path (the strategy passes ``"smo"``)."""
        if not isinstance(where, str):
            raise SocialkitTypeError("Smo.findings(where)", where, expected=N_("a str"))
        chosen = rule_set_for(SMO_RULES if rules is None else rules, Smo, "Smo.findings")
        found = chosen.check(self)
        if not where:
            return found
        return tuple(
            attrs.evolve(f, where=f"{where}.{f.where}" if f.where else where) for f in found
        )


def _no_reason(rule: Rule[Smo], smo: Smo) -> Iterator[Hit]:
    if not smo.reasons:
        yield Hit(
            message=tr("the SMO plan gives no reason (branding, search, sales)"), where="reasons"
        )


def _no_share_buttons(rule: Rule[Smo], smo: Smo) -> Iterator[Hit]:
    if OnSiteAction.SHARE_BUTTONS not in smo.on_site:
        yield Hit(message=tr("no share buttons on the site"), where="on_site")


def _no_off_site(rule: Rule[Smo], smo: Smo) -> Iterator[Hit]:
    if not smo.off_site:
        yield Hit(
            message=tr("no off-site plan: nothing spreads the site's content on social media"),
            where="off_site",
        )


def _search_without_links(rule: Rule[Smo], smo: Smo) -> Iterator[Hit]:
    if SmoReason.SEARCH in smo.reasons and not smo.on_site:
        yield Hit(
            message=tr("search is a reason, but the site adds no social links to its content"),
            where="on_site",
        )


def _no_reputation_plan(rule: Rule[Smo], smo: Smo) -> Iterator[Hit]:
    if not smo.reputation_plan.strip():
        yield Hit(
            message=tr(
                "no answer to the risk of SMO: {risk}", risk=translate(SMO_E_REPUTATION_RISK)
            ),
            where="reputation_plan",
        )


def _no_customer_service(rule: Rule[Smo], smo: Smo) -> Iterator[Hit]:
    if smo.activities and SmoActivity.CUSTOMER_SERVICE not in smo.activities:
        yield Hit(
            message=tr(
                "customer service is not among the SMO activities: complaints will arrive anyway"
            ),
            where="activities",
        )


def _sales_without_development(rule: Rule[Smo], smo: Smo) -> Iterator[Hit]:
    if (
        SmoReason.SALES in smo.reasons
        and smo.activities
        and SmoActivity.BUSINESS_DEVELOPMENT not in smo.activities
    ):
        yield Hit(
            message=tr("sales is a reason, but business development is not an activity"),
            where="activities",
        )


def _smo_rule(
    rule_id: str, severity: Severity, check: Any, title: str, fix: str, source: Any = BLOG_ARCHIVE
) -> Rule[Smo]:
    return Rule(id=rule_id, severity=severity, check=check, title=title, fix=fix, source=source)


SMO_RULES: RuleSet[Smo] = RuleSet(
    (
        _smo_rule(
            "smo.no_reason",
            Severity.WARNING,
            _no_reason,
            N_("An SMO plan with no reason."),
            N_("say why: branding, search, sales (Smo.reasons)"),
        ),
        _smo_rule(
            "smo.no_share_buttons",
            Severity.WARNING,
            _no_share_buttons,
            N_("No share buttons on the site."),
            N_("add share buttons to the site's content (on_site = ['share buttons'])"),
            AGENCY_GLOSSARY,
        ),
        _smo_rule(
            "smo.no_off_site",
            Severity.WARNING,
            _no_off_site,
            N_("No off-site plan."),
            N_("publish news on the company's profiles, comment, join groups (off_site = [...])"),
        ),
        _smo_rule(
            "smo.search_without_links",
            Severity.WARNING,
            _search_without_links,
            N_("Search as a reason without social links on the site."),
            N_("add RSS, share buttons, reviews to the site's content"),
        ),
        _smo_rule(
            "smo.no_reputation_plan",
            Severity.WARNING,
            _no_reputation_plan,
            N_("No answer to the e-reputation risk."),
            N_(
                "say how unhappy customers are answered (reputation_plan; see "
                "socialkit.community.CRISIS_PLAYBOOK)"
            ),
        ),
        _smo_rule(
            "smo.no_customer_service",
            Severity.TIP,
            _no_customer_service,
            N_("Customer service missing from the activities."),
            N_("add 'customer service' to the activities, or say who answers complaints"),
        ),
        _smo_rule(
            "smo.sales_without_development",
            Severity.TIP,
            _sales_without_development,
            N_("Sales as a reason without business development."),
            N_("add 'business development': spot opportunities, inform the sales team"),
        ),
    ),
    subject=Smo,
)
"""The rules :meth:`Smo.findings` runs; the strategy runs them too (on ``smo``).

>>> SMO_RULES.get("smo.no_share_buttons").severity
<Severity.WARNING: 'warning'>
"""
