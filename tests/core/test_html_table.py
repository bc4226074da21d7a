"""html_table: the text table's rows as escaped HTML, and the results that display with it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st

from socialkit import ContentMix, Funnel
from socialkit._core.table import html_table, table
from socialkit.funnel import stage_coverage

cells = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=8)


@given(st.lists(st.tuples(cells, cells), max_size=5), cells)
def test_html_table_is_well_formed_and_keeps_every_cell(
    rows: list[tuple[str, str]], caption: str
) -> None:
    root = ET.fromstring(html_table(["a", "b"], rows, caption=caption))
    body = [[td.text or "" for td in tr] for tr in root.iter("tr")][1:]
    assert body == [list(r) for r in rows]


def _html_rows(html: str) -> list[list[str]]:
    return [[c.text or "" for c in tr] for tr in ET.fromstring(html).iter("tr")]


def _text_rows(text: str) -> list[list[str]]:
    lines = text.splitlines()
    return [line.split() for i, line in enumerate(lines) if i != 1]


def test_results_show_the_same_rows_as_html_and_text() -> None:
    before = Funnel.from_volumes([("reach", 600), ("visits", 90), ("leads", 18)])
    after = Funnel.from_volumes([("reach", 600), ("visits", 120), ("leads", 30)])
    results = [
        before.compare(after),
        ContentMix({"tips": 2, "promo": 1}).drift(["tips", "promo", "promo"]),
        stage_coverage(["tofu", "mofu"], target={"tofu": 1, "mofu": 1}),
    ]
    for result in results:
        html = result._repr_html_()
        assert [" ".join(r).split() for r in _html_rows(html)] == _text_rows(str(result))
        assert len(repr(result)) < 80
        assert repr(result).startswith("<")


def test_table_and_html_table_take_the_same_rows() -> None:
    rows = [[1, "x"], [22, "yy"]]
    assert "22" in table(["a", "b"], rows)
    assert "<td>22</td>" in html_table(["a", "b"], rows)
