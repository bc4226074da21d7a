"""Findings: what a check found, where, how bad, and how to fix it.

Post assessments, strategy validation and inbox checks all report with the same
:class:`Finding`, so a tool embedding socialkit renders them one way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from socialkit._core.fields import frozen
from socialkit._core.i18n import H_, N_, counted, label, tr, translate
from socialkit._core.sources import Source
from socialkit._core.table import dataframe
from socialkit._core.validate import Choice, non_empty_str, to_enum

if TYPE_CHECKING:
    import pandas

__all__ = [
    "FINDING_HEADERS",
    "Finding",
    "Severity",
    "finding_frame",
    "finding_rows",
    "severity_count",
]


class Severity(Choice):
    """How much a finding matters: errors block, warnings cost reach, tips help."""

    ERROR = "error"
    WARNING = "warning"
    TIP = "tip"


def _severity(value: object) -> Severity:
    return to_enum(Severity, value)


_COUNTS = {
    Severity.ERROR: (N_("{count} error"), N_("{count} errors")),
    Severity.WARNING: (N_("{count} warning"), N_("{count} warnings")),
    Severity.TIP: (N_("{count} tip"), N_("{count} tips")),
}
"""How a count of findings of each severity reads, singular and plural."""


def severity_count(severity: Severity, count: int) -> str:
    """``count`` findings of ``severity`` in words, in the current language.

    >>> severity_count(Severity.ERROR, 1), severity_count(Severity.TIP, 3)
    ('1 error', '3 tips')
    """
    return counted(*_COUNTS[severity], count)


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
    source: Source | None = None

    def __str__(self) -> str:
        at = tr(" at {where}", where=self.where) if self.where else ""
        fix = tr(" (fix: {fix})", fix=translate(self.fix)) if self.fix else ""
        return tr(
            "{severity} {rule}{at}: {message}{fix}",
            severity=label(self.severity),
            rule=self.rule,
            at=at,
            message=translate(self.message),  # a data text (a constant finding) shows translated
            fix=fix,
        )


FINDING_HEADERS = (H_("severity"), H_("rule"), H_("where"), H_("message"), H_("fix"))
"""The columns of a table of findings, as every result with findings shows them."""


def finding_rows(findings: Iterable[Finding]) -> list[tuple[object, ...]]:
    """One row per finding under :data:`FINDING_HEADERS` (``-`` for no place or fix).

    >>> finding_rows([Finding(rule="x.long", severity="error", message="too long")])
    [(<Severity.ERROR: 'error'>, 'x.long', '-', 'too long', '-')]
    """
    return [(f.severity, f.rule, f.where or "-", f.message, f.fix or "-") for f in findings]


def finding_frame(what: str, findings: Iterable[Finding]) -> pandas.DataFrame:
    """The findings as a DataFrame: ``severity`` a category, the rest strings (pandas extra)."""
    return dataframe(
        what,
        [(h, "category" if h == "severity" else "string") for h in FINDING_HEADERS],
        [(str(f.severity), f.rule, f.where, f.message, f.fix) for f in findings],
    )
