"""The audit ([002]): answers per account become keep / improve / close findings; impostors."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import examples
from socialkit.errors import NotFoundError, SocialkitTypeError
from socialkit.strategy import (
    AUDIT_OUTCOMES,
    AUDIT_RULES,
    STRATEGY_RULES,
    AccountAudit,
    Analysis,
    Audit,
    AuditVerdict,
    SuspectedImpostor,
    validate,
)
from strategies import account_audits, audits

DECIDING = tuple(dict.fromkeys(o.question for o in AUDIT_OUTCOMES))
GOOD = {o.question: not o.answer for o in AUDIT_OUTCOMES}


@given(account_audits())
def test_close_wins_then_improve_then_keep_and_holes_never_say_keep(account: AccountAudit) -> None:
    answers = dict(account.answers)
    fired = {o.verdict for o in AUDIT_OUTCOMES if answers.get(o.question) is o.answer}
    verdict = account.verdict()
    if AuditVerdict.CLOSE in fired:
        assert verdict is AuditVerdict.CLOSE
    elif AuditVerdict.IMPROVE in fired:
        assert verdict is AuditVerdict.IMPROVE
    elif all(q in answers for q in DECIDING):
        assert verdict is AuditVerdict.KEEP
    else:
        assert verdict is None


@given(audits())
def test_every_account_gets_exactly_one_verdict_finding(audit: Audit) -> None:
    found = audit.findings()
    kinds = ("audit.keep", "audit.improve", "audit.close", "audit.undecided")
    for i in range(len(audit.accounts)):
        mine = [f for f in found if f.rule in kinds and f.where.startswith(f"accounts[{i}]")]
        assert len(mine) == 1


def test_an_account_whose_audience_is_elsewhere_is_closed() -> None:
    account = AccountAudit(platform="x", answers={**GOOD, "audience_there": False})
    assert account.verdict() is AuditVerdict.CLOSE
    [finding] = [f for f in Audit(accounts=[account]).findings() if f.rule == "audit.close"]
    assert "audience is not on this network" in finding.message


def test_a_fully_good_account_is_kept_and_one_bad_profile_answer_improves_it() -> None:
    assert AccountAudit(platform="x", answers=GOOD).verdict() is AuditVerdict.KEEP
    worse = AccountAudit(platform="x", answers={**GOOD, "image_sizes": False})
    assert worse.verdict() is AuditVerdict.IMPROVE
    assert [o.question for o in worse.reasons()] == ["image_sizes"]


def test_answers_to_unknown_questions_are_refused_with_a_suggestion() -> None:
    with pytest.raises(NotFoundError, match="did you mean 'business_goal'"):
        AccountAudit(platform="x", answers={"business_gaol": True})
    with pytest.raises(SocialkitTypeError, match="true or false"):
        AccountAudit(platform="x", answers={"business_goal": "yes"})  # type: ignore[dict-item]
    with pytest.raises(NotFoundError):
        Audit(overall={"audience_there": "yes"})  # a per-account question


def test_an_unreported_impostor_must_be_reported_and_the_own_account_verified() -> None:
    fake = SuspectedImpostor(platform="instagram", handle="@fake", imitates="Lumen")
    found = {f.rule: f for f in Audit(impostors=[fake]).findings()}
    assert found["audit.impostor_unreported"].fix.startswith("report @fake to Instagram")
    assert "audit.verify_own" in found
    done = Audit(impostors=[attrs.evolve(fake, reported=True)], verified=["ig"])
    assert not {"audit.impostor_unreported", "audit.verify_own"} & {f.rule for f in done.findings()}
    assert done.impostors[0].actions(verified=True) == ()


def test_an_account_off_the_target_networks_is_flagged() -> None:
    audit = Audit(target_networks=["instagram"], accounts=[AccountAudit(platform="x")])
    assert "audit.off_target" in {f.rule for f in audit.findings()}


def test_the_audit_feeds_the_strategy_with_prefixed_paths() -> None:
    s = examples.strategy("b2b-services")
    closing = Audit(accounts=[AccountAudit(platform="linkedin", answers={"business_goal": False})])
    found = validate(attrs.evolve(s, analysis=attrs.evolve(s.analysis, audit=closing)))
    rules = {f.rule: f for f in found}
    assert rules["audit.close"].where == "analysis.audit.accounts[0]"
    assert rules["analysis.audit_closes_channel"].where == "channels[0]"
    assert "audit.close" in STRATEGY_RULES
    quiet = STRATEGY_RULES.without("audit.close", "analysis.audit_closes_channel")
    s2 = attrs.evolve(s, analysis=Analysis(audit=closing))
    assert "audit.close" not in {f.rule for f in validate(s2, rules=quiet)}


def test_the_sports_example_keeps_two_accounts_and_improves_facebook() -> None:
    audit = examples.strategy("sports-retailer").analysis.audit
    assert audit is not None
    verdicts = [(a.platform, v) for a, v in audit.verdicts()]
    assert verdicts == [
        ("youtube", AuditVerdict.KEEP),
        ("instagram", AuditVerdict.KEEP),
        ("facebook", AuditVerdict.IMPROVE),
    ]


@given(audits(), st.sampled_from(AUDIT_RULES.ids()))
def test_a_disabled_audit_rule_never_reports(audit: Audit, rule_id: str) -> None:
    assert rule_id not in {f.rule for f in audit.findings(rules=AUDIT_RULES.without(rule_id))}
