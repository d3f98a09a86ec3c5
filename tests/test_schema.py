"""The JSON Schema: generated from the model, shipped unchanged, and agreeing with the loader."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from miit2014 import REPORT, DataError, from_json, to_json
from miit2014.exchange.schema import data_dictionary, json_schema, shipped_schema
from miit2014.model import Figure, Task
from test_hostile import ALL_PATHS, GOOD_DATA, _replace, json_values

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_shipped_schema_is_the_generated_one() -> None:
    assert shipped_schema() == SCHEMA, "regenerate data/schema-*.json with write_schema()"


def test_the_full_export_validates() -> None:
    errors = [
        f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(json.loads(to_json(REPORT)))
    ]
    assert errors == []


@pytest.mark.parametrize("cls", [Figure, Task])
def test_record_schemas_validate_their_records(cls: type) -> None:
    validator = jsonschema.Draft202012Validator(json_schema(cls))
    records = [r for r in REPORT.records() if isinstance(r, cls)]
    assert records
    for record in records:
        assert list(validator.iter_errors(json.loads(to_json(record)))) == []


def test_every_model_field_is_in_the_schema_and_documented() -> None:
    rows = data_dictionary()
    names = {(t, f) for t, f, *_ in rows}
    assert ("Figure", "value") in names
    assert ("Report", "schema_version") not in names  # envelope fields live at the top
    undocumented = [f"{t}.{f}" for t, f, _, _, doc in rows if not doc]
    assert undocumented == []


@pytest.mark.parametrize(
    ("path", "new"),
    [
        (("figures", 0, "unit"), "parsecs"),
        (("figures", 0, "value"), 9.8),
        (("figures", 0, "value"), "1e3"),
        (("figures", 0, "period", "end"), "31/12/2013"),
        (("figures", 0, "span", "start"), "567"),
        (("figures", 0, "id"), "Figure One"),
        (("figures", 0, "label_en"), ""),
        (("figures", 0, "colour"), "red"),
        (("schema_version",), 1),
        (("figures",), {}),
    ],
)
def test_tampered_exports_are_rejected_by_both(path: tuple[Any, ...], new: Any) -> None:
    data = _replace(GOOD_DATA, path, new)
    assert not VALIDATOR.is_valid(data)
    with pytest.raises(DataError):
        from_json(json.dumps(data, ensure_ascii=False))


def test_the_loader_checks_what_no_schema_can() -> None:
    # a quote that is valid text but not the source at its span: only from_json knows
    data = _replace(GOOD_DATA, ("figures", 0, "span", "start"), 568)
    assert VALIDATOR.is_valid(data)
    with pytest.raises(DataError, match="not the source text"):
        from_json(json.dumps(data, ensure_ascii=False))


@given(st.sampled_from(ALL_PATHS), json_values)
def test_what_the_schema_refuses_the_loader_refuses(path: tuple[Any, ...], new: Any) -> None:
    data = _replace(GOOD_DATA, path, new)
    if not VALIDATOR.is_valid(data):
        with pytest.raises(DataError):
            from_json(json.dumps(data, ensure_ascii=False))


@pytest.mark.parametrize(
    ("field", "value", "valid"),
    [
        ("package_version", "", False),
        ("package_version", "0.1.0", True),
        ("schema_version", "01.0", True),
        ("schema_version", "1.00", True),
        ("schema_version", "1.x", False),
    ],
)
def test_loader_and_schema_agree_on_the_envelope(field: str, value: str, valid: bool) -> None:
    data = json.loads(to_json(REPORT))
    data[field] = value
    schema_ok = jsonschema.Draft202012Validator(json_schema()).is_valid(data)
    try:
        from_json(json.dumps(data, ensure_ascii=False))
        loader_ok = True
    except DataError:
        loader_ok = False
    assert schema_ok == loader_ok == valid
