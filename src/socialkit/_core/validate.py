"""attrs validators and converters that raise socialkit's own errors.

attrs' built-in validators raise bare ``TypeError``/``ValueError``; these raise
:class:`~socialkit.ValidationError` or :class:`~socialkit.SocialkitTypeError`
with the field path, so every value object reports bad input the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import timedelta
from difflib import get_close_matches
from enum import Enum, EnumType, StrEnum
from fractions import Fraction
from functools import cache
from os import PathLike, fsdecode, fsencode
from pathlib import Path
from typing import Any, SupportsFloat, SupportsIndex, TypeVar, cast

import attrs

from socialkit._core import numbers
from socialkit._core.i18n import N_, or_list, tr
from socialkit._core.printing import LONE_SURROGATE
from socialkit._core.vocabulary_fr import ENUM_ALIASES
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def where(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """The field path used in error messages: ``ClassName.field``."""
    return f"{type(instance).__name__}.{attribute.name}"


E = TypeVar("E", bound=Enum)


def name_key(text: str) -> str:
    """A name as lookups compare it: case, accents, spaces, ``_``, ``-``, ``/`` and ``'`` ignored.

    The one normalisation of every name lookup (enum members, French aliases,
    content-mix presets), so ``"Livre-Blanc"`` and ``"livre blanc"`` are one name.

    >>> name_key("  Témoignage_Client "), name_key("Haut de l\u2019entonnoir")
    ('temoignage client', 'haut de l entonnoir')
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s_/'\u2019-]+", " ", plain).strip()


_key = name_key


def french_aliases(kind: type[Enum]) -> dict[str, Enum]:
    """The French names of ``kind``'s members (normalised) -> member; empty for other enums.

    Data from :mod:`socialkit._core.vocabulary_fr`, for socialkit's own enums only.

    >>> from socialkit.funnel import ContentType
    >>> french_aliases(ContentType)["livre blanc"]
    <ContentType.WHITE_PAPER: 'white paper'>
    """
    if not kind.__module__.startswith("socialkit."):
        return {}
    by_value = {str(member.value): member for member in kind}
    return {
        _key(french): by_value[value]
        for french, value in ENUM_ALIASES.get(kind.__name__, {}).items()
    }


@cache
def _index(kind: type[Enum]) -> dict[str, Enum]:
    """Normalised value, name and French alias -> member, English first (built once per enum)."""
    index: dict[str, Enum] = {}
    for member in kind:
        index.setdefault(_key(str(member.value)), member)
        index.setdefault(_key(member.name), member)
    for french, member in french_aliases(kind).items():
        index.setdefault(french, member)
    return index


def to_enum(cls: type[E], value: object, where: str | None = None) -> E:
    """``value`` as a member of ``cls``: the member itself, its value or its name.

    socialkit's one enum converter, with two leniencies: names compare as
    :func:`name_key` does (case and accents ignored; spaces, ``_``, ``-``,
    ``/`` and apostrophes the same), so ``"social_post"``, ``"Social Post"``
    and ``ContentType.SOCIAL_POST`` are one thing; and the French names of
    :mod:`socialkit._core.vocabulary_fr` are accepted (``"livre blanc"``,
    ``"notoriété"``), in any language, while values stay English. An unknown
    name is a :class:`~socialkit.errors.NotFoundError` listing the allowed
    values and the close matches; a non-string a
    :class:`~socialkit.errors.SocialkitTypeError`. Meant for small named
    converters (``def _unit(v: object) -> TextUnit: return to_enum(TextUnit, v,
    "TextLimit.unit")``), which mypy's attrs plugin understands; ``where``
    names the field in the error (default: the enum).

    >>> from socialkit.funnel import ContentType, FunnelStage
    >>> to_enum(FunnelStage, "TOFU"), to_enum(ContentType, "Social-Post")
    (<FunnelStage.TOFU: 'tofu'>, <ContentType.SOCIAL_POST: 'social post'>)
    >>> to_enum(ContentType, "Livre blanc"), to_enum(FunnelStage, "Considération")
    (<ContentType.WHITE_PAPER: 'white paper'>, <FunnelStage.MOFU: 'mofu'>)
    >>> to_enum(FunnelStage, "tofo", "stage")
    Traceback (most recent call last):
    ...
    socialkit.errors.NotFoundError: stage: unknown 'tofo'; did you mean 'tofu'? known: tofu, mofu, bofu, retention
    """
    if isinstance(value, cls):
        return value
    where = where or cls.__name__
    if not isinstance(value, str):
        raise SocialkitTypeError(
            where, value, expected=tr("a {name} or its name", name=cls.__name__)
        )
    member = _index(cls).get(_key(value))
    if member is None:
        known = list(dict.fromkeys(str(m.value) for m in cls))  # aliases share a value
        close = get_close_matches(_key(value), known, n=3)
        if not close:  # a misspelt French name: suggest the English value it stands for
            french = french_aliases(cls)
            matches = get_close_matches(_key(value), list(french), n=3)
            close = list(dict.fromkeys(str(french[m].value) for m in matches))
        raise NotFoundError(where, value, known, close)
    return cast(E, member)


class _ChoiceType(EnumType):
    """A closed set: ``Kind(value)`` looks a member up and nothing else (no functional API)."""

    def __call__(cls, value: object, *args: object, **kwargs: object) -> Any:
        if args or kwargs:
            raise SocialkitTypeError(
                cls.__name__, args or kwargs, expected=N_("a single member name or value")
            )
        return to_enum(cast("type[Enum]", cls), value)  # not EnumType's: it reprs any value


class Choice(StrEnum, metaclass=_ChoiceType):
    """Base of socialkit's public enums: built from a member's name or value, case-insensitively.

    ``Kind("Social-Post")`` is :func:`to_enum` (the one lookup): anything that
    is not a member's name or value is a :class:`~socialkit.errors.NotFoundError`
    listing the choices, a non-string a :class:`~socialkit.errors.SocialkitTypeError`,
    never a bare ``ValueError``.

    >>> class Tone(Choice):
    ...     WARM = "warm"
    ...     DRY_WIT = "dry wit"
    >>> Tone("DRY_WIT"), Tone("Warm")
    (<Tone.DRY_WIT: 'dry wit'>, <Tone.WARM: 'warm'>)
    >>> Tone("cold")
    Traceback (most recent call last):
    ...
    socialkit.errors.NotFoundError: Tone: unknown 'cold'; known: warm, dry wit
    """

    @classmethod
    def _missing_(cls, value: object) -> Choice:
        return to_enum(cls, value)


def to_tuple(value: Iterable[Any], where: str = "value") -> tuple[Any, ...]:
    """Converter: freeze any iterable (list, generator) into a tuple.

    A string or a non-iterable raises :class:`~socialkit.SocialkitTypeError`.
    attrs gives a converter no field name, so a field that wants its name in
    the error uses a named converter: ``def _links(v: Iterable[str]) ->
    tuple[str, ...]: return to_tuple(v, "Post.links")``.
    """
    if isinstance(value, str | bytes):
        raise SocialkitTypeError(
            where, value, expected=N_("a list or tuple of items, not a string")
        )
    if not isinstance(value, Iterable):
        raise SocialkitTypeError(where, value, expected=N_("a list or tuple of items"))
    return tuple(value)


def one_or_many(value: object, where: str = "value") -> tuple[Any, ...]:
    """Converter: a bare string (or any non-iterable item) as one item, else :func:`to_tuple`.

    For parameters that name one thing or several (``platforms="linkedin"`` or
    ``platforms=["linkedin", "x"]``): a string is never iterated into letters.

    >>> one_or_many("linkedin"), one_or_many(["linkedin", "x"])
    (('linkedin',), ('linkedin', 'x'))
    """
    if isinstance(value, str) or not isinstance(value, Iterable):
        return (value,)
    return to_tuple(value, where)


def to_str_set(value: Iterable[str]) -> frozenset[str]:
    """Converter: freeze an iterable of strings into a frozenset; pair it with :func:`str_set`.

    attrs gives a converter no field name, so anything that can't be frozen
    (``None``, a string, unhashable items) passes through unchanged and the
    validator :func:`str_set` rejects it, naming the field.
    """
    if isinstance(value, Iterable) and not isinstance(value, str | bytes):
        items = tuple(value)
        try:
            return frozenset(items)
        except TypeError:  # unhashable items: the validator names the field
            return items  # type: ignore[return-value]
    return value  # type: ignore[return-value]


def str_set(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a frozenset of strings (after :func:`to_str_set`)."""
    expected = N_("a collection of strings (list, set or tuple), not a single string")
    if not isinstance(value, frozenset):
        raise SocialkitTypeError(where(instance, attribute), value, expected=expected)
    for item in value:
        if not isinstance(item, str):
            raise SocialkitTypeError(where(instance, attribute), item, expected=expected)


def non_empty_str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a string with at least one non-space character."""
    if not isinstance(value, str):
        raise SocialkitTypeError(where(instance, attribute), value, expected=N_("a string"))
    if not value.strip():
        raise ValidationError(
            where(instance, attribute),
            tr("got an empty string"),
            allowed=tr("expected non-empty text"),
        )


def to_int(value: SupportsIndex) -> int:
    """Converter: any ``numbers.Integral`` (numpy, pandas) as a plain ``int``.

    attrs gives a converter no field name, so anything else passes through
    unchanged and the validator (:func:`at_least`) refuses it, naming the field.
    """
    return numbers.plain(value)  # type: ignore[return-value]


def to_real(value: SupportsFloat) -> numbers.Number:
    """Converter: any ``numbers.Real`` as a plain number (exactness kept); pair with :func:`number`.

    Anything else passes through unchanged for the validator to refuse.
    """
    return numbers.plain(value)  # type: ignore[return-value]


def number(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a finite real number (int, float or Fraction; not bool)."""
    numbers.real(value, where(instance, attribute), decimal=False)


def at_least(minimum: int) -> Validator:
    """Validator factory: an ``int`` (not bool) >= ``minimum``; pair with :func:`to_int`."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        numbers.integer(value, where(instance, attribute), minimum=minimum)

    return check


def optional(validator: Validator) -> Validator:
    """Validator factory: ``None`` or whatever ``validator`` accepts."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def positive_duration(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a ``timedelta`` strictly greater than zero."""
    if not isinstance(value, timedelta):
        raise SocialkitTypeError(
            where(instance, attribute), value, expected=N_("a datetime.timedelta")
        )
    if value <= timedelta(0):
        raise ValidationError(
            where(instance, attribute),
            tr("got {value}", value=value),
            allowed=tr("expected a positive duration"),
        )


def instance_of(*types: type) -> Validator:
    """Validator factory: ``isinstance(value, types)`` with a socialkit error."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, types):
            names = or_list(t.__name__ for t in types)
            raise SocialkitTypeError(where(instance, attribute), value, expected=names)

    return check


def each(validator: Validator) -> Validator:
    """Validator factory: apply ``validator`` to every item of a tuple."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: Iterable[object]) -> None:
        for item in value:
            validator(instance, attribute, item)

    return check


# --- Arguments of public functions (issue 18): checked at the boundary, the argument named ---

T = TypeVar("T")


def of_type(value: object, kind: type[T], where: str) -> T:
    """``value`` itself if it is a ``kind``; a :class:`~socialkit.SocialkitTypeError` naming
    ``where`` otherwise: the check at the top of a public function that wants one object.

    >>> from socialkit.calendar import ContentCalendar
    >>> of_type(None, ContentCalendar, "to_csv(cal)")
    Traceback (most recent call last):
    ...
    socialkit.errors.SocialkitTypeError: to_csv(cal): got NoneType; expected a ContentCalendar
    """
    if not isinstance(value, kind):
        raise SocialkitTypeError(where, value, expected=tr("a {name}", name=kind.__name__))
    return value


def refuse_lone_surrogate(text: str, where: str) -> None:
    """Refuse half of a surrogate pair in ``text``: UTF-8 (TOML, JSON, CSV, iCalendar) cannot write it.

    Dropping or replacing it would lose what the user typed, so every exporter
    refuses it alike, naming ``where`` and the position.

    >>> refuse_lone_surrogate("caf\\ud800", "title")
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: title: lone surrogate '\\ud800' at 3; expected valid Unicode text (a surrogate pair joined into one character, never half of one)
    """
    found = LONE_SURROGATE.search(text)
    if found:
        raise ValidationError(
            where,
            tr(
                "lone surrogate {character!r} at {start}",
                character=found.group(),
                start=found.start(),
            ),
            allowed=N_(
                "expected valid Unicode text (a surrogate pair joined into one "
                "character, never half of one)"
            ),
        )


def to_path(value: object, where: str) -> Path:
    """``value`` as a :class:`~pathlib.Path`: a ``str`` or ``os.PathLike`` the system can name.

    A NUL character or a lone surrogate (``'\\ud800'``) is refused here, with the
    argument named, rather than by the operating system with a bare
    ``ValueError`` or ``UnicodeEncodeError``.

    >>> to_path("plan.toml", "path").name
    'plan.toml'
    >>> to_path("a\\x00b", "path")
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: path: got 'a\\x00b', not a file name; expected a path without NUL characters or lone surrogates
    """
    if not isinstance(value, str | PathLike):
        raise SocialkitTypeError(where, value, expected=N_("a file path (str or pathlib.Path)"))
    try:
        name = fsencode(value)
    except (TypeError, UnicodeError):
        name = b"\0"
    if b"\0" in name or not name:
        raise ValidationError(
            where,
            tr("got {value!r}, not a file name", value=value),
            allowed=tr("expected a path without NUL characters or lone surrogates"),
            value=value,
        )
    return Path(fsdecode(name))


def shown(value: object, limit: int = 200) -> str:
    """``repr(value)`` for an error message: cut at ``limit`` characters, never an error itself.

    Python refuses to print an ``int`` of more than 4,300 digits (at any depth
    of a container): such a value is shown in scientific notation, or by its
    type, so the message about a hostile value can always be written.

    >>> shown(3 * 10**5000), shown([10**5000]), shown("a" * 300)[-3:]
    ('3e+5000', '<list too large to print>', 'aa…')
    """
    if isinstance(value, int | Fraction) and not isinstance(value, bool):
        text = numbers._shown(value)
    else:
        try:
            text = repr(value)
        except ValueError:  # an int beyond the 4,300-digit limit inside
            text = f"<{type(value).__name__} too large to print>"
    return text if len(text) <= limit else text[: limit - 1] + "…"
