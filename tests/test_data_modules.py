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
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
from hypothesis import given

from miit2014 import REPORT, SOURCE_TEXT, DataError
from miit2014.model.base import Record, Span, locate, quoted
from miit2014.model.report import SECTIONS
from miit2014.model.task import Task
from miit2014.source import find_all
from strategies import spans

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


# -- spans are computed from quotes -------------------------------------------------------

DATA_FILES = sorted(
    [
        *(Path(importlib.import_module(f"miit2014.{name}").__file__ or "") for name in MODULES),
        *Path(importlib.import_module("miit2014.tasks").__file__ or "").parent.glob("[a-z]*.py"),
    ]
)


def _records(value: Any) -> Iterator[Record]:
    """Every record in ``value``, nested ones included."""
    if isinstance(value, Record):
        yield value
        for field in attrs.fields(type(value)):
            yield from _records(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _records(item)


def test_data_modules_count_no_offsets() -> None:
    """At most 15 ``Span(`` literals, each with a comment saying why its quote cannot
    locate it; today there are none."""
    literals = [
        (path.name, line)
        for path in DATA_FILES
        for line in path.read_text(encoding="utf-8").splitlines()
        if "Span(" in line and not line.lstrip().startswith("#")
    ]
    assert len(literals) <= 15
    assert all("#" in line for _, line in literals), literals


def test_every_quote_is_one_greppable_literal() -> None:
    """Grepping the data for any record's quote, as printed, finds it (a parent task's
    quote is composed from its heading and children, which are written)."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in DATA_FILES)
    records = {
        r.id: r
        for name in SECTIONS
        for r in _records(getattr(REPORT, name))
        if not (isinstance(r, Task) and REPORT.children(r))
    }
    assert len(records) > 200
    missing = [rid for rid, r in records.items() if '"' + repr(r.quote)[1:-1] + '"' not in text]
    assert not missing


def test_a_quote_is_located_by_its_one_occurrence() -> None:
    span = locate("figure.x", "2014年底前4G商用城市超过300个")
    assert span.text == "2014年底前4G商用城市超过300个"
    assert quoted("figure.x", span.text) == {"id": "figure.x", "span": span, "quote": span.text}


@pytest.mark.parametrize(
    ("quote", "message"),
    [("宽带美国", "is not in the source"), ("宽带中国", "occurs 2 times in the source; say which")],
)
def test_a_quote_missing_or_repeated_is_an_error_naming_the_record(
    quote: str, message: str
) -> None:
    with pytest.raises(DataError, match=r"figure\.x: .*" + message):
        locate("figure.x", quote)


def test_occurrence_and_within_say_which_of_a_repeated_quote() -> None:
    first, second = (Span(a, b) for a, b in find_all("宽带中国"))
    assert locate("x", "宽带中国", occurrence=1) == first
    assert locate("x", "宽带中国", occurrence=2) == second
    with pytest.raises(DataError, match="no occurrence 3"):
        locate("x", "宽带中国", occurrence=3)
    window = Span(second.start - 5, len(SOURCE_TEXT))
    assert locate("x", "宽带中国", within=window) == second
    owner = next(t for t in REPORT.tasks if second in t.span and not REPORT.children(t))
    assert locate("x", "宽带中国", within=owner) == second
    with pytest.raises(DataError, match=r"is not in \["):
        locate("x", "宽带中国", within=Span(0, 10))


@given(spans(max_length=40))
def test_locate_finds_any_stretch_of_the_source_by_its_text(span: Span) -> None:
    """Any quote: its one occurrence, or, where it repeats, each by number."""
    places = [Span(a, b) for a, b in find_all(span.text)]
    assert span in places
    if len(places) == 1:
        assert locate("x", span.text) == span
    else:
        with pytest.raises(DataError, match=f"occurs {len(places)} times"):
            locate("x", span.text)
    n = places.index(span) + 1
    assert locate("x", span.text, occurrence=n) == span
    assert locate("x", span.text, within=span) == span
