"""A file of drafts for ``socialkit check --drafts``: CSV or JSON Lines, one post a row.

Columns (CSV header or JSON keys); only ``text`` is required:

- ``text``: the post's text (its body; the description on YouTube and Pinterest);
- ``platform``: one or several platforms, comma-separated (a JSON list too);
  empty: the ``--platform`` flags;
- ``id``: a label for the tables (default: the draft's number);
- ``scheduled_at``: ISO 8601; a time without an offset is local to ``--tz``;
- ``links`` (or ``link``): links attached outside the text, space-separated;
- ``media``: media kinds, comma-separated (``image, short video``);
- ``sponsored``: ``true``/``false`` (also ``yes``/``no``, ``1``/``0``);
- ``title``, ``description``, ``format``, ``tier``;
- ``post``: any other field of the post (``first_comment``, ``keywords``,
  media with alt text...) as a JSON object, as :func:`socialkit.io.to_csv`
  writes it.

The post is read by :func:`socialkit.io.post_from_dict`, the reader of every
post socialkit stores, so a drafts file and a calendar file mean the same thing.

Every error names the file, the line and the column.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import attrs

from socialkit._core.fields import frozen
from socialkit._core.i18n import N_, tr
from socialkit._core.time import localize
from socialkit.cli._flags import renamed
from socialkit.errors import NotFoundError, SocialkitError, ValidationError
from socialkit.io._calendar import post_from_dict
from socialkit.posts._model import Post

__all__ = ["COLUMNS", "Draft", "read_drafts"]

COLUMNS = (
    "id",
    "text",
    "platform",
    "scheduled_at",
    "links",
    "link",
    "media",
    "sponsored",
    "title",
    "description",
    "format",
    "tier",
    "post",
)
"""The columns a drafts file may have."""

_TRUE = frozenset({"true", "yes", "1", "y"})
_FALSE = frozenset({"false", "no", "0", "n", ""})
_JSON_LINES = (".jsonl", ".ndjson")


@frozen(kw_only=True)
class Draft:
    """One row of a drafts file: its label, location, post, platforms and tier."""

    label: str
    where: str
    post: Post
    platforms: tuple[str, ...]
    tier: str | None


def _fail(where: str, problem: str, allowed: str) -> ValidationError:
    return ValidationError(where, problem, allowed=allowed)


def _text(value: object, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _fail(
            where,
            tr("got {type} {value!r}", type=type(value).__name__, value=value),
            N_("expected a string"),
        )
    text = str(value)
    if "\x00" in text:
        raise _fail(
            where, N_("contains a NUL character"), N_("expected text without control characters")
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail(
            where, N_("contains a lone surrogate"), N_("expected valid Unicode text")
        ) from None
    return text


def _words(value: object, where: str, sep: str | None) -> tuple[str, ...]:
    """A list of strings from a JSON list or from text split on ``sep`` (whitespace if None)."""
    if isinstance(value, list):
        return tuple(_text(v, f"{where}[{i}]").strip() for i, v in enumerate(value))
    text = _text(value, where)
    return tuple(w.strip() for w in text.split(sep) if w.strip())


def _bool(value: object, where: str) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    text = _text(value, where).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _fail(where, tr("got {value!r}", value=value), N_("expected true or false (yes/no, 1/0)"))


def _moment(value: object, where: str, tz: tzinfo | None) -> datetime | None:
    text = _text(value, where).strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _fail(
            where,
            tr("got {text!r}", text=text),
            N_("expected an ISO 8601 date and time, e.g. 2027-01-04T09:30"),
        ) from None
    if moment.tzinfo is None:
        if tz is None:
            raise _fail(
                where,
                tr("{text!r} has no UTC offset and no --tz was given", text=text),
                N_("expected --tz (the audience's time zone) or an offset such as +01:00"),
            )
        return localize(moment.date(), moment.time(), tz)
    return moment


def _draft(row: Mapping[str, Any], number: int, where: str, tz: tzinfo | None) -> Draft:
    unknown = [k for k in row if k not in COLUMNS]
    if unknown:
        name = str(unknown[0])
        raise NotFoundError(
            f"{where}: column", name, COLUMNS, difflib.get_close_matches(name, COLUMNS, n=3)
        )
    if "text" not in row:
        raise _fail(
            where,
            N_("no 'text' column"),
            tr("expected the columns {names}", names=", ".join(COLUMNS)),
        )

    def at(column: str) -> str:
        return f"{where}: {column}"

    post = _post(row, where, at)
    moment = _moment(row.get("scheduled_at"), at("scheduled_at"), tz)
    if moment is not None:
        post = attrs.evolve(post, scheduled_at=moment)
    label = _text(row.get("id"), at("id")).strip() or str(number)
    tier = _text(row.get("tier"), at("tier")).strip() or None
    return Draft(
        label=label,
        where=where,
        post=post,
        platforms=_words(row.get("platform"), at("platform"), ","),
        tier=tier,
    )


def _post(row: Mapping[str, Any], where: str, at: Callable[[str], str]) -> Post:
    """The row's post, read by :func:`socialkit.io.post_from_dict` (the one reader of posts).

    The flat columns are shorthands for its keys (``media`` kinds, ``links``
    split on spaces, ``sponsored`` as yes/no); a ``post`` column holds any
    other keys as a JSON object, as in the ``post`` column of
    :func:`socialkit.io.to_csv`. A key given twice is an error.
    """
    data: dict[str, Any] = _extra(row.get("post"), at("post"))
    flat: dict[str, Any] = {"text": _text(row.get("text"), at("text"))}
    for column in ("title", "description"):
        flat[column] = _text(row.get(column), at(column))
    flat["media"] = [{"kind": k} for k in _words(row.get("media"), at("media"), ",")]
    links = _words(row.get("links"), at("links"), None) + _words(row.get("link"), at("link"), None)
    flat["links"] = list(links)
    flat["format"] = _text(row.get("format"), at("format")).strip() or None
    flat["sponsored"] = _bool(row.get("sponsored"), at("sponsored"))
    flat = {k: v for k, v in flat.items() if v or k == "text"}
    if twice := sorted(flat.keys() & data.keys()):
        raise _fail(
            at("post"),
            tr("{twice!r} is also a column", twice=twice[0]),
            N_("expected each field once"),
        )
    try:
        return post_from_dict({**data, **flat}, at("post"))
    except SocialkitError as error:
        raise renamed(error, at(_column(error, flat))) from error


def _extra(value: object, where: str) -> dict[str, Any]:
    """The ``post`` column: a JSON object (JSON Lines) or its text (CSV); empty: nothing."""
    if value is None or value == "":
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except (ValueError, RecursionError) as error:
            raise _fail(where, tr("not valid JSON ({error})", error=error), _POST_ALLOWED) from None
    if not isinstance(value, dict):
        raise _fail(where, tr("got {value!r:.80}", value=value), _POST_ALLOWED)
    if "text" in value:
        raise _fail(
            where, N_("'text' is in the post column"), N_("expected the text in the text column")
        )
    return dict(value)


_POST_ALLOWED = N_(
    "expected a JSON object of post fields, as in the post column of socialkit.io.to_csv"
)


def _column(error: SocialkitError, columns: Iterable[str]) -> str:
    """The column an error of :func:`post_from_dict` is about, among ``columns``, else ``post``.

    >>> _column(NotFoundError("Media.kind", "imag", ["image"]), ["text", "media"])
    'media'
    >>> _column(NotFoundError("Post.format", "reell", ["video"]), ["text"])
    'post'
    """
    where = str(getattr(error, "where", ""))
    if where.startswith("Media") or ".media" in where:
        field = "media"
    else:
        field = re.split(r"[.\[]", where.rpartition(".")[2])[0]
    return field if field in columns else "post"


def _csv_rows(text: str, name: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            return
        header = [h.strip().casefold() for h in header]
        line = reader.line_num + 1
        for cells in reader:
            if any(c.strip() for c in cells):
                if len(cells) > len(header):
                    raise _fail(
                        f"{name}:{line}",
                        tr(
                            "{count} cells for {columns} columns",
                            count=len(cells),
                            columns=len(header),
                        ),
                        N_("expected one cell per column of the header (quote commas in text)"),
                    )
                yield line, dict(zip(header, cells, strict=False))
            line = reader.line_num + 1
    except csv.Error as error:
        raise _fail(
            f"{name}:{reader.line_num}",
            tr("not valid CSV ({error})", error=error),
            N_("expected CSV"),
        ) from None


def _json_rows(text: str, name: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except (ValueError, RecursionError) as error:
            raise _fail(
                f"{name}:{line}",
                tr("not valid JSON ({error})", error=error),
                N_("expected one JSON object a line"),
            ) from None
        if not isinstance(row, dict):
            raise _fail(
                f"{name}:{line}",
                tr("got a JSON {type}", type=type(row).__name__),
                N_("expected a JSON object"),
            )
        yield line, {str(k).strip().casefold(): v for k, v in row.items()}


def _read(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problem = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise _fail(f"--drafts {path}", problem, N_("expected a readable UTF-8 file")) from error


def read_drafts(path: str, *, tz: tzinfo | None = None) -> tuple[Draft, ...]:
    """The drafts of a CSV or JSON Lines file (``.jsonl``/``.ndjson``; ``-``: stdin, sniffed)."""
    text = _read(path).removeprefix("\ufeff")
    name = "<stdin>" if path == "-" else path
    as_json = Path(path).suffix.lower() in _JSON_LINES or (
        path == "-" and text.lstrip().startswith("{")
    )
    rows = _json_rows(text, name) if as_json else _csv_rows(text, name)
    drafts = []
    for number, (line, row) in enumerate(rows, start=1):
        where = f"{name}:{line}"
        try:
            drafts.append(_draft(row, number, where, tz))
        except SocialkitError as error:
            if str(error).startswith(where):
                raise
            raise SocialkitError(tr("{where}: {error}", where=where, error=error)) from error
    if not drafts:
        raise _fail(name, N_("no drafts"), N_("expected a header line and one draft a line"))
    return tuple(drafts)
