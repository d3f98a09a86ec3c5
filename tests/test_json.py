"""The JSON exchange format: exact, deterministic, and loss-free in both directions."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import miit2014
import shapes
from miit2014 import REPORT, DataError, from_json, to_json
from miit2014.exchange.jsonio import SCHEMA_VERSION
from miit2014.model import Figure, Period, Span, Task, exact
from miit2014.model.report import MAX_TASK_DEPTH
from strategies import figures, periods, spans, tasks
from work import lines_run


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


# -- loading is linear work and its errors stay small ----------------------------------
#
# Nothing here times anything: where a cost could grow too fast, the test counts the work
# done (lines of the package run, records built) at growing sizes.


def _load(text: str) -> None:
    with contextlib.suppress(DataError):
        from_json(text)


def _grows_linearly(work: Callable[[int], int], n: int) -> tuple[int, int]:
    """The extra work from n to 2n and from 2n to 4n: about 1:2 if linear, 1:4 if
    quadratic (differences, so the fixed cost of the rest of the document drops out)."""
    w1, w2, w4 = work(n), work(2 * n), work(4 * n)
    return w2 - w1, w4 - w2


def test_loading_mentions_times_names_is_linear_work() -> None:
    texts = {n: shapes.mentions_and_names(n) for n in (100, 200, 400)}
    _load(texts[100])  # the converter is built on first use: not part of the count
    first, second = _grows_linearly(lambda n: lines_run(lambda: _load(texts[n])), 100)
    assert second <= 2.6 * first, (first, second)


@pytest.mark.parametrize(
    ("shape", "n"),
    [
        ("mentions x names, refused", 100),
        ("sessions x participants", 250),
        ("long URL", 500),
        ("deep chain", 125),
        ("many bad fields", 250),
        ("long bad value", 100_000),
    ],
)
def test_loading_every_hostile_shape_is_linear_work(shape: str, n: int) -> None:
    build, _ = shapes.SHAPES[shape]
    texts = {k: build(k) for k in (n, 2 * n, 4 * n)}
    _load(texts[n])  # the converters are built on first use: not part of the count
    first, second = _grows_linearly(lambda k: lines_run(lambda: _load(texts[k])), n)
    assert second <= 2.6 * max(first, 1), (first, second)


def test_a_refused_document_builds_each_record_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = 0
    original = Figure.__attrs_post_init__

    def counting(self: Figure) -> None:
        nonlocal built
        built += 1
        original(self)

    text = shapes.mentions_and_names(50, refused=True)  # refused by the report's own check
    monkeypatch.setattr(Figure, "__attrs_post_init__", counting)
    with pytest.raises(DataError, match="names no record"):
        from_json(text)
    assert built == len(REPORT.figures)


def test_a_too_deep_task_chain_is_refused_where_it_is_loaded() -> None:
    with pytest.raises(DataError, match=f"at most {MAX_TASK_DEPTH} levels") as info:
        from_json(shapes.deep_chain(2000))
    assert info.value.path == f"$.tasks[{MAX_TASK_DEPTH}].parent"


def test_a_long_bad_value_is_cut_with_its_length_stated() -> None:
    with pytest.raises(DataError) as info:
        from_json(shapes.long_value(1_000_000))
    text = str(info.value)
    assert len(text) < 2_000
    assert "(1,000,000 characters)" in text


def test_many_problems_are_counted_not_all_listed() -> None:
    with pytest.raises(DataError) as info:
        from_json(shapes.bad_fields(5_000))
    text = str(info.value)
    assert len(text) < 5_000
    assert text.startswith("5,000 problems")
    assert "… and 4,980 more" in text
    assert len(info.value.problems) == 5_000


def test_json_with_a_terminal_escape_sequence_is_refused_at_its_path() -> None:
    data = json.loads(to_json(REPORT))
    data["initiatives"][0]["description_en"] = "\x1b[2J\x1b[31mpwned"
    with pytest.raises(DataError, match="U\\+001B") as info:
        from_json(json.dumps(data))
    assert info.value.path == "$.initiatives[0].description_en"


def _spellings(value: Fraction) -> list[exact.Value]:
    """Equal values written differently: as a Fraction and, if a decimal ends it, as
    Decimals with trailing zeros and with an exponent."""
    out: list[exact.Value] = [value]
    ending = exact.terminating(value)
    if ending is not None:
        sign, digits, exponent = ending.as_tuple()
        assert isinstance(exponent, int)
        out += [ending, Decimal((sign, (*digits, 0, 0), exponent - 2))]
        while len(digits) > 1 and digits[-1] == 0:
            digits, exponent = digits[:-1], exponent + 1
        out.append(Decimal((sign, digits, exponent)))  # 2E+3 for 2000
    return out


@given(
    st.fractions(max_denominator=10**4)
    .filter(lambda f: abs(f) < 10**12)
    .flatmap(lambda f: st.tuples(st.sampled_from(_spellings(f)), st.sampled_from(_spellings(f))))
)
def test_equal_records_serialise_to_identical_bytes(pair: tuple[Any, Any]) -> None:
    a, b = pair
    assert a == b
    fa, fb = (attrs.evolve(REPORT.figures[0], value=v) for v in (a, b))
    # a number printed as a fraction and one printed in digits are different statements
    assert (fa == fb) == (type(a) is type(b))
    assert (to_json(fa) == to_json(fb)) == (fa == fb)
    assert from_json(to_json(fa), Figure) == fa


def test_equal_reports_serialise_to_identical_bytes() -> None:
    text = to_json(REPORT)
    nine_point_eight = text.replace('"value":"9.8"', '"value":"9.80"', 1)
    assert nine_point_eight != text
    other = from_json(nine_point_eight)
    assert other == REPORT
    assert to_json(other) == text
    half = attrs.evolve(REPORT.figures[0], value=Fraction(2, 4))
    assert json.loads(to_json(half))["value"] == "1/2"
    assert half != attrs.evolve(half, value=Decimal("0.5"))
