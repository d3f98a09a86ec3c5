"""Golden outputs: the exact bytes of every export of the shipped report.

A refactor must leave them identical; a deliberate change of the data or of a format
regenerates them (``python tests/test_golden.py``) and the diff is reviewed like code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import miit2014
from miit2014.exchange import formats, reading, schema, tables

GOLDEN = Path(__file__).with_name("golden")


def produce(folder: Path) -> list[Path]:
    """Write every export of :data:`miit2014.REPORT` into ``folder``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, indent in (("report.json", None), ("report-indented.json", 2)):
        path = folder / name
        path.write_bytes(miit2014.to_json(miit2014.REPORT, indent=indent).encode("utf-8"))
        written.append(path)
    written.append(reading.to_html(folder / "report.html"))
    schema_path = folder / "schema.json"
    schema.write_schema(str(schema_path))
    written.append(schema_path)
    written.append(tables.to_datapackage(folder / "tables"))
    written.extend(sorted((folder / "tables").glob("*.csv")))
    for name, file in (("tmx", "report.tmx"), ("pairs-jsonl", "pairs.jsonl")):
        written.extend(formats.export(name, folder / file))
    return written


def _golden_files() -> list[str]:
    return sorted(str(p.relative_to(GOLDEN)) for p in GOLDEN.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def produced(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("golden")
    produce(folder)
    return folder


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
