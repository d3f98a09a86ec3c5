"""Stretches of the source whose numerals are not figures, with the reason for each."""

from __future__ import annotations

from enum import StrEnum

import attrs

from ..source import find_all
from . import checks
from .base import Span


class Kind(StrEnum):
    """Why a numeral is not a figure."""

    DATE = "date"  # a year, month or day: when, not how much
    NAME = "name"  # part of a proper name or a fixed term (十八大, 嫦娥三号, 4G)
    ORDINAL = "ordinal"  # an item marker or a rank (一是, 第二批)
    DEFINITION = "definition"  # defines a measure or a rule the text names; no quantity of its own
    WORD = "word"  # a word with a numeral character that is not a number (进一步, 一批)


@attrs.frozen(kw_only=True)
class NonFigure:
    """A stretch of the source whose numerals are not figures, and why.

    ``text`` covers every place it occurs in the source; each of those places must hold a
    numeral (else the entry is stale) and must not touch a figure's numeral.
    """

    text: str = attrs.field(validator=checks.text)
    kind: Kind = attrs.field(validator=checks.member(Kind))
    reason: str = attrs.field(validator=checks.text)

    @property
    def spans(self) -> tuple[Span, ...]:
        """Every place the entry's text occurs in the source."""
        return tuple(Span(start, end) for start, end in find_all(self.text))
