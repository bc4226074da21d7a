"""Rules as values: one :class:`Rule` and one :class:`RuleSet` for every kind of check.

Post assessment, strategy validation and inbox checks are all a :class:`RuleSet`
of rules, each a frozen value with a stable id, a severity, a source and a small
pure ``check`` over its subject (a post's context, a strategy, an inbox). A check
yields :class:`Hit` values; the rule stamps its id, severity, fix and source on
them to make :class:`~socialkit.Finding` values, so no check writes an id in its
body. Users derive rule sets without forking: ``rules.without("...")``,
``.with_weight(...)``, ``.with_rule(...)``, ``.only(...)``.

>>> def long_name(rule: Rule[str], name: str) -> list[Hit]:
...     return [Hit(message=f"{len(name)} characters")] if len(name) > 8 else []
>>> rules = RuleSet([Rule(id="name.long", severity="tip", title="A long name.",
...                       fix="shorten it", check=long_name)])
>>> for finding in rules.check("socialkit-demo"):
...     print(finding)
tip name.long: 14 characters (fix: shorten it)
>>> rules.without("name.long").check("socialkit-demo")
()
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from difflib import get_close_matches
from typing import Any, Generic, TypeVar

import attrs

from socialkit._core.fields import checked, frozen, unchecked
from socialkit._core.findings import Finding, Severity
from socialkit._core.i18n import N_, tr, translate
from socialkit._core.sources import Source
from socialkit._core.table import JSON_SKIP
from socialkit._core.validate import (
    at_least,
    each,
    instance_of,
    non_empty_str,
    number,
    optional,
    to_enum,
    to_int,
    to_real,
    to_tuple,
)
from socialkit._core.validate import where as where_of
from socialkit.errors import NotFoundError, SocialkitError, SocialkitTypeError, ValidationError

__all__ = ["Hit", "Rule", "RuleCheck", "RuleSet", "rule_set_for", "trusted_hit"]

S = TypeVar("S")
"""The subject a rule checks: a post's context, a strategy, an inbox..."""

_ID = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\Z")


def _severity(value: object) -> Severity:
    return to_enum(Severity, value)


def _optional_severity(value: object) -> Severity | None:
    return None if value is None else _severity(value)


@frozen(kw_only=True)
class Hit:
    """One problem a check found: what, where, and what backs it.

    ``fix``, ``severity`` and ``source`` override the rule's own for this hit
    (a deviation the user documented is a tip, not a warning); ``None`` keeps
    the rule's. ``where`` is a location or field path (``"post.text"``).

    >>> Hit(message="no persona", where="personas").where
    'personas'
    """

    message: str = attrs.field(validator=non_empty_str)
    where: str = ""
    fix: str | None = None
    severity: Severity | None = attrs.field(default=None, converter=_optional_severity)
    source: Source | None = None


def trusted_hit(
    message: str,
    *,
    where: str = "",
    fix: str | None = None,
    severity: Severity | None = None,
    source: Source | None = None,
) -> Hit:
    """:class:`Hit` built unchecked: the trusted path for socialkit's own rule checks.

    Re-validating the hits socialkit's checks build from values they hold
    (a ``tr()`` message, a :class:`Severity`, a checked source) cost about a
    tenth of an assessment. The arguments must be of the field types, already
    converted (a :class:`Severity`, not ``"tip"``), and ``message`` non-empty;
    user-written checks build a checked ``Hit(...)``. A property test
    (tests/core/test_core_rules.py) checks it equals ``Hit(...)``, defaults included.

    >>> trusted_hit("no persona", where="personas") == Hit(message="no persona", where="personas")
    True
    """
    return unchecked(Hit, message=message, where=where, fix=fix, severity=severity, source=source)


RuleCheck = Callable[["Rule[S]", S], Iterable[Hit]]
"""A rule's check: ``check(rule, subject)`` yields :class:`Hit` values (none: all fine)."""


def _rule_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _ID.match(value):
        raise ValidationError(
            where_of(instance, attribute),
            tr("got {value!r}", value=value),
            allowed=N_(
                "expected a snake_case identifier, dotted for a family "
                "('many_hashtags', 'goal.no_stage')"
            ),
        )


def _callable(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not callable(value):
        raise SocialkitTypeError(where_of(instance, attribute), value, expected=N_("a callable"))


def _non_negative(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    """A weight below zero would push a score out of 0-100."""
    if value < 0:
        raise ValidationError(
            where_of(instance, attribute),
            tr("got {value}", value=value),
            allowed=N_("expected a weight >= 0"),
            value=value,
        )


@frozen(kw_only=True)
class Rule(Generic[S]):
    """One check: a stable id, a severity, a source and a small pure function.

    ``check(rule, subject)`` yields :class:`Hit` values; :meth:`findings` turns
    them into findings. ``title`` says in a line what the rule catches, ``why``
    why it matters, ``fix`` what to change. The rest is data a runner may use:
    ``weight`` feeds a score (the post assessment's), ``threshold`` is the
    number a check compares with (kept as data so it can be changed),
    ``signal`` ties the rule to a platform ranking signal (post rules run only
    where the platform has it), ``hard`` marks a limit whose breach means the
    subject does not fit, and ``checker`` names the outside judgement (a
    user-supplied callable) the rule needs.

    >>> rule = Rule(id="name.empty", severity="error", title="An empty name.",
    ...             check=lambda rule, name: [Hit(message="no name")] if not name else [])
    >>> rule.findings("")[0].rule, rule.findings("ok")
    ('name.empty', ())

    :func:`~socialkit._core.table.jsonable` gives the rule as a record (its
    check, a function, is left out), so ``json.dumps`` writes it:

    >>> from socialkit._core.table import jsonable
    >>> record = jsonable(rule)
    >>> record["id"], record["severity"], "check" in record
    ('name.empty', 'error', False)
    """

    id: str = attrs.field(validator=_rule_id)
    severity: Severity = attrs.field(converter=_severity)
    title: str = attrs.field(validator=non_empty_str)
    check: RuleCheck[S] = attrs.field(
        validator=_callable, eq=False, repr=False, metadata={JSON_SKIP: True}
    )
    fix: str = attrs.field(default="", validator=instance_of(str))
    why: str = attrs.field(default="", validator=instance_of(str))
    source: Source | None = attrs.field(default=None, validator=optional(instance_of(Source)))
    weight: float = attrs.field(default=1.0, converter=to_real, validator=[number, _non_negative])
    threshold: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_int), validator=optional(at_least(0))
    )
    signal: str | None = attrs.field(default=None, validator=optional(_rule_id))
    hard: bool = attrs.field(default=False, validator=instance_of(bool))
    checker: str | None = attrs.field(default=None, validator=optional(non_empty_str))

    @checked
    def finding(
        self, hit: Hit, *, prefix: str = "", where: str = "", source: Source | None = None
    ) -> Finding:
        """``hit`` as a finding of this rule.

        ``prefix`` goes before the id (``"linkedin."``); ``where`` and ``source`` are
        used when the hit names none, before the rule's own source.
        """
        return self._finding(hit, prefix, where, source)

    def _finding(self, hit: Hit, prefix: str, where: str, source: Source | None) -> Finding:
        """:meth:`finding` without checking its arguments, for callers that hold checked ones.

        A rule and its :class:`Hit` were checked when they were built, so the
        finding they make is valid by construction and is built unchecked
        (an assessment makes one per hit); tests/posts/test_built_unchecked.py checks it
        equals the checked constructor's.
        """
        return unchecked(
            Finding,
            rule=f"{prefix}{self.id}",
            severity=hit.severity or self.severity,
            message=hit.message,
            fix=translate(self.fix) if hit.fix is None else hit.fix,
            where=hit.where or where,
            signal=self.signal,
            source=hit.source or source or self.source,
        )

    def findings(self, subject: S) -> tuple[Finding, ...]:
        """Run the check on ``subject``; each hit as a :class:`~socialkit.Finding`.

        A check that fails on ``subject`` with an ``AttributeError`` or a
        ``TypeError`` was given a subject of another type (a heuristic: the
        original error is chained): that is a
        :class:`~socialkit.errors.SocialkitTypeError` naming the rule.
        """
        try:
            hits = tuple(self.check(self, subject))
        except SocialkitError:
            raise
        except (AttributeError, TypeError) as error:
            raise SocialkitTypeError(
                f"Rule {self.id!r}", subject, expected=N_("a subject this rule's check can read")
            ) from error
        return tuple(self.finding(hit) for hit in hits)


def _rules(value: Iterable[Rule[Any]]) -> tuple[Rule[Any], ...]:
    return to_tuple(value, "RuleSet.rules")


def _unique(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[Rule[Any], ...]
) -> None:
    ids = [r.id for r in value]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValidationError(
            "RuleSet.rules",
            tr("duplicate rule ids {dupes}", dupes=dupes),
            allowed=N_("expected one rule per id"),
        )


def _same(rule_id: str) -> str:
    return rule_id


@frozen
class RuleSet(Generic[S]):
    """An immutable, ordered set of rules with unique ids; derive variants instead of editing.

    ``resolve`` maps an id as a caller may spell it to a rule id when no rule
    has it as is: the post rules take a finding's id (``"linkedin.external_link"``
    names the rule ``"external_link"``). Unknown ids raise
    :class:`~socialkit.NotFoundError` with the close matches. ``subject`` is the
    type the rules check (``Strategy``, ``PostContext``, ``Inbox``), kept by every
    derived set, so an entry point refuses another subject's rules (see
    :func:`rule_set_for`) rather than failing inside a check.

    >>> rules = RuleSet([Rule(id="a", severity="tip", title="A.", check=lambda r, s: ()),
    ...                  Rule(id="b", severity="tip", title="B.", check=lambda r, s: ())])
    >>> rules.without("a").ids(), rules.with_weight("b", 3).get("b").weight
    (('b',), 3)
    >>> rules.get("c")
    Traceback (most recent call last):
    ...
    socialkit.errors.NotFoundError: RuleSet: unknown 'c'; known: a, b
    """

    rules: tuple[Rule[S], ...] = attrs.field(
        converter=_rules, validator=[each(instance_of(Rule)), _unique]
    )
    resolve: Callable[[str], str] = attrs.field(
        default=_same,
        kw_only=True,
        validator=_callable,
        eq=False,
        repr=False,
        metadata={JSON_SKIP: True},
    )
    subject: type | None = attrs.field(
        default=None, kw_only=True, validator=optional(instance_of(type)), repr=False
    )

    def ids(self) -> tuple[str, ...]:
        """The rule ids, in order."""
        return tuple(r.id for r in self.rules)

    def get(self, rule_id: str) -> Rule[S]:
        """The rule with that id (or an id ``resolve`` maps to it)."""
        if not isinstance(rule_id, str):
            raise SocialkitTypeError("RuleSet rule id", rule_id, expected=N_("a rule id (str)"))
        found = self._find(rule_id)
        resolved = rule_id if found else self.resolve(rule_id)
        found = found or self._find(resolved)
        if found is None:
            ids = self.ids()
            raise NotFoundError("RuleSet", rule_id, ids, get_close_matches(resolved, ids))
        return found

    def _find(self, rule_id: str) -> Rule[S] | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def _derive(self, rules: Iterable[Rule[S]]) -> RuleSet[S]:
        return attrs.evolve(self, rules=tuple(rules))

    def without(self, *rule_ids: str) -> RuleSet[S]:
        """A copy without those rules (each must exist)."""
        drop = {self.get(rule_id).id for rule_id in rule_ids}
        return self._derive(r for r in self.rules if r.id not in drop)

    def only(self, *rule_ids: str) -> RuleSet[S]:
        """A copy with just those rules (each must exist), in this set's order."""
        keep = {self.get(rule_id).id for rule_id in rule_ids}
        return self._derive(r for r in self.rules if r.id in keep)

    def with_weight(self, rule_id: str, weight: float) -> RuleSet[S]:
        """A copy where ``rule_id`` has another weight, in the same place."""
        bare = self.get(rule_id).id
        return self._derive(
            attrs.evolve(r, weight=weight) if r.id == bare else r for r in self.rules
        )

    def with_rule(self, rule: Rule[S], *, replace: bool = False) -> RuleSet[S]:
        """A copy with ``rule`` added at the end (or replacing the rule of its id with ``replace``)."""
        if not isinstance(rule, Rule):
            raise SocialkitTypeError("RuleSet.with_rule(rule)", rule, expected=N_("a Rule"))
        if rule.id in self.ids():
            if not replace:
                raise ValidationError(
                    f"RuleSet.with_rule({rule.id!r})",
                    N_("a rule with that id exists"),
                    allowed=N_("pass replace=True to replace it"),
                )
            return self._derive(rule if r.id == rule.id else r for r in self.rules)
        return self._derive((*self.rules, rule))

    def check(self, subject: S) -> tuple[Finding, ...]:
        """Every rule's findings on ``subject``, in rule order."""
        if self.subject is not None and not isinstance(subject, self.subject):
            raise SocialkitTypeError(
                "RuleSet.check(subject)",
                subject,
                expected=tr("a {name}", name=self.subject.__name__),
            )
        return tuple(f for rule in self.rules for f in rule.findings(subject))

    def __iter__(self) -> Iterator[Rule[S]]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, rule_id: object) -> bool:
        return isinstance(rule_id, str) and rule_id in self.ids()


def rule_set_for(value: object, subject: type, where: str) -> RuleSet[Any]:
    """``value`` if it is a :class:`RuleSet` whose rules check ``subject`` (or any subject).

    Strategy rules given to :func:`socialkit.assess` would fail deep inside a
    check with an ``AttributeError``; this refuses them up front, naming both.

    >>> class Post: ...
    >>> class Inbox: ...
    >>> rules = RuleSet([], subject=Inbox)
    >>> rule_set_for(rules, Inbox, "check(rules)") is rules
    True
    >>> rule_set_for(rules, Post, "assess(rules)")
    Traceback (most recent call last):
    ...
    socialkit.errors.SocialkitTypeError: assess(rules): got RuleSet; expected a RuleSet of Post rules, not of Inbox rules
    """
    if not isinstance(value, RuleSet):
        raise SocialkitTypeError(
            where, value, expected=tr("a RuleSet of {name} rules", name=subject.__name__)
        )
    if value.subject is not None and not issubclass(subject, value.subject):
        raise SocialkitTypeError(
            where,
            value,
            expected=tr(
                "a RuleSet of {name} rules, not of {other} rules",
                name=subject.__name__,
                other=value.subject.__name__,
            ),
        )
    return value
