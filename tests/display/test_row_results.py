"""What the generic display tests do not check for the issue #15 follow-up results.

``tests/core/test_display.py`` checks every result's short repr, well-formed HTML,
dtypes and that text and HTML show the same ``rows()``; these check what each of
these classes shows beyond that: long tables truncated in HTML only, failures and
unmet constraints, the crisis playbook, and the French forms.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

import socialkit
from socialkit import examples
from socialkit.calendar import PlanIssue, plan_many
from socialkit.community import Message, detect_crisis
from socialkit.funnel import Funnel
from socialkit.measure import PartnerReach, PostRecord, format_runs
from socialkit.strategy import PlatformFit
from socialkit.text import Entities, extract

PARIS = ZoneInfo("Europe/Paris")


def test_many_entities_are_truncated_in_html_only() -> None:
    text = " ".join(f"#tag{i}" for i in range(45))
    found = extract(text)
    assert len(found) == 45
    html = found._repr_html_()
    ET.fromstring(html)
    assert "more rows (of 45)" in html
    assert html.count("<tr>") == 1 + Entities.MAX_ROWS + 1  # header, shown rows, the "…" row
    assert str(found).count("\n") == 45 + 2  # summary, header, rule, one line per entity
    assert len(found.to_dataframe()) == 45
    assert repr(found).startswith("<Entities 45: #tag0 #tag1")
    assert repr(extract("no entities here")) == "<Entities 0>"


def test_entities_say_their_kinds_and_positions() -> None:
    found = extract("Read example.com/guide #SEO @ana $AAPL")
    assert [r[:2] for r in found.rows()] == [
        ("url", "example.com/guide"),
        ("hashtag", "SEO"),
        ("mention", "ana"),
        ("cashtag", "AAPL"),
    ]
    assert repr(found) == "<Entities 4: example.com/guide #SEO @ana $AAPL>"
    frame = found.to_dataframe()
    assert frame["start"].tolist() == [e.start for e in found.all()]


def test_a_failed_outcome_shows_its_error_and_a_planned_one_its_constraints() -> None:
    spec = examples.strategy("b2b-services").to_plan_spec()
    planned, failed = plan_many(
        [("northwind", spec), ("broken", "not a spec")],  # type: ignore[list-item]
        start=date(2026, 11, 23),
        end=date(2026, 12, 7),
    )
    assert failed.rows()[0][:2] == ("broken", False)
    assert failed.error is not None
    assert failed.error in str(failed)
    assert repr(failed).startswith("<PlanOutcome broken: not planned: SocialkitTypeError")
    assert planned.calendar is not None
    issues = planned.calendar.issues
    assert issues
    html, text = planned._repr_html_(), str(planned)
    ET.fromstring(html)
    for issue in issues:
        assert issue.reason in text
        assert issue.rule in html
    assert planned.rows()[0][:3] == ("northwind", True, len(planned.calendar.posts()))


def test_a_plan_issue_keeps_its_sentence_and_shows_its_row() -> None:
    issue = PlanIssue(
        platform="linkedin",
        rule="blackout",
        period=None,
        shortfall=0,
        reason="7 blackout day(s)",
    )
    assert str(issue) == "linkedin blackout: 7 blackout day(s)"
    assert repr(issue) == "<PlanIssue linkedin blackout: 7 blackout day(s)>"
    assert "<td>-</td><td>0</td>" in issue._repr_html_()


def _surge() -> tuple[Message, ...]:
    quiet = [
        Message(
            received_at=datetime(2026, 4, d, 12, tzinfo=PARIS),
            platform="facebook",
            author=f"@fan{d}",
            negative=d % 7 == 0,
        )
        for d in range(1, 29)
    ]
    flood = [
        Message(
            received_at=datetime(2026, 4, 29, 18, tzinfo=PARIS) + timedelta(minutes=m),
            platform="facebook",
            author=f"@angry{m}",
            negative=True,
        )
        for m in range(0, 120, 10)
    ]
    return (*quiet, *flood)


def test_a_crisis_surge_shows_the_playbook_in_the_language_asked() -> None:
    (surge,) = detect_crisis(_surge())
    text, html = str(surge), surge._repr_html_()
    for step in surge.playbook:
        assert step.action in text
        assert step.id in html
    assert repr(surge) == (
        "<CrisisSurge 2026-04-29 16:00+00:00..2026-04-29 17:50+00:00: "
        "12 negatives, peak 12, usual 0.14>"
    )
    with socialkit.language("fr"):
        french, french_html = str(surge), surge._repr_html_()
    assert "restez calme" in french
    assert "Que faire maintenant" in french_html
    assert "messages négatifs" in french_html


def test_a_format_run_stays_one_line_and_lists_its_posts_in_html() -> None:
    records = [
        PostRecord(
            posted_at=datetime(2026, 3, d, 9, tzinfo=UTC),
            platform="facebook",
            format="image",
            pillar="tips",
            line=d,
        )
        for d in range(2, 30)
    ]
    (run,) = format_runs(records)
    assert "\n" not in str(run)  # findings quote it in a sentence
    html = run._repr_html_()
    assert "more rows (of 28)" in html
    assert "<td>2026-03-02 09:00+00:00</td><td>image</td><td>tips</td><td>2</td>" in html
    frame = run.to_dataframe()
    assert str(frame["posted_at"].dt.tz) == "UTC"
    assert frame["line"].tolist() == list(range(2, 30))
    with socialkit.language("fr"):
        assert "publications 'image' d'affilée" in str(run)


def test_an_improvement_shows_its_gain_with_a_sign() -> None:
    funnel = Funnel.from_volumes({"reach": 10_000, "leads": 200, "customers": 20})
    best = funnel.bottleneck()
    assert best.rows() == [("leads", "-", "2%", "3%", "20", "30", "+10")]
    assert repr(best) == "<Improvement leads: 2% -> 3% adds 10 at the bottom>"
    with socialkit.language("fr"):
        assert str(best) == "leads : 2% -> 3% ajoute 10 en bas du tunnel"


@given(
    st.frozensets(st.sampled_from(["@a", "@b", "@c", "@d"])),
    st.frozensets(st.sampled_from(["@e", "@f"])),
)
def test_a_partner_reach_lists_the_new_followers_first(
    new: frozenset[str], shared: frozenset[str]
) -> None:
    reach = PartnerReach(partner="shoes.co", new_influencers=new, shared_influencers=shared)
    rows = reach.rows()
    assert rows == [(h, True) for h in sorted(new)] + [(h, False) for h in sorted(shared)]
    frame = reach.to_dataframe()
    assert frame["new"].sum() == reach.gain
    assert repr(reach) == f"<PartnerReach shoes.co: +{len(new)} influential, {len(shared)} shared>"


def test_a_platform_fit_says_when_it_is_a_candidate_to_drop() -> None:
    fit = PlatformFit(platform="x", score=0, reasons=(), chosen=True, candidate_to_drop=True)
    assert str(fit).splitlines()[0] == (
        "x: score 0; chosen, with no mission statement: a candidate to drop"
    )
    assert fit.rows() == [("x", 0, True, True, "-")]
    kept = PlatformFit(platform="tiktok", score=2, reasons=("Student prefers it",), chosen=True)
    assert repr(kept) == "<PlatformFit tiktok: score 2; already chosen>"
    assert "<td>Student prefers it</td>" in kept._repr_html_()
