"""socialkit on Dask: assess and measure DataFrame partitions, plan over a bag (extra ``dask``).

Needs the ``dask[dataframe]`` and ``distributed`` packages
(``python -m pip install 'dask[dataframe]' distributed``). Every function takes a
:class:`~socialkit.platforms.RegistrySnapshot` of the caller's registry and
applies it in the worker, so a platform added with
:func:`~socialkit.register_platform` is known there too; custom rule sets
travel as arguments (their checks must be importable functions).
"""

from socialkit._core.table import missing_package

try:
    from socialkit.dask._frame import assess_frame, measure_frame, plan_bag
except ImportError as error:  # dask or distributed missing: say what to install
    package = (error.name or "").partition(".")[0]
    if package not in {"dask", "distributed", "pandas"}:
        raise
    raise ModuleNotFoundError(
        missing_package("socialkit.dask", package, "'dask[dataframe]' distributed"),
        name=package,
    ) from error

__all__ = ["assess_frame", "measure_frame", "plan_bag"]
