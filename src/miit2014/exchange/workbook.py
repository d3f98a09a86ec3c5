"""The tables as one Excel workbook: a first sheet that says what every column means and
cites the source, then a sheet per table.

A spreadsheet user should not have to open nineteen CSV files or guess at a column, and
should never have a cell from the data run as a formula. So every text cell is stored as
text, whatever it starts with (``=``, ``+``, ``-``, ``@`` or their full-width forms
included); numbers are numbers (an exact number is text, with its ``*_float`` column
beside it as a number); dates are dates. The header row is styled and frozen, and each
column is as wide as its content, within bounds.

Needs openpyxl (``pip install 'miit2014[xlsx]'``). The file is written atomically
(:mod:`~miit2014.exchange.files`).
"""

from __future__ import annotations

import datetime
import io
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import files
from .tabular import Cell, Laid, laid_out

if TYPE_CHECKING:
    import os
    from pathlib import Path

    from ..model.edition import Edition
    from ..model.report import Report

#: The first sheet's name.
ABOUT = "About"
#: Integers past this are stored as text: Excel keeps 15 significant digits.
_LARGEST_EXACT_INTEGER = 10**15 - 1
_MIN_WIDTH, _MAX_WIDTH = 6, 60
_HEADER_FILL = "DDE4EE"
#: Columns of the first sheet's meanings, and of its merged text cells (B to D), and the
#: height of a line of text (points).
_MEANING_WIDTH = 90
_ABOUT_LINE = 32 + 10 + _MEANING_WIDTH
_LINE_HEIGHT = 15


def to_excel(
    path: str | os.PathLike[str] = "miit2014.xlsx", *, report: Report | Edition | None = None
) -> Path:
    """Write the tables of ``report`` (default: the shipped edition with its outcomes) to
    one ``.xlsx`` workbook at ``path``; return the path."""
    from pathlib import Path

    return files.write_bytes(Path(path), workbook_bytes(report))


def workbook_bytes(report: Report | Edition | None = None) -> bytes:
    """The workbook's bytes."""
    from .frames import _require

    openpyxl = _require("openpyxl", extra="xlsx")
    from openpyxl.styles import Alignment, Font, PatternFill

    from ..edition import edition_of

    edition = edition_of(report)
    laid = laid_out(edition)
    book = openpyxl.Workbook()
    header = {
        "font": Font(bold=True),
        "fill": PatternFill("solid", fgColor=_HEADER_FILL),
        "alignment": Alignment(vertical="top", wrap_text=True),
    }
    _about(book.active, laid, edition.report, header)
    for tab in laid:
        sheet = book.create_sheet(tab.name)
        _table(sheet, tab, header)
    # a fixed date keeps the file's metadata from saying when it was written
    book.properties.creator = "miit2014"
    book.properties.created = book.properties.modified = datetime.datetime(2013, 12, 27)
    book.properties.title = _title(edition.report)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _title(report: Report) -> str:
    meeting = report.meeting
    return f"{meeting.name_en} ({meeting.name_zh}), {meeting.start_date.isoformat()}"


def _about(sheet: Any, laid: Sequence[Laid], report: Report, header: dict[str, Any]) -> None:
    """The first sheet: title, citation, licence, then every column with its meaning."""
    from openpyxl.styles import Alignment, Font

    from .._version import __version__
    from .citations import cite

    sheet.title = ABOUT
    lines: list[tuple[str, str]] = [
        ("", _title(report)),
        ("Source", cite(report, report=report)),
        (
            "Licence",
            "MIT, for the package's own work (the tables' structure, ids, classifications,"
            " English and notes). The Chinese quotes are reproduced unchanged from the"
            " ministry's public news release, for reference; the licence does not cover them.",
        ),
        (
            "Reading",
            "One sheet per table. Exact numbers are text ('9.8', '1/3'), as printed; the"
            " *_float column beside each is the same number as a number, for sums and"
            " charts. Lists are joined by ';'. Every record's quote is verbatim Chinese, and"
            " span_start/span_end give its place in the source (code points, end-exclusive).",
        ),
        ("Written by", f"miit2014 {__version__}"),
    ]
    for label, text in lines:
        sheet.append([_text(label), _text(text)])
    sheet["B1"].font = Font(bold=True, size=14)
    for row in sheet.iter_rows(min_row=1, max_row=len(lines)):
        row[0].font = Font(bold=True)
        row[0].alignment = Alignment(vertical="top")
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.append([])
    sheet.append(["Table", "Column", "Kind", "Meaning"])
    first = sheet.max_row
    for cell in sheet[first]:
        for name, style in header.items():
            setattr(cell, name, style)
    for tab in laid:
        sheet.append(
            [_text(tab.name), "", "table", _text(f"{tab.description} ({_rows(len(tab.rows))})")]
        )
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        for column in tab.columns:
            sheet.append(
                [_text(tab.name), _text(column.name), _text(column.kind), _text(column.meaning)]
            )
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # a title from a loaded report is no formula either
            if cell.row > first:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet["D"][first:]:
        wrapped = _lines(_width(str(cell.value)), _MEANING_WIDTH)
        if wrapped > 1:  # not every spreadsheet sizes a wrapped row by itself
            sheet.row_dimensions[cell.row].height = _LINE_HEIGHT * wrapped
    for letter, width in (("A", 24), ("B", 32), ("C", 10), ("D", _MEANING_WIDTH)):
        sheet.column_dimensions[letter].width = width
    # the citation and notes run across the columns of the list below them
    for i in range(1, len(lines) + 1):
        sheet.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
        shown = _width(str(sheet.cell(row=i, column=2).value))
        sheet.row_dimensions[i].height = _LINE_HEIGHT * _lines(shown, _ABOUT_LINE)
    sheet.row_dimensions[1].height = 22  # the title's larger type
    sheet.freeze_panes = sheet.cell(row=first + 1, column=1)
    # printed (or saved as PDF), the sheet is one page wide
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0


def _table(sheet: Any, tab: Laid, header: dict[str, Any]) -> None:
    from openpyxl.utils import get_column_letter

    sheet.append([_text(c.name) for c in tab.columns])
    for cell in sheet[1]:
        for name, style in header.items():
            setattr(cell, name, style)
    widths = [_width(c.name) for c in tab.columns]
    for number, row in enumerate(tab.rows, start=2):
        for i, (column, value) in enumerate(zip(tab.columns, row, strict=True), start=1):
            cell = sheet.cell(row=number, column=i)
            _put(cell, value, where=f"{tab.name} row {number} column {column.name}")
            if value is not None:
                widths[i - 1] = max(widths[i - 1], _width(_shown(value)))
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(
            max(width + 2, _MIN_WIDTH), _MAX_WIDTH
        )
    sheet.freeze_panes = "A2"
    if tab.rows:
        sheet.auto_filter.ref = sheet.dimensions


def _put(cell: Any, value: Cell, *, where: str) -> None:
    """Store one value in its own type; text always as text, never as a formula. None and
    an empty list leave the cell empty."""
    if value is None or value == "":
        return
    if isinstance(value, bool):
        cell.value = value
    elif isinstance(value, int):
        if abs(value) > _LARGEST_EXACT_INTEGER:
            cell.value = _text(str(value), where=where)
            cell.data_type = "s"
        else:
            cell.value = value
    elif isinstance(value, float):
        cell.value = value
    elif isinstance(value, datetime.date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
    else:
        cell.value = _text(value, where=where)
        cell.data_type = "s"  # openpyxl would take a leading "=" for a formula


def _text(text: str, *, where: str = "") -> str:
    """Text a sheet can hold: control characters other than tab and line breaks are
    refused (the XML of the file cannot carry them), with where they are."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    found = ILLEGAL_CHARACTERS_RE.search(text)
    if found:
        code = f"U+{ord(found.group()):04X}"
        raise ValueError(f"{where or 'a cell'}: character {code} cannot be stored in a workbook")
    return text


def _lines(width: int, line: int) -> int:
    """Lines a text this wide takes when wrapped at ``line`` columns (words break early)."""
    return max(1, -(-width // line))


def _rows(count: int) -> str:
    return "1 row" if count == 1 else f"{count} rows"


def _shown(value: Cell) -> str:
    if isinstance(value, datetime.date):
        return "yyyy-mm-dd"
    return str(value)


def _width(text: str) -> int:
    """Columns of the longest line of ``text``: a wide (Chinese) character counts two."""
    return max(
        (
            sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
            for line in text.split("\n")
        ),
        default=0,
    )


__all__ = ["ABOUT", "to_excel", "workbook_bytes"]
