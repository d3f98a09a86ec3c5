"""Assembles the section modules into the one :data:`REPORT` of this edition."""

from __future__ import annotations

from .figures import FIGURES
from .initiatives import INITIATIVES
from .meeting import MEETING_2013_12_27
from .model.report import Report
from .organizations import ORGANIZATIONS
from .people import PEOPLE, POSTS
from .tasks import TASKS

#: The whole report. Built (and so fully validated) once, when first asked for.
REPORT = Report(
    meeting=MEETING_2013_12_27,
    figures=FIGURES,
    tasks=TASKS,
    people=PEOPLE,
    posts=POSTS,
    organizations=ORGANIZATIONS,
    initiatives=INITIATIVES,
)


def or_default(report: Report | None) -> Report:
    """``report``, or this edition's :data:`REPORT` when None.

    Every operation of the package takes a ``report=`` argument with this default, so a
    report loaded with :func:`miit2014.from_json` can be searched, exported and drawn
    like the shipped one.
    """
    return REPORT if report is None else report
