"""Assembles the section modules into the one :data:`REPORT`."""

from __future__ import annotations

from .figures import FIGURES
from .initiatives import INITIATIVES
from .meeting import MEETING
from .model.report import Report
from .organizations import ORGANIZATIONS
from .people import PEOPLE, POSTS
from .tasks import TASKS

#: The whole report. Built (and so fully validated) once, at import.
REPORT = Report(
    meeting=MEETING,
    figures=FIGURES,
    tasks=TASKS,
    people=PEOPLE,
    posts=POSTS,
    organizations=ORGANIZATIONS,
    initiatives=INITIATIVES,
)
