"""DataFrames: the export tables with the dtypes that keep their meaning."""

from __future__ import annotations

import sys
from decimal import Decimal
from fractions import Fraction

import pandas as pd
import polars as pl
import pytest

import miit2014
from miit2014 import REPORT
from miit2014.exchange import frames
from miit2014.exchange import tables as export
from miit2014.model import Unit, exact


def test_figures_frame_keeps_exact_values_enums_and_dates() -> None:
    df = frames.to_frame("figures")
    assert len(df) == len(REPORT.figures)
    assert list(df.index) == [f.id for f in REPORT.figures]
    assert df.index.name == "id"
    assert df.index.dtype == "string"
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
    assert list(df.index.names) == list(tab.primary_key)
    assert list(df.columns) == [c.name for c in tab.columns if c.name not in tab.primary_key]
    assert len(df) == len(list(tab.records()))
    assert df.index.is_unique
    expected = {"id": "string", "text": "string", "float": "float64", "list": "object"}
    whole = df.reset_index()
    for column in tab.columns:
        dtype = whole[column.name].dtype
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


def test_a_frame_is_indexed_by_id_and_says_what_it_holds() -> None:
    df = frames.to_frame("figures")
    lte = df.loc["figure.lte-users-target-2014"]
    assert lte["value"] == Decimal(30000000)
    assert lte["unit"] == "count"
    attrs = df.attrs
    assert attrs["table"] == "figures"
    assert attrs["description"] == export.table("figures").description
    assert set(attrs["columns"]) == {c.name for c in export.table("figures").columns}
    assert attrs["columns"]["qualifier"].startswith("How the wording bounds")
    assert "9.8 means 9.8 %" in attrs["units"]["value"]
    assert "9.8 means 9.8 %" in attrs["units"]["value_float"]
    assert attrs["units"]["span_start"] == "code points of the source text"
    source = attrs["source"]
    assert source["document_id"] == "miit-work-conference-2013-12-27"
    assert source["source_sha256"] == miit2014.SOURCE_SHA256
    assert source["title"] == REPORT.meeting.headline.quote
    assert source["edition"] == f"miit2014 {miit2014.__version__}"
    assert df.head(2).attrs == attrs  # pandas carries attrs through operations


def test_the_float_view_adds_up_and_the_exact_column_is_kept() -> None:
    df = frames.to_frame("figures")
    percents = df[df["unit"] == "percent"]
    assert percents["value_float"].sum() == pytest.approx(
        float(sum(Fraction(f.value) for f in REPORT.figures if f.unit is Unit.PERCENT))
    )
    exact_sum = percents["value"].map(Fraction).sum()  # the documented exact way
    assert exact_sum == sum(Fraction(f.value) for f in REPORT.figures if f.unit is Unit.PERCENT)
    assert "value_float" in (frames.to_frame.__doc__ or "")


def test_no_name_lists_the_tables() -> None:
    listing = frames.to_frame()
    assert list(listing.index) == [t.name for t in export.tables()]
    assert listing.loc["figures", "rows"] == len(REPORT.figures)
    assert listing.loc["figures", "columns"] == len(export.table("figures").columns)
    assert listing.loc["tasks", "description"] == export.table("tasks").description
    assert "to_frame(name)" in listing.attrs["description"]


def test_polars_without_a_name_lists_the_tables_too() -> None:
    listing = frames.to_polars()
    assert listing["table"].to_list() == [t.name for t in export.tables()]
    assert listing.filter(pl.col("table") == "figures")["rows"].item() == len(REPORT.figures)


# -- the tasks: where each stands in the tree, and its facets two ways -------------------


def test_the_tasks_frame_says_where_each_task_stands_without_the_tree() -> None:
    df = frames.to_frame("tasks")
    for task in REPORT.tasks:
        row = df.loc[task.id]
        assert row["leaf"] == (not REPORT.children(task))
        assert row["depth"] == len(REPORT.ancestors(task))
        assert (pd.isna(row["parent"]) and task.parent is None) or row["parent"] == task.parent
    assert df["leaf"].dtype == bool
    assert df["depth"].dtype == "int64"
    assert set(df.loc[df["depth"] == 0].index) == {t.id for t in REPORT.roots()}


def test_facets_as_text_and_as_a_long_table_agree() -> None:
    df = frames.to_frame("tasks")
    long = frames.to_frame("task_facets")
    for task in REPORT.tasks:
        pairs = [
            *(("sector", v.value) for v in task.sectors),
            *(("region", v.value) for v in task.regions),
            *(("instrument", v.value) for v in task.instruments),
        ]
        text = df.loc[task.id, "facets"]
        assert (pd.isna(text) and not pairs) or text == "; ".join(f"{k}:{v}" for k, v in pairs)
        if pairs:
            rows = long.loc[task.id]
            assert list(zip(rows["facet"], rows["value"], strict=True)) == pairs
            assert set(rows["leaf"]) == {not REPORT.children(task)}
    telecoms = long[(long["value"] == "telecoms") & long["leaf"]]
    leaves = df[df["leaf"] & df["facets"].str.contains("sector:telecoms", na=False)]
    assert set(telecoms.index.get_level_values("task_id")) == set(leaves.index)
    assert len(leaves) < (df["facets"].str.contains("sector:telecoms", na=False)).sum()
