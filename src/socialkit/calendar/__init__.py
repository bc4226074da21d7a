"""Content calendars: planning from a :class:`PlanSpec` and querying the :class:`ContentCalendar` it makes."""

from socialkit.calendar._batch import PlanOutcome, plan_many
from socialkit.calendar._kinds import ItemKind
from socialkit.calendar._model import (
    CalendarItem,
    Conflict,
    ConflictKind,
    ContentCalendar,
    PlanIssue,
)
from socialkit.calendar._planning import (
    INTERACTION_AT,
    NO_BENCHMARK_HOUR,
    Channel,
    Evergreen,
    FixedEvent,
    Interaction,
    PlanSpec,
    Sequencer,
    SupportsPlanSpec,
    plan,
)
from socialkit.calendar._practices import CALENDAR_RULES, check_calendar

__all__ = [
    "CALENDAR_RULES",
    "INTERACTION_AT",
    "NO_BENCHMARK_HOUR",
    "CalendarItem",
    "Channel",
    "Conflict",
    "ConflictKind",
    "ContentCalendar",
    "Evergreen",
    "FixedEvent",
    "Interaction",
    "ItemKind",
    "PlanIssue",
    "PlanOutcome",
    "PlanSpec",
    "Sequencer",
    "SupportsPlanSpec",
    "check_calendar",
    "plan",
    "plan_many",
]
