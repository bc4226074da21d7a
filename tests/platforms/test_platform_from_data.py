"""A platform is data: adding one is a data module and a line in ``SHIPPED``, no code edit.

The test writes a data module for a made-up network, Fieldnet (LinkedIn's data
under another slug, with its own domains, text limit and posting rhythm), puts
it where the registry looks for shipped platforms and adds its slug to
``SHIPPED``. Then every entry point (``assess``, ``measure``,
``FrequencyRule.for_platform``, ``plan``) must work with it and follow its
data, not LinkedIn's.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialkit.platforms
from socialkit import FrequencyRule, PlanSpec, Post, assess, get_platform, plan
from socialkit.errors import ValidationError
from socialkit.platforms import OwnDomain, Period, Platform, Source, _registry
from socialkit.text import measure

FIELDNET = '''
"""Fieldnet: a made-up network with LinkedIn's signals, its own domains and rhythm."""

import attrs

from socialkit.platforms import (
    Confidence,
    OwnDomain,
    PostingGuidance,
    Source,
    TextLimit,
    TextUnit,
)
from socialkit.platforms.linkedin import PLATFORM as LINKEDIN

NOTES = Source(title="Fieldnet help centre", confidence=Confidence.OFFICIAL)

PLATFORM = attrs.evolve(
    LINKEDIN,
    slug="fieldnet",
    name="Fieldnet",
    aliases=("fn",),
    own_domains=(
        OwnDomain(domain="fieldnet.social", source=NOTES),
        OwnDomain(domain="fld.to", source=NOTES),
    ),
    limits=attrs.evolve(
        LINKEDIN.limits,
        text=(TextLimit(field="post", maximum=500, unit=TextUnit.CODE_POINTS, source=NOTES),),
    ),
    frequency=(
        PostingGuidance(per="week", minimum=1, maximum=1, recommended=True, source=NOTES),
    ),
)
'''


@pytest.fixture
def fieldnet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Platform]:
    """Fieldnet shipped the documented way: one data module, one line in ``SHIPPED``."""
    (tmp_path / "fieldnet.py").write_text(textwrap.dedent(FIELDNET), encoding="utf-8")
    monkeypatch.setattr(
        socialkit.platforms, "__path__", [*socialkit.platforms.__path__, str(tmp_path)]
    )
    monkeypatch.setattr(_registry, "SHIPPED", (*_registry.SHIPPED, "fieldnet"))
    monkeypatch.setattr(_registry, "_REGISTRY", _registry._Registry())  # loads SHIPPED afresh
    yield get_platform("fieldnet")
    sys.modules.pop("socialkit.platforms.fieldnet", None)


def test_the_registry_loads_a_new_data_module(fieldnet: Platform) -> None:
    assert get_platform("FN") is fieldnet
    assert fieldnet.name == "Fieldnet"
    assert "fieldnet" in [p.slug for p in socialkit.list_platforms()]


def test_assess_uses_the_new_platforms_own_domains(fieldnet: Platform) -> None:
    def external(text: str) -> bool:
        findings = assess(Post(text=text), "fieldnet").findings
        return any(f.rule == "fieldnet.external_link" for f in findings)

    assert not external("Read it: https://fieldnet.social/posts/1")
    assert not external("Read it: https://fld.to/abc")
    # LinkedIn's domains are LinkedIn's, not Fieldnet's: leaving Fieldnet for them is external.
    assert external("Read it: https://lnkd.in/abc")
    linkedin = assess(Post(text="Read it: https://lnkd.in/abc"), "linkedin").findings
    assert "linkedin.external_link" not in [f.rule for f in linkedin]


def test_assess_and_measure_use_the_new_text_limit(fieldnet: Platform) -> None:
    assert measure("a" * 500, "fieldnet").fits
    assert not measure("a" * 501, "fieldnet").fits
    assert measure("a" * 501, "linkedin").fits
    assert not assess(Post(text="a" * 501), "fieldnet").fits


def test_frequency_rule_uses_the_new_guidance(fieldnet: Platform) -> None:
    rule = FrequencyRule.for_platform("fieldnet")
    week = rule.range(Period.WEEK)
    assert week is not None
    assert (week.minimum, week.maximum) == (1, 1)
    assert rule.min_gap is None  # LinkedIn's 48 h gap was not copied


def test_plan_follows_the_new_platforms_rhythm(fieldnet: Platform) -> None:
    spec = PlanSpec.simple(platforms=["fieldnet"], tz="Europe/Paris", interaction=None)
    cal = plan(spec, start=date(2026, 11, 23), end=date(2026, 12, 7))
    posts = cal.filter(platform="fieldnet", kind="post").items
    assert len(posts) == 2  # one a week for two weeks
    assert {item.platform for item in cal.items} == {"fieldnet"}


def test_the_external_link_rule_reads_no_table_of_slugs() -> None:
    # A platform without own domains has every link external; one with them has its own.
    linkedin = get_platform("linkedin")
    bare = attrs.evolve(linkedin, own_domains=())
    socialkit.register_platform(bare, replace=True)
    findings = assess(Post(text="See https://www.linkedin.com/in/me"), "linkedin").findings
    assert "linkedin.external_link" in [f.rule for f in findings]


# --- OwnDomain -------------------------------------------------------------------

_NOTES = Source(title="notes", confidence="unconfirmed")
_LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True)
_DOMAIN = st.builds(
    lambda labels, tld: ".".join((*labels, tld)),
    st.lists(_LABEL, min_size=1, max_size=3),
    st.from_regex(r"[a-z]{2,6}", fullmatch=True),
)


@given(domain=_DOMAIN, sub=_LABEL)
def test_an_own_domain_covers_itself_and_its_subdomains_only(domain: str, sub: str) -> None:
    own = OwnDomain(domain=domain, source=_NOTES)
    assert own.covers(domain)
    assert own.covers(domain.upper())
    assert own.covers(f"{sub}.{domain}")
    assert not own.covers(f"{sub}{domain}")  # "notlnkd.in" is not "lnkd.in"
    assert not own.covers(domain.split(".", 1)[1])  # nor its parent domain


@given(domain=_DOMAIN)
def test_a_platform_owns_exactly_its_current_domains(domain: str) -> None:
    x = get_platform("x")
    mine = attrs.evolve(x, own_domains=(OwnDomain(domain=domain, source=_NOTES),))
    assert mine.owns(domain)
    assert mine.owns(f"www.{domain}")
    ended = attrs.evolve(
        x, own_domains=(OwnDomain(domain=domain, source=_NOTES, until=date(2020, 1, 1)),)
    )
    assert not ended.owns(domain)
    assert ended.owns(domain, on=date(2019, 6, 1))


@pytest.mark.parametrize("bad", ["", "LinkedIn.com", "https://x.com", "x.com/home", "localhost", 3])
def test_an_own_domain_is_a_bare_lower_case_domain(bad: object) -> None:
    with pytest.raises(ValidationError, match="domain"):
        OwnDomain(domain=bad, source=_NOTES)  # type: ignore[arg-type]


def test_own_domains_are_facts_with_sources() -> None:
    linkedin = get_platform("linkedin")
    assert {d.domain for d in linkedin.own_domains} == {"linkedin.com", "lnkd.in"}
    assert all(d in linkedin.facts() for d in linkedin.own_domains)
    assert get_platform("x").owns("t.co")
    when = datetime(2026, 11, 23, 9, tzinfo=ZoneInfo("UTC"))
    on_time = assess(Post(text="https://x.com/a", scheduled_at=when), "linkedin", tz="UTC").findings
    assert "linkedin.external_link" in [f.rule for f in on_time]


_KNOWN_TLD_DOMAIN = st.builds(
    lambda label, tld: f"{label}.{tld}",
    st.from_regex(r"[a-z][a-z0-9]{2,10}", fullmatch=True),
    st.sampled_from(["com", "org", "net", "io", "social", "in"]),
)


@given(own=_KNOWN_TLD_DOMAIN, other=_KNOWN_TLD_DOMAIN, sub=st.sampled_from(["", "www.", "m."]))
def test_external_link_flags_exactly_the_links_off_the_platforms_domains(
    own: str, other: str, sub: str
) -> None:
    platform = attrs.evolve(
        get_platform("linkedin"), own_domains=(OwnDomain(domain=own, source=_NOTES),)
    )

    def flagged(url: str) -> bool:
        findings = assess(Post(text=f"Read {url} today"), platform).findings
        return any(f.rule == "linkedin.external_link" for f in findings)

    assert not flagged(f"https://{sub}{own}/post")
    if not OwnDomain(domain=own, source=_NOTES).covers(other):
        assert flagged(f"https://{sub}{other}/post")
