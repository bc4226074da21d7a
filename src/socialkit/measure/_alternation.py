"""Alternate formats: long runs of one format on a page, in a history or a calendar ([001]).

[001] on managing a Facebook page: "alternate text, images, videos, questions so as
not to tire people". :func:`format_runs` finds the runs of one format longer than
a limit, per platform, in posting order. It is the one check for both the past
(a :class:`~socialkit.measure.History` read from an export) and the plan (the
calendar's ``page.alternate_formats`` rule builds records from its items). The
limit is socialkit's own choice (:data:`FORMAT_RUN_LIMIT`): the course gives no number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from socialkit._core import numbers as num
from socialkit._core.documents import BLOG_ARCHIVE, HEURISTIC
from socialkit._core.fields import frozen
from socialkit._core.i18n import H_, N_, tr
from socialkit._core.table import dataframe, html_long_table, short_repr
from socialkit._core.time import as_utc
from socialkit._core.validate import non_empty_str, optional, to_tuple
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.measure._history import History, PostRecord

if TYPE_CHECKING:
    import pandas

__all__ = ["ALTERNATE_FORMATS", "FORMAT_RUN_LIMIT", "FormatRun", "format_runs"]

ALTERNATE_FORMATS = BLOG_ARCHIVE.at("Facebook page: alternate text, images, videos, questions")
"""[001]'s advice the check follows."""

FORMAT_RUN_LIMIT = 3
"""Posts of one format in a row before a run is flagged: socialkit's default, a heuristic.

[001] says to alternate formats but gives no number; three in a row is socialkit's
choice (:data:`~socialkit._core.documents.HEURISTIC`). Pass ``longest=`` to change it.
"""

FORMAT_RUN_SOURCE = HEURISTIC.at("at most 3 posts of one format in a row")
"""Where the limit comes from: socialkit, not a source."""


def _aware_records(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]
) -> None:
    if not value:
        raise ValidationError(
            "FormatRun.records", "is empty", allowed=N_("expected the posts of the run")
        )
    for index, record in enumerate(value):
        moment = record.posted_at
        if not isinstance(moment, datetime) or moment.utcoffset() is None:
            raise SocialkitTypeError(
                f"FormatRun.records[{index}].posted_at",
                moment,
                expected=N_("a timezone-aware datetime"),
            )


@frozen(kw_only=True)
class FormatRun:
    """Consecutive posts of one format on one platform, longer than the limit.

    ``records`` are the posts of the run, in posting order; ``format`` is their
    format as the first of them spells it.
    """

    platform: str | None = attrs.field(validator=optional(non_empty_str))
    format: str = attrs.field(validator=non_empty_str)
    records: tuple[PostRecord, ...] = attrs.field(converter=to_tuple, validator=_aware_records)

    @property
    def length(self) -> int:
        """How many posts in a row share the format."""
        return len(self.records)

    @property
    def first(self) -> datetime:
        """When the run starts."""
        return self.records[0].posted_at

    @property
    def last(self) -> datetime:
        """When its last post went out."""
        return self.records[-1].posted_at

    MAX_ROWS = 20
    """Posts a notebook shows before truncating, as pandas does (first and last rows)."""

    def __str__(self) -> str:
        first, last = self.first.date().isoformat(), self.last.date().isoformat()
        if self.platform:
            return tr(
                "{platform}: {length} {format!r} posts in a row from {first} to {last}",
                platform=self.platform,
                length=self.length,
                format=self.format,
                first=first,
                last=last,
            )
        return tr(
            "{length} {format!r} posts in a row from {first} to {last}",
            length=self.length,
            format=self.format,
            first=first,
            last=last,
        )

    def rows(self) -> list[tuple[object, ...]]:
        """One row per post of the run, in posting order: when, format, pillar, line."""
        return [
            (
                r.posted_at.isoformat(sep=" ", timespec="minutes"),
                r.format or "-",
                r.pillar or "-",
                r.line,
            )
            for r in self.records
        ]

    def _repr_html_(self) -> str:
        """The run's posts (:meth:`rows`) as an HTML table under its sentence (notebooks)."""
        return html_long_table(_RUN_HEADERS, self.rows(), caption=str(self), max_rows=self.MAX_ROWS)

    def __repr__(self) -> str:
        return short_repr("FormatRun", str(self))

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per post of the run: ``posted_at`` in UTC (pandas extra)."""
        return dataframe(
            "FormatRun.to_dataframe",
            [
                ("posted_at", "datetime64[ns, UTC]"),
                ("format", "string"),
                ("pillar", "string"),
                ("line", "int64"),
            ],
            [(r.posted_at, r.format, r.pillar, r.line) for r in self.records],
        )


_RUN_HEADERS = (H_("posted at"), H_("format"), H_("pillar"), H_("line"))


def _records(posts: History | Iterable[PostRecord]) -> tuple[PostRecord, ...]:
    if isinstance(posts, History):
        posts = posts.records
    if isinstance(posts, str | bytes) or not isinstance(posts, Iterable):
        raise SocialkitTypeError(
            "format_runs(posts)", posts, expected=N_("a History or a collection of PostRecord")
        )
    records = tuple(posts)
    for index, item in enumerate(records):
        if not isinstance(item, PostRecord):
            raise SocialkitTypeError(
                f"format_runs(posts[{index}])", item, expected=N_("a PostRecord")
            )
        if not isinstance(item.posted_at, datetime) or item.posted_at.utcoffset() is None:
            raise SocialkitTypeError(
                f"format_runs(posts[{index}]).posted_at",
                item.posted_at,
                expected=N_("a timezone-aware datetime"),
            )
    return records


def _key(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip().casefold()


def _run(platform: str | None, records: list[PostRecord], limit: int) -> list[FormatRun]:
    """``records`` as a run if it is longer than ``limit`` (and of a known format)."""
    if len(records) <= limit or records[0].format is None:
        return []
    return [FormatRun(platform=platform, format=records[0].format.strip(), records=tuple(records))]


def format_runs(
    posts: History | Iterable[PostRecord], *, longest: int = FORMAT_RUN_LIMIT
) -> tuple[FormatRun, ...]:
    """The runs of more than ``longest`` posts of one format in a row, per platform.

    Posts are taken per platform in posting order (equal times keep their
    order); formats compare case-insensitively; a post whose format is unknown
    (``None`` or blank) ends a run, since it may well be another format. Runs
    come platform by platform (in the order platforms first appear), then in
    time order.

    >>> from datetime import datetime, timedelta
    >>> from zoneinfo import ZoneInfo
    >>> day = datetime(2026, 3, 2, 9, tzinfo=ZoneInfo("Europe/Paris"))
    >>> kinds = ["image", "image", "Image", "image", "video", "text", "text"]
    >>> history = [PostRecord(posted_at=day + timedelta(days=i), platform="facebook", format=k)
    ...            for i, k in enumerate(kinds)]
    >>> for run in format_runs(history):
    ...     print(run)
    facebook: 4 'image' posts in a row from 2026-03-02 to 2026-03-05
    >>> len(format_runs(history, longest=1))
    2
    """
    limit = num.integer(longest, "format_runs(longest)", minimum=1, maximum=10**9)
    groups: dict[str | None, list[PostRecord]] = defaultdict(list)
    for record in _records(posts):
        groups[record.platform].append(record)
    runs: list[FormatRun] = []
    for platform, records in groups.items():
        ordered = sorted(records, key=lambda r: as_utc(r.posted_at))
        current: list[PostRecord] = []
        for record in ordered:
            key = _key(record.format)
            if current and key == _key(current[0].format):
                current.append(record)
                continue
            runs.extend(_run(platform, current, limit))
            current = [record] if key is not None else []
        runs.extend(_run(platform, current, limit))
    return tuple(runs)
