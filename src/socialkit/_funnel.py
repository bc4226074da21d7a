"""TEMPORARY shim on the strategy branch until the funnel branch lands (deleted before merge)."""

from enum import StrEnum


class FunnelStage(StrEnum):
    """Funnel stage."""

    TOFU = "tofu"
    MOFU = "mofu"
    BOFU = "bofu"
    RETENTION = "retention"
