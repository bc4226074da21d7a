"""A missing optional package is named, with the pip command that installs it (issue 15).

The ``socialkit`` name on the public registry belongs to an unrelated project, so no
message (nor any doc) ever says ``pip install socialkit[...]``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import socialkit
from socialkit import SocialkitError
from socialkit.funnel import Funnel

ROOT = Path(__file__).resolve().parents[2]


def _blocked(module: str, code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter where ``module`` cannot be imported."""
    prelude = f"import sys; sys.modules[{module!r}] = None\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, check=False
    )


def test_socialkit_dask_without_dask_names_what_to_install() -> None:
    result = _blocked("dask", "import socialkit.dask")
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ModuleNotFoundError: socialkit.dask needs the optional 'dask'")
    assert "python -m pip install 'dask[dataframe]' distributed" in last
    assert "socialkit[" not in result.stderr


def test_socialkit_dask_without_distributed_names_it() -> None:
    result = _blocked("distributed", "import socialkit.dask; print('imported')")
    if result.returncode == 0:  # this dask does not import distributed eagerly
        assert "imported" in result.stdout
    else:
        assert "optional 'distributed' package" in result.stderr


@pytest.mark.parametrize(
    ("code", "what"),
    [
        (
            "from socialkit.funnel import Funnel\n"
            "Funnel.from_volumes({'a': 10, 'b': 2}).to_dataframe()",
            "Funnel.to_dataframe",
        ),
        (
            "import socialkit\nfrom socialkit.io import to_dataframe\n"
            "to_dataframe(socialkit.examples.strategy('cosmetics-brand'))",
            "socialkit.io.to_dataframe",
        ),
    ],
)
def test_to_dataframe_without_pandas_names_pandas(code: str, what: str) -> None:
    result = _blocked("pandas", code)
    last = result.stderr.strip().splitlines()[-1]
    assert f"{what} needs the optional 'pandas' package, which is not installed" in last
    assert "python -m pip install pandas" in last


def test_the_message_is_french_under_french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with socialkit.language("fr"), pytest.raises(SocialkitError) as caught:
        Funnel.from_volumes({"a": 10, "b": 2}).to_dataframe()
    assert "a besoin du paquet optionnel 'pandas', qui n'est pas installé" in str(caught.value)


def test_no_text_tells_users_to_install_socialkit_from_the_registry() -> None:
    """README, docs and sources name the packages themselves, or a local ``'.[extra]'``."""
    texts = [ROOT / "README.md", *(ROOT / "docs").rglob("*.md"), *(ROOT / "src").rglob("*.py")]
    offenders = [
        str(path.relative_to(ROOT))
        for path in texts
        if "_build" not in path.parts
        and any(
            phrase in path.read_text(encoding="utf-8")
            for phrase in (
                "install socialkit[",
                "install 'socialkit[",
                '"socialkit[',
                "`socialkit[",
            )
        )
    ]
    assert offenders == []
