"""The typed, frozen record classes; the data itself lives in the section modules.

Names are loaded from their modules on first use, so that a section needs only the
classes it builds (a figure never pays for the meeting's classes).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .outcome import Coverage, Derivation, Operation, Outcome, Unsourced
    from .report import Report
    from .task import Task, TaskKind

#: Public class -> the module of this package that defines it.
_LAZY = {
    "Record": "base",
    "Span": "base",
    "Citation": "citation",
    "Reliability": "citation",
    "Records": "collection",
    "Initiative": "entities",
    "InitiativeKind": "entities",
    "Meeting": "entities",
    "MeetingRole": "entities",
    "Organization": "entities",
    "OrganizationType": "entities",
    "Participation": "entities",
    "PartOfDay": "entities",
    "Person": "entities",
    "Post": "entities",
    "Session": "entities",
    "SessionKind": "entities",
    "SessionStatus": "entities",
    "Statement": "entities",
    "Instrument": "facets",
    "Region": "facets",
    "Sector": "facets",
    "Commitment": "figure",
    "Figure": "figure",
    "Period": "figure",
    "PeriodKind": "figure",
    "Qualifier": "figure",
    "Status": "figure",
    "Unit": "figure",
    "Coverage": "outcome",
    "Derivation": "outcome",
    "Operation": "outcome",
    "Outcome": "outcome",
    "Unsourced": "outcome",
    "Report": "report",
    "Task": "task",
    "TaskKind": "task",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'miit2014.model' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "Citation",
    "Commitment",
    "Coverage",
    "Derivation",
    "Figure",
    "Initiative",
    "InitiativeKind",
    "Instrument",
    "Meeting",
    "MeetingRole",
    "Operation",
    "Organization",
    "OrganizationType",
    "Outcome",
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
    "Unsourced",
]
