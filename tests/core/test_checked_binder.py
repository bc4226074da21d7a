"""The fast argument mapping of ``checked`` agrees with ``inspect.Signature.bind``."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit._core.fields import _binder, _rest, _split, checked
from socialkit.errors import SocialkitTypeError

P = inspect.Parameter
NAMES = ("a", "b", "c", "d", "e")
KINDS = (
    P.POSITIONAL_ONLY,
    P.POSITIONAL_OR_KEYWORD,
    P.VAR_POSITIONAL,
    P.KEYWORD_ONLY,
    P.VAR_KEYWORD,
)


@st.composite
def signatures(draw: st.DrawFn) -> inspect.Signature:
    """Valid signatures: kinds in order, at most one ``*args``/``**kwargs``, defaults last."""
    kinds = sorted(draw(st.lists(st.sampled_from(KINDS), max_size=len(NAMES))))
    seen: set[inspect._ParameterKind] = set()
    parameters = []
    defaulted = False
    for name, kind in zip(NAMES, kinds, strict=False):
        if kind in (P.VAR_POSITIONAL, P.VAR_KEYWORD):
            if kind in seen:
                continue
            seen.add(kind)
            parameters.append(P(name, kind))
            continue
        default = draw(st.booleans())
        if kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD):
            default = default or defaulted
            defaulted = default
        parameters.append(P(name, kind, default=0 if default else P.empty))
    return inspect.Signature(parameters)


calls = st.tuples(
    st.lists(st.integers(), max_size=6).map(tuple),
    st.dictionaries(st.sampled_from((*NAMES, "zz")), st.integers(), max_size=6),
)


@given(signatures(), calls)
def test_the_fast_path_binds_what_bind_binds(signature: inspect.Signature, call: Any) -> None:
    args, kwargs = call
    fast = _binder(signature)(args, dict(kwargs))
    try:
        bound = signature.bind(*args, **kwargs)
    except TypeError:
        assert fast is None
        return
    variadic = any(
        p.kind in (P.VAR_POSITIONAL, P.VAR_KEYWORD) for p in signature.parameters.values()
    )
    if fast is None:
        assert variadic
        return
    assert list(fast.items()) == list(bound.arguments.items())
    order = tuple(
        (n, p.kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD))
        for n, p in signature.parameters.items()
    )
    assert tuple(_split(order, fast)) == bound.args
    assert list(_rest(order, fast).items()) == list(bound.kwargs.items())


@checked
def _pick(first: int, /, second: str = "x", *, third: float = 1.0) -> tuple[int, str, float]:
    return first, second, third


@given(calls)
def test_checked_gives_the_same_answer_or_the_same_error(call: Any) -> None:
    args, raw = call
    kwargs = {{"a": "second", "b": "third", "c": "first"}.get(k, k): v for k, v in raw.items()}
    signature = inspect.signature(_pick)
    try:
        bound = signature.bind(*args, **kwargs)
    except TypeError:
        with pytest.raises(SocialkitTypeError) as refused:
            _pick(*args, **kwargs)
        assert str(refused.value) == f"_pick: got tuple; expected the arguments {signature}"
        return
    values = dict(bound.arguments)
    if "second" in values:
        with pytest.raises(SocialkitTypeError, match=r"_pick\(second\)"):
            _pick(*args, **kwargs)
        return
    assert _pick(*args, **kwargs) == (values["first"], "x", float(values.get("third", 1.0)))
