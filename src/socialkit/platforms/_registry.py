"""The platform registry: lookup by slug or alias, and user registration.

Shipped platforms are loaded lazily from ``socialkit.platforms`` on first use,
so ``import socialkit`` stays cheap. The registry hands out frozen
:class:`Platform` values and tuples; nothing it returns can mutate it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from difflib import get_close_matches

from socialkit._core.fields import frozen
from socialkit._core.i18n import N_, tr
from socialkit.errors import SocialkitTypeError, UnknownPlatformError, ValidationError
from socialkit.platforms._model import Platform

__all__ = [
    "SHIPPED",
    "RegistrySnapshot",
    "get_platform",
    "list_platforms",
    "platform_of",
    "register_platform",
    "registry_snapshot",
    "slug_of",
]

SHIPPED: tuple[str, ...] = (
    "bluesky",
    "facebook",
    "instagram",
    "linkedin",
    "mastodon",
    "pinterest",
    "snapchat",
    "threads",
    "tiktok",
    "whatsapp",
    "x",
    "youtube",
)
"""Slugs of the platforms that ship with socialkit, each a data module of this package.

Adding a platform is one data module ``socialkit/platforms/<slug>.py`` defining
``PLATFORM`` and one line here; the registry loads it on first use.
"""


class _Registry:
    """Slug -> platform, plus alias -> slug; filled lazily with the shipped data."""

    def __init__(self) -> None:
        self._by_slug: dict[str, Platform] = {}
        self._alias: dict[str, str] = {}
        self._loaded = False

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        for slug in SHIPPED:
            module = importlib.import_module(f"socialkit.platforms.{slug}")
            self.add(module.PLATFORM, replace=False)

    def add(self, platform: Platform, *, replace: bool) -> None:
        self._load()
        if not isinstance(platform, Platform):
            raise SocialkitTypeError(
                "register_platform(platform)", platform, expected=N_("a Platform")
            )
        names = (platform.slug, *platform.aliases)
        previous = self._by_slug.get(platform.slug)
        if previous is not None and not replace:
            raise ValidationError(
                "register_platform",
                tr("platform {slug!r} is already registered", slug=platform.slug),
                allowed=N_("pass replace=True to replace the shipped data"),
            )
        for name in names:
            owner = self._alias.get(name, platform.slug)
            if owner != platform.slug:
                raise ValidationError(
                    f"register_platform({platform.slug!r}).aliases",
                    tr("{name!r} already names platform {owner!r}", name=name, owner=owner),
                    allowed=N_("expected aliases not used by another platform"),
                )
        if previous is not None:
            for alias in previous.aliases:
                del self._alias[alias]
        self._by_slug[platform.slug] = platform
        self._alias.update(dict.fromkeys(names, platform.slug))

    def get(self, slug: str) -> Platform:
        owner = self._alias.get(slug) if slug.__class__ is str else None
        if owner is not None:  # already a lower-case slug or alias: the lookup below, shorter
            return self._by_slug[owner]
        self._load()
        if isinstance(slug, Platform):
            return slug
        if not isinstance(slug, str):
            raise SocialkitTypeError(
                "get_platform(slug)", slug, expected=N_("a platform slug (str)")
            )
        key = slug.strip().lower()
        if key in self._alias:
            return self._by_slug[self._alias[key]]
        close = get_close_matches(key, list(self._alias), n=5)
        suggestions = list(dict.fromkeys(self._alias[name] for name in close))[:3]
        raise UnknownPlatformError(slug, sorted(self._by_slug), suggestions)

    def all(self) -> tuple[Platform, ...]:
        self._load()
        return tuple(self._by_slug[slug] for slug in sorted(self._by_slug))

    def changed(self) -> tuple[Platform, ...]:
        """The registered platforms that are not the shipped data (added or replaced), by slug."""
        self._load()
        shipped = {
            slug: importlib.import_module(f"socialkit.platforms.{slug}").PLATFORM
            for slug in SHIPPED
        }
        return tuple(
            self._by_slug[slug]
            for slug in sorted(self._by_slug)
            if shipped.get(slug) != self._by_slug[slug]
        )

    @contextmanager
    def isolated(self) -> Iterator[None]:
        """Undo every registration made inside the block (for tests and notebooks)."""
        self._load()
        saved = dict(self._by_slug), dict(self._alias)
        try:
            yield
        finally:
            self._by_slug, self._alias = saved


_REGISTRY = _Registry()


def get_platform(slug: str | Platform) -> Platform:
    """The platform registered under ``slug`` or one of its aliases, case-insensitively.

    A :class:`Platform` passes through unchanged, so every API taking a platform
    accepts either.

    >>> get_platform("Twitter").slug
    'x'
    >>> get_platform("IG").name
    'Instagram'
    """
    return _REGISTRY.get(slug)  # type: ignore[arg-type]


def list_platforms() -> tuple[Platform, ...]:
    """Every registered platform, sorted by slug.

    >>> [p.slug for p in list_platforms()][:3]
    ['bluesky', 'facebook', 'instagram']
    """
    return _REGISTRY.all()


def register_platform(platform: Platform, *, replace: bool = False) -> None:
    """Add a platform, or replace a registered one with ``replace=True``.

    >>> import attrs
    >>> from datetime import date
    >>> custom = attrs.evolve(get_platform("mastodon"), slug="myinstance", aliases=(),
    ...                       name="My instance", verified_on=date(2026, 11, 22))
    >>> register_platform(custom)
    >>> get_platform("myinstance").name
    'My instance'
    >>> register_platform(custom)
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: register_platform: platform 'myinstance' is already registered; pass replace=True to replace the shipped data
    """
    if not isinstance(replace, bool):
        raise SocialkitTypeError(
            "register_platform(replace)", replace, expected=N_("True or False")
        )
    _REGISTRY.add(platform, replace=replace)


def slug_of(value: object, where: str = "platform") -> str:
    """The registered slug of a platform given as a slug, an alias or a :class:`Platform`.

    The converter behind every ``platform`` field: aliases resolve, unknown names raise
    :class:`~socialkit.UnknownPlatformError`, other types a ``SocialkitTypeError`` at ``where``.

    >>> slug_of("Twitter")
    'x'
    """
    if isinstance(value, Platform):
        return value.slug
    if not isinstance(value, str):
        raise SocialkitTypeError(where, value, expected=N_("a platform slug or Platform"))
    return get_platform(value).slug


def platform_of(value: object, where: str) -> Platform:
    """:func:`get_platform` for a public function's argument: a wrong type names ``where``.

    ``where`` is the argument as the user wrote it (``"measure(platform)"``), not
    ``get_platform(slug)``, which the user did not call.

    >>> platform_of("Twitter", "measure(platform)").slug
    'x'
    >>> platform_of(None, "measure(platform)")
    Traceback (most recent call last):
    ...
    socialkit.errors.SocialkitTypeError: measure(platform): got NoneType; expected a platform slug or Platform
    """
    if isinstance(value, Platform):
        return value
    if not isinstance(value, str):
        raise SocialkitTypeError(where, value, expected=N_("a platform slug or Platform"))
    return get_platform(value)


@frozen(kw_only=True)
class RegistrySnapshot:
    """The platforms a process registered beyond the shipped data, as a picklable value.

    A worker in another process (``multiprocessing`` with ``spawn``, Dask,
    Spark) starts with the shipped platforms only; send it a snapshot taken by
    :func:`registry_snapshot` and run the work inside :meth:`applied`, and it
    sees exactly the caller's registry. Shipped platforms are not copied, only
    the added and replaced ones, so a snapshot is small.

    >>> import pickle
    >>> snap = registry_snapshot()
    >>> pickle.loads(pickle.dumps(snap)) == snap
    True
    """

    platforms: tuple[Platform, ...] = ()

    @contextmanager
    def applied(self) -> Iterator[None]:
        """Register the snapshot's platforms for the block, then restore the registry."""
        with _REGISTRY.isolated():
            for platform in self.platforms:
                _REGISTRY.add(platform, replace=True)
            yield


def registry_snapshot() -> RegistrySnapshot:
    """A picklable copy of the platforms registered in this process beyond the shipped ones.

    See :class:`RegistrySnapshot`; ``socialkit.dask`` takes one for every job it submits.
    """
    return RegistrySnapshot(platforms=_REGISTRY.changed())
