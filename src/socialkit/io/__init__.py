"""Files and formats at the edge: strategy TOML, calendar JSON, CSV, iCalendar and pandas.

Optional dependencies (``icalendar``, ``pandas``) are imported inside the one function that needs each.
"""

from socialkit.io._strategy import load_strategy, loads_strategy

__all__ = [
    "load_strategy",
    "loads_strategy",
]
