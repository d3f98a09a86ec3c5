"""The Excel workbook: what openpyxl (and so Excel) reads back from it."""

from __future__ import annotations

import datetime
import json
import math
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest

import miit2014
from miit2014 import REPORT, from_json, to_json
from miit2014.exchange import formats, tables, workbook
from miit2014.exchange.citations import cite
from miit2014.exchange.tabular import laid_out

openpyxl = pytest.importorskip("openpyxl")

#: Every way a cell can start a formula in Excel, full-width forms included.
FORMULA_STARTS = ("=", "+", "-", "@", "＝", "＋", "－", "＠")


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = miit2014.to_excel(tmp_path_factory.mktemp("xlsx") / "miit2014.xlsx")
    return openpyxl.load_workbook(path)


def _hostile() -> miit2014.Report:
    data = json.loads(to_json(REPORT))
    for i, start in enumerate(FORMULA_STARTS):
        data["figures"][i]["note_en"] = f'{start}HYPERLINK("http://example.org", "click")'
    data["meeting"]["name_en"] = '=HYPERLINK("http://example.org", "the title")'
    return from_json(json.dumps(data, ensure_ascii=False))


def test_a_sheet_per_table_after_the_one_that_explains_them(book: Any) -> None:
    assert book.sheetnames == [workbook.ABOUT, *(t.name for t in tables.tables())]


def test_the_first_sheet_cites_the_source_and_explains_every_column(book: Any) -> None:
    about = book[workbook.ABOUT]
    cells = [[c.value for c in row] for row in about.iter_rows()]
    texts = {v for row in cells for v in row if isinstance(v, str)}
    assert cite(REPORT) in texts
    explained = {(row[0], row[1]): row[3] for row in cells if row[1] and row[2] != "table"}
    for table, column, _kind, _required, meaning in tables.data_dictionary():
        assert explained[table, column] == meaning


def test_rows_hold_the_table_values_in_their_own_types(book: Any) -> None:
    for tab in laid_out():
        sheet = book[tab.name]
        assert sheet.max_row == len(tab.rows) + 1, tab.name
        header = [c.value for c in sheet[1]]
        assert header == [c.name for c in tab.columns]
        for row, cells in zip(tab.rows, sheet.iter_rows(min_row=2), strict=True):
            for value, cell in zip(row, cells, strict=True):
                if isinstance(value, datetime.date):
                    assert cell.value.date() == value
                    assert cell.is_date
                else:
                    value = None if value == "" else value  # an empty list: an empty cell
                    if isinstance(value, float):  # Excel keeps 15 significant digits
                        assert math.isclose(cell.value, value, rel_tol=1e-15)
                    else:
                        assert cell.value == value
                    kind = {bool: "b", int: "n", float: "n", str: "s", type(None): "n"}
                    assert cell.data_type == kind[type(value)]


def test_numbers_are_numbers_with_their_exact_text_beside(book: Any) -> None:
    sheet = book["figures"]
    header = [c.value for c in sheet[1]]
    at = header.index("value")
    assert header[at + 1] == "value_float"
    lte = next(
        r
        for r in sheet.iter_rows(min_row=2)
        if r[0].value == miit2014.figures.LTE_USERS_TARGET_2014.id
    )
    assert lte[at].value == "30000000"
    assert lte[at].data_type == "s"
    assert lte[at + 1].value == 30000000.0
    assert lte[at + 1].data_type == "n"


def test_headers_are_frozen_styled_and_columns_sized(book: Any) -> None:
    for tab in tables.tables():
        sheet = book[tab.name]
        assert sheet.freeze_panes == "A2"
        assert all(c.font.bold for c in sheet[1])
        widths = [d.width for d in sheet.column_dimensions.values()]
        assert len(widths) == len(tab.columns)
        assert all(6 <= w <= 60 for w in widths)
    quotes = book["figures"].column_dimensions["D"].width  # Chinese quotes: wide
    assert quotes > book["figures"].column_dimensions["B"].width  # span_start: narrow


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_no_cell_from_the_data_becomes_a_formula(tmp_path: Path, start: str) -> None:
    path = miit2014.to_excel(tmp_path / "x.xlsx", report=_hostile())
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), name
    notes = {
        c.value
        for row in openpyxl.load_workbook(path)["figures"].iter_rows(min_row=2)
        for c in row
        if c.data_type == "s"
    }
    assert f'{start}HYPERLINK("http://example.org", "click")' in notes


def test_a_report_loaded_from_json_has_no_outcomes_of_the_shipped_one(tmp_path: Path) -> None:
    loaded = from_json(to_json(REPORT))
    book = openpyxl.load_workbook(formats.export("xlsx", tmp_path / "x.xlsx", report=loaded)[0])
    assert book["outcomes"].max_row == 1
    assert book["figures"].max_row == len(REPORT.figures) + 1


def test_a_failed_export_leaves_the_old_workbook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = miit2014.to_excel(tmp_path / "x.xlsx")
    before = path.read_bytes()

    def failing(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workbook, "_table", failing)
    with pytest.raises(OSError, match="No space"):
        miit2014.to_excel(path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["x.xlsx"]


def test_the_command_line_writes_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from miit2014.views.cli import run

    assert run(["export", "--format", "xlsx", "-o", str(tmp_path / "m.xlsx")]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {tmp_path / 'm.xlsx'}"
    assert openpyxl.load_workbook(tmp_path / "m.xlsx").sheetnames[0] == workbook.ABOUT
    assert run(["export", "--format", "xlsx"]) == 2
    assert "give a file with -o PATH" in capsys.readouterr().err


def test_without_openpyxl_the_error_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from miit2014.views.cli import run

    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(miit2014.MissingDependencyError, match=r"miit2014\[xlsx\]"):
        miit2014.to_excel(tmp_path / "x.xlsx")
    assert run(["export", "--format", "xlsx", "-o", str(tmp_path / "x.xlsx")]) == 3
    (line,) = capsys.readouterr().err.splitlines()
    assert line.endswith("pip install 'miit2014[xlsx]'")
    assert os.listdir(tmp_path) == []
