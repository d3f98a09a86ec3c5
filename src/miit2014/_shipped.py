"""The shipped report, built whole when this module is first imported.

Importing is the lock: the import system runs a module once, and a thread that imports
it while another is running it waits for the finished module, so every thread sees the
one finished report. :mod:`miit2014.edition` imports this on first access to ``REPORT``.
"""

from __future__ import annotations

from . import figures, initiatives, meeting, organizations, people, tasks
from .model.report import Report, fresh_records

with fresh_records():  # the records were built (and validated) a moment ago
    REPORT = Report(
        meeting=meeting.MEETING_2013_12_27,
        figures=figures.FIGURES,
        tasks=tasks.TASKS,
        people=people.PEOPLE,
        posts=people.POSTS,
        organizations=organizations.ORGANIZATIONS,
        initiatives=initiatives.INITIATIVES,
    )
