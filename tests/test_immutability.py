"""No user can change a constant: every attribute, container and mapping refuses."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from types import FunctionType, MappingProxyType, ModuleType, UnionType
from typing import Any, TypeVar

import attrs
import pytest

import miit2014
from miit2014 import REPORT, from_json, glossary, to_json
from miit2014.exchange import tables
from miit2014.model import html, wording
from miit2014.model.frozen import FrozenMap
from samples import everything

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


# -- no mutable container is reachable from a constant or a result ---------------------


_READ_ONLY_LEAVES = (str, bytes, int, float, Decimal, Fraction, datetime.date, Enum, type(None))


def _mutable_inside(obj: object, where: str, seen: set[int]) -> Iterator[str]:
    """Where, inside ``obj``, a dict, list, set or other mutable container is reachable."""
    if id(obj) in seen or isinstance(obj, (*_READ_ONLY_LEAVES, re.Pattern)):
        return
    seen.add(id(obj))
    if isinstance(obj, type | ModuleType | FunctionType | TypeVar | UnionType) or callable(obj):
        return
    if type(obj).__module__ in ("typing", "__future__"):  # annotations, aliases
        return
    if isinstance(obj, tuple | frozenset):
        for i, item in enumerate(obj):
            yield from _mutable_inside(item, f"{where}[{i}]", seen)
    elif isinstance(obj, FrozenMap | MappingProxyType):
        for key, value in obj.items():
            yield from _mutable_inside(value, f"{where}[{key!r}]", seen)
    elif attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):  # type: ignore[misc]
            yield from _mutable_inside(getattr(obj, field.name), f"{where}.{field.name}", seen)
    else:
        yield f"{where}: {type(obj).__name__}"


def _modules() -> Iterator[ModuleType]:
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages(miit2014.__path__, "miit2014."):
        if not info.name.endswith("__main__"):
            yield importlib.import_module(info.name)


def test_no_module_constant_holds_a_mutable_container() -> None:
    found: list[str] = []
    checked = 0
    for module in [miit2014, *_modules()]:
        for name, value in vars(module).items():
            if name.startswith("_") or isinstance(value, ModuleType):
                continue
            checked += 1
            found.extend(_mutable_inside(value, f"{module.__name__}.{name}", set()))
    for private in (tables._TABLE_SCHEMA_TYPE, tables._CHILDREN):
        found.extend(_mutable_inside(private, "tables", set()))
    assert not found
    assert checked > 100


def test_no_record_report_or_result_holds_a_mutable_container() -> None:
    results = everything()
    del results["an error"]  # an exception has a mutable __dict__ by nature
    found: list[str] = []
    for name, value in results.items():
        found.extend(_mutable_inside(value, name, set()))
    assert not found


def test_what_a_report_derives_cannot_be_cleared_or_poisoned() -> None:
    report = from_json(to_json(REPORT))
    root = report.roots()[0]
    children = report.children(root)
    with pytest.raises(AttributeError):
        report._derived.clear()  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        report._loaders.clear()  # type: ignore[attr-defined]
    report.memo("report.children", lambda _: FrozenMap())  # a foreign builder
    assert report.children(root) == children
    with pytest.raises(TypeError):
        report.index["x"] = root  # type: ignore[index]


@pytest.mark.parametrize(
    "constant",
    [
        wording.QUALIFIER_EN,
        wording.QUALIFIER_WORDS_ZH,
        tables.KINDS,
        html.COLUMNS,
        glossary.TERMS,
    ],
)
def test_public_tables_are_read_only(constant: Any) -> None:
    key = next(iter(constant))
    with pytest.raises(TypeError):
        constant[key] = "changed"
    for change in ("clear", "pop", "update", "setdefault"):
        assert not hasattr(constant, change)
