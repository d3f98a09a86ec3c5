"""The contract every data module keeps, so that a reader finds a record where its id says.

For each record constant of a data module: its name spells its id (``figure.lte-users-
target-2014`` is ``LTE_USERS_TARGET_2014``; an id part that begins with a digit keeps its
kind as a prefix: ``MEETING_2013_12_27``; an outcome's ends in its kind, so that it never
reads as the figure it answers: ``outcome.iptv-users-2014`` is ``IPTV_USERS_2014_OUTCOME``),
a ``#:`` comment documents it, it is listed exactly once in its module's collection, and
the collection runs in document order, as the constants do.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from miit2014 import REPORT

#: Data module -> the names of its collections (empty: a single record, no collection).
MODULES: dict[str, tuple[str, ...]] = {
    "figures": ("FIGURES",),
    "people": ("PEOPLE", "POSTS"),
    "organizations": ("ORGANIZATIONS",),
    "initiatives": ("INITIATIVES",),
    "meeting": (),
    "outcomes": ("OUTCOMES", "UNSOURCED"),
}

_ASSIGNMENT = re.compile(r"^([A-Z][A-Z0-9_]*)(?:: [^=]+)? = ", re.MULTILINE)


def spelled(record_id: str) -> str:
    """The constant name an id asks for."""
    kind, _, rest = record_id.partition(".")
    name = re.sub(r"[-.]", "_", rest).upper()
    if kind in ("outcome", "unsourced"):
        return f"{name}_{kind.upper()}"
    return f"{kind.upper()}_{name}" if name[:1].isdigit() else name


def records_of(module: ModuleType) -> list[tuple[str, Any]]:
    """The module's record constants, in the order they are defined."""
    text = Path(module.__file__ or "").read_text(encoding="utf-8")
    names = [m.group(1) for m in _ASSIGNMENT.finditer(text)]
    return [(n, getattr(module, n)) for n in names if hasattr(getattr(module, n), "id")]


def position(record: Any) -> tuple[int, ...]:
    """Where a record stands in the document; an outcome (or the record of a search that
    found none) stands where its figure does."""
    if hasattr(record, "span"):
        return (record.span.start, record.span.end)
    target = REPORT.get(record.figure_id)
    return (target.span.start, target.span.end)


@pytest.fixture(params=sorted(MODULES), name="module")
def _module(request: pytest.FixtureRequest) -> ModuleType:
    return importlib.import_module(f"miit2014.{request.param}")


def test_each_constant_is_named_by_its_id(module: ModuleType) -> None:
    wrong = [(name, r.id) for name, r in records_of(module) if name != spelled(r.id)]
    assert not wrong, f"rename to spell the id: {wrong}"


def test_each_constant_has_a_doc_comment(module: ModuleType) -> None:
    lines = Path(module.__file__ or "").read_text(encoding="utf-8").split("\n")
    bare = [
        lines[i].split(" ")[0]
        for i in range(1, len(lines))
        if _ASSIGNMENT.match(lines[i])
        and hasattr(getattr(module, lines[i].split(" ")[0].rstrip(":")), "id")
        and not lines[i - 1].startswith("#:")
    ]
    assert not bare, f"no #: comment above {bare}"


def test_each_constant_is_listed_once_in_its_collection(module: ModuleType) -> None:
    collections = MODULES[module.__name__.rpartition(".")[2]]
    if not collections:
        assert len(records_of(module)) == 1
        return
    listed = [item for name in collections for item in getattr(module, name)]
    for name, record in records_of(module):
        count = sum(item is record for item in listed)
        assert count == 1, f"{name} is listed {count} times"


def test_collections_and_constants_run_in_document_order(module: ModuleType) -> None:
    for name in MODULES[module.__name__.rpartition(".")[2]]:
        places = [position(r) for r in getattr(module, name)]
        assert places == sorted(places), f"{name} is out of document order"
    defined = [r for _, r in records_of(module)]
    assert [position(r) for r in defined] == sorted(position(r) for r in defined), (
        "constants are defined out of document order"
    )


def test_the_spelling_rule() -> None:
    assert spelled("figure.lte-users-target-2014") == "LTE_USERS_TARGET_2014"
    assert spelled("initiative.18th-party-congress") == "INITIATIVE_18TH_PARTY_CONGRESS"
    assert spelled("meeting.2013-12-27") == "MEETING_2013_12_27"
