"""The typed, frozen record classes; the data itself lives in the section modules."""

from .base import Record, Span
from .citation import Citation, Reliability
from .entities import (
    Initiative,
    InitiativeKind,
    Meeting,
    MeetingRole,
    Organization,
    OrganizationType,
    Participation,
    Person,
    Post,
    Session,
    Statement,
)
from .facets import Instrument, Region, Sector
from .figure import Commitment, Figure, Period, PeriodKind, Qualifier, Status, Unit
from .report import Report
from .task import Task, TaskKind

__all__ = [
    "Citation",
    "Commitment",
    "Figure",
    "Initiative",
    "InitiativeKind",
    "Instrument",
    "Meeting",
    "MeetingRole",
    "Organization",
    "OrganizationType",
    "Participation",
    "Period",
    "PeriodKind",
    "Person",
    "Post",
    "Qualifier",
    "Record",
    "Region",
    "Reliability",
    "Report",
    "Sector",
    "Session",
    "Span",
    "Statement",
    "Status",
    "Task",
    "TaskKind",
    "Unit",
]
