"""What the sources say of a forward-looking figure, as values: a :class:`Verdict` for the
figure and a :class:`Bearing` for each outcome. They are judged in
:mod:`miit2014.analysis.scorecard` and worded in :mod:`miit2014.model.wording`; they live
here so that every layer can hold them.
"""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    """What the sources say happened to a forward-looking figure (each worded in
    :data:`~miit2014.model.wording.VERDICT_MEANING`)."""

    MET = "met"
    MET_AT_LEAST = "met_at_least"
    NOT_MET = "not_met"
    WITHIN_RANGE = "within_range"
    REVISED_UP = "revised_up"
    REVISED_DOWN = "revised_down"
    CONFLICTING = "conflicting"
    UNDECIDED = "undecided"
    NO_SOURCE = "no_source"


class Bearing(StrEnum):
    """How one outcome bears on its figure (each worded in
    :data:`~miit2014.model.wording.BEARING_MEANING`)."""

    DECIDES = "decides"
    LOWER_BOUND = "lower_bound"
    PART_SHORT = "part_short"
    UPPER_BOUND = "upper_bound"
    WHOLE_MEETS = "whole_meets"
    INTERIM = "interim"
    LATE = "late"
    UNDATED = "undated"
    OTHER_SCOPE = "other_scope"
    STRADDLES = "straddles"
    NOT_COMPARABLE = "not_comparable"
