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
    Channel,
    Evergreen,
    FixedEvent,
    Interaction,
    PlanSpec,
    Sequencer,
    SupportsPlanSpec,
    plan,
)
from socialkit.calendar._views import month_view

__all__ = [
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
    "month_view",
    "plan",
    "plan_many",
]
