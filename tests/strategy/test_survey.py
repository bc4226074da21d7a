"""Surveys ([002]): ask followers, the mailing list or visitors; summarise with intervals."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit import SocialkitTypeError, ValidationError
from socialkit.errors import NotFoundError
from socialkit.strategy import Survey, SurveyAudience


def test_summary_counts_options_nobody_chose() -> None:
    survey = Survey(
        question="More of?",
        audience="mailing list",
        options=["a", "b", "c"],
        answers=["a", "a", "b"],
    )
    summary = survey.summary()
    assert summary.audience is SurveyAudience.MAILING_LIST
    assert [(o.option, o.count, o.share) for o in summary.options] == [
        ("a", 2, Fraction(2, 3)),
        ("b", 1, Fraction(1, 3)),
        ("c", 0, Fraction(0)),
    ]
    assert summary.options[2].low == 0.0
    assert summary.options[2].high > 0  # nobody chose it among 3: it may still be common


def test_wilson_interval_matches_a_known_value() -> None:
    # 24 of 40 at 95%: the Wilson interval is about [0.446, 0.737].
    summary = Survey(question="q", audience="followers", answers=["y"] * 24 + ["n"] * 16).summary()
    yes = summary.options[0]
    assert yes.low == pytest.approx(0.4457, abs=1e-3)
    assert yes.high == pytest.approx(0.7369, abs=1e-3)


def test_bad_surveys_say_what_is_allowed() -> None:
    with pytest.raises(ValidationError, match="not an option"):
        Survey(question="q", audience="visitors", options=["a"], answers=["b"])
    with pytest.raises(NotFoundError):
        Survey(question="q", audience="everyone", answers=[])
    with pytest.raises(SocialkitTypeError):
        Survey(question="q", audience="visitors", answers="abc")
    with pytest.raises(ValidationError, match="between 0 and 1"):
        Survey(question="q", audience="visitors", answers=[], confidence=1.5)
    with pytest.raises(ValidationError, match="each option once"):
        Survey(question="q", audience="visitors", answers=[], options=["a", "a"])


def test_an_empty_survey_is_fully_uncertain() -> None:
    summary = Survey(question="q", audience="visitors", options=["a"], answers=[]).summary()
    assert summary.respondents == 0
    assert (summary.options[0].low, summary.options[0].high) == (0.0, 1.0)


@given(
    st.lists(st.sampled_from(["a", "b", "c"]), max_size=200),
    st.sampled_from([0.8, 0.9, 0.95, 0.99]),
)
def test_intervals_hold_their_share_and_counts_add_up(answers: list[str], level: float) -> None:
    summary = Survey(
        question="q",
        audience="followers",
        options=["a", "b", "c"],
        answers=answers,
        confidence=level,
    ).summary()
    assert sum(o.count for o in summary.options) == len(answers)
    for option in summary.options:
        assert 0.0 <= option.low <= float(option.share) <= option.high <= 1.0
    if answers:
        assert sum(o.share for o in summary.options) == 1
