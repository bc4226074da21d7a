"""One error hierarchy, rooted at :class:`SocialkitError`.

Every concrete error also subclasses the builtin a caller would naturally catch
(``ValueError``, ``LookupError``, ``TypeError``, ``RuntimeError``), so
``except ValueError`` keeps working for code that does not know socialkit.
Messages follow one shape: *where* the problem is, *what* was wrong, and *what
is allowed*. Every class here is defined in this module, so tracebacks and
the docs show its public path (``socialkit.errors.ValidationError``).

The hierarchy (a test checks this drawing against the classes)::

    SocialkitError
    ├── ValidationError (ValueError)
    ├── SocialkitTypeError (TypeError)
    ├── NotFoundError (LookupError)
    │   ├── UnknownPlatformError
    │   └── UnknownCategoryError (KeyError)
    ├── StrategyFileError (ValueError)
    ├── PlanningError (ValueError)
    ├── NoBenchmarkError (LookupError)
    └── CheckerError (RuntimeError)

    SocialkitWarning (UserWarning)
    └── StaleDataWarning
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = [
    "CheckerError",
    "NoBenchmarkError",
    "NotFoundError",
    "PlanningError",
    "SocialkitError",
    "SocialkitTypeError",
    "SocialkitWarning",
    "StaleDataWarning",
    "StrategyFileError",
    "UnknownCategoryError",
    "UnknownPlatformError",
    "ValidationError",
]


def _english(msgid: str, /, **params: object) -> str:
    return msgid.format_map(params)


def _same(text: str) -> str:
    return text


_TRANSLATORS: list[Callable[..., str]] = [_english, _same]
"""``tr`` and ``translate`` of :mod:`socialkit._core.i18n`, which installs them on import
(it sits one layer above this module); English until then."""


def _install_translator(tr: Callable[..., str], translate: Callable[[str], str]) -> None:
    _TRANSLATORS[:] = [tr, translate]


def _tr(msgid: str, /, **params: object) -> str:
    """``msgid`` in the current language, formatted (see :func:`socialkit._core.i18n.tr`)."""
    return _TRANSLATORS[0](msgid, **params)


def _translate(text: str) -> str:
    """``text`` in the current language if catalogued (a marked constant), else unchanged."""
    return _TRANSLATORS[1](text)


def _part(text: str, prefix: str) -> str:
    """``text`` translated: whole if catalogued, else its conventional prefix ("got ", "expected ")."""
    translated = _translate(text)
    if translated is not text or not text.startswith(prefix) or len(text) == len(prefix):
        return translated
    rest = _translate(text[len(prefix) :])
    return (
        _tr("got {value}", value=rest) if prefix == "got " else _tr("expected {value}", value=rest)
    )


def _describe(where: str, problem: str, allowed: str | None) -> str:
    """The one shape of a message, in the current language: ``where: problem; allowed``.

    ``problem`` and ``allowed`` come translated by their caller or as catalogued
    constants; an uncatalogued text still has its conventional ``got`` and
    ``expected`` translated.
    """
    problem = _part(problem, "got ")
    message = _tr("{where}: {problem}", where=where, problem=problem) if where else problem
    if not allowed:
        return message
    allowed = _part(allowed, "expected ")
    return _tr("{message}; {allowed}", message=message, allowed=allowed)


class SocialkitError(Exception):
    """Root of every error socialkit raises on purpose."""


class ValidationError(SocialkitError, ValueError):
    """A value is out of its allowed range or shape.

    ``where`` is the field path (``"Platform.limits.text[0].limit"``), ``value``
    the offending value and ``allowed`` a human description of what would be valid.

    >>> raise ValidationError("TextLimit.limit", "got -5", allowed="expected an integer >= 1")
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: TextLimit.limit: got -5; expected an integer >= 1
    """

    def __init__(
        self, where: str, problem: str, *, allowed: str | None = None, value: object = None
    ) -> None:
        super().__init__(_describe(where, problem, allowed))
        self.where = where
        self.problem = problem
        self.allowed = allowed
        self.value = value


class SocialkitTypeError(SocialkitError, TypeError):
    """A value has the wrong type (for example text that is not a ``str``)."""

    def __init__(self, where: str, value: object, *, expected: str) -> None:
        super().__init__(
            _describe(
                where,
                _tr("got {value}", value=type(value).__name__),
                _tr("expected {value}", value=_translate(expected)),
            )
        )
        self.where = where
        self.value = value
        self.expected = expected


class NotFoundError(SocialkitError, LookupError):
    """A name (preset, rule, signal, stage...) is not among the known ones."""

    def __init__(
        self, where: str, name: str, known: Iterable[str], suggestions: Iterable[str] = ()
    ) -> None:
        self.where = where
        self.name = name
        self.known = tuple(known)
        self.suggestions = tuple(suggestions)
        hint = (
            _tr("did you mean {names}? ", names=", ".join(map(repr, self.suggestions)))
            if self.suggestions
            else ""
        )
        super().__init__(
            _tr(
                "{where}: unknown {name!r}; {hint}known: {known}",
                where=where,
                name=name,
                hint=hint,
                known=", ".join(self.known),
            )
        )


class UnknownPlatformError(NotFoundError):
    """No platform is registered under that slug or alias; names the closest slugs.

    >>> import socialkit
    >>> socialkit.get_platform("linkdin")
    Traceback (most recent call last):
    ...
    socialkit.errors.UnknownPlatformError: platform: unknown 'linkdin'; did you mean 'linkedin'? known: ...
    """

    def __init__(self, slug: str, known: Iterable[str], suggestions: Iterable[str] = ()) -> None:
        super().__init__("platform", slug, known, suggestions)
        self.slug = slug


class StrategyFileError(SocialkitError, ValueError):
    """A strategy file cannot be read: names the file, the line or key path, and what is expected.

    >>> raise StrategyFileError("plan.toml", "pillars[0].weight", "got string 'lots'",
    ...                         expected="a number")
    Traceback (most recent call last):
    ...
    socialkit.errors.StrategyFileError: plan.toml: pillars[0].weight: got string 'lots'; expected a number
    """

    def __init__(
        self,
        filename: str,
        where: str,
        problem: str,
        *,
        line: int | None = None,
        expected: str | None = None,
    ) -> None:
        location = f"{filename}:{line}" if line else filename
        allowed = _tr("expected {value}", value=_translate(expected)) if expected else None
        if where:
            location = _tr("{location}: {where}", location=location, where=where)
        super().__init__(_describe(location, problem, allowed))
        self.filename = filename
        self.where = where
        self.problem = problem
        self.line = line
        self.expected = expected


class UnknownCategoryError(NotFoundError, KeyError):
    """A category is not in a content mix; also a ``KeyError``, as mappings raise.

    >>> from socialkit import ContentMix
    >>> ContentMix.preset("pillars")["fashon"]
    Traceback (most recent call last):
    ...
    socialkit.errors.UnknownCategoryError: ContentMix: unknown 'fashon'; did you mean 'fashion'? known: ...
    """

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0])


class NoBenchmarkError(SocialkitError, LookupError):
    """A platform has no published best-time benchmark and no history was given.

    socialkit does not invent windows: pass the account's own ``history`` or
    pick a platform with benchmark data (named in the message).

    >>> import socialkit
    >>> socialkit.best_times("youtube", tz="UTC")
    Traceback (most recent call last):
    ...
    socialkit.errors.NoBenchmarkError: best_times: youtube has no published best-time benchmark in socialkit's data; pass history=[PostResult(...), ...] to rank the account's own posting times (benchmarks exist for ...)
    """

    def __init__(self, platform: str, with_benchmark: Iterable[str]) -> None:
        self.platform = platform
        self.with_benchmark = tuple(with_benchmark)
        super().__init__(
            _tr(
                "best_times: {platform} has no published best-time benchmark in socialkit's "
                "data; pass history=[PostResult(...), ...] to rank the account's own posting "
                "times (benchmarks exist for {platforms})",
                platform=platform,
                platforms=", ".join(self.with_benchmark) or _tr("no platform"),
            )
        )


class CheckerError(SocialkitError, RuntimeError):
    """A user-supplied checker raised: names the checker; the original error is ``__cause__``.

    >>> raise CheckerError("spelling", ConnectionError("dictionary service down"))
    Traceback (most recent call last):
    ...
    socialkit.errors.CheckerError: checkers['spelling']: raised ConnectionError: dictionary service down
    """

    def __init__(self, checker: str, error: BaseException) -> None:
        self.checker = checker
        super().__init__(
            _tr(
                "checkers[{checker!r}]: raised {error_type}: {error}",
                checker=checker,
                error_type=type(error).__name__,
                error=error,
            )
        )


class SocialkitWarning(UserWarning):
    """Root of every warning socialkit emits."""


class StaleDataWarning(SocialkitWarning):
    """Platform data has not been verified for longer than the allowed age."""


class PlanningError(SocialkitError, ValueError):
    """Nothing sensible can be planned (for example every day of the range is blacked out).

    >>> from datetime import date
    >>> from socialkit import PlanSpec, plan
    >>> plan(PlanSpec.simple(platforms=["x"], tz="UTC", blackouts=[date(2026, 12, 25)]),
    ...      start=date(2026, 12, 25), end=date(2026, 12, 26))
    Traceback (most recent call last):
    ...
    socialkit.errors.PlanningError: every day from 2026-12-25 to 2026-12-26 is a blackout date; nothing can be planned
    """
