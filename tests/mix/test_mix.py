"""Content mix: exact apportionment, Tijdeman sequencing, deviation, drift, nesting."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import attrs
import pandas
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import socialkit
from socialkit import ContentMix, NotFoundError, SocialkitError, SocialkitTypeError, ValidationError
from socialkit.errors import UnknownCategoryError
from socialkit.mix import ApportionMethod, NestedMix, SequenceMethod, mix_deviation
from socialkit.mix import _model as mix_model
from socialkit.mix._apportion import _priority, edf_sequence
from socialkit.mix._model import _common_scale

DIVISOR_METHODS = [m for m in ApportionMethod if m is not ApportionMethod.HAMILTON]


def mix_of(*weights: int) -> ContentMix:
    return ContentMix({f"c{i}": w for i, w in enumerate(weights)})


def counts(mix: ContentMix, n: int, method: str = "hamilton") -> list[int]:
    return list(mix.apportion(n, method=method).values())


def tijdeman_bound(allocation: dict[str, int]) -> Fraction:
    k = sum(1 for d in allocation.values() if d > 0)
    return Fraction(0) if k <= 1 else 1 - Fraction(1, 2 * k - 2)


# Strategies -----------------------------------------------------------------------------

weight_lists = st.lists(st.integers(0, 60), min_size=1, max_size=7).filter(any)
slots = st.integers(0, 150)


@st.composite
def bounded_mixes(draw: st.DrawFn) -> tuple[ContentMix, int]:
    weights = draw(weight_lists)
    names = [f"c{i}" for i in range(len(weights))]
    low = {name: draw(st.integers(0, 3)) for name in names if draw(st.booleans())}
    high = {
        name: low.get(name, 0) + draw(st.integers(0, 30)) for name in names if draw(st.booleans())
    }
    mix = ContentMix(dict(zip(names, weights, strict=True)), minimum=low, maximum=high)
    floor = sum(low.values())
    ceiling = sum(high.values()) if len(high) == len(names) else floor + 100
    n = draw(st.integers(floor, max(floor, min(ceiling, floor + 100))))
    return mix, n


# Construction ----------------------------------------------------------------------------


def test_weights_are_normalised_exactly() -> None:
    mix = ContentMix({"a": 1, "b": Fraction(1, 2), "c": Decimal("0.5"), "d": 0.1})
    assert dict(mix) == {
        "a": Fraction(10, 21),
        "b": Fraction(5, 21),
        "c": Fraction(5, 21),
        "d": Fraction(1, 21),
    }
    assert sum(mix.values()) == 1


def test_weights_may_be_given_as_pairs_and_evolve_keeps_them() -> None:
    mix = ContentMix([("a", 1), ("b", 3)])
    assert mix == ContentMix({"a": 1, "b": 3})
    bounded = attrs.evolve(mix, minimum={"a": 2})
    assert bounded.minimum == (("a", 2),)
    assert dict(bounded) == dict(mix)
    assert bounded.apportion(4) == {"a": 2, "b": 2}


def test_floats_are_read_through_their_shortest_repr() -> None:
    assert ContentMix({"a": 33.3, "b": 66.7})["a"] == Fraction(333, 1000)


def test_mix_is_a_mapping_with_categories_in_order() -> None:
    mix = ContentMix.preset("pillars")
    assert mix.categories == ("brand", "fashion", "beauty", "well_being")
    assert list(mix) == list(mix.categories)
    assert len(mix) == 4
    assert "brand" in mix
    assert "shoes" not in mix
    assert mix.get("shoes") is None


def test_unknown_category_lookup_suggests_close_names_and_is_a_key_error() -> None:
    with pytest.raises(UnknownCategoryError, match="did you mean 'brand'") as caught:
        ContentMix.preset("pillars")["brnd"]
    assert isinstance(caught.value, KeyError)
    assert isinstance(caught.value, NotFoundError)
    assert str(caught.value).startswith("ContentMix: unknown 'brnd'")


def test_mix_is_hashable_and_equal_after_normalisation() -> None:
    assert hash(ContentMix({"a": 1, "b": 3})) == hash(ContentMix({"a": 25, "b": 75}))
    assert ContentMix({"a": 1, "b": 3}) != ContentMix({"b": 3, "a": 1})  # order matters: ties


def test_repr_shows_shares_and_bounds() -> None:
    mix = ContentMix({"a": 1, "b": 3}, minimum={"a": 1}, maximum={"b": 5})
    assert repr(mix) == "ContentMix({'a': 1/4, 'b': 3/4}, minimum={'a': 1}, maximum={'b': 5})"


@pytest.mark.parametrize(
    ("weights", "error"),
    [
        ({"a": -1, "b": 2}, ValidationError),
        ({"a": float("nan")}, ValidationError),
        ({"a": float("inf")}, ValidationError),
        ({"a": Decimal("NaN")}, ValidationError),
        ({"a": Decimal("-Infinity")}, ValidationError),
        ({"a": True}, SocialkitTypeError),
        ({"a": "40"}, SocialkitTypeError),
        ({"a": None}, SocialkitTypeError),
        ({"a": 0, "b": 0}, ValidationError),
        ({}, ValidationError),
        ({"": 1}, ValidationError),
        ({"  ": 1}, ValidationError),
        ({3: 1}, SocialkitTypeError),
        ([("a", 1), ("a", 2)], ValidationError),
        ([("a", 1, 2)], SocialkitTypeError),
        ("ab", SocialkitTypeError),
        (5, SocialkitTypeError),
        ([(["a"], 1)], SocialkitTypeError),  # an unhashable name, checked before `in seen`
        ([(("a",), 1), (("a",), 2)], SocialkitTypeError),
        # Weights so big or so fine that exact arithmetic on them would hang.
        ({"a": Decimal("1e-30000000"), "b": 1}, ValidationError),
        ({"a": Decimal("1e30000000"), "b": 1}, ValidationError),
        ({"a": Decimal("0.5"), "b": Decimal("1" * 2000)}, ValidationError),
        ({"a": Fraction(1, 2**5000), "b": 1}, ValidationError),
        ({"a": Fraction(2**5000, 3), "b": 1}, ValidationError),
        ({"a": 10**2000, "b": 1}, ValidationError),
    ],
)
def test_bad_weights_raise_socialkit_errors(weights: object, error: type[Exception]) -> None:
    """Bad weights and names raise socialkit errors, never a bare TypeError or a hang."""
    with pytest.raises(error):
        ContentMix(weights)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("minimum", "maximum", "error"),
    [
        ({"x": 1}, {}, NotFoundError),
        ({"a": -1}, {}, ValidationError),
        ({"a": True}, {}, SocialkitTypeError),
        ({"a": 1.5}, {}, SocialkitTypeError),
        ({"a": 3}, {"a": 2}, ValidationError),
        ({}, {"b": -2}, ValidationError),
        ([("a", 1), ("a", 2)], {}, ValidationError),
        (3, {}, SocialkitTypeError),
    ],
)
def test_bad_bounds_raise_socialkit_errors(
    minimum: dict[str, object], maximum: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        ContentMix({"a": 1, "b": 1}, minimum=minimum, maximum=maximum)  # type: ignore[arg-type]


# Presets ---------------------------------------------------------------------------------


def test_presets_match_the_source_documents() -> None:
    # [002] step 7 "Tracez votre mix de contenu"; [004] factor 5 "Piliers de communication".
    assert ContentMix.preset("80/20") == ContentMix({"inform_educate_entertain": 4, "promote": 1})
    assert {share.exact for share in ContentMix.preset("thirds").values()} == {Fraction(1, 3)}
    assert list(ContentMix.preset("50/25/20/5").values()) == [
        Fraction(1, 2),
        Fraction(1, 4),
        Fraction(1, 5),
        Fraction(1, 20),
    ]
    assert dict(ContentMix.preset("pillars")) == {
        "brand": Fraction(2, 5),
        "fashion": Fraction(3, 10),
        "beauty": Fraction(1, 5),
        "well_being": Fraction(1, 10),
    }


def test_every_preset_has_a_source_and_description() -> None:
    presets = ContentMix.presets()
    assert len({p.name for p in presets}) == len(presets)
    for preset in presets:
        assert preset.description
        assert preset.source.title
        assert ContentMix.preset(preset.name) == preset.mix
        for alias in preset.aliases:
            assert ContentMix.preset(alias) == preset.mix


def test_funnel_presets_use_stage_values_and_say_they_are_a_suggestion() -> None:
    funnel = ContentMix.preset("funnel")
    assert funnel.categories == ("tofu", "mofu", "bofu")
    assert ContentMix.preset("funnel+retention").categories == ("tofu", "mofu", "bofu", "retention")
    source = next(p.source for p in ContentMix.presets() if p.name == "funnel")
    assert source.confidence is socialkit.Confidence.UNCONFIRMED
    assert "not from the source documents" in source.title


def test_preset_lookup_is_case_insensitive() -> None:
    assert ContentMix.preset(" Thirds ") == ContentMix.preset("thirds")


def test_unknown_preset_suggests_close_names() -> None:
    with pytest.raises(NotFoundError, match="did you mean '80/20'") as caught:
        ContentMix.preset("80/2O")
    assert "thirds" in caught.value.known
    with pytest.raises(SocialkitTypeError):
        ContentMix.preset(80)  # type: ignore[arg-type]


# Apportionment: published examples -------------------------------------------------------


def test_balinski_young_five_parties_100_seats() -> None:
    # Balinski & Young (1975) example, as in the `apportionment` package tests and
    # 1library.co: B's exact quota is 44; Jefferson gives 45, the others 43.
    mix = mix_of(5117, 4400, 162, 161, 160)
    assert mix[("c1")] * 100 == 44
    assert counts(mix, 100, "jefferson")[1] == 45
    for method in ("webster", "huntington_hill", "adams"):
        assert counts(mix, 100, method)[1] == 43
    assert counts(mix, 100, "hamilton")[1] == 44


def test_census_gov_four_state_example() -> None:
    # census.gov apportionment example (via christopherkenny/apportion tests): 20 seats.
    mix = mix_of(2560, 3315, 995, 5012)
    assert counts(mix, 20, "jefferson") == [4, 6, 1, 9]
    for method in ("hamilton", "webster", "adams", "huntington_hill"):
        assert counts(mix, 20, method) == [4, 6, 2, 8]


@pytest.mark.parametrize(
    ("weights", "n", "expected"),
    [
        # Cases where the `apportionment` package's largest remainder is wrong
        # (research notes, content-mix.md section 3): a tie before a larger remainder.
        ((3, 3, 4), 2, [1, 0, 1]),
        ((2, 5, 60, 60, 50, 1), 31, [0, 1, 11, 10, 9, 0]),
    ],
)
def test_hamilton_gives_seats_to_the_largest_remainders(
    weights: tuple[int, ...], n: int, expected: list[int]
) -> None:
    assert counts(mix_of(*weights), n) == expected


def test_huntington_hill_exact_tie_goes_to_the_category_listed_first() -> None:
    # 5/sqrt(1*2) == 30/sqrt(8*9) exactly: floats miss the tie (the `apportionment`
    # package returns [6, 1, 9, 23]); compared as squares, 25/2 == 900/72.
    assert counts(mix_of(20, 5, 30, 80), 38, "huntington_hill") == [6, 1, 8, 23]
    assert counts(mix_of(20, 5, 30, 80), 39, "huntington_hill") == [6, 2, 8, 23]
    assert counts(mix_of(20, 30, 5, 80), 39, "huntington_hill") == [6, 9, 1, 23]


def test_alabama_paradox_with_hamilton() -> None:
    # electowiki.org/wiki/Alabama_paradox: votes 56.7/38.5/4.2/0.6 %, 323 -> 324 seats.
    mix = mix_of(5670, 3850, 420, 60)
    assert counts(mix, 323) == [183, 124, 14, 2]
    assert counts(mix, 324) == [184, 125, 13, 2]  # C loses a seat when the house grows
    for method in DIVISOR_METHODS:  # divisor methods are house-monotone
        before, after = counts(mix, 323, method), counts(mix, 324, method)
        assert all(b <= a for b, a in zip(before, after, strict=True))


@pytest.mark.parametrize(
    ("n", "method", "expected"),
    [
        # research notes [C]: 50/25/20/5 mix
        (7, "adams", [3, 2, 1, 1]),
        (7, "huntington_hill", [3, 2, 1, 1]),
        (7, "hamilton", [4, 2, 1, 0]),
        (7, "webster", [4, 2, 1, 0]),
        (12, "hamilton", [6, 3, 2, 1]),
        (10, "hamilton", [5, 3, 2, 0]),  # remainders .5 and .5 tie: curated is listed first
    ],
)
def test_50_25_20_5_examples(n: int, method: str, expected: list[int]) -> None:
    assert counts(ContentMix.preset("50/25/20/5"), n, method) == expected


def test_method_names_and_aliases() -> None:
    mix = mix_of(5117, 4400, 162, 161, 160)
    assert mix.apportion(100, method="dhondt") == mix.apportion(100, method="jefferson")
    assert mix.apportion(100, method="Sainte-Lague") == mix.apportion(100, method="webster")
    assert mix.apportion(100, method="Huntington-Hill") == mix.apportion(
        100, method=ApportionMethod.HUNTINGTON_HILL
    )
    with pytest.raises(NotFoundError, match="did you mean 'webster'"):
        mix.apportion(10, method="webstr")
    with pytest.raises(SocialkitTypeError):
        mix.apportion(10, method=3)  # type: ignore[arg-type]


# Apportionment: bounds and zero weights ---------------------------------------------------


def test_bounds_are_honoured_by_every_method() -> None:
    mix = ContentMix.preset("50/25/20/5")
    bounded = ContentMix(dict(mix), minimum={"hr_culture": 1}, maximum={"blog_traffic": 3})
    for method in ApportionMethod:
        allocation = bounded.apportion(7, method=method)
        assert allocation["hr_culture"] >= 1
        assert allocation["blog_traffic"] <= 3
        assert sum(allocation.values()) == 7
    assert bounded.apportion(7) == {
        "blog_traffic": 3,
        "curated": 2,
        "business_goals": 1,
        "hr_culture": 1,
    }


def test_infeasible_bounds_raise_validation_error() -> None:
    mix = ContentMix({"a": 1, "b": 1}, minimum={"a": 3, "b": 3})
    with pytest.raises(ValidationError, match="minimums sum to 6"):
        mix.apportion(5)
    capped = ContentMix({"a": 1, "b": 1}, maximum={"a": 1, "b": 2})
    with pytest.raises(ValidationError, match="maximums sum to 3"):
        capped.apportion(4)


def test_zero_weight_categories_only_take_slots_nobody_else_can() -> None:
    mix = ContentMix({"a": 1, "b": 0, "c": 0}, maximum={"a": 2})
    for method in ApportionMethod:
        assert mix.apportion(6, method=method) == {"a": 2, "b": 2, "c": 2}
        assert mix.apportion(2, method=method) == {"a": 2, "b": 0, "c": 0}
    assert ContentMix({"a": 1, "b": 0}, minimum={"b": 1}).apportion(3) == {"a": 2, "b": 1}


@pytest.mark.parametrize("n", [-1, True, 2.0, "3", None, 10**12 + 1])
def test_bad_slot_counts_raise(n: object) -> None:
    with pytest.raises(SocialkitError):
        ContentMix.preset("80/20").apportion(n)  # type: ignore[arg-type]


def test_zero_slots() -> None:
    mix = ContentMix.preset("thirds")
    assert mix.apportion(0) == dict.fromkeys(mix, 0)
    assert mix.sequence(0) == ()


def test_large_apportionment_is_exact() -> None:
    mix = ContentMix({f"c{i}": i * i + 1 for i in range(1000)})
    for method in ApportionMethod:
        allocation = mix.apportion(10**6, method=method)
        assert sum(allocation.values()) == 10**6
    hamilton = mix.apportion(10**6)
    for name, count in hamilton.items():
        quota = mix[name] * 10**6
        assert math.floor(quota) <= count <= math.ceil(quota)


# Apportionment: properties -----------------------------------------------------------------


@given(weight_lists, slots, st.sampled_from(ApportionMethod))
def test_counts_sum_to_n(weights: list[int], n: int, method: ApportionMethod) -> None:
    assert sum(counts(mix_of(*weights), n, method)) == n


@given(weight_lists, slots)
def test_hamilton_keeps_quota_rule(weights: list[int], n: int) -> None:
    mix = mix_of(*weights)
    for share, count in zip(mix.values(), counts(mix, n), strict=True):
        assert math.floor(share * n) <= count <= math.ceil(share * n)


@given(weight_lists, slots, st.sampled_from(DIVISOR_METHODS))
def test_divisor_methods_are_house_monotone(
    weights: list[int], n: int, method: ApportionMethod
) -> None:
    mix = mix_of(*weights)
    before, after = counts(mix, n, method), counts(mix, n + 1, method)
    assert all(b <= a for b, a in zip(before, after, strict=True))


@given(weight_lists, slots)
def test_jefferson_keeps_lower_quota_and_adams_upper_quota(weights: list[int], n: int) -> None:
    mix = mix_of(*weights)
    quotas = [share * n for share in mix.values()]
    assert all(c >= math.floor(q) for c, q in zip(counts(mix, n, "jefferson"), quotas, strict=True))
    assert all(c <= math.ceil(q) for c, q in zip(counts(mix, n, "adams"), quotas, strict=True))


@given(
    weight_lists, slots, st.sampled_from([ApportionMethod.ADAMS, ApportionMethod.HUNTINGTON_HILL])
)
def test_zero_divisor_methods_give_every_category_a_slot(
    weights: list[int], n: int, method: ApportionMethod
) -> None:
    positive = sum(1 for w in weights if w > 0)
    allocation = counts(mix_of(*weights), n, method)
    if n >= positive:
        assert all(c >= 1 for c, w in zip(allocation, weights, strict=True) if w > 0)


def greedy_divisor(
    weights: list[int],
    n: int,
    method: ApportionMethod,
    low: list[int] | None = None,
    high: list[int | None] | None = None,
) -> list[int]:
    """Reference: from the minimums, one slot at a time to the highest quotient."""
    allocation = list(low or [0] * len(weights))
    caps = high or [None] * len(weights)
    for _ in range(n - sum(allocation)):
        _, _, best = min(
            (*_priority(method, w, a), i)
            for i, (w, a, cap) in enumerate(zip(weights, allocation, caps, strict=True))
            if w > 0 and (cap is None or a < cap)
        )
        allocation[best] += 1
    return allocation


@given(weight_lists, st.integers(0, 300), st.sampled_from(DIVISOR_METHODS))
def test_divisor_methods_equal_one_slot_at_a_time_greedy(
    weights: list[int], n: int, method: ApportionMethod
) -> None:
    assert counts(mix_of(*weights), n, method) == greedy_divisor(weights, n, method)


@given(bounded_mixes(), st.sampled_from(DIVISOR_METHODS))
def test_bounded_divisor_methods_equal_greedy_from_the_minimums(
    case: tuple[ContentMix, int], method: ApportionMethod
) -> None:
    mix, n = case
    assume(all(share > 0 for share in mix.values()))  # zero weights: see the dedicated test
    low = [dict(mix.minimum).get(c, 0) for c in mix]
    high = [dict(mix.maximum).get(c) for c in mix]
    _, weights = _common_scale(mix.values())
    assert counts(mix, n, method) == greedy_divisor(weights, n, method, low, high)


@given(weight_lists, slots, st.sampled_from(ApportionMethod))
def test_bounds_that_do_not_bind_change_nothing(
    weights: list[int], n: int, method: ApportionMethod
) -> None:
    mix = mix_of(*weights)
    free = mix.apportion(n, method=method)
    low = {c: max(0, a - 1) for c, a in free.items()}
    high = {c: a + 1 for c, a in free.items()}
    bounded = ContentMix(dict(mix), minimum=low, maximum=high)
    assert bounded.apportion(n, method=method) == free


@given(bounded_mixes(), st.sampled_from(ApportionMethod))
def test_bounded_apportionment_respects_bounds(
    case: tuple[ContentMix, int], method: ApportionMethod
) -> None:
    mix, n = case
    allocation = mix.apportion(n, method=method)
    assert sum(allocation.values()) == n
    for name, count in allocation.items():
        assert count >= dict(mix.minimum).get(name, 0)
        assert count <= dict(mix.maximum).get(name, n)


@given(weight_lists, slots, st.integers(1, 50), st.sampled_from(ApportionMethod))
def test_apportionment_is_invariant_under_scaling_weights(
    weights: list[int], n: int, factor: int, method: ApportionMethod
) -> None:
    scaled = mix_of(*(w * factor for w in weights))
    assert counts(mix_of(*weights), n, method) == counts(scaled, n, method)


@given(weight_lists, slots, st.sampled_from(ApportionMethod))
def test_apportionment_is_deterministic(
    weights: list[int], n: int, method: ApportionMethod
) -> None:
    assert counts(mix_of(*weights), n, method) == counts(mix_of(*weights), n, method)


# Sequencing ------------------------------------------------------------------------------


def naive_deviation(sequence: tuple[str, ...], mix: ContentMix) -> Fraction:
    seen = dict.fromkeys(mix, 0)
    worst = Fraction(0)
    for t, name in enumerate(sequence, 1):
        seen[name] += 1
        worst = max(worst, *(abs(seen[c] - t * mix[c]) for c in mix))
    return worst


@settings(max_examples=200)
@given(weight_lists, st.integers(0, 200))
def test_every_prefix_stays_within_tijdemans_bound(weights: list[int], n: int) -> None:
    mix = mix_of(*weights)
    allocation = mix.apportion(n)
    order = mix.sequence(n)
    assert [order.count(name) for name in mix] == list(allocation.values())
    assert mix_deviation(order, ContentMix(allocation) if n else mix) <= tijdeman_bound(allocation)


def test_tijdemans_bound_holds_exhaustively_on_small_counts() -> None:
    for k in (2, 3, 4):
        for allocation in itertools.product(range(7), repeat=k):
            if sum(1 for d in allocation if d) < 1:
                continue
            target = mix_of(*allocation)
            order = target.sequence(sum(allocation))
            assert [order.count(name) for name in target] == list(allocation)
            bound = tijdeman_bound(dict(zip(target, allocation, strict=True)))
            assert mix_deviation(order, target) <= bound, allocation


@given(weight_lists, st.integers(0, 40))
def test_optimal_sequence_is_no_worse_than_tijdeman(weights: list[int], n: int) -> None:
    mix = mix_of(*weights)
    optimal = mix.sequence(n, method="optimal")
    target = ContentMix(mix.apportion(n)) if n else mix
    assert sorted(optimal) == sorted(mix.sequence(n))
    assert mix_deviation(optimal, target) <= mix_deviation(mix.sequence(n), target)


def test_optimal_sequence_matches_brute_force_on_tiny_counts() -> None:
    for allocation in [(1, 2), (2, 3, 1), (1, 1, 3), (3, 1, 2, 1), (2, 2, 2)]:
        target = mix_of(*allocation)
        items = [c for c, d in zip(target, allocation, strict=True) for _ in range(d)]
        best = min(naive_deviation(order, target) for order in set(itertools.permutations(items)))
        assert mix_deviation(target.sequence(sum(allocation), method="optimal"), target) == best


def test_tijdemans_bound_is_tight_for_one_small_and_two_large() -> None:
    # research notes [C]: weights (1, m, m) need 3/4 - 1/(4N); Tijdeman's rule reaches it.
    for m in (5, 19):
        target = mix_of(1, m, m)
        n = 2 * m + 1
        expected = Fraction(3, 4) - Fraction(1, 4 * n)
        assert mix_deviation(target.sequence(n, method="optimal"), target) == expected
        assert mix_deviation(target.sequence(n), target) == expected


def largest_deficit_first(allocation: list[int]) -> list[int]:
    """Smooth weighted round robin (nginx): the rule socialkit does NOT use."""
    n = sum(allocation)
    current = [0] * len(allocation)
    order = []
    for _ in range(n):
        current = [c + d for c, d in zip(current, allocation, strict=True)]
        best = current.index(max(current))
        current[best] -= n
        order.append(best)
    return order


def dhondt_order(allocation: list[int]) -> list[int]:
    """Stride scheduling: the next post goes to the highest d_i / (x_i + 1)."""
    seen = [0] * len(allocation)
    order = []
    for _ in range(sum(allocation)):
        best = max(range(len(allocation)), key=lambda i: (Fraction(allocation[i], seen[i] + 1), -i))
        seen[best] += 1
        order.append(best)
    return order


@pytest.mark.parametrize(
    ("rule", "allocation", "naive_worst"),
    [
        (largest_deficit_first, [1, 1, 1, 5, 5, 5], Fraction(19, 18)),  # research notes [C]
        (dhondt_order, [1, 1, 1, 1, 1, 1, 1, 12], Fraction(77, 19)),  # research notes [C]
    ],
)
def test_naive_rules_exceed_one_where_tijdeman_stays_below(
    rule: object, allocation: list[int], naive_worst: Fraction
) -> None:
    target = mix_of(*allocation)
    naive = tuple(target.categories[i] for i in rule(allocation))  # type: ignore[operator]
    assert mix_deviation(naive, target) == naive_worst > 1
    k = len(allocation)
    assert mix_deviation(target.sequence(sum(allocation)), target) <= 1 - Fraction(1, 2 * k - 2)


@given(weight_lists, st.integers(0, 100), st.integers(1, 20))
def test_sequence_is_deterministic_and_scale_invariant(
    weights: list[int], n: int, factor: int
) -> None:
    mix = mix_of(*weights)
    assert mix.sequence(n) == mix.sequence(n)
    assert mix.sequence(n) == mix_of(*(w * factor for w in weights)).sequence(n)


def test_sequence_with_one_category_repeats_it() -> None:
    assert ContentMix({"a": 1, "b": 0}).sequence(3) == ("a", "a", "a")


def test_sequence_uses_the_chosen_apportionment() -> None:
    mix = ContentMix.preset("50/25/20/5")
    order = mix.sequence(7, apportion="adams")
    assert order.count("hr_culture") == 1


def test_sequence_guards_memory_before_allocating() -> None:
    mix = ContentMix.preset("thirds")
    with pytest.raises(ValidationError, match="10,000,000"):
        mix.sequence(10**7 + 1)
    with pytest.raises(ValidationError, match="100,000"):
        mix.sequence(100_001, method="optimal")
    with pytest.raises(NotFoundError, match="did you mean 'optimal'"):
        mix.sequence(3, method="optimum")
    with pytest.raises(SocialkitTypeError):
        mix.sequence(3, method=None)  # type: ignore[arg-type]
    assert len(mix.sequence(3, method=SequenceMethod.OPTIMAL)) == 3


# Deviation ---------------------------------------------------------------------------------


@given(weight_lists, st.lists(st.integers(0, 6), max_size=40))
def test_mix_deviation_equals_the_definition(weights: list[int], picks: list[int]) -> None:
    mix = mix_of(*weights)
    sequence = tuple(mix.categories[p % len(mix)] for p in picks)
    assert mix_deviation(sequence, mix) == naive_deviation(sequence, mix)


def test_mix_deviation_rejects_unknown_categories() -> None:
    with pytest.raises(NotFoundError, match="did you mean 'promote'"):
        mix_deviation(["promot"], ContentMix.preset("80/20"))
    with pytest.raises(NotFoundError):
        mix_deviation([3], ContentMix.preset("80/20"))  # type: ignore[list-item]
    with pytest.raises(SocialkitTypeError):
        mix_deviation([], {"a": 1})  # type: ignore[arg-type]
    assert mix_deviation([], ContentMix.preset("80/20")) == 0


# Drift -------------------------------------------------------------------------------------


def test_drift_reports_counts_shares_and_gaps() -> None:
    mix = ContentMix.preset("50/25/20/5")
    published = ["blog_traffic"] * 6 + ["curated"] * 1 + ["hr_culture"] * 1
    drift = mix.drift(published)
    rows = {row.category: row for row in drift.categories}
    assert drift.total == 8
    assert rows["blog_traffic"].share == Fraction(3, 4)
    assert rows["blog_traffic"].gap == -2
    assert rows["curated"].gap == 1
    assert rows["business_goals"].gap == Fraction(8, 5)
    assert rows["hr_culture"].deviation == Fraction(1, 8) - Fraction(1, 20)
    assert drift.behind == ("business_goals", "curated")
    assert drift.max_gap == 2
    plan = drift.next(4)
    assert plan == ("business_goals", "curated", "business_goals", "curated")


def test_drift_catch_up_plan_reduces_the_gap() -> None:
    mix = ContentMix.preset("pillars")
    published = ["brand"] * 10
    drift = mix.drift(published)
    after = mix.drift(published + list(drift.next(10)))
    assert after.max_gap < drift.max_gap


def test_drift_with_nothing_published() -> None:
    drift = ContentMix.preset("thirds").drift([])
    assert drift.total == 0
    assert drift.max_gap == 0
    assert drift.behind == ()
    assert drift.next(3) == ("promote", "thought_leaders", "interaction")


def test_drift_rejects_unknown_categories() -> None:
    with pytest.raises(NotFoundError, match="did you mean 'fashion'"):
        ContentMix.preset("pillars").drift(["fashon"])
    with pytest.raises(UnknownCategoryError):
        ContentMix.preset("pillars").drift([["brand"]])  # type: ignore[list-item]
    with pytest.raises(SocialkitTypeError):
        ContentMix.preset("pillars").drift("brand")
    with pytest.raises(SocialkitError):
        ContentMix.preset("pillars").drift([]).next(-1)


# Nesting -----------------------------------------------------------------------------------


def funnel_with_pillars() -> NestedMix:
    return ContentMix.preset("funnel").compose(
        {"tofu": ContentMix.preset("pillars"), "bofu": ContentMix({"demo": 1, "offer": 1})}
    )


def test_nested_mix_flattens_to_products_of_shares() -> None:
    flat = funnel_with_pillars().flatten()
    assert flat["tofu/brand"] == Fraction(3, 5) * Fraction(2, 5)
    assert flat["mofu"] == Fraction(1, 4)
    assert flat["bofu/offer"] == Fraction(3, 40)
    assert sum(flat.values()) == 1
    assert funnel_with_pillars().categories == flat.categories


@given(st.integers(0, 300))
def test_nested_sequence_keeps_both_levels_even(n: int) -> None:
    nested = funnel_with_pillars()
    order = nested.sequence(n)
    allocation = nested.apportion(n)
    assert sum(allocation.values()) == n
    assert {c: order.count(c) for c in allocation} == allocation
    stages = ContentMix.preset("funnel")
    outer = tuple(name.split("/")[0] for name in order)
    stage_counts = stages.apportion(n)
    if n:
        assert mix_deviation(outer, ContentMix(stage_counts)) <= tijdeman_bound(stage_counts)
        positive = {c: d for c, d in allocation.items() if d}
        assert mix_deviation(order, ContentMix(positive)) < 2


def test_nested_mix_rejects_unknown_outer_category_and_collisions() -> None:
    stages = ContentMix.preset("funnel")
    with pytest.raises(NotFoundError, match="did you mean 'tofu'"):
        stages.compose({"tofo": ContentMix.preset("pillars")})
    with pytest.raises(SocialkitTypeError):
        stages.compose({"tofu": {"a": 1}})  # type: ignore[dict-item]
    colliding = ContentMix({"a": 1, "a/b": 1})
    with pytest.raises(ValidationError, match="a/b"):
        colliding.compose({"a": ContentMix({"b": 1})})
    assert colliding.compose({"a": ContentMix({"b": 1})}, sep=":").categories == ("a:b", "a/b")


def test_one_mix_per_platform() -> None:
    platforms = ContentMix({"linkedin": 1, "instagram": 3})
    nested = platforms.compose(
        {"linkedin": ContentMix.preset("80/20"), "instagram": ContentMix.preset("pillars")}
    )
    allocation = nested.apportion(20)
    assert allocation["linkedin/promote"] == 1
    assert allocation["instagram/brand"] == 6


# Periods and funnel stages ---------------------------------------------------------------


def test_sequence_repeats_its_period() -> None:
    mix = ContentMix.preset("80/20")
    assert mix.sequence(100) == mix.sequence(5) * 20
    assert mix.sequence(100, method="optimal") == mix.sequence(5, method="optimal") * 20


@given(st.lists(st.integers(0, 8), min_size=2, max_size=6), st.integers(2, 4))
def test_period_shortcut_returns_what_the_full_rule_returns(base: list[int], g: int) -> None:
    k = sum(1 for d in base if d)
    assume(k >= 2)
    allocation = [d * g for d in base]
    period = math.gcd(*allocation)
    full = edf_sequence(allocation, 2 * k - 3, 2 * k - 2)
    assert full == edf_sequence([d // period for d in allocation], 2 * k - 3, 2 * k - 2) * period


def test_funnel_preset_keys_are_the_funnel_stages() -> None:
    funnel = ContentMix.preset("funnel+retention")
    assert set(funnel) == set(socialkit.FunnelStage)
    assert funnel[socialkit.FunnelStage.TOFU] == Fraction(1, 2)
    assert funnel.get("awareness") is None


@pytest.mark.parametrize("published", [None, 5])
def test_drift_rejects_what_is_not_an_iterable_of_names(published: object) -> None:
    # review item 14: drift(None) raised a bare TypeError
    with pytest.raises(SocialkitTypeError, match=r"ContentMix\.drift\.published"):
        ContentMix.preset("80/20").drift(published)  # type: ignore[arg-type]


@pytest.mark.parametrize("sequence", ["promote", b"promote", 5, None])
def test_mix_deviation_rejects_a_string_or_a_non_iterable(sequence: object) -> None:
    # Review item 30: "abc" was read as the categories "a", "b", "c" (like drift, reject it).
    with pytest.raises(SocialkitTypeError, match=r"mix_deviation\.sequence"):
        mix_deviation(sequence, ContentMix.preset("80/20"))  # type: ignore[arg-type]


def test_extreme_but_bounded_weights_are_exact() -> None:
    # The bounds leave room for every float and for Decimals with up to 1000 digits.
    mix = ContentMix({"a": 5e-324, "b": Decimal("1e-1000"), "c": 1.7976931348623157e308})
    assert sum(mix.values()) == 1
    assert mix.apportion(3) == {"a": 0, "b": 0, "c": 3}


# Derived values ---------------------------------------------------------------------------


def test_a_preset_and_a_nested_mix_can_be_derived_with_evolve() -> None:
    # Regression: the converters took only mappings, not the pairs they store.
    preset = ContentMix.presets()[0]
    assert attrs.evolve(preset, name="mine").weights == preset.weights
    nested = ContentMix({"a": 1, "b": 1}).compose({"a": ContentMix({"x": 1, "y": 3})})
    assert attrs.evolve(nested) == nested
    assert attrs.evolve(nested, sep=" > ").flatten().categories == ("a > x", "a > y", "b")


# Review fixes b.3 and b.6 --------------------------------------------------------


@given(st.sampled_from(list(SequenceMethod)), st.sampled_from([str.upper, str.title, str.lower]))
def test_a_sequence_method_is_read_by_the_one_enum_converter(
    method: SequenceMethod, case: Callable[[str], str]
) -> None:
    mix = ContentMix.preset("thirds")
    assert mix.sequence(6, method=f" {case(method.value)} ") == mix.sequence(6, method=method)


@given(
    st.dictionaries(st.sampled_from(["a", "b", "c"]), st.integers(0, 100)).filter(
        lambda w: any(w.values())
    )
)
def test_a_pandas_series_is_read_as_a_mapping(weights: dict[str, int]) -> None:
    assert ContentMix(pandas.Series(weights, dtype="int64")) == ContentMix(weights)


@given(
    bounded_mixes(),
    st.lists(
        st.tuples(
            st.integers(0, 40), st.sampled_from(SequenceMethod), st.sampled_from(ApportionMethod)
        ),
        max_size=8,
    ),
)
def test_remembered_sequences_equal_a_fresh_mix(
    mixed: tuple[ContentMix, int], asks: list[tuple[int, SequenceMethod, ApportionMethod]]
) -> None:
    """The memo of ``sequence`` (kept by the mix's value) answers exactly what an equal mix
    computes with the memo emptied."""
    mix, n = mixed
    for extra, method, apportion in [*asks, *asks]:
        fresh = ContentMix(dict(mix.shares), minimum=dict(mix.minimum), maximum=dict(mix.maximum))
        try:
            remembered = mix.sequence(n + extra, method=method, apportion=apportion)
        except ValidationError:
            with pytest.raises(ValidationError):
                fresh.sequence(n + extra, method=method, apportion=apportion)
            continue
        mix_model._SEQUENCES.clear()
        assert fresh.sequence(n + extra, method=method, apportion=apportion) == remembered
