"""Typed value objects: every field and method argument checked against its annotation.

socialkit's one authority for "is this value of the annotated type": the attrs
``field_transformer`` :func:`typed` reads each field's annotation and adds

- a **validator** that refuses a value of the wrong type (or a NaN, an
  infinity, a naive datetime, a ``datetime`` where a ``date`` is meant, an
  integer beyond :data:`MAX_INT`) with a :class:`~socialkit.errors.SocialkitTypeError`
  or :class:`~socialkit.errors.ValidationError` naming ``Class.field``, the
  value and what is allowed; it runs after the field's own validators (whose
  messages know more of the context), and in their place when they fail with
  a bare exception;
- a **converter**, only where the field has none and only the conversions the
  library accepts everywhere: any iterable (not a string) for a ``tuple`` or a
  ``frozenset``, a member's name or value for an enum (:func:`~socialkit._core.validate.to_enum`),
  an IANA key for a ``ZoneInfo`` (:func:`~socialkit._core.time.to_zone`), any
  :class:`numbers.Real` for a number (:func:`~socialkit._core.numbers.plain`).

:data:`frozen` (alias :data:`value`) is ``attrs.frozen`` with that transformer,
whose ``__init__`` also answers a missing or unknown argument with a
:class:`~socialkit.errors.SocialkitTypeError` rather than a bare ``TypeError``:
public value objects are declared ``@frozen`` (or ``@frozen(kw_only=True)``). For mypy it *is*
``attrs.frozen``, so the attrs plugin sees every field's type and converter.
:func:`checked` does the same for a method's (or function's) arguments.

Numbers are bounded so they can always be shown: an ``int`` (or a
``Fraction``'s numerator and denominator) at most :data:`MAX_INT` in
magnitude, below Python's 4,300-digit print limit; a ``float``,
``Fraction`` or ``Decimal`` at most the largest float. The bound holds for
every field, with validators and converters of its own or not (they may set
tighter bounds, never looser ones). A field meant to hold exact numbers of any
size (a funnel's volumes) says so with ``metadata={"huge": True}``: it is not
bounded, and its ``repr`` shows a number beyond the print limit in scientific
notation (:func:`printable`) instead of failing.

A float field that may be infinite (an unbounded interval) says so with
``metadata={"infinite": True}``; NaN is refused even there. A field opts out
with ``metadata={"typed": False}`` (for example a field whose
annotation is a Protocol that cannot be checked at run time). Annotations that
cannot be resolved at run time (names imported only for type checking) are not
checked: the check is as strong as the annotation, no stronger.

>>> from fractions import Fraction
>>> @frozen
... class Share:
...     label: str
...     part: Fraction
...     tags: tuple[str, ...] = ()
>>> Share("a", 1, ["x"])
Share(label='a', part=Fraction(1, 1), tags=('x',))
>>> Share("a", float("nan"))
Traceback (most recent call last):
...
socialkit.errors.SocialkitTypeError: Share.part: got float; expected a Fraction
>>> Share(None, Fraction(1, 2))
Traceback (most recent call last):
...
socialkit.errors.SocialkitTypeError: Share.label: got NoneType; expected a str
"""

from __future__ import annotations

import collections.abc as abc
import functools
import inspect
import math
import sys
import types
import typing
from collections.abc import Callable, Iterable
from datetime import date, datetime, tzinfo
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

import attrs

from socialkit._core import numbers
from socialkit._core.i18n import N_, language, or_list, tr
from socialkit._core.time import _known_zones as known_zones
from socialkit._core.time import to_zone, utc_of
from socialkit._core.validate import to_enum
from socialkit.errors import SocialkitError, SocialkitTypeError, ValidationError

__all__ = [
    "MAX_INT",
    "check",
    "checked",
    "conforms",
    "frozen",
    "printable",
    "typed",
    "unchecked",
    "value",
]

MAX_INT = 10**4000
"""The largest magnitude of an ``int`` field or argument (and of a ``Fraction``'s
numerator and denominator): Python refuses to ``str()`` an int of more than 4,300
digits, so a larger one could not even be shown. Only a field with
``metadata={"huge": True}`` (huge exact funnels) holds larger ones."""


def printable(value: object) -> str:
    """``repr(value)``, with an exact number beyond Python's print limit in scientific notation.

    The ``repr`` of the fields marked ``metadata={"huge": True}``: such a number
    is shown, not refused (``repr`` of an int of more than 4,300 digits raises).

    >>> printable(10**5000), printable(Fraction(1, 3 * 10**5000)), printable("a")
    ('1e+5000', 'Fraction(1, 3e+5000)', "'a'")
    """
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
        return numbers.show(value)
    if isinstance(value, Fraction) and max(abs(value.numerator), value.denominator) > MAX_INT:
        return f"Fraction({printable(value.numerator)}, {printable(value.denominator)})"
    return repr(value)


_DIGITS = 4000
"""The digits of :data:`MAX_INT`, for error messages."""

F = TypeVar("F", bound=Callable[..., Any])

_UNRESOLVED = object()
"""An annotation that names something unknown at run time: not checked."""


def _resolve(annotation: object, namespace: dict[str, Any]) -> object:
    """A field's (string) annotation evaluated in its module, or :data:`_UNRESOLVED`."""
    if not isinstance(annotation, str):
        return annotation
    try:
        return eval(annotation, namespace)
    except Exception:
        return _UNRESOLVED


def _name(hint: object) -> str:
    """What ``hint`` allows, for an error message."""
    if hint is None or hint is type(None):
        return tr("None")
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return or_list(map(_name, args))
    if origin is typing.Literal:
        return tr("one of {values}", values=", ".join(repr(a) for a in args))
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tr("a tuple (or list) of {plural}", plural=_plural(args[0]))
        return tr(
            "a tuple of {count} items ({names})",
            count=len(args),
            names=", ".join(_name(a) for a in args),
        )
    if origin in (frozenset, set, abc.Set):
        return tr("a set of {plural}", plural=_plural(args[0])) if args else tr("a set")
    if origin in (abc.Mapping, dict):
        return tr("a mapping")
    if origin is abc.Callable or hint is abc.Callable:
        return tr("a callable")
    if isinstance(origin, type):
        return tr("a {name}", name=origin.__name__)
    if isinstance(hint, type):
        if hint is float:
            return tr("a finite number (int, float or Fraction)")
        if hint is datetime:
            return tr("a timezone-aware datetime")
        if issubclass(hint, Enum):
            return tr(
                "a {name} or its name ({names})",
                name=hint.__name__,
                names=", ".join(str(m.value) for m in hint),
            )
        return tr("a {name}", name=hint.__name__)
    return str(hint)


def _plural(hint: object) -> str:
    """``hint`` named in the plural: English makes it from the English name."""
    with language("en"):
        english = _name(hint)
    if english.startswith("a ") and " " not in english[2:]:
        return tr("{name}s", name=english[2:])
    return tr("items ({name})", name=_name(hint))


def conforms(value: object, hint: object, *, bounded: bool = True) -> bool:
    """True if ``value`` passes :func:`check` against ``hint``."""
    try:
        check(value, hint, "value", bounded=bounded)
    except SocialkitError:
        return False
    return True


def check(value: object, hint: object, where: str, *, bounded: bool = True) -> None:
    """Refuse ``value`` unless it is of type ``hint``, with a socialkit error naming ``where``.

    Containers are checked item by item; ``int`` excludes ``bool`` and is at
    most :data:`MAX_INT` in magnitude; ``float`` accepts an ``int`` or a
    ``Fraction`` (exact values stay exact) and refuses NaN and infinities; a
    ``float``, ``Fraction`` or ``Decimal`` is at most the largest float in
    magnitude (so it converts to a float without overflow), a ``Fraction``'s
    denominator at most :data:`MAX_INT` (so it prints). ``bounded=False`` (the
    fields marked ``metadata={"huge": True}``) lifts these bounds on exact
    numbers. ``date`` refuses a ``datetime`` (comparing them raises);
    ``datetime`` must be timezone-aware.

    >>> check(3, int | None, "Post.count")
    >>> check(True, int, "Post.count")
    Traceback (most recent call last):
    ...
    socialkit.errors.SocialkitTypeError: Post.count: got bool; expected an int
    """
    if hint is Any or hint is object or hint is _UNRESOLVED or isinstance(hint, TypeVar):
        return
    if hint is None or hint is type(None):
        if value is not None:
            raise SocialkitTypeError(where, value, expected=N_("None"))
        return
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if any(conforms(value, a, bounded=bounded) for a in args):
            return
        others = [a for a in args if a is not type(None)]
        if value is not None and len(others) == 1:
            check(
                value, others[0], where, bounded=bounded
            )  # the precise error of the one real type
        for kind in others:  # the precise error of the type the value has (a huge int...)
            if isinstance(kind, type) and type(value) is kind:
                check(value, kind, where, bounded=bounded)
        if type(value) is int and float in others:  # an int beyond the float range: its bound
            check(value, float, where, bounded=bounded)
        raise SocialkitTypeError(where, value, expected=_name(hint))
    if origin is typing.Literal:
        if value not in args or not any(type(value) is type(a) for a in args):
            raise ValidationError(
                where,
                tr("got {value!r}", value=value),
                allowed=tr("expected {name}", name=_name(hint)),
                value=value,
            )
        return
    if origin is typing.Annotated:
        check(value, args[0], where, bounded=bounded)
        return
    if origin is typing.ClassVar or origin is typing.Final:
        return
    if origin is not None:
        _generic(value, hint, origin, args, where, bounded)
        return
    if isinstance(hint, typing.NewType):
        check(value, hint.__supertype__, where, bounded=bounded)
        return
    if isinstance(hint, type):
        _leaf(value, hint, where, bounded)


def _generic(
    value: object, hint: object, origin: object, args: tuple[Any, ...], where: str, bounded: bool
) -> None:
    """:func:`check` for a parametrised type (``tuple[int, ...]``, ``Mapping[str, X]``)."""
    if origin is tuple:
        if not isinstance(value, tuple):
            raise SocialkitTypeError(where, value, expected=_name(hint))
        if len(args) == 2 and args[1] is Ellipsis:
            for i, item in enumerate(value):
                check(item, args[0], f"{where}[{i}]", bounded=bounded)
        elif args == ((),):
            if value:
                raise SocialkitTypeError(where, value, expected=N_("an empty tuple"))
        elif args:
            if len(value) != len(args):
                raise ValidationError(
                    where,
                    tr("got {count} items", count=len(value)),
                    allowed=tr("expected {name}", name=_name(hint)),
                    value=value,
                )
            for i, (item, kind) in enumerate(zip(value, args, strict=True)):
                check(item, kind, f"{where}[{i}]", bounded=bounded)
        return
    if origin in (abc.Callable,):
        if not callable(value):
            raise SocialkitTypeError(where, value, expected=N_("a callable"))
        return
    if origin is type:
        if not isinstance(value, type) or (
            args and isinstance(args[0], type) and not issubclass(value, args[0])
        ):
            raise SocialkitTypeError(where, value, expected=_name(hint))
        return
    if not isinstance(origin, type):
        return
    try:
        ok = isinstance(value, origin)
    except TypeError:  # a non-runtime Protocol: not checkable
        return
    if not ok or (isinstance(value, str | bytes) and origin not in (str, bytes)):
        raise SocialkitTypeError(where, value, expected=_name(hint))
    if isinstance(value, abc.Mapping) and len(args) == 2:
        for key, item in value.items():
            check(key, args[0], f"{where} key", bounded=bounded)
            check(item, args[1], f"{where}[{key!r}]", bounded=bounded)
    elif (
        len(args) == 1 and isinstance(value, abc.Collection) and not isinstance(value, abc.Iterator)
    ):
        for item in value:
            check(item, args[0], f"{where} item", bounded=bounded)


def _too_long(value: int | Fraction, where: str) -> typing.NoReturn:
    """Refuse an exact number with more digits than :data:`MAX_INT` (Python would not print it)."""
    digits = f"{_DIGITS:,}"
    if isinstance(value, int):
        raise ValidationError(
            where,
            tr("got {value}", value=printable(value)),
            allowed=tr("expected an integer of at most {digits} digits", digits=digits),
            value=value,
        )
    raise ValidationError(
        where,
        tr("got {value}", value=printable(value)),
        allowed=tr(
            "expected a Fraction whose denominator has at most {digits} digits", digits=digits
        ),
        value=value,
    )


def _leaf(value: object, hint: type, where: str, bounded: bool) -> None:
    """:func:`check` for a plain class."""
    if hint is bool:
        if not isinstance(value, bool):
            raise SocialkitTypeError(where, value, expected=N_("a bool (True or False)"))
        return
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SocialkitTypeError(where, value, expected=N_("an int"))
        if bounded and not -MAX_INT <= value <= MAX_INT:
            _too_long(value, where)
        return
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float | Fraction):
            raise SocialkitTypeError(where, value, expected=_name(float))
        numbers.real(value, where, minimum=-numbers.FLOAT_MAX, maximum=numbers.FLOAT_MAX)
        return
    if hint is Decimal or hint is Fraction:
        if not isinstance(value, hint):
            raise SocialkitTypeError(where, value, expected=_name(hint))
        if not bounded:
            return
        numbers.real(value, where, minimum=-numbers.FLOAT_MAX, maximum=numbers.FLOAT_MAX)
        if isinstance(value, Fraction) and value.denominator > MAX_INT:
            _too_long(value, where)
        return
    if hint is datetime:
        utc_of(value, where)
        return
    if hint is date:
        if not isinstance(value, date) or isinstance(value, datetime):
            expected = N_("a datetime.date (not a datetime)")
            raise SocialkitTypeError(where, value, expected=expected)
        return
    if getattr(hint, "_is_protocol", False):  # structural: the code using it checks it best
        return
    try:
        ok = isinstance(value, hint)
    except TypeError:
        return
    if not ok:
        raise SocialkitTypeError(where, value, expected=_name(hint))


Converter = Callable[[Any], Any]
Fast = Callable[[Any], bool]


def _always(value: object) -> bool:
    return True


def _never(value: object) -> bool:
    return False


def _fast(hint: object) -> Fast:
    """A quick test that is True only for values :func:`check` accepts (False: ask :func:`check`).

    Construction runs it for every field, so the common cases are one type test.
    """
    if hint is Any or hint is object or hint is _UNRESOLVED or isinstance(hint, TypeVar):
        return _always
    if hint is None or hint is type(None):
        return lambda v: v is None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return _any_of(args)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _fast(args[0])
        return lambda v: type(v) is tuple and all(map(item, v))
    if origin is frozenset and len(args) == 1:
        item = _fast(args[0])
        return lambda v: type(v) is frozenset and all(map(item, v))
    if origin is not None or not isinstance(hint, type):
        return _never
    if hint is int:
        return lambda v: type(v) is int and -MAX_INT <= v <= MAX_INT
    if hint is float:  # an int beyond the largest float would overflow where it is used
        return lambda v: (
            (type(v) is float and math.isfinite(v))
            or (type(v) is int and -numbers.FLOAT_MAX <= v <= numbers.FLOAT_MAX)
        )
    if hint is datetime:  # aware, and far enough from the ends that UTC exists
        return lambda v: (
            type(v) is datetime
            and 1 < v.year < 9999
            and v.tzinfo is not None
            and v.utcoffset() is not None
        )
    if getattr(hint, "_is_protocol", False):
        return _always
    if hint is ZoneInfo:  # only the zones to_zone accepts
        return lambda v: type(v) is ZoneInfo and v.key in known_zones()
    if hint is Fraction:
        return lambda v: (
            type(v) is Fraction
            and -numbers.FLOAT_MAX <= v <= numbers.FLOAT_MAX
            and v.denominator <= MAX_INT
        )
    if hint is Decimal:
        return _never
    if hint in (bool, date, str):
        return lambda v: type(v) is hint
    return lambda v: isinstance(v, hint)


def _any_of(args: tuple[object, ...]) -> Fast:
    """The quick test of a union: ``X | None`` (most optional fields) tests ``None`` first."""
    others = tuple(_fast(a) for a in args if a is not None and a is not type(None))
    if len(others) == len(args):
        return lambda v: any(t(v) for t in others)
    if len(others) == 1:
        (test,) = others
        return lambda v: v is None or test(v)
    return lambda v: v is None or any(t(v) for t in others)


def _converter(hint: object, where: str, reals: bool = False) -> Converter | None:
    """The library-wide conversion into ``hint``, or None when there is none."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        others = [a for a in args if a is not type(None)]
        if len(others) == 1:
            inner = _converter(others[0], where, reals)
            if inner is not None:
                return lambda v: None if v is None else inner(v)
        if all(a in _NUMBERS for a in others):
            return numbers.plain
        if any(a is tzinfo or a is ZoneInfo for a in others):
            return lambda v: to_zone(v, where) if isinstance(v, str | tzinfo) else v
        enums = [a for a in others if isinstance(a, type) and issubclass(a, Enum)]
        if len(enums) == 1 and str in others:
            kind = enums[0]
            return lambda v: (
                to_enum(kind, v, f"{where} ({kind.__name__})") if isinstance(v, str) else v
            )
        return None
    if origin is abc.Iterable:
        # A one-shot iterator is read once here, so its items can be checked.
        return lambda v: tuple(v) if isinstance(v, abc.Iterator) else v
    if origin is tuple:
        item = _converter(args[0], f"{where} item", reals) if len(args) == 2 else None

        def to_tuple(v: object) -> object:
            if isinstance(v, tuple | str | bytes | abc.Mapping | abc.Set) or not isinstance(
                v, Iterable
            ):
                items = v
            else:
                items = tuple(v)
            if item is not None and isinstance(items, tuple):
                return tuple(item(x) for x in items)
            return items

        return to_tuple
    if origin in (frozenset, abc.Set):

        def to_frozenset(v: object) -> object:
            if isinstance(v, frozenset | str | bytes | abc.Mapping):
                return v
            if isinstance(v, Iterable):
                items = tuple(v)
                try:
                    return frozenset(items)
                except TypeError:  # unhashable items: the validator names them
                    return items
            return v

        return to_frozenset
    if isinstance(hint, type):
        if issubclass(hint, Enum):
            kind = hint
            return lambda v: (
                to_enum(kind, v, f"{where} ({kind.__name__})") if isinstance(v, str) else v
            )
        if hint is ZoneInfo or hint is tzinfo:
            return lambda v: to_zone(v, where) if isinstance(v, str | ZoneInfo) else v
        if hint is Fraction:
            return _to_fraction(where, reals)
        if hint in _NUMBERS:
            return numbers.plain
    return None


_NUMBERS = (int, float, Fraction, Decimal)


def _to_fraction(where: str, reals: bool) -> Converter:
    """An integer as a Fraction; with ``reals`` (method arguments) any finite real, exactly.

    A Fraction *field* takes exact values only (an aspect ratio of 0.8 is refused:
    write ``Fraction(4, 5)``); a method argument takes a float as its shortest repr,
    as the methods always have.
    """

    def convert(value: object) -> object:
        number = numbers.plain(value)
        if isinstance(number, int) and not isinstance(number, bool):
            return Fraction(number)
        if reals and numbers.is_number(number) and not isinstance(number, Fraction):
            return numbers.exact(number, where)
        return number

    return convert


class _Lazy:
    """A field's check and conversion, built on first use (annotations may name later classes)."""

    def __init__(self, annotation: object, module: str, where: str, convert: bool) -> None:
        self.annotation = annotation
        self.module = module
        self.where = where
        self.convert = convert
        self._hint: object = None
        self._conv: Converter | None = None
        self._ready = False
        self._quick: Fast = _never
        self.infinite = False
        self.bounded = True
        self.reals = False

    def _prepare(self) -> None:
        if not self._ready:
            namespace = dict(vars(sys.modules[self.module])) if self.module in sys.modules else {}
            self._hint = _resolve(self.annotation, namespace)
            self._conv = _converter(self._hint, self.where, self.reals) if self.convert else None
            self._quick = _fast(self._hint)
            self._ready = True

    def converter(self, value: object) -> object:
        self._prepare()
        return value if self._conv is None else self._conv(value)

    def guard(self, converter: Any) -> Any:
        """The field's own converter, its bare exceptions on a wrong value turned into socialkit's."""
        if not callable(converter) or isinstance(converter, attrs.Converter):
            return converter

        def guarded(value: object) -> object:
            try:
                return converter(value)
            except SocialkitError:
                raise
            except (TypeError, AttributeError) as error:
                self._prepare()
                raise SocialkitTypeError(self.where, value, expected=_name(self._hint)) from error
            except (ValueError, LookupError, ArithmeticError) as error:
                self._prepare()
                raise ValidationError(
                    self.where,
                    tr(
                        "got a {type} that could not be read ({error})",
                        type=type(value).__name__,
                        error=type(error).__name__,
                    ),
                    allowed=tr("expected {name}", name=_name(self._hint)),
                    value=value,
                ) from error

        functools.update_wrapper(guarded, converter)
        return guarded

    def around(self, own: Any) -> Any:
        """The field's own validator first (its messages know the context), then the type check.

        Should the own validator fail with a bare exception (it was given a
        wrong type), the type check says what is wrong instead.
        """

        def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
            try:
                own(instance, attribute, value)
            except SocialkitError:
                raise
            except Exception as error:
                self.validator(instance, attribute, value)  # raises the precise error
                raise ValidationError(
                    self.where,
                    tr("got a {type} its validator could not check", type=type(value).__name__),
                    allowed=tr("expected {name}", name=_name(self._hint)),
                    value=value,
                ) from error
            self.validator(instance, attribute, value)

        return validate

    def validator(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if self._quick(value):
            return
        self._prepare()
        if self._quick(value):
            return
        if self.infinite and isinstance(value, float) and math.isinf(value):
            return
        check(value, self._hint, self.where, bounded=self.bounded)


def _needs_converter(annotation: object, module: str, where: str) -> bool:
    """False when ``annotation`` resolves now and needs no conversion (most fields): no call then."""
    namespace = dict(vars(sys.modules[module])) if module in sys.modules else {}
    hint = _resolve(annotation, namespace)
    return hint is _UNRESOLVED or _converter(hint, where) is not None


def _plain(lazy: _Lazy, annotation: object) -> Converter:
    """``lazy``'s converter, annotated with the field's type so ``__init__`` shows that type."""

    def convert(value: Any) -> Any:
        # A value that already passes the quick check needs no conversion.
        return value if lazy._quick(value) else lazy.converter(value)

    convert.__annotations__ = {"value": annotation, "return": annotation}
    return convert


def typed(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """attrs ``field_transformer``: each field's annotation becomes its first validator.

    See the module docstring for what is checked and converted.
    """
    result = []
    for field in fields:
        if field.type is None or field.metadata.get("typed", True) is False:
            result.append(field)
            continue
        where = f"{cls.__name__}.{field.alias or field.name}"
        lazy = _Lazy(field.type, cls.__module__, where, convert=field.converter is None)
        lazy.infinite = field.metadata.get("infinite", False) is True
        # Every number is bounded (printable), its own checks or not; huge exact funnels opt out.
        huge = field.metadata.get("huge", False) is True
        lazy.bounded = not huge
        if huge and field.repr is True:
            field = field.evolve(repr=printable)
        validator = lazy.validator if field.validator is None else lazy.around(field.validator)
        if field.converter is not None:
            converter = lazy.guard(field.converter)
        elif _needs_converter(field.type, cls.__module__, where):
            converter = _plain(lazy, field.type)
        else:
            converter = None
        result.append(field.evolve(validator=validator, converter=converter))
    return result


def _answering(cls: type) -> type:
    """``cls`` whose ``__init__`` answers a missing or unknown argument with a socialkit error.

    attrs' generated ``__init__`` raises a bare ``TypeError`` for a call that does
    not match its signature; the signature is bound again only then, so a valid
    construction costs one call more and nothing else.
    """
    init = cls.__dict__.get("__init__")
    if init is None:
        return cls
    signature = inspect.signature(init)

    @functools.wraps(init)
    def __init__(self: object, *args: Any, **kwargs: Any) -> None:  # noqa: N807
        try:
            init(self, *args, **kwargs)
        except SocialkitError:
            raise
        except TypeError as error:
            try:
                signature.bind(self, *args, **kwargs)
            except TypeError:
                refused = SocialkitTypeError(cls.__name__, args, expected="")
                problem = str(error).replace(f"{cls.__name__}.__init__() ", "")
                shown = _shown(signature)
                refused.args = (
                    tr(
                        "{name}: {problem}; expected the arguments {shown}",
                        name=cls.__name__,
                        problem=problem,
                        shown=shown,
                    ),
                )
                raise refused from error
            raise

    cls.__init__ = __init__  # type: ignore[misc]
    return cls


def _shown(signature: inspect.Signature) -> str:
    names = [p.name for p in signature.parameters.values()][1:]
    return "(" + ", ".join(names) + ")"


def _frozen(maybe_cls: type | None = None, /, **options: Any) -> Any:
    """``attrs.frozen`` with :func:`typed` and :func:`_answering`."""

    def wrap(cls: type) -> type:
        return _answering(attrs.frozen(cls, field_transformer=typed, **options))

    return wrap if maybe_cls is None else wrap(maybe_cls)


if TYPE_CHECKING:
    from attrs import frozen
    from attrs import frozen as value
else:
    frozen = value = _frozen
    """``attrs.frozen`` with :func:`typed`: the decorator of every public value object."""


def checked(function: F) -> F:
    """Decorator: check (and convert, as :func:`typed` does) every annotated argument.

    For the methods and functions of the public API: a wrong type is a
    :class:`~socialkit.errors.SocialkitTypeError` naming ``function(argument)``
    instead of a bare exception deep inside. ``self``/``cls`` and unannotated
    or unresolvable parameters are passed through.

    >>> @checked
    ... def twice(count: int) -> int:
    ...     return 2 * count
    >>> twice("3")
    Traceback (most recent call last):
    ...
    socialkit.errors.SocialkitTypeError: twice(count): got str; expected an int
    """
    signature = inspect.signature(function)
    label = function.__qualname__
    plans: list[tuple[str, _Lazy]] = []
    module = function.__module__
    for name, parameter in signature.parameters.items():
        if name in ("self", "cls") or parameter.annotation is parameter.empty:
            continue
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        lazy = _Lazy(parameter.annotation, module, f"{label}({name})", True)
        lazy.reals = True
        plans.append((name, lazy))

    bind = _binder(signature)
    order = tuple(
        (name, p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))
        for name, p in signature.parameters.items()
    )

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        fast = bind(args, kwargs)
        if fast is None:
            try:
                bound = signature.bind(*args, **kwargs)
            except TypeError as error:
                raise SocialkitTypeError(
                    label, args, expected=tr("the arguments {signature}", signature=signature)
                ) from error
            arguments = bound.arguments
        else:
            arguments = fast
        for name, lazy in plans:
            if name in arguments:
                converted = lazy.converter(arguments[name])
                lazy.validator(None, None, converted)  # type: ignore[arg-type]
                arguments[name] = converted
        if fast is None:
            return function(*bound.args, **bound.kwargs)
        return function(*_split(order, arguments), **_rest(order, arguments))

    return wrapper  # type: ignore[return-value]


_Binder = Callable[[tuple[Any, ...], dict[str, Any]], "dict[str, Any] | None"]


def _binder(signature: inspect.Signature) -> _Binder:
    """A fast ``signature.bind`` for :func:`checked`: the bound arguments, or ``None``.

    The positional and keyword mapping is worked out once, here. The binder
    answers ``None`` for any call it does not map by itself (a wrong call, or a
    signature with ``*args``/``**kwargs``): the caller then falls back to
    :meth:`inspect.Signature.bind`, which maps it or raises the error. For the
    calls it maps, the arguments (names and values, in the same order) are
    those of ``signature.bind(*args, **kwargs).arguments``.
    """
    parameters = list(signature.parameters.values())
    if any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in parameters):
        return lambda args, kwargs: None
    positional = tuple(
        p.name for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    )
    keywords = frozenset(
        p.name for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    )
    required = frozenset(p.name for p in parameters if p.default is p.empty)
    names = tuple(p.name for p in parameters)
    count = len(positional)

    def bind(args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any] | None:
        if len(args) > count:
            return None
        given = dict(zip(positional, args, strict=False))
        for key in kwargs:
            if key in given or key not in keywords:
                return None
        if not kwargs:
            return given if required.issubset(given) else None
        given.update(kwargs)
        if not required.issubset(given):
            return None
        return {name: given[name] for name in names if name in given}

    return bind


def _split(order: tuple[tuple[str, bool], ...], arguments: dict[str, Any]) -> list[Any]:
    """``BoundArguments.args`` for :func:`checked`'s fast path (no ``*args``)."""
    out = []
    for name, positional in order:
        if not positional or name not in arguments:
            break
        out.append(arguments[name])
    return out


def _rest(order: tuple[tuple[str, bool], ...], arguments: dict[str, Any]) -> dict[str, Any]:
    """``BoundArguments.kwargs`` for :func:`checked`'s fast path (no ``**kwargs``)."""
    out: dict[str, Any] = {}
    started = False
    for name, positional in order:
        if not started:
            if positional and name in arguments:
                continue
            started = True
            if positional:
                continue
        if name in arguments:
            out[name] = arguments[name]
    return out


T = TypeVar("T")


def unchecked(cls: type[T], **fields: object) -> T:
    """An instance of the frozen attrs class ``cls`` with ``fields`` set, validators skipped.

    For results socialkit builds itself from values it has just computed or
    that were checked when they were built (a rule, its hit): the typed
    validators are for callers building one by hand, and running them again on
    every measurement or assessment would cost a third of its time. ``fields``
    are attribute names (``_url_spans``, not its alias), already in their
    converted form; the tests of each caller check the result equals the
    checked constructor's.

    >>> @frozen
    ... class Pair:
    ...     count: int
    ...     name: str
    >>> unchecked(Pair, count=1, name="a") == Pair(1, "a")
    True
    """
    instance = cls.__new__(cls)
    put = _SETATTR.__get__(instance)  # bound once: the frozen class's own __setattr__ refuses
    for name, value in fields.items():
        put(name, value)
    return instance


_SETATTR = object.__setattr__
