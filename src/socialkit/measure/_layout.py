"""The vocabulary of history layouts: the outcomes, the fields and an export's column layout."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from socialkit._core.fields import frozen
from socialkit._core.i18n import N_, tr
from socialkit._core.validate import Choice
from socialkit.errors import SocialkitTypeError, ValidationError

__all__ = ["FIELDS", "ExportPreset", "Outcome"]


class Outcome(Choice):
    """An outcome an export may report for a post.

    >>> Outcome("video_views").value
    'video_views'
    """

    IMPRESSIONS = "impressions"
    REACH = "reach"
    ENGAGEMENTS = "engagements"
    REACTIONS = "reactions"
    COMMENTS = "comments"
    SHARES = "shares"
    SAVES = "saves"
    CLICKS = "clicks"
    VIDEO_VIEWS = "video_views"
    FOLLOWS = "follows"


_TEXT_FIELDS = ("platform", "text", "link", "format", "pillar", "stage")
FIELDS = ("posted_at", *_TEXT_FIELDS, *(o.value for o in Outcome))
_INTERACTIONS = (Outcome.REACTIONS, Outcome.COMMENTS, Outcome.SHARES, Outcome.SAVES, Outcome.CLICKS)


def _columns(value: object) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if isinstance(value, tuple):  # the stored form (field, names) pairs, as attrs.evolve passes it
        value = dict(value)
    if not isinstance(value, Mapping):
        raise SocialkitTypeError("ExportPreset.columns", value, expected=N_("a mapping"))
    for field in value:
        if field not in FIELDS:
            raise ValidationError(
                "ExportPreset.columns",
                tr("unknown field {field!r}", field=field),
                allowed=tr("expected one of {names}", names=", ".join(FIELDS)),
            )
    names: Mapping[str, Iterable[str]] = value
    return tuple((f, tuple(names[f])) for f in FIELDS if f in names)


@frozen(kw_only=True)
class ExportPreset:
    """The column layout of one analytics export: socialkit field -> header names it may use.

    ``note`` says where the layout comes from and how sure it is.

    >>> p = ExportPreset(name="mine", platform="x", columns={"posted_at": ("When",)}, note="mine")
    >>> p.columns
    (('posted_at', ('When',)),)
    """

    name: str
    platform: str | None
    columns: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(converter=_columns)
    note: str
