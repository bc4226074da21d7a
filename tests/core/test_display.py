"""Every result a user looks at displays itself: a short repr, HTML from its rows, a DataFrame.

``RESULTS`` lists the result types and how to draw one (the strategies of
``tests/strategies.py``). :func:`test_every_public_attrs_class_is_classified` fails
when a public attrs class of any subpackage's ``__all__`` is in none of
``RESULTS``, ``NOT_RESULTS`` (with a reason), ``NO_DISPLAY_YET`` (a known gap,
with a reason) or ``INPUTS`` (plain values a user builds and passes in), so a new
result cannot ship as a wall of attrs repr. A class named like a result
(``...Report``, ``...Review``, ``...Summary``...) may not be filed as an input.
"""

from __future__ import annotations

import importlib
import math
import pkgutil
import xml.etree.ElementTree as ET
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialkit._core import svg
from socialkit._core.table import cell, dataframe, truncated_rows
from socialkit.calendar import (
    CalendarAssessment,
    Conflict,
    ContentCalendar,
    ItemAssessment,
    PlanIssue,
    PlanOutcome,
    TaggedCalendar,
    month_view,
)
from socialkit.community import CrisisSurge, Responsiveness
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.frequency import BestTimes, FrequencyReport, Violation
from socialkit.funnel import Funnel, FunnelComparison, FunnelTarget, Improvement, StageCoverage
from socialkit.measure import (
    Comparison,
    FormatRun,
    History,
    ListeningReport,
    PartnerReach,
    RowProblem,
    SharingProfile,
    TaggedPost,
)
from socialkit.mix import MixDrift
from socialkit.platforms import Platform
from socialkit.posts import Assessment, AssessmentColumns, PracticeReview
from socialkit.strategy import (
    AccountAudit,
    Analysis,
    Audit,
    PlatformFit,
    ProfileCheck,
    Progress,
    Proposal,
    Review,
    StepReport,
    Strategy,
    SurveySummary,
    Swot,
    ThreeC,
)
from socialkit.text import Entities, LimitCheck, TextColumns, TextMeasure
from strategies import STRATEGIES, best_times_results, ranked_windows

RESULTS: dict[type, Any] = {
    **{
        cls: STRATEGIES[cls]
        for cls in (
            AccountAudit,
            Analysis,
            Assessment,
            AssessmentColumns,
            Audit,
            CalendarAssessment,
            Comparison,
            Conflict,
            ContentCalendar,
            CrisisSurge,
            Entities,
            FormatRun,
            FrequencyReport,
            Funnel,
            FunnelComparison,
            FunnelTarget,
            History,
            Improvement,
            ItemAssessment,
            LimitCheck,
            ListeningReport,
            MixDrift,
            PartnerReach,
            PlanIssue,
            PlanOutcome,
            PlatformFit,
            Platform,
            PracticeReview,
            ProfileCheck,
            Progress,
            Proposal,
            Responsiveness,
            Review,
            RowProblem,
            SharingProfile,
            StageCoverage,
            StepReport,
            Strategy,
            SurveySummary,
            Swot,
            TaggedCalendar,
            TaggedPost,
            TextColumns,
            TextMeasure,
            ThreeC,
            Violation,
        )
    },
    BestTimes: lambda: st.one_of(
        best_times_results(), st.lists(ranked_windows(), max_size=6).map(BestTimes)
    ),
}
"""Each result type and a factory of its Hypothesis strategy."""

TABULAR = (
    AccountAudit,
    Assessment,
    AssessmentColumns,
    Audit,
    BestTimes,
    CalendarAssessment,
    Comparison,
    Entities,
    FormatRun,
    FrequencyReport,
    Funnel,
    FunnelComparison,
    FunnelTarget,
    History,
    LimitCheck,
    ListeningReport,
    MixDrift,
    PartnerReach,
    Responsiveness,
    Review,
    SharingProfile,
    StageCoverage,
    SurveySummary,
    TaggedCalendar,
    TaggedPost,
    TextColumns,
    TextMeasure,
    ThreeC,
)
"""Results whose rows are a table, so they give ``to_dataframe()``."""

RESULT_SUFFIXES = (
    "Assessment",
    "Comparison",
    "Coverage",
    "Drift",
    "History",
    "Progress",
    "Report",
    "Review",
    "Summary",
    "Target",
)
_ROW = "one row of a result that displays it: "
_DATA = "reference data socialkit ships (a record, read field by field), not a result"
_RULES = "rule machinery (what rules check or return), not a result"
NOT_RESULTS = {
    "PlatformComparison": _ROW + "ThreeC",
    "CategoryDrift": _ROW + "MixDrift",
    "FunnelStep": _ROW + "Funnel",
    "StepDelta": _ROW + "FunnelComparison",
    "StageShare": _ROW + "StageCoverage",
    "RankedWindow": _ROW + "BestTimes",
    "OptionShare": _ROW + "SurveySummary",
    "Group": _ROW + "Review",
    "CalendarItem": _ROW + "ContentCalendar and CalendarAssessment",
    "Finding": _ROW + "Assessment, ItemAssessment, PracticeReview",
    "Entity": "one entity of an Entities value",
    "PathStop": "one stop of a CasePath (an input)",
    "Source": _DATA,
    "CountLimit": _DATA,
    "Fact": _DATA,
    "Limits": _DATA,
    "MediaLimit": _DATA,
    "MediaRequirement": _DATA,
    "OwnDomain": _DATA,
    "PostingGuidance": _DATA,
    "ProfileImage": _DATA,
    "Signal": _DATA,
    "TextLimit": _DATA,
    "Metric": _DATA,
    "MixPreset": _DATA,
    "Practice": _DATA,
    "DisclosureMarker": _DATA,
    "AuditQuestion": _DATA,
    "AuditOutcome": _DATA,
    "EcosystemRule": _DATA,
    "PlaybookStep": _DATA,
    "ChecklistItem": _DATA,
    "SetupChecklist": _DATA,
    "ExportPreset": _DATA,
    "StageProfile": _DATA,
    "RegistrySnapshot": "process state to pickle into workers, not something to look at",
    "Rule": _RULES,
    "RuleSet": _RULES,
    "Hit": _RULES,
    "PostContext": _RULES,
    "Inbox": _RULES,
    "Target": "an input (a goal's target), not a result",
}
"""Public attrs classes that need no display of their own, and why."""

NO_DISPLAY_YET: dict[str, str] = {}
"""Known gaps: results without a display yet. Remove a name when its class displays itself."""

INPUTS = frozenset(
    {
        "Actor",
        "BrandPersonality",
        "CalendarSettings",
        "CampaignDraft",
        "CampaignObjective",
        "CasePath",
        "Channel",
        "Comment",
        "ContentIdea",
        "ContentMix",
        "Evergreen",
        "ExamplePost",
        "FixedEvent",
        "Frequency",
        "FrequencyRule",
        "Influencer",
        "Interaction",
        "Listening",
        "Media",
        "Mention",
        "Message",
        "NestedMix",
        "Persona",
        "Pillar",
        "PlanSpec",
        "Post",
        "PostRecord",
        "PostResult",
        "PostingWindow",
        "Presence",
        "Profile",
        "QuietHours",
        "SmartGoal",
        "Smo",
        "StageMapping",
        "Survey",
        "SuspectedImpostor",
        "Tactic",
        "Targeting",
        "Utm",
        "UtmTemplate",
        "Variant",
    }
)
"""Plain input values a user builds and passes in (their attrs repr is their constructor)."""


def _public_attrs_classes() -> dict[str, type]:
    """Every attrs class in the ``__all__`` of ``socialkit`` and each public subpackage."""
    import socialkit

    names = ["socialkit"] + [
        f"socialkit.{m.name}" for m in pkgutil.iter_modules(socialkit.__path__) if m.ispkg
    ]
    found: dict[str, type] = {}
    for module_name in names:
        if module_name.rpartition(".")[2].startswith("_"):
            continue
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if isinstance(value, type) and attrs.has(value):
                found.setdefault(name, value)
    return found


def test_every_public_attrs_class_is_classified() -> None:
    shown = {c.__name__ for c in RESULTS}
    filed = shown | set(NOT_RESULTS) | set(NO_DISPLAY_YET) | INPUTS
    classes = _public_attrs_classes()
    missing = sorted(set(classes) - filed)
    assert not missing, (
        f"public attrs classes with no display and no reason: {missing} (give them "
        "__repr__/_repr_html_ and add them to RESULTS, or file them in NOT_RESULTS, "
        "NO_DISPLAY_YET or INPUTS)"
    )
    stale = sorted((filed - shown) - set(classes))
    assert not stale, f"listed but not public attrs classes: {stale}"
    twice = sorted(
        n
        for n in filed
        if sum(n in group for group in (shown, set(NOT_RESULTS), set(NO_DISPLAY_YET), INPUTS)) > 1
    )
    assert not twice, f"filed in more than one list: {twice}"
    displayed = sorted(
        n for n in NO_DISPLAY_YET if n in classes and "_repr_html_" in dir(classes[n])
    )
    assert not displayed, f"these display themselves now: move them to RESULTS: {displayed}"


def test_a_result_class_is_listed() -> None:
    named = {n: c for n, c in _domain_classes().items() if n.endswith(RESULT_SUFFIXES)}
    missing = [n for n, c in named.items() if c not in RESULTS and n not in NOT_RESULTS]
    assert not missing, f"results without a display (add them to RESULTS): {missing}"
    as_inputs = sorted(
        n for n in _public_attrs_classes() if n in INPUTS and n.endswith(RESULT_SUFFIXES)
    )
    assert not as_inputs, f"named like results, filed as inputs: {as_inputs}"


def _domain_classes() -> dict[str, type]:
    found = {}
    for sub in ("posts", "funnel", "mix", "frequency", "calendar", "strategy", "measure"):
        module = importlib.import_module(f"socialkit.{sub}")
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type):
                found[name] = value
    return found


@pytest.mark.parametrize("cls", list(RESULTS), ids=lambda c: c.__name__)
def test_every_result_has_a_short_repr_and_well_formed_html(cls: type) -> None:
    assert "_repr_html_" in dir(cls)

    @settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
    @given(RESULTS[cls]())
    def check(value: Any) -> None:
        text = repr(value)
        assert len(text) < 300, text
        assert text.startswith(f"<{cls.__name__} ")
        html = value._repr_html_()
        ET.fromstring(html)  # one well-formed element, every label escaped
        assert isinstance(str(value), str)

    check()


@pytest.mark.parametrize("cls", TABULAR, ids=lambda c: c.__name__)
def test_tabular_results_give_dataframes_with_real_dtypes(cls: type) -> None:
    @settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
    @given(RESULTS[cls]())
    def check(value: Any) -> None:
        frame = value.to_dataframe()
        assert "object" not in {str(t) for t in frame.dtypes}, frame.dtypes

    check()


def test_dataframe_keeps_columns_and_dtypes_when_empty() -> None:
    frame = dataframe("demo", [("a", "string"), ("b", "float64")], [])
    assert list(frame.columns) == ["a", "b"]
    assert [str(t) for t in frame.dtypes] == ["string", "float64"]


@given(st.lists(st.integers(), max_size=40), st.integers(1, 15))
def test_truncation_keeps_first_and_last_rows_and_counts_the_rest(
    rows: list[int], max_rows: int
) -> None:
    head, tail, hidden = svg.truncated(rows, max_rows)
    assert head + tail == rows[: len(head)] + rows[len(rows) - len(tail) :]
    assert len(head) + len(tail) + hidden == len(rows)
    assert len(head) + len(tail) <= max(max_rows, 1)
    shown, left_out = truncated_rows([[r] for r in rows], max_rows)
    assert left_out == hidden
    assert len(shown) == len(rows) - hidden + (1 if hidden else 0)


def test_themes_pin_colours_or_inherit_them() -> None:
    bars = [svg.Bar(label="<a & b>", value=0.4, target=0.5, note="40%")]
    auto = svg.bars(bars, title="t")
    assert "background" not in auto
    assert "&lt;a &amp; b&gt;" in auto
    for theme in ("light", "dark"):
        assert svg.THEMES[theme] in svg.bars(bars, title="t", theme=theme)
    with pytest.raises(ValidationError, match="expected one of 'auto', 'light', 'dark'"):
        svg.bars(bars, title="t", theme="sepia")
    funnel = Funnel.from_volumes({"reach": 600, "leads": 90, "customers": 18})
    assert "background" not in funnel.to_svg()
    for theme in ("light", "dark"):
        assert svg.THEMES[theme] in funnel.to_svg(theme=theme)
    with pytest.raises(ValidationError, match="theme"):
        funnel.to_svg(theme="sepia")


def test_a_long_calendar_assessment_is_truncated_in_html_only() -> None:
    from datetime import date

    import socialkit

    spec = socialkit.PlanSpec.simple(platforms=["linkedin", "instagram"], tz="Europe/Paris")
    checked = socialkit.plan(spec, start=date(2026, 1, 5), end=date(2026, 6, 29)).assess()
    rows = len(checked.items)
    assert rows > CalendarAssessment.MAX_ROWS
    html = checked._repr_html_()
    ET.fromstring(html)
    assert f"more rows (of {rows})" in html
    assert html.count("<tr>") == 1 + CalendarAssessment.MAX_ROWS + 1
    assert str(checked).count("\n") == rows + 2  # header, rule, rows, totals
    assert len(checked.to_dataframe()) == rows
    assert len(repr(checked)) < 300


def test_rates_and_shares_format_serialise_and_stay_exact() -> None:
    import json
    from fractions import Fraction

    from socialkit.funnel import stage_coverage
    from socialkit.mix import ContentMix

    funnel = Funnel.from_volumes({"reach": 800, "clicks": 12, "buyers": 3})
    coverage = stage_coverage(["article", "article", "white paper"], target={"tofu": 1})
    drift = ContentMix({"tips": 2, "offers": 1}).drift(["tips"])
    best = funnel.bottleneck()
    delta = funnel.compare(funnel.with_rate("clicks", Fraction(3, 100))).rows[1]
    values = [
        *funnel.rates,
        funnel.overall_rate,
        best.rate,
        best.improved_rate,
        delta.rate_before,
        delta.rate_after,
        delta.rate_change,
        *coverage.shares.values(),
        *coverage.drift.values(),
        *(r.share for r in drift.categories),
        *(r.target for r in drift.categories),
        *(r.deviation for r in drift.categories),
    ]
    for value in values:
        assert isinstance(value, float)
        assert f"{value:.1%}".endswith("%")
        assert f"{value:.1f}"
        assert json.loads(json.dumps(value)) == float(value)
        assert isinstance(value.exact, Fraction)  # type: ignore[union-attr]
    assert funnel.rates[0].exact == Fraction(3, 200)  # type: ignore[attr-defined]
    assert sum(coverage.shares.values()) == 1  # exact, not 0.9999999999999999
    assert f"{funnel.rates[0]:.1%}" == "1.5%"


@given(st.floats(allow_nan=True, allow_infinity=True), st.floats(allow_nan=True))
def test_bars_stay_in_their_box_for_any_value(value: float, target: float) -> None:
    # One rule for every picture: finite values are clamped to the box, NaN and infinities refused
    if not (math.isfinite(value) and math.isfinite(target)):
        with pytest.raises(ValidationError, match="Bar"):
            svg.Bar(label="x", value=value, target=target)
        return
    root = ET.fromstring(svg.bars([svg.Bar(label="x", value=value, target=target)], title="t"))
    width = float(root.get("width", "0"))
    for rect in root.iter("{http://www.w3.org/2000/svg}rect"):
        x, w = float(rect.get("x", "0")), float(rect.get("width", "0"))
        assert x >= 0
        assert x + w <= width
        assert math.isfinite(w)


def test_a_long_calendar_is_truncated_with_a_count() -> None:
    from datetime import date

    import socialkit

    spec = socialkit.PlanSpec.simple(platforms=["linkedin", "instagram"], tz="Europe/Paris")
    cal = socialkit.plan(spec, start=date(2026, 1, 5), end=date(2026, 12, 28))
    view = month_view(cal, max_rows=6)
    assert "more rows (of 24)" in view
    assert "January 2026" in view
    assert "December 2026" in view
    assert "June 2026" not in view
    html = cal._repr_html_()
    assert "more weeks" in html
    assert html.count("<tr>") <= 1 + 12 + 1
    assert len(repr(cal)) < 300
    with pytest.raises(ValidationError):
        month_view(cal, max_rows=0)


def test_best_times_is_a_tuple_of_ranked_windows() -> None:
    with pytest.raises(SocialkitTypeError, match=r"BestTimes\(windows\)\[0\]"):
        BestTimes(["Tue 10:00"])  # type: ignore[list-item]
    assert BestTimes() == ()


ROWED = (
    AccountAudit,
    Analysis,
    Audit,
    Conflict,
    CrisisSurge,
    Entities,
    Improvement,
    LimitCheck,
    PartnerReach,
    PlanIssue,
    PlanOutcome,
    PlatformFit,
    ProfileCheck,
    Proposal,
    RowProblem,
    Swot,
    TextMeasure,
    ThreeC,
)
"""Results whose ``rows()`` feed both their text table and their HTML."""


@pytest.mark.parametrize("cls", ROWED, ids=lambda c: c.__name__)
def test_html_and_text_show_the_same_rows(cls: type) -> None:
    from socialkit._core.table import cell, markup_text

    @settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
    @given(RESULTS[cls]())
    def check(value: Any) -> None:
        html, text = value._repr_html_(), str(value)
        for row in value.rows():
            cells = "".join(f"<td>{markup_text(cell(c))}</td>" for c in row)
            assert f"<tr>{cells}</tr>" in html
            assert cell(row[0]) in text
        if cls in TABULAR and cls is not Audit:
            assert len(value.to_dataframe()) == len(value.rows())

    check()


def test_audit_rows_follow_the_verdicts_and_list_impostors() -> None:
    from socialkit.strategy import SuspectedImpostor

    audit = Audit(
        accounts=[
            AccountAudit(platform="facebook", answers={"audience_there": False}),
            AccountAudit(platform="x", answers={"business_goal": True}),
        ],
        impostors=[SuspectedImpostor(platform="tiktok", handle="@fake<>", imitates="Us")],
    )
    assert [r[:2] for r in audit.rows()] == [("Facebook", "close"), ("X", "undecided")]
    assert audit.impostor_rows() == [("tiktok", "@fake<>", "Us", False)]
    assert "@fake&lt;&gt;" in audit._repr_html_()
    frame = audit.to_dataframe()
    assert frame["verdict"].isna().tolist() == [False, True]
    assert repr(audit) == "<Audit audit: 2 accounts, 1 close, 1 undecided; 1 impostors>"


@pytest.mark.parametrize("cls", [TextColumns, AssessmentColumns], ids=lambda c: c.__name__)
def test_column_batches_show_their_rows_and_cut_long_ones(cls: type) -> None:
    from socialkit.posts import assess_many
    from socialkit.text import measure_many

    texts = [f"post {n} " + "x" * (20 * n) for n in range(25)]
    value = measure_many(texts, "x") if cls is TextColumns else assess_many(texts, "x")
    rows = value.rows()
    assert len(rows) == len(texts) == len(value.to_dataframe())
    html, text = value._repr_html_(), str(value)
    ET.fromstring(html)
    assert html.count("<tr>") == 1 + cls.MAX_ROWS + 1  # header, first and last rows, "…"
    assert text.count("\n") == 1 + 2 + cls.MAX_ROWS  # summary, header, rule, rows and "…"
    for row in (rows[0], rows[-1]):
        cells = "".join(f"<td>{cell(c)}</td>" for c in row)
        assert f"<tr>{cells}</tr>" in html
    assert len(repr(value)) < 300


def test_a_platform_prints_what_the_cli_prints_and_shows_it_as_html() -> None:
    from socialkit._core.table import markup_text
    from socialkit.platforms import get_platform
    from socialkit.platforms._describe import platform_text

    x = get_platform("x")
    assert str(x) == platform_text(x)
    html = x._repr_html_()
    ET.fromstring(html)
    for signal in x.signals:
        assert signal.id in html
    for source in x.sources:
        assert markup_text(source.title) in html
    assert str(x.verified_on) in html


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_heatmap_cells_stay_shaded_within_bounds_or_are_refused(value: float) -> None:
    draw = lambda: svg.heatmap({(0, 0): value}, rows=["r"], columns=["c"], title="t")  # noqa: E731
    if not math.isfinite(value):
        with pytest.raises(ValidationError, match="heatmap: 'r', 'c'"):
            draw()
        return
    root = ET.fromstring(draw())
    for rect in root.iter("{http://www.w3.org/2000/svg}rect"):
        assert 0 <= float(rect.get("fill-opacity", rect.get("opacity", "1"))) <= 1
