"""The one description of every field of the model, which every consumer walks.

The report's link checks, the JSON Schema, the CSV tables, the notebook HTML, the
command line and search all ask :func:`fields_of` what a field holds, instead of each
reading attrs and typing on its own: a new kind of field is then one edit here, and
every view agrees on what a field is.

Shapes are read from the annotations, evaluated where they were written; the
link and the description from the field's metadata (:func:`checks.doc`); each cache here
holds only finished answers, so threads that ask at once never see one half-built.
"""

from __future__ import annotations

import datetime
import functools
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
        hints = _hints(cls)
        found = tuple(_describe(cls, a, hints[a.name]) for a in attrs.fields(cls) if a.init)
        _FIELDS[cls] = found  # stored finished: a racing thread works out the same
    return found


def _hints(cls: type) -> dict[str, Any]:
    """Each field's annotation, evaluated where it was written (what
    :func:`typing.get_type_hints` does, at a fraction of its cost on import)."""
    hints: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        module = klass.__module__
        for name, hint in vars(klass).get("__annotations__", {}).items():
            hints[name] = _evaluated(hint, module) if isinstance(hint, str) else hint
    return hints


@functools.cache
def _evaluated(hint: str, module: str) -> Any:
    """An annotation written as text, evaluated in its module (``str | None`` recurs)."""
    try:
        return eval(hint, vars(sys.modules[module]))
    except NameError as exc:
        raise TypeError(f"the model has no shape for {hint!r} in {module}: {exc}") from None


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
    """``cls`` with its annotations evaluated, for libraries that read real types (cattrs)."""
    attrs.resolve_types(cls)
    return cls


# -- reading one field ------------------------------------------------------------------


def _describe(cls: type, attribute: attrs.Attribute[Any], hint: Any) -> Field:
    optional, many, options = _unpack(hint)
    if set(options) == {*_EXACT_TYPES}:
        target: Any = exact.Value
    elif len(options) == 1:
        target = options[0]
    else:
        target = None
    link = attribute.metadata.get(checks.LINK)
    shape, item = _shape(target, attribute.name == "id" or link)
    if shape is None:
        where = f"{cls.__name__}.{attribute.name}"
        raise TypeError(f"the model has no shape for {where}: {attribute.type}")
    return Field(
        name=attribute.name,
        shape=shape,
        many=many,
        optional=optional,
        required=attribute.default is attrs.NOTHING,
        cls=item,
        link=link,
        doc=attribute.metadata.get(checks.DOC, ""),
        attribute=attribute,
    )


_EXACT_TYPES = typing.get_args(exact.Value)
_SCALARS = {int: Shape.INTEGER, bool: Shape.BOOLEAN, datetime.date: Shape.DATE}


def _shape(target: Any, is_id: object) -> tuple[Shape | None, type | None]:
    if target is exact.Value:
        return Shape.EXACT, None
    if target is str:
        return (Shape.ID if is_id else Shape.TEXT), None
    if target in _SCALARS:
        return _SCALARS[target], None
    if isinstance(target, type) and issubclass(target, Enum):
        return Shape.ENUM, target
    if isinstance(target, type) and attrs.has(target):
        return (Shape.RECORD if issubclass(target, Record) else Shape.VALUE), target
    return None, None


def _unpack(tp: Any) -> tuple[bool, bool, list[Any]]:
    """``(optional, many, item types)`` of an evaluated annotation."""
    union = typing.get_origin(tp) in (types.UnionType, typing.Union)
    options = list(typing.get_args(tp)) if union else [tp]
    optional = type(None) in options
    options = [o for o in options if o is not type(None)]
    many = len(options) == 1 and typing.get_origin(options[0]) is tuple
    return optional, many, list(typing.get_args(options[0])[:1]) if many else options


_RECORD_FIELDS: dict[type, tuple[str, ...]] = {}


def _record_fields(cls: type, within: frozenset[type] = frozenset()) -> tuple[str, ...]:
    """Names of the fields of ``cls`` that may hold records, directly or nested.

    ``within`` are the classes being worked out further up: a class that refers back to
    one of them holds no records that way. Only answers worked out from the top are kept.
    """
    names = _RECORD_FIELDS.get(cls)
    if names is None:
        inner = within | {cls}
        names = tuple(
            f.name
            for f in (fields_of(cls) if attrs.has(cls) else ())
            if f.cls is not None
            and (
                f.shape is Shape.RECORD
                or (f.shape is Shape.VALUE and f.cls not in inner and _record_fields(f.cls, inner))
            )
        )
        if not within:
            _RECORD_FIELDS[cls] = names
    return names
