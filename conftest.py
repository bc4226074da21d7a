"""Shared pytest set-up for tests, doctests in src/ and examples in docs/."""

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from socialkit.platforms._registry import _REGISTRY

# Timing-based health checks make property tests flaky on a busy 2-core CI box;
# socialkit asserts behaviour, never speed, in the test suite.
settings.register_profile("socialkit", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("socialkit")


@pytest.fixture(autouse=True)
def _isolated_registry() -> Iterator[None]:
    """Undo platform registrations made by a test or a doctest."""
    with _REGISTRY.isolated():
        yield
