"""Strategies as TOML files: read with :mod:`tomllib`, write with ``tomli-w``.

A thin edge around the pure model. Reading checks every key against the
schema below, so a typo, a wrong type or an unknown platform fails with one
:class:`~socialkit.errors.StrategyFileError` that names the file, the key path (or
the line, for TOML syntax errors) and what is expected.

The file's layout mirrors :class:`~socialkit.Strategy`: top-level ``name`` and
``note``; tables ``[brand]``, ``[calendar]`` and ``[stage_mix]``; arrays of
tables ``[[objectives]]``, ``[[personas]]``, ``[[channels]]`` (with an optional
``[channels.frequency]``, a :class:`~socialkit.FrequencyRule` in the one codec of
:mod:`socialkit.io._frequency`, plus its ``reason``), ``[[pillars]]``, ``[[tactics]]`` and
``[[examples]]``; the analysis (the first of the four steps) in ``[analysis]``, with
``[analysis.three_c]`` (``company``, ``[[analysis.three_c.competitors]]``, each with
``[[...presences]]``, and ``[[analysis.three_c.customers]]``), ``[[analysis.swots]]``,
``[analysis.audit]`` (``overall``, ``target_networks``, ``[[analysis.audit.accounts]]``
with ``answers`` and ``notes`` tables, ``[[analysis.audit.impostors]]``, ``verified``)
and ``[analysis.listening]``; the SMO plan in ``[smo]``. Every table is optional, so
files written before they existed still load.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from datetime import date
from fractions import Fraction
from os import PathLike
from typing import Any

import attrs

from socialkit._core import numbers as num
from socialkit._core.i18n import N_, tr, translate, without_prefix
from socialkit._core.validate import refuse_lone_surrogate, to_path
from socialkit.calendar._planning import Channel
from socialkit.errors import SocialkitError, SocialkitTypeError, StrategyFileError, ValidationError
from socialkit.io._frequency import exact_number, frequency_rule_from_dict, frequency_rule_to_dict
from socialkit.strategy._analysis import Analysis, Listening
from socialkit.strategy._audience import BrandPersonality, Persona
from socialkit.strategy._audit import AccountAudit, Audit, SuspectedImpostor
from socialkit.strategy._diagnosis import Actor, Presence, Swot, Target, ThreeC
from socialkit.strategy._goals import SmartGoal
from socialkit.strategy._model import (
    CalendarSettings,
    ExamplePost,
    Pillar,
    Strategy,
    Tactic,
    to_weight,
)
from socialkit.strategy._smo import Smo

__all__ = ["dumps_strategy", "load_strategy", "loads_strategy"]

# What each kind of value looks like in TOML, for error messages.
_EXPECTED = {
    "str": N_("a string"),
    "int": N_("an integer"),
    "number": N_("a number (or a fraction as a string, e.g. '1/3')"),
    "date": N_("a date such as 2026-01-31"),
    "bool": N_("true or false"),
    "strs": N_("an array of strings"),
    "dates": N_("an array of dates"),
    "table": N_("a table"),
    "tables": N_("an array of tables ([[...]])"),
}

# key -> kind, per table of the file; the first group of keys are required.
_SCHEMA: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "strategy": (
        {"name": "str"},
        {
            "note": "str",
            "brand": "table",
            "calendar": "table",
            "stage_mix": "table",
            "objectives": "tables",
            "personas": "tables",
            "channels": "tables",
            "pillars": "tables",
            "tactics": "tables",
            "examples": "tables",
            "analysis": "table",
            "smo": "table",
        },
    ),
    "analysis": (
        {},
        {
            "target": "str",
            "trends": "strs",
            "three_c": "table",
            "swots": "tables",
            "audit": "table",
            "listening": "table",
        },
    ),
    "three_c": ({"company": "table"}, {"competitors": "tables", "customers": "tables"}),
    "company": ({"name": "str"}, {"presences": "tables", "content_opportunities": "strs"}),
    "competitors": ({"name": "str"}, {"presences": "tables", "content_opportunities": "strs"}),
    "presences": (
        {"platform": "str"},
        {
            "followers": "int",
            "posts_per_week": "number",
            "audience": "str",
            "run_by": "str",
            "e_reputation": "str",
            "wanted": "bool",
        },
    ),
    "customers": (
        {"name": "str", "kind": "str"},
        {"networks": "strs", "description": "str"},
    ),
    "swots": (
        {"platform": "str"},
        {
            "strengths": "strs",
            "weaknesses": "strs",
            "opportunities": "strs",
            "threats": "strs",
        },
    ),
    "audit": (
        {},
        {
            "overall": "table",
            "target_networks": "strs",
            "accounts": "tables",
            "impostors": "tables",
            "verified": "strs",
        },
    ),
    "accounts": ({"platform": "str"}, {"handle": "str", "answers": "table", "notes": "table"}),
    "impostors": (
        {"platform": "str", "handle": "str"},
        {"imitates": "str", "url": "str", "evidence": "str", "reported": "bool"},
    ),
    "listening": ({}, {"keywords": "strs", "accounts": "strs", "competitors": "strs"}),
    "smo": (
        {},
        {
            "reasons": "strs",
            "on_site": "strs",
            "off_site": "strs",
            "activities": "strs",
            "reputation_plan": "str",
        },
    ),
    "brand": (
        {},
        {
            "vision": "str",
            "values": "strs",
            "beliefs": "strs",
            "profession": "str",
            "age": "int",
            "gender": "str",
            "attitude": "str",
            "hobbies": "strs",
            "look_and_feel": "str",
            "tone_of_voice": "str",
            "behaviour": "str",
        },
    ),
    "calendar": (
        {},
        {"timezone": "str", "weeks": "int", "interaction_minutes": "int", "blackouts": "dates"},
    ),
    "objectives": (
        {
            "subject": "str",
            "metric": "str",
            "baseline": "number",
            "target": "number",
            "start": "date",
            "deadline": "date",
        },
        {"business_objective": "str", "stage": "str", "plausible_monthly_growth": "number"},
    ),
    "personas": (
        {"name": "str"},
        {
            "description": "str",
            "age_min": "int",
            "age_max": "int",
            "interests": "strs",
            "networks": "strs",
            "places": "strs",
            "motivations": "str",
        },
    ),
    "channels": (
        {"platform": "str"},
        {"mission": "str", "role": "str", "per_week": "number", "frequency": "table"},
    ),
    "pillars": ({"name": "str", "weight": "number"}, {"description": "str"}),
    "tactics": (
        {"name": "str"},
        {
            "description": "str",
            "objective": "str",
            "participation": "strs",
            "recurrence": "str",
            "start": "date",
            "platforms": "strs",
            "stage": "str",
        },
    ),
    "examples": (
        {"platform": "str", "text": "str"},
        {"pillar": "str", "tactic": "str", "content_type": "str", "purpose": "str"},
    ),
}

_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


def _type_ok(kind: str, value: Any) -> bool:
    if kind == "str":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":  # the value itself: _Reader.number
        return isinstance(value, int | float | str) and not isinstance(value, bool)
    if kind == "date":
        return type(value) is date
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "strs":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == "dates":
        return isinstance(value, list) and all(type(v) is date for v in value)
    if kind == "table":
        return isinstance(value, dict)
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


def _type_name(value: Any) -> str:
    names = {bool: "boolean", int: "integer", float: "float", str: "string", list: "array"}
    names.update({dict: "table", date: "date"})
    return names.get(type(value), type(value).__name__)


class _Reader:
    """Checks one table against its schema, tracking the key path for errors."""

    def __init__(self, filename: str) -> None:
        self.filename = filename

    def fail(self, where: str, problem: str, expected: str | None = None) -> StrategyFileError:
        return StrategyFileError(self.filename, where, problem, expected=expected)

    def table(self, data: Any, schema: str, path: str) -> dict[str, Any]:
        required, optional = _SCHEMA[schema]
        known = {**required, **optional}
        for key in data:
            if key not in known:
                raise self.fail(
                    f"{path}.{key}" if path else key,
                    tr("unknown key {key!r}", key=key),
                    tr("one of {names}", names=", ".join(known)),
                )
        for key in required:
            if key not in data:
                raise self.fail(
                    f"{path}.{key}" if path else key,
                    N_("missing"),
                    tr("{expected} (required)", expected=translate(_EXPECTED[required[key]])),
                )
        for key, value in data.items():
            if not _type_ok(known[key], value):
                raise self.fail(
                    f"{path}.{key}" if path else key,
                    tr("got {type_name} {value!r}", type_name=_type_name(value), value=value),
                    _EXPECTED[known[key]],
                )
        return {
            k: self.number(v, f"{path}.{k}" if path else k) if known[k] == "number" else v
            for k, v in data.items()
        }

    def number(self, value: Any, where: str) -> Any:
        """A number of the file: text becomes an exact Fraction, ints and floats stay."""
        try:
            result = num.exact(
                value, where, minimum=-num.FLOAT_MAX, maximum=num.FLOAT_MAX, text=True
            )
        except SocialkitError as error:
            raise self.fail(where, self.problem(value, error), _EXPECTED["number"]) from None
        return result if isinstance(value, str) else value

    def weight(self, value: Any, where: str) -> Fraction:
        """A weight (>= 0) of the file, as an exact Fraction."""
        if not _type_ok("number", value):
            raise self.fail(
                where,
                tr("got {type_name} {value!r}", type_name=_type_name(value), value=value),
                _EXPECTED["number"],
            )
        number = self.number(value, where)
        try:
            return to_weight(number, where)
        except SocialkitError as error:
            raise self.fail(where, self.problem(value, error), N_("a weight >= 0")) from None

    @staticmethod
    def problem(value: Any, error: SocialkitError) -> str:
        """The error's problem, naming the TOML type: "got string 'lots'", "got float nan"."""
        problem = without_prefix(str(getattr(error, "problem", error)), "got {value}")
        return tr("got {type_name} {problem}", type_name=_type_name(value), problem=problem)

    def build(self, path: str, make: Callable[..., Any], **fields: Any) -> Any:
        try:
            return make(**fields)
        except SocialkitError as error:
            message, inner = str(error), str(getattr(error, "where", ""))
            if inner:
                message = without_prefix(message, "{where}: {problem}", where=inner)
            field = inner.rsplit(".", 1)[-1]
            if field in fields:
                path = f"{path}.{field}" if path else field
            elif inner:
                message = tr("{inner}: {message}", inner=inner, message=message)
            raise self.fail(path, message) from None

    def items(
        self, data: dict[str, Any], key: str, make: Callable[[dict[str, Any], str], Any]
    ) -> list[Any]:
        return [
            make(self.table(item, key, f"{key}[{i}]"), f"{key}[{i}]")
            for i, item in enumerate(data.get(key, ()))
        ]


def _channel(r: _Reader, data: dict[str, Any], path: str) -> Channel:
    if "frequency" in data:
        table = dict(data["frequency"])  # a table: checked by r.table(..., "channels", ...)
        reason = table.pop("reason", "")  # the override's justification, kept on the channel
        if not isinstance(reason, str):
            raise r.fail(
                f"{path}.frequency.reason",
                tr("got {type_name}", type_name=_type_name(reason)),
                N_("a string"),
            )
        try:
            rule = frequency_rule_from_dict(table, f"{path}.frequency")
        except ValidationError as error:
            expected = without_prefix(error.allowed or "", "expected {value}") or None
            raise r.fail(error.where, error.problem, expected) from None
        except SocialkitTypeError as error:
            raise r.fail(
                error.where,
                tr("got {type_name}", type_name=_type_name(error.value)),
                error.expected,
            ) from None
        data = {**data, "frequency": rule, "frequency_reason": reason}
    return r.build(path, Channel, **data)  # type: ignore[no-any-return]


def _actor(r: _Reader, data: dict[str, Any], path: str) -> Actor:
    presences = r.items(data, "presences", lambda d, p: r.build(f"{path}.{p}", Presence, **d))
    return r.build(path, Actor, **{**data, "presences": presences})  # type: ignore[no-any-return]


def _three_c(r: _Reader, data: dict[str, Any], path: str) -> ThreeC:
    company = _actor(r, r.table(data["company"], "company", f"{path}.company"), f"{path}.company")
    competitors = [
        _actor(r, d, f"{path}.{p}")
        for d, p in (
            (r.table(item, "competitors", f"{path}.competitors[{i}]"), f"competitors[{i}]")
            for i, item in enumerate(data.get("competitors", ()))
        )
    ]
    customers = [
        r.build(
            f"{path}.customers[{i}]", Target, **r.table(item, "customers", f"{path}.customers[{i}]")
        )
        for i, item in enumerate(data.get("customers", ()))
    ]
    return r.build(  # type: ignore[no-any-return]
        path, ThreeC, company=company, competitors=competitors, customers=customers
    )


def _audit(r: _Reader, data: dict[str, Any], path: str) -> Audit:
    accounts = [
        r.build(
            f"{path}.accounts[{i}]",
            AccountAudit,
            **r.table(item, "accounts", f"{path}.accounts[{i}]"),
        )
        for i, item in enumerate(data.get("accounts", ()))
    ]
    impostors = [
        r.build(
            f"{path}.impostors[{i}]",
            SuspectedImpostor,
            **r.table(item, "impostors", f"{path}.impostors[{i}]"),
        )
        for i, item in enumerate(data.get("impostors", ()))
    ]
    fields = {**data, "accounts": accounts, "impostors": impostors}
    return r.build(path, Audit, **fields)  # type: ignore[no-any-return]


def _analysis(r: _Reader, raw: Any) -> Analysis:
    data = r.table(raw, "analysis", "analysis")
    fields: dict[str, Any] = {k: data[k] for k in ("target", "trends") if k in data}
    if "three_c" in data:
        path = "analysis.three_c"
        fields["three_c"] = _three_c(r, r.table(data["three_c"], "three_c", path), path)
    fields["swots"] = [
        r.build(f"analysis.swots[{i}]", Swot, **r.table(item, "swots", f"analysis.swots[{i}]"))
        for i, item in enumerate(data.get("swots", ()))
    ]
    if "audit" in data:
        fields["audit"] = _audit(
            r, r.table(data["audit"], "audit", "analysis.audit"), "analysis.audit"
        )
    if "listening" in data:
        listening = r.table(data["listening"], "listening", "analysis.listening")
        fields["listening"] = r.build("analysis.listening", Listening, **listening)
    return r.build("analysis", Analysis, **fields)  # type: ignore[no-any-return]


def _strategy(r: _Reader, raw: dict[str, Any]) -> Strategy:
    top = r.table(raw, "strategy", "")
    fields: dict[str, Any] = {"name": top["name"], "note": top.get("note", "")}
    if "brand" in top:
        fields["brand"] = r.build(
            "brand", BrandPersonality, **r.table(top["brand"], "brand", "brand")
        )
    if "calendar" in top:
        fields["calendar"] = r.build(
            "calendar", CalendarSettings, **r.table(top["calendar"], "calendar", "calendar")
        )
    if "stage_mix" in top:
        mix = top["stage_mix"]
        fields["stage_mix"] = {k: r.weight(v, f"stage_mix.{k}") for k, v in mix.items()}
    makers: dict[str, Callable[[dict[str, Any], str], Any]] = {
        "objectives": lambda d, p: r.build(p, SmartGoal, **d),
        "personas": lambda d, p: r.build(p, Persona, **d),
        "channels": lambda d, p: _channel(r, d, p),
        "pillars": lambda d, p: r.build(p, Pillar, **d),
        "tactics": lambda d, p: r.build(p, Tactic, **d),
        "examples": lambda d, p: r.build(p, ExamplePost, **d),
    }
    for key, make in makers.items():
        fields[key] = r.items(top, key, make)
    if "analysis" in top:
        fields["analysis"] = _analysis(r, top["analysis"])
    if "smo" in top:
        fields["smo"] = r.build("smo", Smo, **r.table(top["smo"], "smo", "smo"))
    return r.build("", Strategy, **fields)  # type: ignore[no-any-return]


def loads_strategy(text: str, *, filename: str = "<string>") -> Strategy:
    """Read a strategy from TOML text; errors name ``filename`` and the key path.

    >>> s = loads_strategy('''
    ... name = "Tiny"
    ... [[channels]]
    ... platform = "linkedin"
    ... mission = "We will use LinkedIn to earn webinar sign-ups."
    ... ''')
    >>> s.platforms
    ('linkedin',)
    >>> loads_strategy('name = "Tiny"\\n[[channels]]\\nplatform = "linkdin"\\n', filename="s.toml")
    Traceback (most recent call last):
    ...
    socialkit.errors.StrategyFileError: s.toml: channels[0].platform: unknown 'linkdin'; did you mean 'linkedin'? known: ...
    """
    if not isinstance(text, str):
        raise SocialkitTypeError(
            "loads_strategy(text)",
            text,
            expected=N_("TOML text (str; decode bytes as UTF-8 first)"),
        )
    if not isinstance(filename, str):
        raise SocialkitTypeError("loads_strategy(filename)", filename, expected=N_("a str"))
    try:
        raw = tomllib.loads(text)
    except ValueError as error:  # TOMLDecodeError, or an integer past Python's 4300 digits
        message = str(error)
        match = _LINE.search(message)
        line = getattr(error, "lineno", None) or (int(match.group(1)) if match else None)
        raise StrategyFileError(
            filename,
            "",
            tr("not valid TOML: {message}", message=message),
            line=line,
            expected=N_("TOML syntax"),
        ) from None
    return _strategy(_Reader(filename), raw)


def load_strategy(path: str | PathLike[str]) -> Strategy:
    """Read a strategy from a TOML file.

    Raises :class:`~socialkit.errors.StrategyFileError` naming the file for a missing
    file, invalid TOML (with the line), or a key with the wrong type or value.
    """
    file = to_path(path, "load_strategy(path)")
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as error:
        raise StrategyFileError(
            str(file), "", tr("cannot read the file ({strerror})", strerror=error.strerror)
        ) from None
    except UnicodeDecodeError:
        raise StrategyFileError(
            str(file), "", N_("not UTF-8 text"), expected=N_("a UTF-8 TOML file")
        ) from None
    return loads_strategy(text, filename=str(file))


# Writing -----------------------------------------------------------------------------


def _plain(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The non-default fields of an attrs object, as TOML-ready values."""
    out: dict[str, Any] = {}
    for f in attrs.fields(type(obj)):
        value = getattr(obj, f.name)
        if f.name in skip or value is None or value == "" or value == ():
            continue
        if isinstance(value, Fraction):
            value = exact_number(value)
        elif isinstance(value, tuple):
            value = list(value)
        elif hasattr(value, "value") and isinstance(value, str):  # StrEnum
            value = str(value)
        out[f.name] = value
    return out


_CHANNEL_FIELDS = ("platform", "mission", "role", "per_week")
"""The channel fields a strategy file holds (with ``[channels.frequency]`` and its reason)."""


def _channel_table(c: Channel, where: str) -> dict[str, Any]:
    planner_only = [
        f.name
        for f in attrs.fields(Channel)
        if f.init
        and f.name not in (*_CHANNEL_FIELDS, "frequency", "frequency_reason")
        and getattr(c, f.name) != f.default
    ]
    if planner_only:
        raise ValidationError(
            f"{where}.{planner_only[0]}",
            N_("a strategy file has no key for it"),
            allowed=tr(
                "expected only {names} and frequency on a strategy's channels (set planner options on the PlanSpec's channels)",
                names=", ".join(_CHANNEL_FIELDS),
            ),
        )
    table = {k: v for k, v in _plain(c).items() if k in _CHANNEL_FIELDS}
    if c.frequency is not None:
        table["frequency"] = frequency_rule_to_dict(c.frequency)
        if c.frequency_reason:
            table["frequency"]["reason"] = c.frequency_reason
    return table


def _goal_table(g: SmartGoal) -> dict[str, Any]:
    """Baseline and target keep their type: a float stays a float, a Fraction 'a/b'."""
    table = _plain(g)
    for key in ("baseline", "target"):
        value = getattr(g, key)
        if isinstance(value, Fraction) and value.denominator != 1:
            table[key] = f"{value.numerator}/{value.denominator}"
    return table


def _enums(values: tuple[Any, ...]) -> list[str]:
    return [str(v) for v in values]


def _actor_table(a: Actor) -> dict[str, Any]:
    table = _plain(a, skip=("presences",))
    if a.presences:
        table["presences"] = [_plain(p) for p in a.presences]
    return table


def _audit_table(a: Audit) -> dict[str, Any]:
    table: dict[str, Any] = {}
    if a.overall:
        table["overall"] = dict(a.overall)
    if a.target_networks:
        table["target_networks"] = list(a.target_networks)
    accounts = []
    for account in a.accounts:
        row = _plain(account, skip=("answers", "notes"))
        if account.answers:
            row["answers"] = dict(account.answers)
        if account.notes:
            row["notes"] = dict(account.notes)
        accounts.append(row)
    if accounts:
        table["accounts"] = accounts
    if a.impostors:
        table["impostors"] = [_plain(i) for i in a.impostors]
    if a.verified:
        table["verified"] = list(a.verified)
    return table


def _analysis_table(a: Analysis) -> dict[str, Any]:
    table = _plain(a, skip=("three_c", "swots", "audit", "listening"))
    if a.three_c is not None:
        three_c: dict[str, Any] = {"company": _actor_table(a.three_c.company)}
        if a.three_c.competitors:
            three_c["competitors"] = [_actor_table(c) for c in a.three_c.competitors]
        if a.three_c.customers:
            three_c["customers"] = [_plain(t) for t in a.three_c.customers]
        table["three_c"] = three_c
    if a.swots:
        table["swots"] = [_plain(sw) for sw in a.swots]
    if a.audit is not None:
        table["audit"] = _audit_table(a.audit)
    if a.listening is not None:
        table["listening"] = _plain(a.listening)
    return table


def _smo_table(smo: Smo) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for key in ("reasons", "on_site", "off_site", "activities"):
        if getattr(smo, key):
            table[key] = _enums(getattr(smo, key))
    if smo.reputation_plan:
        table["reputation_plan"] = smo.reputation_plan
    return table


def strategy_data(s: Strategy) -> dict[str, Any]:
    """The strategy as the nested dict its TOML file holds."""
    data: dict[str, Any] = {"name": s.name}
    if s.note:
        data["note"] = s.note
    if s.calendar != CalendarSettings():
        data["calendar"] = _plain(s.calendar)
    brand = _plain(s.brand)
    if brand:
        data["brand"] = brand
    if s.stage_mix:
        data["stage_mix"] = {str(k): exact_number(v) for k, v in s.stage_mix}
    tables: Mapping[str, list[dict[str, Any]]] = {
        "objectives": [_goal_table(g) for g in s.objectives],
        "personas": [_plain(p) for p in s.personas],
        "channels": [_channel_table(c, f"channels[{i}]") for i, c in enumerate(s.channels)],
        "pillars": [_plain(p) for p in s.pillars],
        "tactics": [_plain(t) for t in s.tactics],
        "examples": [_plain(e) for e in s.examples],
    }
    data.update({k: v for k, v in tables.items() if v})
    if not s.analysis.is_empty():
        data["analysis"] = _analysis_table(s.analysis)
    if s.smo is not None:
        data["smo"] = _smo_table(s.smo)
    return data


def dumps_strategy(s: Strategy) -> str:
    """The strategy as TOML text that :func:`loads_strategy` reads back equal.

    >>> s = Strategy(name="Tiny", pillars=[Pillar(name="expertise", weight=Fraction(1, 3))])
    >>> print(dumps_strategy(s))
    name = "Tiny"
    pillars = [
        { name = "expertise", weight = "1/3" },
    ]
    <BLANKLINE>
    >>> loads_strategy(dumps_strategy(s)) == s
    True
    """
    import tomli_w

    if not isinstance(s, Strategy):
        raise SocialkitTypeError("dumps_strategy(s)", s, expected=N_("a Strategy"))
    data = strategy_data(s)
    _refuse_surrogates(data, "dumps_strategy")
    return tomli_w.dumps(data)


def _refuse_surrogates(data: object, where: str, path: str = "") -> None:
    """Refuse a lone surrogate in any string of ``data``, naming its key path.

    TOML (like JSON, CSV and iCalendar, whose exporters refuse it alike) is
    UTF-8: half of a surrogate pair cannot be written, and dropping it would
    lose what the user typed.
    """
    if isinstance(data, str):
        refuse_lone_surrogate(data, f"{where}: {path or 'value'}")
    elif isinstance(data, Mapping):
        for key, value in data.items():
            _refuse_surrogates(key, where, path)
            _refuse_surrogates(value, where, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list | tuple):
        for i, value in enumerate(data):
            _refuse_surrogates(value, where, f"{path}[{i}]")
