"""UTM tracking: tag links so site analytics can tell which social post sent a visit.

[002] step 8: "use UTM parameters to follow social visitors on your site, to see
exactly which social messages drive the most traffic". A tag is the five standard
Google Analytics parameters (``utm_source``, ``utm_medium``, ``utm_campaign``,
``utm_term``, ``utm_content``).

Normalisation: every value is stripped, lower-cased, and each run of whitespace
becomes one underscore (``"Spring Sale"`` -> ``"spring_sale"``), because analytics
tools treat ``Facebook`` and ``facebook`` as two sources.

Tagging keeps the rest of the link byte for byte: the new parameters are spliced
into the original string before the first ``#`` (the scheme keeps its case, an
empty fragment its ``#``), other query parameters stay in their order and encoding
(repeated keys too), and the fragment stays last. A link that already carries any
UTM parameter (any ``utm_`` key, ``utm_id`` included) is already tagged and is
returned unchanged, unless ``overwrite=True``: then every existing ``utm_``
parameter is removed and the new tag appended. Merging two half-tags would credit visits to the wrong
campaign, so the tag is treated as one unit.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult, quote, unquote_plus, urlsplit

import attrs

from socialkit._core.documents import AGENCY_GLOSSARY
from socialkit._core.fields import checked, frozen
from socialkit._core.findings import FINDING_HEADERS, Finding, Severity, finding_rows
from socialkit._core.i18n import H_, N_, label, tr
from socialkit._core.table import dataframe, html_block, html_table, short_repr, table
from socialkit._core.validate import optional, where
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError
from socialkit.platforms._model import Platform
from socialkit.platforms._registry import platform_of
from socialkit.text._measure import TextMeasure, extract, measure

if TYPE_CHECKING:
    import pandas

__all__ = [
    "UTM_KEYS",
    "TaggedPost",
    "Utm",
    "UtmTemplate",
    "parse_utm",
    "tag_links",
    "utm",
]

UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")
"""The five standard UTM parameters, in the order socialkit appends them."""

_SCHEMES = ("http", "https")
_GLOSSARY = AGENCY_GLOSSARY.at("step 8: track social visitors with UTM parameters")
_FIELDS = ("source", "medium", "campaign", "term", "content")


def normalise_utm_value(value: str) -> str:
    """Strip, lower-case and join whitespace runs with ``_``: one spelling per value.

    >>> normalise_utm_value("  Spring   Sale ")
    'spring_sale'
    """
    return "_".join(value.lower().split())


def _utm_value(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise SocialkitTypeError(where(instance, attribute), value, expected="a string")
    if not value:
        raise ValidationError(
            where(instance, attribute), N_("got an empty value"), allowed="expected non-empty text"
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            where(instance, attribute),
            tr("{value!r} contains a lone surrogate, which no URL can encode", value=value),
            allowed=N_("expected valid Unicode text"),
        ) from None


def _normalise(value: object) -> object:
    return normalise_utm_value(value) if isinstance(value, str) else value


def _normalise_optional(value: object) -> object:
    return None if value is None else _normalise(value)


@frozen(kw_only=True)
class Utm:
    """One UTM tag: source, medium and campaign (required), term and content (optional).

    Values are normalised at construction (see the module docs), so two tags that
    analytics would count as one compare equal.

    >>> tag = Utm(source="LinkedIn", medium="social", campaign="Spring Sale")
    >>> tag.campaign
    'spring_sale'
    >>> tag.query()
    'utm_source=linkedin&utm_medium=social&utm_campaign=spring_sale'
    """

    source: str = attrs.field(converter=_normalise, validator=_utm_value)
    medium: str = attrs.field(converter=_normalise, validator=_utm_value)
    campaign: str = attrs.field(converter=_normalise, validator=_utm_value)
    term: str | None = attrs.field(
        default=None, converter=_normalise_optional, validator=optional(_utm_value)
    )
    content: str | None = attrs.field(
        default=None, converter=_normalise_optional, validator=optional(_utm_value)
    )

    def params(self) -> tuple[tuple[str, str], ...]:
        """The ``(key, value)`` pairs that are set, in :data:`UTM_KEYS` order."""
        values = (self.source, self.medium, self.campaign, self.term, self.content)
        return tuple((k, v) for k, v in zip(UTM_KEYS, values, strict=True) if v is not None)

    def query(self) -> str:
        """The tag as a percent-encoded query string."""
        return "&".join(f"{k}={quote(v, safe='')}" for k, v in self.params())

    def apply(self, url: str, *, overwrite: bool = False) -> str:
        """Tag ``url`` with this tag (see :func:`utm`).

        >>> Utm(source="x", medium="social", campaign="launch").apply("https://ex.com/a#top")
        'https://ex.com/a?utm_source=x&utm_medium=social&utm_campaign=launch#top'
        """
        _split(url)
        _overwrite(overwrite)
        # Splice into the original string: urlunsplit would lower-case the scheme
        # and drop an empty fragment.
        before, hash_, fragment = url.partition("#")
        head, _, query = before.partition("?")
        pieces = query.split("&") if query else []
        if any(_is_utm(p) for p in pieces):
            if not overwrite:
                return url
            pieces = [p for p in pieces if not _is_utm(p)]
        if pieces and not pieces[-1]:  # "?a=1&": no empty parameter before the tag
            pieces.pop()
        return f"{head}?{'&'.join([*pieces, self.query()])}{hash_}{fragment}"


def _is_utm(piece: str) -> bool:
    """Whether a query piece is a UTM parameter: any ``utm_`` key, not just the five."""
    return unquote_plus(piece.split("=", 1)[0]).startswith("utm_")


def _overwrite(value: object) -> None:
    if not isinstance(value, bool):
        raise SocialkitTypeError("overwrite", value, expected=N_("True or False"))


def _split(url: object, where: str = "url") -> SplitResult:
    if not isinstance(url, str):
        raise SocialkitTypeError(where, url, expected=N_("a URL string"))
    allowed = N_("expected an absolute http(s) URL such as 'https://example.com/page'")
    if not url or any(c.isspace() or not c.isprintable() for c in url):
        raise ValidationError(
            where, tr("{url!r} is empty or contains spaces", url=url), allowed=allowed
        )
    try:
        parts = urlsplit(url)
        host, _port = parts.hostname, parts.port
    except ValueError as exc:
        raise ValidationError(
            where, tr("{url!r} is malformed ({exc})", url=url, exc=exc), allowed=allowed
        ) from None
    if parts.scheme.lower() not in _SCHEMES:
        problem = (
            tr("{url!r} has scheme {scheme!r}", url=url, scheme=parts.scheme)
            if parts.scheme
            else tr("{url!r} has no scheme", url=url)
        )
        raise ValidationError(where, problem, allowed=allowed, value=url)
    if not host:
        raise ValidationError(where, tr("{url!r} has no host", url=url), allowed=allowed, value=url)
    return parts


def utm(
    url: str,
    *,
    source: str,
    medium: str,
    campaign: str,
    term: str | None = None,
    content: str | None = None,
    overwrite: bool = False,
) -> str:
    """Return ``url`` tagged with UTM parameters.

    Only ``http`` and ``https`` URLs with a host are accepted. Existing query
    parameters and the fragment are kept as they were; a link that is already
    tagged is returned unchanged unless ``overwrite=True`` (which replaces every
    existing standard UTM parameter).

    >>> utm("https://shop.example/p?id=7&id=8#reviews", source="Facebook",
    ...     medium="social", campaign="Black Friday")
    'https://shop.example/p?id=7&id=8&utm_source=facebook&utm_medium=social&utm_campaign=black_friday#reviews'
    >>> utm("https://ex.com/?utm_source=mail", source="x", medium="social", campaign="c")
    'https://ex.com/?utm_source=mail'
    """
    tag = Utm(source=source, medium=medium, campaign=campaign, term=term, content=content)
    return tag.apply(url, overwrite=overwrite)


def parse_utm(url: str) -> Utm | None:
    """Read the UTM tag of ``url``: ``None`` if it has none of the five standard keys.

    Other ``utm_`` keys (``utm_id``) still mark the link as tagged for :func:`utm`,
    but they are not part of a :class:`Utm`.

    Values are normalised like :class:`Utm`'s. A URL with some UTM parameters but
    without ``utm_source``, ``utm_medium`` or ``utm_campaign`` raises
    :class:`~socialkit.ValidationError`; when a key is repeated, the first wins
    (as in Google Analytics).

    >>> parse_utm("https://ex.com/?a=1&utm_source=X&utm_medium=social&utm_campaign=launch")
    Utm(source='x', medium='social', campaign='launch', term=None, content=None)
    >>> parse_utm("https://ex.com/") is None
    True
    """
    parts = _split(url)
    found: dict[str, str] = {}
    for piece in parts.query.split("&"):
        key, _, value = piece.partition("=")
        name = unquote_plus(key)
        if name in UTM_KEYS and name not in found:
            found[name] = unquote_plus(value)
    if not found:
        return None
    missing = [k for k in UTM_KEYS[:3] if not found.get(k, "").strip()]
    if missing:
        raise ValidationError(
            "parse_utm(url)",
            tr("{url!r} lacks {names}", url=url, names=", ".join(missing)),
            allowed=N_("expected utm_source, utm_medium and utm_campaign together"),
            value=url,
        )
    values = {field: found.get(key) or None for field, key in zip(_FIELDS, UTM_KEYS, strict=True)}
    return Utm(**values)


def _placeholders(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    _utm_value(instance, attribute, value)
    assert isinstance(value, str)
    try:
        fields = [(n, s, c) for _, n, s, c in string.Formatter().parse(value) if n is not None]
    except ValueError as exc:
        raise ValidationError(
            where(instance, attribute),
            tr("{value!r}: {exc}", value=value, exc=exc),
            allowed=N_("expected '{platform}'"),
        ) from None
    if any(spec or conversion for _, spec, conversion in fields):
        raise ValidationError(
            where(instance, attribute),
            tr("{value!r} has a conversion or format spec", value=value),
            allowed=N_("expected a bare '{platform}' (no '!r', no ':spec')"),
        )
    names = {name for name, _, _ in fields}
    if names - set(PLACEHOLDERS):
        raise ValidationError(
            where(instance, attribute),
            tr(
                "{value!r} uses placeholders {names}",
                value=value,
                names=sorted(names - set(PLACEHOLDERS)),
            ),
            allowed=tr(
                "the only placeholder is '{{platform}}', and per calendar item {names} (write '{{{{' for a literal brace)",
                names=", ".join(repr("{" + n + "}") for n in ITEM_PLACEHOLDERS),
            ),
        )


ITEM_PLACEHOLDERS = ("id", "date", "category", "stage")
"""Placeholders a calendar item fills (:meth:`ContentCalendar.tag_links
<socialkit.calendar.ContentCalendar.tag_links>`): its id, local date, category, funnel stage."""
PLACEHOLDERS = ("platform", *ITEM_PLACEHOLDERS)


@frozen(kw_only=True)
class UtmTemplate:
    """A tag with a ``{platform}`` placeholder, filled in per platform.

    One template tags the same campaign on every network; the placeholder becomes
    the platform's slug (aliases resolve: ``"twitter"`` gives ``"x"``).

    >>> launch = UtmTemplate(source="{platform}", medium="social", campaign="launch")
    >>> launch.apply("https://ex.com/", platform="twitter")
    'https://ex.com/?utm_source=x&utm_medium=social&utm_campaign=launch'
    """

    source: str = attrs.field(validator=_placeholders)
    medium: str = attrs.field(validator=_placeholders)
    campaign: str = attrs.field(validator=_placeholders)
    term: str | None = attrs.field(default=None, validator=_placeholders)
    content: str | None = attrs.field(default=None, validator=_placeholders)

    def for_platform(self, platform: str | Platform) -> Utm:
        """The concrete tag for one platform.

        >>> UtmTemplate(source="{platform}", medium="social", campaign="launch",
        ...             content="{platform}-banner").for_platform("linkedin").content
        'linkedin-banner'
        """
        return self.fill(platform)

    @property
    def placeholders(self) -> frozenset[str]:
        """The placeholder names the template's values use.

        >>> sorted(UtmTemplate(source="{platform}", medium="social", campaign="{id}").placeholders)
        ['id', 'platform']
        """
        found: set[str] = set()
        for value in (self.source, self.medium, self.campaign, self.term, self.content):
            if value is not None:
                found.update(n for _, n, _, _ in string.Formatter().parse(value) if n is not None)
        return frozenset(found)

    def fill(self, platform: str | Platform, **values: str) -> Utm:
        """The concrete tag for one platform and the item placeholders' ``values``.

        The item placeholders (``{id}``, ``{date}``, ``{category}``, ``{stage}``) the template uses must be given (a calendar
        item gives them all); values are normalised as every UTM value is.

        >>> UtmTemplate(source="{platform}", medium="social", campaign="{id}").fill(
        ...     "x", id="x-2026W48-1").campaign
        'x-2026w48-1'
        """
        slug = platform_of(platform, "Utm.fill(platform)").slug
        missing = sorted(self.placeholders - {"platform"} - set(values))
        if missing:
            raise ValidationError(
                "UtmTemplate.fill",
                tr("no value for {names}", names=", ".join("{" + n + "}" for n in missing)),
                allowed=N_(
                    "expected a value for each item placeholder the template uses "
                    "(ContentCalendar.tag_links fills them from each item)"
                ),
            )
        for name, given in values.items():
            if name not in ITEM_PLACEHOLDERS:
                raise NotFoundError("UtmTemplate.fill", name, ITEM_PLACEHOLDERS)
            if not isinstance(given, str):
                raise SocialkitTypeError(f"UtmTemplate.fill({name})", given, expected="a string")
        names = {**values, "platform": slug}

        def fill(value: str | None) -> str | None:
            return None if value is None else value.format(**names)

        return Utm(
            source=fill(self.source),
            medium=fill(self.medium),
            campaign=fill(self.campaign),
            term=fill(self.term),
            content=fill(self.content),
        )

    @checked
    def apply(self, url: str, *, platform: str | Platform, overwrite: bool = False) -> str:
        """Tag ``url`` for ``platform`` (see :func:`utm`)."""
        return self.for_platform(platform).apply(url, overwrite=overwrite)


@frozen(kw_only=True)
class TaggedPost:
    """A post whose links were tagged, measured as the platform counts it before and after.

    X and Mastodon count every link as 23 characters whatever its length, so a tag
    costs nothing there; platforms that count the whole URL pay for every
    character of it, and a post that fitted may no longer fit.
    """

    text: str
    tagged: tuple[tuple[str, str], ...]
    """``(link as written, tagged link)`` pairs, in text order."""
    untagged: tuple[str, ...]
    """Links left as written: no ``http(s)://`` scheme, so no query to tag."""
    before: TextMeasure
    after: TextMeasure

    @property
    def fits(self) -> bool:
        """Whether the tagged post is within every limit of its field."""
        return self.after.fits

    @property
    def pushed_over(self) -> bool:
        """True when the post fitted before tagging and no longer does."""
        return self.before.fits and not self.after.fits

    @property
    def cost(self) -> int:
        """What the tags added to the length, in the platform's counting unit."""
        return self.after.length - self.before.length

    def _overflow(self, count: int) -> str:
        """How tagging ``count`` links pushes the post over its limit, in words."""
        figures = {
            "count": count,
            "before": self.before.length,
            "after": self.after.length,
            "limit": self.after.limit,
            "unit": label(self.after.unit),
            "platform": self.after.platform,
        }
        if count == 1:
            return tr(
                "tagging {count} link takes the post from {before} to {after} of {limit} "
                "({unit}) on {platform}",
                **figures,
            )
        return tr(
            "tagging {count} links takes the post from {before} to {after} of {limit} "
            "({unit}) on {platform}",
            **figures,
        )

    def findings(self) -> tuple[Finding, ...]:
        """An error when tagging pushed the post past its limit; tips for untagged links."""
        found = []
        if self.pushed_over:
            count = len(self.tagged)
            found.append(
                Finding(
                    rule="tracking.tag_overflow",
                    severity=Severity.ERROR,
                    message=self._overflow(count),
                    fix=tr("shorten the text or the tag values, or link through a shortener"),
                    where="post.text",
                    source=_GLOSSARY,
                )
            )
        found.extend(
            Finding(
                rule="tracking.untagged_link",
                severity=Severity.TIP,
                message=tr("{link} has no http(s) scheme, so it can't carry a UTM tag", link=link),
                fix=tr("write the link in full (https://...) to track its visits"),
                where="post.text",
                source=_GLOSSARY,
            )
            for link in self.untagged
        )
        return tuple(found)

    # -- display (notebooks and terminals) ------------------------------------------

    def _summary(self) -> str:
        a = self.after
        if self.pushed_over:
            state = tr("pushed over the limit by tagging")
        elif self.fits:
            state = tr("fits")
        else:
            state = tr("over the limit before tagging too")
        return tr(
            "{platform} {field}: {before} -> {after} of {limit} {unit} with {count} tagged"
            " links; {state}",
            platform=a.platform,
            field=a.field,
            before=self.before.length,
            after=a.length,
            limit=a.limit,
            unit=label(a.unit),
            count=len(self.tagged),
            state=state,
        )

    def rows(self) -> list[tuple[str, str]]:
        """One row per link: as written, and tagged (``-`` for a link left untagged)."""
        return [*self.tagged, *((link, "-") for link in self.untagged)]

    def __str__(self) -> str:
        parts = [self._summary()]
        if self.rows():
            parts.append(table(_LINK_HEADERS, self.rows()))
        if found := self.findings():
            parts.append(table(FINDING_HEADERS, finding_rows(found)))
        return "\n".join(parts)

    def _repr_html_(self) -> str:
        """The tables of :meth:`__str__` as HTML, the summary as the first caption (notebooks)."""
        found = self.findings()
        return html_block(
            html_table(_LINK_HEADERS, self.rows(), caption=self._summary()),
            html_table(FINDING_HEADERS, finding_rows(found)) if found else "",
        )

    def __repr__(self) -> str:
        return short_repr("TaggedPost", self._summary())

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per link: ``link`` and ``tagged`` strings (``<NA>``: left untagged), pandas extra."""
        return dataframe(
            "TaggedPost.to_dataframe",
            [("link", "string"), ("tagged", "string")],
            [*self.tagged, *((link, None) for link in self.untagged)],
        )


_LINK_HEADERS = (H_("link"), H_("tagged link"))


def tag_links(
    text: str,
    tag: Utm | UtmTemplate,
    platform: str | Platform,
    *,
    field: str = "post",
    tier: str | None = None,
    overwrite: bool = False,
) -> TaggedPost:
    """Tag every ``http(s)`` link of a post and say whether it still fits.

    Links are found and lengths counted exactly as :func:`socialkit.measure`
    does for ``platform``; a :class:`UtmTemplate` is filled for ``platform``.

    >>> launch = UtmTemplate(source="{platform}", medium="social", campaign="spring_launch")
    >>> post = "Our spring collection is here: https://shop.example.com/spring " + "x" * 180
    >>> tag_links(post, launch, "x").cost
    0
    >>> on_bluesky = tag_links(post, launch, "bluesky")
    >>> on_bluesky.pushed_over
    True
    >>> print(on_bluesky.findings()[0].message)
    tagging 1 link takes the post from 243 to 307 of 300 (graphemes) on bluesky
    """
    if not isinstance(tag, Utm | UtmTemplate):
        raise SocialkitTypeError("tag_links(tag)", tag, expected=N_("a Utm or a UtmTemplate"))
    _overwrite(overwrite)
    before = measure(text, platform, field=field, tier=tier)
    concrete = tag.for_platform(platform) if isinstance(tag, UtmTemplate) else tag
    tagged: list[tuple[str, str]] = []
    untagged: list[str] = []
    pieces: list[str] = []
    at = 0
    for entity in extract(text).urls:
        link = text[entity.start : entity.end]
        new = _tag_one(link, concrete, overwrite)
        if new is None:
            untagged.append(link)
            continue
        tagged.append((link, new))
        pieces += [text[at : entity.start], new]
        at = entity.end
    result = "".join([*pieces, text[at:]])
    return TaggedPost(
        text=result,
        tagged=tuple(tagged),
        untagged=tuple(untagged),
        before=before,
        after=measure(result, platform, field=field, tier=tier),
    )


def _tag_one(link: str, tag: Utm, overwrite: bool) -> str | None:
    if not link.lower().startswith(("http://", "https://")):
        return None
    try:
        return tag.apply(link, overwrite=overwrite)
    except ValidationError:
        return None
