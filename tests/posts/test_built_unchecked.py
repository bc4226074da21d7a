"""What ``assess`` builds unchecked (its context, findings and result) equals the checked build.

``assess`` skips the typed validators on values it has just computed from checked
ones (``socialkit._core.fields.unchecked``); these properties rebuild each value
through its checked constructor and fail if the two ever differ.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit import Finding, Post, assess
from socialkit._core.findings import Severity
from socialkit._core.rules import Hit, Rule
from socialkit.errors import SocialkitTypeError
from socialkit.platforms import list_platforms
from socialkit.posts import DEFAULT_RULES, Assessment
from strategies import posts

PARIS = ZoneInfo("Europe/Paris")


def _rebuilt(value: object) -> object:
    """``value`` built again through its class's checked constructor."""
    fields = {f.alias: getattr(value, f.name) for f in attrs.fields(type(value)) if f.init}
    return type(value)(**fields)


@settings(max_examples=60, deadline=None)
@given(post=posts(), platform=st.sampled_from([p.slug for p in list_platforms()]))
def test_an_assessment_equals_its_checked_build(post: Post, platform: str) -> None:
    result = assess(post, platform, tz=PARIS if post.scheduled_at else None)
    assert type(result) is Assessment
    assert _rebuilt(result) == result
    for finding in result.findings:
        assert type(finding) is Finding
        assert _rebuilt(finding) == finding
    if result.text is not None:
        entities = result.text.entities
        assert _rebuilt(entities) == entities
        assert all(_rebuilt(e) == e for e in entities.all())


@given(
    message=st.text(min_size=1).filter(str.strip),
    where=st.text(max_size=8),
    fix=st.none() | st.text(max_size=8),
    severity=st.none() | st.sampled_from(Severity),
    prefix=st.sampled_from(["", "x."]),
)
def test_a_rules_finding_equals_the_checked_finding(
    message: str, where: str, fix: str | None, severity: Severity | None, prefix: str
) -> None:
    rule = Rule(id="demo", severity="warning", title="Demo", check=lambda rule, subject: ())
    hit = Hit(message=message, where=where, fix=fix, severity=severity)
    built = rule.finding(hit, prefix=prefix, where="post")
    assert _rebuilt(built) == built


def test_a_check_yielding_something_else_than_a_hit_is_refused() -> None:
    odd = Rule(id="odd", severity="warning", title="Odd", check=lambda rule, subject: ["no hit"])
    with pytest.raises(SocialkitTypeError, match="hit"):
        assess(Post(text="hello"), "x", rules=DEFAULT_RULES.with_rule(odd))
