"""Golden outputs: the exact bytes of every export of the shipped report.

One golden output per format of the registry (:data:`~miit2014.exchange.formats.FORMATS`),
written by the registry itself, so a new format is pinned as soon as it is registered
(the test then names the golden file it lacks), plus ``to_json`` compact and indented
and the JSON Schema. A refactor must leave them identical; a deliberate change of the data or of a
format regenerates them (``python tests/test_golden.py``) and the diff is reviewed like
code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import miit2014
from miit2014.exchange import formats, schema

GOLDEN = Path(__file__).with_name("golden")

#: Where each format's golden output lives (a file, or a directory for a set of files).
PLACES = {
    "json": "export.json",  # report-indented.json and a line end, as the CLI writes it
    "html": "report.html",
    "csv": "csv",
    "csv-excel": "csv-excel",
    "datapackage": "tables",
    "outcomes": "outcomes.json",
    "tmx": "report.tmx",
    "pairs-jsonl": "pairs.jsonl",
}

#: Binary formats, whose bytes carry what no golden can pin (a workbook's timestamps, a
#: database's page layout): tests/test_workbook.py and tests/test_database.py read them
#: back by structure instead.
STRUCTURAL = frozenset({"xlsx", "sqlite"})


def produce(folder: Path) -> list[Path]:
    """Write every export of the shipped edition into ``folder``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, indent in (("report.json", None), ("report-indented.json", 2)):
        path = folder / name
        path.write_bytes(miit2014.to_json(miit2014.REPORT, indent=indent).encode("utf-8"))
        written.append(path)
    schema_path = folder / "schema.json"
    schema.write_schema(str(schema_path))
    written.append(schema_path)
    for fmt in formats.FORMATS:
        if fmt.name not in STRUCTURAL:
            written.extend(formats.export(fmt.name, folder / PLACES.get(fmt.name, fmt.name)))
    return written


def _golden_files() -> list[str]:
    return sorted(str(p.relative_to(GOLDEN)) for p in GOLDEN.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def produced(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("golden")
    produce(folder)
    return folder


def test_every_format_of_the_registry_has_a_golden_output() -> None:
    for fmt in formats.FORMATS:
        if fmt.name not in STRUCTURAL:
            assert (GOLDEN / PLACES.get(fmt.name, fmt.name)).exists(), fmt.name


def test_the_same_files_are_produced(produced: Path) -> None:
    mine = sorted(str(p.relative_to(produced)) for p in produced.rglob("*") if p.is_file())
    assert mine == _golden_files()


@pytest.mark.parametrize("name", _golden_files())
def test_bytes_are_identical(produced: Path, name: str) -> None:
    assert (produced / name).read_bytes() == (GOLDEN / name).read_bytes(), (
        f"{name} changed; if the change is deliberate, run python tests/test_golden.py"
    )


if __name__ == "__main__":
    for path in produce(GOLDEN):
        print(path.relative_to(GOLDEN))
    sys.exit(0)
