"""Files and formats at the edge: strategy TOML, calendar JSON, CSV, iCalendar and pandas.

Optional dependencies (``icalendar``, ``pandas``) are imported inside the one function that needs each.
"""

from socialkit.io._frequency import frequency_rule_from_dict, frequency_rule_to_dict
from socialkit.io._strategy import load_strategy, loads_strategy

__all__ = [
    "frequency_rule_from_dict",
    "frequency_rule_to_dict",
    "load_strategy",
    "loads_strategy",
]
