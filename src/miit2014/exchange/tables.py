"""Tabular exports: one CSV per record type, and a Frictionless data package around them.

Every table is laid out from the attrs model, never by hand: a scalar field becomes a
column, a nested value becomes prefixed columns (``span`` -> ``span_start``,
``span_end``; ``period`` -> ``period_kind``, ``period_end``, ``period_start``), an exact
number becomes its text plus a ``_float`` column, and a field holding records of its own
(mentions, citations, the meeting's statements and sessions, a session's speakers)
becomes a table of its own, linked back by id. So a new field appears in every export,
in the Table Schemas and in the data dictionary without a change here, and a field of a
shape this module cannot lay out raises ``TypeError`` rather than being dropped.

Cells are text: exact numbers in their one text form (:func:`~miit2014.model.exact.to_text`:
"9.8", "1/3"), dates as ``YYYY-MM-DD``, enums as their value, lists joined by ``;``, and
an empty cell for None or an empty list (text fields are never empty, so an empty cell
is never ambiguous). The only floats are the ``*_float`` columns, printed with
``repr`` (the shortest text that reads back as the same float, on every platform).

``json`` and ``hashlib`` load on first use; the CSV is written here (RFC 4180, ``\\n``
line ends), so ``csv`` is not needed at all. Files are written atomically
(:mod:`~miit2014.exchange.files`): a failed export leaves the previous one intact.

For Microsoft Excel, ``to_csv(..., excel=True)`` writes the same tables with a UTF-8
byte-order mark (without one, Excel reads UTF-8 as the local code page and garbles the
Chinese) and with every cell that Excel would run as a formula (one beginning with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return, unless it is a plain number)
prefixed with an apostrophe, which Excel shows as text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any

import attrs

from ..edition import or_default
from ..model import checks, exact
from ..model.base import Span
from ..model.brief import first_line
from ..model.fields import Shape, fields_of
from ..model.frozen import FrozenMap
from ..model.report import Report
from ..model.wording import value_text
from . import files

if TYPE_CHECKING:
    import os
    from pathlib import Path

#: What a column holds (read-only). The CSV cell, the Table Schema type and the
#: DataFrame dtype each follow from it.
KINDS: Mapping[str, str] = FrozenMap(
    {
        "id": "a record id (lowercase words joined by '-', parts by '.')",
        "text": "text",
        "exact": "an exact number as text ('9.8', '2000000000000', '1/3')",
        "float": "a binary float (for plotting; the exact number is in the column without _float)",
        "integer": "an integer",
        "date": "a date (YYYY-MM-DD)",
        "boolean": "true or false",
        "enum": "one of a fixed set of values",
        "list": "a list, its items joined by ';' (an empty cell is an empty list)",
    }
)

_TABLE_SCHEMA_TYPE: Mapping[str, str] = FrozenMap(
    {
        "id": "string",
        "text": "string",
        "exact": "string",
        "enum": "string",
        "list": "string",
        "float": "number",
        "integer": "integer",
        "date": "date",
        "boolean": "boolean",
    }
)

#: Separator of the items of a list column; no item may contain it.
LIST_SEPARATOR = ";"

#: Tables made from fields that hold records: keyed by "Owner.field" where one field has
#: a table of its own, else by the item class. Any other such field gets
#: "<owner table>_<field>".
_CHILD_TABLES: Mapping[str, str] = FrozenMap(
    {
        "Span": "mentions",
        "Citation": "citations",
        "Statement": "meeting_statements",
        "Session": "meeting_sessions",
        "Participation": "meeting_participants",
        "Session.speaker_ids": "meeting_session_speakers",
        "Outcome.sources": "outcome_sources",
        "Outcome.conflicts_with": "outcome_conflicts",
        "Unsourced.seen": "unsourced_seen",
    }
)

# Id fields that name a record of another class but carry no checks.LINK metadata yet.


@attrs.frozen
class Row:
    """What a table row is read from: an item, the report it belongs to, and for a child
    table where it sits."""

    item: Any
    report: Report = attrs.field(kw_only=True, eq=False, repr=False)
    owner: Any = attrs.field(default=None, kw_only=True)  # the record holding the item
    field: str = attrs.field(default="", kw_only=True)
    position: int = attrs.field(default=0, kw_only=True)


Reader = Callable[[Row], Any]


@attrs.frozen(kw_only=True)
class Column:
    """One column: its kind (see :data:`KINDS`), what it means, and how a row fills it."""

    name: str
    kind: str
    description: str
    required: bool
    values: tuple[str, ...] = ()  # the allowed values of an enum, or of a list's items
    references: str | None = None  # the table whose id this column holds (foreign key)
    read: Reader = attrs.field(eq=False, repr=False)

    @property
    def pattern(self) -> str | None:
        """The regular expression every non-empty cell matches in full, if one applies."""
        if self.kind == "id":
            return checks.ID_PATTERN.pattern
        if self.kind == "exact":
            return f"(?:{exact.DECIMAL_PATTERN}|{exact.FRACTION_PATTERN})"
        if self.kind == "list" and self.values:
            one = "|".join(re.escape(v) for v in self.values)
            return f"(?:{one})(?:{re.escape(LIST_SEPARATOR)}(?:{one}))*"
        return None


@attrs.frozen(kw_only=True)
class Table:
    """One exported table: its columns, its key, and the rows it is read from."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    rows: Callable[[Report], Iterable[Row]] = attrs.field(eq=False, repr=False)

    def records(self, report: Report | None = None) -> Iterator[tuple[Any, ...]]:
        """Each row of ``report`` (default :data:`~miit2014.REPORT`) as plain values: None,
        str, int, float, Decimal or Fraction, date, or a tuple of str; enums are given by
        their value."""
        for row in self.rows(or_default(report)):
            yield tuple(column.read(row) for column in self.columns)

    @property
    def foreign_keys(self) -> tuple[tuple[str, str], ...]:
        """(column, referenced table) pairs; the referenced column is always ``id``."""
        return tuple((c.name, c.references) for c in self.columns if c.references)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its name: the table is the package's, rebuilt by :func:`table`."""
        return (table, (self.name,))


# -- public API ---------------------------------------------------------------------


def tables() -> tuple[Table, ...]:
    """Every exported table, in a fixed order: the report's record types, the outcomes
    and the figures searched without one, the tables of nested records, then the
    scorecard (one row per forward-looking figure, from :func:`miit2014.scorecard`)."""
    return _tables()


def table(name: str) -> Table:
    """One table by name; a ``KeyError`` lists the names there are."""
    for candidate in tables():
        if candidate.name == name:
            return candidate
    names = ", ".join(repr(t.name) for t in tables())
    raise KeyError(f"no table {name!r}; the tables are {names}")


def to_csv(
    directory: str | os.PathLike[str], *, report: Report | None = None, excel: bool = False
) -> tuple[Path, ...]:
    """Write one UTF-8 CSV per table into ``directory`` (created if missing).

    For spreadsheets, R, databases: every record type as a flat table whose link
    columns hold ids. The same data always gives the same bytes. Returns the paths
    written, in the order of :func:`tables`. The files are written all or none (see
    :mod:`~miit2014.exchange.files`); a symbolic link in their place is refused.

    ``excel``: for Microsoft Excel, with a byte-order mark and formula-like cells
    neutralised (see the module docs). The plain files are for every other tool.
    """
    return files.write_all(directory, _csv_files(report, excel=excel))


def to_datapackage(directory: str | os.PathLike[str], *, report: Report | None = None) -> Path:
    """Write the CSVs and a ``datapackage.json`` describing them; return its path.

    A Frictionless Data Package lets a generic tool check the tables without this
    package: each CSV has a Table Schema (types, allowed values, required columns,
    primary and foreign keys), a size and a SHA-256, and the package names the source
    document, its SHA-256 and the version of miit2014 that wrote it. The tables and the
    descriptor are written all or none, the descriptor last.

    There is no Excel form of the package: the apostrophe that keeps Excel from running
    a cell as a formula changes the cell's value, which its Table Schema then refuses.
    """
    import json

    contents = _csv_files(report, excel=False)
    descriptor = _descriptor(contents, report)
    text = json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
    written = files.write_all(directory, [*contents, ("datapackage.json", text.encode("utf-8"))])
    return written[-1]


def datapackage_descriptor(
    paths: Iterable[Path], *, report: Report | None = None
) -> dict[str, Any]:
    """The ``datapackage.json`` content for the CSVs at ``paths`` (as :func:`to_csv` wrote
    them for ``report``)."""
    return _descriptor([(path.name, path.read_bytes()) for path in paths], report)


def _csv_files(report: Report | None, *, excel: bool) -> list[tuple[str, bytes]]:
    """Each table's file name and bytes."""
    neutral = _excel_cell if excel else _as_is
    out: list[tuple[str, bytes]] = []
    for tab in tables():
        lines = [_csv_line(neutral(c.name) for c in tab.columns)]
        lines.extend(_csv_line(neutral(_cell(v)) for v in record) for record in tab.records(report))
        text = "".join(lines)
        out.append((f"{tab.name}.csv", (_BOM if excel else "").encode() + text.encode("utf-8")))
    return out


def _descriptor(contents: Iterable[tuple[str, bytes]], report: Report | None) -> dict[str, Any]:
    import hashlib

    from .._version import __version__
    from ..source import DOCUMENT_ID, SOURCE_SHA256

    meeting = or_default(report).meeting
    resources = []
    for tab, (name, data) in zip(tables(), contents, strict=True):
        resources.append(
            {
                "name": tab.name,
                "path": name,
                "profile": "tabular-data-resource",
                "description": tab.description,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": len(data),
                "hash": f"sha256:{hashlib.sha256(data).hexdigest()}",
                "schema": table_schema(tab),
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": DOCUMENT_ID,
        "title": f"{meeting.name_en}, {meeting.start_date.isoformat()}: the news release as tables",
        "description": (
            f"The news release on the {meeting.name_en} ({meeting.name_zh}) of"
            f" {meeting.start_date.isoformat()} as linked tables, written by the Python"
            f" package miit2014 {__version__}. Every record has the verbatim Chinese quote it"
            " rests on and its place in the source text (span_start, span_end: code-point"
            " offsets, end-exclusive). Exact numbers are text ('9.8', '1/3'); the *_float"
            " columns are binary floats for convenience. The English is the package's own:"
            " no official English version of the release is known."
        ),
        "version": __version__,
        "document_id": DOCUMENT_ID,
        "source_sha256": SOURCE_SHA256,
        "licenses": [
            {
                "name": "MIT",
                "path": "https://opensource.org/licenses/MIT",
                "title": (
                    "MIT License, for the package's own work: the tables' structure, ids,"
                    " classifications, English renderings and notes. The Chinese quotes are"
                    " reproduced unchanged from the ministry's public news release, for"
                    " reference; this licence does not cover that text."
                ),
            }
        ],
        "sources": [
            {
                "title": (
                    f"{meeting.headline.quote}: public news release of the Ministry of"
                    " Industry and Information Technology of the People's Republic of China"
                    f" on the conference of {meeting.start_date.isoformat()} (UTF-8 text,"
                    f" SHA-256 {SOURCE_SHA256})"
                ),
            }
        ],
        "resources": resources,
    }


def table_schema(tab: Table) -> dict[str, Any]:
    """The Frictionless Table Schema of one table, from its columns."""
    schema: dict[str, Any] = {
        "fields": [_schema_field(c) for c in tab.columns],
        "missingValues": [""],
        "primaryKey": list(tab.primary_key),
    }
    keys = [
        {
            "fields": [column],
            # "" is the Table Schema spelling of "this same table"
            "reference": {"resource": "" if target == tab.name else target, "fields": ["id"]},
        }
        for column, target in tab.foreign_keys
    ]
    if keys:
        schema["foreignKeys"] = keys
    return schema


def data_dictionary() -> list[tuple[str, str, str, bool, str]]:
    """Every column of every table: (table, column, kind, required, description).

    The description ends with the allowed values and the referenced table, so the
    documentation page is generated from the model and cannot drift from it.
    """
    rows: list[tuple[str, str, str, bool, str]] = []
    for tab in tables():
        for column in tab.columns:
            text = column.description
            if column.values:
                text += f" One of: {', '.join(column.values)}."
            if column.references:
                text += f" References {column.references}.id."
            rows.append((tab.name, column.name, column.kind, column.required, text.strip()))
    return rows


# -- building the tables from the model ---------------------------------------------


@attrs.frozen(kw_only=True)
class _Nested:
    """A field holding records (or link ids) of its own: rows of a child table."""

    owner: type
    field: str
    item: Any  # the item class, or str for link ids
    many: bool
    doc: str
    link: str | None


@attrs.frozen(kw_only=True)
class _Source:
    """Where a child table's rows come from: one field of another table's items."""

    table: str
    nested: _Nested


@functools.cache
def _tables() -> tuple[Table, ...]:
    from ..model.outcome import Outcome, Unsourced

    built: dict[str, Table] = {}
    table_of: dict[str, str] = {}  # record class name -> the table of its records
    sources: dict[str, list[_Source]] = {}
    pending: list[tuple[str, type, str, Callable[[Report], Iterable[Row]]]] = []
    for field in fields_of(Report):
        if field.shape is Shape.RECORD:
            assert field.cls is not None
            rows = _top_rows(field.name, field.many)
            pending.append((field.name, field.cls, field.doc, rows))
    pending.append(("outcomes", Outcome, first_line(Outcome.__doc__), _outcome_rows))
    pending.append(("unsourced", Unsourced, first_line(Unsourced.__doc__), _unsourced_rows))

    for name, cls, doc, rows in pending:
        columns, nested = _flatten(cls, _item)
        columns.extend(_derived(name))
        built[name] = Table(
            name=name, description=doc, columns=tuple(columns), primary_key=("id",), rows=rows
        )
        table_of[cls.__name__] = name
        _collect(name, nested, sources)
    # child tables, in the order they were found; a child may have children of its own
    i = 0
    while i < len(sources):
        name = list(sources)[i]
        built[name], nested = _child_table(name, sources[name], built)
        table_of.setdefault(_type_name(sources[name][0].nested.item), name)
        _collect(name, nested, sources)
        i += 1
    built["scorecard"] = _scorecard_table()
    return tuple(_resolve_links(t, table_of) for t in built.values())


def _collect(owner_table: str, nested: list[_Nested], sources: dict[str, list[_Source]]) -> None:
    for n in nested:
        key = f"{n.owner.__name__}.{n.field}"
        if key not in _CHILD_TABLES and n.item is not str:
            key = _type_name(n.item)
        name = _CHILD_TABLES.get(key, f"{owner_table}_{n.field}")
        sources.setdefault(name, []).append(_Source(table=owner_table, nested=n))


def _child_table(
    name: str, sources: list[_Source], built: dict[str, Table]
) -> tuple[Table, list[_Nested]]:
    """A table of the items some fields hold, each row linked to the record holding it."""
    first = sources[0].nested
    if first.item is str:  # link ids: the item is one id column
        assert first.link is not None
        target = first.link
        doc = f"Id of the {target} at this position."
        column = f"{_snake(target)}_id"
        if target == first.owner.__name__:  # links between records of one kind
            column = first.field
        own = [_column(column, "id", doc, _item, references=target)]
        nested: list[_Nested] = []
    else:
        prefix = "span_" if first.item is Span else ""
        own, nested = _flatten(first.item, _item, prefix=prefix)
    has_id = own[0].name == "id"
    owners = list(dict.fromkeys(s.nested.owner for s in sources))
    kinds = tuple(_snake(o.__name__) for o in owners)
    several = len(owners) > 1
    fields = [s.nested.field for s in sources]
    columns = own[:1] if has_id else []
    if several:
        columns.append(
            _column(
                "record_id", "id", f"Id of the {' or '.join(kinds)} the row belongs to.", _owner_id
            )
        )
        columns.append(
            _column(
                "record_type",
                "enum",
                "Which kind of record record_id names.",
                _owner_type,
                values=kinds,
            )
        )
    for owner, kind in zip(owners, kinds, strict=True):
        note = " (empty for the other kinds of record)" if several else ""
        columns.append(
            _column(
                f"{kind}_id",
                "id",
                f"Id of the {owner.__name__} the row belongs to{note}.",
                _owner_id_if(owner),
                required=not several,
                references=owner.__name__,
            )
        )
    key = ["record_id" if several else f"{kinds[0]}_id"]
    if len(fields) > len(owners):  # an owner gives items from more than one field
        columns.append(
            _column(
                "field",
                "enum",
                "Which field of that record holds the item.",
                _row_field,
                values=tuple(fields),
            )
        )
        key.append("field")
    columns.append(
        _column("position", "integer", "1-based place of the item within its field.", _row_position)
    )
    key.append("position")
    columns.extend(own[1:] if has_id else own)
    columns.extend(_derived(name))
    places = ", ".join(f"{s.table}.{s.nested.field}" for s in sources)
    doc = f" {first.doc}" if len(set(fields)) == 1 and first.doc else ""
    tab = Table(
        name=name,
        description=f"One row per item of {places}.{doc}",
        columns=tuple(columns),
        primary_key=("id",) if has_id else tuple(key),
        rows=functools.partial(_child_rows, sources, built),
    )
    return tab, nested


def _child_rows(sources: list[_Source], built: dict[str, Table], report: Report) -> Iterator[Row]:
    for source in sources:
        n = source.nested
        for owner_row in built[source.table].rows(report):
            value = getattr(owner_row.item, n.field)
            items = value if n.many else (value,)
            for position, item in enumerate(items, 1):
                if item is not None:
                    yield Row(
                        item=item,
                        report=report,
                        owner=owner_row.item,
                        field=n.field,
                        position=position,
                    )


def _flatten(
    cls: type, get: Reader, *, prefix: str = "", required: bool = True
) -> tuple[list[Column], list[_Nested]]:
    """Columns for the scalar fields of ``cls``; the fields that hold records, apart."""
    columns: list[Column] = []
    nested: list[_Nested] = []
    for field in fields_of(cls):
        enum = field.cls if field.shape is Shape.ENUM else None
        doc = field.doc or (first_line(enum.__doc__) if enum else "")
        values = tuple(m.value for m in enum) if enum else ()  # type: ignore[attr-defined]
        base = _column(
            prefix + field.name,
            "text",
            doc,
            _attr(get, field.name),
            required=required and not field.optional,
        )
        if field.shape is Shape.RECORD or (
            field.many and (field.shape is Shape.VALUE or field.link)
        ):
            item = str if field.shape is Shape.ID else field.cls
            nested.append(
                _Nested(
                    owner=cls,
                    field=field.name,
                    item=item,
                    many=field.many,
                    doc=doc,
                    link=field.link,
                )
            )
        elif field.many and field.shape in (Shape.TEXT, Shape.ENUM):
            columns.append(attrs.evolve(base, kind="list", values=values, required=False))
        elif field.many:
            raise TypeError(f"{cls.__name__}.{field.name}: no table column for a tuple of it")
        elif field.shape is Shape.VALUE:
            assert field.cls is not None
            inner, deeper = _flatten(
                field.cls, base.read, prefix=f"{base.name}_", required=base.required
            )
            if deeper:
                raise TypeError(f"{cls.__name__}.{field.name}: records nested inside a value")
            columns.extend(inner)
        elif field.shape is Shape.EXACT:
            columns.append(attrs.evolve(base, kind="exact"))
            columns.append(
                attrs.evolve(
                    base,
                    name=f"{base.name}_float",
                    kind="float",
                    description=f"{base.name} as a binary float, for plotting; {base.name} is"
                    " the exact number.",
                    read=_as_float(base.read),
                )
            )
        elif field.shape is Shape.ID:
            columns.append(attrs.evolve(base, kind="id", references=field.link))
        else:
            columns.append(attrs.evolve(base, kind=str(field.shape), values=values))
    return columns, nested


def _derived(table_name: str) -> list[Column]:
    """Columns worked out from the spans, where a user needs the link spelled out."""

    def figure_task(row: Row) -> str | None:
        task = row.report.task_of(row.item)
        return None if task is None else task.id

    def mention_task(row: Row) -> str | None:
        task = row.report.task_at(row.item)
        return None if task is None else task.id

    def task_id(read: Reader) -> Column:
        doc = (
            "Id of the deepest task whose span holds this one (worked out from the spans;"
            " empty outside the task tree)."
        )
        return _column("task_id", "id", doc, read, required=False, references="Task")

    if table_name == "figures":
        return [task_id(figure_task)]
    if table_name == "mentions":
        quote = _column("quote", "text", "The source text at the span, verbatim.", _span_text)
        return [quote, task_id(mention_task)]
    return []


def _resolve_links(tab: Table, table_of: dict[str, str]) -> Table:
    """Turn the class names that link columns carry into the names of their tables."""
    columns = tuple(
        attrs.evolve(c, references=table_of[c.references]) if c.references else c
        for c in tab.columns
    )
    return attrs.evolve(tab, columns=columns)


# -- small helpers ------------------------------------------------------------------


def _type_name(tp: Any) -> str:
    return str(tp.__name__)


def _top_rows(name: str, many: bool) -> Callable[[Report], Iterable[Row]]:
    def rows(report: Report) -> Iterator[Row]:
        value = getattr(report, name)
        return (Row(item, report=report) for item in (value if many else (value,)))

    return rows


def _outcome_rows(report: Report) -> Iterator[Row]:
    """Later outcomes are not part of any report; they stand beside the shipped one."""
    from ..outcomes import OUTCOMES

    return (Row(outcome, report=report) for outcome in OUTCOMES)


def _unsourced_rows(report: Report) -> Iterator[Row]:
    from ..outcomes import UNSOURCED

    return (Row(unsourced, report=report) for unsourced in UNSOURCED)


def _scorecard_table() -> Table:
    """The scorecard: laid out here, column by column, because its rows are judgements
    worked out from the records rather than records themselves."""
    from ..analysis.scorecard import ScorecardRow, Verdict, scorecard
    from ..model.citation import Reliability
    from ..model.figure import Qualifier, Status, Unit

    def rows(report: Report) -> Iterator[Row]:
        return (Row(row, report=report) for row in scorecard(report))

    def read(get: Callable[[ScorecardRow], Any]) -> Reader:
        return lambda row: _plain(get(row.item))

    def values(enum: Any) -> tuple[str, ...]:
        return tuple(m.value for m in enum)

    def lead(row: ScorecardRow) -> tuple[str, ...]:
        return tuple(j.outcome.id for j in row.lead)

    def conflicting(row: ScorecardRow) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i for pair in row.conflicts for i in pair))

    def margins(row: ScorecardRow) -> tuple[str, ...]:
        return tuple(exact.to_text(m) for m in row.margins)

    columns = (
        _column(
            "figure_id",
            "id",
            "Id of the forward-looking Figure (a 2013 estimate or a 2014 target).",
            read(lambda r: r.figure_id),
            references="Figure",
        ),
        _column(
            "status",
            "enum",
            "Whether the figure is a 2013 estimate or a 2014 target.",
            read(lambda r: r.figure.status),
            values=(Status.ESTIMATED.value, Status.TARGET.value),
        ),
        _column("value", "exact", "The figure's value.", read(lambda r: r.figure.value)),
        _column(
            "unit", "enum", "The figure's unit.", read(lambda r: r.figure.unit), values=values(Unit)
        ),
        _column(
            "qualifier",
            "enum",
            "How the report bounds the figure's value.",
            read(lambda r: r.figure.qualifier),
            values=values(Qualifier),
        ),
        _column(
            "verdict",
            "enum",
            "What the sources say happened (see miit2014.analysis.scorecard).",
            read(lambda r: r.verdict),
            values=values(Verdict),
        ),
        _column(
            "margins",
            "list",
            "Outcome minus figure for each outcome the verdict rests on, exact, in the"
            " figure's unit (percentage points for percentages); empty if none.",
            read(margins),
            required=False,
        ),
        _column(
            "lead_outcome_ids",
            "list",
            "Ids of the outcomes the verdict rests on.",
            read(lead),
            required=False,
        ),
        _column(
            "outcome_ids",
            "list",
            "Ids of every outcome of the figure, in order.",
            read(lambda r: tuple(o.id for o in r.outcomes)),
            required=False,
        ),
        _column(
            "conflicting_outcome_ids",
            "list",
            "Ids of the figure's outcomes whose sources disagree (see outcome_conflicts).",
            read(conflicting),
            required=False,
        ),
        _column(
            "best_reliability",
            "enum",
            "Best grade among the sources the verdict rests on (of every outcome when none"
            " settles it); empty without outcomes.",
            read(lambda r: r.best_reliability),
            required=False,
            values=values(Reliability),
        ),
        _column(
            "unsourced_id",
            "id",
            "Id of the record of what was searched, when no source was found.",
            read(lambda r: r.unsourced.id if r.unsourced else None),
            required=False,
            references="Unsourced",
        ),
    )
    return Table(
        name="scorecard",
        description="One row per forward-looking figure: its outcomes and the verdict on them.",
        columns=columns,
        primary_key=("figure_id",),
        rows=rows,
    )


def _column(
    name: str,
    kind: str,
    description: str,
    read: Reader,
    *,
    required: bool = True,
    values: tuple[str, ...] = (),
    references: str | None = None,
) -> Column:
    return Column(
        name=name,
        kind=kind,
        description=description,
        required=required,
        values=values,
        references=references,
        read=read,
    )


def _item(row: Row) -> Any:
    return row.item


def _owner_id(row: Row) -> str:
    owner_id: str = row.owner.id
    return owner_id


def _span_text(row: Row) -> str:
    text: str = row.item.text
    return text


def _row_field(row: Row) -> str:
    return row.field


def _row_position(row: Row) -> int:
    return row.position


def _owner_type(row: Row) -> str:
    return _snake(type(row.owner).__name__)


def _owner_id_if(owner: type) -> Reader:
    def read(row: Row) -> str | None:
        return _owner_id(row) if type(row.owner) is owner else None

    return read


def _attr(get: Reader, name: str) -> Reader:
    def read(row: Row) -> Any:
        obj = get(row)
        return None if obj is None else _plain(getattr(obj, name))

    return read


def _as_float(get: Reader) -> Reader:
    def read(row: Row) -> float | None:
        value = get(row)
        return None if value is None else float(value)

    return read


def _plain(value: Any) -> Any:
    """Enums by their value, tuples item by item; everything else as it is."""
    if isinstance(value, Enum):
        return value.value
    if type(value) is tuple:
        return tuple(_plain(v) for v in value)
    return value


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _schema_field(column: Column) -> dict[str, Any]:
    description = column.description
    if column.kind == "list":
        description += f" Items are joined by '{LIST_SEPARATOR}'."
    field: dict[str, Any] = {"name": column.name, "type": _TABLE_SCHEMA_TYPE[column.kind]}
    if description.strip():
        field["description"] = description.strip()
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.kind == "enum":
        constraints["enum"] = list(column.values)
    if column.pattern is not None:
        constraints["pattern"] = column.pattern
    if constraints:
        field["constraints"] = constraints
    return field


def _cell(value: object) -> str:
    """The CSV text of one plain value: the shared text form, but lists joined by ``;``
    and floats as the shortest text that reads back as the same float."""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, tuple):
        for item in value:
            if LIST_SEPARATOR in item:
                raise ValueError(f"list item {item!r} contains the separator {LIST_SEPARATOR!r}")
        return LIST_SEPARATOR.join(value)
    return value_text(value)


_NEEDS_QUOTES = re.compile(r'[",\r\n]')

_BOM = "\ufeff"
#: What Excel takes for the start of a formula (OWASP's list for CSV injection), and the
#: full-width forms, which Excel with an East Asian input method reads as the same signs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
#: A plain number, which Excel reads as a number and never runs: left as it is.
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?")


def _excel_cell(cell: str) -> str:
    """The cell as Excel should see it: formula-like text behind an apostrophe."""
    if cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def _as_is(cell: str) -> str:
    return cell


def _csv_line(cells: Iterable[str]) -> str:
    """One RFC 4180 record: a cell with a comma, quote or line break is quoted."""
    return (
        ",".join(
            '"' + cell.replace('"', '""') + '"' if _NEEDS_QUOTES.search(cell) else cell
            for cell in cells
        )
        + "\n"
    )
