"""The shipped edition: the one :data:`REPORT`, built whole the first time it is named.

Citing one figure (``from miit2014.figures import LTE_USERS_TARGET_2014``) never comes
here; naming :data:`REPORT` builds every section and checks the report once (in
:mod:`miit2014._shipped`, whose import threads that ask at the same moment wait for).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model.report import Report

if TYPE_CHECKING:  # the outcome classes load only for what needs them (edition_of)
    from .model.edition import Edition

#: The whole report of this edition (assigned on first access: see :func:`_shipped`).
REPORT: Report


def _shipped() -> Report:
    """:data:`REPORT`, built on the first call, once for all threads."""
    from ._shipped import REPORT as report

    globals()["REPORT"] = report  # later look-ups skip __getattr__
    return report


def __getattr__(name: str) -> Any:
    if name == "REPORT":
        return _shipped()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def or_default(report: Report | None) -> Report:
    """``report``, or this edition's :data:`REPORT` when None.

    Every operation of the package takes a ``report=`` argument with this default, so a
    report loaded with :func:`miit2014.from_json` can be searched, exported and drawn
    like the shipped one.
    """
    return _shipped() if report is None else report


def edition_of(given: Report | Edition | None) -> Edition:
    """The edition an operation works on.

    None is the shipped edition (:data:`REPORT` with the shipped outcomes); an
    :class:`Edition` is itself; any other report is an edition with no outcomes, since
    the shipped outcomes answer the shipped report and no other.
    """
    from .model.edition import Edition

    if isinstance(given, Edition):
        return given
    if given is None or given is globals().get("REPORT"):
        from .outcomes import OUTCOMES, UNSOURCED

        return Edition(report=_shipped(), outcomes=OUTCOMES, unsourced=UNSOURCED)
    return Edition(report=given)
