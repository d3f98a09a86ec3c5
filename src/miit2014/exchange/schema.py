"""JSON Schema (draft 2020-12) of the exchange format, generated from the attrs model.

The schema is derived from the classes themselves (field types, enums, required fields,
link fields, descriptions in field metadata), so it cannot drift from what
:func:`miit2014.from_json` accepts. A copy ships in the package
(``data/schema-<version>.json``); a test checks that the copy equals the generated one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

from ..model import checks, exact
from ..model.brief import first_line
from ..model.fields import Field, Shape, fields_of
from ..model.frozen import FrozenMap
from ..model.report import Report
from .files import write_bytes
from .jsonio import SCHEMA_VERSION, VERSION_PATTERN

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILENAME = "schema-{version}.json"

#: Metadata key for a field's one-line description (shown in the schema and data dictionary).
DOC = checks.DOC

# The schemas of scalar fields: read-only, and copied into each schema that uses one.
_ID: Mapping[str, Any] = FrozenMap({"type": "string", "pattern": f"^{checks.ID_PATTERN.pattern}$"})
_TEXT: Mapping[str, Any] = FrozenMap({"type": "string", "minLength": 1})
_DATE: Mapping[str, Any] = FrozenMap(
    {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
)
_VALUE: Mapping[str, Any] = FrozenMap(
    {
        "type": "string",
        "maxLength": exact.MAX_TEXT_LENGTH,
        "pattern": f"^(?:{exact.DECIMAL_PATTERN}|{exact.FRACTION_PATTERN})$",
        "description": (
            "An exact number: plain decimal ('9.8', '2000000000000') or 'p/q' ('1/3')."
        ),
    }
)


def json_schema(cls: type | None = None) -> dict[str, Any]:
    """The schema of a whole exported report (default) or of one record class."""
    target = Report if cls is None else cls
    defs: dict[str, Any] = {}
    root = _class_schema(target, defs)
    schema: dict[str, Any] = {
        "$schema": DRAFT,
        "$id": f"urn:miit2014:schema:{SCHEMA_VERSION}:{target.__name__.lower()}",
        "title": f"miit2014 {target.__name__}",
    }
    if target is Report:
        body = dict(defs.pop(target.__name__))
        body["properties"] = {
            "schema_version": {
                "type": "string",
                "pattern": f"^{VERSION_PATTERN}$",
                "description": f"Version of this format; this schema is {SCHEMA_VERSION}.",
            },
            "package_version": {
                "type": "string",
                "minLength": 1,
                "description": "Version of the miit2014 package that wrote the file.",
            },
            **body["properties"],
        }
        body["required"] = ["schema_version", "package_version", *body["required"]]
        schema.update(body)
    else:
        schema["$ref"] = root["$ref"]
    schema["$defs"] = dict(sorted(defs.items()))
    return schema


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    name = cls.__name__
    if name not in defs:
        defs[name] = {}  # placeholder: breaks cycles
        properties: dict[str, Any] = {}
        for field in fields_of(cls):
            prop = _field_schema(field, defs)
            properties[field.name] = {**prop, "description": field.doc} if field.doc else prop
        defs[name] = {
            "type": "object",
            "description": first_line(cls.__doc__),
            "properties": properties,
            "required": [f.name for f in fields_of(cls) if f.required],
            "additionalProperties": False,
        }
    return {"$ref": f"#/$defs/{name}"}


def _field_schema(field: Field, defs: dict[str, Any]) -> dict[str, Any]:
    item = _item_schema(field, defs)
    if checks.MAX_LENGTH in field.attribute.metadata:
        item["maxLength"] = field.attribute.metadata[checks.MAX_LENGTH]
    if field.many:
        item = {"type": "array", "items": item}
    return {"anyOf": [item, {"type": "null"}]} if field.optional else item


def _item_schema(field: Field, defs: dict[str, Any]) -> dict[str, Any]:
    if field.shape is Shape.ENUM:
        assert field.cls is not None
        defs.setdefault(
            field.cls.__name__,
            {
                "type": "string",
                "enum": [m.value for m in field.cls],  # type: ignore[attr-defined]
                "description": first_line(field.cls.__doc__),
            },
        )
        return {"$ref": f"#/$defs/{field.cls.__name__}"}
    if field.shape in (Shape.RECORD, Shape.VALUE):
        assert field.cls is not None
        return _class_schema(field.cls, defs)
    return dict(_SCALAR_SCHEMAS[field.shape])


_SCALAR_SCHEMAS: Mapping[Shape, Mapping[str, Any]] = FrozenMap(
    {
        Shape.ID: _ID,
        Shape.TEXT: _TEXT,
        Shape.INTEGER: FrozenMap({"type": "integer"}),
        Shape.BOOLEAN: FrozenMap({"type": "boolean"}),
        Shape.DATE: _DATE,
        Shape.EXACT: _VALUE,
    }
)


def shipped_schema() -> dict[str, Any]:
    """The schema file shipped in the package, as written at release."""
    path = os.path.join(
        os.path.dirname(os.path.dirname(__file__)),
        "data",
        SCHEMA_FILENAME.format(version=SCHEMA_VERSION),
    )
    with open(path, encoding="utf-8") as f:
        result: dict[str, Any] = json.load(f)
    return result


def write_schema(path: str) -> None:
    """Write the report schema as indented JSON (how the shipped copy is made), atomically."""
    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    write_bytes(path, text.encode("utf-8"))


def data_dictionary() -> list[tuple[str, str, str, bool, str]]:
    """Every field of every record type: (type, field, JSON type, required, description)."""
    schema = json_schema()
    rows: list[tuple[str, str, str, bool, str]] = []
    for name, body in schema["$defs"].items():
        if body.get("type") != "object":
            continue
        for field, prop in body["properties"].items():
            rows.append(
                (
                    name,
                    field,
                    _describe_type(prop),
                    field in body["required"],
                    prop.get("description", ""),
                )
            )
    return rows


def _describe_type(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        return str(prop["$ref"]).rsplit("/", 1)[-1]
    if "anyOf" in prop:
        return " or ".join(_describe_type(p) for p in prop["anyOf"])
    if prop.get("type") == "array":
        return f"array of {_describe_type(prop['items'])}"
    if prop.get("format") == "date":
        return "date (YYYY-MM-DD)"
    if prop.get("pattern", "").startswith("^(?:-?"):
        return "exact number (string)"
    return str(prop.get("type"))
