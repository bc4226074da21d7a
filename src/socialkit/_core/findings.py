"""Findings: what a check found, where, how bad, and how to fix it.

Post assessments, strategy validation and inbox checks all report with the same
:class:`Finding`, so a tool embedding socialkit renders them one way.
"""

from __future__ import annotations

import attrs

from socialkit._core.fields import frozen
from socialkit._core.i18n import label, tr
from socialkit._core.sources import Source
from socialkit._core.validate import Choice, instance_of, non_empty_str, optional, to_enum

__all__ = ["Finding", "Severity"]


class Severity(Choice):
    """How much a finding matters: errors block, warnings cost reach, tips help."""

    ERROR = "error"
    WARNING = "warning"
    TIP = "tip"


def _severity(value: object) -> Severity:
    return to_enum(Severity, value)


@frozen(kw_only=True)
class Finding:
    """One result of a rule.

    ``rule`` is a stable id (``"linkedin.external_link"``); ``message`` says what is
    wrong, ``fix`` what to change; ``where`` is a location or field path
    (``"post.text"``, ``"objectives[1].target"``); ``signal`` names the platform
    ranking signal behind the rule, and ``source`` where the rule comes from.

    >>> f = Finding(rule="x.many_hashtags", severity=Severity.WARNING,
    ...             message="3 hashtags; X's ranking restricts posts with several",
    ...             fix="keep one or two hashtags", where="post.text")
    >>> print(f)
    warning x.many_hashtags at post.text: 3 hashtags; X's ranking restricts posts with several (fix: keep one or two hashtags)
    """

    rule: str = attrs.field(validator=non_empty_str)
    severity: Severity = attrs.field(converter=_severity)
    message: str = attrs.field(validator=non_empty_str)
    fix: str = ""
    where: str = ""
    signal: str | None = None
    source: Source | None = attrs.field(default=None, validator=optional(instance_of(Source)))

    def __str__(self) -> str:
        at = tr(" at {where}", where=self.where) if self.where else ""
        fix = tr(" (fix: {fix})", fix=self.fix) if self.fix else ""
        return tr(
            "{severity} {rule}{at}: {message}{fix}",
            severity=label(self.severity),
            rule=self.rule,
            at=at,
            message=self.message,
            fix=fix,
        )
