"""Every result renders in French: no English sentence of the catalogue in its text, repr or HTML.

``tests/core/test_i18n.py`` checks headings and cells; this checks the lines around
them (summaries, verdicts, captions, notes, picture titles). Every ``tr()``/``N_()``
message of the source whose French differs is a pattern (placeholders match any
text on one line); a French rendering of any result of ``RESULTS`` must match none
of those with three or more English words. Values are drawn inside the French
block, so what they build (findings, reasons) is French; the English texts they
still hold are user text and pass through, unless they are catalogued data texts
(an example funnel's step names), which must show translated.
"""

from __future__ import annotations

import gc
import html
import re
import string
from collections.abc import Iterable
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import socialkit
from core.test_display import RESULTS
from core.test_i18n import _entries, _user_texts, extract
from socialkit import examples
from socialkit.funnel import Funnel
from socialkit.measure import EXPORT_PRESETS, FACEBOOK_CONTEST_TIP, compare_variants
from socialkit.measure import Variant as ABVariant

MIN_WORDS = 3
"""Shorter messages ("no change", "{count} posts") read the same in too many places."""


@cache
def english_messages() -> dict[str, re.Pattern[str]]:
    """Each catalogued message with a different French form -> a pattern of its English."""
    french = {e.msgid: e.msgstr[0] for e in _entries() if e.msgctxt is None and e.translated}
    found, _ = extract()
    patterns: dict[str, re.Pattern[str]] = {}
    for msgid in found:
        if french.get(msgid, msgid) == msgid:
            continue
        parts = list(string.Formatter().parse(msgid))
        if len(re.findall(r"[A-Za-z]{2,}", "".join(p[0] for p in parts))) < MIN_WORDS:
            continue
        regex = "".join(
            re.escape(text) + ("" if name is None else r"[^\n<>]*?") for text, name, _, _ in parts
        )
        patterns[msgid] = re.compile(regex)
    return patterns


@cache
def _combined() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in english_messages().values()))


def english_lines(text: str, own: Iterable[str] = ()) -> list[str]:
    """The catalogue's English messages found in ``text``, once the value's own texts are cut."""
    for item in sorted(own, key=len, reverse=True):
        if len(item) >= MIN_WORDS:
            text = text.replace(item, "\0").replace(html.escape(item, quote=False), "\0")
    if not _combined().search(text):
        return []
    return sorted(m for m, p in english_messages().items() if p.search(text))


def _rendered(value: Any) -> str:
    return "\n".join([str(value), repr(value), value._repr_html_()])


@cache
def _citations() -> frozenset[str]:
    """Every source's title and note: references, shown as written (``Source.note``)."""
    from socialkit._core.sources import Source

    found = (o for o in gc.get_objects() if isinstance(o, Source))
    return frozenset(t for s in found for t in (s.title, s.note) if t)


def _own_texts(value: Any) -> set[str]:
    """The English texts a value holds as user text (not catalogued data texts), and citations."""
    return {t for t in _user_texts(value) if t not in english_messages()} | _citations()


def test_the_patterns_find_an_english_line_and_pass_a_french_one() -> None:
    funnel = Funnel.from_volumes({"reach": 1000, "buyers": 3})
    assert english_lines(str(funnel)) == ["overall: {rate} of {top} become {bottom}"]
    with socialkit.language("fr"):
        assert english_lines(str(funnel)) == []
        assert str(funnel).endswith("au total : 0.3% de reach deviennent acheteurs")
    assert len(english_messages()) > 500


@pytest.mark.parametrize("cls", list(RESULTS), ids=lambda c: c.__name__)
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_no_french_rendering_shows_an_english_message(cls: type, data: st.DataObject) -> None:
    """str(), repr() and HTML of every result, drawn and rendered in French, are French.

    A hit is a line written with an f-string (use ``tr()``), a data text shown as
    it is held (mark it ``N_()`` and show ``translate(text)``), or a value built in
    English by code that bypasses ``tr()``.
    """
    with socialkit.language("fr"):
        value = data.draw(RESULTS[cls](), label=cls.__name__)
        text = _rendered(value)
    assert english_lines(text, _own_texts(value)) == []


@pytest.mark.parametrize(
    "funnel",
    [examples.COSMETICS_BRAND_FUNNEL, examples.SPORTS_RETAILER_FUNNEL, examples.B2B_SERVICE_FUNNEL],
    ids=["cosmetics", "sports", "b2b"],
)
def test_the_example_funnels_show_french_titles_and_steps(funnel: Funnel) -> None:
    with socialkit.language("fr"):
        shown = _rendered(funnel) + funnel.to_svg()
        bottleneck = str(funnel.bottleneck())
        target = str(funnel.for_target(50, reach_per_post=1000))
    assert english_lines(shown + bottleneck + target) == []
    for english in [funnel.title or "", *(s.name for s in funnel.steps)]:
        if english != "clients":  # the same word in French
            assert english not in shown, english
    assert "volumes illustratifs, pas des données" in shown
    assert funnel.title is not None
    assert funnel.title.endswith("(illustrative volumes, not data)")  # the value stays English


def test_constant_data_texts_show_in_french_and_stay_english() -> None:
    with socialkit.language("fr"):
        tip = str(FACEBOOK_CONTEST_TIP)
        notes = [socialkit._core.i18n.translate(p.note) for p in EXPORT_PRESETS]
    assert "les jeux concours fonctionnent très bien sur Facebook" in tip
    assert "(correction : organiser un jeu concours" in tip
    assert FACEBOOK_CONTEST_TIP.message.startswith("contests work very well")
    assert all(n.startswith(("disposition non vérifiée", "aucune disposition")) for n in notes)
    assert EXPORT_PRESETS[0].note.startswith("layout not verified")


def test_a_comparison_verdict_reads_in_french() -> None:
    a = ABVariant(name="A", trials=2000, successes=100)
    b = ABVariant(name="B", trials=2000, successes=150)
    with socialkit.language("fr"):
        win = compare_variants(a, b)
        draw = compare_variants(a, a, minimum_effect=0.01)
        shown = [win.verdict, repr(win), win._repr_html_(), draw.verdict]
    assert shown[0].startswith("B bat A de 2.5 points (IC à 95 % de ")
    assert "significatif" in shown[1]
    assert "confiance 95 %" in shown[2]
    assert "par variante" in shown[3]
    assert win.verdict.startswith("B beats A by 2.5 points (95% CI ")
