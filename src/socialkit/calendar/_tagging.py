"""UTM-tagging one calendar post: :func:`socialkit.measure.tag_links` on its body, then its links.

The tag is filled per item (:meth:`UtmTemplate.fill <socialkit.measure.UtmTemplate.fill>`);
the links written in the post's body are tagged and the body re-measured as the
platform counts it, by :func:`~socialkit.measure.tag_links` itself, so a tag that
pushes a post over its limit is the same ``tracking.tag_overflow`` finding there
and here. Links attached outside the text (``Post.links``) are tagged too; a body
field with no recorded limit (Snapchat) is tagged without being measured.
"""

from __future__ import annotations

import attrs

from socialkit._core.findings import Finding
from socialkit.errors import ValidationError
from socialkit.measure._tracking import Utm, tag_links
from socialkit.platforms._model import Platform
from socialkit.posts._model import Post
from socialkit.posts._rules import _body, _limits_text
from socialkit.text._measure import extract

__all__ = ["tag_post"]


def tag_post(
    post: Post, platform: Platform, tag: Utm, *, overwrite: bool
) -> tuple[Post, tuple[Finding, ...], bool]:
    """``post`` with every link tagged, the findings of the re-measure, and whether it went over."""
    field = platform.limits.body_field
    body, where = _body(post, field)
    name = where.removeprefix("post.")
    findings: tuple[Finding, ...] = ()
    over = False
    if _limits_text(platform, field):
        tagged = tag_links(body, tag, platform, field=field, overwrite=overwrite)
        new_body = tagged.text
        findings = tagged.findings()
        over = tagged.pushed_over
    else:
        new_body = _tag_text(body, tag, overwrite)
    links = tuple(_tag_url(link, tag, overwrite) for link in post.links)
    if name == "description":
        return attrs.evolve(post, description=new_body, links=links), findings, over
    if name == "title":
        return attrs.evolve(post, title=new_body, links=links), findings, over
    return attrs.evolve(post, text=new_body, links=links), findings, over


def _tag_url(link: str, tag: Utm, overwrite: bool) -> str:
    if not link.lower().startswith(("http://", "https://")):
        return link
    try:
        return tag.apply(link, overwrite=overwrite)
    except ValidationError:
        return link  # not a URL a query can be added to: left as written, as tag_links does


def _tag_text(text: str, tag: Utm, overwrite: bool) -> str:
    """The links of ``text`` tagged, for a field with no limit to measure against."""
    pieces: list[str] = []
    at = 0
    for entity in extract(text).urls:
        pieces += [
            text[at : entity.start],
            _tag_url(text[entity.start : entity.end], tag, overwrite),
        ]
        at = entity.end
    return "".join([*pieces, text[at:]])
