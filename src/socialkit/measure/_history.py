"""Past results read from the analytics exports a team has: CSV files, DataFrames, rows.

:func:`load_history` reads a source into a :class:`History`. A column layout comes
from an :class:`ExportPreset` (see ``EXPORT_PRESETS``: unverified layouts, each
says so) or a ``mapping`` of socialkit field to column name. Messy cells go through
socialkit's one number parser (:func:`socialkit._core.numbers.localized`): a
byte-order mark, ``;`` separators with decimal commas, grouped thousands, "3,5 %".
A row that cannot be read is kept in :attr:`History.problems` with its line and
reason, never dropped silently; blank and total rows are listed there too.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, tzinfo
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateutil import parser as dateparser

from socialkit._core import numbers as num
from socialkit._core.display import display_rows
from socialkit._core.fields import checked, frozen
from socialkit._core.i18n import H_, N_, tr
from socialkit._core.table import (
    dataframe,
    html_block,
    html_note,
    html_table,
    short_repr,
    table,
    truncated_rows,
)
from socialkit._core.time import localize, to_zone
from socialkit._core.validate import shown, to_path
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError
from socialkit.frequency import PostResult
from socialkit.measure._export_presets import EXPORT_PRESETS
from socialkit.measure._layout import _INTERACTIONS, _TEXT_FIELDS, FIELDS, ExportPreset, Outcome

if TYPE_CHECKING:
    import pandas

__all__ = ["ExportPreset", "History", "Outcome", "PostRecord", "RowProblem", "load_history"]


@frozen(kw_only=True)
class PostRecord:
    """One post of a history: when it went out, on which platform, and the outcomes known.

    ``line`` is the line of the source (CSV line, or row index + 1).
    """

    posted_at: datetime
    platform: str | None = None
    outcomes: tuple[tuple[Outcome, Fraction], ...] = ()
    text: str | None = None
    link: str | None = None
    format: str | None = None
    pillar: str | None = None
    stage: str | None = None
    line: int = 0

    @checked
    def get(self, outcome: Outcome | str) -> Fraction | None:
        """The value of ``outcome``, or ``None`` when the source did not report it."""
        wanted = Outcome(outcome)
        return next((v for o, v in self.outcomes if o is wanted), None)

    def engagements(self) -> Fraction | None:
        """Engagements as reported, else the sum of the interactions reported, else ``None``."""
        reported = self.get(Outcome.ENGAGEMENTS)
        if reported is not None:
            return reported
        parts = [v for o, v in self.outcomes if o in _INTERACTIONS]
        return sum(parts, Fraction(0)) if parts else None


@frozen(kw_only=True)
class RowProblem:
    """A row that was not read, with its line and why."""

    line: int
    reason: str

    def __str__(self) -> str:
        return tr("line {line}: {reason}", line=self.line, reason=self.reason)

    def rows(self) -> list[tuple[object, ...]]:
        """The problem as one row: line, reason."""
        return [(self.line, self.reason)]

    def _repr_html_(self) -> str:
        """The row of :meth:`rows` as an HTML table (notebooks)."""
        return html_table((H_("line"), H_("reason")), self.rows())

    def __repr__(self) -> str:
        return short_repr("RowProblem", str(self))


@frozen(kw_only=True)
class History:
    """The posts read from a source, the rows that were not, and the columns found."""

    records: tuple[PostRecord, ...]
    problems: tuple[RowProblem, ...] = ()
    columns: tuple[str, ...] = ()
    preset: str | None = None

    def __len__(self) -> int:
        return len(self.records)

    def outcomes(self) -> tuple[Outcome, ...]:
        """The outcomes at least one record reports, in :class:`Outcome` order."""
        seen = {o for r in self.records for o, _ in r.outcomes}
        return tuple(o for o in Outcome if o in seen)

    @checked
    def results(self, outcome: Outcome | str | None = None) -> tuple[PostResult, ...]:
        """The records as :class:`~socialkit.frequency.PostResult` for ``best_times``.

        The figure is ``outcome`` when given, else engagements per impression when
        both are known, else engagements; records without it are left out.
        """
        out = []
        for r in self.records:
            value = _figure(r, outcome)
            if value is not None:
                out.append(PostResult(posted_at=r.posted_at, engagement=float(value)))
        return tuple(out)

    # -- display (notebooks and terminals) ------------------------------------------

    MAX_ROWS = 10
    """How many records the text and HTML tables show (first and last, around "…"), and how
    many skipped rows they list; a ``display(max_rows=...)`` option replaces it."""

    def _headers(self) -> list[str]:
        return [
            H_("line"),
            H_("posted at"),
            H_("platform"),
            H_("format"),
            H_("pillar"),
            *self.outcomes(),
        ]

    def _table_rows(self) -> list[Sequence[object]]:
        outcomes = self.outcomes()
        rows: list[Sequence[object]] = []
        for r in self.records:
            figures = [r.get(o) for o in outcomes]
            rows.append(
                [
                    r.line,
                    f"{r.posted_at:%Y-%m-%d %H:%M %z}",
                    r.platform or "-",
                    r.format or "-",
                    r.pillar or "-",
                    *("-" if f is None else num.show(f) for f in figures),
                ]
            )
        return truncated_rows(rows, self.MAX_ROWS)[0]

    def _shown_problems(self) -> tuple[RowProblem, ...]:
        """The skipped rows listed: the display option's limit, as for the records (one authority)."""
        return self.problems[: display_rows(self.MAX_ROWS)]

    def _summary(self) -> str:
        if self.preset:
            return tr(
                "{posts} posts read (preset {preset}), {skipped} rows skipped",
                posts=len(self.records),
                preset=self.preset,
                skipped=len(self.problems),
            )
        return tr(
            "{posts} posts read, {skipped} rows skipped",
            posts=len(self.records),
            skipped=len(self.problems),
        )

    def __str__(self) -> str:
        text = f"{self._summary()}\n{table(self._headers(), self._table_rows())}"
        if self.problems:
            text += (
                "\n" + tr("skipped:") + "\n" + "\n".join(f"  {p}" for p in self._shown_problems())
            )
        return text

    def _repr_html_(self) -> str:
        """The first and last records as an HTML table (as pandas truncates), then skipped rows."""
        skipped = [html_note(tr("skipped {problem}", problem=p)) for p in self._shown_problems()]
        return html_block(
            html_table(self._headers(), self._table_rows(), caption=self._summary()), *skipped
        )

    def __repr__(self) -> str:
        return short_repr("History", self._summary())

    def to_dataframe(self) -> pandas.DataFrame:
        """Every record: ``posted_at`` in UTC, one float64 column per outcome, pandas extra.

        >>> h = load_history([{"posted_at": "2026-11-03 09:00", "impressions": "1200"}], tz="Europe/Paris")
        >>> frame = h.to_dataframe()
        >>> str(frame["impressions"].dtype), str(frame["posted_at"].dt.tz)
        ('float64', 'UTC')
        """
        outcomes = self.outcomes()
        return dataframe(
            "History.to_dataframe",
            [
                ("line", "int64"),
                ("posted_at", "datetime64[ns, UTC]"),
                *((f, "string") for f in _TEXT_FIELDS),
                *((o.value, "float64") for o in outcomes),
            ],
            [
                (
                    r.line,
                    r.posted_at,
                    *(getattr(r, f) for f in _TEXT_FIELDS),
                    *(float("nan") if (v := r.get(o)) is None else float(v) for o in outcomes),
                )
                for r in self.records
            ],
        )


def _figure(record: PostRecord, outcome: Outcome | str | None) -> Fraction | None:
    if outcome is not None:
        return record.get(outcome)
    engaged = record.engagements()
    impressions = record.get(Outcome.IMPRESSIONS)
    if engaged is not None and impressions:
        return engaged / impressions
    return engaged


_TOTAL = re.compile(r"^\s*(total|totals|totaux|sum|somme|grand total)\b", re.IGNORECASE)
_HEADER_SCAN = 10
_NUMERIC_DATE = re.compile(
    r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
"""Day/month/year (or month/day/year) with a four-digit year: read without dateutil."""
"""How many leading lines may precede the header (title lines of some exports)."""

Labeller = Callable[[str], str | None] | Mapping[str, str]


def load_history(
    source: str | os.PathLike[str] | Any,
    *,
    preset: str | ExportPreset | None = None,
    mapping: Mapping[str, str] | None = None,
    platform: str | None = None,
    tz: tzinfo | str | None = None,
    pillars: Labeller | None = None,
    dayfirst: bool | None = None,
    decimal_sep: str | None = None,
) -> History:
    """Read past posts from a CSV path, a pandas DataFrame or an iterable of mappings.

    ``preset`` names a layout of ``EXPORT_PRESETS`` (or is one); ``mapping`` maps
    socialkit fields (``posted_at``, ``text``, ``pillar``, ``impressions``...) to
    column names and wins over the preset; without either, columns named like
    the fields are used. ``tz`` is the zone of naive times (required when a time
    has no offset). ``pillars`` labels posts without a pillar column: a function
    of the text, or a mapping of ``#hashtag`` or keyword to pillar (first match
    wins, case-insensitive). A ``;``-separated file reads decimal commas and
    day-first dates unless ``decimal_sep``/``dayfirst`` say otherwise.

    >>> rows = [{"Date": "2026-11-03 09:00", "Impressions": "1 200", "Engagements": "36"},
    ...         {"Date": "Total", "Impressions": "1 200", "Engagements": "36"}]
    >>> h = load_history(rows, preset="x", tz="Europe/Paris")
    >>> h.records[0].posted_at.isoformat(), h.records[0].get("impressions"), h.results()[0].engagement
    ('2026-11-03T09:00:00+01:00', Fraction(1200, 1), 0.03)
    >>> print(h.problems[0])
    line 2: total row, not a post
    """
    layout = _layout(preset, mapping)
    zone = to_zone(tz) if tz is not None else None
    rows, header, delimiter = _rows(source)
    if delimiter == ";":
        decimal_sep = decimal_sep or ","
        dayfirst = True if dayfirst is None else dayfirst
    columns = _resolve(layout, header, preset)
    default_platform = platform or (layout_platform(preset))
    records: list[PostRecord] = []
    problems: list[RowProblem] = []
    measured = tuple((o, columns[o.value]) for o in Outcome if o.value in columns)
    for line, row in rows:
        try:
            record = _record(
                row,
                line,
                columns,
                measured,
                zone,
                default_platform,
                pillars,
                bool(dayfirst),
                decimal_sep,
            )
        except _SkipError as skip:
            problems.append(RowProblem(line=line, reason=str(skip)))
            continue
        records.append(record)
    name = preset.name if isinstance(preset, ExportPreset) else preset
    return History(
        records=tuple(records), problems=tuple(problems), columns=tuple(header), preset=name
    )


class _SkipError(Exception):
    """A row that is not read, and why (becomes a RowProblem)."""


def layout_platform(preset: str | ExportPreset | None) -> str | None:
    if preset is None:
        return None
    return _preset(preset).platform


def _preset(preset: str | ExportPreset) -> ExportPreset:
    if isinstance(preset, ExportPreset):
        return preset
    for p in EXPORT_PRESETS:
        if p.name == preset:
            return p
    raise NotFoundError(
        "load_history(preset)",
        preset if isinstance(preset, str) else shown(preset),
        (p.name for p in EXPORT_PRESETS),
    )


def _layout(
    preset: str | ExportPreset | None, mapping: Mapping[str, str] | None
) -> dict[str, tuple[str, ...]]:
    layout: dict[str, tuple[str, ...]] = {f: (f,) for f in FIELDS}
    if preset is not None:
        layout.update(dict(_preset(preset).columns))
    if mapping is not None and not isinstance(mapping, Mapping):
        raise SocialkitTypeError(
            "load_history(mapping)",
            mapping,
            expected=N_("a mapping of field names to column names"),
        )
    for field, column in (mapping or {}).items():
        if field not in FIELDS:
            raise ValidationError(
                "load_history(mapping)",
                tr("unknown field {field!r}", field=field),
                allowed=tr("expected one of {names}", names=", ".join(FIELDS)),
            )
        if not isinstance(column, str):
            raise SocialkitTypeError(
                f"load_history(mapping[{field!r}])", column, expected=N_("a column name")
            )
        layout[field] = (column,)
    return layout


def _fold(name: str) -> str:
    return name.strip().lstrip("\ufeff").casefold()


def _resolve(
    layout: dict[str, tuple[str, ...]], header: list[str], preset: str | ExportPreset | None
) -> dict[str, str]:
    found = {_fold(h): h for h in header}
    columns: dict[str, str] = {}
    for field, names in layout.items():
        for n in names:
            if _fold(n) in found:
                columns[field] = found[_fold(n)]
                break
    has_outcome = any(o.value in columns for o in Outcome)
    if "posted_at" not in columns or not has_outcome:
        fits = [p.name for p in EXPORT_PRESETS if p.columns and _fits(dict(p.columns), found)]
        found_names = ", ".join(header) or tr("none")
        raise ValidationError(
            "load_history(source)",
            tr("no usable time column (posted_at); columns found: {names}", names=found_names)
            if "posted_at" not in columns
            else tr("no usable outcome column; columns found: {names}", names=found_names),
            allowed=(
                tr("expected a preset that fits ({names})", names=", ".join(fits))
                if fits
                else tr(
                    "expected mapping= naming posted_at and an outcome column (no preset fits; presets: {names})",
                    names=", ".join(p.name for p in EXPORT_PRESETS),
                )
            ),
        )
    return columns


def _fits(columns: dict[str, tuple[str, ...]], found: dict[str, str]) -> bool:
    def has(field: str) -> bool:
        return any(_fold(n) in found for n in columns.get(field, ()))

    return has("posted_at") and any(has(o.value) for o in Outcome)


def _rows(source: Any) -> tuple[Iterable[tuple[int, Mapping[str, Any]]], list[str], str | None]:
    if isinstance(source, str | os.PathLike):
        return _csv_rows(to_path(source, "load_history(source)"))
    if hasattr(source, "to_dict") and hasattr(source, "columns"):  # a pandas DataFrame
        records = source.to_dict("records")
        return (
            ((i + 2, r) for i, r in enumerate(records)),
            [str(c) for c in source.columns],
            None,
        )
    if isinstance(source, Iterable) and not isinstance(source, bytes | Mapping):
        rows = list(source)
        header: list[str] = []
        for i, r in enumerate(rows):
            if not isinstance(r, Mapping):
                raise SocialkitTypeError(f"load_history(source[{i}])", r, expected=N_("a mapping"))
            header.extend(str(k) for k in r if str(k) not in header)
        return (((i + 1, r) for i, r in enumerate(rows)), header, None)
    raise SocialkitTypeError(
        "load_history(source)",
        source,
        expected=N_("a CSV path, a DataFrame or an iterable of mappings"),
    )


def _csv_rows(path: Path) -> tuple[Iterable[tuple[int, Mapping[str, Any]]], list[str], str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise ValidationError(
            "load_history(source)",
            tr("cannot read {path}: {strerror}", path=path, strerror=e.strerror),
            allowed=N_("expected a readable CSV file"),
        ) from None
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")
    lines = text.splitlines()
    sample = "\n".join(lines[:_HEADER_SCAN])
    delimiter = ";" if sample.count(";") > sample.count(",") and sample.count(";") else ","
    if sample.count("\t") > max(sample.count(";"), sample.count(",")):
        delimiter = "\t"
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    head_rows = []
    for _ in range(_HEADER_SCAN):
        row = next(reader, None)
        if row is None:
            break
        head_rows.append((reader.line_num, row))
    # the header is the widest of the first lines (a title line has one cell)
    width = max((len(r) for _, r in head_rows), default=0)
    index = next((i for i, (_, r) in enumerate(head_rows) if len(r) == width), 0)
    header = [h.strip() for h in head_rows[index][1]] if head_rows else []

    def rows() -> Iterable[tuple[int, Mapping[str, Any]]]:
        for line, row in head_rows[index + 1 :]:
            yield line, dict(zip(header, row, strict=False))
        for row in reader:
            yield reader.line_num, dict(zip(header, row, strict=False))

    return rows(), header, delimiter


def _blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:  # NaN from pandas
        return True
    return isinstance(value, str) and not value.strip()


def _record(
    row: Mapping[str, Any],
    line: int,
    columns: dict[str, str],
    measured: tuple[tuple[Outcome, str], ...],
    zone: tzinfo | None,
    platform: str | None,
    pillars: Labeller | None,
    dayfirst: bool,
    decimal_sep: str | None,
) -> PostRecord:
    if all(_blank(v) for v in row.values()):
        raise _SkipError("blank row")
    raw_time = row.get(columns["posted_at"])
    first = next((v for v in row.values() if not _blank(v)), "")
    if (isinstance(first, str) and _TOTAL.match(first)) or (
        isinstance(raw_time, str) and _TOTAL.match(raw_time)
    ):
        raise _SkipError("total row, not a post")
    posted_at = _time(raw_time, columns["posted_at"], zone, dayfirst)
    outcomes = []
    for o, column in measured:
        if _blank(row.get(column)):
            continue
        value = row[column]
        where = f"line {line}, column {column!r}"
        try:
            if isinstance(value, str):
                figure = num.localized(value, where, decimal_sep=decimal_sep)
            else:
                figure = num.exact(value, where)
        except ValidationError as e:
            raise _SkipError(str(e)) from None
        if figure < 0:
            raise _SkipError(f"{where}: got {value!r}; expected a figure >= 0")
        outcomes.append((o, figure))
    if not outcomes:
        raise _SkipError("no outcome reported")
    texts = {f: _text(row.get(columns[f])) if f in columns else None for f in _TEXT_FIELDS}
    pillar = texts["pillar"] or _label(texts["text"], pillars)
    return PostRecord(
        posted_at=posted_at,
        platform=(texts["platform"] or platform or None)
        and str(texts["platform"] or platform).casefold(),
        outcomes=tuple(outcomes),
        text=texts["text"],
        link=texts["link"],
        format=texts["format"],
        pillar=pillar,
        stage=texts["stage"],
        line=line,
    )


def _text(value: object) -> str | None:
    return None if _blank(value) else str(value).strip()


def _label(text: str | None, pillars: Labeller | None) -> str | None:
    if pillars is None or text is None:
        return None
    if callable(pillars):
        return pillars(text)
    folded = text.casefold()
    words = set(re.findall(r"#?\w+", folded))
    for key, pillar in pillars.items():
        k = key.casefold()
        if (k.startswith("#") and k in words) or (not k.startswith("#") and k in folded):
            return pillar
    return None


def _numeric_date(text: str, dayfirst: bool, where: str) -> datetime | None:
    """The common spreadsheet layouts, read as dateutil reads them, ten times faster.

    None (dateutil decides) when the text is anything else. A month above 12 is
    refused rather than read the other way round, as dateutil would: in a
    day-first file, ``05/13/2026`` is a row written in another convention, and
    swapping it silently would misdate it (and ``04/05`` beside it).
    """
    match = _NUMERIC_DATE.fullmatch(text)
    if match is None:
        return None
    a, _, b, year, hour, minute, second = match.groups()
    day, month = (int(a), int(b)) if dayfirst else (int(b), int(a))
    if month > 12:
        order = "day-first" if dayfirst else "month-first"
        raise _SkipError(
            f"{where}: {text!r} has no month {month} in the {order} dates of this file;"
            f" expected one convention per file (dayfirst={dayfirst})"
        )
    return datetime(int(year), month, day, int(hour or 0), int(minute or 0), int(second or 0))


def _time(value: object, column: str, zone: tzinfo | None, dayfirst: bool) -> datetime:
    where = f"column {column!r}"
    if isinstance(value, datetime):  # pandas Timestamp included
        moment = value.to_pydatetime() if hasattr(value, "to_pydatetime") else value
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            try:
                moment = _numeric_date(text, dayfirst, where) or dateparser.parse(
                    text, dayfirst=dayfirst
                )
            except (ValueError, OverflowError):
                raise _SkipError(f"{where}: got {value!r}; expected a date and time") from None
    else:
        raise _SkipError(f"{where}: got {value!r}; expected a date and time")
    if moment.tzinfo is None:
        if zone is None:
            raise _SkipError(
                f"{where}: {value!r} has no UTC offset; pass tz= (the zone of the export)"
            )
        return localize(moment.date(), moment.time(), zone)
    return moment if zone is None else moment.astimezone(zone)
