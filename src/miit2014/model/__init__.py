"""The typed, frozen record classes; the data itself lives in the section modules."""

from .base import Record, Span
from .citation import Citation, Reliability
from .collection import Records
from .entities import (
    Initiative,
    InitiativeKind,
    Meeting,
    MeetingRole,
    Organization,
    OrganizationType,
    Participation,
    PartOfDay,
    Person,
    Post,
    Session,
    SessionKind,
    SessionStatus,
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
    "PartOfDay",
    "Participation",
    "Period",
    "PeriodKind",
    "Person",
    "Post",
    "Qualifier",
    "Record",
    "Records",
    "Region",
    "Reliability",
    "Report",
    "Sector",
    "Session",
    "SessionKind",
    "SessionStatus",
    "Span",
    "Statement",
    "Status",
    "Task",
    "TaskKind",
    "Unit",
]
