"""Time zones and local wall-clock times, with one documented DST policy.

socialkit never reads the system time zone or the clock: every time zone is
given by the caller (a :class:`zoneinfo.ZoneInfo` or an IANA key) and every
datetime must be timezone-aware.

DST policy for a local wall-clock time (a date and a time of day):

- **nonexistent** (inside the spring-forward gap, e.g. 02:30 in Paris on
  2026-03-29): shifted *forward* by the length of the gap (02:30 -> 03:30 CEST),
  so the post still happens that day, just after the clocks jump;
- **ambiguous** (inside the fall-back fold, e.g. 02:30 in Paris on 2026-10-25):
  the *first* occurrence (``fold=0``, still summer time).
"""

from __future__ import annotations

import difflib
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from fractions import Fraction
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

import attrs

from socialkit._core.i18n import N_, tr, translate
from socialkit._core.validate import where
from socialkit.errors import SocialkitTypeError, ValidationError

__all__ = [
    "AVERAGE_MONTH",
    "DAYS_PER_MONTH",
    "ONE_DAY",
    "WEEKDAYS",
    "as_utc",
    "aware",
    "clock",
    "elapsed",
    "ensure_aware",
    "in_hours",
    "localize",
    "month_label",
    "since_midnight",
    "to_zone",
    "utc_of",
    "wall_clock",
    "weekday_label",
    "weekday_name",
]


@cache
def _known_zones() -> frozenset[str]:
    """The IANA keys of the installed tz database, minus ``localtime`` (the system zone),
    ``posixrules`` and ``Factory`` (no audience's zone) and the ``posix/`` and ``right/``
    copies (duplicates, the latter counting leap seconds), wherever the system lists them."""
    return frozenset(
        key
        for key in available_timezones() - {"localtime", "posixrules", "Factory"}
        if not key.startswith(("posix/", "right/"))
    )


def to_zone(value: object, where: str = "tz") -> ZoneInfo:
    """A :class:`ZoneInfo` from a ``ZoneInfo`` or an IANA key such as ``"Europe/Paris"``.

    Only keys of the tz database are accepted: ``"localtime"`` would smuggle in
    the machine's own time zone, which socialkit never reads. ``datetime.UTC``
    (``timezone.utc``, any zero offset) is ``ZoneInfo("UTC")``; another fixed offset is refused,
    since an audience's clocks change with daylight saving time and an offset
    does not.

    >>> to_zone("Europe/Paris").key
    'Europe/Paris'
    >>> to_zone(UTC).key
    'UTC'
    >>> to_zone(timezone(timedelta(hours=1)))
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: tz: a fixed offset (UTC+01:00) does not follow daylight saving time; expected an IANA zone such as 'UTC' or 'Europe/Paris'
    >>> to_zone("Europe/Pariss")
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: tz: unknown time zone 'Europe/Pariss'; did you mean 'Europe/Paris', ...? expected an IANA key such as 'Europe/Paris'
    """
    if isinstance(value, timezone):
        if value == UTC:
            return ZoneInfo("UTC")
        raise ValidationError(
            where,
            tr(
                "a fixed offset ({offset}) does not follow daylight saving time",
                offset=value.tzname(None),
            ),
            allowed=tr("expected an IANA zone such as 'UTC' or 'Europe/Paris'"),
            value=value,
        )
    if isinstance(value, ZoneInfo):
        key = value.key
    elif isinstance(value, str):
        key = value
    else:
        raise SocialkitTypeError(where, value, expected=N_("a zoneinfo.ZoneInfo or an IANA key"))
    known = _known_zones()
    if key not in known:
        close = difflib.get_close_matches(str(key), sorted(known), n=3)
        hint = tr("did you mean {names}? ", names=", ".join(map(repr, close))) if close else ""
        problem = (
            tr("'localtime' is the machine's time zone, not the audience's")
            if key == "localtime"
            else tr("unknown time zone {key!r}", key=key)
        )
        raise ValidationError(
            where,
            problem,
            allowed=tr("{hint}expected an IANA key such as 'Europe/Paris'", hint=hint),
            value=value,
        )
    return value if isinstance(value, ZoneInfo) else ZoneInfo(key)


def ensure_aware(value: object, where: str) -> datetime:
    """``value`` itself if it is a timezone-aware datetime; a socialkit error otherwise.

    Its UTC time must exist too, since gaps and orderings are computed in UTC.
    """
    utc_of(value, where)
    assert isinstance(value, datetime)  # utc_of raised otherwise
    return value


def utc_of(value: object, where: str) -> datetime:
    """:func:`as_utc` of ``value`` after :func:`ensure_aware`'s checks, with its errors: one
    conversion for callers that check a datetime and then need its instant.

    >>> utc_of(datetime(2026, 11, 23, 9, tzinfo=ZoneInfo("Europe/Paris")), "at").isoformat()
    '2026-11-23T08:00:00+00:00'
    """
    if not isinstance(value, datetime):
        raise SocialkitTypeError(where, value, expected=N_("a timezone-aware datetime"))
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            where,
            tr("naive datetime {moment} (no time zone)", moment=value.isoformat()),
            allowed=N_("expected a timezone-aware datetime (e.g. tzinfo=ZoneInfo('Europe/Paris'))"),
        )
    try:
        return as_utc(value)
    except OverflowError:
        raise ValidationError(
            where,
            tr("{value} is out of range in UTC", value=value),
            allowed=N_(
                "expected a datetime whose UTC time is between datetime.min and datetime.max"
            ),
        ) from None


def aware(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: a timezone-aware datetime (wrap in ``optional`` to allow ``None``)."""
    ensure_aware(value, where(instance, attribute))


def localize(day: date, at: time, tz: tzinfo) -> datetime:
    """The aware datetime of wall-clock ``at`` on ``day`` in ``tz``, per the DST policy.

    >>> paris = ZoneInfo("Europe/Paris")
    >>> localize(date(2026, 3, 29), time(2, 30), paris).isoformat()  # gap: forward
    '2026-03-29T03:30:00+02:00'
    >>> localize(date(2026, 10, 25), time(2, 30), paris).isoformat()  # fold: first
    '2026-10-25T02:30:00+02:00'
    """
    first = datetime.combine(day, at, tz)  # at's own tzinfo, if any, is replaced
    if first.fold:
        first = first.replace(fold=0)
    # Round-trip through UTC: a nonexistent time comes back shifted by the gap.
    return first.astimezone(UTC).astimezone(tz)


def as_utc(moment: datetime) -> datetime:
    """``moment`` in UTC: the key to sort or compare aware datetimes as instants.

    Python compares two datetimes that share a ``tzinfo`` by wall clock, which
    misorders the two 02:30 of a fall-back night; in UTC they are instants.
    """
    return moment.astimezone(UTC)


def elapsed(start: datetime, end: datetime) -> timedelta:
    """The real time from ``start`` to ``end`` (negative if ``end`` is earlier).

    Python subtracts two datetimes that share a ``tzinfo`` by wall clock,
    ignoring a DST change between them; this helper subtracts instants.

    >>> paris = ZoneInfo("Europe/Paris")
    >>> a, b = datetime(2026, 3, 28, 10, tzinfo=paris), datetime(2026, 3, 30, 10, tzinfo=paris)
    >>> b - a, elapsed(a, b)  # the clocks sprang forward on 29 March
    (datetime.timedelta(days=2), datetime.timedelta(days=1, seconds=82800))
    """
    return as_utc(end) - as_utc(start)


ONE_DAY = timedelta(days=1)


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
"""Weekday names in :meth:`datetime.date.weekday` order (0 = Monday), as socialkit prints them."""


def weekday_name(weekday: int) -> str:
    """The short name of ``weekday`` (0 = Monday), the one table every module prints with.

    >>> weekday_name(0), weekday_name(6)
    ('Mon', 'Sun')
    """
    return WEEKDAYS[weekday]


_WEEKDAY_LABELS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
"""The short weekday names as displays show them (the msgids of :func:`weekday_label`)."""

_MONTH_LABELS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)
"""The month names as displays show them (the msgids of :func:`month_label`)."""


def weekday_label(weekday: int) -> str:
    """The short name of ``weekday`` (0 = Monday) in the current language, for displays.

    :func:`weekday_name` is the fixed English name data and keys use; this is the
    one displays (tables, pictures) show.

    >>> from socialkit._core.i18n import language
    >>> weekday_label(0), weekday_name(0)
    ('Mon', 'Mon')
    >>> with language("fr"):
    ...     weekday_label(0), weekday_label(6)
    ('lun.', 'dim.')
    """
    return translate(_WEEKDAY_LABELS[weekday])


def month_label(day: date, *, year: bool = True) -> str:
    """``day``'s month as displays show it (``"November 2026"``), in the current language.

    Never ``strftime("%B")``, whose words follow the machine's C locale, not socialkit's language.

    >>> from socialkit._core.i18n import language
    >>> month_label(date(2026, 11, 23)), month_label(date(2026, 5, 1), year=False)
    ('November 2026', 'May')
    >>> with language("fr"):
    ...     month_label(date(2026, 11, 23))
    'novembre 2026'
    """
    name = translate(_MONTH_LABELS[day.month - 1])
    return f"{name} {day.year}" if year else name


def clock(at: time, *, end: bool = False) -> str:
    """A wall-clock time as ``HH:MM``; with ``end=True`` midnight is ``24:00`` (the day's end).

    >>> clock(time(9, 30)), clock(time(0)), clock(time(0), end=True)
    ('09:30', '00:00', '24:00')
    """
    return "24:00" if end and at == time(0) else f"{at:%H:%M}"


def in_hours(span: timedelta) -> str:
    """A duration in hours, as socialkit prints gaps: ``48 h``, ``1.5 h``.

    >>> in_hours(timedelta(days=2)), in_hours(timedelta(minutes=90))
    ('48 h', '1.5 h')
    """
    return f"{span.total_seconds() / 3600:g} h"


def since_midnight(at: time) -> timedelta:
    """How far into its day a wall-clock time is, to the microsecond.

    >>> since_midnight(time(9, 30, 15))
    datetime.timedelta(seconds=34215)
    """
    return timedelta(
        hours=at.hour, minutes=at.minute, seconds=at.second, microseconds=at.microsecond
    )


def wall_clock(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: a :class:`datetime.time` without a zone (the audience's zone applies)."""
    if not isinstance(value, time):
        raise SocialkitTypeError(where(instance, attribute), value, expected=N_("a datetime.time"))
    if value.tzinfo is not None:
        raise ValidationError(
            where(instance, attribute),
            tr("got {value} with a time zone", value=value),
            allowed=N_("expected a wall-clock time; the rule's time zone is the audience's"),
        )


DAYS_PER_MONTH = Fraction(146097, 4800)
"""socialkit's one average month, in days: 30.436875, exactly.

Four hundred Gregorian years hold 146,097 days and 4,800 months. It is for
*rate conversions* only, where no real date range exists (a growth of 10 % a
month, 5 posts a month as a weekly rate). Wherever real dates exist, a month is
a calendar month in the audience's time zone (``2026-11``), as
:meth:`FrequencyRule.check <socialkit.frequency.FrequencyRule.check>` counts it.

>>> float(DAYS_PER_MONTH), float(DAYS_PER_MONTH / 7)  # days, weeks
(30.436875, 4.348125)
"""

AVERAGE_MONTH = timedelta(seconds=int(DAYS_PER_MONTH * 86400))
""":data:`DAYS_PER_MONTH` as a duration (30 days, 10 h 29 min 6 s).

>>> AVERAGE_MONTH
datetime.timedelta(days=30, seconds=37746)
"""
