"""The scorecard as a table: one row per forward-looking figure, every cell one value, the
same columns in every export."""

from __future__ import annotations

import csv
import io
from fractions import Fraction

import pandas as pd
import polars as pl
import pytest

import miit2014
from miit2014.edition import edition_of
from miit2014.exchange import tables as export
from miit2014.model.verdict import Verdict

ROWS = miit2014.scorecard()
WIDE = miit2014.to_frame("scorecard")
LONG = miit2014.to_frame("scorecard_outcomes")


@pytest.mark.parametrize("frame", [WIDE, LONG], ids=["scorecard", "scorecard_outcomes"])
def test_every_cell_is_one_value(frame: pd.DataFrame) -> None:
    loose = [
        (index, column, type(value).__name__)
        for column in frame.columns
        for index, value in frame[column].items()
        if not pd.api.types.is_scalar(value)
    ]
    assert loose == []
    assert all(pd.api.types.is_scalar(i) for i in WIDE.index)


def test_one_row_per_figure_with_its_labels_and_its_lead_outcome() -> None:
    assert list(WIDE.index) == [r.figure_id for r in ROWS]
    lte = WIDE.loc["figure.lte-users-target-2014"]
    row = ROWS["figure.lte-users-target-2014"]
    assert lte["label_short_en"] == "4G users"
    assert lte["label_short_zh"] == "4G用户数"
    assert lte["kind"] == "target"
    assert lte["promised_en"] == "more than 30,000,000 4G users"
    assert lte["promised_zh"] == "超过3000万"
    lead = row.lead_judgement
    assert lead is not None
    assert lte["outcome_id"] == lead.outcome.id
    assert lte["outcome_value"] == lead.outcome.value
    assert lte["outcome_value_float"] == float(lead.outcome.value)
    assert lte["as_of"] == pd.Timestamp(lead.outcome.as_of)
    assert lte["margin"] == lead.margin == 60_000_000
    assert lte["margin_unit"] == "count"
    assert lte["verdict"] == "met"
    assert lte["verdict_en"] == "met"
    assert lte["verdict_zh"] == "已实现"
    assert row.best_source is not None
    assert lte["best_source_publisher"] == row.best_source.publisher
    assert lte["best_source_url"] == row.best_source.url
    assert lte["best_reliability"] == row.best_reliability
    assert lte["sources"] == len(row.sources) >= lte["outcomes"] == len(row.outcomes)
    assert not lte["conflict"]


def test_the_floats_are_the_exact_values_and_margins_are_in_their_units() -> None:
    for figure_id, r in WIDE.iterrows():
        row = ROWS[str(figure_id)]
        assert r["value_float"] == float(row.figure.value)
        if pd.isna(r["margin"]):
            assert row.lead_judgement is None
            assert pd.isna(r["margin_float"])
        else:
            assert r["margin_float"] == float(Fraction(r["margin"]))
        points = row.figure.unit.value == "percent"
        assert (r["margin_unit"] == "percentage_points") is points
    revised = WIDE.loc["figure.industrial-profit-growth-2013"]
    assert revised["margin_float"] == pytest.approx(-0.8)  # 12.2% against 13%, in points
    assert revised["verdict_en"] == "revised down"


def test_conflicting_sources_are_counted_and_flagged() -> None:
    flagged = set(WIDE.index[WIDE["conflict"]])
    assert flagged == {r.figure_id for r in ROWS if r.conflicts}
    assert flagged  # the shipped outcomes have disagreeing sources


def test_the_long_table_lists_every_source_of_every_outcome_of_every_row() -> None:
    expected = [
        (j.outcome.id, i)
        for r in ROWS
        for j in r.judgements
        for i, _ in enumerate(j.outcome.sources, 1)
    ]
    assert list(LONG.index) == expected
    lead = {(j.outcome.id) for r in ROWS for j in r.lead}
    assert set(LONG.index.get_level_values(0)[LONG["lead"]]) == lead
    pilots = LONG.loc["outcome.integration-standard-assessed-enterprises-2014"].iloc[0]
    assert pilots["bearing"] == "upper_bound"
    assert pilots["coverage"] == "contains"
    assert "falls short" in pilots["bearing_en"]


def test_the_frame_says_what_each_column_means_and_is_in() -> None:
    attrs = WIDE.attrs
    assert set(attrs["columns"]) == {c.name for c in export.table("scorecard").columns}
    assert all(attrs["columns"].values())
    assert "margin_unit" in attrs["units"]["margin_float"]
    assert "outcome_unit" in attrs["units"]["outcome_value"]
    assert "pure number" in attrs["units"]["ratio_float"]


def test_the_csv_polars_and_the_frame_have_the_same_columns_and_values() -> None:
    text = dict(export._csv_files(edition_of(None), excel=False))["scorecard.csv"]
    rows = list(csv.DictReader(io.StringIO(text.decode("utf-8"))))
    assert [r["figure_id"] for r in rows] == list(WIDE.index)
    assert list(rows[0]) == [WIDE.index.name, *WIDE.columns]
    assert all(";" not in r["outcome_id"] for r in rows)  # no list cells
    polars = miit2014.to_polars("scorecard")
    assert polars.columns == list(rows[0])
    assert polars["margin_float"].dtype == pl.Float64
    assert polars["verdict"].to_list() == [r.verdict.value for r in ROWS]


def test_a_report_without_outcomes_still_has_a_row_per_figure() -> None:
    loaded = miit2014.from_json(miit2014.to_json(miit2014.REPORT))
    frame = miit2014.to_frame("scorecard", report=loaded)
    assert set(frame["verdict"]) == {Verdict.NO_SOURCE.value}
    assert frame["outcome_value_float"].isna().all()
    assert (frame["sources"] == 0).all()
    assert len(miit2014.to_frame("scorecard_outcomes", report=loaded)) == 0
