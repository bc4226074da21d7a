"""Every result a user looks at displays itself: a short repr, HTML from its rows, a DataFrame.

``RESULTS`` lists the result types and how to draw one (the strategies of
``tests/strategies.py``). :func:`test_a_result_class_is_listed` fails when a
public class named like a result (``...Report``, ``...Review``, ``...Summary``...)
is neither listed here nor exempted with a reason, so a new result cannot ship
as a wall of attrs repr.
"""

from __future__ import annotations

import importlib
import math
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialkit._core import svg
from socialkit._core.table import dataframe, truncated_rows
from socialkit.calendar import CalendarAssessment, ContentCalendar, ItemAssessment, month_view
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.frequency import BestTimes, FrequencyReport, Violation
from socialkit.funnel import Funnel, FunnelComparison, FunnelTarget, StageCoverage
from socialkit.measure import Comparison, History, ListeningReport
from socialkit.mix import MixDrift
from socialkit.posts import Assessment, PracticeReview
from socialkit.strategy import Progress, Review, StepReport, Strategy, SurveySummary
from strategies import STRATEGIES, best_times_results, ranked_windows

RESULTS: dict[type, Any] = {
    **{
        cls: STRATEGIES[cls]
        for cls in (
            Assessment,
            CalendarAssessment,
            Comparison,
            ContentCalendar,
            FrequencyReport,
            Funnel,
            FunnelComparison,
            FunnelTarget,
            History,
            ItemAssessment,
            ListeningReport,
            MixDrift,
            PracticeReview,
            Progress,
            Review,
            StageCoverage,
            StepReport,
            Strategy,
            SurveySummary,
            Violation,
        )
    },
    BestTimes: lambda: st.one_of(
        best_times_results(), st.lists(ranked_windows(), max_size=6).map(BestTimes)
    ),
}
"""Each result type and a factory of its Hypothesis strategy."""

TABULAR = (
    Assessment,
    BestTimes,
    CalendarAssessment,
    Comparison,
    FrequencyReport,
    Funnel,
    FunnelComparison,
    FunnelTarget,
    History,
    ListeningReport,
    MixDrift,
    Review,
    StageCoverage,
    SurveySummary,
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
NOT_RESULTS = {
    "PlatformComparison": "one row of a ThreeC analysis (shown by ThreeC), not a result on its own",
    "CategoryDrift": "one row of a MixDrift (which displays it)",
    "Target": "an input (a goal's target), not a result",
}


def _domain_classes() -> dict[str, type]:
    found = {}
    for sub in ("posts", "funnel", "mix", "frequency", "calendar", "strategy", "measure"):
        module = importlib.import_module(f"socialkit.{sub}")
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type):
                found[name] = value
    return found


def test_a_result_class_is_listed() -> None:
    named = {n: c for n, c in _domain_classes().items() if n.endswith(RESULT_SUFFIXES)}
    missing = [n for n, c in named.items() if c not in RESULTS and n not in NOT_RESULTS]
    assert not missing, f"results without a display (add them to RESULTS): {missing}"


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
