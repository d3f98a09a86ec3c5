"""Field validators shared by every record class.

They raise :class:`~miit2014.errors.DataError` (never ``TypeError``) naming the field, so
that a constructor and ``from_json`` report bad input the same way.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

import attrs

from ..errors import DataError
from . import exact
from .brief import describe as describe  # the one way a message quotes a value

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

#: What no text field may hold: lone surrogates (no character: they cannot be written as
#: UTF-8), C0 and C1 control characters but the line break the source itself uses, and
#: the Unicode line and paragraph separators (which a terminal or a JSON-in-JavaScript
#: reader takes for line ends).
_FORBIDDEN = re.compile("[\ud800-\udfff\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*")


def fail(attribute: attrs.Attribute[Any], message: str) -> DataError:
    return DataError(message, path=f"$.{attribute.name}")


def of_type(*types: type) -> Validator:
    names = " or ".join(t.__name__ for t in types)

    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        # bool is an int subclass; it is never a valid offset or count here
        if type(value) is bool or not isinstance(value, types):
            raise fail(attribute, f"expected {names}, got {type(value).__name__} {describe(value)}")

    return check


def optional_of_type(*types: type) -> Validator:
    inner = of_type(*types)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            inner(inst, attribute, value)

    return check


def text(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty string without leading or trailing white space."""
    if not isinstance(value, str):
        raise fail(attribute, f"expected str, got {type(value).__name__} {describe(value)}")
    if not value or value != value.strip():
        raise fail(attribute, f"must be non-empty and trimmed, got {describe(value)}")
    bad = _FORBIDDEN.search(value)
    if bad is not None:
        char = bad.group()
        kind = "a lone surrogate" if "\ud800" <= char <= "\udfff" else "the control character"
        raise fail(
            attribute,
            f"contains {kind} U+{ord(char):04X} at offset {bad.start()}: {describe(value)}",
        )


def optional_text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        text(inst, attribute, value)


def record_id(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        raise fail(
            attribute,
            f"{describe(value)} is not an id (lowercase words joined by '-', sections by '.')",
        )


def optional_id(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        record_id(inst, attribute, value)


def not_one_of(enum: type[Enum], value: object) -> str:
    """The one wording of "this is no member of that enum", listing the members."""
    return f"{describe(value)} is not one of {', '.join(repr(m.value) for m in enum)}"


E = TypeVar("E", bound=Enum)


def to_member(enum: type[E], value: object, *, path: str = "$") -> E:
    """The member of ``enum`` whose value is ``value`` (a member passes as itself)."""
    member = enum._value2member_map_.get(value) if isinstance(value, str) else None
    if member is None:
        raise DataError(not_one_of(enum, value), path=path)
    return member  # type: ignore[return-value]


def member(enum: type[Enum]) -> Validator:
    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum):
            raise fail(attribute, not_one_of(enum, value))

    return check


def optional_member(enum: type[Enum]) -> Validator:
    inner = member(enum)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            inner(inst, attribute, value)

    return check


def tuple_of(item: Validator, *, kind: type = tuple) -> Validator:
    """A tuple (never a list: constants must not be mutable) whose items pass ``item``.

    ``kind`` is the exact tuple type required (the report's collections use a subclass).
    """

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not kind or not isinstance(value, tuple):
            raise fail(attribute, f"expected a tuple, got {type(value).__name__}")
        for i, element in enumerate(value):
            try:
                item(inst, attribute, element)
            except DataError as exc:
                raise DataError(exc.message, path=f"$.{attribute.name}[{i}]") from None

    return check


def unique(_inst: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    seen: set[object] = set()
    for i, element in enumerate(value):
        if element in seen:
            raise DataError(f"{describe(element)} is listed twice", path=f"$.{attribute.name}[{i}]")
        seen.add(element)


#: attrs metadata key naming the record class a field's id (or ids) must resolve to.
LINK = "miit2014.link"
#: attrs metadata key for a field's one-line description (JSON Schema, data dictionary).
DOC = "miit2014.doc"


def link(target: str, *, many: bool = False, optional: bool = False, doc: str = "") -> Any:
    """An id field that must name a record of class ``target`` in the same report.

    The report checks every such field once all records exist; the field itself only
    checks the id's form.
    """
    metadata = {LINK: target, DOC: doc or f"Id of a {target}."}
    if many:
        validator: Validator = tuple_of(record_id)
        return attrs.field(default=(), validator=validator, metadata=metadata)
    if optional:
        return attrs.field(default=None, validator=optional_id, metadata=metadata)
    return attrs.field(validator=record_id, metadata=metadata)


def date(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not datetime.date:
        raise fail(attribute, f"expected a date, got {type(value).__name__} {describe(value)}")


def optional_date(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        date(inst, attribute, value)


def exact_value(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An exact number (Decimal or Fraction) whose text form stays short."""
    reason = exact.problem(value)
    if reason is not None:
        raise fail(attribute, reason)
