"""The error hierarchy: one root, the right builtins, messages with where/what/allowed."""

import pytest

import socialkit
from socialkit import (
    NotFoundError,
    SocialkitError,
    SocialkitTypeError,
    UnknownPlatformError,
    ValidationError,
)
from socialkit.errors import SocialkitWarning, StaleDataWarning


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (ValidationError, ValueError),
        (SocialkitTypeError, TypeError),
        (NotFoundError, LookupError),
        (UnknownPlatformError, LookupError),
    ],
)
def test_every_error_is_a_socialkit_error_and_its_builtin(
    error: type[Exception], builtin: type[Exception]
) -> None:
    assert issubclass(error, SocialkitError)
    assert issubclass(error, builtin)


def test_warnings_have_one_root() -> None:
    assert issubclass(StaleDataWarning, SocialkitWarning)
    assert issubclass(SocialkitWarning, Warning)


def test_validation_error_message_says_where_what_and_allowed() -> None:
    error = ValidationError("Funnel.steps[1].rate", "got 1.5", allowed="expected 0 <= rate <= 1")
    assert str(error) == "Funnel.steps[1].rate: got 1.5; expected 0 <= rate <= 1"
    assert error.where == "Funnel.steps[1].rate"


def test_type_error_names_the_type_received() -> None:
    error = SocialkitTypeError("measure(text)", 42, expected="a str")
    assert str(error) == "measure(text): got int; expected a str"


def test_unknown_platform_suggests_and_lists() -> None:
    with pytest.raises(UnknownPlatformError) as caught:
        socialkit.get_platform("linkdin")
    assert caught.value.suggestions[0] == "linkedin"
    assert "linkedin" in caught.value.known


def test_get_platform_rejects_non_strings() -> None:
    with pytest.raises(SocialkitTypeError):
        socialkit.get_platform(42)  # type: ignore[arg-type]


def test_public_api_is_sorted_and_importable() -> None:
    assert socialkit.__all__ == sorted(socialkit.__all__)
    for name in socialkit.__all__:
        assert hasattr(socialkit, name)


def test_examples_load_on_attribute_access() -> None:
    assert socialkit.examples.strategy_names()
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = socialkit.nope  # type: ignore[attr-defined]
