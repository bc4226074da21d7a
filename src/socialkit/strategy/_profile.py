"""Profile optimisation ([002], step 5): every field filled, search keywords, well-sized images.

[002] says: once you know which networks to use, create the profiles or improve
the existing ones so they fit the plan: fill in every profile field, use the
keywords people will search your company by, and use images sized correctly for
each network. A :class:`Profile` is one account's profile; :func:`check_profile`
checks it against a platform through :data:`PROFILE_RULES`. The image sizes come
from the platform data (:attr:`socialkit.Platform.profile_images`), each with its
source and confidence; where socialkit has no sourced size, the check says the
image was not checked rather than guess.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
import regex

from socialkit._core.documents import AGENCY_GLOSSARY, HEURISTIC
from socialkit._core.fields import frozen
from socialkit._core.findings import Finding, Severity
from socialkit._core.i18n import H_, N_, label, tr
from socialkit._core.rules import Hit, Rule, RuleSet, rule_set_for
from socialkit._core.sources import Confidence
from socialkit._core.table import html_table, short_repr, table
from socialkit._core.validate import each, instance_of, non_empty_str, optional, to_tuple
from socialkit.errors import SocialkitTypeError, ValidationError
from socialkit.platforms._model import MediaKind, Platform, ProfileImage, ProfileImageKind
from socialkit.platforms._registry import get_platform, slug_of
from socialkit.posts._model import Media

__all__ = ["PROFILE_FIELDS", "PROFILE_RULES", "Profile", "ProfileCheck", "check_profile"]

PROFILE_FIELDS: tuple[str, ...] = (
    "display_name",
    "handle",
    "bio",
    "website",
    "category",
    "location",
    "contact",
)
"""The text fields :func:`check_profile` expects filled by default.

[002] says "fill in every field" without listing them; these are the fields most
networks offer (**socialkit's list**). Pass ``fields=`` to :func:`check_profile`
for a network without one (X has no category).
"""


def _profile_platform(value: object) -> str:
    return slug_of(value, "Profile.platform")


def _image(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, Media):
        raise SocialkitTypeError(
            f"Profile.{attribute.name}", value, expected=N_("a Media (kind='image') or None")
        )
    if value.kind is not MediaKind.IMAGE or value.width is None or value.height is None:
        raise ValidationError(
            f"Profile.{attribute.name}",
            tr(
                "got {kind} of {width}x{height}",
                kind=label(value.kind),
                width=value.width,
                height=value.height,
            ),
            allowed=N_(
                "expected Media(kind='image', width=..., height=...) with its size in pixels"
            ),
        )


def _keywords(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    items = to_tuple(value, "Profile.keywords")
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise SocialkitTypeError("Profile.keywords", item, expected=N_("non-empty strings"))
    return tuple(dict.fromkeys(item.strip() for item in items))


@frozen(kw_only=True)
class Profile:
    """One account's profile on one network ([002]: every field, keywords, sized images).

    ``keywords`` are the words people search you by; ``avatar`` (profile picture,
    logo) and ``banner`` (cover, header) are :class:`~socialkit.posts.Media` images
    with their size in pixels; ``surface`` says which profile it is when a network
    has several (``"page"`` for a company page, ``"profile"`` for a person).

    >>> from socialkit.posts import Media
    >>> page = Profile(platform="x", display_name="Lumen Beauty", handle="@lumen",
    ...                bio="Playful make-up tutorials", keywords=["make-up", "tutorials"],
    ...                avatar=Media(kind="image", width=400, height=400),
    ...                banner=Media(kind="image", width=1000, height=500))
    >>> page.filled("bio"), page.filled("website")
    (True, False)
    """

    platform: str = attrs.field(converter=_profile_platform)
    display_name: str = ""
    handle: str = ""
    bio: str = ""
    website: str = ""
    category: str = ""
    location: str = ""
    contact: str = ""
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_keywords)
    avatar: Media | None = attrs.field(default=None, validator=_image)
    banner: Media | None = attrs.field(default=None, validator=_image)
    surface: str | None = attrs.field(default=None, validator=optional(non_empty_str))

    def filled(self, field: str) -> bool:
        """Whether the text field ``field`` (one of :data:`PROFILE_FIELDS`) has text."""
        if field not in PROFILE_FIELDS:
            raise ValidationError(
                "Profile.filled(field)",
                tr("unknown field {field!r}", field=field),
                allowed=tr("expected one of {names}", names=", ".join(PROFILE_FIELDS)),
            )
        value: str = getattr(self, field)
        return bool(value.strip())


def _fields(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    each(instance_of(str))(instance, attribute, value)
    for field in value:  # type: ignore[attr-defined]
        if field not in PROFILE_FIELDS:
            raise ValidationError(
                "ProfileCheck.fields",
                tr("unknown field {field!r}", field=field),
                allowed=tr("expected fields among {names}", names=", ".join(PROFILE_FIELDS)),
            )


@frozen(kw_only=True)
class ProfileCheck:
    """What :data:`PROFILE_RULES` check: a profile, its platform, the fields expected."""

    profile: Profile
    platform: Platform
    fields: tuple[str, ...] = attrs.field(
        default=PROFILE_FIELDS, converter=to_tuple, validator=_fields
    )

    def size(self, kind: ProfileImageKind) -> ProfileImage | None:
        """The platform's sourced size for ``kind`` on the profile's surface (or its first)."""
        surface = self.profile.surface
        found = self.platform.profile_image(kind, surface=surface) if surface else None
        return found or self.platform.profile_image(kind)

    def rows(self) -> list[tuple[object, str, str]]:
        """One row per field checked, the keywords and each image: what the profile has.

        The third column is what the platform expects (an image's sourced size).
        """
        p = self.profile
        out: list[tuple[object, str, str]] = [
            (f, tr("filled") if p.filled(f) else tr("empty"), tr("text")) for f in self.fields
        ]
        out.append(("keywords", ", ".join(p.keywords) or "-", tr("search keywords")))
        for kind in ProfileImageKind:
            image: Media | None = getattr(p, kind.value)
            size = self.size(kind)
            has = "-" if image is None else f"{image.width or 0}x{image.height or 0}"
            wants = tr("no sourced size") if size is None else f"{size.width}x{size.height}"
            out.append((kind, has, wants))
        return out

    def _head(self) -> str:
        name = f"{self.platform.name} {self.profile.handle}".strip()
        filled = sum(self.profile.filled(f) for f in self.fields)
        return tr(
            "profile on {name}: {filled} of {fields} fields filled",
            name=name,
            filled=filled,
            fields=len(self.fields),
        )

    def __str__(self) -> str:
        return f"{self._head()}\n{table(_PROFILE_HEADERS, self.rows())}"

    def __repr__(self) -> str:
        return short_repr("ProfileCheck", self._head())

    def _repr_html_(self) -> str:
        """The rows of :meth:`__str__` as an HTML table (notebooks)."""
        return html_table(_PROFILE_HEADERS, self.rows(), caption=self._head())


_PROFILE_HEADERS = (H_("field"), H_("profile"), H_("expected"))


def _empty_fields(rule: Rule[ProfileCheck], c: ProfileCheck) -> Iterator[Hit]:
    empty = [f for f in c.fields if not c.profile.filled(f)]
    if empty:
        yield Hit(
            message=tr("empty profile fields: {fields}", fields=", ".join(empty)),
            where=", ".join(empty),
        )


def _no_keywords(rule: Rule[ProfileCheck], c: ProfileCheck) -> Iterator[Hit]:
    if not c.profile.keywords:
        yield Hit(message=tr("no search keywords listed for the profile"), where="keywords")


def _mentions(text: str, keyword: str) -> bool:
    pattern = rf"(?<!\w){regex.escape(keyword)}(?!\w)"
    return regex.search(pattern, text, flags=regex.IGNORECASE) is not None


def _keyword_absent(rule: Rule[ProfileCheck], c: ProfileCheck) -> Iterator[Hit]:
    text = f"{c.profile.display_name}\n{c.profile.bio}\n{c.profile.category}"
    for i, keyword in enumerate(c.profile.keywords):
        if not _mentions(text, keyword):
            yield Hit(
                message=tr(
                    "the keyword {keyword} is in neither the name, the bio nor the category",
                    keyword=repr(keyword),
                ),
                where=f"keywords[{i}]",
            )


def _no_image(rule: Rule[ProfileCheck], c: ProfileCheck) -> Iterator[Hit]:
    for kind in ProfileImageKind:
        if getattr(c.profile, kind.value) is None:
            yield Hit(message=tr("no {kind} image", kind=label(kind)), where=kind.value)


def _confidence_note(size: ProfileImage) -> str:
    if size.source.confidence is Confidence.OFFICIAL:
        return f"{size.source.title}"
    return tr(
        "{title}; {confidence} source, check the network's help",
        title=size.source.title,
        confidence=size.source.confidence,
    )


def _image_size(rule: Rule[ProfileCheck], c: ProfileCheck) -> Iterator[Hit]:
    name = c.platform.name
    for kind in ProfileImageKind:
        image: Media | None = getattr(c.profile, kind.value)
        size = c.size(kind)
        if image is None or size is None:
            continue
        width, height = image.width or 0, image.height or 0
        shown = tr("{kind} of {width}x{height}", kind=label(kind), width=width, height=height)
        min_w, min_h = size.min_width, size.min_height
        if (min_w is not None and width < min_w) or (min_h is not None and height < min_h):
            yield Hit(
                message=tr(
                    "{image} is below {network}'s minimum of {min_w}x{min_h} ({note})",
                    image=shown,
                    network=name,
                    min_w=min_w,
                    min_h=min_h,
                    note=_confidence_note(size),
                ),
                where=kind.value,
                fix=tr(
                    "upload at least {min_w}x{min_h}; {width}x{height} is recommended",
                    min_w=min_w,
                    min_h=min_h,
                    width=size.width,
                    height=size.height,
                ),
                severity=Severity.WARNING,
                source=size.source,
            )
        elif width < size.width or height < size.height:
            yield Hit(
                message=tr(
                    "{image} is smaller than {network}'s recommended {width}x{height} ({note})",
                    image=shown,
                    network=name,
                    width=size.width,
                    height=size.height,
                    note=_confidence_note(size),
                ),
                where=kind.value,
                fix=tr("upload {width}x{height}", width=size.width, height=size.height),
                source=size.source,
            )


ASPECT_TOLERANCE = 0.02
"""How far (2%) an image's shape may differ from the recommended one before a tip.

**socialkit's heuristic**: no source gives a tolerance.
"""


def _image_shape(rule: Rule[ProfileCheck], c: ProfileCheck) -> Iterator[Hit]:
    for kind in ProfileImageKind:
        image: Media | None = getattr(c.profile, kind.value)
        size = c.size(kind)
        if image is None or size is None or not image.width or not image.height:
            continue
        ratio = image.width / image.height
        if abs(ratio / float(size.aspect) - 1) > ASPECT_TOLERANCE:
            yield Hit(
                message=tr(
                    "{image} is not the shape {network} uses ({width}x{height}): it will be "
                    "cropped (a {tolerance} tolerance, socialkit's heuristic)",
                    image=tr(
                        "{kind} of {width}x{height}",
                        kind=label(kind),
                        width=image.width,
                        height=image.height,
                    ),
                    network=c.platform.name,
                    width=size.width,
                    height=size.height,
                    tolerance=f"{ASPECT_TOLERANCE:.0%}",
                ),
                where=kind.value,
                fix=tr(
                    "crop it to {width}x{height} yourself, keeping what matters in the centre",
                    width=size.width,
                    height=size.height,
                ),
                source=size.source,
            )


def _size_unknown(rule: Rule[ProfileCheck], c: ProfileCheck) -> Iterator[Hit]:
    for kind in ProfileImageKind:
        if getattr(c.profile, kind.value) is not None and c.size(kind) is None:
            yield Hit(
                message=tr(
                    "socialkit has no sourced {kind} size for {network}: the image was not checked",
                    kind=label(kind),
                    network=c.platform.name,
                ),
                where=kind.value,
            )


def _profile_rule(
    rule_id: str, severity: Severity, check: Any, title: str, fix: str = "", source: Any = None
) -> Rule[ProfileCheck]:
    return Rule(
        id=rule_id,
        severity=severity,
        check=check,
        title=title,
        fix=fix,
        source=source or AGENCY_GLOSSARY,
    )


PROFILE_RULES: RuleSet[ProfileCheck] = RuleSet(
    (
        _profile_rule(
            "profile.empty_fields",
            Severity.WARNING,
            _empty_fields,
            N_("Empty profile fields."),
            N_(
                "fill in every field of the profile (socialkit's list of fields: pass fields= "
                "to check_profile for a network without one)"
            ),
        ),
        _profile_rule(
            "profile.no_keywords",
            Severity.WARNING,
            _no_keywords,
            N_("No search keywords."),
            N_("list the keywords people search you by (Profile.keywords) and use them"),
        ),
        _profile_rule(
            "profile.keyword_absent",
            Severity.TIP,
            _keyword_absent,
            N_("A keyword missing from the name, bio and category."),
            N_("use the keyword in the bio or the name"),
        ),
        _profile_rule(
            "profile.no_image",
            Severity.WARNING,
            _no_image,
            N_("No avatar or no banner."),
            N_("add the image, sized for the network"),
        ),
        _profile_rule("profile.image_size", Severity.TIP, _image_size, N_("An image too small.")),
        _profile_rule(
            "profile.image_shape",
            Severity.TIP,
            _image_shape,
            N_("An image of another shape than the network's."),
            source=HEURISTIC,
        ),
        _profile_rule(
            "profile.image_size_unknown",
            Severity.TIP,
            _size_unknown,
            N_("No sourced size to check an image against."),
            N_("check the network's help pages for the size"),
        ),
    ),
    subject=ProfileCheck,
)
"""The rules :func:`check_profile` runs, in order; derive a set with ``without``/``with_rule``."""


def check_profile(
    profile: Profile,
    platform: str | Platform | None = None,
    *,
    fields: tuple[str, ...] | list[str] = PROFILE_FIELDS,
    rules: RuleSet[ProfileCheck] = PROFILE_RULES,
) -> tuple[Finding, ...]:
    """Check ``profile`` on ``platform`` (default: the profile's own): fields, keywords, images.

    Image sizes are the platform's sourced :attr:`~socialkit.Platform.profile_images`;
    a finding about a size names its source and, below *official*, its confidence.

    >>> from socialkit.posts import Media
    >>> profile = Profile(platform="youtube", display_name="Trailhead Sports",
    ...                   handle="@trailhead", bio="Gear care tutorials", website="https://example.com",
    ...                   category="Sports", location="Lyon", contact="hello@example.com",
    ...                   keywords=["tutorials", "trail running"],
    ...                   avatar=Media(kind="image", width=800, height=800),
    ...                   banner=Media(kind="image", width=1600, height=900))
    >>> for f in check_profile(profile):
    ...     print(f.severity, f.rule, f.where)
    tip profile.keyword_absent keywords[1]
    warning profile.image_size banner
    tip profile.image_size_unknown avatar
    """
    if not isinstance(profile, Profile):
        raise SocialkitTypeError("check_profile(profile)", profile, expected=N_("a Profile"))
    resolved = get_platform(profile.platform if platform is None else platform)
    chosen = rule_set_for(rules, ProfileCheck, "check_profile(rules)")
    if isinstance(fields, str):
        raise SocialkitTypeError(
            "check_profile(fields)", fields, expected=N_("a list of field names")
        )
    return chosen.check(ProfileCheck(profile=profile, platform=resolved, fields=fields))
