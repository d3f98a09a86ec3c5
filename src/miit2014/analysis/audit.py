"""The completeness proof: every numeral of the source is a figure or a listed non-figure.

A number in the report is either a :class:`~miit2014.Figure` (its ``numeral`` marks where it
is printed) or listed in :data:`miit2014.numerals.NON_FIGURES` with the reason it is not
one: a date, a name, an item marker, a word that merely contains a numeral character.
:func:`audit` checks that
the two together account for every numeral :func:`scan` finds, that they never claim the same
characters, and that no table entry is stale. The test suite asserts ``audit() == ()``.

What counts as a numeral (:data:`NUMERAL`):

- a run of Arabic digits, with a decimal part, a 多 ("more than") and the multipliers
  十百千万亿 that follow it, and a percent sign: ``9.8%``, ``2万亿``, ``600多万``;
- a number of days and a half: ``1天半``;
- a fraction written with 分之: ``三分之一``;
- any other run of the Chinese numeral characters 〇零一二三四五六七八九十百千万亿两半,
  wherever it stands, including inside words (进一步, 统一, 十八大, 第二批, 减半).

Words of quantity that are not numerals are not scanned, because they state no number:
若干 ("several"), 多 on its own (更多, 多管齐下), 双 (双向 "two-way"), 单 (单位 "unit"), 数
(用户数 "number of users"). A numeral character inside a word is scanned and then listed
here, so that the decision that it is not a number is written down and reviewed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..errors import DataError
from ..model.base import Span
from ..model.figure import Figure
from ..model.nonfigure import NonFigure
from ..numerals import NON_FIGURES
from ..source import SOURCE_TEXT, find_all

_DIGITS = "〇零一二三四五六七八九十百千万亿两"

#: One numeral occurrence. Alternatives are tried in order, so 1天半 and 三分之一 are found
#: whole before their parts could be.
NUMERAL = re.compile(
    r"\d+天半"
    r"|\d+(?:\.\d+)?多?[十百千万亿]*%?"
    rf"|[{_DIGITS}]+分之[{_DIGITS}]+"
    rf"|[{_DIGITS}半]+"
)


def find_numerals(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of every numeral in ``text``, in order, never overlapping."""
    return tuple(m.span() for m in NUMERAL.finditer(text))


@functools.cache
def scan() -> tuple[Span, ...]:
    """Every numeral of :data:`~miit2014.SOURCE_TEXT`, in document order."""
    return tuple(Span(start, end) for start, end in find_numerals(SOURCE_TEXT))


def numeral_span(figure: Figure) -> Span:
    """Where the figure's ``numeral`` is printed: its one place in the quote at which a
    scanned numeral starts (so the 8% of 4.8%和8% is the second, not the tail of 4.8%)."""
    starts = {span.start for span in scan()}
    found = [
        Span(start, end)
        for start, end in find_all(figure.numeral)
        if Span(start, end) in figure.span and start in starts
    ]
    if len(found) != 1:
        raise DataError(
            f"numeral {figure.numeral!r} starts a scanned numeral {len(found)} times in the"
            f" quote {figure.quote!r}; expected once",
            path="$.numeral",
        )
    return found[0]


def audit(
    figures: Iterable[Figure] | None = None,
    table: Iterable[NonFigure] = NON_FIGURES,
) -> tuple[str, ...]:
    """Everything that keeps figures and table from accounting for each numeral exactly once.

    ``figures`` defaults to ``REPORT.figures``. The result is empty when every scanned numeral
    lies inside a figure's numeral or inside an occurrence of a table entry, when no table
    entry touches a figure's numeral, and when every entry covers at least one numeral.
    """
    if figures is None:
        from ..edition import REPORT

        figures = REPORT.figures
    problems: list[str] = []
    claimed: list[tuple[Span, str]] = []
    for figure in figures:
        try:
            claimed.append((numeral_span(figure), figure.id))
        except DataError as exc:
            problems.append(f"{figure.id}: {exc.message}")
    numerals = scan()
    covering: list[Span] = [span for span, _ in claimed]
    seen: set[str] = set()
    for entry in table:
        if entry.text in seen:
            problems.append(f"table entry {entry.text!r} is listed twice")
        seen.add(entry.text)
        if not any(n in s for s in entry.spans for n in numerals):
            problems.append(f"table entry {entry.text!r} covers no numeral of the source (stale)")
        for span in entry.spans:
            covering.append(span)
            problems.extend(
                f"table entry {entry.text!r} at [{span.start}, {span.end}) overlaps the"
                f" numeral of {figure_id}"
                for numeral, figure_id in claimed
                if span.overlaps(numeral)
            )
    problems.extend(
        f"numeral {n.text!r} at [{n.start}, {n.end}) is neither a figure's numeral nor in"
        f" the table: …{SOURCE_TEXT[max(0, n.start - 8) : n.end + 8]}…"
        for n in numerals
        if not any(n in span for span in covering)
    )
    return tuple(problems)
