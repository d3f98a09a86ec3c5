"""What happened next: the scorecard as a table, and its account of one figure.

Every word on the screen comes from :mod:`miit2014.model.wording`: verdicts, grades and
qualifiers in plain English or Chinese, values that disagree as a short list with their
publishers. The table fits the screen by wrapping its cells, each figure's label on a line
of its own above its values; on a screen too narrow for the columns, each figure becomes
a small block of labelled lines. Nothing is cut.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ...model.edition import Edition
from ...model.frozen import FrozenMap
from ...model.report import Report
from ...model.wording import (
    cell_margin,
    cell_value,
    grade_words,
    publisher_short,
    short_label,
    value_list,
    verdict_words,
)
from ..text import Cell, display_width, grid
from .screen import Screen

if TYPE_CHECKING:
    from ...analysis.scorecard import ScorecardRow

#: The screen's own words, by language: title, section and column heads, the note below.
WORDS: Mapping[str, Mapping[str, str]] = FrozenMap(
    {
        "en": FrozenMap(
            {
                "title": "What happened next: the report's forward-looking figures against"
                " later sources",
                "estimates": "2013 estimates",
                "targets": "2014 targets",
                "estimated": "estimated",
                "final": "final",
                "revision": "revision",
                "promised": "promised",
                "outcome": "outcome",
                "margin": "margin",
                "verdict": "verdict",
                "source": "best source",
                "none": "–",
                "note": "Margin and revision: the outcome minus the figure (pp: percentage"
                " points). Best source: the best grade among the sources the verdict rests"
                " on. Values that disagree are listed with who published them."
                " miit2014 show FIGURE-ID gives a row in full, with every source quoted.",
            }
        ),
        "zh": FrozenMap(
            {
                "title": "后来的情况：报告中面向未来的数字与后来的来源对照",
                "estimates": "2013年预计数",
                "targets": "2014年目标",
                "estimated": "预计",
                "final": "最终",
                "revision": "修正",
                "promised": "目标",
                "outcome": "结果",
                "margin": "差额",
                "verdict": "判断",
                "source": "最佳来源",
                "none": "–",
                "note": "差额与修正：结果减去报告中的数字。最佳来源：判断所依据的来源中等级最高者。"
                "数值不一致时列出各自的发布者。miit2014 show 指标ID 可查看一行的全部内容，"
                "并引用每个来源。",
            }
        ),
    }
)

#: The heading of each section (is it the targets?) and the heads of its columns.
_SECTION: Mapping[bool, str] = FrozenMap({False: "estimates", True: "targets"})
_HEADS: Mapping[bool, tuple[str, ...]] = FrozenMap(
    {
        False: ("estimated", "final", "verdict", "revision", "source"),
        True: ("promised", "outcome", "verdict", "margin", "source"),
    }
)
#: The outcome and margin columns: their items line up, a value beside its own margin.
_ALIGNED = frozenset({1, 3})
#: The fewest columns each column of the table is worth (or its widest item, if less):
#: a screen too narrow for them gets blocks instead, which never split a short value.
_FLOORS = (12, 14, 12, 10, 14)
#: Where a figure's label goes on when it wraps: deeper than its values, which start two
#: columns in, so that it does not read as one of them.
_LABEL_HANG = "    "
#: In the block layout, the fewest columns a value gets beside its name.
_VALUE_ROOM = 16


def row_cells(row: ScorecardRow, lang: str = "en") -> list[Cell]:
    """The cells of one row: label, promised, outcome(s), verdict, margin(s), grade."""
    none = WORDS[lang]["none"]
    f = row.figure
    chosen = row.lead or row.judgements
    margins: dict[str, str] = {}
    pairs = []
    for j in chosen:
        o = j.outcome
        value = cell_value(o.value, o.unit, o.qualifier, lang)
        pairs.append((value, publisher_short(o.sources[0]) if o.sources else ""))
        if j.margin is not None and j in row.lead:
            margins.setdefault(value, cell_margin(j.margin, f.unit, lang))
    values = value_list(pairs, lang)
    distinct = list(dict.fromkeys(v for v, _ in pairs))
    margin_items = tuple(margins.get(v, none) for v in distinct) if margins else (none,)
    return [
        (short_label(f, lang),),
        (cell_value(f.value, f.unit, f.qualifier, lang),),
        values or (none,),
        (verdict_words(row.verdict, lang),),
        margin_items,
        (grade_words(row.best_reliability, lang),),
    ]


def scorecard_text(
    screen: Screen, report: Report | Edition | None = None, *, lang: str = "en"
) -> str:
    """One entry per forward-looking figure: figure, promised or estimated, outcome,
    verdict, margin (or revision), and the best grade among the sources it rests on."""
    from ...analysis.scorecard import scorecard

    words = WORDS[lang]
    rows = scorecard(report)
    sections = [
        (is_target, [(row, row_cells(row, lang)) for row in rows if row.is_target == is_target])
        for is_target in (False, True)
    ]
    shown = [
        (t, [[tuple(map(screen.shown, cell)) for cell in cells] for _, cells in entries])
        for t, entries in sections
    ]
    heads: dict[bool, list[Cell]] = {
        t: [(screen.shown(words[name]),) for name in (_SECTION[t], *_HEADS[t])]
        for t in (False, True)
    }
    lines = screen.fill(screen.bold(words["title"]))
    table = _table(screen, shown, heads)
    if table:
        lines += table
    else:
        for is_target, entries in sections:
            lines += ["", *screen.fill(screen.bold(words[_SECTION[is_target]]))]
            for _, cells in entries:
                lines += _block(screen, cells, [words[h] for h in _HEADS[is_target]])
    lines += ["", *screen.fill(screen.dim(words["note"]))]
    return "\n".join(lines)


_Sections = list[tuple[bool, list[list[Cell]]]]


def _table(screen: Screen, sections: _Sections, heads: dict[bool, list[Cell]]) -> list[str]:
    """The table: each figure's label on lines of its own, its values in columns below
    it, which so get the whole width; [] if they cannot fit."""
    indent = "  "
    body = [cells[1:] for _, rows in sections for cells in rows]
    heads_laid = [cells[1:] for cells in heads.values()]
    room = screen.width - len(indent)
    laid = grid([*heads_laid, *body], room, aligned=_ALIGNED, floors=_FLOORS)
    if laid is None:
        return []
    head_lines, rows = dict(zip(heads, laid[:2], strict=True)), iter(laid[2:])
    lines: list[str] = []
    for is_target, entries in sections:
        lines += ["", *screen.fill(screen.bold(heads[is_target][0][0]))]
        lines += [screen.bold(indent + line) for line in head_lines[is_target]]
        for cells in entries:
            lines += screen.fill(cells[0][0], hang=_LABEL_HANG)
            lines += [indent + line for line in next(rows)]
    return lines


def _block(screen: Screen, cells: list[Cell], names: list[str]) -> list[str]:
    """One row as a label, then a line for each of its values under their names."""
    lines = screen.fill(cells[0][0], hang=_LABEL_HANG)
    column = max(map(display_width, names)) + 2
    stacked = screen.width - column - 2 < _VALUE_ROOM
    for name, cell in zip(names, cells[1:], strict=True):
        pad = " " * (column - display_width(name))
        for n, item in enumerate(cell):
            if stacked:
                lines += screen.fill(name, "  ") if n == 0 else []
                lines += screen.fill(item, "    ", "    ")
            else:
                first = f"  {name}{pad}" if n == 0 else " " * (column + 2)
                lines += screen.fill(item, first, " " * (column + 2))
    return lines


def what_happened(report: Report | Edition, record_id: str, screen: Screen) -> str | None:
    """The scorecard's account of a forward-looking figure, outcome or unsourced record,
    or None if the id is none of those."""
    from ...analysis.scorecard import scorecard

    for row in scorecard(report):
        if record_id == row.figure_id or (row.unsourced and record_id == row.unsourced.id):
            explanation = row.explanation()
        elif any(o.id == record_id for o in row.outcomes):
            explanation = row.judgement_of(record_id).explanation()
        else:
            continue
        return "\n\n".join(
            "\n".join(out for line in block for out in screen.fill(str(line), hang="    "))
            for block in explanation.blocks
        )
    return None
