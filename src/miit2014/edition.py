"""Assembles the section modules into the one :data:`REPORT` of this edition."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from .model.edition import Edition
from .model.report import Report


def _loader(module: str, name: str) -> Callable[[], object]:
    def load() -> object:
        return getattr(importlib.import_module(f"{__package__}.{module}"), name)

    return load


#: The whole report. Each section is built (its records checking their quotes) the first
#: time it is read; the checks across sections run before anything needs them all.
REPORT = Report.assembled(
    {
        "meeting": _loader("meeting", "MEETING_2013_12_27"),
        "figures": _loader("figures", "FIGURES"),
        "tasks": _loader("tasks", "TASKS"),
        "people": _loader("people", "PEOPLE"),
        "posts": _loader("people", "POSTS"),
        "organizations": _loader("organizations", "ORGANIZATIONS"),
        "initiatives": _loader("initiatives", "INITIATIVES"),
    }
)


def or_default(report: Report | None) -> Report:
    """``report``, or this edition's :data:`REPORT` when None.

    Every operation of the package takes a ``report=`` argument with this default, so a
    report loaded with :func:`miit2014.from_json` can be searched, exported and drawn
    like the shipped one.
    """
    return REPORT if report is None else report


def edition_of(given: Report | Edition | None) -> Edition:
    """The edition an operation works on.

    None is the shipped edition (:data:`REPORT` with the shipped outcomes); an
    :class:`Edition` is itself; any other report is an edition with no outcomes, since
    the shipped outcomes answer the shipped report and no other.
    """
    if isinstance(given, Edition):
        return given
    if given is None or given is REPORT:
        from .outcomes import OUTCOMES, UNSOURCED

        return Edition(report=REPORT, outcomes=OUTCOMES, unsourced=UNSOURCED)
    return Edition(report=given)
