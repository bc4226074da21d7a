"""Flags as the errors name them: library errors re-addressed to the flag that caused them.

The library names the argument it was given (``tz``, ``assess(tier)``); on the
command line the user typed a flag, so the CLI re-raises the same error, with
the same problem, allowed values and close-match suggestions, under the flag's
name (``--tz``). Conversions themselves stay the library's: this module only
renames where an error happened.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from enum import Enum
from pathlib import Path
from typing import NoReturn, TypeVar

from socialkit._core.i18n import N_, tr, translate
from socialkit._core.validate import to_enum
from socialkit.errors import NotFoundError, SocialkitError, SocialkitTypeError, ValidationError
from socialkit.platforms._model import Platform
from socialkit.platforms._registry import get_platform, list_platforms

__all__ = [
    "Parser",
    "choice_type",
    "enum_type",
    "file_name",
    "file_path",
    "iso_date",
    "named",
    "parse",
    "platform_slugs",
    "platforms_of",
    "renamed",
    "whole_number",
]

E = TypeVar("E", bound=Enum)


def renamed(error: SocialkitError, where: str) -> SocialkitError:
    """``error`` with its location replaced by ``where`` (a flag, a file and line, a column)."""
    if isinstance(error, ValidationError):
        return ValidationError(where, error.problem, allowed=error.allowed, value=error.value)
    if isinstance(error, SocialkitTypeError):
        return SocialkitTypeError(where, error.value, expected=error.expected)
    if isinstance(error, NotFoundError):
        return NotFoundError(where, error.name, error.known, error.suggestions)
    return SocialkitError(tr("{where}: {error}", where=where, error=error))


@contextmanager
def named(where: str) -> Iterator[None]:
    """Re-raise any :class:`~socialkit.SocialkitError` of the block under ``where``."""
    try:
        yield
    except SocialkitError as error:
        raise renamed(error, where) from error


def platforms_of(values: Iterable[str], where: str = "--platform") -> tuple[Platform, ...]:
    """The platforms of repeated and comma-separated values, in order, each once.

    >>> [p.slug for p in platforms_of(["x,linkedin", "twitter", " ig "])]
    ['x', 'linkedin', 'instagram']
    """
    found: dict[str, Platform] = {}
    for value in values:
        for name in value.split(","):
            if not name.strip():
                continue
            with named(where):
                platform = get_platform(name.strip())
            found.setdefault(platform.slug, platform)
    return tuple(found.values())


def platform_slugs() -> str:
    """The registered platforms' slugs, for a flag's help (``one of: bluesky, ...``).

    >>> platform_slugs().split(", ")[:2]
    ['bluesky', 'facebook']
    """
    return ", ".join(p.slug for p in list_platforms())


def _argument_error(error: SocialkitError) -> argparse.ArgumentTypeError:
    """The error's message without its location, for argparse, which adds the flag itself.

    Rendered as the library renders it (in the current language).
    """
    if isinstance(error, ValidationError):
        text = str(ValidationError("", error.problem, allowed=error.allowed))
    elif isinstance(error, NotFoundError):
        names = ", ".join(map(repr, error.suggestions))
        hint = tr("did you mean {names}? ", names=names) if error.suggestions else ""
        text = tr(
            "unknown {name!r}; {hint}known: {known}",
            name=error.name,
            hint=hint,
            known=", ".join(error.known),
        )
    else:
        text = str(error)
    return argparse.ArgumentTypeError(text)


def enum_type(cls: type[E]) -> Callable[[str], E]:
    """An argparse ``type``: the library's enum converter, with its close-match suggestions.

    >>> from socialkit.platforms import MediaKind
    >>> enum_type(MediaKind)("Short-Video")
    <MediaKind.SHORT_VIDEO: 'short video'>
    """

    def convert(value: str) -> E:
        try:
            return to_enum(cls, value)
        except SocialkitError as error:
            raise _argument_error(error) from None

    convert.__name__ = cls.__name__
    return convert


def choice_type(names: Iterable[str], what: str) -> Callable[[str], str]:
    """An argparse ``type`` for a closed set of names (a preset, an example), with suggestions.

    Matching ignores case; an unknown name gets the close matches, as the
    library's lookups give them.

    >>> choice_type(["x", "meta"], "preset")("META")
    'meta'
    """
    known = tuple(names)

    def convert(value: str) -> str:
        for name in known:
            if name.casefold() == value.strip().casefold():
                return name
        close = difflib.get_close_matches(value.strip().casefold(), known, n=3)
        raise _argument_error(NotFoundError(what, value, known, close))

    convert.__name__ = what
    return convert


def file_name(value: str) -> str:
    """An argparse ``type`` for a file name: one the operating system can open.

    A real command line cannot carry a NUL byte or a lone surrogate, but
    :func:`~socialkit.cli.main` called with a list can.

    >>> file_name("strategy.toml")
    'strategy.toml'
    """
    try:
        os.fsencode(value)
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(
            tr("got {value!r}; expected a file name the system can encode", value=value)
        ) from None
    if "\x00" in value:
        raise argparse.ArgumentTypeError(
            tr("got {value!r}; expected a file name without NUL", value=value)
        )
    return value


def file_path(value: str) -> Path:
    """:func:`file_name` as a :class:`~pathlib.Path`."""
    return Path(file_name(value))


def _options(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every option string of ``parser`` and of its subcommands."""
    for action in parser._actions:
        yield from action.option_strings
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _options(sub)


class Parser(argparse.ArgumentParser):
    """argparse's parser, whose errors add the close matches of a mistyped flag or command.

    >>> Parser(prog="demo").suggestion("unrecognized arguments: --hepl")
    " (did you mean '--help'?)"
    """

    def suggestion(self, message: str) -> str:
        """The close matches of the unknown word of an argparse ``message``, or ``""``."""
        unknown = re.search(r"unrecognized arguments: (\S+)", message)
        choice = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)$", message)
        if unknown:
            word, known = unknown.group(1).split("=")[0], sorted(set(_options(self)))
        elif choice:
            word, known = choice.group(1), re.findall(r"'([^']*)'", choice.group(2))
        else:
            return ""
        close = difflib.get_close_matches(word, known, n=3)
        return tr(" (did you mean {names}?)", names=", ".join(map(repr, close))) if close else ""

    def error(self, message: str) -> NoReturn:
        """argparse's usage error, in the current language (its own texts English-only)."""
        hint = self.suggestion(message)
        self.print_usage(sys.stderr)
        text = _argparse_text(message) + hint
        self.exit(2, tr("{prog}: error: {message}", prog=self.prog, message=text) + "\n")


_ARGPARSE = (
    (
        re.compile(r"argument (?P<flag>[^:]+): (?P<message>.*)", re.DOTALL),
        N_("argument {flag}: {message}"),
    ),
    (
        re.compile(r"the following arguments are required: (?P<names>.*)", re.DOTALL),
        N_("the following arguments are required: {names}"),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<names>.*)", re.DOTALL),
        N_("unrecognized arguments: {names}"),
    ),
    (
        re.compile(r"invalid choice: (?P<name>'[^']*') \(choose from (?P<names>.*)\)", re.DOTALL),
        N_("invalid choice: {name} (choose from {names})"),
    ),
    (re.compile(r"expected one argument"), N_("expected one argument")),
)
"""argparse's own messages (English only: its gettext domain has no French here) and
socialkit's template for each; the parts socialkit wrote are translated already."""


def _argparse_text(message: str) -> str:
    """An argparse error ``message`` in the current language, when socialkit knows its shape."""
    for pattern, template in _ARGPARSE:
        found = pattern.fullmatch(message)
        if found:
            parts = found.groupdict()
            if "message" in parts:
                parts["message"] = _argparse_text(parts["message"])
            return translate(template).format_map(parts)
    return message


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parsers of ``parser``'s subcommands, by name."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """``parser.parse_args(argv)``, with an unknown flag reported by the subcommand it was given to.

    argparse leaves a subcommand's unknown flags to the top-level parser, which
    would suggest flags of *other* subcommands (``socialkit new --example``:
    "did you mean '--example'?"). Here the chosen subcommand reports them, with
    the close matches among its own flags, or the subcommands that have the flag.
    """
    args, extras = parser.parse_known_args(argv)
    if extras:
        subcommands = _subcommands(parser)
        command = getattr(args, "command", None)
        target = subcommands.get(command, parser) if isinstance(command, str) else parser
        message = f"unrecognized arguments: {' '.join(extras)}"
        flag = extras[0].split("=")[0]
        elsewhere = [name for name, sub in subcommands.items() if flag in set(_options(sub))]
        hint = target.suggestion(message) if isinstance(target, Parser) else ""
        if not hint and elsewhere and target is not parser:
            message += tr(
                " ({flag} is an option of: {commands})", flag=flag, commands=", ".join(elsewhere)
            )
        target.error(message)
    return args


def iso_date(value: str) -> date:
    """An argparse ``type``: an ISO 8601 date (``2027-01-04``).

    >>> iso_date("2027-01-04")
    datetime.date(2027, 1, 4)
    """
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("got {value!r}; expected a date as YYYY-MM-DD, e.g. 2027-01-04", value=value)
        ) from None


def whole_number(value: str) -> int:
    """An argparse ``type``: a whole number in digits (its range is the library's to check).

    >>> whole_number(" 12 ")
    12
    >>> whole_number("four")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: got 'four'; expected a whole number such as 4
    """
    try:
        return int(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("got {value!r}; expected a whole number such as 4", value=value)
        ) from None
