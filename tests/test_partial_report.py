"""Every export of any valid partial report validates against its own schema.

Each section of the report in turn loses one record (for a figure, with the outcomes
that answer it), the rest loads with ``from_json``, and every format of the registry
writes it: the JSON is checked against the JSON Schema, the data package (and the plain
CSVs, through the package's Table Schemas) with frictionless, the outcomes document by
loading each record back.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from miit2014 import REPORT, DataError, from_json, to_json
from miit2014.exchange.formats import FORMATS, export
from miit2014.exchange.schema import json_schema
from miit2014.model.edition import Edition
from miit2014.model.outcome import Outcome, Unsourced
from miit2014.model.report import Report
from miit2014.outcomes import OUTCOMES, UNSOURCED

frictionless = pytest.importorskip("frictionless")

SECTIONS = ("figures", "tasks", "people", "posts", "organizations", "initiatives")


def _drop_links(data: dict[str, Any], gone: str) -> None:
    """Drop the records that link to ``gone``: posts, and the meeting's participants."""
    for name in SECTIONS:
        data[name] = [
            r for r in data[name] if gone not in (r.get("person_id"), r.get("organization_id"))
        ]
    meeting = data["meeting"]
    meeting["participants"] = [p for p in meeting["participants"] if p["person_id"] != gone]


def _without(section: str) -> tuple[str, Report]:
    """The report less the last record of ``section`` that can go (alone, else with
    what links to it): the id dropped and the report loaded from JSON."""
    data = json.loads(to_json(REPORT))
    for i in reversed(range(len(data[section]))):
        for with_links in (False, True):
            trial = json.loads(json.dumps(data))
            gone = trial[section].pop(i)["id"]
            if with_links:
                _drop_links(trial, gone)
            try:
                return gone, from_json(json.dumps(trial, ensure_ascii=False))
            except DataError:
                continue
    raise AssertionError(f"no record of {section} can be dropped")


def _edition(report: Report) -> Edition:
    """The report with the shipped outcomes that still have their figure."""
    figures = {f.id for f in report.figures}
    return Edition(
        report=report,
        outcomes=tuple(o for o in OUTCOMES if o.figure_id in figures),
        unsourced=tuple(u for u in UNSOURCED if u.figure_id in figures),
    )


def _errors_of_package(descriptor: Path) -> list[tuple[str, str, str]]:
    report = frictionless.validate(str(descriptor))
    return [(t.name, e.type, e.message) for t in report.tasks for e in t.errors]


def _check(name: str, given: Report | Edition, target: Path, package: Path) -> None:
    """Write ``given`` in format ``name`` and validate it against its own schema."""
    export(name, target, report=given)
    if name == "json":
        jsonschema.validate(json.loads(target.read_text(encoding="utf-8")), json_schema())
    elif name == "datapackage":
        assert _errors_of_package(target / "datapackage.json") == []
    elif name == "csv":  # the same tables as the package: its Table Schemas apply
        for csv_file in target.iterdir():
            assert csv_file.read_bytes() == (package / csv_file.name).read_bytes()
    elif name == "csv-excel":
        for csv_file in target.iterdir():
            assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf")
            assert (package / csv_file.name).exists()
    elif name == "outcomes":
        document = json.loads(target.read_text(encoding="utf-8"))
        for kind, cls in (("outcomes", Outcome), ("unsourced", Unsourced)):
            for item in document[kind]:
                from_json(json.dumps(item, ensure_ascii=False), cls)
        figures = {f.id for f in (given.report if isinstance(given, Edition) else given).figures}
        assert {row["figure_id"] for row in document["scorecard"]} <= figures
    else:  # a format this test does not know yet still writes
        assert target.exists()


@pytest.mark.parametrize("section", SECTIONS)
def test_a_report_missing_one_record_exports_valid_files_in_every_format(
    section: str, tmp_path: Path
) -> None:
    gone, report = _without(section)
    assert REPORT.get(gone) is not None
    assert gone not in {r.id for r in getattr(report, section)}
    for given in (report, _edition(report)):
        out = tmp_path / type(given).__name__
        package = out / "datapackage"
        ordered: list[Any] = sorted(FORMATS, key=lambda f: f.name != "datapackage")
        for fmt in ordered:
            _check(fmt.name, given, out / fmt.name, package)
        shutil.rmtree(out)


def test_a_loaded_report_without_an_answered_figure_fits_its_own_table_schema(
    tmp_path: Path,
) -> None:
    data = json.loads(to_json(REPORT))
    data["figures"] = [f for f in data["figures"] if f["id"] != "figure.iptv-users-target-2014"]
    report = from_json(json.dumps(data, ensure_ascii=False))
    export("datapackage", tmp_path, report=report)
    assert _errors_of_package(tmp_path / "datapackage.json") == []
