"""``assess`` remembers what a platform says on a day; the answers never change.

The memos of :mod:`socialkit.posts._rules` (the rules that run for a platform
on a day, the default frequency rule, count limits, owned hosts) are checked
against ``assess`` with every memo disabled, on random posts, platforms
(registered and synthetic, with dated facts), histories, tiers and zones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit import DEFAULT_RULES, Post, assess, get_platform, list_platforms
from socialkit.platforms import CountKind, Fact, MediaKind, Platform
from socialkit.posts import _rules
from socialkit.posts._rules import Assessment
from socialkit.text import extract
from strategies import aware_datetimes, platforms, posts, zones

F = TypeVar("F", bound=Fact)


class _Forgetful(dict[tuple[object, ...], tuple[Any, ...]]):
    """A memo that never remembers: every lookup misses, so everything is worked out afresh."""

    def get(self, key: object, default: object = None) -> None:  # type: ignore[override]
        return None


_CACHES = (
    "_PLAN_CACHE",
    "_FREQUENCY_CACHE",
    "_COUNTS_CACHE",
    "_TEXT_CACHE",
    "_OWNS_CACHE",
    "_RUNS_CACHE",
)


def _uncached(run: Callable[[], Assessment | str]) -> Assessment | str:
    with pytest.MonkeyPatch.context() as m:
        for name in _CACHES:
            m.setattr(_rules, name, _Forgetful())
        return run()


_EPOCHS = (None, date(2022, 1, 1), date(2025, 1, 1), date(2028, 1, 1))


@st.composite
def dated_platforms(draw: st.DrawFn) -> Platform:
    """A registered platform whose signals and count limits start or end on drawn days."""

    def dated(fact: F) -> F:
        since, until = draw(st.sampled_from(_EPOCHS)), draw(st.sampled_from(_EPOCHS))
        if since is not None and until is not None and since >= until:
            since, until = until, None
        return attrs.evolve(fact, since=since, until=until)

    platform = draw(st.sampled_from(list_platforms()))
    ids = Counter(s.id for s in platform.signals)  # versioned signals keep their dates
    signals = [dated(s) if ids[s.id] == 1 else s for s in platform.signals]
    limits = attrs.evolve(platform.limits, counts=[dated(c) for c in platform.limits.counts])
    return attrs.evolve(platform, signals=signals, limits=limits)


def _scheduled(post: Post, when: datetime) -> Post:
    return Post(text=post.text, media=post.media, links=post.links, scheduled_at=when)


@settings(max_examples=150)
@given(
    post=posts(),
    platform=platforms() | dated_platforms(),
    zone=st.none() | zones(),
    history=st.lists(aware_datetimes(), max_size=4),
    warm=st.lists(st.none() | aware_datetimes(), max_size=3),
)
def test_assess_with_memos_equals_assess_without(
    post: Post,
    platform: Platform,
    zone: ZoneInfo | None,
    history: list[datetime],
    warm: list[datetime | None],
) -> None:
    earlier = [_scheduled(post, when) for when in history]

    def run() -> Assessment | str:
        try:
            return assess(post, platform, history=earlier, tz=zone)
        except Exception as error:  # the same error, memo or not
            return f"{type(error).__name__}: {error}"

    expected = _uncached(run)
    for when in warm:  # memos warmed by posts of other days answer as cold ones
        assess(Post(text=post.text, scheduled_at=when), platform, tz=zone or "UTC")
    assert run() == expected


@given(post=posts(), kind=st.sampled_from(CountKind))
def test_count_matches_a_direct_count(post: Post, kind: CountKind) -> None:
    entities = extract(post.text)
    direct: dict[CountKind, int] = {
        CountKind.HASHTAGS: len(entities.hashtags),
        CountKind.MENTIONS: len(entities.mentions),
        CountKind.LINKS: len(entities.urls) + len(post.links),
        CountKind.IMAGES: post.count(MediaKind.IMAGE),
        CountKind.VIDEOS: post.count(MediaKind.VIDEO) + post.count(MediaKind.SHORT_VIDEO),
        CountKind.CAROUSEL_ITEMS: max((m.items or 0 for m in post.media), default=0),
        CountKind.POLL_OPTIONS: max((m.options or 0 for m in post.media), default=0),
        CountKind.DOCUMENT_PAGES: max((m.pages or 0 for m in post.media), default=0),
    }
    size = _rules._SIZES.get(kind)
    assert (size(post, entities) if size else None) == direct.get(kind)


@given(platform=platforms(), on=st.none() | st.dates())
def test_rule_plan_matches_rule_by_rule(platform: Platform, on: Any) -> None:
    plan = _rules._rule_plan(DEFAULT_RULES, platform, on)
    expected = tuple(
        (rule, _rules._signal_source(rule, platform, on))
        for rule in DEFAULT_RULES
        if _rules._applies_to(rule, platform, on)
    )
    assert plan == expected


_CHECKER_NAMES = sorted({r.checker for r in DEFAULT_RULES if r.checker is not None} | {"other"})


@given(
    platform=platforms(),
    on=st.none() | st.dates(),
    names=st.lists(st.sampled_from(_CHECKER_NAMES), max_size=3),
    scheduled=st.booleans(),
)
def test_rule_runs_match_rule_by_rule(
    platform: Platform, on: Any, names: list[str], scheduled: bool
) -> None:
    """The remembered runs are the loop assess ran rule by rule: skips, order, weights."""
    plan = _rules._rule_plan(DEFAULT_RULES, platform, on)
    checkers = dict.fromkeys(names, lambda post: None)
    applied, skipped, run, total = [], [], [], 0.0
    for rule, source in plan:
        if (rule.checker is not None and rule.checker not in checkers) or (
            not scheduled and rule.check in _rules._TIMED
        ):
            skipped.append(rule.id)
        else:
            applied.append(rule.id)
            run.append((rule, source))
            total += rule.weight
    for _ in range(2):  # cold, then remembered
        runs = _rules._rule_runs(plan, checkers, scheduled)
        assert runs.rules == tuple(run)
        assert (runs.applied, runs.skipped, runs.total) == (tuple(applied), tuple(skipped), total)


def test_a_memo_keeps_its_objects_so_a_reused_id_never_answers_for_another() -> None:
    x, linkedin = get_platform("x"), get_platform("linkedin")
    assert _rules._limits_text(x, "post") is True
    # Forge the collision an id reused after garbage collection would cause.
    _rules._TEXT_CACHE[(id(linkedin), "nope")] = (x, True)
    assert _rules._limits_text(linkedin, "nope") is False


def test_a_memo_starts_afresh_when_full() -> None:
    x = get_platform("x")
    for n in range(_rules._MEMO_SIZE + 1):
        _rules._limits_text(x, f"field{n}")
    assert len(_rules._TEXT_CACHE) <= _rules._MEMO_SIZE
