"""The one translation function: every message, finding, fix, label and heading goes through it.

socialkit speaks English by default and French on request. Texts are written in
English in the code, as ``str.format`` templates passed to :func:`tr`
(``tr("{count} hashtags", count=3)``); the template is looked up in the gettext
catalogue of the current language (``socialkit/locale/<lang>/LC_MESSAGES/socialkit.mo``,
compiled from the ``.po`` source at build time), *then* formatted, so a translator
can move the placeholders. Texts a value holds as data (a rule's ``fix`` and
``title``) are marked with :func:`N_` where they are written and looked up with
:func:`translate` when a finding is built.

The language: :func:`set_language` sets the process-wide default (a notebook, the
CLI, every thread and task that has chosen none); :func:`language` sets it for a
``with`` block only, in a :class:`contextvars.ContextVar`, so threads and asyncio
tasks that choose their own language never see each other's.

>>> from socialkit._core.i18n import get_language, language, tr
>>> get_language()
'en'
>>> with language("fr"):
...     tr("{count} hashtags; the ranking restricts posts with several", count=3)
'3 hashtags ; le classement pénalise les publications qui en ont plusieurs'
>>> tr("{count} hashtags; the ranking restricts posts with several", count=3)
'3 hashtags; the ranking restricts posts with several'

A language whose compiled catalogue is missing (a source tree on ``PYTHONPATH``,
never built) falls back to English with a
:class:`~socialkit.errors.SocialkitWarning`; :func:`has_catalogue` tells.
"""

from __future__ import annotations

import contextvars
import functools
import gettext
import re
import string
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from difflib import get_close_matches
from enum import Enum
from pathlib import Path

from socialkit import errors
from socialkit._core.printing import printable_param
from socialkit.errors import NotFoundError, SocialkitTypeError, SocialkitWarning

__all__ = [
    "DOMAIN",
    "H_",
    "LANGUAGES",
    "LOCALE_DIR",
    "N_",
    "catalogue_path",
    "counted",
    "get_language",
    "has_catalogue",
    "heading",
    "label",
    "language",
    "language_from_env",
    "normalize_language",
    "or_list",
    "semicolon_list",
    "set_language",
    "tr",
    "translate",
    "without_prefix",
]

LANGUAGES: tuple[str, ...] = ("en", "fr")
"""The languages socialkit speaks; English is the source language (no catalogue)."""

DOMAIN = "socialkit"
"""The gettext domain: the catalogues are ``<lang>/LC_MESSAGES/socialkit.mo``."""

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
"""Where the catalogues live, inside the installed package."""

_NAMES: Mapping[str, str] = {"english": "en", "anglais": "en", "french": "fr", "français": "fr"}
"""Language names accepted besides the codes (data, not logic)."""

_DEFAULT = ["en"]
"""The process-wide language (a one-item list: :func:`set_language` changes it)."""

_SCOPED: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "socialkit_language", default=None
)
"""The language of the current ``with language(...)`` block, if any (per thread and task)."""

_LOCK = threading.Lock()
_CATALOGUES: dict[str, gettext.NullTranslations | None] = {}


def normalize_language(value: object, where: str = "language") -> str:
    """A language code from what people write: ``"fr"``, ``"FR"``, ``"fr_FR.UTF-8"``, ``"French"``.

    >>> normalize_language("fr_FR.UTF-8"), normalize_language("en-GB"), normalize_language("Français")
    ('fr', 'en', 'fr')
    >>> normalize_language("de")
    Traceback (most recent call last):
    ...
    socialkit.errors.NotFoundError: language: unknown 'de'; known: en, fr
    """
    if not isinstance(value, str):
        raise SocialkitTypeError(where, value, expected=N_("a language code such as 'en' or 'fr'"))
    text = value.strip().casefold()
    code = _NAMES.get(text) or re.split(r"[-_.@]", text, maxsplit=1)[0]
    if code not in LANGUAGES:
        raise NotFoundError(where, value, LANGUAGES, get_close_matches(code, LANGUAGES, n=2))
    return code


def language_from_env(environ: Mapping[str, str]) -> str:
    """The language the environment asks for (``LC_ALL``, ``LC_MESSAGES``, then ``LANG``).

    The first variable set decides, as POSIX says; ``C``, ``POSIX`` and any
    language socialkit does not speak mean English (the CLI never fails on a
    locale it cannot serve).

    >>> language_from_env({"LANG": "fr_FR.UTF-8"}), language_from_env({"LANG": "de_DE.UTF-8"})
    ('fr', 'en')
    >>> language_from_env({"LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"})
    'en'
    """
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            try:
                return normalize_language(value, name)
            except NotFoundError:
                return "en"
    return "en"


def get_language() -> str:
    """The language messages are written in now: the ``with`` block's, else the default.

    >>> get_language()
    'en'
    """
    return _SCOPED.get() or _DEFAULT[0]


def set_language(value: str) -> str:
    """Set the process-wide language (``"en"`` or ``"fr"``); returns the previous one.

    Threads and tasks inside a ``with language(...)`` block keep theirs.

    >>> previous = set_language("fr")
    >>> get_language(), previous
    ('fr', 'en')
    >>> _ = set_language(previous)
    """
    code = normalize_language(value)
    _warn_if_missing(code)
    previous, _DEFAULT[0] = _DEFAULT[0], code
    return previous


@contextmanager
def language(value: str) -> Iterator[str]:
    """A ``with`` block whose messages are in ``value``; only this thread or task sees it.

    >>> with language("fr") as lang:
    ...     lang, get_language()
    ('fr', 'fr')
    >>> get_language()
    'en'
    """
    code = normalize_language(value)
    _warn_if_missing(code)
    token = _SCOPED.set(code)
    try:
        yield code
    finally:
        _SCOPED.reset(token)


def catalogue_path(code: str) -> Path:
    """Where the compiled catalogue of ``code`` is (it may be missing)."""
    return LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.mo"


def has_catalogue(code: str) -> bool:
    """Whether messages in ``code`` can be translated (English needs no catalogue).

    >>> has_catalogue("en")
    True
    """
    return code == "en" or _catalogue(code) is not None


def _catalogue(code: str) -> gettext.NullTranslations | None:
    if code in _CATALOGUES:
        return _CATALOGUES[code]
    with _LOCK:
        path = catalogue_path(code)
        found: gettext.NullTranslations | None = None
        try:
            with path.open("rb") as handle:
                found = gettext.GNUTranslations(handle)
        except (OSError, ValueError):  # missing, unreadable or corrupt: English
            found = None
        _CATALOGUES[code] = found
        return found


def _warn_if_missing(code: str) -> None:
    if not has_catalogue(code):
        warnings.warn(
            f"language {code!r}: no compiled catalogue at {catalogue_path(code)}; messages "
            "stay in English (build or reinstall socialkit to compile the .po catalogues)",
            SocialkitWarning,
            stacklevel=3,
        )


def translate(text: str) -> str:
    """``text`` in the current language if the catalogue has it, else ``text`` unchanged.

    For texts held as data (a rule's ``fix``), marked with :func:`N_` where written;
    a user's own texts pass through.

    >>> with language("fr"):
    ...     translate("shorten the text"), translate("my own fix")
    ('raccourcir le texte', 'my own fix')
    """
    code = get_language()
    if code == "en" or not text:
        return text
    catalogue = _catalogue(code)
    return text if catalogue is None else catalogue.gettext(text)


def counted(one: str, many: str, count: int) -> str:
    """``one`` or ``many`` (data marked :func:`N_`) for ``count``, by the current language's
    plural rule (its catalogue's ``Plural-Forms``: French says "0 erreur", English "0 errors"),
    translated and formatted with ``count``.

    >>> counted("{count} error", "{count} errors", 0)
    '0 errors'
    >>> with language("fr"):
    ...     counted("{count} error", "{count} errors", 0), counted("{count} error", "{count} errors", 2)
    ('0 erreur', '2 erreurs')
    """
    code = get_language()
    catalogue = None if code == "en" else _catalogue(code)
    # gettext compiles the header's rule to ``plural`` (untyped); English's rule otherwise
    rule: Callable[[int], int] = getattr(catalogue, "plural", _english_plural)
    text = many if rule(count) else one
    return (
        text.format(count=count)
        if catalogue is None
        else catalogue.gettext(text).format(count=count)
    )


def _english_plural(count: int) -> int:
    return int(count != 1)


def label(value: object) -> str:
    """The display label of an enum member (its value) in the current language.

    Looked up with the enum's class name as the gettext context (``msgctxt
    "Period"``), since one English word may need two French ones; any other
    value is shown as ``str(value)``.

    >>> from socialkit.platforms import Period
    >>> with language("fr"):
    ...     label(Period.WEEK), label(42)
    ('semaine', '42')
    """
    text = str(value)
    if not isinstance(value, Enum):
        return text
    code = get_language()
    catalogue = None if code == "en" else _catalogue(code)
    return text if catalogue is None else catalogue.pgettext(type(value).__name__, text)


HEADING = "heading"
"""The gettext context of table headings (``msgctxt "heading"``): a column is named
apart from the same English word in a sentence ("target" is *objectif* over a column,
*la cible* in a message)."""


def heading(text: str) -> str:
    """A table heading in the current language (``msgctxt "heading"``), else unchanged.

    :func:`socialkit._core.table.table` and ``html_table`` pass every heading
    through it, so callers write English headings once; a test renders every
    result in French and fails on a heading the catalogue lacks.

    >>> with language("fr"):
    ...     heading("platform"), heading("my column")
    ('plateforme', 'my column')
    """
    code = get_language()
    catalogue = None if code == "en" else _catalogue(code)
    return text if catalogue is None else catalogue.pgettext(HEADING, text)


def tr(msgid: str, /, **params: object) -> str:
    """``msgid`` translated into the current language, then formatted with ``params``.

    ``msgid`` is a literal English ``str.format`` template (a test extracts every
    one and checks the French catalogue has it, with the same placeholders);
    literal braces are doubled, as ``str.format`` wants.

    >>> tr("{count} hashtags; the ranking restricts posts with several", count=2)
    '2 hashtags; the ranking restricts posts with several'
    """
    return translate(msgid).format_map({k: printable_param(v) for k, v in params.items()})


def or_list(texts: Iterable[str]) -> str:
    """``texts`` as alternatives in the current language: "an int or a str", "un int ou une str".

    >>> or_list(["an int", "None"])
    'an int or None'
    """
    return functools.reduce(
        lambda left, right: tr("{left} or {right}", left=left, right=right), texts
    )


def semicolon_list(texts: Iterable[str]) -> str:
    """``texts`` as one list in the current language: "a; b" in English, "a ; b" in French.

    >>> with language("fr"):
    ...     semicolon_list(["0-1 par jour", "2-3 par semaine"])
    '0-1 par jour ; 2-3 par semaine'
    >>> semicolon_list([])
    ''
    """
    items = list(texts)
    if not items:
        return ""
    return functools.reduce(
        lambda left, right: tr("{left}; {right}", left=left, right=right), items
    )


def without_prefix(text: str, msgid: str, /, **params: object) -> str:
    """``text`` (translated if catalogued) without the start ``msgid`` makes with its last field empty.

    A message part is reused in the current language without its prefix: "got "
    off "got nan", "reçu " off "reçu nan" (``msgid`` = ``"got {value}"``).

    >>> with language("fr"):
    ...     without_prefix(tr("got {value}", value="nan"), "got {value}")
    'nan'
    """
    fields = [name for _, name, _, _ in string.Formatter().parse(msgid) if name]
    prefix = tr(msgid, **{fields[-1]: "", **params})
    return translate(text).removeprefix(prefix)


def N_(msgid: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``msgid`` for the catalogue without translating it now (see :func:`translate`).

    >>> N_("shorten the text")
    'shorten the text'
    """
    return msgid


def H_(heading: str) -> str:  # noqa: N802 - like N_
    """Mark ``heading`` as a table heading for the catalogue (``msgctxt "heading"``); returns it.

    Tables translate their headings when they render (see :func:`heading`).

    >>> H_("platform")
    'platform'
    """
    return heading


def _install() -> None:
    """Let :mod:`socialkit.errors` (one layer below) write its messages through :func:`tr`."""
    errors._install_translator(tr, translate)


_install()
