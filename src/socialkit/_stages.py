"""TEMPORARY shim on the strategy branch until the funnel branch lands (deleted before merge)."""

import re
from enum import Enum, StrEnum
from typing import TypeVar

from socialkit._errors import NotFoundError, SocialkitTypeError

E = TypeVar("E", bound=Enum)


def lookup(kind: type[E], value: object, where: str) -> E:
    """Shim."""
    if isinstance(value, kind):
        return value
    if not isinstance(value, str):
        raise SocialkitTypeError(where, value, expected=f"a {kind.__name__} or its name")
    key = re.sub(r"[\s_/-]+", " ", value.strip().lower())
    for member in kind:
        if key in (str(member.value), member.name.lower().replace("_", " ")):
            return member
    raise NotFoundError(where, value, [str(m.value) for m in kind])


class Kpi(StrEnum):
    """Shim."""

    REACH = "reach"
    IMPRESSIONS = "impressions"
    FOLLOWERS = "followers"
    LIKES = "likes"
    REPOSTS = "reposts"
    WEB_REFERRALS = "web referrals"
    LEADS = "leads"
    SIGN_UPS = "sign-ups"
    DOWNLOADS = "downloads"
    CONVERSIONS = "conversions"
    CONVERSION_RATE = "conversion rate"
    REVENUE = "revenue"

    @property
    def is_vanity(self) -> bool:
        """Shim."""
        return self in {Kpi.LIKES, Kpi.REPOSTS, Kpi.FOLLOWERS, Kpi.IMPRESSIONS, Kpi.REACH}


class FunnelStage(StrEnum):
    """Shim."""

    TOFU = "tofu"
    MOFU = "mofu"
    BOFU = "bofu"
    RETENTION = "retention"


class ContentType(StrEnum):
    """Shim."""

    VIDEO = "video"
    INFOGRAPHIC = "infographic"
    TUTORIAL = "tutorial"
    WEBINAR = "webinar"
    PODCAST = "podcast"
    WHITE_PAPER = "white paper"
    SOCIAL_POST = "social post"
    CONTEST = "contest"
