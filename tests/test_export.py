"""CSV and Frictionless exports: lossless, deterministic, and valid to a generic checker."""

from __future__ import annotations

import csv
import datetime
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import typing
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import frictionless
import pytest
from hypothesis import given
from hypothesis import strategies as st

from miit2014 import REPORT, SOURCE_SHA256, SOURCE_TEXT, __version__, from_json, to_json
from miit2014.exchange import formats, tables
from miit2014.exchange import tables as export
from miit2014.exchange.jsonio import structure
from miit2014.model import Figure, Record, Report, Span, Task, Unit, checks
from miit2014.model import exact as exact_numbers
from miit2014.model.citation import Citation
from miit2014.model.entities import (
    Initiative,
    Meeting,
    Organization,
    Participation,
    Person,
    Post,
    Session,
    Statement,
)
from miit2014.model.fields import resolved
from miit2014.model.outcome import Outcome, Unsourced
from miit2014.outcomes import OUTCOMES, UNSOURCED
from strategies import figures

Tables = dict[str, list[dict[str, str]]]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The exported data package; every test reads it, none writes to it."""
    return export.to_datapackage(tmp_path_factory.mktemp("package"))


@pytest.fixture(scope="module")
def rows(package: Path) -> Tables:
    return {t.name: read_csv(package.parent / f"{t.name}.csv") for t in export.tables()}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# -- reading the tables back into records, independently of the exporter ------------

#: Which table holds the items of a field that holds records: the documented layout.
CHILD_TABLE: dict[Any, str] = {
    Span: "mentions",
    Citation: "citations",
    Statement: "meeting_statements",
    Session: "meeting_sessions",
    Participation: "meeting_participants",
    (Session, "speaker_ids"): "meeting_session_speakers",
    (Outcome, "sources"): "outcome_sources",
    (Outcome, "conflicts_with"): "outcome_conflicts",
    (Unsourced, "seen"): "unsourced_seen",
}
#: The column of a table of link ids that holds the linked id.
LINK_COLUMN = {
    (Session, "speaker_ids"): "organization_id",
    (Outcome, "conflicts_with"): "conflicts_with",
}


def rebuild(cls: type, row: dict[str, str], tables: Tables, prefix: str = "") -> dict[str, Any]:
    """The JSON form of the record in ``row`` (with its items from the child tables)."""
    resolved(cls)
    data: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if not field.init:
            continue
        key = prefix + field.name
        many = typing.get_origin(field.type) is tuple
        options = [a for a in typing.get_args(field.type) if a is not type(None)]
        tp = typing.get_args(field.type)[0] if many else (options[0] if options else field.type)
        if (attrs.has(tp) and (many or issubclass(tp, Record))) or (
            checks.LINK in field.metadata and many
        ):
            items = children(cls, field.name, tp, row["id"], tables)
            data[field.name] = items if many else items[0]
        elif many:  # a list column
            data[field.name] = row[key].split(";") if row[key] else []
        elif attrs.has(tp):
            inner = f"{key}_"
            empty = all(v == "" for k, v in row.items() if k.startswith(inner))
            data[field.name] = None if empty else rebuild(tp, row, tables, prefix=inner)
        elif tp is int:
            data[field.name] = int(row[key])
        else:  # text, ids, enums, dates and exact numbers are all strings in JSON
            data[field.name] = row[key] or None
    return data


def children(owner: type, field: str, item: type, owner_id: str, tables: Tables) -> list[Any]:
    """The items of ``owner_id``'s ``field``, from their child table, in order."""
    owner_column = f"{owner.__name__.lower()}_id"  # the owners' names are single words
    table = CHILD_TABLE.get((owner, field)) or CHILD_TABLE[item]
    found = [
        r for r in tables[table] if r[owner_column] == owner_id and r.get("field", field) == field
    ]
    found.sort(key=lambda r: int(r["position"]))
    if item is str:
        return [r[LINK_COLUMN[(owner, field)]] for r in found]
    return [rebuild(item, r, tables, "span_" if item is Span else "") for r in found]


def rebuild_all(cls: type, table: str, tables: Tables) -> list[Any]:
    return [structure(rebuild(cls, row, tables), cls) for row in tables[table]]


# -- the CSVs -----------------------------------------------------------------------


def test_one_utf8_csv_per_table_with_its_header(package: Path) -> None:
    written = sorted(p.name for p in package.parent.glob("*.csv"))
    assert written == sorted(f"{t.name}.csv" for t in export.tables())
    for tab in export.tables():
        data = (package.parent / f"{tab.name}.csv").read_bytes()
        text = data.decode("utf-8")
        assert not text.startswith("\ufeff")
        assert "\r" not in text  # '\n' line ends; the data hold no carriage return
        assert text.endswith("\n")
        assert text.split("\n", 1)[0] == ",".join(c.name for c in tab.columns)


def test_figure_rows_say_exactly_what_the_records_say(rows: Tables) -> None:
    table = rows["figures"]
    assert [r["id"] for r in table] == [f.id for f in REPORT.figures]
    for fig, row in zip(REPORT.figures, table, strict=True):
        assert (int(row["span_start"]), int(row["span_end"])) == (fig.span.start, fig.span.end)
        assert row["quote"] == fig.quote == SOURCE_TEXT[fig.span.start : fig.span.end]
        value = exact_numbers.from_text(row["value"])
        assert value == fig.value
        assert type(value) is type(fig.value)
        assert float(row["value_float"]) == float(fig.value)
        assert row["unit"] == fig.unit.value
        assert row["status"] == fig.status.value
        assert row["commitment"] == (fig.commitment.value if fig.commitment else "")
        assert row["period_kind"] == fig.period.kind.value
        assert row["period_end"] == fig.period.end.isoformat()
        assert row["period_start"] == (fig.period.start.isoformat() if fig.period.start else "")
        task = REPORT.task_of(fig)
        assert row["task_id"] == (task.id if task else "")


def test_fractions_and_big_values_are_written_exactly(rows: Tables) -> None:
    by_id = {r["id"]: r for r in rows["figures"]}
    fractions = [f for f in REPORT.figures if isinstance(f.value, Fraction)]
    assert fractions, "the report has a fraction (三分之一)"
    for fig in fractions:
        assert by_id[fig.id]["value"] == f"{fig.value.numerator}/{fig.value.denominator}"
    big = max(REPORT.figures, key=lambda f: f.value)
    assert by_id[big.id]["value"] == format(big.value, "f")
    assert "e" not in by_id[big.id]["value"].lower()


@pytest.mark.parametrize(
    ("cls", "table", "records"),
    [
        (Figure, "figures", REPORT.figures),
        (Task, "tasks", REPORT.tasks),
        (Person, "people", REPORT.people),
        (Post, "posts", REPORT.posts),
        (Organization, "organizations", REPORT.organizations),
        (Initiative, "initiatives", REPORT.initiatives),
        (Meeting, "meeting", (REPORT.meeting,)),
        (Outcome, "outcomes", OUTCOMES),
        (Unsourced, "unsourced", UNSOURCED),
    ],
)
def test_every_record_rebuilds_from_the_tables(
    rows: Tables, cls: type, table: str, records: tuple[Any, ...]
) -> None:
    """Nothing is lost: each record, nested parts included, comes back equal."""
    assert rebuild_all(cls, table, rows) == list(records)


def test_mentions_quote_the_source_and_name_their_task(rows: Tables) -> None:
    mentioned = [*REPORT.people, *REPORT.organizations, *REPORT.initiatives]
    expected = [(r.id, m) for r in mentioned for m in r.mentions]
    table = rows["mentions"]
    assert len(table) == len(expected)
    got = {(r["record_id"], int(r["span_start"]), int(r["span_end"])): r for r in table}
    for record_id, span in expected:
        row = got[(record_id, span.start, span.end)]
        assert row["quote"] == span.text
        assert row[f"{row['record_type']}_id"] == record_id
        holders = [t for t in REPORT.tasks if span in t.span]
        if holders:
            assert row["task_id"] in {t.id for t in holders}
            deepest = REPORT.task(row["task_id"])
            assert all(deepest.span in t.span for t in holders)
        else:
            assert row["task_id"] == ""


@given(figures(), st.text(st.sampled_from(',";\n a中'), min_size=1).map(str.strip))
def test_any_figure_survives_a_csv_row(fig: Figure, note: str) -> None:
    """Commas, quotes, line breaks and Chinese all survive the quoting (text holds no
    other control character: a record refuses one)."""
    if note:
        fig = attrs.evolve(fig, note_en=note)
    assert rebuild_all(Figure, "figures", {"figures": [csv_round_trip("figures", fig)]}) == [fig]


def csv_round_trip(table: str, record: object) -> dict[str, str]:
    import io

    tab = export.table(table)
    values = [c.read(export.Row(record, report=REPORT)) for c in tab.columns]
    text = export._csv_text([[c.name for c in tab.columns], [export._cell(v) for v in values]])
    (row,) = csv.DictReader(io.StringIO(text, newline=""))
    return row


def test_a_list_item_holding_the_separator_is_refused() -> None:
    with pytest.raises(ValueError, match="separator"):
        export._cell(("a;b",))


def test_same_data_same_bytes_in_another_process(package: Path, tmp_path: Path) -> None:
    """Nothing depends on set order, hash seeds or the clock."""
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    code = "import sys, miit2014.exchange.tables as e; e.to_datapackage(sys.argv[1])"
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=True, env=env)
    first = {p.name: p.read_bytes() for p in package.parent.iterdir()}
    second = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert first == second


# -- the data package -----------------------------------------------------------------


def test_frictionless_finds_no_error(package: Path) -> None:
    report = frictionless.validate(str(package))
    errors = [(t.name, e.type, e.message) for t in report.tasks for e in t.errors]
    assert report.valid, errors or report.errors


def tamper(package: Path, tmp_path: Path, table: str, column: str, value: str, **where: str) -> Any:
    """A copy of the package with one cell changed; the errors frictionless then reports."""
    copy = tmp_path / "copy"
    shutil.copytree(package.parent, copy)
    path = copy / f"{table}.csv"
    table_rows = read_csv(path)
    target = next(r for r in table_rows if all(r[k] == v for k, v in where.items()))
    target[column] = value
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(table_rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(table_rows)
    resource = frictionless.Package(str(copy / "datapackage.json")).get_resource(table)
    report = resource.validate()
    return {e.type for t in report.tasks for e in t.errors}


@pytest.mark.parametrize(
    ("table", "column", "value", "where"),
    [
        ("posts", "person_id", "person.nobody", {}),
        ("posts", "organization_id", "org.nowhere", {}),
        ("tasks", "parent", "plan-2099", {}),
        ("figures", "task_id", "plan-2099", {}),
        ("outcomes", "figure_id", "figure.not-in-the-report", {}),
        ("outcome_sources", "outcome_id", "outcome.nowhere", {}),
        ("outcome_conflicts", "conflicts_with", "outcome.nowhere", {}),
        ("scorecard", "figure_id", "figure.nowhere", {}),
        ("mentions", "initiative_id", "initiative.nowhere", {"record_type": "initiative"}),
        ("meeting_session_speakers", "organization_id", "org.nowhere", {}),
    ],
)
def test_a_broken_link_fails_validation(
    package: Path, tmp_path: Path, table: str, column: str, value: str, where: dict[str, str]
) -> None:
    errors = tamper(package, tmp_path, table, column, value, **where)
    assert "foreign-key" in errors
    assert "hash-count" in errors  # any edit at all breaks the recorded SHA-256


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("figures", "unit", "parsecs"),
        ("figures", "value", "9.8e0"),
        ("figures", "span_start", "twelve"),
        ("tasks", "sectors", "steel;moon_mining"),
        ("people", "id", "Not An Id"),
    ],
)
def test_a_bad_cell_fails_validation(
    package: Path, tmp_path: Path, table: str, column: str, value: str
) -> None:
    errors = tamper(package, tmp_path, table, column, value)
    assert errors & {"constraint-error", "type-error"}


def test_the_package_names_the_document_its_source_and_version(package: Path) -> None:
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    assert descriptor["name"] == descriptor["document_id"] == "miit-work-conference-2013-12-27"
    assert descriptor["source_sha256"] == SOURCE_SHA256
    assert hashlib.sha256(SOURCE_TEXT.encode("utf-8")).hexdigest() == SOURCE_SHA256
    assert descriptor["version"] == __version__
    assert descriptor["title"]
    assert descriptor["licenses"][0]["name"] == "MIT"
    assert "not cover" in descriptor["licenses"][0]["title"]  # the ministry's text is not ours
    (source,) = descriptor["sources"]
    assert REPORT.meeting.headline.quote in source["title"]
    assert "path" not in source  # no address is known for the release; none is invented
    for resource in descriptor["resources"]:
        data = (package.parent / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()


def schema_of(package: Path, table: str) -> dict[str, Any]:
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    (resource,) = [r for r in descriptor["resources"] if r["name"] == table]
    schema: dict[str, Any] = resource["schema"]
    return schema


def test_foreign_keys_the_user_joins_on_are_declared(package: Path) -> None:
    declared = {
        (r["name"], fk["fields"][0], fk["reference"]["resource"] or r["name"])
        for r in json.loads(package.read_text(encoding="utf-8"))["resources"]
        for fk in r["schema"].get("foreignKeys", [])
    }
    assert {
        ("figures", "task_id", "tasks"),
        ("tasks", "parent", "tasks"),
        ("posts", "person_id", "people"),
        ("posts", "organization_id", "organizations"),
        ("outcomes", "figure_id", "figures"),
        ("outcome_sources", "outcome_id", "outcomes"),
        ("outcome_conflicts", "outcome_id", "outcomes"),
        ("outcome_conflicts", "conflicts_with", "outcomes"),
        ("unsourced", "figure_id", "figures"),
        ("unsourced_seen", "unsourced_id", "unsourced"),
        ("scorecard", "figure_id", "figures"),
        ("scorecard", "unsourced_id", "unsourced"),
        ("mentions", "person_id", "people"),
        ("mentions", "organization_id", "organizations"),
        ("mentions", "initiative_id", "initiatives"),
        ("mentions", "task_id", "tasks"),
        ("citations", "organization_id", "organizations"),
        ("meeting", "reporter_id", "people"),
        ("meeting_sessions", "chair_id", "people"),
        ("meeting_session_speakers", "session_id", "meeting_sessions"),
    } <= declared


def test_the_table_schema_follows_the_model(package: Path) -> None:
    fields = {f["name"]: f for f in schema_of(package, "figures")["fields"]}
    assert fields["unit"]["constraints"]["enum"] == [u.value for u in Unit]
    assert fields["value"]["type"] == "string"
    assert fields["value_float"]["type"] == "number"
    assert fields["span_start"]["type"] == "integer"
    assert fields["period_end"]["type"] == "date"
    assert fields["value"]["constraints"]["required"] is True
    assert "required" not in fields["commitment"].get("constraints", {})  # only targets have one
    assert "required" not in fields["period_start"].get("constraints", {})
    assert schema_of(package, "figures")["primaryKey"] == ["id"]
    assert schema_of(package, "mentions")["primaryKey"] == ["record_id", "position"]
    assert schema_of(package, "meeting_statements")["primaryKey"] == ["id"]


def test_numbers_are_floats_only_in_float_columns(package: Path) -> None:
    for resource in json.loads(package.read_text(encoding="utf-8"))["resources"]:
        for field in resource["schema"]["fields"]:
            assert (field["type"] == "number") == field["name"].endswith("_float"), field


# -- the layout follows the model -----------------------------------------------------


def test_a_field_of_unknown_shape_is_refused_not_dropped() -> None:
    @attrs.frozen
    class Odd:
        table: dict[str, int]

    with pytest.raises(TypeError, match=r"Odd\.table"):
        export._flatten(Odd, export._item)


def test_each_python_type_gets_its_column_kind() -> None:
    @attrs.frozen
    class Sample:
        flag: bool
        count: int
        day: datetime.date | None
        amount: Decimal | Fraction
        units: tuple[Unit, ...]
        span: Span

    columns, nested = export._flatten(Sample, export._item)
    assert nested == []
    assert [(c.name, c.kind, c.required) for c in columns] == [
        ("flag", "boolean", True),
        ("count", "integer", True),
        ("day", "date", False),
        ("amount", "exact", True),
        ("amount_float", "float", True),
        ("units", "list", False),
        ("span_start", "integer", True),
        ("span_end", "integer", True),
    ]
    row = export.Row(
        Sample(
            flag=True,
            count=3,
            day=None,
            amount=Fraction(1, 3),
            units=(Unit.YUAN, Unit.DAYS),
            span=Span(0, 2),
        ),
        report=REPORT,
    )
    cells = [export._cell(c.read(row)) for c in columns]
    assert cells == ["true", "3", "", "1/3", repr(1 / 3), "yuan;days", "0", "2"]


def test_the_data_dictionary_describes_every_column() -> None:
    dictionary = export.data_dictionary()
    assert [(t, c) for t, c, *_ in dictionary] == [
        (t.name, c.name) for t in export.tables() for c in t.columns
    ]
    undocumented = [
        (t.name, c.name) for t in export.tables() for c in t.columns if not c.description
    ]
    assert undocumented == []
    kinds = {(t, c): kind for t, c, kind, _, _ in dictionary}
    assert kinds[("figures", "value")] == "exact"
    assert all(kind in export.KINDS for kind in kinds.values())
    (unit,) = [text for t, c, _, _, text in dictionary if (t, c) == ("figures", "unit")]
    assert "percent" in unit


def test_every_table_is_described_and_named_once() -> None:
    names = [t.name for t in export.tables()]
    assert len(set(names)) == len(names)
    assert all(t.description for t in export.tables())
    with pytest.raises(KeyError, match="figures"):
        export.table("figure")


def test_importing_the_exporters_stays_cheap() -> None:
    code = (
        "import sys, miit2014, miit2014.exchange.tables, miit2014.exchange.frames;"
        "print(sorted({'csv', 'json', 'hashlib', 'pandas', 'polars', 'frictionless'}"
        " & set(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == "[]"


def test_a_field_holding_records_without_a_declared_table_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(export, "_CHILDREN", export._CHILDREN[:-1])
    export._declared.cache_clear()
    try:
        with pytest.raises(TypeError, match=r"Session\.speaker_ids"):
            export.tables()
    finally:
        export._declared.cache_clear()


# -- exports are atomic and safe to open -----------------------------------------------


def _limited(code: str, limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a process that may write no file larger than ``limit`` bytes."""
    resource = pytest.importorskip("resource")  # POSIX only

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        preexec_fn=cap,  # only the limit, set before exec
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )


def test_a_json_export_over_a_file_size_limit_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    formats.export("json", path)
    good = path.read_bytes()
    code = "import sys, miit2014.exchange.formats as f; f.export('json', sys.argv[1])"
    result = _limited(code, 64 * 1024, str(path))
    assert result.returncode != 0
    assert "File too large" in result.stderr
    assert path.read_bytes() == good
    assert sorted(os.listdir(tmp_path)) == ["report.json"]


def test_a_data_package_over_a_file_size_limit_leaves_the_old_one(tmp_path: Path) -> None:
    folder = tmp_path / "package"
    tables.to_datapackage(folder)
    good = {p.name: p.read_bytes() for p in folder.iterdir()}
    code = "import sys, miit2014.exchange.tables as t; t.to_datapackage(sys.argv[1])"
    result = _limited(code, 16 * 1024, str(folder))
    assert result.returncode != 0
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == good


def _other_report() -> Report:
    """A report whose tables differ from the shipped one's in the first table."""
    data = json.loads(to_json(REPORT))
    data["figures"][0]["note_en"] = '=HYPERLINK("http://example.org", "click")'
    return from_json(json.dumps(data, ensure_ascii=False))


def test_a_data_package_failing_part_way_leaves_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "package"
    tables.to_datapackage(folder)
    good = {p.name: p.read_bytes() for p in folder.iterdir()}
    done = 0
    original = tables._csv_text

    def failing(rows: Any) -> str:
        nonlocal done
        done += 1
        if done > 3:  # after the first tables are done
            raise OSError(28, "No space left on device")
        return original(rows)

    monkeypatch.setattr(tables, "_csv_text", failing)
    with pytest.raises(OSError, match="No space"):
        tables.to_datapackage(folder, report=_other_report())
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == good


def test_a_failed_export_into_a_new_directory_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables, "_descriptor", lambda *_: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        tables.to_datapackage(tmp_path / "new" / "package")
    assert list(tmp_path.iterdir()) == []


def test_an_export_never_writes_through_a_planted_symbolic_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "figures.csv").symlink_to(victim)
    with pytest.raises(OSError, match="symbolic link"):
        tables.to_csv(folder)
    with pytest.raises(OSError, match="symbolic link"):
        formats.export("json", folder / "figures.csv")
    assert victim.read_text() == "precious"
    assert sorted(os.listdir(folder)) == ["figures.csv"]


def test_excel_csv_has_a_bom_and_no_live_formula(tmp_path: Path) -> None:
    report = _other_report()
    plain = tables.to_csv(tmp_path / "plain", report=report)
    excel = formats.export("csv-excel", tmp_path / "excel", report=report)
    assert [p.name for p in plain] == [p.name for p in excel]
    for p, e in zip(plain, excel, strict=True):
        body = e.read_bytes()
        assert body.startswith(b"\xef\xbb\xbf")
        assert body[3:] == _excel_expected(p.read_text(encoding="utf-8")).encode("utf-8")
    figures = (tmp_path / "excel" / "figures.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in figures
    assert "'=HYPERLINK" not in (tmp_path / "plain" / "figures.csv").read_text(encoding="utf-8")


def _excel_expected(text: str) -> str:
    """The plain CSV with each formula-like cell behind an apostrophe (an oracle written
    with the csv module, independently of the exporter)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in csv.reader(io.StringIO(text, newline="")):
        writer.writerow(
            "'" + cell
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
            and not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?(e[+-]?[0-9]+)?", cell)
            else cell
            for cell in row
        )
    return out.getvalue()
