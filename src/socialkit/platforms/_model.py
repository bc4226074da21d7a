"""The :class:`Platform` value object and the facts it is made of.

A platform is *data*: one frozen instance per network, built from sourced facts
(text limits, count limits, media limits, ranking signals, posting guidance,
benchmark posting windows and the domains it serves). Where platforms differ,
the difference is in the data, never in a subclass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, time, timedelta
from difflib import get_close_matches
from fractions import Fraction
from typing import Any, TypeVar

import attrs

from socialkit._core.fields import checked, frozen
from socialkit._core.i18n import N_, tr
from socialkit._core.sources import SOURCE_MAX_AGE, Fact, Source
from socialkit._core.table import short_repr
from socialkit._core.time import (
    ONE_DAY,
    clock,
    since_midnight,
    wall_clock,
    weekday_label,
    weekday_name,
)
from socialkit._core.validate import (
    Choice,
    at_least,
    each,
    non_empty_str,
    optional,
    positive_duration,
    to_enum,
    to_tuple,
    where,
)
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError
from socialkit.platforms._describe import platform_html, platform_text

__all__ = [
    "CountKind",
    "CountLimit",
    "Effect",
    "Limits",
    "MediaFamily",
    "MediaKind",
    "MediaLimit",
    "MediaRequirement",
    "OwnDomain",
    "Period",
    "Platform",
    "PostingGuidance",
    "PostingWindow",
    "ProfileImage",
    "ProfileImageKind",
    "Signal",
    "TextLimit",
    "TextUnit",
]

F = TypeVar("F", bound=Fact)

_SLUG = re.compile(r"[a-z][a-z0-9_-]*\Z")
_MINUTE, _HOUR = timedelta(minutes=1), timedelta(hours=1)


class MediaFamily(Choice):
    """The four kinds of social media of the source documents.

    Each family has a typical balance between interaction and content
    (source documents [000], [001]); it is a rule of thumb, not a measurement.

    >>> MediaFamily.CONTENT_SHARING.content_share
    Fraction(7, 10)
    >>> MediaFamily.MESSAGING.interaction_share
    Fraction(9, 10)
    """

    SOCIAL_NETWORK = "social network"
    CONTENT_SHARING = "content sharing"
    CONTENT_DIFFUSION = "content diffusion"
    MESSAGING = "messaging"

    @property
    def interaction_share(self) -> Fraction:
        """Share of activity that is interaction between people."""
        return _INTERACTION_SHARE[self]

    @property
    def content_share(self) -> Fraction:
        """Share of activity that is publishing content (``1 - interaction_share``)."""
        return 1 - _INTERACTION_SHARE[self]


_INTERACTION_SHARE = {
    MediaFamily.SOCIAL_NETWORK: Fraction(1, 2),
    MediaFamily.CONTENT_SHARING: Fraction(3, 10),
    MediaFamily.CONTENT_DIFFUSION: Fraction(1, 10),
    MediaFamily.MESSAGING: Fraction(9, 10),
}


class TextUnit(Choice):
    """How a platform counts the length of a text."""

    CODE_POINTS = "code points"
    X_WEIGHTED = "x weighted"
    """twitter-text configuration v3: weighted code points, URLs and emoji fixed."""
    GRAPHEMES = "graphemes"
    """Extended grapheme clusters (UAX #29): what a reader sees as one character."""
    UTF8_BYTES = "utf-8 bytes"
    UTF16_UNITS = "utf-16 units"
    CODE_POINTS_EMOJI_AS_BYTES = "code points, emoji as utf-8 bytes"
    """Code points, except that each emoji counts its UTF-8 bytes (Threads)."""


class CountKind(Choice):
    """Things a platform caps by number in one post."""

    HASHTAGS = "hashtags"
    MENTIONS = "mentions"
    LINKS = "links"
    IMAGES = "images"
    VIDEOS = "videos"
    CAROUSEL_ITEMS = "carousel items"
    POLL_OPTIONS = "poll options"
    TOPIC_TAGS = "topic tags"
    DOCUMENT_PAGES = "document pages"


class MediaKind(Choice):
    """Kinds of media a post can carry."""

    IMAGE = "image"
    GIF = "gif"
    VIDEO = "video"
    SHORT_VIDEO = "short video"
    DOCUMENT = "document"
    CAROUSEL = "carousel"
    """Several images or videos swiped through in one post."""
    POLL = "poll"


class Effect(Choice):
    """Whether a ranking signal helps or hurts distribution."""

    BOOST = "boost"
    RESTRICT = "restrict"


class Period(Choice):
    """Calendar periods that posting frequencies are expressed in."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class ProfileImageKind(Choice):
    """The images of a profile: the avatar (profile picture, logo) and the banner (cover, header)."""

    AVATAR = "avatar"
    BANNER = "banner"


def _period(value: object) -> Period | None:
    return None if value is None else to_enum(Period, value)


def _tier(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        non_empty_str(instance, attribute, value)


@frozen(kw_only=True)
class TextLimit(Fact):
    """The maximum length of one text field, in the unit the platform counts.

    ``url_length`` is set where every URL counts as a fixed length (X, Mastodon: 23).
    ``mention_domain_free`` is set where a mention counts without its domain
    (Mastodon counts ``@user@example.social`` as ``@user``), and
    ``url_needs_scheme`` where only links written with ``http://`` or ``https://``
    get the fixed URL length (Mastodon counts ``example.com`` as plain text).
    ``tier`` names a paid tier with a different limit (``"premium"``).
    """

    maximum: int = attrs.field(validator=at_least(1))
    unit: TextUnit
    field: str = attrs.field(default="post", validator=non_empty_str)
    tier: str | None = attrs.field(default=None, validator=_tier)
    url_length: int | None = attrs.field(default=None, validator=optional(at_least(1)))
    mention_domain_free: bool = False
    url_needs_scheme: bool = False


@frozen(kw_only=True)
class CountLimit(Fact):
    """The maximum number of hashtags, mentions, links, images... in one post."""

    kind: CountKind
    maximum: int = attrs.field(validator=at_least(0))
    tier: str | None = attrs.field(default=None, validator=_tier)


def _aspect(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, Fraction) or value <= 0:
        raise ValidationError(
            where(instance, attribute),
            tr("got {value!r}", value=value),
            allowed=N_("expected a Fraction > 0"),
        )


@frozen(kw_only=True)
class MediaLimit(Fact):
    """Constraints on one kind of media: duration, file size, shape.

    Aspect ratios are width / height as exact fractions (``Fraction(4, 5)``).
    """

    kind: MediaKind
    min_duration: timedelta | None = attrs.field(
        default=None, validator=optional(positive_duration)
    )
    max_duration: timedelta | None = attrs.field(
        default=None, validator=optional(positive_duration)
    )
    max_bytes: int | None = attrs.field(default=None, validator=optional(at_least(1)))
    recommended_width: int | None = attrs.field(default=None, validator=optional(at_least(1)))
    recommended_height: int | None = attrs.field(default=None, validator=optional(at_least(1)))
    min_aspect: Fraction | None = attrs.field(default=None, validator=_aspect)
    max_aspect: Fraction | None = attrs.field(default=None, validator=_aspect)
    tier: str | None = attrs.field(default=None, validator=_tier)

    def __attrs_post_init__(self) -> None:
        pairs = (
            ("duration", self.min_duration, self.max_duration),
            ("aspect", self.min_aspect, self.max_aspect),
        )
        for name, low, high in pairs:
            if low is not None and high is not None and low > high:  # type: ignore[operator]
                raise ValidationError(
                    f"MediaLimit({self.kind}).min_{name}",
                    tr("{low} is above max_{name}={high}", low=low, name=name, high=high),
                    allowed=tr("expected min_{name} <= max_{name}", name=name),
                )


def _pixels() -> Any:
    return attrs.field(validator=at_least(1))


def _optional_pixels() -> Any:
    return attrs.field(default=None, validator=optional(at_least(1)))


@frozen(kw_only=True)
class ProfileImage(Fact):
    """The size a network asks for one profile image (avatar or banner), in pixels.

    ``width`` x ``height`` is the recommended size (its ratio the shape to use);
    ``min_width`` / ``min_height`` the smallest the network accepts or advises, when
    the source gives one; ``surface`` which profile it is for (``"profile"`` for a
    person, ``"page"`` for a company page, ``"channel"``...). Like every fact, it has
    a source and a confidence: several sizes come from third-party guides only.

    >>> from socialkit import get_platform
    >>> banner = get_platform("youtube").profile_image("banner")
    >>> (banner.width, banner.height, banner.min_width, banner.min_height)
    (2560, 1440, 2048, 1152)
    >>> banner.aspect
    Fraction(16, 9)
    """

    kind: ProfileImageKind
    width: int = _pixels()
    height: int = _pixels()
    min_width: int | None = _optional_pixels()
    min_height: int | None = _optional_pixels()
    max_bytes: int | None = _optional_pixels()
    surface: str = attrs.field(default="profile", validator=non_empty_str)

    @property
    def aspect(self) -> Fraction:
        """The recommended shape, width / height, exact."""
        return Fraction(self.width, self.height)


def _unique_ids(instance: object, attribute: attrs.Attribute[Any], value: Iterable[Any]) -> None:
    seen: set[tuple[str, date | None]] = set()
    for item in value:
        key = (item.id, item.since)
        if key in seen:
            raise ValidationError(
                where(instance, attribute),
                tr("duplicate signal {id!r} (since {since})", id=item.id, since=item.since),
                allowed=N_("one signal per id and start date; date versions with since/until"),
            )
        seen.add(key)


def _current(facts: Iterable[F], on: date | None) -> tuple[F, ...]:
    return tuple(f for f in facts if f.holds_on(on))


def _for_tier(facts: tuple[F, ...], tier: str | None) -> tuple[F, ...]:
    """Facts of ``tier`` where the tier has its own, else the untiered ones."""
    tiered = tuple(f for f in facts if getattr(f, "tier", None) == tier)
    if tier is not None and tiered:
        return tiered
    return tuple(f for f in facts if getattr(f, "tier", None) is None)


def _body_field(instance: Limits, attribute: attrs.Attribute[Any], value: object) -> None:
    non_empty_str(instance, attribute, value)
    if value != "post" and value not in instance.fields():
        raise ValidationError(
            where(instance, attribute),
            tr("{value!r} has no text limit", value=value),
            allowed=tr(
                "expected 'post' or a limited field: {value}",
                value=", ".join(instance.fields()) or "-",
            ),
        )


@frozen(kw_only=True)
class Limits:
    """Every hard limit of a platform, as dated and sourced facts.

    ``body_field`` is the text field a post's main text goes to: ``"post"``
    (a status, a caption) unless the platform has no such field and the text
    is a description (YouTube, Pinterest). It is data, so the rules measure the
    text where the platform puts it; ``"post"`` may have no limit at all
    (Snapchat), and then the text is reported as not checked.

    >>> from socialkit import get_platform
    >>> get_platform("youtube").limits.body_field, get_platform("x").limits.tiers()
    ('description', ('premium',))
    """

    text: tuple[TextLimit, ...] = ()
    counts: tuple[CountLimit, ...] = ()
    media: tuple[MediaLimit, ...] = ()
    body_field: str = attrs.field(default="post", validator=_body_field)

    def tiers(self) -> tuple[str, ...]:
        """The paid tiers the data names (``("premium",)`` on X), in data order."""
        facts: tuple[TextLimit | CountLimit | MediaLimit, ...] = (
            *self.text,
            *self.counts,
            *self.media,
        )
        return tuple(dict.fromkeys(f.tier for f in facts if f.tier is not None))

    def resolve_tier(self, tier: str | None, *, where: str = "tier") -> str | None:
        """``tier`` as the data spells it (case-insensitive); ``None`` stays ``None``.

        A tier the data does not name raises :class:`~socialkit.ValidationError`
        listing the tiers it does name: a typo must not fall back silently to
        the free limits.
        """
        if tier is None:
            return None
        if not isinstance(tier, str):
            raise SocialkitTypeError(where, tier, expected=N_("a tier name (str) or None"))
        known = self.tiers()
        wanted = tier.strip().casefold()
        for name in known:
            if name.casefold() == wanted:
                return name
        close = get_close_matches(wanted, [t.casefold() for t in known], n=3)
        names = ", ".join(repr(t) for t in known if t.casefold() in close)
        hint = tr("did you mean {names}? ", names=names) if close else ""
        allowed = ", ".join(repr(t) for t in known)
        raise ValidationError(
            where,
            tr("unknown tier {tier!r}", tier=tier),
            allowed=(
                tr("{hint}expected one of {names} or None", hint=hint, names=allowed)
                if known
                else tr("expected None (no tier)")
            ),
            value=tier,
        )

    @checked
    def text_limits(
        self, field: str = "post", *, tier: str | None = None, on: date | None = None
    ) -> tuple[TextLimit, ...]:
        """The limits that apply to ``field`` (several when a platform caps two units)."""
        facts = _current((t for t in self.text if t.field == field), on)
        return _for_tier(facts, self.resolve_tier(tier))

    def fields(self) -> tuple[str, ...]:
        """The text fields that have a limit, in data order."""
        return tuple(dict.fromkeys(t.field for t in self.text))

    def count(
        self, kind: CountKind, *, tier: str | None = None, on: date | None = None
    ) -> CountLimit | None:
        """The cap on ``kind`` per post, or ``None`` where the platform sets none."""
        tier = self.resolve_tier(tier)
        facts = _for_tier(_current((c for c in self.counts if c.kind == kind), on), tier)
        return min(facts, key=lambda c: c.maximum, default=None)

    def media_limit(
        self, kind: MediaKind, *, tier: str | None = None, on: date | None = None
    ) -> MediaLimit | None:
        """The constraints on ``kind`` media, or ``None`` where none are recorded."""
        tier = self.resolve_tier(tier)
        facts = _for_tier(_current((m for m in self.media if m.kind == kind), on), tier)
        return facts[0] if facts else None

    def all_facts(self) -> tuple[Fact, ...]:
        """Every limit, text first."""
        return (*self.text, *self.counts, *self.media)


_SIGNAL_ID = re.compile(r"[a-z][a-z0-9_]*\Z")


def _signal_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _SIGNAL_ID.match(value):
        raise ValidationError(
            where(instance, attribute),
            tr("got {value!r}", value=value),
            allowed=N_("expected a snake_case identifier such as 'external_link'"),
        )


@frozen(kw_only=True)
class Signal(Fact):
    """One thing a platform's ranking rewards (boost) or punishes (restrict).

    ``weight`` is the relative weight the platform published, where it did
    (X's heavy ranker); ``None`` means no published weight.
    """

    id: str = attrs.field(validator=_signal_id)
    effect: Effect
    description: str = attrs.field(validator=non_empty_str)
    weight: float | None = None


def _weekday(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    at_least(0)(instance, attribute, value)
    if isinstance(value, int) and value > 6:
        raise ValidationError(
            where(instance, attribute),
            tr("got {value}", value=value),
            allowed=N_("expected 0 (Monday) to 6 (Sunday)"),
        )


RECOMMENDED = "recommended"
"""The profile of the guidance marked ``recommended``: what socialkit plans with by default."""


def _profile_names(value: Iterable[object]) -> tuple[str, ...]:
    names = to_tuple(value, "PostingGuidance.profiles")
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise SocialkitTypeError(
                "PostingGuidance.profiles", name, expected=N_("non-empty profile names (str)")
            )
    return tuple(names)


@frozen(kw_only=True)
class PostingGuidance(Fact):
    """One source's advice on how often to post: a range per period and/or a minimum gap.

    ``recommended`` marks the guidance socialkit plans with by default; the
    others are kept so users can see where sources disagree. ``profiles`` names
    the other rhythms this guidance belongs to (``"minimal"``: the least a team
    can keep up; any other name is a profile of its own): adding a profile is
    adding data. ``weak`` marks guidance from a weak source (an aggregator
    with no study behind it): its maxima and gap are kept as limits, but
    :meth:`socialkit.frequency.FrequencyRule.for_platform` never makes its
    minimum a target, and the planner says where it is used.

    >>> g = PostingGuidance(per="week", minimum=2, maximum=2, profiles=["minimal"],
    ...                     source=Source(title="notes", confidence="secondary"))
    >>> g.in_profile("minimal"), g.in_profile("recommended")
    (True, False)
    """

    per: Period | None = attrs.field(default=None, converter=_period)
    minimum: int | None = attrs.field(default=None, validator=optional(at_least(0)))
    maximum: int | None = attrs.field(default=None, validator=optional(at_least(1)))
    min_gap: timedelta | None = attrs.field(default=None, validator=optional(positive_duration))
    surface: str = attrs.field(default="feed", validator=non_empty_str)
    recommended: bool = False
    note: str = ""
    profiles: tuple[str, ...] = attrs.field(default=(), converter=_profile_names)
    weak: bool = False

    def in_profile(self, profile: str) -> bool:
        """Whether this guidance is part of the named rhythm (``"recommended"``: ``recommended``)."""
        return profile in self.profiles or (profile == RECOMMENDED and self.recommended)

    def __attrs_post_init__(self) -> None:
        has_range = self.minimum is not None or self.maximum is not None
        if has_range and self.per is None:
            raise ValidationError(
                "PostingGuidance.per",
                N_("a range needs a period"),
                allowed=N_("expected day/week/month"),
            )
        if not has_range and self.min_gap is None:
            raise ValidationError(
                "PostingGuidance",
                N_("neither a range nor a gap"),
                allowed=N_("expected minimum/maximum per period, min_gap, or both"),
            )
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValidationError(
                "PostingGuidance.minimum",
                tr(
                    "{minimum} is above maximum={maximum}",
                    minimum=self.minimum,
                    maximum=self.maximum,
                ),
                allowed=N_("expected minimum <= maximum"),
            )


def _media_kinds(value: Iterable[object]) -> tuple[MediaKind, ...]:
    kinds = to_tuple(value, "MediaRequirement.any_of")
    return tuple(to_enum(MediaKind, v, "MediaRequirement.any_of") for v in kinds)


def _some_kinds(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]
) -> None:
    if not value:
        raise ValidationError(
            "MediaRequirement.any_of",
            N_("no media kinds"),
            allowed=N_("expected at least one MediaKind the post must carry one of"),
        )


@frozen(kw_only=True)
class MediaRequirement(Fact):
    """What a post must carry to be published at all on one surface: at least one
    medium of ``any_of`` (a text-only post cannot be published there).

    >>> from socialkit import get_platform
    >>> req = get_platform("youtube").media_required[0]
    >>> [str(k) for k in req.any_of], req.surface
    (['video', 'short video'], 'video')
    >>> req.met_by([MediaKind.IMAGE])
    False
    """

    any_of: tuple[MediaKind, ...] = attrs.field(converter=_media_kinds, validator=_some_kinds)
    surface: str = attrs.field(default="feed", validator=non_empty_str)
    note: str = ""

    @checked
    def met_by(self, kinds: Iterable[MediaKind]) -> bool:
        """Whether media of ``kinds`` satisfy the requirement (one of ``any_of`` is there)."""
        return any(k in self.any_of for k in kinds)


@frozen(kw_only=True)
class PostingWindow:
    """A weekday and a local time-of-day span ``[start, end)``: when to post.

    The one window type of socialkit: a platform's benchmark windows (when posts
    tend to do well, each backed by ``sources``) and a
    :class:`~socialkit.FrequencyRule`'s allowed windows (no source needed) are both
    posting windows, so ``FrequencyRule(windows=platform.best_times)`` just works.
    ``weekday`` is 0 (Monday) to 6 (Sunday); ``end=time(0)`` means the end of the
    day. Times are the audience's wall clock (no ``tzinfo``). ``sources`` are
    provenance, not part of the window's identity: they do not count in ``==``.

    >>> from datetime import time
    >>> w = PostingWindow(weekday=1, start=time(10), end=time(12, 30))
    >>> str(w), w.contains(1, time(12, 15)), w.contains(1, time(12, 30))
    ('Tue 10:00-12:30', True, False)
    >>> PostingWindow(weekday=1, start=time(12), end=time(10))
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: PostingWindow.end: 10:00:00 is not after start=12:00:00; expected start < end on the same day (end=00:00 means midnight)
    """

    weekday: int = attrs.field(validator=_weekday)
    start: time = attrs.field(validator=wall_clock)
    end: time = attrs.field(validator=wall_clock)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=to_tuple, eq=False)

    def __attrs_post_init__(self) -> None:
        first, last = self.span
        if last <= first:
            raise ValidationError(
                "PostingWindow.end",
                tr("{end} is not after start={start}", end=self.end, start=self.start),
                allowed=N_("expected start < end on the same day (end=00:00 means midnight)"),
            )

    @property
    def span(self) -> tuple[timedelta, timedelta]:
        """Start and end as time since midnight, to the microsecond (a midnight end is a day)."""
        return since_midnight(self.start), since_midnight(self.end) or ONE_DAY

    @property
    def minutes(self) -> tuple[int, int]:
        """The whole minutes inside, ``[first, last)`` in minutes since midnight.

        >>> from datetime import time
        >>> PostingWindow(weekday=0, start=time(9, 30, 30), end=time(0)).minutes
        (571, 1440)
        """
        first, last = self.span
        return -(-first // _MINUTE), last // _MINUTE

    def hours(self) -> range:
        """The clock hours the window touches (10:00-12:30 -> 10, 11, 12).

        >>> from datetime import time
        >>> list(PostingWindow(weekday=0, start=time(10), end=time(12, 30)).hours())
        [10, 11, 12]
        """
        first, last = self.span
        return range(first // _HOUR, -(-last // _HOUR))

    @checked
    def contains(self, weekday: int, at: time) -> bool:
        """Whether ``at`` on ``weekday`` falls inside the window (to the microsecond)."""
        first, last = self.span
        return weekday == self.weekday and first <= since_midnight(at) < last

    def __str__(self) -> str:
        return f"{weekday_name(self.weekday)} {clock(self.start)}-{clock(self.end, end=True)}"

    def label(self) -> str:
        """The window as a display shows it: ``str(window)`` with the weekday in the current language.

        ``str()`` stays English (it is a key and a log line); tables and pictures show this.

        >>> from datetime import time
        >>> from socialkit._core.i18n import language
        >>> window = PostingWindow(weekday=1, start=time(10), end=time(12))
        >>> with language("fr"):
        ...     str(window), window.label()
        ('Tue 10:00-12:00', 'mar. 10:00-12:00')
        """
        return f"{weekday_label(self.weekday)} {clock(self.start)}-{clock(self.end, end=True)}"


def _sourced(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Platform data is sourced: every benchmark window names where it comes from."""
    for i, w in enumerate(value):
        if not w.sources:
            raise ValidationError(
                f"{where(instance, attribute)}[{i}]",
                tr("{window} has no source", window=w),
                allowed=N_("expected PostingWindow(..., sources=[Source(...)]) for platform data"),
            )


_DOMAIN = re.compile(r"([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}\Z")


def _domain(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _DOMAIN.match(value):
        raise ValidationError(
            where(instance, attribute),
            tr("got {value!r}", value=value),
            allowed=N_("expected a lower-case domain such as 'lnkd.in' (no scheme, no path)"),
        )


@frozen(kw_only=True)
class OwnDomain(Fact):
    """A domain the platform itself serves: its site, its link shortener.

    A link to it stays on the platform, so rules about links to other sites
    (LinkedIn restricts posts linking out) leave it alone. Subdomains count:
    ``www.linkedin.com`` belongs to ``linkedin.com``.

    >>> from socialkit import Source
    >>> short = OwnDomain(domain="lnkd.in", source=Source(title="notes", confidence="unconfirmed"))
    >>> short.covers("LNKD.in"), short.covers("www.lnkd.in"), short.covers("notlnkd.in")
    (True, True, False)
    """

    domain: str = attrs.field(validator=_domain)

    @checked
    def covers(self, host: str) -> bool:
        """Whether ``host`` is this domain or one of its subdomains (case-insensitive)."""
        host = host.lower().rstrip(".")
        return host == self.domain or host.endswith("." + self.domain)


def _slug(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _SLUG.match(value):
        raise ValidationError(
            where(instance, attribute),
            tr("got {value!r}", value=value),
            allowed=N_("expected a lower-case slug: a letter, then letters, digits, '-' or '_'"),
        )


@frozen(kw_only=True, repr=False)
class Platform:
    """One social network, as sourced data.

    >>> from socialkit import get_platform
    >>> linkedin = get_platform("linkedin")
    >>> linkedin.family
    <MediaFamily.SOCIAL_NETWORK: 'social network'>
    >>> linkedin.signal("external_link").effect
    <Effect.RESTRICT: 'restrict'>
    """

    slug: str = attrs.field(validator=_slug)
    name: str = attrs.field(validator=non_empty_str)
    family: MediaFamily
    verified_on: date
    description: str = ""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=each(_slug))
    own_domains: tuple[OwnDomain, ...] = ()
    limits: Limits = attrs.field(factory=Limits)
    signals: tuple[Signal, ...] = attrs.field(default=(), validator=_unique_ids)
    frequency: tuple[PostingGuidance, ...] = ()
    best_times: tuple[PostingWindow, ...] = attrs.field(default=(), validator=_sourced)
    media_required: tuple[MediaRequirement, ...] = ()
    profile_images: tuple[ProfileImage, ...] = ()
    """Avatar and banner sizes, sourced; a network whose sizes could not be sourced has none."""

    def __attrs_post_init__(self) -> None:
        if not self.sources:
            raise ValidationError(
                f"Platform({self.slug!r})",
                N_("no sourced facts"),
                allowed=N_("expected at least one limit, signal or guidance with a source"),
            )

    def __repr__(self) -> str:
        return short_repr(
            "Platform",
            f"{self.slug!r}: {self.name}, {self.family}, {len(self.signals)} signals, "
            f"{len(self.limits.all_facts())} limits, verified {self.verified_on}",
        )

    def __str__(self) -> str:
        """Everything known about the platform, as ``socialkit platform SLUG`` prints it."""
        return platform_text(self)  # the one renderer, shared with the CLI

    def _repr_html_(self) -> str:
        """The sections of :meth:`__str__` as HTML (notebooks)."""
        return platform_html(self)

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every distinct source behind this platform's facts, in data order."""
        backed: tuple[Fact | PostingWindow, ...] = (*self.facts(), *self.best_times)
        return tuple(dict.fromkeys(s for f in backed for s in f.sources))

    def facts(self) -> tuple[Fact, ...]:
        """Every dated fact of the platform: limits, signals, guidance, own domains.

        Benchmark windows (:attr:`best_times`) carry their sources themselves.
        """
        return (
            *self.limits.all_facts(),
            *self.signals,
            *self.frequency,
            *self.own_domains,
            *self.media_required,
            *self.profile_images,
        )

    def profile_image(
        self, kind: str, *, surface: str | None = None, on: date | None = None
    ) -> ProfileImage | None:
        """The size of the ``kind`` image (``"avatar"``, ``"banner"``) holding ``on`` that day.

        ``surface`` picks one profile (``"page"``, ``"profile"``); ``None`` takes the
        first in data order. ``None`` when the network has no sourced size for it.
        """
        wanted = to_enum(ProfileImageKind, kind, f"Platform({self.slug!r}).profile_image(kind)")
        if surface is not None and not isinstance(surface, str):
            raise SocialkitTypeError(
                f"Platform({self.slug!r}).profile_image(surface)", surface, expected=N_("a str")
            )
        for image in _current(self.profile_images, on):
            if image.kind is wanted and (surface is None or image.surface == surface):
                return image
        return None

    @checked
    def signal(self, signal_id: str, *, on: date | None = None) -> Signal:
        """The signal with that id holding ``on`` that day (``None``: today's rules).

        Raises :class:`~socialkit.NotFoundError` if absent.
        """
        for s in self.signals:
            if s.id == signal_id and s.holds_on(on):
                return s
        ids = list(dict.fromkeys(s.id for s in self.signals if s.holds_on(on)))
        raise NotFoundError(
            f"Platform({self.slug!r}).signals", signal_id, ids, get_close_matches(signal_id, ids)
        )

    @checked
    def owns(self, host: str, *, on: date | None = None) -> bool:
        """Whether ``host`` is one of the platform's own domains holding ``on`` that day.

        >>> from socialkit import get_platform
        >>> linkedin = get_platform("linkedin")
        >>> linkedin.owns("lnkd.in"), linkedin.owns("www.linkedin.com"), linkedin.owns("example.com")
        (True, True, False)
        """
        return any(d.covers(host) for d in _current(self.own_domains, on))

    @checked
    def current_signals(self, on: date | None = None) -> tuple[Signal, ...]:
        """Signals holding ``on`` that day (``None``: today's rules)."""
        return _current(self.signals, on)

    def boosts(self, on: date | None = None) -> tuple[Signal, ...]:
        """Signals the ranking rewards."""
        return tuple(s for s in self.current_signals(on) if s.effect is Effect.BOOST)

    def restrictions(self, on: date | None = None) -> tuple[Signal, ...]:
        """Signals the ranking punishes."""
        return tuple(s for s in self.current_signals(on) if s.effect is Effect.RESTRICT)

    def recommended_frequency(self) -> tuple[PostingGuidance, ...]:
        """The guidance socialkit plans with by default (``recommended=True``)."""
        return tuple(g for g in self.frequency if g.recommended and g.holds_on(None))

    def frequency_profile(self, profile: str) -> tuple[PostingGuidance, ...]:
        """Today's guidance of one named rhythm (``"recommended"``, ``"minimal"``...).

        >>> from socialkit import get_platform
        >>> [(g.per, g.minimum, g.maximum) for g in get_platform("instagram").frequency_profile("minimal")]
        [(<Period.WEEK: 'week'>, 2, 2), (<Period.DAY: 'day'>, None, 1)]
        """
        return tuple(g for g in self.frequency if g.in_profile(profile) and g.holds_on(None))

    def frequency_profiles(self) -> tuple[str, ...]:
        """The names of the rhythms today's guidance defines, ``"recommended"`` first.

        >>> from socialkit import get_platform
        >>> get_platform("instagram").frequency_profiles()
        ('recommended', 'minimal')
        """
        current = [g for g in self.frequency if g.holds_on(None)]
        names = [RECOMMENDED] if any(g.recommended for g in current) else []
        return tuple(dict.fromkeys([*names, *(n for g in current for n in g.profiles)]))

    @checked
    def age(self, today: date) -> timedelta:
        """How long ago the data was last verified."""
        return today - self.verified_on

    @checked
    def is_stale(self, today: date, *, max_age: timedelta = timedelta(days=365)) -> bool:
        """Whether the data is older than ``max_age`` on ``today`` (you pass the date).

        Platforms change their rules often; stale data is still usable, so socialkit
        warns (:class:`~socialkit.errors.StaleDataWarning`) instead of failing.

        >>> from datetime import date
        >>> from socialkit import get_platform
        >>> get_platform("x").is_stale(date(2030, 1, 1))
        True
        """
        return self.age(today) > max_age

    def stale_facts(self, today: date, *, max_age: timedelta = SOURCE_MAX_AGE) -> tuple[Fact, ...]:
        """The facts holding today whose own source is older than ``max_age`` on ``today``.

        Staleness is judged per fact from its source's publication date
        (:meth:`Fact.is_stale <socialkit.Fact.is_stale>`; about five years by
        default, socialkit's own choice), so data verified last week can still
        rest on a 2015 paper; a source whose date is unknown is not judged. Warn
        with :func:`~socialkit.platforms.warn_stale`.

        >>> from datetime import date
        >>> from socialkit import get_platform
        >>> [f.source.published.year for f in get_platform("pinterest").stale_facts(date(2026, 12, 2))]
        [2015]
        """
        return tuple(
            f for f in self.facts() if f.holds_on(None) and f.is_stale(today, max_age=max_age)
        )
