"""Surveys: ask your followers, your mailing list or your site's visitors ([002]).

[002]: surveys tell how well the strategy works; ask followers, the mailing list
and site visitors whether you meet their needs and expectations, and what they
would like to see more of. A :class:`Survey` holds one question and its answers;
:meth:`Survey.summary` counts each option with a Wilson score interval, so a
share read from 40 answers says how uncertain it is.
"""

from __future__ import annotations

import math
from fractions import Fraction
from statistics import NormalDist
from typing import TYPE_CHECKING

import attrs

from socialkit._core import numbers as num
from socialkit._core import svg
from socialkit._core.fields import frozen
from socialkit._core.i18n import H_, N_, label, tr
from socialkit._core.rates import to_rate
from socialkit._core.table import dataframe, html_block, html_table, short_repr
from socialkit._core.validate import Choice, non_empty_str, to_enum, to_tuple
from socialkit.errors import SocialkitTypeError, ValidationError

if TYPE_CHECKING:
    import pandas

__all__ = ["OptionShare", "Survey", "SurveyAudience", "SurveySummary"]


class SurveyAudience(Choice):
    """Whom [002] says to ask."""

    FOLLOWERS = "followers"
    MAILING_LIST = "mailing list"
    VISITORS = "visitors"
    """Visitors of your website."""


def _audience(value: object) -> SurveyAudience:
    return to_enum(SurveyAudience, value, "Survey.audience")


def _strings(where: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        raise SocialkitTypeError(where, value, expected=N_("a list of strings, not one string"))
    items = to_tuple(value, where)  # type: ignore[arg-type]
    for index, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise SocialkitTypeError(f"{where}[{index}]", item, expected=N_("a non-empty string"))
    return items


def _answers(value: object) -> tuple[str, ...]:
    return _strings("Survey.answers", value)


def _options(value: object) -> tuple[str, ...]:
    options = _strings("Survey.options", value)
    if len(set(options)) != len(options):
        raise ValidationError(
            "Survey.options",
            tr("got {value!r}", value=list(options)),
            allowed=N_("expected each option once"),
        )
    return options


def _confidence(value: object) -> float:
    level = float(num.real(value, "Survey.confidence", decimal=False))
    if not 0 < level < 1:
        raise ValidationError(
            "Survey.confidence",
            tr("got {value!r}", value=value),
            allowed=N_("expected a level between 0 and 1"),
        )
    return level


@frozen(kw_only=True)
class OptionShare:
    """One option of a survey: how many chose it, its share and its interval."""

    option: str
    count: int
    share: float = attrs.field(converter=to_rate)
    """``count / respondents``: a :class:`~socialkit.measure.Rate` (formats with ``:%``, exact in ``.exact``)."""
    low: float
    high: float


@frozen(kw_only=True)
class SurveySummary:
    """The answers of a :class:`Survey`, counted: one :class:`OptionShare` per option."""

    question: str
    audience: SurveyAudience
    respondents: int
    confidence: float
    options: tuple[OptionShare, ...]

    def __str__(self) -> str:
        lines = [self._head()]
        lines += [
            tr(
                "- {option}: {count} ({share}, {interval})",
                option=o.option,
                count=o.count,
                share=f"{float(o.share):.0%}",
                interval=_interval(o),
            )
            for o in self.options
        ]
        return "\n".join(lines)

    def _head(self) -> str:
        return tr(
            "{question} ({respondents} {audience}, {level}% intervals)",
            question=self.question,
            respondents=self.respondents,
            audience=label(self.audience),
            level=f"{self.confidence * 100:g}",
        )

    def _table_rows(self) -> list[tuple[object, ...]]:
        return [(o.option, o.count, f"{float(o.share):.0%}", _interval(o)) for o in self.options]

    def _repr_html_(self) -> str:
        """The lines of :meth:`__str__` as an HTML table, then the shares as bars (notebooks)."""
        headers = (H_("option"), H_("count"), H_("share"), H_("interval"))
        return html_block(
            html_table(headers, self._table_rows(), caption=self._head()), self.to_svg()
        )

    def __repr__(self) -> str:
        return short_repr(
            "SurveySummary",
            tr(
                "{question}: {respondents} respondents",
                question=repr(self.question),
                respondents=self.respondents,
            ),
        )

    def to_svg(self, *, theme: str = "auto") -> str:
        """Each option's share as a bar, labelled with its interval."""
        rows = [
            svg.Bar(label=o.option, value=float(o.share), note=f"{share} ({interval})")
            for o, (_, _, share, interval) in zip(self.options, self._table_rows(), strict=True)
        ]
        return svg.bars(rows, title=self.question, theme=theme)

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per option: ``count`` int64, ``share``/``low``/``high`` float64 (pandas extra)."""
        return dataframe(
            "SurveySummary.to_dataframe",
            [
                ("option", "string"),
                ("count", "int64"),
                ("share", "float64"),
                ("low", "float64"),
                ("high", "float64"),
            ],
            [(o.option, o.count, float(o.share), o.low, o.high) for o in self.options],
        )


@frozen(kw_only=True)
class Survey:
    """One question put to an audience, and the answer each respondent chose.

    ``options`` lists the choices offered (options nobody chose count 0); left
    empty, the options are the answers given, in first-seen order. Every answer
    must be one of the options.

    >>> survey = Survey(question="What would you like to see more of?", audience="followers",
    ...                 options=["tutorials", "offers", "behind the scenes"],
    ...                 answers=["tutorials"] * 24 + ["offers"] * 12 + ["behind the scenes"] * 4)
    >>> print(survey.summary())
    What would you like to see more of? (40 followers, 95% intervals)
    - tutorials: 24 (60%, 45% to 74%)
    - offers: 12 (30%, 18% to 45%)
    - behind the scenes: 4 (10%, 4% to 23%)
    """

    question: str = attrs.field(validator=non_empty_str)
    audience: SurveyAudience = attrs.field(converter=_audience)
    answers: tuple[str, ...] = attrs.field(converter=_answers)
    options: tuple[str, ...] = attrs.field(default=(), converter=_options)
    confidence: float = attrs.field(default=0.95, converter=_confidence)

    def __attrs_post_init__(self) -> None:
        if self.options:
            offered = set(self.options)
            for index, answer in enumerate(self.answers):
                if answer not in offered:
                    raise ValidationError(
                        f"Survey.answers[{index}]",
                        tr("{answer!r} is not an option", answer=answer),
                        allowed=tr("expected one of {names}", names=", ".join(self.options)),
                    )

    def summary(self) -> SurveySummary:
        """Each option's count, exact share and Wilson score interval at ``confidence``."""
        options = self.options or tuple(dict.fromkeys(self.answers))
        n = len(self.answers)
        counts = dict.fromkeys(options, 0)
        for answer in self.answers:
            counts[answer] += 1
        z = NormalDist().inv_cdf(1 - (1 - self.confidence) / 2)
        return SurveySummary(
            question=self.question,
            audience=self.audience,
            respondents=n,
            confidence=self.confidence,
            options=tuple(
                OptionShare(
                    option=option,
                    count=count,
                    share=Fraction(count, n) if n else Fraction(0),
                    low=_wilson(count, n, z)[0],
                    high=_wilson(count, n, z)[1],
                )
                for option, count in counts.items()
            ),
        )


def _wilson(count: int, n: int, z: float) -> tuple[float, float]:
    """The Wilson score interval of ``count`` successes in ``n`` trials ([0, 1] when n is 0)."""
    if n == 0:
        return 0.0, 1.0
    p = count / n
    scale = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / scale
    half = z / scale * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    # The exact bounds at 0 and n (0 and 1), and never past the share: float rounding
    # would otherwise leave 1e-17 above a zero share.
    low = 0.0 if count == 0 else min(p, max(0.0, centre - half))
    high = 1.0 if count == n else max(p, min(1.0, centre + half))
    return low, high


def _interval(option: OptionShare) -> str:
    """An option's interval in words ("30% to 52%")."""
    return tr("{low} to {high}", low=f"{option.low:.0%}", high=f"{option.high:.0%}")
