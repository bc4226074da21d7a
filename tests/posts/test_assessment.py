"""An assessment's findings by severity (review fix b.2: socialkit errors, not ValueError)."""

from __future__ import annotations

import pytest

from socialkit import NotFoundError, Post, Severity, assess
from socialkit._core.validate import to_enum


@pytest.mark.parametrize("severity", ["TIP", "Warning", Severity.ERROR])
def test_by_severity_takes_a_severity_in_any_case(severity: object) -> None:
    # review fix b.2: the one enum converter, not a bare ValueError
    a = assess(Post(text="New guide! https://example.com #b2b #marketing #sales"), "linkedin")
    wanted = to_enum(Severity, severity)
    assert a.by_severity(severity) == tuple(f for f in a.findings if f.severity is wanted)  # type: ignore[arg-type]


def test_by_severity_refuses_an_unknown_severity_with_a_socialkit_error() -> None:
    a = assess(Post(text="hi"), "linkedin")
    with pytest.raises(NotFoundError, match=r"Assessment.by_severity\(severity\): unknown 'tipp'"):
        a.by_severity("tipp")
