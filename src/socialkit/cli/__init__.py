"""The ``socialkit`` command: ``platforms``, ``platform``, ``check``, ``new``, ``validate``, ``plan``, ``review``.

Run ``socialkit --help``; :func:`main` is its entry point (``python -m socialkit``).
"""

from socialkit.cli._main import main

__all__ = ["main"]
