"""Files and formats at the edge: strategy TOML, calendar JSON, CSV, iCalendar, pandas.

Values never import their formats; these functions import the values. Every
writer is deterministic (sorted keys, items in calendar order, no clock), so
the same value always gives the same bytes, and every reader gives back an
equal value. The one optional dependency, ``pandas`` for :func:`to_dataframe`,
is imported inside that function; :func:`to_ics` needs none.

>>> from datetime import date
>>> import socialkit
>>> from socialkit import io
>>> spec = socialkit.PlanSpec.simple(platforms=["linkedin"], tz="Europe/Paris")
>>> cal = socialkit.plan(spec, start=date(2026, 11, 23), end=date(2026, 11, 30))
>>> io.from_json(io.to_json(cal)) == cal
True
>>> strategy = socialkit.examples.strategy("b2b-services")
>>> io.loads_strategy(io.dumps_strategy(strategy)) == strategy
True
"""

from socialkit.io._calendar import (
    from_csv,
    from_ics,
    from_json,
    post_from_dict,
    post_to_dict,
    to_csv,
    to_dataframe,
    to_ics,
    to_json,
    to_records,
    write_calendar,
)
from socialkit.io._frequency import frequency_rule_from_dict, frequency_rule_to_dict
from socialkit.io._strategy import dumps_strategy, load_strategy, loads_strategy

__all__ = [
    "dumps_strategy",
    "frequency_rule_from_dict",
    "frequency_rule_to_dict",
    "from_csv",
    "from_ics",
    "from_json",
    "load_strategy",
    "loads_strategy",
    "post_from_dict",
    "post_to_dict",
    "to_csv",
    "to_dataframe",
    "to_ics",
    "to_json",
    "to_records",
    "write_calendar",
]
