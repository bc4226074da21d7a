"""Good practices: advice from the source documents, each checked by rules or asked as a question.

The documents give advice a program can check (answer within 48 hours, attach a
visual) and advice only a person can judge (never deceive, be exemplary). A
:class:`Practice` holds one piece of advice with its source, the ids of the
rules that check it and, where no rule can see it, the question to ask
yourself: a checklist item. :func:`review_practices` turns the findings of a
rule set into one :class:`PracticeReview` per practice: followed, not followed,
or to review by hand. Practices are heuristics taught to marketers, not
measurements; every review says where its practice comes from.

>>> from socialkit import Finding, Source
>>> course = Source(title="a course", confidence="source document")
>>> practices = (
...     Practice(id="answer", title="Answer every message", advice="answer within 48 h",
...              source=course, rules=("community.answer_within",)),
...     Practice(id="honest", title="Never deceive", advice="say what is true",
...              source=course, question="Is every claim true and every ad disclosed?"),
... )
>>> late = Finding(rule="community.answer_within", severity="warning", message="late")
>>> for review in review_practices(practices, [late], ran=["community.answer_within"]):
...     print(review)
not followed answer: Answer every message (1 finding)
to review honest: Never deceive (Is every claim true and every ad disclosed?)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Protocol

import attrs

from socialkit._core.fields import frozen
from socialkit._core.findings import FINDING_HEADERS, Finding, finding_rows
from socialkit._core.i18n import H_, N_, label, tr, translate
from socialkit._core.sources import Source
from socialkit._core.table import html_block, html_table, short_repr, table
from socialkit._core.validate import Choice, each, instance_of, non_empty_str, to_enum, to_tuple
from socialkit.errors import SocialkitTypeError, ValidationError

__all__ = [
    "OWN_THRESHOLD",
    "Practice",
    "PracticeMaker",
    "PracticeReview",
    "PracticeStatus",
    "practices_from",
    "review_practices",
]

_ID = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\Z")


class PracticeStatus(Choice):
    """What a review could say about a practice."""

    FOLLOWED = "followed"
    """Every rule that checks it ran and found nothing."""
    NOT_FOLLOWED = "not followed"
    """A rule that checks it found something (see the review's findings)."""
    TO_REVIEW = "to review"
    """No rule could check it (a checklist item, or its rules did not run): ask its question."""


def _ids(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    items = value if isinstance(value, tuple) else (value,)
    for item in items:
        if not isinstance(item, str):
            raise SocialkitTypeError(
                f"{type(instance).__name__}.{attribute.name}", item, expected=N_("a rule id (str)")
            )
        if not _ID.match(item):
            raise ValidationError(
                f"{type(instance).__name__}.{attribute.name}",
                tr("got {item!r}", item=item),
                allowed=N_(
                    "expected snake_case identifiers, dotted for a family "
                    "('community.answer_within')"
                ),
            )


def _checkable(instance: Practice, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value.strip() and not instance.rules:
        raise ValidationError(
            f"Practice({instance.id!r}).question",
            N_("is empty and no rule checks the practice"),
            allowed=N_("expected a rule id in rules, or a checklist question"),
        )


@frozen(kw_only=True)
class Practice:
    """One piece of advice: what to do, where it comes from, and how it is checked.

    ``rules`` are the ids of the rules that check it (a post rule's findings
    carry a platform prefix, ``"x.bhargava.visual"``, and still count);
    ``question`` is what to ask yourself where the rules cannot see (required
    when no rule checks it: the practice is then a checklist item).

    >>> from socialkit import Source
    >>> Practice(id="exemplary", title="Be exemplary", advice="behave as you ask others to",
    ...          source=Source(title="a course", confidence="source document"),
    ...          question="Would you accept from a member what the brand does?").checked
    False
    """

    id: str = attrs.field(validator=_ids)
    title: str = attrs.field(validator=non_empty_str)
    advice: str = attrs.field(validator=non_empty_str)
    source: Source = attrs.field(validator=instance_of(Source))
    rules: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=_ids)
    question: str = attrs.field(default="", validator=[instance_of(str), _checkable])

    @property
    def checked(self) -> bool:
        """Whether some rule checks the practice (otherwise it is a checklist item)."""
        return bool(self.rules)

    def covers(self, finding: Finding) -> bool:
        """Whether ``finding`` comes from one of this practice's rules (platform prefix or not)."""
        if not isinstance(finding, Finding):
            raise SocialkitTypeError("Practice.covers(finding)", finding, expected=N_("a Finding"))
        return any(finding.rule == r or finding.rule.endswith(f".{r}") for r in self.rules)


def _status(value: object) -> PracticeStatus:
    return to_enum(PracticeStatus, value, "PracticeReview.status")


_REVIEW_HEADERS = (H_("status"), H_("practice"), H_("title"), H_("advice"), H_("source"))


@frozen(kw_only=True)
class PracticeReview:
    """A practice and what the rules said about it.

    ``str()`` is one line; :meth:`to_text` (and a notebook's HTML) adds the
    practice's row and the findings' table.

    >>> from socialkit import Finding, Source
    >>> answer = Practice(id="answer", title="Answer every message", advice="answer within 48 h",
    ...     source=Source(title="a course", confidence="source document"),
    ...     rules=("community.answer_within",))
    >>> late = Finding(rule="community.answer_within", severity="warning", message="late")
    >>> review = review_practices([answer], [late], ran=[])[0]
    >>> review
    <PracticeReview not followed answer: Answer every message (1 finding)>
    >>> print(review.to_text())
    status        practice  title                 advice              source
    ------------  --------  --------------------  ------------------  --------
    not followed  answer    Answer every message  answer within 48 h  a course
    severity  rule                     where  message  fix
    --------  -----------------------  -----  -------  ---
    warning   community.answer_within  -      late     -
    """

    practice: Practice = attrs.field(validator=instance_of(Practice))
    status: PracticeStatus = attrs.field(converter=_status)
    findings: tuple[Finding, ...] = attrs.field(
        default=(), converter=to_tuple, validator=each(instance_of(Finding))
    )

    def __str__(self) -> str:
        head = f"{label(self.status)} {self.practice.id}: {translate(self.practice.title)}"
        if self.status is PracticeStatus.NOT_FOLLOWED:
            n = len(self.findings)
            if n == 1:
                return tr("{head} (1 finding)", head=head)
            return tr("{head} ({n} findings)", head=head, n=n)
        if self.status is PracticeStatus.TO_REVIEW and self.practice.question:
            return f"{head} ({translate(self.practice.question)})"
        return head

    def rows(self) -> list[tuple[str, ...]]:
        """The practice's row: status, id, title, advice and source."""
        p = self.practice
        return [(label(self.status), p.id, translate(p.title), translate(p.advice), p.source.title)]

    def to_text(self) -> str:
        """The practice's row, then the table of the findings against it (if any)."""
        text = table(_REVIEW_HEADERS, self.rows())
        if self.findings:
            text += "\n" + table(FINDING_HEADERS, finding_rows(self.findings))
        return text

    def __repr__(self) -> str:
        return short_repr("PracticeReview", str(self))

    def _repr_html_(self) -> str:
        """The rows of :meth:`to_text` as HTML tables, the one-line verdict as caption."""
        findings = html_table(FINDING_HEADERS, finding_rows(self.findings)) if self.findings else ""
        return html_block(html_table(_REVIEW_HEADERS, self.rows(), caption=str(self)), findings)


def _items(where: str, values: object, kind: type) -> tuple[Any, ...]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise SocialkitTypeError(
            where, values, expected=tr("a collection of {name}", name=kind.__name__)
        )
    items = tuple(values)
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            raise SocialkitTypeError(
                f"{where}[{index}]", item, expected=tr("a {name}", name=kind.__name__)
            )
    return items


def review_practices(
    practices: Iterable[Practice], findings: Iterable[Finding], *, ran: Iterable[str]
) -> tuple[PracticeReview, ...]:
    """One review per practice, in order, from the findings of the rules that ``ran``.

    A practice is *not followed* when a finding comes from one of its rules,
    *followed* when at least one of its rules ran and none found anything, and
    *to review* when none of its rules ran (or it has none: a checklist item).
    ``ran`` holds the ids of the rules that were applied (a rule set's ``ids()``,
    or an assessment's ``applied``).
    """
    chosen = _items("review_practices(practices)", practices, Practice)
    found = _items("review_practices(findings)", findings, Finding)
    applied = frozenset(_items("review_practices(ran)", ran, str))
    reviews = []
    for practice in chosen:
        mine = tuple(f for f in found if practice.covers(f))
        if mine:
            status = PracticeStatus.NOT_FOLLOWED
        elif any(r in applied for r in practice.rules):
            status = PracticeStatus.FOLLOWED
        else:
            status = PracticeStatus.TO_REVIEW
        reviews.append(PracticeReview(practice=practice, status=status, findings=mine))
    return tuple(reviews)


# -- one shape for the practice and rule builders ---------------------------------------


class PracticeMaker(Protocol):
    """Builds the :class:`Practice` values of one source (see :func:`practices_from`)."""

    def __call__(
        self, id: str, title: str, advice: str, *, rules: Iterable[str] = (), question: str = ""
    ) -> Practice:
        """One practice of the family: its id (prefixed), title, advice, rules and question."""
        ...


def practices_from(source: Source, *, prefix: str = "") -> PracticeMaker:
    """A builder of practices that share one ``source`` (and an id ``prefix``, dotted).

    The documents' practices come in families (Bhargava's five rules, [001]'s
    eleven good practices): each family cites one section and names its ids one
    way, so the builder says it once.

    >>> from socialkit import Source
    >>> bhargava = practices_from(Source(title="a course", confidence="source document"),
    ...                           prefix="bhargava")
    >>> practice = bhargava("reward_users", "Reward your users", "give something of value",
    ...                     rules=("bhargava.reward",))
    >>> practice.id, practice.source.title, practice.checked
    ('bhargava.reward_users', 'a course', True)
    """
    if not isinstance(source, Source):
        raise SocialkitTypeError("practices_from(source)", source, expected=N_("a Source"))
    if not isinstance(prefix, str):
        raise SocialkitTypeError("practices_from(prefix)", prefix, expected=N_("a str"))
    if prefix and not _ID.match(prefix):
        raise ValidationError(
            "practices_from(prefix)",
            tr("got {prefix!r}", prefix=prefix),
            allowed=N_("expected a snake_case identifier, dotted for a family ('bhargava')"),
        )

    def make(
        id: str,
        title: str,
        advice: str,
        *,
        rules: Iterable[str] = (),
        question: str = "",
    ) -> Practice:
        return Practice(
            id=f"{prefix}.{id}" if prefix else id,
            title=title,
            advice=advice,
            source=source,
            rules=tuple(rules),
            question=question,
        )

    return make


OWN_THRESHOLD: str = N_("the threshold is socialkit's own default (a heuristic), not the source's")
"""The ``why`` of every rule whose threshold is socialkit's own choice, not the source's.

One wording (data and findings say the same thing:
:data:`~socialkit._core.documents.HEURISTIC`); the number is the rule's
``threshold``, so the text never repeats it. Shown through ``translate()``.
"""
