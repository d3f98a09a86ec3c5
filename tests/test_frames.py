"""DataFrames: the export tables with the dtypes that keep their meaning."""

from __future__ import annotations

import sys
from decimal import Decimal
from fractions import Fraction

import pandas as pd
import polars as pl
import pytest

from miit2014 import REPORT
from miit2014.exchange import frames
from miit2014.exchange import tables as export
from miit2014.model import Unit, exact


def test_figures_frame_keeps_exact_values_enums_and_dates() -> None:
    df = frames.to_frame("figures")
    assert len(df) == len(REPORT.figures)
    assert list(df["id"]) == [f.id for f in REPORT.figures]
    assert df["id"].dtype == "string"
    assert df["span_start"].dtype == "int64"
    assert df["value"].dtype == object
    assert list(df["value"]) == [f.value for f in REPORT.figures]
    assert {type(v) for v in df["value"]} <= {Decimal, Fraction}
    assert df["value_float"].dtype == "float64"
    assert list(df["value_float"]) == [float(f.value) for f in REPORT.figures]
    assert isinstance(df["unit"].dtype, pd.CategoricalDtype)
    assert list(df["unit"].cat.categories) == [u.value for u in Unit]  # unused ones too
    assert list(df["unit"]) == [f.unit.value for f in REPORT.figures]
    assert list(df["commitment"].isna()) == [f.commitment is None for f in REPORT.figures]
    assert df["period_end"].dtype == "datetime64[ns]"
    assert [d.date() for d in df["period_end"]] == [f.period.end for f in REPORT.figures]


def test_list_columns_hold_tuples_and_optional_integers_stay_integers() -> None:
    df = frames.to_frame("tasks")
    assert list(df["sectors"]) == [tuple(s.value for s in t.sectors) for t in REPORT.tasks]
    assert df["parent"].isna().sum() == len(REPORT.roots())


@pytest.mark.parametrize("kind", [t.name for t in export.tables()])
def test_every_table_has_a_frame_with_dtypes_by_column_kind(kind: str) -> None:
    tab = export.table(kind)
    df = frames.to_frame(kind)
    assert list(df.columns) == [c.name for c in tab.columns]
    assert len(df) == len(list(tab.records()))
    expected = {"id": "string", "text": "string", "float": "float64", "list": "object"}
    for column in tab.columns:
        dtype = df[column.name].dtype
        if column.kind == "enum":
            assert list(dtype.categories) == list(column.values), column.name
        elif column.kind == "date":
            assert dtype == "datetime64[ns]", column.name
        elif column.kind == "integer":
            assert dtype == ("int64" if column.required else "Int64"), column.name
        elif column.kind in expected:
            assert dtype == expected[column.kind], column.name


def test_polars_frame_has_typed_columns_and_exact_text() -> None:
    df = frames.to_polars("figures")
    assert df.schema["unit"] == pl.Enum([u.value for u in Unit])
    assert df.schema["period_end"] == pl.Date
    assert df.schema["value"] == pl.String
    assert df.schema["value_float"] == pl.Float64
    assert [exact.from_text(v) for v in df["value"]] == [f.value for f in REPORT.figures]
    assert frames.to_polars("tasks").schema["sectors"] == pl.List(pl.String)


@pytest.mark.parametrize(
    ("module", "build"), [("pandas", frames.to_frame), ("polars", frames.to_polars)]
)
def test_a_missing_library_names_the_extra_to_install(
    monkeypatch: pytest.MonkeyPatch, module: str, build: object
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # makes "import <module>" fail
    assert callable(build)
    with pytest.raises(frames.MissingDependencyError, match=rf"pip install 'miit2014\[{module}\]'"):
        build("figures")
    assert issubclass(frames.MissingDependencyError, ImportError)


def test_an_unknown_table_lists_the_real_ones() -> None:
    with pytest.raises(KeyError, match="'figures'"):
        frames.to_frame("figure")
