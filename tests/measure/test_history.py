"""load_history: CSV files as exported, DataFrames and rows, read or refused clearly."""

from __future__ import annotations

from datetime import datetime
from fractions import Fraction
from importlib.resources import files
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas
import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialkit
from socialkit.errors import NotFoundError, ValidationError
from socialkit.measure import EXPORT_PRESETS, History, Outcome, load_history

PARIS = ZoneInfo("Europe/Paris")
EXAMPLE = Path(str(files("socialkit.examples") / "invented_x_export.csv"))


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "export.csv"
    path.write_text(text, encoding=encoding)
    return path


def test_french_spreadsheet(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "\ufeffAnalytics of the account\n"
        "Date;Post text;Impressions;Engagements;Engagement rate\n"
        "03/11/2026 09:00;Hello #conseil;1\u202f234;37;3,0 %\n"
        ";;;;\n"
        "04/11/2026 10:00;Bad;lots;2;1 %\n"
        "Total;;1\u202f234;37;\n",
    )
    h = load_history(path, preset="x", tz="Europe/Paris", pillars={"#conseil": "advice"})
    (r,) = h.records
    assert r.posted_at == datetime(2026, 11, 3, 9, tzinfo=PARIS)
    assert r.get(Outcome.IMPRESSIONS) == 1234
    assert r.pillar == "advice"
    assert r.platform == "x"
    assert r.line == 3
    assert [(p.line, p.reason.split(";")[0]) for p in h.problems] == [
        (4, "blank row"),
        (5, "line 5, column 'Impressions': got 'lots'"),
        (6, "total row, not a post"),
    ]


def test_every_row_is_a_record_or_a_problem(tmp_path: Path) -> None:
    h = load_history(EXAMPLE, preset="x", tz="Europe/Paris")
    data_lines = len(EXAMPLE.read_text(encoding="utf-8-sig").splitlines()) - 2
    assert len(h.records) + len(h.problems) == data_lines
    assert len(h.records) == 90
    assert h.outcomes() == (
        Outcome.IMPRESSIONS,
        Outcome.ENGAGEMENTS,
        Outcome.REACTIONS,
        Outcome.COMMENTS,
        Outcome.SHARES,
    )


def test_dst_fold_and_gap(tmp_path: Path) -> None:
    path = write(tmp_path, "Date,Impressions\n2026-10-25 02:30,10\n2026-03-29 02:30,10\n")
    a, b = load_history(path, preset="x", tz=PARIS).records
    assert (
        a.posted_at.utcoffset() == b.posted_at.utcoffset()
    )  # both +02:00 (fold: first; gap: forward)
    assert b.posted_at.hour == 3


def test_naive_time_without_tz_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "Date,Impressions\n2026-10-05 09:00,10\n2026-10-05T09:00+00:00,10\n")
    h = load_history(path, preset="x")
    assert len(h.records) == 1
    assert "pass tz=" in h.problems[0].reason


def test_no_time_column_names_columns_and_presets(tmp_path: Path) -> None:
    path = write(tmp_path, "When,Views\n2026-10-05,10\n")
    with pytest.raises(ValidationError, match="columns found: When, Views") as e:
        load_history(path)
    assert "mapping=" in str(e.value)
    path = write(tmp_path, "Date,Post text\n2026-10-05,hello\n")
    with pytest.raises(ValidationError, match="no usable outcome column"):
        load_history(path, preset="x")
    path = write(tmp_path, "Publish time,Reach,Comments\n2026-10-05,10,1\n")
    with pytest.raises(ValidationError, match=r"a preset that fits \(meta\)"):
        load_history(path, preset="x")


def test_mapping_and_dataframe() -> None:
    frame = pandas.DataFrame(
        {
            "When": pandas.to_datetime(["2026-10-05 09:00", "2026-10-06 18:00"]).tz_localize(PARIS),
            "Views": [numpy_int(100), numpy_int(200)],
            "Theme": ["advice", None],
        }
    )
    h = load_history(
        frame,
        mapping={"posted_at": "When", "impressions": "Views", "pillar": "Theme"},
        platform="instagram",
    )
    assert [r.get("impressions") for r in h.records] == [100, 200]
    assert [r.pillar for r in h.records] == ["advice", None]
    assert h.records[0].platform == "instagram"
    assert h.records[1].posted_at == datetime(2026, 10, 6, 18, tzinfo=PARIS)


def numpy_int(value: int) -> object:
    import numpy

    return numpy.int64(value)


def test_unknown_preset_and_field() -> None:
    with pytest.raises(NotFoundError):
        load_history([], preset="myspace")
    with pytest.raises(ValidationError, match="unknown field 'likes'"):
        load_history([], mapping={"likes": "Likes"})


def test_presets_say_where_their_layout_comes_from() -> None:
    assert {p.name for p in EXPORT_PRESETS} == {"x", "meta", "linkedin", "youtube", "tiktok"}
    for p in EXPORT_PRESETS:
        assert "not verified" in p.note or "no layout could be sourced" in p.note


def test_engagements_fall_back_to_interactions() -> None:
    h = load_history(
        [{"posted_at": "2026-10-05T09:00+02:00", "reactions": 3, "comments": 1, "impressions": 100}]
    )
    assert h.records[0].engagements() == 4
    assert h.results()[0].engagement == 0.04


@given(
    st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 10**5)), min_size=1, max_size=20),
    st.sampled_from([";", ","]),
)
def test_formatted_figures_read_back(rows: list[tuple[int, int]], sep: str) -> None:
    thousands = "\u00a0" if sep == ";" else ""
    lines = [f"Date{sep}Impressions{sep}Engagements"]
    for imp, eng in rows:
        grouped = f"{imp:,}".replace(",", thousands)
        lines.append(f"2026-10-05T09:00+00:00{sep}{grouped}{sep}{eng}")
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "e.csv"
        path.write_text("\n".join(lines), encoding="utf-8")
        h = load_history(path, preset="x")
    assert [(r.get("impressions"), r.get("engagements")) for r in h.records] == [
        (Fraction(i), Fraction(e)) for i, e in rows
    ]


@given(
    st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 31)),
    st.sampled_from(["/", ".", "-"]),
    st.booleans(),
    st.sampled_from(["", " %H:%M", " %H:%M:%S", "T%H:%M"]),
)
def test_the_fast_date_path_reads_as_dateutil_does(
    moment: datetime, sep: str, dayfirst: bool, clock: str
) -> None:
    from dateutil import parser as dateparser

    from socialkit.measure._history import _numeric_date, _SkipError

    order = f"%d{sep}%m{sep}%Y" if dayfirst else f"%m{sep}%d{sep}%Y"
    text = moment.strftime(order + clock)
    for first in (True, False):
        try:
            fast = _numeric_date(text, first, "column 'Date'")
        except _SkipError:  # read the other way round, the month would be the day: refused
            assert first != dayfirst
            assert moment.day > 12
            continue
        if fast is not None:
            assert fast == dateparser.parse(text, dayfirst=first)


def test_a_date_in_the_other_convention_is_a_problem_not_a_swap(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Date;Impressions;Engagements\n03/10/2026 09:00;100;4\n05/13/2026 10:00;100;5\n",
        encoding="utf-8",
    )
    h = load_history(path, preset="x", tz="Europe/Paris")
    assert [r.posted_at.date().isoformat() for r in h.records] == ["2026-10-03"]
    assert [str(p) for p in h.problems] == [
        "line 3: column 'Date': '05/13/2026 10:00' has no month 13 in the day-first dates"
        " of this file; expected one convention per file (dayfirst=True)"
    ]
    months = load_history(path, preset="x", tz="Europe/Paris", dayfirst=False)
    assert [r.posted_at.date().isoformat() for r in months.records] == ["2026-03-10", "2026-05-13"]


def _with_problems(count: int) -> History:
    bad = [{"posted_at": "not a date", "impressions": "1"}] * count
    return load_history([*bad, {"posted_at": "2026-11-03 09:00", "impressions": "5"}], tz="UTC")


def test_skipped_lines_follow_the_display_option() -> None:
    h = _with_problems(15)
    own = History.MAX_ROWS
    assert str(h).count("\n  line ") == own
    assert h._repr_html_().count("<p>skipped line ") == own
    with socialkit.display(max_rows=3):
        assert str(h).count("\n  line ") == 3
        assert h._repr_html_().count("<p>skipped line ") == 3
    with socialkit.display(max_rows=12):
        assert str(h).count("\n  line ") == 12
    assert str(h).count("\n  line ") == own
