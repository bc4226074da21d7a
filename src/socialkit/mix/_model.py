"""Content mixes: exact shares, whole-post apportionment and evenly spread sequences.

A mix such as 80/20 answers two questions for a planner: how many posts of each
category fit in N slots (:meth:`ContentMix.apportion`, a classic apportionment
problem) and in which order, so that every stretch of the calendar stays close to
the target and not just the total (:meth:`ContentMix.sequence`, the chairman
assignment problem). The arithmetic lives in :mod:`socialkit.mix._apportion`.
"""

from __future__ import annotations

import difflib
import functools
import math
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from socialkit._core import numbers as num
from socialkit._core import svg
from socialkit._core.fields import checked, frozen
from socialkit._core.i18n import H_, N_, tr
from socialkit._core.numbers import Number
from socialkit._core.rates import Amount, Rate, to_exact_rate
from socialkit._core.sources import Source
from socialkit._core.table import (
    as_float,
    dataframe,
    html_block,
    html_table,
    short_repr,
    table,
)
from socialkit._core.validate import name_key, non_empty_str, to_enum
from socialkit._core.vocabulary_fr import PRESET_ALIASES
from socialkit.errors import (
    NotFoundError,
    SocialkitTypeError,
    UnknownCategoryError,
    ValidationError,
)
from socialkit.mix._apportion import (
    ApportionMethod,
    SequenceMethod,
    apportion_counts,
    edf_sequence,
    optimal_bound,
)

if TYPE_CHECKING:
    import pandas

__all__ = ["CategoryDrift", "ContentMix", "MixDrift", "MixPreset", "NestedMix", "mix_deviation"]

# Visible strings (one place, for translation).
_DRIFT_HEADERS = (H_("category"), H_("count"), H_("share"), H_("target"), H_("gap"))

MAX_APPORTION = 10**12
"""Largest ``n`` for :meth:`ContentMix.apportion` (its cost grows with categories, not n)."""
MAX_SEQUENCE = 10**7
"""Largest ``n`` for :meth:`ContentMix.sequence`: the result is a tuple of n names."""
MAX_OPTIMAL = 100_000
"""Largest ``n`` for the exact ``"optimal"`` sequencer (O(n log n log k))."""
MAX_WEIGHT_DIGITS = 1000
"""Most digits, and largest exponent in absolute value, of a ``Decimal`` weight.

Read exactly, ``Decimal("1e-30000000")`` is a fraction with a 30-million-digit
denominator: arithmetic on it takes minutes or exhausts memory, so it is refused
before conversion. 1000 leaves room for any sensible precision."""
MAX_WEIGHT_BITS = 4096
"""Most bits in the numerator or denominator of an exact weight (every float fits)."""

_METHOD_ALIASES = {
    "largest_remainder": ApportionMethod.HAMILTON,
    "hare": ApportionMethod.HAMILTON,
    "dhondt": ApportionMethod.JEFFERSON,
    "d'hondt": ApportionMethod.JEFFERSON,
    "sainte_lague": ApportionMethod.WEBSTER,
    "sainte_laguë": ApportionMethod.WEBSTER,
    "hill": ApportionMethod.HUNTINGTON_HILL,
    "equal_proportions": ApportionMethod.HUNTINGTON_HILL,
}

# Validation helpers ------------------------------------------------------------------


def _suggest(name: str, known: Iterable[str]) -> list[str]:
    return difflib.get_close_matches(name, list(known), n=3, cutoff=0.5)


def _to_fraction(where: str, value: object) -> Fraction:
    """An exact, finite, non-negative weight. Floats are read as their shortest repr."""
    value = num.plain(value)
    if isinstance(value, Decimal) and value.is_finite():
        _, digits, exponent = value.as_tuple()
        if len(digits) > MAX_WEIGHT_DIGITS or abs(int(exponent)) > MAX_WEIGHT_DIGITS:
            raise _too_precise(where, value)
    exact = num.exact(value, where)
    if max(exact.numerator.bit_length(), exact.denominator.bit_length()) > MAX_WEIGHT_BITS:
        raise _too_precise(where, value)
    if exact < 0:
        raise ValidationError(
            where, tr("got {value!r}", value=value), allowed=N_("expected a weight >= 0")
        )
    return exact


def _too_precise(where: str, value: object) -> ValidationError:
    # Not repr(value): an int of over 4300 digits refuses to print.
    return ValidationError(
        where,
        tr("got a {type} too large or too fine to compute with exactly", type=type(value).__name__),
        allowed=tr(
            "expected a Decimal with at most {MAX_WEIGHT_DIGITS} digits and exponent within +/-{MAX_WEIGHT_DIGITS}, or a number whose exact fraction has at most {MAX_WEIGHT_BITS} bits above and below",
            MAX_WEIGHT_DIGITS=MAX_WEIGHT_DIGITS,
            MAX_WEIGHT_BITS=MAX_WEIGHT_BITS,
        ),
    )


def _check_name(where: str, name: object) -> str:
    if not isinstance(name, str):
        raise SocialkitTypeError(where, name, expected=N_("a category name (str)"))
    if not name.strip():
        raise ValidationError(where, N_("got an empty name"), allowed="expected non-empty text")
    return name


def _pairs(where: str, value: object) -> list[tuple[str, Any]]:
    """(name, value) pairs from a mapping or an iterable of pairs; names are text, none twice.

    A mapping is anything with ``.items()`` (a dict, a pandas Series), since a
    Series iterates over its values, not its pairs.
    """
    items: Any = getattr(value, "items", None)
    if callable(items):
        pairs = list(items())
    elif isinstance(value, Iterable) and not isinstance(value, str | bytes):
        pairs = list(value)
        for pair in pairs:
            if not isinstance(pair, tuple | list) or len(pair) != 2:
                raise SocialkitTypeError(where, pair, expected=N_("(name, value) pairs"))
    else:
        raise SocialkitTypeError(where, value, expected=N_("a mapping of category names to values"))
    seen: set[str] = set()
    for name, _ in pairs:
        if _check_name(where, name) in seen:
            raise ValidationError(
                where, tr("{name!r} appears twice", name=name), allowed=N_("expected unique names")
            )
        seen.add(name)
    return [(name, num.plain(v)) for name, v in pairs]


def _to_shares(
    weights: Mapping[str, Number] | Iterable[tuple[str, Number]],
) -> tuple[tuple[str, Rate], ...]:
    """Converter: names and weights (a mapping or pairs) -> exact shares (``Rate``) summing to 1."""
    where = "ContentMix.weights"
    pairs = _pairs(where, weights)
    if not pairs:
        raise ValidationError(where, N_("got no categories"), allowed=N_("expected at least one"))
    exact = [(name, _to_fraction(f"{where}[{name!r}]", w)) for name, w in pairs]
    total = sum(w for _, w in exact)
    if total == 0:
        raise ValidationError(
            where, N_("every weight is zero"), allowed=N_("expected a positive total")
        )
    return tuple((name, Rate(w / total)) for name, w in exact)


def _to_bounds(
    value: Mapping[str, int] | Iterable[tuple[str, int]],
) -> tuple[tuple[str, int], ...]:
    """Converter: per-category counts (a mapping or pairs) as (name, count) pairs."""
    return tuple(_pairs("ContentMix bounds", value))


def _check_bounds(instance: ContentMix, attribute: attrs.Attribute[Any], value: Any) -> None:
    where = f"ContentMix.{attribute.alias}"
    for name, count in value:
        known = instance.categories  # the mapping index is built after validation
        if name not in known:
            raise UnknownCategoryError(where, str(name), known, _suggest(str(name), known))
        num.integer(count, f"{where}[{name!r}]", minimum=0)
    if attribute.alias == "maximum":
        low = dict(instance.minimum)
        for name, cap in value:
            if low.get(name, 0) > cap:
                raise ValidationError(
                    f"{where}[{name!r}]",
                    tr("{cap} is below the minimum {low}", cap=cap, low=low[name]),
                    allowed=N_("expected maximum >= minimum"),
                )


def _check_count(where: str, n: object, limit: int) -> int:
    """A slot count: an int (not bool) in ``0..limit``; checked before allocating."""
    return num.integer(n, where, minimum=0, maximum=limit)


_SEQUENCE_MEMO = 256
"""Sequences remembered (:meth:`ContentMix.sequence`); the memo restarts beyond it."""
_SEQUENCE_MEMO_N = 4096
"""The longest sequence remembered (ten years of daily posts): at most 256 x 4096 names."""
_SEQUENCES: dict[tuple[_Arrays, int, SequenceMethod, ApportionMethod], tuple[str, ...]] = {}
""":meth:`ContentMix.sequence`'s answers by mix *value*, count and methods: a mix's sequence
is a pure function of them, and every plan asks for the same few counts (one per channel
and horizon), so a newly read strategy with the same mix finds them too."""

_APPORTION_METHODS = {m.value: m for m in ApportionMethod}
_SEQUENCE_METHODS = {m.value: m for m in SequenceMethod}
"""Each method by its exact name: the defaults are names, and normalising and matching
a name was a third of a short sequence's cost."""


def _apportion_method(value: object) -> ApportionMethod:
    if isinstance(value, ApportionMethod):
        return value
    if isinstance(value, str) and value in _APPORTION_METHODS:
        return _APPORTION_METHODS[value]
    if not isinstance(value, str):
        raise SocialkitTypeError("method", value, expected=N_("an ApportionMethod or its name"))
    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    if key in _METHOD_ALIASES:
        return _METHOD_ALIASES[key]
    return to_enum(ApportionMethod, value, "method")


def _sequence_method(value: object) -> SequenceMethod:
    if isinstance(value, str) and value in _SEQUENCE_METHODS:
        return _SEQUENCE_METHODS[value]
    return to_enum(SequenceMethod, value, "method")


def _common_scale(shares: Iterable[Rate | Fraction]) -> tuple[int, list[int]]:
    """The common denominator D and the integer numerators of ``shares`` over it."""
    values = list(shares)
    denominator = math.lcm(*(s.denominator for s in values))
    return denominator, [s.numerator * (denominator // s.denominator) for s in values]


@attrs.frozen(cache_hash=True)  # the mix's own derived value: not re-checked (``frozen`` would)
class _Arrays:
    """A mix's categories, bounds and weights as aligned tuples (see ``ContentMix._arrays``):
    everything an apportionment or a sequence reads, so it is also the key they are kept by."""

    categories: tuple[str, ...]
    minimum: tuple[int, ...]
    maximum: tuple[int | None, ...]
    weights: tuple[int, ...]


# The mix -------------------------------------------------------------------------------


@frozen(repr=False)
class ContentMix(Mapping[str, Rate]):
    """Named categories with exact target shares, read as a mapping name -> share.

    Each share is a :class:`~socialkit.measure.Rate`: a ``float`` that formats
    with ``:%`` and serialises to JSON, keeping the exact ``Fraction`` in
    ``.exact`` (it equals and hashes as that fraction).

    ``weights`` may be percentages, counts, ``Fraction`` or ``Decimal``; they are
    normalised exactly to shares summing to 1. Floats are read through their
    shortest ``repr`` (``0.1`` means 1/10), so ``33.3`` is 333/10, not the binary
    double. Zero weights are allowed (the category only gets slots its
    ``minimum`` forces); negative, NaN, infinite, boolean and non-numeric weights
    and an all-zero mix are rejected. Category order matters: ties go to the
    category listed first.

    >>> mix = ContentMix({"brand": 40, "fashion": 30, "beauty": 20, "well_being": 10})
    >>> mix["brand"], f"{mix['brand']:.0%}", mix["brand"].exact
    (Rate(2, 5), '40%', Fraction(2, 5))
    >>> mix.apportion(7)
    {'brand': 3, 'fashion': 2, 'beauty': 1, 'well_being': 1}
    >>> mix.sequence(7)
    ('brand', 'fashion', 'brand', 'beauty', 'well_being', 'fashion', 'brand')
    >>> ContentMix({"a": 1, "b": 1}) == ContentMix({"a": 50, "b": 50})
    True
    """

    shares: tuple[tuple[str, Rate], ...] = attrs.field(alias="weights", converter=_to_shares)
    """(name, share) pairs in the order given; the shares (each a ``Rate``) sum to 1."""
    minimum: tuple[tuple[str, int], ...] = attrs.field(
        default=(), kw_only=True, converter=_to_bounds, validator=_check_bounds
    )
    """(name, count) pairs: the least number of posts these categories get."""
    maximum: tuple[tuple[str, int], ...] = attrs.field(
        default=(), kw_only=True, converter=_to_bounds, validator=_check_bounds
    )
    """(name, count) pairs: the most posts these categories get."""

    @functools.cached_property
    def _index(self) -> dict[str, Rate]:
        return dict(self.shares)

    @functools.cached_property
    def _arrays(self) -> _Arrays:
        """What every apportionment reads, worked out once per mix: the categories, their
        minimum and maximum counts and their integer weights over a common scale."""
        low, high = dict(self.minimum), dict(self.maximum)
        categories = tuple(name for name, _ in self.shares)
        return _Arrays(
            categories=categories,
            minimum=tuple(low.get(name, 0) for name in categories),
            maximum=tuple(high.get(name) for name in categories),
            weights=tuple(_common_scale(share for _, share in self.shares)[1]),
        )

    # Mapping protocol
    def __getitem__(self, name: str) -> Rate:
        known = self.categories
        if not isinstance(name, str):  # a category is named: anything else is not one
            raise UnknownCategoryError("ContentMix", f"<{type(name).__name__}>", known)
        try:
            return self._index[name]
        except KeyError:
            raise UnknownCategoryError("ContentMix", name, known, _suggest(name, known)) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self.shares)

    @checked
    def get(self, name: str, default: Rate | Fraction | None = None) -> Rate | Fraction | None:  # type: ignore[override]
        """The share of category ``name``, or ``default`` when the mix has none."""
        return self._index.get(name, default)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self._index

    def __repr__(self) -> str:
        shares = ", ".join(f"{name!r}: {share.exact}" for name, share in self.shares)
        bounds = "".join(
            f", {label}={dict(pairs)}"
            for label, pairs in (("minimum", self.minimum), ("maximum", self.maximum))
            if pairs
        )
        return f"ContentMix({{{shares}}}{bounds})"

    @property
    def categories(self) -> tuple[str, ...]:
        """Category names in the order given (the tie-breaking order)."""
        return self._arrays.categories

    # Presets
    @classmethod
    def preset(cls, name: str) -> ContentMix:
        """A named mix from the source documents (or socialkit's funnel suggestion).

        ``name`` is a preset's name or alias, English or French (``"règle des
        tiers"``), compared as names are everywhere (case, accents, spaces and
        hyphens ignored).

        >>> ContentMix.preset("80/20").apportion(10)
        {'inform_educate_entertain': 8, 'promote': 2}
        >>> ContentMix.preset("Règle des tiers") == ContentMix.preset("thirds")
        True
        """
        return _find_preset(name).mix

    @classmethod
    def presets(cls) -> tuple[MixPreset, ...]:
        """Every preset, with its description and source.

        >>> [p.name for p in ContentMix.presets()]
        ['80/20', 'thirds', '50/25/20/5', 'pillars', 'funnel', 'funnel+retention']
        """
        return tuple(_PRESETS)

    # Apportionment
    def apportion(self, n: int, *, method: ApportionMethod | str = "hamilton") -> dict[str, int]:
        """Whole numbers of posts per category, summing to ``n``, exactly.

        ``method`` is an :class:`ApportionMethod` or its name (aliases such as
        ``"dhondt"`` and ``"sainte_lague"`` work). Ties go to the category listed
        first. Minimums and maximums are honoured by every method: divisor methods
        start from the minimums and stop at the maximums; Hamilton rounds the quotas
        clamped to the bounds (one common scale, so the clamped quotas sum to n).
        Raises :class:`ValidationError` when the bounds cannot be met.

        >>> mix = ContentMix.preset("50/25/20/5")
        >>> mix.apportion(10)  # remainders .5 and .5 tie: the category listed first wins
        {'blog_traffic': 5, 'curated': 3, 'business_goals': 2, 'hr_culture': 0}
        >>> mix.apportion(7, method="adams")  # every category gets a slot
        {'blog_traffic': 3, 'curated': 2, 'business_goals': 1, 'hr_culture': 1}
        """
        n = _check_count("ContentMix.apportion.n", n, MAX_APPORTION)
        return dict(zip(self.categories, self._counts(n, _apportion_method(method)), strict=True))

    def _counts(self, n: int, method: ApportionMethod) -> list[int]:
        minimum, maximum = self._arrays.minimum, self._arrays.maximum
        if sum(minimum) > n:
            raise ValidationError(
                "ContentMix.minimum",
                tr("the minimums sum to {total}, more than the {n} slots", total=sum(minimum), n=n),
                allowed=N_("expected minimums summing to at most n"),
            )
        if all(m is not None for m in maximum) and sum(m or 0 for m in maximum) < n:
            raise ValidationError(
                "ContentMix.maximum",
                tr(
                    "the maximums sum to {total}, fewer than the {n} slots",
                    total=sum(m or 0 for m in maximum),
                    n=n,
                ),
                allowed=N_("expected maximums summing to at least n, or a category without one"),
            )
        return apportion_counts(self._arrays.weights, n, minimum, maximum, method)

    # Sequencing
    def sequence(
        self,
        n: int,
        *,
        method: SequenceMethod | str = "tijdeman",
        apportion: ApportionMethod | str = "hamilton",
    ) -> tuple[str, ...]:
        """An order for ``n`` posts whose every prefix stays close to the target.

        The counts are ``self.apportion(n, method=apportion)``; call them d_i and
        let k be the number of categories with d_i > 0. With ``"tijdeman"`` every
        prefix of length t keeps ``|count_i(t) - t * d_i / n| <= 1 - 1/(2k - 2)``
        (Tijdeman's bound, the best that holds for every mix), in O(n log k).
        ``"optimal"`` finds the least possible maximum deviation for these counts
        (n up to 100,000). Deterministic: ties go to the category listed first.

        >>> ContentMix.preset("thirds").sequence(6)
        ('promote', 'thought_leaders', 'interaction', 'promote', 'thought_leaders', 'interaction')
        """
        seq_method = _sequence_method(method)
        limit = MAX_OPTIMAL if seq_method is SequenceMethod.OPTIMAL else MAX_SEQUENCE
        n = _check_count("ContentMix.sequence.n", n, limit)
        app_method = _apportion_method(apportion)
        key = (self._arrays, n, seq_method, app_method)
        found = _SEQUENCES.get(key)
        if found is None:
            counts = self._counts(n, app_method)
            found = _names(self.categories, _spread(counts, seq_method))
            if n <= _SEQUENCE_MEMO_N:
                if len(_SEQUENCES) >= _SEQUENCE_MEMO:
                    _SEQUENCES.clear()
                _SEQUENCES[key] = found
        return found

    # Drift
    def drift(self, published: Iterable[str]) -> MixDrift:
        """Compare the categories of posts actually published with the target shares.

        Unknown categories raise :class:`UnknownCategoryError`, so a typo never
        passes silently as an off-mix post.

        >>> drift = ContentMix.preset("80/20").drift(["promote", "promote", "inform_educate_entertain"])
        >>> drift.behind
        ('inform_educate_entertain',)
        >>> drift.next(3)
        ('inform_educate_entertain', 'inform_educate_entertain', 'inform_educate_entertain')
        """
        if isinstance(published, str | bytes) or not isinstance(published, Iterable):
            raise SocialkitTypeError(
                "ContentMix.drift.published",
                published,
                expected=N_("an iterable of category names"),
            )
        counts = dict.fromkeys(self.categories, 0)
        for name in published:
            if not isinstance(name, str) or name not in counts:
                raise UnknownCategoryError(
                    "ContentMix.drift.published",
                    str(name),
                    self.categories,
                    _suggest(str(name), self.categories),
                )
            counts[name] += 1
        total = sum(counts.values())
        rows = tuple(
            CategoryDrift(
                category=name,
                count=count,
                share=Fraction(count, total) if total else Fraction(0),
                target=self[name],
                gap=self[name].exact * total - count,
            )
            for name, count in counts.items()
        )
        return MixDrift(mix=self, total=total, categories=rows)

    # Composition
    def compose(self, inner: Mapping[str, ContentMix], *, sep: str = "/") -> NestedMix:
        """Nest a mix inside some of this mix's categories (a pillars mix per funnel stage).

        >>> stages = ContentMix({"tofu": 3, "bofu": 1})
        >>> nested = stages.compose({"tofu": ContentMix.preset("pillars")})
        >>> nested.flatten()["tofu/brand"]
        Rate(3, 10)
        """
        return NestedMix(outer=self, inner=inner, sep=sep)


def _spread(counts: list[int], method: SequenceMethod) -> list[int]:
    """Category indices for ``counts`` (see :meth:`ContentMix.sequence`).

    With ``g = gcd(counts) > 1`` the sequence is one period for ``counts / g``
    repeated g times. This is not a shortcut that changes the answer: any
    sequence within a bound below 1 meets its targets exactly at the end of each
    period (they are integers there), and the windows repeat, so both sequencers
    return exactly this repetition anyway.
    """
    n = sum(counts)
    k = sum(1 for d in counts if d > 0)
    if k <= 1:
        return [i for i, d in enumerate(counts) for _ in range(d)]
    period = math.gcd(*counts)
    if period > 1:
        return _spread([d // period for d in counts], method) * period
    if method is SequenceMethod.OPTIMAL:
        order = edf_sequence(counts, optimal_bound(counts), n)
    else:
        order = edf_sequence(counts, 2 * k - 3, 2 * k - 2)
    if order is None:  # pragma: no cover - Tijdeman's theorem says this cannot happen
        raise AssertionError(f"no sequence within the bound for counts {counts}")
    return order


def _names(categories: tuple[str, ...], order: list[int]) -> tuple[str, ...]:
    return tuple(map(categories.__getitem__, order))


# Presets --------------------------------------------------------------------------------


def _to_weights(
    value: Mapping[str, int] | Iterable[tuple[str, int]],
) -> tuple[tuple[str, int], ...]:
    """Converter: a mapping or pairs (what it stores, so ``attrs.evolve`` works)."""
    return tuple(
        (k, num.integer(v, f"MixPreset.weights[{k!r}]", minimum=0))
        for k, v in _pairs("MixPreset.weights", value)
    )


@frozen(kw_only=True)
class MixPreset:
    """A named content mix and where it comes from.

    >>> preset = ContentMix.presets()[3]
    >>> preset.name, preset.source.confidence
    ('pillars', <Confidence.SOURCE_DOCUMENT: 'source document'>)
    """

    name: str = attrs.field(validator=non_empty_str)
    weights: tuple[tuple[str, int], ...] = attrs.field(converter=_to_weights)
    description: str = attrs.field(validator=non_empty_str)
    source: Source
    aliases: tuple[str, ...] = ()

    @property
    def mix(self) -> ContentMix:
        """The preset as a :class:`ContentMix`.

        >>> ContentMix.presets()[0].mix
        ContentMix({'inform_educate_entertain': 4/5, 'promote': 1/5})
        """
        return ContentMix(dict(self.weights))


_PRESETS: list[MixPreset] = []


def install_presets(presets: tuple[MixPreset, ...]) -> None:
    """Called once by the data module :mod:`socialkit.mix._presets` as it loads.

    Presets are data that register themselves with their class, so the class
    never imports the module that imports it.
    """
    names = [p.name for p in presets]
    if len(set(names)) != len(names):
        raise ValidationError(
            "ContentMix.presets", tr("duplicate preset names in {names}", names=names)
        )
    _PRESETS[:] = presets


def _find_preset(name: object) -> MixPreset:
    if not isinstance(name, str):
        raise SocialkitTypeError("ContentMix.preset", name, expected=N_("a preset name (str)"))
    key = name_key(name)
    presets = ContentMix.presets()
    by_name = {p.name: p for p in presets}
    index: dict[str, MixPreset] = {}
    for preset in presets:
        for alias in (preset.name, *preset.aliases):
            index.setdefault(name_key(alias), preset)
    for french, preset_name in PRESET_ALIASES.items():  # French names (data), English first
        if preset_name in by_name:
            index.setdefault(name_key(french), by_name[preset_name])
    if key in index:
        return index[key]
    close = dict.fromkeys(index[k].name for k in _suggest(key, index))
    raise NotFoundError("ContentMix.preset", name, list(by_name), list(close))


# Deviation and drift ----------------------------------------------------------------------


def mix_deviation(sequence: Iterable[str], mix: ContentMix) -> Amount:
    """The largest prefix deviation ``max |count_i(t) - t * share_i|`` of a sequence, in posts.

    An :class:`~socialkit.measure.Amount`: a ``float`` (``:.2f``, JSON)
    keeping the exact value in ``.exact``.

    The targets are ``mix``'s shares. To check :meth:`ContentMix.sequence`'s bound,
    which is stated against the apportioned counts d_i / n, pass
    ``ContentMix(mix.apportion(n))``: a mix built from counts has exactly those shares.
    Measured against ``mix`` itself, the rounding of the counts adds to the figure.

    >>> mix = ContentMix.preset("50/25/20/5")
    >>> order = mix.sequence(12)
    >>> mix_deviation(order, ContentMix(mix.apportion(12))) <= Fraction(5, 6)
    True
    >>> mix_deviation(["blog_traffic"] * 4, mix)
    Amount(2, 1)
    """
    if isinstance(sequence, str | bytes) or not isinstance(sequence, Iterable):
        raise SocialkitTypeError(
            "mix_deviation.sequence", sequence, expected=N_("an iterable of category names")
        )
    if not isinstance(mix, ContentMix):
        raise SocialkitTypeError("mix_deviation.mix", mix, expected=N_("a ContentMix"))
    denominator, weights = _common_scale(mix.values())
    index = {name: i for i, name in enumerate(mix.categories)}
    seen = [0] * len(weights)
    worst = 0
    t = 0
    for t, name in enumerate(sequence, 1):
        i = index.get(name) if isinstance(name, str) else None
        if i is None:
            raise UnknownCategoryError(
                "mix_deviation.sequence", str(name), mix.categories, _suggest(str(name), index)
            )
        before = seen[i] * denominator - (t - 1) * weights[i]  # lowest point before a post
        seen[i] += 1
        after = seen[i] * denominator - t * weights[i]  # highest point right after it
        worst = max(worst, -before, after)
    for count, weight in zip(seen, weights, strict=True):
        worst = max(worst, abs(count * denominator - t * weight))
    return Amount(worst, denominator)


def _exact_amount(value: Fraction | Amount) -> Amount:
    """Converter: a drift's exact gap in posts as an :class:`Amount`."""
    return value if isinstance(value, Amount) else Amount(value)


@frozen(kw_only=True)
class CategoryDrift:
    """One category of a :class:`MixDrift`.

    ``share`` and ``target`` are :class:`~socialkit.measure.Rate` values (floats
    that format with ``:%``, exact in ``.exact``); ``gap`` is how many posts the
    category is behind its target (negative: ahead), ``target * total - count``,
    an :class:`~socialkit.measure.Amount` of posts (a float, exact in
    ``.exact``); ``deviation`` is ``share - target``.

    >>> row = ContentMix({"a": 1, "b": 1}).drift(["a", "a", "a"]).categories[1]
    >>> row.category, row.count, row.gap, row.deviation
    ('b', 0, Amount(3, 2), Rate(-1, 2))
    >>> f"{row.target:.0%}", row.target.exact
    ('50%', Fraction(1, 2))
    """

    category: str
    count: int
    share: Rate = attrs.field(converter=to_exact_rate)
    target: Rate = attrs.field(converter=to_exact_rate)
    gap: Amount = attrs.field(converter=_exact_amount)

    @property
    def deviation(self) -> Rate:
        """The published share minus the target share."""
        return Rate(self.share.exact - self.target.exact)


@frozen(kw_only=True)
class MixDrift:
    """How far published posts drifted from a mix, and what to post next.

    >>> drift = ContentMix({"a": 1, "b": 1}).drift(["a", "a", "a"])
    >>> print(drift)
    category  count  share  target  gap
    --------  -----  -----  ------  ----
    a         3      100%   50%     -1.5
    b         0      0%     50%     1.5
    >>> drift.next(2)
    ('b', 'b')
    """

    mix: ContentMix
    total: int
    categories: tuple[CategoryDrift, ...]

    @property
    def behind(self) -> tuple[str, ...]:
        """Categories below target, most posts behind first (ties: listed first).

        >>> ContentMix({"a": 1, "b": 1, "c": 2}).drift(["a", "a"]).behind
        ('c', 'b')
        """
        rows = sorted((row for row in self.categories if row.gap > 0), key=lambda row: -row.gap)
        return tuple(row.category for row in rows)

    @property
    def max_gap(self) -> Amount:
        """The largest ``|gap|``, in posts (an ``Amount``).

        >>> ContentMix({"a": 1, "b": 1}).drift(["a", "a", "a"]).max_gap
        Amount(3, 2)
        """
        return max(abs(row.gap) for row in self.categories)

    def next(self, count: int) -> tuple[str, ...]:
        """The next ``count`` posts, each chosen to be the furthest behind after it.

        A greedy catch-up plan (largest deficit first, ties to the category listed
        first): a heuristic that closes the largest gap at each step, not a bound.

        >>> ContentMix({"a": 1, "b": 1}).drift(["a", "a"]).next(3)
        ('b', 'b', 'a')
        """
        count = _check_count("MixDrift.next.count", count, MAX_SEQUENCE)
        denominator, weights = _common_scale(row.target.exact for row in self.categories)
        posted = [row.count for row in self.categories]
        plan: list[str] = []
        for t in range(self.total + 1, self.total + count + 1):
            deficits = [w * t - x * denominator for w, x in zip(weights, posted, strict=True)]
            best = deficits.index(max(deficits))
            posted[best] += 1
            plan.append(self.categories[best].category)
        return tuple(plan)

    def _table_rows(self) -> list[list[object]]:
        return [
            [r.category, r.count, num.percent(r.share), num.percent(r.target), num.show(r.gap)]
            for r in self.categories
        ]

    def __str__(self) -> str:
        return table(_DRIFT_HEADERS, self._table_rows())

    def _repr_html_(self) -> str:
        """The same rows as :meth:`__str__`, as an HTML table, then :meth:`to_svg` (notebooks)."""
        return html_block(
            html_table(_DRIFT_HEADERS, self._table_rows(), caption=tr("Content mix drift")),
            self.to_svg(),
        )

    def __repr__(self) -> str:
        return short_repr(
            "MixDrift",
            tr("{count} categories, {total} posts", count=len(self.categories), total=self.total),
        )

    def to_svg(self, *, theme: str = "auto") -> str:
        """Each category's share as a bar, its target as a tick (``theme``: auto, light or dark).

        >>> ContentMix({"a": 1, "b": 1}).drift(["a"]).to_svg().count("<line")
        2
        """
        rows = [
            svg.Bar(
                label=r.category,
                value=as_float(r.share),
                target=as_float(r.target),
                note=num.percent(r.share) + tr(" (target {target})", target=num.percent(r.target)),
            )
            for r in self.categories
        ]
        title = tr("Content mix drift: {total} posts", total=self.total)
        return svg.bars(rows, title=title, theme=theme)

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per category: ``count`` int64, ``share``/``target``/``gap`` float64 (pandas extra).

        >>> ContentMix({"a": 1, "b": 1}).drift(["a"]).to_dataframe()["gap"].tolist()
        [-0.5, 0.5]
        """
        return dataframe(
            "MixDrift.to_dataframe",
            [
                ("category", "string"),
                ("count", "int64"),
                ("share", "float64"),
                ("target", "float64"),
                ("gap", "float64"),
            ],
            [
                (r.category, r.count, as_float(r.share), as_float(r.target), as_float(r.gap))
                for r in self.categories
            ],
        )


# Composition -------------------------------------------------------------------------------


def _to_inner(
    value: Mapping[str, ContentMix] | Iterable[tuple[str, ContentMix]],
) -> tuple[tuple[str, ContentMix], ...]:
    """Converter: a mapping or pairs (what it stores, so ``attrs.evolve`` works)."""
    return tuple(_pairs("NestedMix.inner", value))


def _check_inner(instance: NestedMix, attribute: attrs.Attribute[Any], value: Any) -> None:
    for name, mix in value:
        if name not in instance.outer:
            raise UnknownCategoryError(
                "NestedMix.inner",
                str(name),
                instance.outer.categories,
                _suggest(str(name), instance.outer),
            )
        if not isinstance(mix, ContentMix):
            raise SocialkitTypeError(f"NestedMix.inner[{name!r}]", mix, expected=N_("a ContentMix"))


def _check_joined(instance: NestedMix, attribute: attrs.Attribute[Any], value: str) -> None:
    names = [name for name, _ in instance._leaves()]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ValidationError(
            "NestedMix.sep",
            tr("joined names collide: {names}", names=", ".join(duplicates)),
            allowed=N_("expected a separator that appears in no category name"),
        )


@frozen(kw_only=True)
class NestedMix:
    """A mix inside some categories of an outer mix: pillars per funnel stage, mixes per platform.

    Leaf categories are named ``outer + sep + inner`` (``"tofu/brand"``); an outer
    category with no inner mix keeps its own name. :meth:`sequence` spreads the
    outer categories first and then each inner mix over its category's slots, so
    both levels stay even: the outer level within Tijdeman's bound B_outer, and
    each leaf within B_outer + B_inner < 2 of its share of the slots.

    >>> stages = ContentMix.preset("funnel")
    >>> nested = stages.compose({"tofu": ContentMix.preset("pillars")})
    >>> nested.apportion(10)
    {'tofu/brand': 2, 'tofu/fashion': 2, 'tofu/beauty': 1, 'tofu/well_being': 1, 'mofu': 3, 'bofu': 1}
    >>> nested.sequence(5)
    ('tofu/brand', 'mofu', 'tofu/fashion', 'bofu', 'tofu/beauty')
    """

    outer: ContentMix
    inner: tuple[tuple[str, ContentMix], ...] = attrs.field(
        converter=_to_inner, validator=_check_inner
    )
    sep: str = attrs.field(default="/", validator=[non_empty_str, _check_joined])

    def _leaves(self) -> list[tuple[str, Rate]]:
        inner = dict(self.inner)
        leaves: list[tuple[str, Rate]] = []
        for name, share in self.outer.items():
            if name in inner:
                leaves += [
                    (f"{name}{self.sep}{sub}", Rate(share.exact * s.exact))
                    for sub, s in inner[name].items()
                ]
            else:
                leaves.append((name, share))
        return leaves

    @property
    def categories(self) -> tuple[str, ...]:
        """The leaf category names, outer order first, then inner order.

        >>> ContentMix({"tofu": 1, "bofu": 1}).compose({"tofu": ContentMix({"brand": 1})}).categories
        ('tofu/brand', 'bofu')
        """
        return tuple(name for name, _ in self._leaves())

    def flatten(self) -> ContentMix:
        """One mix over the leaves, with share = outer share x inner share (bounds dropped).

        >>> stages = ContentMix({"tofu": 3, "bofu": 1})
        >>> stages.compose({"tofu": ContentMix({"brand": 1, "fashion": 1})}).flatten()
        ContentMix({'tofu/brand': 3/8, 'tofu/fashion': 3/8, 'bofu': 1/4})
        """
        return ContentMix(dict(self._leaves()))

    def apportion(self, n: int, *, method: ApportionMethod | str = "hamilton") -> dict[str, int]:
        """Counts per leaf: the outer mix's counts, each split by its inner mix.

        >>> stages = ContentMix({"tofu": 3, "bofu": 1})
        >>> stages.compose({"tofu": ContentMix({"brand": 1, "fashion": 1})}).apportion(8)
        {'tofu/brand': 3, 'tofu/fashion': 3, 'bofu': 2}
        """
        outer = self.outer.apportion(n, method=method)
        inner = dict(self.inner)
        counts: dict[str, int] = {}
        for name, count in outer.items():
            if name in inner:
                for sub, c in inner[name].apportion(count, method=method).items():
                    counts[f"{name}{self.sep}{sub}"] = c
            else:
                counts[name] = count
        return counts

    def sequence(
        self,
        n: int,
        *,
        method: SequenceMethod | str = "tijdeman",
        apportion: ApportionMethod | str = "hamilton",
    ) -> tuple[str, ...]:
        """An even order at both levels: outer categories first, then each inner mix.

        >>> stages = ContentMix({"tofu": 3, "bofu": 1})
        >>> stages.compose({"tofu": ContentMix({"brand": 1, "fashion": 1})}).sequence(4)
        ('tofu/brand', 'tofu/fashion', 'bofu', 'tofu/brand')
        """
        order = list(self.outer.sequence(n, method=method, apportion=apportion))
        for name, mix in self.inner:
            slots = [t for t, outer in enumerate(order) if outer == name]
            subs = mix.sequence(len(slots), method=method, apportion=apportion)
            for t, sub in zip(slots, subs, strict=True):
                order[t] = f"{name}{self.sep}{sub}"
        return tuple(order)
