"""A draft post: its text, media, format and the context the rules need.

A :class:`Post` is platform-neutral; :func:`~socialkit.assess` judges it
against one platform. Media are small values (:class:`Media`) built with the
named constructors ``Media.image()``, ``Media.video()``, ``Media.document()``,
``Media.carousel()`` and ``Media.poll()``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from types import MappingProxyType

import attrs

from socialkit._core.fields import checked, frozen
from socialkit._core.i18n import N_
from socialkit._core.sources import Source
from socialkit._core.validate import (
    Choice,
    at_least,
    non_empty_str,
    optional,
    positive_duration,
    to_enum,
    to_int,
    to_tuple,
)
from socialkit.errors import ValidationError
from socialkit.funnel._stages import ContentType
from socialkit.platforms._model import MediaKind
from socialkit.posts._purpose import PostPurpose
from socialkit.text._measure import extract

__all__ = ["FORMAT_CONTENT_TYPES", "Comment", "DisclosureMarker", "Media", "Post", "PostFormat"]


class PostFormat(Choice):
    """The eight kinds of post of the course module [000] ("Types de publications")."""

    REPOST = "repost"
    """Sharing someone else's content (partage / republication)."""
    IMAGE_WITH_ARTICLE = "image with article"
    VIDEO = "video"
    STORYTELLING = "storytelling"
    PODCAST = "podcast"
    CUSTOMER_TESTIMONIAL = "customer testimonial"
    CONTEST = "contest"
    """A contest or giveaway (jeu concours)."""
    QUOTE = "quote"


FORMAT_CONTENT_TYPES: Mapping[PostFormat, ContentType] = MappingProxyType(
    {
        # [000] lists the post types; the funnel's ContentType names each of them
        # (a testimonial, a quotation), so the funnel tables stage posts too.
        PostFormat.REPOST: ContentType.REPOST,
        PostFormat.IMAGE_WITH_ARTICLE: ContentType.IMAGE_WITH_ARTICLE,
        PostFormat.VIDEO: ContentType.VIDEO,
        PostFormat.STORYTELLING: ContentType.STORYTELLING,
        PostFormat.PODCAST: ContentType.PODCAST,
        PostFormat.CUSTOMER_TESTIMONIAL: ContentType.TESTIMONIAL,
        PostFormat.CONTEST: ContentType.CONTEST,
        PostFormat.QUOTE: ContentType.QUOTATION,
    }
)
"""The content type of each post format; a post without a format is a ``SOCIAL_POST``."""

_DURATION_KINDS = (MediaKind.VIDEO, MediaKind.SHORT_VIDEO, MediaKind.GIF)


def _media_kind(value: object) -> MediaKind:
    return to_enum(MediaKind, value, "Media.kind")


def _format(value: object) -> PostFormat | None:
    return None if value is None else to_enum(PostFormat, value, "Post.format")


def _media(value: Iterable[Media]) -> tuple[Media, ...]:
    return to_tuple(value, "Post.media")


def _links(value: Iterable[str]) -> tuple[str, ...]:
    return to_tuple(value, "Post.links")


def _keywords(value: Iterable[str]) -> tuple[str, ...]:
    return to_tuple(value, "Post.keywords")


@frozen(kw_only=True)
class Media:
    """One media item of a post.

    ``duration`` is for videos, ``pages`` for documents (PDF carousels),
    ``items`` for carousels, ``options`` for polls; ``subtitles`` says whether a
    video has captions; ``width``/``height`` are in pixels when known;
    ``watermarked`` flags a file exported from another app.

    >>> Media.video(timedelta(seconds=45), subtitles=True).kind
    <MediaKind.VIDEO: 'video'>
    >>> Media(kind="image", duration=timedelta(seconds=3))
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: Media(image).duration: a duration was given; expected a duration only for video, short video or gif
    """

    kind: MediaKind = attrs.field(converter=_media_kind)
    duration: timedelta | None = attrs.field(default=None, validator=optional(positive_duration))
    pages: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_int), validator=optional(at_least(1))
    )
    items: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_int), validator=optional(at_least(1))
    )
    options: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_int), validator=optional(at_least(2))
    )
    subtitles: bool = False
    alt_text: str = ""
    width: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_int), validator=optional(at_least(1))
    )
    height: int | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_int), validator=optional(at_least(1))
    )
    watermarked: bool = False
    """The file carries another app's watermark (a TikTok logo on a Reel)."""

    def __attrs_post_init__(self) -> None:
        if self.duration is not None and self.kind not in _DURATION_KINDS:
            raise ValidationError(
                f"Media({self.kind}).duration",
                N_("a duration was given"),
                allowed=N_("expected a duration only for video, short video or gif"),
            )

    @classmethod
    def image(
        cls, *, alt_text: str = "", width: int | None = None, height: int | None = None
    ) -> Media:
        """An image, with its alternative text and size when known."""
        return cls(kind=MediaKind.IMAGE, alt_text=alt_text, width=width, height=height)

    @classmethod
    def video(
        cls,
        duration: timedelta | None = None,
        *,
        subtitles: bool = False,
        short: bool = False,
        width: int | None = None,
        height: int | None = None,
        watermarked: bool = False,
    ) -> Media:
        """A video (``short=True`` for Reels, Shorts, TikToks)."""
        kind = MediaKind.SHORT_VIDEO if short else MediaKind.VIDEO
        return cls(
            kind=kind,
            duration=duration,
            subtitles=subtitles,
            width=width,
            height=height,
            watermarked=watermarked,
        )

    @classmethod
    @checked
    def document(cls, pages: int) -> Media:
        """A document (LinkedIn's PDF "carousel")."""
        return cls(kind=MediaKind.DOCUMENT, pages=pages)

    @classmethod
    @checked
    def carousel(cls, items: int) -> Media:
        """A carousel of ``items`` images or videos."""
        return cls(kind=MediaKind.CAROUSEL, items=items)

    @classmethod
    @checked
    def poll(cls, options: int) -> Media:
        """A poll with ``options`` answers."""
        return cls(kind=MediaKind.POLL, options=options)

    @property
    def is_video(self) -> bool:
        """True for videos of any length."""
        return self.kind in (MediaKind.VIDEO, MediaKind.SHORT_VIDEO)


@frozen(kw_only=True)
class Comment:
    """The first comment under a post, and whether the post's author wrote it.

    >>> Comment(text="Link in the comments: https://example.com", by_author=True).by_author
    True
    """

    text: str
    by_author: bool = True


def _purpose(value: object) -> PostPurpose | None:
    return None if value is None else to_enum(PostPurpose, value, "Post.purpose")


@frozen(kw_only=True)
class Post:
    """A draft (or published) post, independent of any platform.

    ``links`` are links attached outside the text (a link preview, a Pinterest
    destination); links written in ``text`` are found by
    :func:`~socialkit.extract`. ``sponsored`` marks a paid or incentivised post
    (free product, payment), which must be disclosed. ``title``,
    ``description`` and ``keywords`` are the metadata some platforms rank on
    (YouTube, Pinterest); where a platform's body is the description
    (:attr:`Limits.body_field <socialkit.platforms.Limits.body_field>`), ``text`` is the
    description unless ``description`` is set. ``scheduled_at`` must be
    timezone-aware.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> post = Post(text="Our new guide is out #marketing", media=(Media.image(),),
    ...             scheduled_at=datetime(2026, 11, 24, 10, tzinfo=ZoneInfo("Europe/Paris")))
    >>> post.hashtags
    ('marketing',)
    >>> Post(text="hi", scheduled_at=datetime(2026, 11, 24, 10))
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: Post.scheduled_at: naive datetime 2026-11-24T10:00:00 (no time zone); expected a timezone-aware datetime (e.g. tzinfo=ZoneInfo('Europe/Paris'))
    """

    text: str = ""
    media: tuple[Media, ...] = attrs.field(default=(), converter=_media)
    format: PostFormat | None = attrs.field(default=None, converter=_format)
    links: tuple[str, ...] = attrs.field(default=(), converter=_links)
    sponsored: bool = False
    first_comment: Comment | None = None
    scheduled_at: datetime | None = None
    title: str = ""
    description: str = ""
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_keywords)
    purpose: PostPurpose | None = attrs.field(default=None, converter=_purpose)
    """Why the post is published ([000]): see :class:`~socialkit.posts.PostPurpose`."""
    experiment: str | None = attrs.field(default=None, validator=optional(non_empty_str))
    """The A/B comparison a test post belongs to: the name you give the test
    (:func:`~socialkit.measure.compare_variants` compares its variants)."""

    @property
    def hashtags(self) -> tuple[str, ...]:
        """The hashtags of the text, without ``#``."""
        return tuple(h.text for h in extract(self.text).hashtags)

    @property
    def content_type(self) -> ContentType:
        """The funnel's content type of this post (:data:`FORMAT_CONTENT_TYPES`).

        So a list of posts is a plan :func:`~socialkit.stage_coverage` can stage.

        >>> Post(text="Win a mug!", format="contest").content_type
        <ContentType.CONTEST: 'contest'>
        >>> Post(text="Hello").content_type
        <ContentType.SOCIAL_POST: 'social post'>
        """
        if self.format is None:
            return ContentType.SOCIAL_POST
        return FORMAT_CONTENT_TYPES[self.format]

    def count(self, kind: MediaKind) -> int:
        """How many media items of ``kind`` the post carries.

        >>> Post(media=(Media.image(), Media.image(), Media.poll(3))).count(MediaKind.IMAGE)
        2
        """
        return sum(1 for m in self.media if m.kind == kind)


@frozen(kw_only=True)
class DisclosureMarker:
    """Words that disclose a paid or incentivised post, with the source that accepts them.

    The markers socialkit knows are data (:data:`~socialkit.posts.DISCLOSURE_MARKERS`);
    :func:`~socialkit.posts.disclosure_rule` checks posts against any markers you give it.

    >>> from socialkit import Source
    >>> DisclosureMarker(text="#anzeige", language="de",
    ...                  source=Source(title="my legal notes", confidence="unconfirmed")).text
    '#anzeige'
    """

    text: str = attrs.field(validator=non_empty_str)
    """A hashtag (``"#ad"``) or a phrase (``"paid partnership"``), matched case-insensitively."""
    language: str = attrs.field(validator=non_empty_str)
    source: Source
