"""Every numeral of the source, and the one reviewed table of those that are not figures.

A number in the report is either a :class:`~miit2014.Figure` (its ``numeral`` marks where it
is printed) or listed in :data:`NON_FIGURES` with the reason it is not one: a date, a name,
an item marker, a word that merely contains a numeral character. :func:`audit` checks that
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
from enum import StrEnum

import attrs

from .errors import DataError
from .model import checks
from .model.base import Span
from .model.figure import Figure
from .source import SOURCE_TEXT, find_all

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


def _entry(text: str, kind: Kind, reason: str) -> NonFigure:
    return NonFigure(text=text, kind=kind, reason=reason)


#: The reviewed table of numerals that are not figures, in order of first occurrence.
NON_FIGURES: tuple[NonFigure, ...] = (
    _entry("2013年12月27日", Kind.DATE, "the date of the conference"),
    _entry("2013年", Kind.DATE, "the year under review: the period of the 2013 figures"),
    _entry(
        "十八大", Kind.NAME, "the 18th National Congress of the Communist Party of China (2012)"
    ),
    _entry(
        "十八届二中、三中全会",
        Kind.NAME,
        "the second and third plenary sessions of the 18th Central Committee",
    ),
    _entry("2014年", Kind.DATE, "the plan year: the period or deadline of the 2014 figures"),
    _entry("27日上午", Kind.DATE, "the morning of 27 December, when the report was delivered"),
    _entry("新一届", Kind.WORD, "新一届政府 'the new government', a new term of office"),
    _entry("6+1", Kind.NAME, "the '6+1' special actions of the transformation and upgrading plan"),
    _entry("一是", Kind.ORDINAL, "item marker 'first' of a numbered list"),
    _entry("4G", Kind.NAME, "fourth-generation mobile communications, a technology"),
    _entry("二是", Kind.ORDINAL, "item marker 'second' of a numbered list"),
    _entry(
        "大气十条", Kind.NAME, "the 'Ten Measures on Air', the State Council's 2013 action plan"
    ),
    _entry("三是", Kind.ORDINAL, "item marker 'third' of a numbered list"),
    _entry("一批", Kind.WORD, "'a batch of', an indefinite quantity: no number is stated"),
    _entry("嫦娥三号", Kind.NAME, "Chang'e-3, the lunar exploration mission"),
    _entry("四是", Kind.ORDINAL, "item marker 'fourth' of a numbered list"),
    _entry(
        "两化",
        Kind.NAME,
        "short for 信息化和工业化, informatization and industrialization, in 两化融合",
    ),
    _entry(
        "11月底",
        Kind.DATE,
        "end of November 2013: the as-of date of figure.broadband-4m-or-faster-share-2013",
    ),
    _entry(
        "4M",
        Kind.DEFINITION,
        "the access rate of 4 Mbit/s that defines the share in"
        " figure.broadband-4m-or-faster-share-2013",
    ),
    _entry("进一步", Kind.WORD, "'further', an adverb"),
    _entry("十八届三中全会", Kind.NAME, "the third plenary session of the 18th Central Committee"),
    _entry(
        "两个36条",
        Kind.NAME,
        "the two '36 articles' State Council documents on the non-public economy (2005, 2010)",
    ),
    _entry(
        "三网融合",
        Kind.NAME,
        "three-network convergence (telecom, internet, broadcast TV), a policy",
    ),
    _entry(
        "第二批",
        Kind.ORDINAL,
        "the second batch of information consumption pilots: a rank, no count",
    ),
    _entry("统一", Kind.WORD, "'unified', an adjective"),
    _entry(
        "国发14号文件",
        Kind.NAME,
        "State Council document Guo Fa [2012] No. 14, on small and micro enterprises",
    ),
    _entry(
        "减半",
        Kind.DEFINITION,
        "names the existing rule that levies income tax on small and micro enterprises at half"
        " the rate; the report sets no number, only a wider coverage of the rule",
    ),
    _entry("五是", Kind.ORDINAL, "item marker 'fifth' of a numbered list"),
    _entry(
        "新一代",
        Kind.NAME,
        "part of the name of the major project 新一代宽带无线移动通信网"
        " (new-generation broadband wireless mobile communication networks)",
    ),
    _entry("六是", Kind.ORDINAL, "item marker 'sixth' of a numbered list"),
    _entry("27日下午", Kind.DATE, "the afternoon of 27 December, the group discussions"),
    _entry("28日上午", Kind.DATE, "the morning of 28 December: the period of the plenary speeches"),
    _entry("四川", Kind.NAME, "Sichuan, a province (四川省经信委)"),
    _entry(
        "八项规定",
        Kind.NAME,
        "the Central Committee's Eight-point Decision on work style (2012)",
    ),
    _entry("万寿路", Kind.NAME, "Wanshou Road, the street of one of the ministry's offices"),
)


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
        from .document import REPORT

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
