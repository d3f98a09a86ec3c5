"""Finding one's way: records by id in every collection, a clean ``dir()``, and the public
submodules reachable as attributes without loading what is not asked for."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import miit2014
from miit2014 import REPORT
from miit2014.model import Records
from miit2014.model.report import SECTIONS

COLLECTIONS = SECTIONS[1:]


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_record_is_found_by_id_in_its_collection(name: str) -> None:
    records = getattr(REPORT, name)
    assert isinstance(records, Records)
    assert isinstance(records, tuple)
    for i, record in enumerate(records):
        assert records[record.id] is record
        assert records[i] is record
        assert record.id in records
        assert record in records
    assert records.ids() == tuple(r.id for r in records)


def test_integer_and_slice_indexing_are_a_tuples() -> None:
    figures = REPORT.figures
    assert figures[-1] is tuple(figures)[-1]
    assert figures[1:3] == tuple(figures)[1:3]
    assert type(figures[1:3]) is tuple
    with pytest.raises(IndexError):
        figures[len(figures)]


def test_an_unknown_id_is_a_key_error_suggesting_close_ones() -> None:
    with pytest.raises(
        KeyError, match=r"did you mean 'figure\.industrial-value-added-growth-2013'"
    ):
        REPORT.figures["figure.industrial-value-added-growth-2014"]
    with pytest.raises(KeyError, match="among these 31 Figure records"):
        REPORT.figures["plan-2014"]
    assert "plan-2014" not in REPORT.figures
    assert "plan-2014" in REPORT.tasks


def test_the_index_is_built_once_and_the_collection_stays_immutable() -> None:
    figures = REPORT.figures
    assert figures._by_id() is figures._by_id()  # one dict, kept: look-ups are O(1)
    with pytest.raises(AttributeError):
        figures.extra = 1  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        del figures._index  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        figures[0] = figures[1]  # type: ignore[index]


def test_a_collection_pickles_as_its_records() -> None:
    copy = pickle.loads(pickle.dumps(REPORT.figures))
    assert type(copy) is Records
    assert copy == REPORT.figures
    assert copy[REPORT.figures[0].id] == REPORT.figures[0]


def test_dir_shows_the_public_names_and_submodules_only() -> None:
    names = dir(miit2014)
    for junk in ("Any", "TYPE_CHECKING", "annotations", "importlib"):
        assert junk not in names
    assert {"REPORT", "search", "evaluate", "plot", "outcomes", "exchange", "analysis"} <= set(
        names
    )
    assert names == sorted(names)


def _fresh(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_every_name_in_dir_resolves_in_a_fresh_interpreter() -> None:
    code = (
        "import miit2014\n"
        "missing = [n for n in dir(miit2014) if getattr(miit2014, n, None) is None]\n"
        "print(missing)\n"
    )
    assert _fresh(code) == "[]"


def test_submodules_are_attributes_loaded_only_when_asked_for() -> None:
    code = (
        "import sys, miit2014\n"
        "heavy = ('pandas', 'matplotlib', 'miit2014.analysis.search', 'miit2014.exchange.tables')\n"
        "print([m for m in heavy if m in sys.modules])\n"
        "print(miit2014.analysis.search.search('苗圩')[0].id)\n"
        "print(miit2014.exchange.tables.table('figures').name)\n"
        "print(miit2014.figures.LTE_USERS_TARGET_2014.id)\n"
        "print(type(miit2014.search).__name__, miit2014.plot.__name__)\n"
    )
    assert _fresh(code).splitlines() == [
        "[]",
        "person.miao-wei",
        "figures",
        "figure.lte-users-target-2014",
        "function miit2014.views.plot",
    ]


@pytest.mark.parametrize("package", ["analysis", "exchange"])
def test_a_layers_lazy_modules_are_all_its_modules(package: str) -> None:
    module = getattr(miit2014, package)
    on_disk = {
        p.stem for p in Path(module.__file__).parent.glob("*.py") if not p.stem.startswith("_")
    }
    assert set(dir(module)) == on_disk
    with pytest.raises(AttributeError):
        module.nothing_of_the_sort  # noqa: B018
