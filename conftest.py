"""Shared pytest set-up for tests, doctests in src/ and examples in docs/."""

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, Phase, settings

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


# The fuzz suite (tests/fuzz/): derandomised and short in CI (CI is set), long on demand.
settings.register_profile(
    "ci",
    parent=settings.get_profile("socialkit"),
    derandomize=True,
    max_examples=10,
    print_blob=True,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: the known failures stay cheap
)
# Triage: no shrinking, so a first run lists every failing name quickly.
settings.register_profile(
    "fuzz-triage",
    parent=settings.get_profile("socialkit"),
    derandomize=True,
    max_examples=10,
    phases=[Phase.explicit, Phase.generate],
)
settings.register_profile("fuzz-long", parent=settings.get_profile("socialkit"), max_examples=2000)
if os.environ.get("SOCIALKIT_FUZZ") == "long":
    settings.load_profile("fuzz-long")
elif os.environ.get("CI"):
    settings.load_profile("ci")
