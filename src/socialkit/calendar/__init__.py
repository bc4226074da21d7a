"""Content calendars: planning from a :class:`PlanSpec` and querying the :class:`ContentCalendar` it makes."""

from socialkit.calendar._assess import CalendarAssessment, ItemAssessment
from socialkit.calendar._batch import PlanOutcome, plan_many
from socialkit.calendar._kinds import ItemKind
from socialkit.calendar._model import (
    CalendarItem,
    Conflict,
    ConflictKind,
    ContentCalendar,
    PlanIssue,
    TaggedCalendar,
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
from socialkit.calendar._status import ItemStatus
from socialkit.calendar._views import month_view

__all__ = [
    "CALENDAR_RULES",
    "INTERACTION_AT",
    "NO_BENCHMARK_HOUR",
    "CalendarAssessment",
    "CalendarItem",
    "Channel",
    "Conflict",
    "ConflictKind",
    "ContentCalendar",
    "Evergreen",
    "FixedEvent",
    "Interaction",
    "ItemAssessment",
    "ItemKind",
    "ItemStatus",
    "PlanIssue",
    "PlanOutcome",
    "PlanSpec",
    "Sequencer",
    "SupportsPlanSpec",
    "TaggedCalendar",
    "check_calendar",
    "month_view",
    "plan",
    "plan_many",
]
