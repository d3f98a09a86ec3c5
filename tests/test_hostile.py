"""Hostile input: the only exception that ever escapes a loader is DataError, with a path."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from miit2014 import REPORT, DataError, from_json, to_json
from miit2014.model import Figure, Span, Task

GOOD = to_json(REPORT)
GOOD_DATA = json.loads(GOOD)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


def _refused(text: str | bytes, cls: type | None = None) -> DataError:
    with pytest.raises(DataError) as info:
        from_json(text) if cls is None else from_json(text, cls)
    assert info.value.path.startswith("$")
    assert info.value.problems
    return info.value


@given(json_values)
def test_random_json_is_refused_cleanly(value: Any) -> None:
    text = json.dumps(value)
    for cls in (None, Figure, Task, Span):
        _refused(text, cls)


@given(st.text(max_size=200) | st.binary(max_size=200))
def test_random_text_and_bytes_are_refused_cleanly(text: str | bytes) -> None:
    _refused(text)


@given(st.integers(0, len(GOOD) - 1))
def test_every_truncation_is_refused(cut: int) -> None:
    _refused(GOOD[:cut])


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*path, key)))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found.extend(_paths(item, (*path, i)))
    return found


ALL_PATHS = _paths(GOOD_DATA)[1:]


def _replace(data: Any, path: tuple[Any, ...], new: Any) -> Any:
    copy = json.loads(json.dumps(data))
    target = copy
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = new
    return copy


@given(st.sampled_from(ALL_PATHS), json_values)
def test_one_changed_field_is_refused_or_loads_completely(path: tuple[Any, ...], new: Any) -> None:
    data = _replace(GOOD_DATA, path, new)
    try:
        loaded = from_json(json.dumps(data, ensure_ascii=False))
    except DataError as error:
        assert error.path.startswith("$")
        return
    # accepted: then it is a whole, valid report that survives its own round trip
    assert from_json(to_json(loaded)) == loaded


def test_error_names_the_json_path_of_the_bad_field() -> None:
    data = _replace(GOOD_DATA, ("figures", 3, "unit"), "parsecs")
    error = _refused(json.dumps(data))
    assert error.path == "$.figures[3].unit"
    assert "'parsecs' is not one of 'percent'" in str(error)


def test_quote_that_is_not_the_source_is_refused_at_its_path() -> None:
    data = _replace(GOOD_DATA, ("figures", 0, "span", "start"), 568)
    error = _refused(json.dumps(data, ensure_ascii=False))
    assert error.path == "$.figures[0].quote"
    assert "is not the source text at [568, 584)" in str(error)


def test_span_outside_the_text_is_refused() -> None:
    data = _replace(GOOD_DATA, ("figures", 0, "span", "end"), 10**6)
    assert _refused(json.dumps(data)).path.startswith("$.figures[0].span")


def test_all_problems_are_listed() -> None:
    data = _replace(GOOD_DATA, ("figures", 0, "unit"), "parsecs")
    data = _replace(data, ("figures", 1, "qualifier"), "roughly")
    error = _refused(json.dumps(data))
    paths = [path for path, _ in error.problems]
    assert paths == ["$.figures[0].unit", "$.figures[1].qualifier"]


def test_duplicate_ids_are_refused() -> None:
    data = _replace(GOOD_DATA, ("figures", 1, "id"), GOOD_DATA["figures"][0]["id"])
    error = _refused(json.dumps(data, ensure_ascii=False))
    assert error.path == "$.figures[1].id"
    assert "already used at $.figures[0]" in str(error)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"a": 1, "a": 2}', "appears twice"),
        ("NaN", "not a JSON number"),
        ("1" * 5000, "not valid JSON"),
        ('"\\ud800"', "expected an object"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_malformed_json_is_refused_with_a_reason(text: str | bytes, message: str) -> None:
    assert message in str(_refused(text))


def test_non_text_input_is_refused() -> None:
    with pytest.raises(DataError, match="expected JSON text"):
        from_json(12)  # type: ignore[call-overload]


def test_unknown_and_missing_fields_are_refused() -> None:
    data = _replace(GOOD_DATA, ("figures", 0, "colour"), "red")
    assert "unknown field" in str(_refused(json.dumps(data, ensure_ascii=False)))
    del data["figures"][0]["colour"]
    del data["figures"][0]["unit"]
    error = _refused(json.dumps(data, ensure_ascii=False))
    assert error.path == "$.figures[0].unit"
    assert "required field is missing" in str(error)


@pytest.mark.parametrize("value", ["1e3", "9.8.1", "0x10", " 9.8", "1/0", "1" * 41, "-"])
def test_non_exact_numbers_are_refused(value: str) -> None:
    data = _replace(GOOD_DATA, ("figures", 0, "value"), value)
    assert _refused(json.dumps(data, ensure_ascii=False)).path == "$.figures[0].value"


@pytest.mark.parametrize(
    ("version", "message"), [("2.0", "not supported"), (1, "schema version"), ("x", "schema")]
)
def test_schema_version_is_checked(version: object, message: str) -> None:
    data = _replace(GOOD_DATA, ("schema_version",), version)
    error = _refused(json.dumps(data, ensure_ascii=False))
    assert error.path == "$.schema_version"
    assert message in str(error)


def test_lone_surrogates_in_text_are_refused() -> None:
    data = _replace(GOOD_DATA, ("figures", 0, "label_en"), "bad \ud800 text")
    error = _refused(json.dumps(data))
    assert error.path == "$.figures[0].label_en"


def test_a_refused_document_leaves_nothing_behind() -> None:
    # a loader is a function of its input: a failure cannot poison the next load
    data = _replace(GOOD_DATA, ("figures", 0, "unit"), "parsecs")
    _refused(json.dumps(data))
    assert from_json(GOOD) == REPORT


@given(st.sampled_from(ALL_PATHS))
def test_deleting_any_field_or_item_is_refused_or_valid(path: tuple[Any, ...]) -> None:
    data = json.loads(GOOD)
    target = data
    for key in path[:-1]:
        target = target[key]
    assume(not (isinstance(target, list) and len(target) == 0))
    del target[path[-1]]
    try:
        loaded = from_json(json.dumps(data, ensure_ascii=False))
    except DataError:
        return
    assert from_json(to_json(loaded)) == loaded
