"""The JSON exchange format: exact, deterministic, and loss-free in both directions."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import miit2014
from miit2014 import REPORT, from_json, to_json
from miit2014.exchange.jsonio import SCHEMA_VERSION
from miit2014.model import Figure, Period, Span, Task
from strategies import figures, periods, spans, tasks


def test_report_round_trip_is_equal_and_byte_identical() -> None:
    text = to_json(REPORT)
    loaded = from_json(text)
    assert loaded == REPORT
    assert loaded is not REPORT
    assert to_json(loaded) == text


def test_output_is_deterministic_and_carries_the_document_identity() -> None:
    data = json.loads(to_json(REPORT))
    assert list(data)[:4] == ["schema_version", "package_version", "document_id", "source_sha256"]
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["package_version"] == miit2014.__version__
    assert data["document_id"] == "miit-work-conference-2013-12-27"
    assert data["source_sha256"] == miit2014.SOURCE_SHA256
    assert to_json(REPORT) == to_json(REPORT)


def test_exact_values_travel_as_strings_never_floats() -> None:
    text = to_json(REPORT)
    floats: list[str] = []
    json.loads(text, parse_float=lambda s: floats.append(s))
    assert floats == []
    data = json.loads(text)
    by_id = {f["id"]: f for f in data["figures"]}
    assert by_id["figure.industrial-value-added-growth-2013"]["value"] == "9.8"
    assert by_id["figure.information-consumption-2013"]["value"] == "2000000000000"


def test_indent_is_for_humans_and_loads_the_same() -> None:
    pretty = to_json(REPORT, indent=2)
    assert "\n  " in pretty
    assert from_json(pretty) == REPORT


def test_chinese_is_written_as_text_not_escapes() -> None:
    assert "规模以上工业增加值增长9.8%左右" in to_json(REPORT)


def test_tuples_of_records_serialize_as_arrays() -> None:
    data = json.loads(to_json(REPORT.figures[:2]))
    assert [d["id"] for d in data] == [f.id for f in REPORT.figures[:2]]


def test_a_fraction_stays_a_fraction() -> None:
    figure = attrs.evolve(REPORT.figures[0], value=Fraction(1, 3))
    back = from_json(to_json(figure), Figure)
    assert back.value == Fraction(1, 3)
    assert type(back.value) is Fraction


def test_a_decimal_keeps_its_digits() -> None:
    figure = attrs.evolve(REPORT.figures[0], value=Decimal("77.4"))
    assert json.loads(to_json(figure))["value"] == "77.4"


@given(figures())
def test_any_valid_figure_round_trips(figure: Figure) -> None:
    back = from_json(to_json(figure), Figure)
    assert back == figure
    assert type(back.value) is type(figure.value)
    assert to_json(back) == to_json(figure)


@given(tasks())
def test_any_valid_task_round_trips(task: Task) -> None:
    assert from_json(to_json(task), Task) == task


@given(spans())
def test_any_span_round_trips(span: Span) -> None:
    assert from_json(to_json(span), Span) == span


@given(periods())
def test_any_period_round_trips(period: Period) -> None:
    assert from_json(to_json(period), Period) == period


# -- the optional orjson fast path ------------------------------------------------------

json_like = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=25,
)


@pytest.mark.parametrize("indent", [None, 2])
def test_fast_path_writes_the_same_bytes_for_the_report(indent: int | None) -> None:
    pytest.importorskip("orjson")  # the [fast] extra; the test extra installs it
    from miit2014.exchange import jsonio

    data = jsonio.envelope(jsonio.converter().unstructure(REPORT))
    assert jsonio.dumps_orjson(data, indent) == jsonio.dumps_stdlib(data, indent)
    assert to_json(REPORT, indent=indent) == jsonio.dumps_stdlib(data, indent)


@given(json_like, st.sampled_from([None, 2, 4]))
def test_fast_path_writes_the_same_bytes_for_any_json(data: object, indent: int | None) -> None:
    pytest.importorskip("orjson")
    from miit2014.exchange import jsonio

    assert jsonio.dumps_orjson(data, indent) == jsonio.dumps_stdlib(data, indent)
