"""Every numeral of the source is a figure or a reviewed non-figure, never both, never neither."""

from __future__ import annotations

import itertools
from typing import TypeVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from miit2014 import REPORT, SOURCE_TEXT, DataError, Figure
from miit2014.analysis.audit import audit, find_numerals, numeral_span, scan
from miit2014.figures import INFORMATION_CONSUMPTION_GROWTH_2013
from miit2014.model.nonfigure import Kind, NonFigure
from miit2014.numerals import NON_FIGURES

T = TypeVar("T")

#: Characters that make a numeral, as the issue defines them (Arabic digits besides).
NUMERAL_CHARACTERS = frozenset("〇零一二三四五六七八九十百千万亿两半")


def _without(items: tuple[T, ...], dropped: T) -> tuple[T, ...]:
    return tuple(item for item in items if item is not dropped)


def _is_numeral_character(ch: str) -> bool:
    return ch.isdecimal() or ch in NUMERAL_CHARACTERS


# -- the claim itself -------------------------------------------------------------------


def test_every_numeral_is_a_figure_or_a_listed_non_figure() -> None:
    assert audit() == ()


def test_every_numeral_character_of_the_source_is_scanned() -> None:
    """Checked character by character, independently of the scanner's regular expression."""
    inside = {i for span in scan() for i in range(span.start, span.end)}
    missed = [
        (i, ch) for i, ch in enumerate(SOURCE_TEXT) if _is_numeral_character(ch) and i not in inside
    ]
    assert missed == []


# -- the proof fails when figures and table disagree ------------------------------------


@pytest.mark.parametrize("figure", REPORT.figures, ids=lambda f: f.id)
def test_removing_a_figure_leaves_its_numeral_uncovered(figure: Figure) -> None:
    where = numeral_span(figure)
    problems = audit(_without(REPORT.figures, figure))
    assert len(problems) == 1
    assert "is neither a figure's numeral nor in the table" in problems[0]
    assert f"at [{where.start}, " in problems[0]


@pytest.mark.parametrize("figure", REPORT.figures, ids=lambda f: f.id)
def test_listing_a_figure_as_a_non_figure_is_refused(figure: Figure) -> None:
    entry = NonFigure(text=figure.quote, kind=Kind.WORD, reason="a mistaken entry")
    problems = audit(table=(*NON_FIGURES, entry))
    assert any("overlaps the numeral of " + figure.id in p for p in problems)


@pytest.mark.parametrize("entry", NON_FIGURES, ids=lambda e: e.text)
def test_every_table_entry_is_needed(entry: NonFigure) -> None:
    problems = audit(table=_without(NON_FIGURES, entry))
    assert problems
    assert all("is neither a figure's numeral nor in the table" in p for p in problems)


@pytest.mark.parametrize(
    "text",
    [
        "九十九条",  # occurs nowhere
        "工作会议",  # occurs, but holds no numeral
    ],
)
def test_a_stale_table_entry_is_reported(text: str) -> None:
    entry = NonFigure(text=text, kind=Kind.NAME, reason="stale")
    assert audit(table=(*NON_FIGURES, entry)) == (
        f"table entry {text!r} covers no numeral of the source (stale)",
    )


def test_a_table_entry_listed_twice_is_reported() -> None:
    problems = audit(table=(*NON_FIGURES, NON_FIGURES[0]))
    assert problems == (f"table entry {NON_FIGURES[0].text!r} is listed twice",)


def test_table_is_in_order_of_first_occurrence() -> None:
    firsts = [entry.spans[0].start for entry in NON_FIGURES]
    assert firsts == sorted(firsts)


def test_table_entries_are_validated() -> None:
    with pytest.raises(DataError, match="reason"):
        NonFigure(text="十八大", kind=Kind.NAME, reason="")
    with pytest.raises(DataError, match="kind"):
        NonFigure(text="十八大", kind="nickname", reason="x")  # type: ignore[arg-type]


# -- where a figure's numeral is --------------------------------------------------------


@pytest.mark.parametrize("figure", REPORT.figures, ids=lambda f: f.id)
def test_each_figure_numeral_is_where_the_scanner_finds_a_numeral(figure: Figure) -> None:
    where = numeral_span(figure)
    assert where in figure.span
    assert where.text == figure.numeral
    starting_there = [span for span in scan() if span.start == where.start]
    assert len(starting_there) == 1
    assert starting_there[0] in where


def test_numeral_span_takes_the_second_of_two_lookalikes() -> None:
    """8% is printed twice in 4.8%和8%; only the second is a numeral of its own."""
    water = REPORT.get("figure.industrial-water-intensity-reduction-2013")
    assert isinstance(water, Figure)
    where = numeral_span(water)
    assert SOURCE_TEXT[where.start - 1] == "和"


def test_numeral_span_refuses_an_ambiguous_numeral() -> None:
    # "2" starts both 2万亿元 and 25% in this quote
    ambiguous = attrs.evolve(INFORMATION_CONSUMPTION_GROWTH_2013, numeral="2")
    with pytest.raises(DataError, match="2 times"):
        numeral_span(ambiguous)
    assert any("2 times" in p for p in audit((ambiguous,)))


# -- the scanner ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("增长9.8%左右", ["9.8%"]),
        ("超过2万亿元", ["2万亿"]),
        ("为600多万户", ["600多万"]),
        ("会期1天半。", ["1天半"]),
        ("要减少三分之一以上", ["三分之一"]),
        ("“两个36条”", ["两", "36"]),
        ("“6+1”专项行动", ["6", "1"]),
        ("开展第二批", ["二"]),
        ("所得税减半征收", ["半"]),
        ("党的十八大和十八届二中、三中全会", ["十八", "十八", "二", "三"]),
        ("进一步；统一；一批", ["一", "一", "一"]),
        ("若干意见，多管齐下，双向转化，用户数", []),
    ],
)
def test_scanner_finds_whole_numeral_expressions(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in find_numerals(text)] == found


@given(st.text(alphabet="0123456789.%多天半分之一二三两十百千万亿会议，a", max_size=40))
def test_scanner_covers_each_numeral_character_exactly_once(text: str) -> None:
    spans = find_numerals(text)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start  # ordered, never overlapping
    for start, end in spans:
        assert start < end
        assert _is_numeral_character(text[start])  # a numeral starts with a number
    inside = {i for start, end in spans for i in range(start, end)}
    assert all(i in inside for i, ch in enumerate(text) if _is_numeral_character(ch))
