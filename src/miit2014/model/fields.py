"""The one description of every field of the model, which every consumer walks.

The report's link checks, the JSON Schema, the CSV tables, the notebook HTML, the
command line and search all ask :func:`fields_of` what a field holds, instead of each
reading attrs and typing on its own: a new kind of field is then one edit here, and
every view agrees on what a field is.

The annotations are postponed (strings); they are read here as text and their names
looked up in the defining modules, which costs far less at import than evaluating them
with :func:`typing.get_type_hints`.
"""

from __future__ import annotations

import builtins
import datetime
import sys
import types
import typing
from collections.abc import Iterator
from enum import Enum, StrEnum
from typing import Any

import attrs

from . import checks, exact
from .base import Record


class Shape(StrEnum):
    """What one item of a field is."""

    TEXT = "text"  # a string of prose or a name
    ID = "id"  # a record id (its own, or a link to another record)
    INTEGER = "integer"
    BOOLEAN = "boolean"
    DATE = "date"
    EXACT = "exact"  # an exact number: Decimal or Fraction
    ENUM = "enum"  # a member of ``Field.cls``
    RECORD = "record"  # a nested record (a subclass of Record): it has an id and a quote
    VALUE = "value"  # a nested attrs value that is not a record: a span, a period


@attrs.frozen(kw_only=True)
class Field:
    """One init field of an attrs class, as every consumer needs to see it."""

    name: str
    shape: Shape
    many: bool  # a tuple of such items
    optional: bool  # None is allowed
    required: bool  # has no default: a constructor (and JSON) must give it
    cls: type | None  # the enum or attrs class of an ENUM, RECORD or VALUE field
    link: str | None  # the name of the record class an ID field refers to
    doc: str  # the one-line description kept in the field's metadata ("" if none)
    attribute: attrs.Attribute[Any] = attrs.field(eq=False, repr=False)


_FIELDS: dict[type, tuple[Field, ...]] = {}


def fields_of(cls: type) -> tuple[Field, ...]:
    """The init fields of the attrs class ``cls``, described once and remembered."""
    found = _FIELDS.get(cls)
    if found is None:
        namespace: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):  # a field may be declared in a base's module
            namespace.update(vars(sys.modules[klass.__module__]))
        found = tuple(_describe(cls, a, namespace) for a in attrs.fields(cls) if a.init)
        _FIELDS[cls] = found
    return found


def field_of(cls: type, name: str) -> Field:
    """One field of ``cls`` by name; ``KeyError`` if it has none of that name."""
    for field in fields_of(cls):
        if field.name == name:
            return field
    raise KeyError(f"{cls.__name__} has no field {name!r}")


def walk(obj: object, path: str = "$") -> Iterator[tuple[str, Record]]:
    """Every record reachable from ``obj`` (itself and nested ones) with its JSON path."""
    if isinstance(obj, Record):
        yield path, obj
    for name in _record_fields(type(obj)):
        value = getattr(obj, name)
        if isinstance(value, tuple):
            for i, item in enumerate(value):
                yield from walk(item, f"{path}.{name}[{i}]")
        elif value is not None:
            yield from walk(value, f"{path}.{name}")


def resolved(cls: type) -> type:
    """``cls`` with its annotations evaluated, for libraries that read real types (cattrs).

    Names the defining module does not import at run time (the report's section classes)
    are found among the model's classes.
    """
    model = sys.modules[__package__]
    names = {name: getattr(model, name) for name in model.__all__}
    attrs.resolve_types(cls, localns=names)
    return cls


# -- reading one field ------------------------------------------------------------------


def _describe(cls: type, attribute: attrs.Attribute[Any], namespace: dict[str, Any]) -> Field:
    try:
        return _read(attribute, namespace)
    except (KeyError, AttributeError, TypeError):
        where = f"{cls.__name__}.{attribute.name}"
        raise TypeError(f"the model has no shape for {where}: {attribute.type}") from None


def _read(attribute: attrs.Attribute[Any], namespace: dict[str, Any]) -> Field:
    if isinstance(attribute.type, str):
        optional, many, options = _parse(attribute.type, namespace)
    else:  # evaluated already (attrs.resolve_types, or a class without postponed annotations)
        optional, many, options = _unpack(attribute.type)
    if set(options) == {*_EXACT_TYPES}:
        target: Any = exact.Value
    elif len(options) == 1:
        target = options[0]
    else:
        raise TypeError(attribute.name)
    link = attribute.metadata.get(checks.LINK)
    shape, cls = _shape(attribute, target, link)
    return Field(
        name=attribute.name,
        shape=shape,
        many=many,
        optional=optional,
        required=attribute.default is attrs.NOTHING,
        cls=cls,
        link=link,
        doc=attribute.metadata.get(checks.DOC, ""),
        attribute=attribute,
    )


_EXACT_TYPES = typing.get_args(exact.Value)
_SCALARS = {int: Shape.INTEGER, bool: Shape.BOOLEAN, datetime.date: Shape.DATE}
_ID_VALIDATORS = (checks.record_id, checks.optional_id)


def _shape(
    attribute: attrs.Attribute[Any], target: Any, link: str | None
) -> tuple[Shape, type | None]:
    if target is exact.Value:
        return Shape.EXACT, None
    if target is str:
        is_id = attribute.name == "id" or link or attribute.validator in _ID_VALIDATORS
        return (Shape.ID if is_id else Shape.TEXT), None
    if target in _SCALARS:
        return _SCALARS[target], None
    if isinstance(target, type) and issubclass(target, Enum):
        return Shape.ENUM, target
    if isinstance(target, type) and attrs.has(target):
        return (Shape.RECORD if issubclass(target, Record) else Shape.VALUE), target
    raise TypeError(attribute.name)


def _parse(text: str, namespace: dict[str, Any]) -> tuple[bool, bool, list[Any]]:
    """``(optional, many, item types)`` of an annotation written as text."""
    options = [part.strip() for part in _split_union(text)]
    optional = "None" in options
    options = [o for o in options if o != "None"]
    many = False
    if len(options) == 1 and options[0].startswith("tuple[") and options[0].endswith(", ...]"):
        many, options = True, [options[0][len("tuple[") : -len(", ...]")]]
    return optional, many, [_resolve(o, namespace) for o in options]


def _unpack(tp: Any) -> tuple[bool, bool, list[Any]]:
    """``(optional, many, item types)`` of an evaluated annotation."""
    union = typing.get_origin(tp) in (types.UnionType, typing.Union)
    options = list(typing.get_args(tp)) if union else [tp]
    optional = type(None) in options
    options = [o for o in options if o is not type(None)]
    many = len(options) == 1 and typing.get_origin(options[0]) is tuple
    return optional, many, list(typing.get_args(options[0])[:1]) if many else options


def _split_union(text: str) -> list[str]:
    """``a | tuple[b, ...] | None`` -> its top-level alternatives."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "["
        depth -= ch == "]"
        if ch == "|" and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _resolve(name: str, namespace: dict[str, Any]) -> Any:
    """A dotted name (``exact.Value``, ``datetime.date``, ``Span``) looked up as Python would."""
    head, *rest = name.split(".")
    if head in namespace:
        value = namespace[head]
    elif hasattr(builtins, head):
        value = getattr(builtins, head)
    else:  # a class the model loads on first use (the report names its sections' classes)
        value = getattr(sys.modules[__package__], head)
    for part in rest:
        value = getattr(value, part)
    return value


_RECORD_FIELDS: dict[type, tuple[str, ...]] = {}


def _record_fields(cls: type) -> tuple[str, ...]:
    """Names of the fields of ``cls`` that may hold records, directly or nested."""
    names = _RECORD_FIELDS.get(cls)
    if names is None:
        _RECORD_FIELDS[cls] = ()  # a class that refers to itself holds no records that way
        try:
            names = tuple(
                f.name
                for f in (fields_of(cls) if attrs.has(cls) else ())
                if f.cls is not None
                and f.shape in (Shape.RECORD, Shape.VALUE)
                and (f.shape is Shape.RECORD or _record_fields(f.cls))
            )
        finally:
            del _RECORD_FIELDS[cls]
        _RECORD_FIELDS[cls] = names
    return names
