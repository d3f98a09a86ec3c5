"""No user can change a constant: every attribute, container and mapping refuses."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from decimal import Decimal
from enum import Enum
from fractions import Fraction

import attrs
import pytest

import miit2014
from miit2014 import REPORT, from_json, glossary, to_json
from miit2014.model.frozen import FrozenMap

IMMUTABLE_LEAVES = (str, int, Decimal, Fraction, datetime.date, Enum, type(None))


def _walk(obj: object, path: str = "REPORT") -> Iterator[tuple[str, object]]:
    yield path, obj
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):  # type: ignore[arg-type]
            if field.init:
                yield from _walk(getattr(obj, field.name), f"{path}.{field.name}")
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from _walk(item, f"{path}[{i}]")


def test_everything_reachable_is_frozen_or_immutable() -> None:
    count = 0
    for path, obj in _walk(REPORT):
        count += 1
        if attrs.has(type(obj)):
            # frozen is proven attribute by attribute below; slots stop new attributes
            assert "__dict__" not in dir(obj), path
        else:
            assert isinstance(obj, (tuple, *IMMUTABLE_LEAVES)), f"{path}: {type(obj)}"
    assert count > 50


def test_assigning_any_attribute_raises() -> None:
    for _, obj in _walk(REPORT):
        if not attrs.has(type(obj)):
            continue
        for field in attrs.fields(type(obj)):  # type: ignore[arg-type]
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                setattr(obj, field.name, None)
        with pytest.raises((attrs.exceptions.FrozenInstanceError, AttributeError)):
            obj.brand_new_attribute = 1  # type: ignore[attr-defined]


def test_collections_cannot_be_mutated() -> None:
    with pytest.raises(TypeError):
        REPORT.figures[0] = REPORT.figures[1]  # type: ignore[index]
    with pytest.raises(AttributeError):
        REPORT.figures.append(REPORT.figures[0])  # type: ignore[attr-defined]
    assert isinstance(REPORT.index, FrozenMap)
    with pytest.raises(TypeError):
        REPORT.index["x"] = REPORT.figures[0]  # type: ignore[index]
    with pytest.raises(TypeError):
        glossary.TERMS["x"] = "y"  # type: ignore[index]


def test_module_level_report_is_the_one_everyone_sees() -> None:
    assert miit2014.REPORT is miit2014.edition.REPORT


def test_a_collections_id_index_cannot_be_reached_or_replaced() -> None:
    figures = from_json(to_json(REPORT)).figures
    first = figures[0]
    with pytest.raises(TypeError):
        vars(figures)
    with pytest.raises(AttributeError):
        figures.__dict__  # noqa: B018
    for name in ("_index", "index", "_Records__index"):
        object.__setattr__(figures, name, {first.id: figures[1]})
    assert figures[first.id] is first
    assert figures.ids()[0] == first.id
