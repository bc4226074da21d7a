"""Funnel arithmetic: volumes and conversion rates from reach down to customers.

A :class:`Funnel` is an ordered tuple of :class:`FunnelStep` values. Each step
has a volume (people, sessions, customers...) and, below the top, the rate that
converts the previous step's volume into its own. Give volumes, rates or both:
the missing half is computed, the given halves must agree.

Number policy: every step keeps the inputs' number family (``steps[i].volume``
and ``steps[i].rate``: int and Fraction, Decimal or float), which is what the
arithmetic uses. What a funnel *hands out* is made to be formatted, serialised
and put in pandas: rates and shares are :class:`~socialkit.measure.Rate` values
(floats keeping the exact value in ``.exact``), and volumes are an ``int`` when
whole, else an :class:`~socialkit.measure.Amount` (the same kind of float);
a float funnel gives floats. The rule is ``socialkit._core.rates.to_amount``.

Rounding policy: volumes are kept exact (a projection may say 12.5 customers);
:meth:`Funnel.rounded` floors them (a forecast never promises a person it has
not reached), and :meth:`Funnel.for_target` rounds *up* (a plan never falls short).
See :mod:`socialkit._core.numbers` for how number types are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from difflib import get_close_matches
from fractions import Fraction
from typing import TYPE_CHECKING, Any, overload

import attrs

from socialkit._core import numbers as num
from socialkit._core.fields import check, checked, frozen
from socialkit._core.i18n import H_, N_, label, tr, translate
from socialkit._core.numbers import Number
from socialkit._core.rates import optional_rate, to_amount, to_rate
from socialkit._core.table import (
    as_float,
    dataframe,
    html_block,
    html_table,
    plain_text,
    short_repr,
    table,
)
from socialkit._core.validate import non_empty_str, to_real, to_tuple
from socialkit.errors import NotFoundError, SocialkitTypeError, ValidationError
from socialkit.funnel._stages import FunnelStage, optional_stage
from socialkit.funnel._svg import funnel_svg

if TYPE_CHECKING:
    import pandas

__all__ = ["Funnel", "FunnelComparison", "FunnelStep", "FunnelTarget", "Improvement", "StepDelta"]

# Visible strings (one place, for translation).
_COMPARISON_HEADERS = (
    H_("step"),
    H_("before"),
    H_("after"),
    H_("change"),
    H_("rate"),
    H_("new rate"),
    H_("rate change"),
)
_FUNNEL_HEADERS = (H_("step"), H_("stage"), H_("volume"), H_("rate"))
_FUNNEL_COLUMNS = (
    ("step", "string"),
    ("stage", "string"),
    ("volume", "float64"),
    ("rate", "float64"),
)

_DEFAULT_UPLIFT = Fraction(1, 100)


def _label(name: str) -> str:
    # The stage converter runs before ``name`` is validated: show only a string.
    return f"funnel step {name!r}" if isinstance(name, str) else "funnel step"


def _step_stage(value: FunnelStage | str | None, step: Any) -> FunnelStage | None:
    return optional_stage(value, f"{_label(step.name)}.stage")


def _check_volume(step: FunnelStep, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        num.real(value, f"{_label(step.name)}.volume", minimum=0)


def _check_rate(step: FunnelStep, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        num.real(value, f"{_label(step.name)}.rate", minimum=0, maximum=1)


@frozen(kw_only=True)
class FunnelStep:
    """One step of a funnel: a name, an optional stage, a volume and/or a rate.

    ``rate`` is the share of the previous step's volume that reaches this one
    (a number in [0, 1]); the top step has no rate.

    >>> FunnelStep(name="leads", stage="mofu", rate=Fraction(1, 50))
    FunnelStep(name='leads', stage=<FunnelStage.MOFU: 'mofu'>, volume=None, rate=Fraction(1, 50))
    >>> FunnelStep(name="leads", rate=2)
    Traceback (most recent call last):
    ...
    socialkit.errors.ValidationError: funnel step 'leads'.rate: got 2; expected a finite number between 0 and 1 (int, float, Fraction or Decimal)
    """

    name: str = attrs.field(validator=non_empty_str)
    # The converter takes the step so an unknown stage error names it; mypy's attrs
    # plugin does not understand attrs.Converter yet, hence the ignore.
    stage: FunnelStage | None = attrs.field(
        default=None,
        converter=attrs.Converter(_step_stage, takes_self=True),  # type: ignore[misc]
    )
    volume: Number | None = attrs.field(
        default=None,
        converter=attrs.converters.optional(to_real),
        validator=_check_volume,
        metadata={"huge": True},  # exact funnels of any size (shown in scientific notation)
    )
    rate: Number | None = attrs.field(
        default=None,
        converter=attrs.converters.optional(to_real),
        validator=_check_rate,
        metadata={"huge": True},  # the exact rate between huge volumes (a huge denominator)
    )


def _resolve(value: Iterable[object]) -> tuple[FunnelStep, ...]:
    """Check the steps and fill each missing volume or rate from its neighbour."""
    steps = to_tuple(value)
    if not steps:
        raise ValidationError(
            "Funnel.steps", N_("no steps"), allowed=N_("expected at least one step")
        )
    for i, step in enumerate(steps):
        if not isinstance(step, FunnelStep):
            raise SocialkitTypeError(f"Funnel.steps[{i}]", step, expected=N_("a FunnelStep"))
    _check_names(steps)
    _check_stage_order(steps)
    top = steps[0]
    if top.volume is None:
        raise ValidationError(
            _label(top.name),
            N_("the top step has no volume"),
            allowed=N_("give the top step a volume"),
        )
    if top.rate is not None:
        raise ValidationError(
            _label(top.name),
            tr("the top step has a rate ({rate})", rate=top.rate),
            allowed=N_("rates convert the previous step; the top step has none"),
        )
    given = [n for s in steps for n in (s.volume, s.rate) if n is not None]
    kind = num.family(given)
    previous = attrs.evolve(top, volume=num.coerce(top.volume, kind, f"{_label(top.name)}.volume"))
    resolved = [previous]
    for step in steps[1:]:
        previous = _resolve_step(step, previous, kind)
        resolved.append(previous)
    return tuple(resolved)


def _resolve_step(step: FunnelStep, previous: FunnelStep, kind: type) -> FunnelStep:
    above: Any = previous.volume
    if step.volume is None and step.rate is None:
        raise ValidationError(
            _label(step.name), N_("has neither a volume nor a rate"), allowed=N_("give one or both")
        )
    label = _label(step.name)
    rate: Any = None if step.rate is None else num.coerce(step.rate, kind, f"{label}.rate")
    volume: Any = None if step.volume is None else num.coerce(step.volume, kind, f"{label}.volume")
    if volume is not None and volume > above:
        raise ValidationError(
            f"{_label(step.name)}.volume",
            tr(
                "{volume} is more than {previous} at {name!r}",
                volume=num.show(volume),
                previous=num.show(above),
                name=previous.name,
            ),
            allowed=N_("volumes never grow down a funnel"),
            value=step.volume,
        )
    if volume is None:
        volume = above * rate
    elif rate is None:
        rate = num.coerce(Fraction(0) if above == 0 else num.ratio(volume, above), kind)
    elif not num.equal(above * rate, volume):
        raise ValidationError(
            _label(step.name),
            tr(
                "volume {volume} is not {previous} x rate {rate}",
                volume=num.show(volume),
                previous=num.show(above),
                rate=rate,
            ),
            allowed=N_("give a volume and a rate that agree, or only one of them"),
        )
    return attrs.evolve(step, volume=volume, rate=rate)


def _check_names(steps: tuple[FunnelStep, ...]) -> None:
    seen: set[str] = set()
    for step in steps:
        if step.name in seen:
            raise ValidationError(
                _label(step.name), N_("appears twice"), allowed=N_("expected unique step names")
            )
        seen.add(step.name)


def _check_stage_order(steps: tuple[FunnelStep, ...]) -> None:
    last: FunnelStep | None = None
    for step in steps:
        if step.stage is None:
            continue
        if last is not None and last.stage is not None and step.stage.rank < last.stage.rank:
            raise ValidationError(
                f"{_label(step.name)}.stage",
                tr(
                    "{stage} comes after {previous} at {name!r}",
                    stage=label(step.stage),
                    previous=label(last.stage),
                    name=last.name,
                ),
                allowed=N_("stages follow the funnel order tofu, mofu, bofu, retention"),
            )
        last = step


def _named(
    names: Iterable[str],
    volumes: Iterable[Number | None],
    rates: Iterable[Number | None],
    stages: Mapping[str, FunnelStage | str] | None,
) -> tuple[FunnelStep, ...]:
    names = tuple(names)
    if stages is not None and not isinstance(stages, Mapping):
        raise SocialkitTypeError("Funnel stages", stages, expected=N_("a mapping of step to stage"))
    stages = dict(stages or {})
    for key in stages:
        if key not in names:
            raise NotFoundError("Funnel stages", key, names, get_close_matches(key, names, n=3))
    return tuple(
        FunnelStep(name=n, stage=stages.get(n), volume=v, rate=r)
        for n, v, r in zip(names, volumes, rates, strict=True)
    )


def _pairs(
    value: Mapping[str, Number] | Iterable[tuple[str, Number]], where: str
) -> list[tuple[str, Number]]:
    if isinstance(value, Mapping):
        return list(value.items())
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise SocialkitTypeError(where, value, expected=N_("a mapping of name to number, or pairs"))
    items = list(value)
    for item in items:
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)):
            raise SocialkitTypeError(where, item, expected=N_("(name, number) pairs or a mapping"))
    return items


@frozen(kw_only=True)
class Funnel:
    """An ordered funnel: volumes and the conversion rates between them.

    Build it from volumes or from a top volume and rates; exact inputs give
    exact results.

    >>> f = Funnel.from_volumes({"reach": 10_000, "leads": 200, "customers": 20},
    ...                         stages={"reach": "tofu", "leads": "mofu", "customers": "bofu"})
    >>> f.rates
    (Rate(1, 50), Rate(1, 10))
    >>> f"{f.rates[0]:.1%}", f.rates[0].exact
    ('2.0%', Fraction(1, 50))
    >>> print(f)
    step       stage  volume  rate
    ---------  -----  ------  ----
    reach      tofu   10,000
    leads      mofu   200     2%
    customers  bofu   20      10%
    overall: 0.2% of reach become customers
    """

    steps: tuple[FunnelStep, ...] = attrs.field(converter=_resolve)
    """The steps, top first, each with both its volume and its rate filled in."""
    title: str = ""
    """An optional caption (shown in text and charts)."""

    @classmethod
    def from_volumes(
        cls,
        volumes: Mapping[str, Number] | Iterable[tuple[str, Number]],
        *,
        stages: Mapping[str, FunnelStage | str] | None = None,
        title: str = "",
    ) -> Funnel:
        """A funnel from the volume at each step, top first; rates are derived.

        >>> Funnel.from_volumes([("visits", 500), ("sign-ups", 50)]).rates
        (Rate(1, 10),)
        """
        items = _pairs(volumes, "Funnel.from_volumes")
        steps = _named([n for n, _ in items], [v for _, v in items], [None] * len(items), stages)
        return cls(steps=steps, title=title)

    @classmethod
    def from_rates(
        cls,
        top_name: str,
        top_volume: Number,
        rates: Mapping[str, Number] | Iterable[tuple[str, Number]],
        *,
        stages: Mapping[str, FunnelStage | str] | None = None,
        title: str = "",
    ) -> Funnel:
        """A funnel from a top volume and the rate into each following step.

        >>> f = Funnel.from_rates("reach", 10_000, {"leads": Fraction(1, 50), "customers": Fraction(1, 10)})
        >>> f.volumes
        (10000, 200, 20)
        """
        # Not @checked: the volume is exact of any size and the rates numpy scalars, as in
        # from_volumes; the steps check them and name them.
        check(top_name, str, "Funnel.from_rates(top_name)")
        items = _pairs(rates, "Funnel.from_rates")
        names = [top_name, *(n for n, _ in items)]
        steps = _named(
            names, [top_volume, *([None] * len(items))], [None, *(r for _, r in items)], stages
        )
        return cls(steps=steps, title=title)

    # -- reading ---------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.steps)

    def __iter__(self) -> Iterator[FunnelStep]:
        return iter(self.steps)

    @overload
    def __getitem__(self, key: int) -> FunnelStep: ...
    @overload
    def __getitem__(self, key: str) -> FunnelStep: ...
    def __getitem__(self, key: int | str) -> FunnelStep:
        """A step by position or by name."""
        if isinstance(key, str):
            return self.steps[self.index(key)]
        if isinstance(key, bool) or not isinstance(num.plain(key), int):
            raise SocialkitTypeError("funnel step", key, expected=N_("a step name or position"))
        return self.steps[key]

    def index(self, name: str) -> int:
        """The position of the step called ``name``; NotFoundError names the closest.

        >>> Funnel.from_volumes({"reach": 100, "leads": 5}).index("lead")
        Traceback (most recent call last):
        ...
        socialkit.errors.NotFoundError: funnel step: unknown 'lead'; did you mean 'leads'? known: reach, leads
        """
        if not isinstance(name, str):
            raise SocialkitTypeError("funnel step", name, expected=N_("a step name"))
        for i, step in enumerate(self.steps):
            if step.name == name:
                return i
        names = self.names
        raise NotFoundError("funnel step", name, names, get_close_matches(name, names, n=3))

    @property
    def names(self) -> tuple[str, ...]:
        """Step names, top first."""
        return tuple(s.name for s in self.steps)

    @property
    def volumes(self) -> tuple[float, ...]:
        """Volumes, top first: ``int`` when whole, else an ``Amount`` (exact in ``.exact``).

        >>> v = Funnel.from_rates("reach", 1_000, {"clicks": Fraction(1, 8)}).project(100).volumes
        >>> v, f"{v[1]:.1f}", v[1].exact
        ((100, Amount(25, 2)), '12.5', Fraction(25, 2))
        """
        return tuple(map(to_amount, self._volumes()))

    def _volumes(self) -> tuple[Number, ...]:
        """The volumes in the funnel's own number family (what arithmetic and charts use)."""
        return tuple(_volume(s) for s in self.steps)

    @property
    def rates(self) -> tuple[float, ...]:
        """The rate into each step below the top (one fewer than the steps).

        Each is a :class:`~socialkit.measure.Rate` (a ``float`` that formats with
        ``:%``, keeping the exact value in ``.exact``) when the funnel is exact,
        a ``float`` in a float funnel; ``steps[i].rate`` keeps the funnel's own
        number type (``Decimal`` included).
        """
        return tuple(to_rate(r) for r in self._rates())

    def _rates(self) -> tuple[Number, ...]:
        """The rates in the funnel's own number family (what arithmetic uses)."""
        return tuple(_rate(s) for s in self.steps[1:])

    @property
    def top(self) -> float:
        """The top volume (reach, impressions...), as in :attr:`volumes`."""
        return to_amount(_volume(self.steps[0]))

    @property
    def bottom(self) -> float:
        """The bottom volume (customers...), as in :attr:`volumes`."""
        return to_amount(_volume(self.steps[-1]))

    @property
    def overall_rate(self) -> float:
        """The share of the top that reaches the bottom: the product of the rates (a ``Rate``).

        >>> f"{Funnel.from_volumes({'reach': 800, 'clicks': 12}).overall_rate:.1%}"
        '1.5%'
        """
        start = num.coerce(1, num.family(self._volumes()))
        return to_rate(num.product(self._rates(), start))

    # -- deriving --------------------------------------------------------------

    def project(self, top: Number) -> Funnel:
        """Forward projection: the same rates applied to another top volume.

        >>> f = Funnel.from_volumes({"reach": 10_000, "leads": 200, "customers": 20})
        >>> f.project(25_000).volumes
        (25000, 500, 50)
        """
        num.real(top, f"{_label(self.steps[0].name)}.volume", minimum=0)
        steps = [attrs.evolve(self.steps[0], volume=top)]
        steps += [attrs.evolve(s, volume=None) for s in self.steps[1:]]
        return attrs.evolve(self, steps=steps)

    def with_rate(self, step: str, rate: Number) -> Funnel:
        """A copy where ``step`` converts at ``rate`` (volumes below it follow).

        >>> f = Funnel.from_volumes({"reach": 10_000, "leads": 200, "customers": 20})
        >>> f.with_rate("leads", Fraction(3, 100)).bottom
        30
        """
        i = self.index(step)
        if i == 0:
            raise ValidationError(
                _label(step),
                N_("the top step has no rate"),
                allowed=N_("use project() to change the top"),
            )
        steps = [*self.steps[:1], *(attrs.evolve(s, volume=None) for s in self.steps[1:])]
        steps[i] = attrs.evolve(steps[i], rate=rate)
        return attrs.evolve(self, steps=steps)

    def rounded(self) -> Funnel:
        """Whole volumes, each rounded *down* (rates are recomputed from them).

        >>> Funnel.from_rates("reach", 1_000, {"clicks": Fraction(1, 3)}).rounded().volumes
        (1000, 333)
        """
        steps = [attrs.evolve(s, volume=num.floor(_volume(s)), rate=None) for s in self.steps]
        return attrs.evolve(self, steps=steps)

    # -- backward planning -----------------------------------------------------

    def required_top(self, target: Number, *, step: str | None = None) -> float:
        """The exact top volume that yields ``target`` at ``step`` (default: the bottom).

        >>> f = Funnel.from_volumes({"reach": 10_000, "leads": 200, "customers": 20})
        >>> f.required_top(50), f.required_top(1)
        (25000, 500)
        """
        return to_amount(self._required_top(target, step))

    def _required_top(self, target: Number, step: str | None) -> Number:
        """:meth:`required_top` in the funnel's own number family (what arithmetic uses)."""
        target = num.real(target, "target", minimum=0)
        last = len(self.steps) - 1 if step is None else self.index(step)
        needed: Any = num.coerce(target, num.family((target, *self._volumes())))
        for s in self.steps[last:0:-1]:
            rate: Any = num.coerce(_rate(s), num.family((needed, _rate(s))))
            if rate == 0:
                if needed == 0:
                    continue
                raise ValidationError(
                    f"{_label(s.name)}.rate",
                    N_("is 0, so no top volume reaches the target"),
                    allowed=N_("give that step a rate above 0"),
                )
            needed = num.ratio(needed, rate)
        result: Number = needed
        return result

    @checked
    def backward(self, target: Number, *, step: str | None = None) -> Funnel:
        """The same funnel scaled so that ``step`` (default: the bottom) reaches ``target``.

        >>> f = Funnel.from_volumes({"reach": 10_000, "leads": 200, "customers": 20})
        >>> f.backward(30).volumes
        (15000, 300, 30)
        """
        return self.project(self._required_top(target, step))

    def for_target(
        self,
        customers: Number | None = None,
        *,
        revenue: Number | None = None,
        revenue_per_customer: Number | None = None,
        reach_per_post: Number | None = None,
        step: str | None = None,
    ) -> FunnelTarget:
        """Backward planning for a customer or revenue target, rounded *up*.

        Give ``customers`` (people wanted at ``step``, default the bottom), or
        ``revenue`` and ``revenue_per_customer``. The target is rounded up to
        whole people, the top volume up to a whole number, and, with
        ``reach_per_post``, the number of posts up to a whole post.

        >>> f = Funnel.from_volumes({"reach": 10_000, "leads": 200, "customers": 20})
        >>> p = f.for_target(revenue=5_000, revenue_per_customer=120, reach_per_post=800)
        >>> p.target, p.top_needed, p.posts
        (42, 21000, 27)
        """
        target = self._target(customers, revenue, revenue_per_customer)
        top = self._required_top(target, step)
        posts = None
        if reach_per_post is not None:
            reach_per_post = num.real(reach_per_post, "reach_per_post", minimum=0)
            per: Any = reach_per_post
            if per == 0:
                raise ValidationError(
                    "reach_per_post", N_("got 0"), allowed=N_("expected a reach per post above 0")
                )
            posts = num.ceil(_divide(top, per))
        at = self.steps[-1].name if step is None else self.steps[self.index(step)].name
        return FunnelTarget(
            funnel=self.project(top),
            step=at,
            target=target,
            top=top,
            top_needed=num.ceil(top),
            reach_per_post=reach_per_post,
            posts=posts,
        )

    @staticmethod
    def _target(
        customers: Number | None, revenue: Number | None, per_customer: Number | None
    ) -> int:
        if (customers is None) == (revenue is None):
            raise ValidationError(
                "Funnel.for_target",
                N_("needs one target"),
                allowed=N_("give customers= or revenue="),
            )
        if customers is not None:
            return num.ceil(num.real(customers, "customers", minimum=0))
        if per_customer is None:
            raise ValidationError(
                "revenue_per_customer", N_("missing"), allowed=N_("give it with a revenue target")
            )
        per: Any = num.real(per_customer, "revenue_per_customer", minimum=0)
        if per == 0:
            raise ValidationError(
                "revenue_per_customer", N_("got 0"), allowed=N_("expected a revenue above 0")
            )
        wanted: Any = num.real(revenue, "revenue", minimum=0)
        kind = num.family((wanted, per))
        return num.ceil(num.ratio(num.coerce(wanted, kind), num.coerce(per, kind)))

    # -- diagnosis -------------------------------------------------------------

    def improvements(
        self,
        uplift: Number | None = None,
        *,
        relative: bool = False,
        benchmark: Funnel | Mapping[str, Number] | None = None,
    ) -> tuple[Improvement, ...]:
        """What improving each conversion step would add at the bottom, best first.

        Each step's rate is raised on its own, the others kept: by ``uplift``
        percentage points (default 1 point, ``Fraction(1, 100)``), by
        ``uplift`` times the rate with ``relative=True``, or to a
        ``benchmark`` funnel's (matched by position) or mapping's (by name)
        rate. Rates are capped at 1. Ties keep funnel order.

        Because a funnel multiplies its rates, an absolute uplift favours the
        lowest rate, and a relative uplift adds the same to every step (only
        the cap at 1 breaks the tie); a benchmark shows where you lag most.
        """
        if len(self.steps) < 2:
            raise ValidationError(
                "Funnel",
                N_("has a single step"),
                allowed=N_("expected two steps or more to convert"),
            )
        if benchmark is not None and uplift is not None:
            raise ValidationError(
                "Funnel.improvements", N_("got both uplift and benchmark"), allowed=N_("give one")
            )
        targets = self._improved_rates(uplift, relative, benchmark)
        bottom = _volume(self.steps[-1])
        found = []
        for i, improved in enumerate(targets, start=1):
            changed = _volume(self.with_rate(self.steps[i].name, improved).steps[-1])
            found.append(
                Improvement(
                    step=self.steps[i].name,
                    stage=self.steps[i].stage,
                    rate=_rate(self.steps[i]),
                    improved_rate=improved,
                    bottom=bottom,
                    improved_bottom=changed,
                    gain=_minus(changed, bottom),
                )
            )
        # A stable sort keeps funnel order among equal gains.
        return tuple(sorted(found, key=lambda f: f.gain, reverse=True))

    def bottleneck(
        self,
        uplift: Number | None = None,
        *,
        relative: bool = False,
        benchmark: Funnel | Mapping[str, Number] | None = None,
    ) -> Improvement:
        """The step whose improvement adds the most at the bottom (see :meth:`improvements`).

        >>> f = Funnel.from_volumes({"reach": 10_000, "leads": 200, "customers": 20})
        >>> b = f.bottleneck()
        >>> b.step, b.gain, f"{b.improved_rate:.0%}"
        ('leads', 10, '3%')
        """
        return self.improvements(uplift, relative=relative, benchmark=benchmark)[0]

    def _improved_rates(
        self,
        uplift: Number | None,
        relative: bool,
        benchmark: Funnel | Mapping[str, Number] | None,
    ) -> list[Number]:
        rates = self._rates()
        if benchmark is not None:
            wanted = self._benchmark_rates(benchmark)
        else:
            by: Any = num.real(_DEFAULT_UPLIFT if uplift is None else uplift, "uplift", minimum=0)
            wanted = [_scaled(r, by, relative) for r in rates]
        result = []
        for rate, target in zip(rates, wanted, strict=True):
            kind = num.family((rate, target))
            best: Any = max(num.coerce(rate, kind), num.coerce(target, kind))
            result.append(min(best, num.coerce(1, kind)))
        return result

    def _benchmark_rates(self, benchmark: Funnel | Mapping[str, Number]) -> list[Number]:
        if isinstance(benchmark, Funnel):
            if len(benchmark) != len(self):
                raise ValidationError(
                    "benchmark",
                    tr(
                        "has {count} steps, this funnel {other}",
                        count=len(benchmark),
                        other=len(self),
                    ),
                    allowed=N_("expected funnels with the same number of steps"),
                )
            return list(benchmark._rates())
        if not isinstance(benchmark, Mapping):
            raise SocialkitTypeError("benchmark", benchmark, expected=N_("a Funnel or a mapping"))
        for name in benchmark:
            self.index(name)
        return [
            num.real(
                benchmark.get(s.name, _rate(s)), f"benchmark[{s.name!r}]", minimum=0, maximum=1
            )
            for s in self.steps[1:]
        ]

    def compare(self, other: Funnel) -> FunnelComparison:
        """Per-step differences from this funnel (before) to ``other`` (after).

        Steps are matched by position, so two brands' funnels compare even if
        their steps are named differently.

        >>> before = Funnel.from_volumes({"reach": 10_000, "leads": 200, "customers": 20})
        >>> after = before.with_rate("leads", Fraction(3, 100))
        >>> [(d.step, d.volume_change) for d in before.compare(after).rows]
        [('reach', 0), ('leads', 100), ('customers', 10)]
        """
        if not isinstance(other, Funnel):
            raise SocialkitTypeError("Funnel.compare", other, expected=N_("a Funnel"))
        if len(other) != len(self):
            raise ValidationError(
                "Funnel.compare",
                tr("{count} steps against {other}", count=len(self), other=len(other)),
                allowed=N_("expected funnels with the same number of steps"),
            )
        rows = tuple(_delta(a, b) for a, b in zip(self.steps, other.steps, strict=True))
        return FunnelComparison(before=self, after=other, rows=rows)

    # -- rendering -------------------------------------------------------------

    def _table_rows(self) -> list[tuple[str, ...]]:
        return [
            (
                translate(s.name),
                s.stage or "-",
                num.show(_volume(s)),
                "" if s.rate is None else num.percent(s.rate),
            )
            for s in self.steps
        ]

    def _overall_line(self) -> str:
        if len(self.steps) < 2:
            return ""
        return tr(
            "overall: {rate} of {top} become {bottom}",
            rate=num.percent(self.overall_rate),
            top=translate(self.steps[0].name),
            bottom=translate(self.steps[-1].name),
        )

    def __str__(self) -> str:
        text = table(_FUNNEL_HEADERS, self._table_rows())
        if len(self.steps) > 1:
            text += "\n" + self._overall_line()
        return plain_text(f"{translate(self.title)}\n{text}" if self.title else text)

    def __repr__(self) -> str:
        path = " > ".join(f"{translate(s.name)} {num.show(_volume(s))}" for s in self.steps)
        title = translate(self.title) if self.title else ""
        return short_repr("Funnel", f"{title!r}: {path}" if title else path)

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per step: ``volume`` and ``rate`` float64 (NaN at the top), pandas extra.

        >>> Funnel.from_volumes({"reach": 100, "leads": 5}).to_dataframe()["rate"].tolist()
        [nan, 0.05]
        """
        return dataframe(
            "Funnel.to_dataframe",
            _FUNNEL_COLUMNS,
            [
                (
                    s.name,
                    None if s.stage is None else str(s.stage),
                    as_float(s.volume),
                    as_float(s.rate),
                )
                for s in self.steps
            ],
        )

    def to_svg(self, *, theme: str = "auto") -> str:
        """The funnel as a standalone SVG chart (bars sized by volume; ``theme``: auto, light or dark).

        >>> svg = Funnel.from_volumes({"reach": 100, "leads": 5}).to_svg()
        >>> svg.startswith("<svg")
        True
        >>> "background:#0d1117" in Funnel.from_volumes({"reach": 100}).to_svg(theme="dark")
        True
        """
        return funnel_svg(self, theme=theme)

    def _repr_html_(self) -> str:
        """The chart (:meth:`to_svg`): its labels carry the rows of :meth:`__str__`."""
        return self.to_svg()


def _volume(step: FunnelStep) -> Number:
    assert step.volume is not None  # every step of a built Funnel has one
    return step.volume


def _rate(step: FunnelStep) -> Number:
    assert step.rate is not None  # every step below the top of a built Funnel has one
    return step.rate


def _scaled(rate: Number, by: Any, relative: bool) -> Number:
    kind = num.family((rate, by))
    r: Any = num.coerce(rate, kind)
    u: Any = num.coerce(by, kind)
    result: Number = r * (1 + u) if relative else r + u
    return result


@frozen(kw_only=True)
class FunnelTarget:
    """What a target needs: the backward funnel and the rounded-up figures.

    ``funnel`` holds the exact volumes; ``top_needed`` and ``posts`` are
    rounded up so the plan never falls short of ``target``.
    """

    funnel: Funnel
    step: str
    """The step the target is set at."""
    target: int
    """Whole people wanted at ``step`` (a revenue target is rounded up to customers)."""
    top: float = attrs.field(converter=to_amount)
    """The exact top volume that yields ``target`` (as in :attr:`Funnel.volumes`)."""
    top_needed: int
    """``top`` rounded up."""
    reach_per_post: Number | None = None
    posts: int | None = None
    """Posts needed at ``reach_per_post`` each, rounded up (``None`` without it)."""

    def __str__(self) -> str:
        params = {
            "target": f"{self.target:,}",
            "step": translate(self.step),
            "top": f"{self.top_needed:,}",
            "first": translate(self.funnel.steps[0].name),
        }
        if self.posts is None or self.reach_per_post is None:
            return tr("{target} {step} need {top} {first}", **params)
        return tr(
            "{target} {step} need {top} {first}: {posts} posts at {reach} each",
            **params,
            posts=f"{self.posts:,}",
            reach=num.show(self.reach_per_post),
        )

    def __repr__(self) -> str:
        return short_repr("FunnelTarget", str(self))

    def _repr_html_(self) -> str:
        """The target in words, then the backward funnel's rows and chart (notebooks)."""
        return html_block(
            html_table(_FUNNEL_HEADERS, self.funnel._table_rows(), caption=str(self)),
            self.funnel.to_svg(),
        )

    def to_dataframe(self) -> pandas.DataFrame:
        """The backward funnel's rows (:meth:`Funnel.to_dataframe`): what each step must reach."""
        return self.funnel.to_dataframe()


@frozen(kw_only=True)
class Improvement:
    """What raising one step's rate would add at the bottom of the funnel."""

    step: str
    stage: FunnelStage | None
    rate: float = attrs.field(converter=to_rate)
    """The step's rate now (a ``Rate`` when the funnel is exact)."""
    improved_rate: float = attrs.field(converter=to_rate)
    """The rate tried instead."""
    bottom: float = attrs.field(converter=to_amount)
    """The bottom volume now (as in :attr:`Funnel.volumes`: ``int`` when whole, else ``Amount``)."""
    improved_bottom: float = attrs.field(converter=to_amount)
    gain: float = attrs.field(converter=to_amount)
    """``improved_bottom - bottom``: people added at the bottom."""

    def __str__(self) -> str:
        return tr(
            "{step}: {rate} -> {improved_rate} adds {gain} at the bottom",
            step=translate(self.step),
            rate=num.percent(self.rate),
            improved_rate=num.percent(self.improved_rate),
            gain=num.show(self.gain),
        )

    def rows(self) -> list[tuple[object, ...]]:
        """The improvement as one row: step, stage, both rates, both bottoms, gain."""
        return [
            (
                translate(self.step),
                self.stage or "-",
                num.percent(self.rate),
                num.percent(self.improved_rate),
                num.show(self.bottom),
                num.show(self.improved_bottom),
                _signed(self.gain),
            )
        ]

    def _repr_html_(self) -> str:
        """The improvement as a one-row HTML table under its sentence (notebooks)."""
        return html_table(_IMPROVEMENT_HEADERS, self.rows(), caption=str(self))

    def __repr__(self) -> str:
        return short_repr("Improvement", str(self))


_IMPROVEMENT_HEADERS = (
    H_("step"),
    H_("stage"),
    H_("rate"),
    H_("new rate"),
    H_("bottom"),
    H_("new bottom"),
    H_("gain"),
)


def _signed(value: Number, show: Callable[[Number], str] = num.show) -> str:
    """A change with its sign, shown by ``show``: ``+10``, ``-2.5``, ``+0``."""
    text = show(value)
    return text if text.startswith("-") else f"+{text}"


@frozen(kw_only=True)
class StepDelta:
    """One step of a comparison: volumes and rates before and after."""

    step: str
    """The step's name in the *before* funnel."""
    other_step: str
    """The matching step's name in the *after* funnel."""
    volume_before: float = attrs.field(converter=to_amount)
    """As in :attr:`Funnel.volumes`: ``int`` when whole, else an ``Amount``."""
    volume_after: float = attrs.field(converter=to_amount)
    volume_change: float = attrs.field(converter=to_amount)
    rate_before: float | None = attrs.field(converter=optional_rate)
    """The rate into the step before (``None`` at the top; a ``Rate`` when exact)."""
    rate_after: float | None = attrs.field(converter=optional_rate)
    rate_change: float | None = attrs.field(converter=optional_rate)
    """In rate units: ``Rate(1, 100)`` is one percentage point."""


def _divide(a: Number, b: Number) -> Number:
    kind = num.family((a, b))
    return num.ratio(num.coerce(a, kind), num.coerce(b, kind))


def _minus(after: Number, before: Number) -> Number:
    kind = num.family((after, before))
    a: Any = num.coerce(after, kind)
    b: Any = num.coerce(before, kind)
    result: Number = a - b
    return result


def _delta(a: FunnelStep, b: FunnelStep) -> StepDelta:
    rate_change = None if a.rate is None or b.rate is None else _minus(b.rate, a.rate)
    return StepDelta(
        step=a.name,
        other_step=b.name,
        volume_before=_volume(a),
        volume_after=_volume(b),
        volume_change=_minus(_volume(b), _volume(a)),
        rate_before=a.rate,
        rate_after=b.rate,
        rate_change=rate_change,
    )


@frozen(kw_only=True)
class FunnelComparison:
    """Two funnels side by side (before/after, or brand against brand)."""

    before: Funnel
    after: Funnel
    rows: tuple[StepDelta, ...]

    @property
    def bottom_change(self) -> float:
        """The change at the bottom of the funnel."""
        return self.rows[-1].volume_change

    def _table_rows(self) -> list[tuple[str, ...]]:
        return [
            (
                translate(d.step)
                if d.step == d.other_step
                else f"{translate(d.step)} / {translate(d.other_step)}",
                num.show(d.volume_before),
                num.show(d.volume_after),
                _signed(d.volume_change),
                "" if d.rate_before is None else num.percent(d.rate_before),
                "" if d.rate_after is None else num.percent(d.rate_after),
                "" if d.rate_change is None else _signed(d.rate_change, _points),
            )
            for d in self.rows
        ]

    def __str__(self) -> str:
        return table(_COMPARISON_HEADERS, self._table_rows())

    def _repr_html_(self) -> str:
        """The same rows as :meth:`__str__`, as an HTML table (notebooks)."""
        return html_table(_COMPARISON_HEADERS, self._table_rows(), caption=tr("Funnel comparison"))

    def __repr__(self) -> str:
        return short_repr(
            "FunnelComparison",
            tr(
                "{steps} steps, bottom {change}",
                steps=len(self.rows),
                change=num.show(self.bottom_change),
            ),
        )

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per step, every figure float64 (rates NaN at the top), pandas extra.

        >>> f = Funnel.from_volumes({"reach": 100, "leads": 5})
        >>> f.compare(f.project(200)).to_dataframe()["volume_change"].tolist()
        [100.0, 5.0]
        """
        names = ("volume_before", "volume_after", "volume_change")
        rates = ("rate_before", "rate_after", "rate_change")
        return dataframe(
            "FunnelComparison.to_dataframe",
            [("step", "string"), ("other_step", "string")]
            + [(n, "float64") for n in (*names, *rates)],
            [
                (d.step, d.other_step, *(as_float(getattr(d, n)) for n in (*names, *rates)))
                for d in self.rows
            ],
        )


def _points(rate: Number) -> str:
    scaled: Any = rate
    return f"{num.show(scaled * 100)} pt"
