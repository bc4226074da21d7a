"""The first of the four steps: the analysis (target, competition, trends) ([000], [001], [002]).

The course module [000] gives an effective strategy four steps: **analysis**
(know the target, the competition and the trends), **objectives** (reachable,
aligned with business goals), **DNA** (what drives the brand) and **action**
(strong content, a content calendar). :class:`Analysis` is the first step as a
value a :class:`~socialkit.Strategy` carries (``Strategy.analysis``): the target
and trends in words, the 3C and a SWOT per network ([001]), the audit of
existing accounts ([002], :class:`~socialkit.strategy.Audit`) and the social
listening set-up ([002], :class:`Listening`, which runs
:func:`socialkit.measure.listen` over your mentions). :class:`StrategyStep`
names the four steps.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, tzinfo
from fractions import Fraction
from typing import Any

import attrs

from socialkit._core.fields import checked, frozen
from socialkit._core.i18n import H_, N_, heading, label, tr
from socialkit._core.table import html_table, short_repr, table
from socialkit._core.validate import (
    Choice,
    each,
    non_empty_str,
    to_enum,
    to_tuple,
)
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.measure._listening import ListeningReport, Mention, listen
from socialkit.strategy._audit import Audit
from socialkit.strategy._diagnosis import Swot, ThreeC

__all__ = ["Analysis", "Listening", "StepReport", "StepStatus", "StrategyStep"]


class StrategyStep(Choice):
    """The four steps of an effective strategy ([000]), in order."""

    ANALYSIS = "analysis"
    """Know the target, the competition and the trends."""
    OBJECTIVES = "objectives"
    """Reachable objectives, aligned with the business goals."""
    DNA = "dna"
    """What drives the brand (its personality)."""
    ACTION = "action"
    """Strong content and a content calendar."""


class StepStatus(Choice):
    """How far one step of the strategy is done."""

    DONE = "done"
    THIN = "thin"
    """Begun, with parts missing."""
    MISSING = "missing"
    """Nothing written for the step."""


def _step(value: object) -> StrategyStep:
    return to_enum(StrategyStep, value, "StepReport.step")


def _status(value: object) -> StepStatus:
    return to_enum(StepStatus, value, "StepReport.status")


@frozen(kw_only=True)
class StepReport:
    """One of the four steps ([000]) and the parts of it the strategy lacks.

    :meth:`socialkit.Strategy.steps` returns one per step, in order.

    >>> report = StepReport.of(StrategyStep.ANALYSIS, ["trends"], empty=False)
    >>> print(report)
    analysis: thin (trends)
    >>> report
    <StepReport analysis: thin (trends)>
    """

    step: StrategyStep = attrs.field(converter=_step)
    status: StepStatus = attrs.field(converter=_status)
    missing: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=each(non_empty_str)
    )

    @classmethod
    @checked
    def of(cls, step: StrategyStep, missing: Iterable[str], *, empty: bool) -> StepReport:
        """The report of ``step``: missing when ``empty``, thin when parts are ``missing``."""
        parts = to_tuple(missing, "StepReport.of(missing)")
        if not isinstance(empty, bool):
            raise SocialkitTypeError("StepReport.of(empty)", empty, expected=N_("a bool"))
        status = StepStatus.MISSING if empty else StepStatus.THIN if parts else StepStatus.DONE
        return cls(step=step, status=status, missing=parts)

    def __str__(self) -> str:
        parts = f" ({', '.join(self.missing)})" if self.missing else ""
        return f"{label(self.step)}: {label(self.status)}{parts}"

    def rows(self) -> list[tuple[object, ...]]:
        """The step's row: step, status (enum members, shown as labels) and the missing parts."""
        return [(self.step, self.status, ", ".join(self.missing) or "-")]

    def __repr__(self) -> str:
        return short_repr("StepReport", str(self))

    def _repr_html_(self) -> str:
        """The step's row as an HTML table (notebooks)."""
        return html_table(_STEP_HEADERS, self.rows())


_STEP_HEADERS = (H_("step"), H_("status"), H_("missing"))


def _terms(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    items = to_tuple(value, where)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise SocialkitTypeError(where, item, expected=N_("non-empty strings"))
    return tuple(dict.fromkeys(item.strip() for item in items))


def _keywords(value: Any) -> tuple[str, ...]:
    return _terms(value, "Listening.keywords")


def _accounts(value: Any) -> tuple[str, ...]:
    return _terms(value, "Listening.accounts")


def _competitors(value: Any) -> tuple[str, ...]:
    return _terms(value, "Listening.competitors")


@frozen(kw_only=True)
class Listening:
    """What to watch ([002]: track competitors and industry keywords).

    ``keywords`` and ``accounts`` are your brand's terms; ``competitors`` one term
    each. :meth:`run` passes them to :func:`socialkit.measure.listen`.

    >>> from datetime import datetime, timezone
    >>> watch = Listening(keywords=["lumen"], competitors=["Glowco"])
    >>> at = datetime(2027, 1, 4, 10, tzinfo=timezone.utc)
    >>> report = watch.run([Mention(at=at, source="@ana", text="lumen or glowco?")])
    >>> {name: f"{share:.0%}" for name, share in report.share_of_voice}
    {'brand': '50%', 'Glowco': '50%'}
    """

    keywords: tuple[str, ...] = attrs.field(default=(), converter=_keywords)
    accounts: tuple[str, ...] = attrs.field(default=(), converter=_accounts)
    competitors: tuple[str, ...] = attrs.field(default=(), converter=_competitors)

    def is_empty(self) -> bool:
        """Whether nothing is watched."""
        return not (self.keywords or self.accounts or self.competitors)

    def run(
        self,
        mentions: Iterable[Mention],
        *,
        zone: tzinfo = UTC,
        spike_factor: float | Fraction | int = 2,
        top: int = 10,
    ) -> ListeningReport:
        """:func:`~socialkit.measure.listen` over ``mentions`` with these terms."""
        if self.is_empty():
            raise ValidationError(
                "Listening.run",
                N_("nothing to watch"),
                allowed=N_("expected keywords, accounts or competitors"),
            )
        return listen(
            mentions,
            keywords=self.keywords,
            accounts=self.accounts,
            competitors=self.competitors,
            zone=zone,
            spike_factor=spike_factor,
            top=top,
        )


def _swots(instance: Analysis, attribute: attrs.Attribute[Any], value: Any) -> None:
    slugs = [s.platform for s in value]
    twice = sorted({s for s in slugs if slugs.count(s) > 1})
    if twice:
        raise ValidationError(
            "Analysis.swots",
            tr("several SWOTs for {names}", names=", ".join(twice)),
            allowed=N_("expected one SWOT per network"),
        )


def _trends(value: Any) -> tuple[str, ...]:
    return _terms(value, "Analysis.trends")


@frozen(kw_only=True)
class Analysis:
    """The strategy's first step ([000]): target, competition, trends; 3C, SWOT, audit, listening.

    Every part is optional, so a draft can exist; :func:`socialkit.strategy.validate`
    says which parts are missing (``steps.missing``, ``steps.thin``).
    ``target`` says in words who the strategy is for (the personas detail them);
    ``trends`` lists the trends to follow; ``three_c`` is the company, competitors
    and customers; ``swots`` one SWOT per network, done after the 3C ([001]).

    >>> Analysis().missing()
    ('target', 'competition', 'trends')
    >>> Analysis(target="women 18-35 who learn make-up online",
    ...          trends=["short tutorials"],
    ...          listening=Listening(competitors=["Glowco"])).missing()
    ()
    """

    target: str = ""
    trends: tuple[str, ...] = attrs.field(default=(), converter=_trends)
    three_c: ThreeC | None = None
    swots: tuple[Swot, ...] = attrs.field(default=(), converter=to_tuple, validator=_swots)
    audit: Audit | None = None
    listening: Listening | None = None

    def is_empty(self) -> bool:
        """Whether the analysis holds nothing at all (the step is missing)."""
        return self == Analysis()

    def knows_target(self) -> bool:
        """A target in words, or customers in the 3C."""
        return bool(self.target.strip()) or bool(self.three_c and self.three_c.customers)

    def knows_competition(self) -> bool:
        """Competitors in the 3C, or competitors watched by the listening."""
        return bool(self.three_c and self.three_c.competitors) or bool(
            self.listening and self.listening.competitors
        )

    def missing(self) -> tuple[str, ...]:
        """Which of [000]'s three subjects (target, competition, trends) the analysis lacks."""
        parts = {
            "target": self.knows_target(),
            "competition": self.knows_competition(),
            "trends": bool(self.trends),
        }
        return tuple(name for name, known in parts.items() if not known)

    def swot_for(self, platform: str) -> Swot | None:
        """The SWOT of ``platform`` (a slug), or ``None``."""
        return next((s for s in self.swots if s.platform == platform), None)

    def rows(self) -> list[tuple[str, str]]:
        """A summary row per part: target, trends, 3C, SWOTs, audit, listening, missing."""
        listening = self.listening
        watched = (
            "-"
            if listening is None or listening.is_empty()
            else ", ".join((*listening.keywords, *listening.accounts, *listening.competitors))
        )
        return [
            (heading(H_("target audience")), self.target.strip() or "-"),
            (heading(H_("trends")), ", ".join(self.trends) or "-"),
            (heading(H_("3C")), "-" if self.three_c is None else self.three_c._head()),
            (heading(H_("SWOTs")), ", ".join(s.platform for s in self.swots) or "-"),
            (heading(H_("audit")), "-" if self.audit is None else self.audit._head()),
            (heading(H_("listening")), watched),
            (heading(H_("missing")), ", ".join(self.missing()) or "-"),
        ]

    def __str__(self) -> str:
        return table(_ANALYSIS_HEADERS, self.rows())

    def __repr__(self) -> str:
        missing = ", ".join(self.missing())
        return short_repr(
            "Analysis",
            tr(
                "{trends} trends, {swots} SWOTs, 3C {three_c}, audit {audit}",
                trends=len(self.trends),
                swots=len(self.swots),
                three_c=tr("yes") if self.three_c else tr("no"),
                audit=tr("yes") if self.audit else tr("no"),
            )
            + (tr("; missing {missing}", missing=missing) if missing else ""),
        )

    def _repr_html_(self) -> str:
        """The summary rows of :meth:`__str__` as an HTML table (notebooks)."""
        return html_table(_ANALYSIS_HEADERS, self.rows(), caption="analysis")


_ANALYSIS_HEADERS = (H_("part"), H_("summary"))
