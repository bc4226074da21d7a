"""Paid social: X Ads objectives and billing, budget arithmetic, the set-up checklist ([001]).

[001] describes X (then Twitter) Ads: six campaign objectives, each billed for a
different event, and a four-step set-up (name, conversion tracking and timing; ad
content; targeting; budget). This module holds the types and the arithmetic; the
objectives, steps and tips themselves are data in ``measure/_paid_data.py``
(:data:`~socialkit.measure.X_ADS_OBJECTIVES`, :data:`~socialkit.measure.X_ADS_SETUP`),
so another network's can be added the same way.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from socialkit._core import numbers as num
from socialkit._core.fields import checked, frozen
from socialkit._core.findings import Finding, Severity
from socialkit._core.i18n import N_, tr, translate
from socialkit._core.sources import Source
from socialkit._core.time import as_utc
from socialkit._core.validate import (
    Choice,
    Validator,
    each,
    non_empty_str,
    optional,
    str_set,
    to_enum,
    to_real,
    to_str_set,
    to_tuple,
)
from socialkit.errors import SocialkitTypeError, ValidationError

__all__ = [
    "BillingEvent",
    "CampaignDraft",
    "CampaignObjective",
    "ChecklistItem",
    "Objective",
    "SetupChecklist",
    "SetupStep",
    "Targeting",
    "expected_results",
]


class Objective(Choice):
    """What an X Ads campaign is for ([001])."""

    FOLLOWERS = "followers"
    WEBSITE_CLICKS = "website_clicks"
    """Website clicks or conversions."""
    ENGAGEMENT = "engagement"
    APP_INSTALLS = "app_installs"
    LEADS = "leads"
    CUSTOM = "custom"


class BillingEvent(Choice):
    """The event an advertiser pays for (the bid is the maximum price per event)."""

    FOLLOWER = "follower"
    CLICK = "click"
    ENGAGEMENT = "engagement"
    """Any interaction with the promoted post: repost, like, reply, click."""
    INSTALL = "install"
    LEAD = "lead"
    CHOSEN = "chosen"
    """Custom campaigns: the advertiser picks the event."""


def _billing_events(values: Iterable[str]) -> tuple[BillingEvent, ...]:
    return tuple(to_enum(BillingEvent, v) for v in to_tuple(values))


def _objective(value: object) -> Objective | None:
    return None if value is None else to_enum(Objective, value)


def _objective_member(value: object) -> Objective:
    return to_enum(Objective, value)


@frozen(kw_only=True)
class CampaignObjective:
    """One objective: its goal, where the ads show, and what each result is billed on.

    >>> from socialkit.measure import X_ADS_OBJECTIVES
    >>> X_ADS_OBJECTIVES[0].billed_per
    (<BillingEvent.FOLLOWER: 'follower'>,)
    """

    objective: Objective
    goal: str = attrs.field(validator=non_empty_str)
    formats: tuple[str, ...] = attrs.field(converter=to_tuple, validator=each(non_empty_str))
    billed_per: tuple[BillingEvent, ...]
    source: Source
    note: str = ""


def _amount(name: str, value: object, *, positive: bool) -> Fraction:
    amount = num.exact(value, name)  # 0.1 is one tenth, not 0.1000000000000000055
    if amount < 0 or (positive and amount == 0) or amount > num.MAX_COUNT:
        bound = "> 0" if positive else ">= 0"
        raise ValidationError(
            name,
            tr("got {show}", show=num.show(amount)),
            allowed=tr(
                "expected an amount {bound} and at most {show}",
                bound=bound,
                show=num.show(num.MAX_COUNT),
            ),
            value=value,
        )
    return amount


def expected_results(
    budget: int | Fraction | Decimal | float, bid: int | Fraction | Decimal | float
) -> int:
    """At most how many billed results a budget buys: ``floor(budget / bid)``.

    An upper bound: the bid is the *maximum* price per result, and the auction
    often charges less, but delivery also depends on competition and audience size,
    which this ignores.

    >>> expected_results(500, 2)
    250
    >>> from decimal import Decimal
    >>> expected_results(Decimal("100"), Decimal("0.30"))
    333
    """
    return math.floor(
        _amount("expected_results(budget)", budget, positive=False)
        / _amount("expected_results(bid)", bid, positive=True)
    )


class SetupStep(Choice):
    """The four set-up steps of an X Ads campaign, in order ([001])."""

    CAMPAIGN = "campaign"
    """Name, conversion tracking code and timing."""
    CONTENT = "content"
    """The ad itself."""
    TARGETING = "targeting"
    """Who sees it; criteria combine."""
    BUDGET = "budget"
    """How much to spend and the maximum bid."""


_CRITERIA = (
    "genders",
    "ages",
    "languages",
    "devices",
    "carriers",
    "countries",
    "keywords",
    "interests",
    "custom_audiences",
    "tv_audiences",
)


@frozen(kw_only=True)
class Targeting:
    """X Ads targeting criteria ([001]); they combine (a person must match each one set).

    >>> Targeting(countries={"FR"}, interests={"running"}).criteria()
    ('countries', 'interests')
    """

    genders: frozenset[str] = attrs.field(
        default=frozenset(), converter=to_str_set, validator=str_set
    )
    ages: frozenset[str] = attrs.field(default=frozenset(), converter=to_str_set, validator=str_set)
    languages: frozenset[str] = attrs.field(
        default=frozenset(), converter=to_str_set, validator=str_set
    )
    devices: frozenset[str] = attrs.field(
        default=frozenset(), converter=to_str_set, validator=str_set
    )
    carriers: frozenset[str] = attrs.field(
        default=frozenset(), converter=to_str_set, validator=str_set
    )
    countries: frozenset[str] = attrs.field(
        default=frozenset(), converter=to_str_set, validator=str_set
    )
    keywords: frozenset[str] = attrs.field(
        default=frozenset(), converter=to_str_set, validator=str_set
    )
    interests: frozenset[str] = attrs.field(
        default=frozenset(), converter=to_str_set, validator=str_set
    )
    custom_audiences: frozenset[str] = attrs.field(
        default=frozenset(), converter=to_str_set, validator=str_set
    )
    tv_audiences: frozenset[str] = attrs.field(
        default=frozenset(), converter=to_str_set, validator=str_set
    )

    def criteria(self) -> tuple[str, ...]:
        """The names of the criteria that are set."""
        return tuple(name for name in _CRITERIA if getattr(self, name))


def _optional_amount(name: str) -> Validator:
    def check(instance: object, attribute: attrs.Attribute[object], value: object) -> None:
        if value is not None:
            _amount(f"CampaignDraft.{name}", value, positive=True)

    return check


@frozen(kw_only=True)
class CampaignDraft:
    """A campaign being set up; every field may still be missing.

    >>> from socialkit.measure import X_ADS_SETUP
    >>> draft = CampaignDraft(name="Spring launch", objective="website_clicks")
    >>> [item.field for item in X_ADS_SETUP.missing(draft)]
    ['conversion_tracking', 'start', 'content', 'targeting', 'budget', 'bid']
    """

    name: str | None = attrs.field(default=None, validator=optional(non_empty_str))
    objective: Objective | None = attrs.field(default=None, converter=_objective)
    conversion_tracking: str | None = attrs.field(default=None, validator=optional(non_empty_str))
    start: datetime | None = None
    end: datetime | None = None
    content: str | None = attrs.field(default=None, validator=optional(non_empty_str))
    targeting: Targeting = attrs.field(factory=Targeting)
    budget: int | Fraction | Decimal | float | None = attrs.field(
        default=None,
        converter=attrs.converters.optional(to_real),
        validator=_optional_amount("budget"),
    )
    bid: int | Fraction | Decimal | float | None = attrs.field(
        default=None,
        converter=attrs.converters.optional(to_real),
        validator=_optional_amount("bid"),
    )

    def __attrs_post_init__(self) -> None:
        if (
            self.start is not None
            and self.end is not None
            and as_utc(self.end) <= as_utc(self.start)
        ):
            raise ValidationError(
                "CampaignDraft.end",
                tr("{end} is not after start={start}", end=self.end, start=self.start),
                allowed=N_("expected end > start"),
            )

    def expected_results(self) -> int | None:
        """:func:`expected_results` for the draft's budget and bid, once both are set."""
        if self.budget is None or self.bid is None:
            return None
        return expected_results(self.budget, self.bid)


def _step(value: object) -> SetupStep:
    return to_enum(SetupStep, value)


def _draft_field(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    names = [f.name for f in attrs.fields(CampaignDraft)]
    if value not in names:
        raise ValidationError(
            "ChecklistItem.field",
            tr("{value!r} is not a CampaignDraft field", value=value),
            allowed=tr("expected one of {names}", names=", ".join(map(repr, names))),
            value=value,
        )


@frozen(kw_only=True)
class ChecklistItem:
    """One thing a campaign needs before launch: the draft field that holds it."""

    step: SetupStep = attrs.field(converter=_step)
    field: str = attrs.field(validator=[non_empty_str, _draft_field])
    description: str = attrs.field(validator=non_empty_str)

    @checked
    def done(self, draft: CampaignDraft) -> bool:
        """Whether ``draft`` fills this item (targeting: at least one criterion)."""
        value = getattr(draft, self.field)
        if isinstance(value, Targeting):
            return bool(value.criteria())
        return value is not None


@frozen(kw_only=True)
class SetupChecklist:
    """The ordered set-up steps of an ad platform, as items a draft fills in.

    >>> from socialkit.measure import X_ADS_SETUP
    >>> X_ADS_SETUP.steps()
    (<SetupStep.CAMPAIGN: 'campaign'>, <SetupStep.CONTENT: 'content'>, <SetupStep.TARGETING: 'targeting'>, <SetupStep.BUDGET: 'budget'>)
    """

    platform: str = attrs.field(validator=non_empty_str)
    items: tuple[ChecklistItem, ...]
    source: Source

    def steps(self) -> tuple[SetupStep, ...]:
        """The steps, in order, each once."""
        return tuple(dict.fromkeys(item.step for item in self.items))

    def missing(self, draft: CampaignDraft) -> tuple[ChecklistItem, ...]:
        """The items ``draft`` doesn't fill yet, in set-up order."""
        if not isinstance(draft, CampaignDraft):
            raise SocialkitTypeError(
                "SetupChecklist.missing(draft)", draft, expected=N_("a CampaignDraft")
            )
        return tuple(item for item in self.items if not item.done(draft))

    def check(self, draft: CampaignDraft) -> tuple[Finding, ...]:
        """The missing items as findings (errors: the campaign can't launch without them).

        >>> from socialkit.measure import X_ADS_SETUP
        >>> print(X_ADS_SETUP.check(CampaignDraft(name="x", objective="leads",
        ...     conversion_tracking="tag-1", start=None, content="Join us",
        ...     targeting=Targeting(countries={"FR"}), budget=100, bid=2))[0])
        error ads.setup.start at campaign.start: timing is not set (fix: set when the campaign starts (and ends))
        """
        return tuple(
            Finding(
                rule=f"ads.setup.{item.field}",
                severity=Severity.ERROR,
                message=tr("{field} is not set", field=item.field.replace("_", " "))
                if item.field != "start"
                else tr("timing is not set"),
                fix=translate(item.description),
                where=f"campaign.{item.field}",
                source=self.source,
            )
            for item in self.missing(draft)
        )
