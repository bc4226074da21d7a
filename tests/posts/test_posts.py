"""Post and Media values: construction-time validation, the eight post types of [000]."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from socialkit import ContentType, Media, Post, PostFormat, SocialkitTypeError, ValidationError
from socialkit.errors import NotFoundError
from socialkit.platforms import MediaKind
from socialkit.posts import Comment


def test_the_eight_post_types_of_the_course_module() -> None:
    # [000] "Types de publications": partage/republication, image avec article, vidéo,
    # storytelling, podcast, témoignage client, jeu concours, citation.
    assert len(PostFormat) == 8
    assert PostFormat("customer testimonial") is PostFormat.CUSTOMER_TESTIMONIAL


def test_media_constructors() -> None:
    assert Media.video(timedelta(seconds=30), short=True).kind is MediaKind.SHORT_VIDEO
    assert Media.document(12).pages == 12
    assert Media.carousel(5).items == 5
    assert Media.poll(4).options == 4
    assert Media.image(alt_text="A mug").alt_text == "A mug"


@pytest.mark.parametrize(
    "make",
    [
        lambda: Media(kind="image", duration=timedelta(seconds=3)),
        lambda: Media.video(timedelta(0)),
        lambda: Media.poll(1),
        lambda: Media.document(0),
        lambda: Media(kind="hologram"),
    ],
)
def test_bad_media_is_rejected(make: object) -> None:
    with pytest.raises((ValidationError, SocialkitTypeError, NotFoundError)):
        make()  # type: ignore[operator]


def test_post_rejects_naive_datetimes_and_wrong_types() -> None:
    with pytest.raises(ValidationError, match="timezone-aware"):
        Post(text="hi", scheduled_at=datetime(2026, 1, 1, 9))
    with pytest.raises(SocialkitTypeError):
        Post(text=42)  # type: ignore[arg-type]
    with pytest.raises(SocialkitTypeError):
        Post(text="hi", media=["image"])  # type: ignore[list-item]
    with pytest.raises(SocialkitTypeError):
        Post(text="hi", links="https://example.com")  # a str is not a tuple of links
    with pytest.raises(SocialkitTypeError):
        Post(first_comment="me first")  # type: ignore[arg-type]


def test_post_is_frozen_and_freezes_its_collections() -> None:
    post = Post(
        text="Hello #world",
        media=[Media.image()],
        links=["https://example.com"],
        first_comment=Comment(text="thanks", by_author=False),
        scheduled_at=datetime(2026, 1, 1, 9, tzinfo=ZoneInfo("Europe/Paris")),
    )
    assert isinstance(post.media, tuple)
    assert post.links == ("https://example.com",)
    assert post.hashtags == ("world",)
    with pytest.raises(AttributeError):
        post.text = "changed"  # type: ignore[misc]


# --- Review fixes: socialkit errors naming the field; the funnel stage of a post -------------


@pytest.mark.parametrize(
    ("make", "error", "where"),
    [
        (lambda: Media(kind="bogus"), NotFoundError, "Media.kind"),
        (lambda: Post(format="bogus"), NotFoundError, "Post.format"),
        (lambda: Post(media=5), SocialkitTypeError, "Post.media"),
        (lambda: Post(links="http://a.com"), SocialkitTypeError, "Post.links"),
        (lambda: Post(keywords="marketing"), SocialkitTypeError, "Post.keywords"),
    ],
)
def test_bad_post_input_names_the_field(make: Any, error: type[Exception], where: str) -> None:
    # Review items 11 and 24: these were bare ValueError/TypeError, or said only "value".
    with pytest.raises(error) as caught:
        make()
    assert str(caught.value).startswith(where)


def test_a_post_has_the_content_type_of_its_format() -> None:
    # Review item 20: [000]'s post types are content types of the funnel table.
    assert Post(format="contest").content_type is ContentType.CONTEST
    assert Post(format="customer testimonial").content_type is ContentType.TESTIMONIAL
    assert Post(format=PostFormat.QUOTE).content_type is ContentType.QUOTATION
    assert Post(text="hi").content_type is ContentType.SOCIAL_POST
    assert {Post(format=f).content_type for f in PostFormat} <= set(ContentType)
