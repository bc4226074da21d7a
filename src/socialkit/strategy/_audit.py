"""The social media audit ([002]): answers per account, a verdict, and impostor accounts.

[002]'s step 4 asks what works, who engages, which networks the target uses and
how you compare with competitors; then, for every account, three hard questions
(is my audience there, how do they use it, can it serve a business goal?) and,
when its purpose is unclear, whether it is worth keeping. During the audit, look
for **impostor accounts** using the company's or its products' names: report them,
and consider verifying your own accounts.

An :class:`Audit` records those answers (the questions are the data of
:data:`~socialkit.strategy.AUDIT_CHECKLIST`); :data:`AUDIT_OUTCOMES` says, as data,
which answer means *improve* and which means *close*, and :meth:`Audit.findings`
turns the answers into findings (keep, improve, close) through the
:data:`AUDIT_RULES` rule set. A :class:`SuspectedImpostor` is an account that
uses your name, with what to do about it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from difflib import get_close_matches
from typing import TYPE_CHECKING, Any

import attrs

from socialkit._core.documents import AGENCY_GLOSSARY
from socialkit._core.fields import frozen
from socialkit._core.findings import Finding, Severity
from socialkit._core.i18n import H_, N_, label, semicolon_list, tr, translate
from socialkit._core.rules import Hit, Rule, RuleSet, rule_set_for
from socialkit._core.sources import Source
from socialkit._core.table import dataframe, html_block, html_table, short_repr, table
from socialkit._core.validate import Choice, non_empty_str, to_enum, to_tuple
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError
from socialkit.platforms._registry import get_platform, slug_of
from socialkit.strategy._audience import platform_slugs
from socialkit.strategy._diagnosis import AUDIT_CHECKLIST, AuditScope

if TYPE_CHECKING:
    import pandas

__all__ = [
    "AUDIT_OUTCOMES",
    "AUDIT_RULES",
    "AccountAudit",
    "Audit",
    "AuditOutcome",
    "AuditVerdict",
    "SuspectedImpostor",
]


class AuditVerdict(Choice):
    """What to do with an audited account ([002]: keep it, improve it, or close it)."""

    KEEP = "keep"
    IMPROVE = "improve"
    CLOSE = "close"


def _verdict(value: object) -> AuditVerdict:
    return to_enum(AuditVerdict, value, "AuditOutcome.verdict")


_QUESTIONS = {q.id: q for q in AUDIT_CHECKLIST}
_ACCOUNT_QUESTIONS = tuple(q.id for q in AUDIT_CHECKLIST if q.scope is AuditScope.ACCOUNT)
_OVERALL_QUESTIONS = tuple(q.id for q in AUDIT_CHECKLIST if q.scope is AuditScope.OVERALL)


def _question_id(scope: tuple[str, ...], where: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str):
            raise SocialkitTypeError(where, value, expected=N_("an audit question id (str)"))
        if value not in scope:
            raise NotFoundError(where, value, scope)

    return check


@frozen(kw_only=True)
class AuditOutcome:
    """What one yes/no answer of the audit means for the account (data, not logic).

    ``answer`` is the answer that calls for ``verdict``; ``action`` says what to do.

    >>> AUDIT_OUTCOMES[0].question, AUDIT_OUTCOMES[0].answer, AUDIT_OUTCOMES[0].verdict
    ('audience_there', False, <AuditVerdict.CLOSE: 'close'>)
    """

    question: str = attrs.field(validator=_question_id(_ACCOUNT_QUESTIONS, "AuditOutcome.question"))
    answer: bool
    verdict: AuditVerdict = attrs.field(converter=_verdict)
    action: str = attrs.field(validator=non_empty_str)
    source: Source = AGENCY_GLOSSARY


def _outcome(question: str, answer: bool, verdict: str, action: str) -> AuditOutcome:
    return AuditOutcome(question=question, answer=answer, verdict=verdict, action=action)


AUDIT_OUTCOMES: tuple[AuditOutcome, ...] = (
    _outcome(
        "audience_there",
        False,
        "close",
        N_("your audience is not on this network: close the account"),
    ),
    _outcome(
        "business_goal",
        False,
        "close",
        N_("the account serves no meaningful business goal: close it or give it one"),
    ),
    _outcome(
        "purpose_clear",
        False,
        "improve",
        N_(
            "the account's purpose is unclear: write a one-sentence mission, or ask whether "
            "it is worth keeping"
        ),
    ),
    _outcome(
        "impostors",
        True,
        "improve",
        N_(
            "impostor accounts use your name here: report them (record them as "
            "SuspectedImpostor) and consider verifying your account"
        ),
    ),
    _outcome("profile_complete", False, "improve", N_("fill in every profile field")),
    _outcome(
        "search_keywords",
        False,
        "improve",
        N_("use the keywords people search you by in the name and the bio"),
    ),
    _outcome("image_sizes", False, "improve", N_("use images sized for this network")),
)
"""Which answer of [002]'s per-account questions means *improve* or *close*.

The verdicts follow [002] (an account whose audience is not there, or that serves
no business goal, is not worth keeping; an unclear purpose makes you ask); which
answers lead to *close* rather than *improve* is **socialkit's reading** of the
text. Pass your own outcomes to :meth:`AccountAudit.verdict` to change it.
"""


def _pairs(value: Any, where: str, kind: type, expected: str) -> tuple[tuple[str, Any], ...]:
    if isinstance(value, Mapping):
        value = tuple(value.items())
    items = to_tuple(value, where)
    out: dict[str, Any] = {}
    for item in items:
        if not (isinstance(item, tuple) and len(item) == 2):
            raise SocialkitTypeError(where, item, expected=N_("a mapping of question id to answer"))
        key, answer = item
        if not isinstance(key, str):
            raise SocialkitTypeError(f"{where} key", key, expected=N_("a question id (str)"))
        if not isinstance(answer, kind) or (isinstance(answer, str) and not answer.strip()):
            raise SocialkitTypeError(
                where, answer, expected=tr("{expected} for {key!r}", expected=expected, key=key)
            )
        out[key] = answer
    return tuple(out.items())


def _known(ids: Iterable[str], scope: tuple[str, ...], where: str) -> None:
    for key in ids:
        if key not in scope:
            raise NotFoundError(where, key, scope, get_close_matches(key, scope, n=3))


def _account_answers(value: Any) -> tuple[tuple[str, bool], ...]:
    pairs = _pairs(value, "AccountAudit.answers", bool, "true or false")
    _known((k for k, _ in pairs), _ACCOUNT_QUESTIONS, "AccountAudit.answers")
    return pairs


def _account_notes(value: Any) -> tuple[tuple[str, str], ...]:
    pairs = _pairs(value, "AccountAudit.notes", str, "non-empty text")
    _known((k for k, _ in pairs), _ACCOUNT_QUESTIONS, "AccountAudit.notes")
    return pairs


def _account_platform(value: object) -> str:
    return slug_of(value, "AccountAudit.platform")


def _outcomes(value: object) -> tuple[AuditOutcome, ...]:
    items = to_tuple(value, "outcomes")  # type: ignore[arg-type]
    for item in items:
        if not isinstance(item, AuditOutcome):
            raise SocialkitTypeError("outcomes", item, expected=N_("AuditOutcome values"))
    return items


@frozen(kw_only=True)
class AccountAudit:
    """The audit's answers for one of your accounts ([002]).

    ``answers`` maps the id of a per-account question of
    :data:`~socialkit.strategy.AUDIT_CHECKLIST` to yes (``True``) or no; ``notes``
    holds the open answers (how the audience uses the network; [001]'s users,
    goals and key success factors).

    >>> page = AccountAudit(platform="facebook", answers={"audience_there": True,
    ...                     "business_goal": True, "profile_complete": False})
    >>> page.verdict()
    <AuditVerdict.IMPROVE: 'improve'>
    >>> [o.action for o in page.reasons()]
    ['fill in every profile field']
    """

    platform: str = attrs.field(converter=_account_platform)
    handle: str = ""
    answers: tuple[tuple[str, bool], ...] = attrs.field(default=(), converter=_account_answers)
    notes: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_account_notes)

    def answer(self, question: str) -> bool | None:
        """The yes/no answer to ``question`` (an id), or ``None`` when unanswered."""
        if not isinstance(question, str):
            raise SocialkitTypeError(
                "AccountAudit.answer(question)", question, expected=N_("a question id (str)")
            )
        return dict(self.answers).get(question)

    def reasons(
        self, outcomes: Iterable[AuditOutcome] = AUDIT_OUTCOMES
    ) -> tuple[AuditOutcome, ...]:
        """The outcomes the answers trigger, in the order of ``outcomes``."""
        answers = dict(self.answers)
        return tuple(o for o in _outcomes(outcomes) if answers.get(o.question) is o.answer)

    def undecided(self, outcomes: Iterable[AuditOutcome] = AUDIT_OUTCOMES) -> tuple[str, ...]:
        """The questions that decide a verdict and have no answer yet."""
        answers = dict(self.answers)
        return tuple(
            dict.fromkeys(o.question for o in _outcomes(outcomes) if o.question not in answers)
        )

    def verdict(self, outcomes: Iterable[AuditOutcome] = AUDIT_OUTCOMES) -> AuditVerdict | None:
        """Close if any answer says close, else improve if any says improve, else keep.

        ``None`` (undecided) when no answer says close and a deciding question is
        unanswered: an audit with holes does not say *keep*.
        """
        fired = {o.verdict for o in self.reasons(outcomes)}
        if AuditVerdict.CLOSE in fired:
            return AuditVerdict.CLOSE
        if AuditVerdict.IMPROVE in fired:
            return AuditVerdict.IMPROVE
        return None if self.undecided(outcomes) else AuditVerdict.KEEP

    @property
    def label(self) -> str:
        """The account as a person reads it: ``"Facebook @lumen"``."""
        name = get_platform(self.platform).name
        return f"{name} {self.handle}" if self.handle else name

    def rows(self) -> list[tuple[str, bool | str, str]]:
        """One row per per-account question answered or noted: question id, answer, note.

        An answer is a bool (the table shows it as a translated yes/no), ``"-"`` when unanswered.
        """
        answers, notes = dict(self.answers), dict(self.notes)
        return [
            (q, _yes_no(answers.get(q)), notes.get(q, "-"))
            for q in _ACCOUNT_QUESTIONS
            if q in answers or q in notes
        ]

    def _head(self) -> str:
        return f"{self.label}: {_verdict_text(self.verdict())}"

    def __str__(self) -> str:
        return f"{self._head()}\n{table(_ANSWER_HEADERS, self.rows())}"

    def __repr__(self) -> str:
        return short_repr(
            "AccountAudit",
            tr("{head} ({answers} answers)", head=self._head(), answers=len(self.answers)),
        )

    def _repr_html_(self) -> str:
        """The rows of :meth:`__str__` as an HTML table (notebooks)."""
        return html_table(_ANSWER_HEADERS, self.rows(), caption=self._head())

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per question answered or noted; ``answer`` is a nullable bool (pandas extra)."""
        answers, notes = dict(self.answers), dict(self.notes)
        return dataframe(
            "AccountAudit.to_dataframe",
            [("question", "string"), ("answer", "boolean"), ("note", "string")],
            [
                (q, answers.get(q), notes.get(q))
                for q in _ACCOUNT_QUESTIONS
                if q in answers or q in notes
            ],
        )


_ANSWER_HEADERS = (H_("question"), H_("answer"), H_("note"))
_ACCOUNT_HEADERS = (H_("account"), H_("verdict"), H_("why"))
_IMPOSTOR_HEADERS = (H_("platform"), H_("handle"), H_("imitates"), H_("reported"))


def _yes_no(answer: bool | None) -> bool | str:
    """An answer as a table cell: the bool itself (shown as yes/no), ``"-"`` when unanswered."""
    return "-" if answer is None else answer


def _verdict_text(verdict: AuditVerdict | None) -> str:
    return tr("undecided") if verdict is None else label(verdict)


def _impostor_platform(value: object) -> str:
    return slug_of(value, "SuspectedImpostor.platform")


@frozen(kw_only=True)
class SuspectedImpostor:
    """An account that uses the company's or its products' names without being yours ([002]).

    Impostors can hurt the brand and win followers that should be yours: report
    them to the network, and consider verifying your own account there so fans
    know which one is really you.

    >>> fake = SuspectedImpostor(platform="instagram", handle="@lumen_beauty_promo",
    ...                          imitates="Lumen Beauty")
    >>> for action in fake.actions(verified=False):
    ...     print(action)
    report @lumen_beauty_promo to Instagram as an impersonation of Lumen Beauty
    consider verifying your own Instagram account so followers know which one is you
    """

    platform: str = attrs.field(converter=_impostor_platform)
    handle: str = attrs.field(validator=non_empty_str)
    imitates: str = ""
    url: str = ""
    evidence: str = ""
    reported: bool = False

    def actions(self, *, verified: bool = False) -> tuple[str, ...]:
        """What to do: report it (unless done), and verify your own account (unless done)."""
        if not isinstance(verified, bool):
            raise SocialkitTypeError(
                "SuspectedImpostor.actions(verified)", verified, expected=N_("a bool")
            )
        name = get_platform(self.platform).name
        if self.imitates:
            report = tr(
                "report {handle} to {network} as an impersonation of {imitates}",
                handle=self.handle,
                network=name,
                imitates=self.imitates,
            )
        else:
            report = tr("report {handle} to {network}", handle=self.handle, network=name)
        out = [] if self.reported else [report]
        if not verified:
            out.append(
                tr(
                    "consider verifying your own {network} account so followers know "
                    "which one is you",
                    network=name,
                )
            )
        return tuple(out)


def _overall(value: Any) -> tuple[tuple[str, str], ...]:
    pairs = _pairs(value, "Audit.overall", str, "non-empty text")
    _known((k for k, _ in pairs), _OVERALL_QUESTIONS, "Audit.overall")
    return pairs


def _target_networks(value: Any) -> tuple[str, ...]:
    return platform_slugs(value, "Audit.target_networks")


def _verified(value: Any) -> tuple[str, ...]:
    return platform_slugs(value, "Audit.verified")


def _accounts(instance: Audit, attribute: attrs.Attribute[Any], value: Any) -> None:
    keys = [(a.platform, a.handle) for a in value]
    twice = sorted({f"{p} {h}".strip() for p, h in keys if keys.count((p, h)) > 1})
    if twice:
        raise ValidationError(
            "Audit.accounts",
            tr("audited twice: {names}", names=", ".join(twice)),
            allowed=N_("expected one AccountAudit per account (platform and handle)"),
        )


@frozen(kw_only=True)
class Audit:
    """The social media audit of [002]: overall answers, every account, impostors.

    ``overall`` maps the overall questions of
    :data:`~socialkit.strategy.AUDIT_CHECKLIST` (``what_works``, ``who_engages``,
    ``versus_competitors``) to your answers; ``target_networks`` answers "which
    networks does your target audience use?" with platforms; ``verified`` lists
    the networks where your own accounts are verified.

    >>> audit = Audit(
    ...     target_networks=["instagram", "tiktok"],
    ...     accounts=[AccountAudit(platform="instagram", answers={"audience_there": True,
    ...                 "business_goal": True, "purpose_clear": True, "impostors": False,
    ...                 "profile_complete": True, "search_keywords": True, "image_sizes": True}),
    ...               AccountAudit(platform="x", handle="@lumen",
    ...                            answers={"audience_there": False})],
    ...     impostors=[SuspectedImpostor(platform="tiktok", handle="@lumen.official",
    ...                                  reported=True)],
    ...     verified=["tiktok"])
    >>> [(a.label, str(v)) for a, v in audit.verdicts()]
    [('Instagram', 'keep'), ('X @lumen', 'close')]
    >>> for f in audit.findings(rules=AUDIT_RULES.without("audit.overall_unanswered")):
    ...     print(f.rule, f.where)
    audit.close accounts[1]
    audit.keep accounts[0]
    audit.off_target accounts[1].platform
    """

    overall: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_overall)
    target_networks: tuple[str, ...] = attrs.field(default=(), converter=_target_networks)
    accounts: tuple[AccountAudit, ...] = attrs.field(
        default=(), converter=to_tuple, validator=_accounts
    )
    impostors: tuple[SuspectedImpostor, ...] = attrs.field(default=(), converter=to_tuple)
    verified: tuple[str, ...] = attrs.field(default=(), converter=_verified)

    def verdicts(
        self, outcomes: Iterable[AuditOutcome] = AUDIT_OUTCOMES
    ) -> tuple[tuple[AccountAudit, AuditVerdict | None], ...]:
        """Each account with its verdict (``None``: undecided), in order."""
        chosen = _outcomes(outcomes)
        return tuple((a, a.verdict(chosen)) for a in self.accounts)

    def rows(self) -> list[tuple[str, str, str]]:
        """One row per account: its label, its verdict and the actions behind it."""
        return [
            (a.label, _verdict_text(v), _actions(a.reasons()) or "-") for a, v in self.verdicts()
        ]

    def impostor_rows(self) -> list[tuple[str, str, str, bool | str]]:
        """One row per suspected impostor: platform, handle, whom it imitates, reported."""
        return [
            (f.platform, f.handle, f.imitates or "-", _yes_no(f.reported)) for f in self.impostors
        ]

    def _head(self) -> str:
        counts: dict[str, int] = {}
        for _, verdict in self.verdicts():
            counts[_verdict_text(verdict)] = counts.get(_verdict_text(verdict), 0) + 1
        tally = "".join(f", {n} {v}" for v, n in counts.items())
        return tr(
            "audit: {accounts} accounts{tally}; {impostors} impostors",
            accounts=len(self.accounts),
            tally=tally,
            impostors=len(self.impostors),
        )

    def __str__(self) -> str:
        parts = [self._head(), table(_ACCOUNT_HEADERS, self.rows())]
        if self.impostors:
            parts.append(table(_IMPOSTOR_HEADERS, self.impostor_rows()))
        return "\n".join(parts)

    def __repr__(self) -> str:
        return short_repr("Audit", self._head())

    def _repr_html_(self) -> str:
        """The tables of :meth:`__str__` as HTML (notebooks)."""
        impostors = html_table(_IMPOSTOR_HEADERS, self.impostor_rows()) if self.impostors else ""
        return html_block(
            html_table(_ACCOUNT_HEADERS, self.rows(), caption=self._head()), impostors
        )

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per account: ``platform``, ``handle``, ``verdict`` (``<NA>``: undecided), ``why``."""
        return dataframe(
            "Audit.to_dataframe",
            [
                ("platform", "string"),
                ("handle", "string"),
                ("verdict", "string"),
                ("why", "string"),
            ],
            [
                (a.platform, a.handle, None if v is None else str(v), why)
                for (a, v), (_, _, why) in zip(self.verdicts(), self.rows(), strict=True)
            ],
        )

    def to_close(self) -> tuple[str, ...]:
        """The platforms of the accounts the audit says to close."""
        return tuple(
            dict.fromkeys(a.platform for a, v in self.verdicts() if v is AuditVerdict.CLOSE)
        )

    def is_empty(self) -> bool:
        """Whether nothing was recorded."""
        return self == Audit()

    def findings(
        self, *, rules: RuleSet[Audit] | None = None, where: str = ""
    ) -> tuple[Finding, ...]:
        """The audit as findings (keep, improve, close, impostors), each with its path.

        ``where`` prefixes every path (the strategy passes ``"analysis.audit"``).
        """
        if not isinstance(where, str):
            raise SocialkitTypeError("Audit.findings(where)", where, expected=N_("a str"))
        chosen = rule_set_for(AUDIT_RULES if rules is None else rules, Audit, "Audit.findings")
        found = chosen.check(self)
        if not where:
            return found
        return tuple(
            attrs.evolve(f, where=f"{where}.{f.where}" if f.where else where) for f in found
        )


# --- The audit's rules ---------------------------------------------------------------


def _actions(reasons: Iterable[AuditOutcome]) -> str:
    return semicolon_list(translate(o.action) for o in reasons)


def _keep(rule: Rule[Audit], audit: Audit) -> Iterator[Hit]:
    for i, (account, verdict) in enumerate(audit.verdicts()):
        if verdict is AuditVerdict.KEEP:
            yield Hit(
                message=tr(
                    "keep {account}: the audience is there and it serves a goal",
                    account=account.label,
                ),
                where=f"accounts[{i}]",
            )


def _improve(rule: Rule[Audit], audit: Audit) -> Iterator[Hit]:
    for i, (account, verdict) in enumerate(audit.verdicts()):
        if verdict is AuditVerdict.IMPROVE:
            reasons = [o for o in account.reasons() if o.verdict is AuditVerdict.IMPROVE]
            yield Hit(
                message=tr("improve {account}", account=account.label),
                where=f"accounts[{i}]",
                fix=_actions(reasons),
            )


def _close(rule: Rule[Audit], audit: Audit) -> Iterator[Hit]:
    for i, (account, verdict) in enumerate(audit.verdicts()):
        if verdict is AuditVerdict.CLOSE:
            reasons = [o for o in account.reasons() if o.verdict is AuditVerdict.CLOSE]
            yield Hit(
                message=tr(
                    "close {account}: {actions}", account=account.label, actions=_actions(reasons)
                ),
                where=f"accounts[{i}]",
            )


def _undecided(rule: Rule[Audit], audit: Audit) -> Iterator[Hit]:
    for i, (account, verdict) in enumerate(audit.verdicts()):
        missing = account.undecided()
        if verdict is None and missing:
            yield Hit(
                message=tr(
                    "{account} has no verdict: {questions} unanswered",
                    account=account.label,
                    questions=", ".join(missing),
                ),
                where=f"accounts[{i}].answers",
                fix=tr("answer {questions} (true or false)", questions=", ".join(missing)),
            )


def _off_target(rule: Rule[Audit], audit: Audit) -> Iterator[Hit]:
    if not audit.target_networks:
        return
    for i, account in enumerate(audit.accounts):
        if account.platform not in audit.target_networks:
            yield Hit(
                message=tr(
                    "{account}: your target does not use {network}, by the audit's own answer",
                    account=account.label,
                    network=get_platform(account.platform).name,
                ),
                where=f"accounts[{i}].platform",
            )


def _overall_unanswered(rule: Rule[Audit], audit: Audit) -> Iterator[Hit]:
    answered = {k for k, _ in audit.overall}
    if audit.target_networks:
        answered.add("target_networks")
    missing = [q for q in _OVERALL_QUESTIONS if q not in answered]
    if missing:
        yield Hit(
            message=tr("overall questions unanswered: {questions}", questions=", ".join(missing)),
            where="overall",
            fix=semicolon_list(translate(_QUESTIONS[q].question) for q in missing),
        )


def _impostor_unreported(rule: Rule[Audit], audit: Audit) -> Iterator[Hit]:
    for i, fake in enumerate(audit.impostors):
        if not fake.reported:
            yield Hit(
                message=tr(
                    "suspected impostor {handle} on {network} is not reported",
                    handle=fake.handle,
                    network=get_platform(fake.platform).name,
                ),
                where=f"impostors[{i}]",
                fix=fake.actions(verified=True)[0],
            )


def _verify_own(rule: Rule[Audit], audit: Audit) -> Iterator[Hit]:
    seen: set[str] = set()
    for i, fake in enumerate(audit.impostors):
        if fake.platform not in audit.verified and fake.platform not in seen:
            seen.add(fake.platform)
            yield Hit(
                message=tr(
                    "an impostor uses your name on {network}, "
                    "where your own account is not verified",
                    network=get_platform(fake.platform).name,
                ),
                where=f"impostors[{i}].platform",
            )


def _audit_rule(
    rule_id: str, severity: Severity, check: Any, title: str, fix: str = ""
) -> Rule[Audit]:
    return Rule(
        id=rule_id, severity=severity, check=check, title=title, fix=fix, source=AGENCY_GLOSSARY
    )


_E, _W, _T = Severity.ERROR, Severity.WARNING, Severity.TIP

AUDIT_RULES: RuleSet[Audit] = RuleSet(
    (
        _audit_rule(
            "audit.close",
            _W,
            _close,
            N_("An account the audit says to close."),
            N_("close the account, or take it over and give it a mission"),
        ),
        _audit_rule("audit.improve", _T, _improve, N_("An account the audit says to improve.")),
        _audit_rule(
            "audit.keep",
            _T,
            _keep,
            N_("An account the audit says to keep."),
            N_("keep it, and check its profile with check_profile"),
        ),
        _audit_rule("audit.undecided", _T, _undecided, N_("An account with no verdict yet.")),
        _audit_rule(
            "audit.off_target",
            _W,
            _off_target,
            N_("An account on a network the target does not use."),
            N_("close it, or say why the target is there after all (Audit.target_networks)"),
        ),
        _audit_rule(
            "audit.overall_unanswered", _T, _overall_unanswered, N_("Overall questions unanswered.")
        ),
        _audit_rule(
            "audit.impostor_unreported", _W, _impostor_unreported, N_("An impostor not reported.")
        ),
        _audit_rule(
            "audit.verify_own",
            _T,
            _verify_own,
            N_("An impostor where your own account is not verified."),
            N_("consider verifying your account there (then list the network in Audit.verified)"),
        ),
    ),
    subject=Audit,
)
"""The rules :meth:`Audit.findings` runs; the strategy runs them too (on ``analysis.audit``).

>>> AUDIT_RULES.ids()[:3]
('audit.close', 'audit.improve', 'audit.keep')
"""
