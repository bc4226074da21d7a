"""The Dask functions: one batch call per partition, inside the caller's registry."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

from socialkit._core.i18n import N_, tr
from socialkit._core.rules import RuleSet
from socialkit.calendar._batch import PlanOutcome, plan_many
from socialkit.calendar._planning import PlanSpec, SupportsPlanSpec
from socialkit.errors import SocialkitTypeError
from socialkit.platforms._model import Platform
from socialkit.platforms._registry import RegistrySnapshot, get_platform, registry_snapshot
from socialkit.posts._batch import assess_many
from socialkit.posts._rules import DEFAULT_RULES, PostContext
from socialkit.text._batch import measure_many

__all__ = ["assess_frame", "measure_frame", "plan_bag"]

_ASSESS = {
    "length": "Int64",
    "fits": "bool",
    "score": "int64",
    "errors": "int64",
    "warnings": "int64",
    "tips": "int64",
    "rules": "string",
}
_MEASURE = {
    "length": "int64",
    "limit": "int64",
    "remaining": "int64",
    "fits": "bool",
    "valid": "bool",
}


def _frame(ddf: object, where: str) -> dd.DataFrame:
    if not isinstance(ddf, dd.DataFrame):
        raise SocialkitTypeError(where, ddf, expected=N_("a dask.dataframe.DataFrame"))
    return ddf


def _column(ddf: dd.DataFrame, text: object, where: str) -> str:
    if not isinstance(text, str) or text not in ddf.columns:
        raise SocialkitTypeError(
            where,
            text,
            expected=tr("the name of a text column, one of {columns}", columns=list(ddf.columns)),
        )
    return text


def _meta(ddf: dd.DataFrame, prefix: str, dtypes: dict[str, str]) -> pd.DataFrame:
    meta: pd.DataFrame = ddf._meta.copy()
    for name, dtype in dtypes.items():
        meta[prefix + name] = pd.Series([], dtype=dtype)
    return meta


def _add_columns(
    ddf: object,
    name: str,
    text: object,
    part: Callable[..., pd.DataFrame],
    *args: object,
    dtypes: dict[str, str],
    prefix: str,
) -> dd.DataFrame:
    """Map ``part`` over ``ddf``'s partitions inside the caller's registry."""
    frame = _frame(ddf, f"{name}(ddf)")
    column = _column(frame, text, f"{name}(text)")
    mapper: Any = frame.map_partitions  # dask's map_partitions is untyped
    result: dd.DataFrame = mapper(
        part, column, *args, registry_snapshot(), meta=_meta(frame, prefix, dtypes)
    )
    return result


def _assess_part(
    part: pd.DataFrame,
    text: str,
    platform: str,
    prefix: str,
    rules: RuleSet[PostContext],
    snapshot: RegistrySnapshot,
) -> pd.DataFrame:
    with snapshot.applied():
        cols = assess_many(part[text].tolist(), platform, rules=rules)
    out = part.copy()
    for name, values in cols.columns().items():
        if name == "rules":
            values = tuple(" ".join(ids) for ids in values)  # type: ignore[arg-type]
        out[prefix + name] = pd.Series(list(values), index=part.index, dtype=_ASSESS[name])
    return out


def _measure_part(
    part: pd.DataFrame,
    text: str,
    platform: str,
    prefix: str,
    field: str | None,
    tier: str | None,
    snapshot: RegistrySnapshot,
) -> pd.DataFrame:
    with snapshot.applied():
        cols = measure_many(part[text].tolist(), platform, field=field, tier=tier)
    out = part.copy()
    for name, values in cols.columns().items():
        out[prefix + name] = pd.Series(list(values), index=part.index, dtype=_MEASURE[name])
    return out


def assess_frame(
    ddf: dd.DataFrame,
    *,
    text: str,
    platform: str | Platform,
    rules: RuleSet[PostContext] = DEFAULT_RULES,
    prefix: str = "",
) -> dd.DataFrame:
    """Add :func:`~socialkit.posts.assess_many`'s columns to ``ddf``, partition by partition.

    ``text`` names the column of post texts. The new columns, each named
    ``prefix`` + the column of :class:`~socialkit.posts.AssessmentColumns`, are
    ``length`` (nullable), ``fits``, ``score`` (a heuristic), ``errors``,
    ``warnings``, ``tips`` and ``rules`` (the findings' rule ids, separated by
    spaces). Lazy: nothing runs until ``compute()``.
    """
    return _add_columns(
        ddf,
        "assess_frame",
        text,
        _assess_part,
        get_platform(platform).slug,
        prefix,
        rules,
        dtypes=_ASSESS,
        prefix=prefix,
    )


def measure_frame(
    ddf: dd.DataFrame,
    *,
    text: str,
    platform: str | Platform,
    field: str | None = None,
    tier: str | None = None,
    prefix: str = "",
) -> dd.DataFrame:
    """Add :func:`~socialkit.text.measure_many`'s columns to ``ddf``, partition by partition.

    The new columns, each ``prefix`` + a column of
    :class:`~socialkit.text.TextColumns`: ``length``, ``limit``,
    ``remaining``, ``fits`` and ``valid``.
    """
    return _add_columns(
        ddf,
        "measure_frame",
        text,
        _measure_part,
        get_platform(platform).slug,
        prefix,
        field,
        tier,
        dtypes=_MEASURE,
        prefix=prefix,
    )


def _plan_part(
    part: Iterable[tuple[str, PlanSpec | SupportsPlanSpec]],
    start: date,
    end: date,
    snapshot: RegistrySnapshot,
) -> list[PlanOutcome]:
    with snapshot.applied():
        return list(plan_many(list(part), start=start, end=end))


def plan_bag(bag: db.Bag, *, start: date, end: date) -> db.Bag:
    """Plan a bag of ``(account, spec)`` pairs with :func:`~socialkit.calendar.plan_many`.

    The result is a bag of :class:`~socialkit.calendar.PlanOutcome`, one per
    account; a failing account is an outcome with its ``error`` and never
    stops its partition.
    """
    if not isinstance(bag, db.Bag):
        raise SocialkitTypeError("plan_bag(bag)", bag, expected=N_("a dask.bag.Bag"))
    mapper: Any = bag.map_partitions  # dask's map_partitions is untyped
    result: db.Bag = mapper(_plan_part, start, end, registry_snapshot())
    return result
