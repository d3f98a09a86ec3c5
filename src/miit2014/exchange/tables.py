"""Tabular exports: one CSV per record type, and a Frictionless data package around them.

The tables are declared here, each by its name, where its rows come from and, for a
child table, which fields of which tables hold its items. Their columns come from the
field description (:func:`~miit2014.model.fields.fields_of`): a scalar field is a
column, a nested value is prefixed columns (``span`` -> ``span_start``, ``span_end``;
``period`` -> ``period_kind``, ``period_end``, ``period_start``), an exact number is its
text plus a ``_float`` column. So a new scalar field appears in every export, in the
Table Schemas and in the data dictionary without a change here; a new field holding
records needs a child table declared, and until it has one, building the tables raises
``TypeError`` rather than dropping it.

Cells are text: exact numbers in their one text form (:func:`~miit2014.model.exact.to_text`:
"9.8", "1/3"), dates as ``YYYY-MM-DD``, enums as their value, lists joined by ``;``, and
an empty cell for None or an empty list (text fields are never empty, so an empty cell
is never ambiguous). The only floats are the ``*_float`` columns, printed with
``repr`` (the shortest text that reads back as the same float, on every platform).
The CSV is the standard library's (RFC 4180, ``\\n`` line ends); as :mod:`csv` quotes
only the characters of its line terminator, each record is written with ``\\r\\n`` and
ended with ``\\n``, so a cell holding a lone carriage return is quoted too. Files are
written all or none as a set (:mod:`~miit2014.exchange.files`).

The tasks table adds where each task stands (``leaf``, ``depth``) and its facets as one
text (``facets``); ``task_facets`` lists them one row each. The two scorecard tables
(``scorecard``, one value per cell, and ``scorecard_outcomes``) are declared in
:mod:`~miit2014.exchange.scorecard_tables`.

The outcome tables (``outcomes``, ``outcome_sources``, ``outcome_conflicts``,
``unsourced``, ``unsourced_seen``) and the scorecard tables are read from the
:class:`~miit2014.model.edition.Edition` exported: ``report=`` takes a report or an
edition, and a report other than the shipped one brings no outcomes.

For Microsoft Excel, ``to_csv(..., excel=True)`` writes the same tables with a UTF-8
byte-order mark (without one, Excel reads UTF-8 as the local code page and garbles the
Chinese) and with every cell that Excel would run as a formula (one beginning with
``=``, ``+``, ``-``, ``@``, their full-width forms ``＝ ＋ － ＠``, a tab or a carriage
return, unless it is a plain number) prefixed with an apostrophe, which Excel shows as
text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from enum import Enum
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import attrs

from ..edition import edition_of
from ..model import checks, exact
from ..model.brief import first_line
from ..model.edition import Edition
from ..model.fields import Field, Shape, fields_of
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
    {"float": "number", "integer": "integer", "date": "date", "boolean": "boolean"}
)

#: Separator of the items of a list column; no item may contain it.
LIST_SEPARATOR = ";"


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
    required: bool = True
    values: tuple[str, ...] = ()  # the allowed values of an enum, or of a list's items
    references: str | None = None  # the table whose id this column holds (foreign key)
    unit: str | None = None  # what its numbers are in, where not the row's 'unit' column
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
    rows: Callable[[Edition], Iterable[Row]] = attrs.field(eq=False, repr=False)

    def records(self, report: Report | Edition | None = None) -> Iterator[tuple[Any, ...]]:
        """Each row of ``report`` (default: the shipped edition) as plain values: None,
        str, int, float, Decimal or Fraction, date, or a tuple of str; enums are given by
        their value."""
        for row in self.rows(edition_of(report)):
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
    return _declared()


def table(name: str) -> Table:
    """One table by name; a ``KeyError`` lists the names there are."""
    for candidate in tables():
        if candidate.name == name:
            return candidate
    names = ", ".join(repr(t.name) for t in tables())
    raise KeyError(f"no table {name!r}; the tables are {names}")


def to_csv(
    directory: str | os.PathLike[str],
    *,
    report: Report | Edition | None = None,
    excel: bool = False,
) -> tuple[Path, ...]:
    """Write one UTF-8 CSV per table into ``directory`` (created if missing).

    For spreadsheets, R, databases: every record type as a flat table whose link
    columns hold ids. The same data always gives the same bytes. Returns the paths
    written, in the order of :func:`tables`. The files are written all or none (see
    :mod:`~miit2014.exchange.files`); a symbolic link in their place is refused.

    ``excel``: for Microsoft Excel, with a byte-order mark and formula-like cells
    neutralised (see the module docs). The plain files are for every other tool.
    """
    return files.write_all(directory, _csv_files(edition_of(report), excel=excel))


def to_datapackage(
    directory: str | os.PathLike[str], *, report: Report | Edition | None = None
) -> Path:
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

    edition = edition_of(report)
    contents = _csv_files(edition, excel=False)
    text = json.dumps(_descriptor(contents, edition), ensure_ascii=False, indent=2) + "\n"
    written = files.write_all(directory, [*contents, ("datapackage.json", text.encode("utf-8"))])
    return written[-1]


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


# -- the declarations ---------------------------------------------------------------

#: The tables of the records themselves: name, record class, where the rows come from.
#: The report's sections are read from its field description, in its order.
_Rows = Callable[[Edition], Iterable[Any]]


def _section(name: str, many: bool) -> _Rows:
    def rows(edition: Edition) -> Iterable[Any]:
        value = getattr(edition.report, name)
        return value if many else (value,)

    return rows


#: Child tables: name -> the (table, field) pairs whose items are its rows, in order.
#: ``None`` stands for "every field of the meeting holding a statement".
_CHILDREN: tuple[tuple[str, tuple[tuple[str, str], ...] | None], ...] = (
    ("meeting_statements", None),
    ("meeting_sessions", (("meeting", "schedule"),)),
    ("meeting_participants", (("meeting", "participants"),)),
    (
        "mentions",
        (("people", "mentions"), ("organizations", "mentions"), ("initiatives", "mentions")),
    ),
    ("citations", (("organizations", "citations"), ("initiatives", "citations"))),
    ("outcome_sources", (("outcomes", "sources"),)),
    ("outcome_conflicts", (("outcomes", "conflicts_with"),)),
    ("unsourced_seen", (("unsourced", "seen"),)),
    ("meeting_session_speakers", (("meeting_sessions", "speaker_ids"),)),
)


@attrs.frozen
class _Declared:
    """A table while the declarations are read: its record class and its rows."""

    table: Table
    cls: type
    items: Callable[[Edition], Iterable[Row]]


@functools.cache
def _declared() -> tuple[Table, ...]:
    from ..model.outcome import Outcome, Unsourced

    built: dict[str, _Declared] = {}
    tops: list[tuple[str, type, str, _Rows]] = [
        (f.name, f.cls, f.doc, _section(f.name, f.many))
        for f in fields_of(Report)
        if f.shape is Shape.RECORD and f.cls is not None
    ]
    tops.append(("outcomes", Outcome, first_line(Outcome.__doc__), lambda e: e.outcomes))
    tops.append(("unsourced", Unsourced, first_line(Unsourced.__doc__), lambda e: e.unsourced))
    for name, cls, doc, items in tops:
        columns = [*_flatten(cls, _item)[0], *_derived(name)]
        tab = Table(
            name=name,
            description=doc,
            columns=tuple(columns),
            primary_key=("id",),
            rows=_top(items),
        )
        built[name] = _Declared(tab, cls, tab.rows)
    covered: set[tuple[str, str]] = set()
    for name, sources in _CHILDREN:
        if sources is None:
            held = fields_of(built["meeting"].cls)
            sources = tuple(("meeting", f.name) for f in held if _holds(f, "Statement"))
        covered.update(sources)
        built[name] = _child(name, sources, built)
    for name, declared in built.items():  # a field holding records must have a table
        for field in _flatten(declared.cls, _item)[1] if declared.cls is not str else ():
            if (name, field) not in covered:
                raise TypeError(f"{declared.cls.__name__}.{field}: no table for its records")
    table_of: dict[str, str] = {}
    for name, declared in built.items():
        table_of.setdefault(declared.cls.__name__, name)
    out = [_resolve_links(d.table, table_of) for d in built.values()]
    from .scorecard_tables import scorecard_tables

    out.append(_resolve_links(_task_facets_table(), table_of))
    out.extend(_resolve_links(t, table_of) for t in scorecard_tables())
    return tuple(out)


def _top(items: _Rows) -> Callable[[Edition], Iterator[Row]]:
    def rows(edition: Edition) -> Iterator[Row]:
        return (Row(item, report=edition.report) for item in items(edition))

    return rows


def _child(
    name: str, sources: tuple[tuple[str, str], ...], built: dict[str, _Declared]
) -> _Declared:
    """A table of the items some fields hold, each row linked to the record holding it."""
    fields = [next(f for f in fields_of(built[t].cls) if f.name == n) for t, n in sources]
    first = fields[0]
    owners = list(dict.fromkeys(built[t].cls for t, _ in sources))
    kinds = tuple(_snake(o.__name__) for o in owners)
    several = len(owners) > 1
    if first.shape is Shape.ID:  # link ids: the item is one id column
        target = first.link
        column = first.name if target == owners[0].__name__ else f"{_snake(str(target))}_id"
        own = [
            _col(column, "id", f"Id of the {target} at this position.", _item, references=target)
        ]
        item_cls: type = str
    else:
        assert first.cls is not None
        item_cls = first.cls
        own = _flatten(item_cls, _item, prefix="span_" if item_cls.__name__ == "Span" else "")[0]
    has_id = own[0].name == "id"
    columns = own[:1] if has_id else []
    if several:
        belongs = f"Id of the {' or '.join(kinds)} the row belongs to."
        columns.append(_col("record_id", "id", belongs, _owner_id))
        which = "Which kind of record record_id names."
        columns.append(_col("record_type", "enum", which, _owner_type, values=kinds))
    note = " (empty for the other kinds of record)" if several else ""
    for owner, kind in zip(owners, kinds, strict=True):
        doc = f"Id of the {owner.__name__} the row belongs to{note}."
        read = _owner_id_if(owner)
        columns.append(
            _col(f"{kind}_id", "id", doc, read, required=not several, references=owner.__name__)
        )
    key = ["record_id" if several else f"{kinds[0]}_id"]
    names = tuple(f.name for f in fields)
    if len(names) > len(owners):  # an owner gives items from more than one field
        which = "Which field of that record holds the item."
        columns.append(_col("field", "enum", which, attrgetter("field"), values=names))
        key.append("field")
    place = "1-based place of the item within its field."
    columns.append(_col("position", "integer", place, attrgetter("position")))
    key.append("position")
    columns.extend(own[1:] if has_id else own)
    columns.extend(_derived(name))
    places = ", ".join(f"{t}.{n}" for t, n in sources)
    doc = f" {first.doc}" if len(set(names)) == 1 and first.doc else ""
    pairs = [(built[t].items, n, f.many) for (t, n), f in zip(sources, fields, strict=True)]

    def rows(edition: Edition) -> Iterator[Row]:
        for owner_rows, field, many in pairs:
            for owner in owner_rows(edition):
                value = getattr(owner.item, field)
                for position, item in enumerate(value if many else (value,), 1):
                    if item is not None:
                        yield Row(
                            item,
                            report=edition.report,
                            owner=owner.item,
                            field=field,
                            position=position,
                        )

    tab = Table(
        name=name,
        description=f"One row per item of {places}.{doc}",
        columns=tuple(columns),
        primary_key=("id",) if has_id else tuple(key),
        rows=rows,
    )
    return _Declared(tab, item_cls, rows)


def _holds(field: Field, class_name: str) -> bool:
    return field.shape is Shape.RECORD and getattr(field.cls, "__name__", "") == class_name


def _flatten(
    cls: type, get: Reader, *, prefix: str = "", required: bool = True
) -> tuple[list[Column], list[str]]:
    """Columns for the scalar fields of ``cls``; the names of the fields that hold
    records (or link ids), which child tables lay out."""
    columns: list[Column] = []
    nested: list[str] = []
    for field in fields_of(cls):
        enum = field.cls if field.shape is Shape.ENUM else None
        doc = field.doc or (first_line(enum.__doc__) if enum else "")
        values = tuple(m.value for m in enum) if enum else ()  # type: ignore[attr-defined]
        base = Column(
            name=prefix + field.name,
            kind=str(field.shape),
            description=doc,
            read=_attr(get, field.name),
            required=required and not field.optional,
            values=values,
        )
        if field.shape is Shape.RECORD or (
            field.many and (field.shape is Shape.VALUE or field.link)
        ):
            nested.append(field.name)
        elif field.many and field.shape in (Shape.TEXT, Shape.ENUM):
            columns.append(attrs.evolve(base, kind="list", required=False))
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
            columns.append(attrs.evolve(base, references=field.link))
        elif field.shape not in _SCALAR:
            raise TypeError(f"{cls.__name__}.{field.name}: no table column for it")
        else:
            columns.append(base)
    return columns, nested


_SCALAR = frozenset({Shape.TEXT, Shape.INTEGER, Shape.BOOLEAN, Shape.DATE, Shape.ENUM})


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
        return _col("task_id", "id", doc, read, required=False, references="Task")

    if table_name == "figures":
        return [task_id(figure_task)]
    if table_name == "tasks":
        return _task_columns()
    if table_name == "mentions":
        quote = _col("quote", "text", "The source text at the span, verbatim.", _span_text)
        return [quote, task_id(mention_task)]
    return []


#: The facet fields of a task, by the name its long table gives each kind.
_FACETS = (("sector", "sectors"), ("region", "regions"), ("instrument", "instruments"))


def _facets_of(task: Any) -> Iterator[tuple[str, str]]:
    for kind, field in _FACETS:
        for value in getattr(task, field):
            yield kind, value.value


def _task_depths(report: Report) -> FrozenMap[str, int]:
    """Every task's depth, each worked out once from its parent's: linear in the tasks,
    however deep the tree (walking each task's ancestors would be quadratic in a chain)."""
    depths: dict[str, int] = {}
    for task in report.tasks:
        chain = []
        node = task
        while node.id not in depths and node.parent is not None:
            chain.append(node)
            node = report.task(node.parent)
        base = depths.setdefault(node.id, 0)
        for i, pending in enumerate(reversed(chain), 1):
            depths[pending.id] = base + i
    return FrozenMap(depths)


def _task_columns() -> list[Column]:
    """Where a task stands in the tree, and its facets as one text, so that a frame of the
    tasks filters without walking the tree."""

    def leaf(row: Row) -> bool:
        return not row.report.children(row.item)

    def depth(row: Row) -> int:
        return row.report.memo("tables.task_depths", _task_depths)[row.item.id]

    def facets(row: Row) -> str | None:
        return "; ".join(f"{k}:{v}" for k, v in _facets_of(row.item)) or None

    return [
        _col(
            "leaf",
            "boolean",
            "Whether the task has no sub-tasks (a sentence-level task). A parent carries the"
            " facets of its children, so a filter on facets that wants each task once keeps"
            " the leaves.",
            leaf,
        ),
        _col("depth", "integer", "How far below the top of the tree: 0 for a section.", depth),
        _col(
            "facets",
            "text",
            "Every facet of the task as one text, 'kind:value' joined by '; '"
            " ('sector:telecoms; instrument:standards'); the same as the task_facets table.",
            facets,
            required=False,
        ),
    ]


def _task_facets_table() -> Table:
    """The facets of every task, one row each: a long table to filter or count by."""
    from ..model.facets import Instrument, Region, Sector

    def rows(edition: Edition) -> Iterator[Row]:
        report = edition.report
        for task in report.tasks:
            leaf = not report.children(task)
            for i, (kind, value) in enumerate(_facets_of(task), 1):
                yield Row((task.id, i, kind, value, leaf), report=report)

    values = tuple(dict.fromkeys(m.value for e in (Sector, Region, Instrument) for m in e))
    columns = (
        _col("task_id", "id", "Id of the task.", lambda r: r.item[0], references="Task"),
        _col("position", "integer", "1-based place among the task's facets.", lambda r: r.item[1]),
        _col(
            "facet",
            "enum",
            "Which vocabulary: sector, region or instrument.",
            lambda r: r.item[2],
            values=tuple(k for k, _ in _FACETS),
        ),
        _col(
            "value",
            "enum",
            "The value the task carries (see miit2014.model.facets).",
            lambda r: r.item[3],
            values=values,
        ),
        _col(
            "leaf",
            "boolean",
            "Whether the task has no sub-tasks; a parent carries its children's facets.",
            lambda r: r.item[4],
        ),
    )
    return Table(
        name="task_facets",
        description="One row per facet of every task: sector, region or instrument.",
        columns=columns,
        primary_key=("task_id", "position"),
        rows=rows,
    )


def _resolve_links(tab: Table, table_of: dict[str, str]) -> Table:
    """Turn the class names that link columns carry into the names of their tables."""
    columns = tuple(
        attrs.evolve(c, references=table_of[c.references]) if c.references else c
        for c in tab.columns
    )
    return attrs.evolve(tab, columns=columns)


def _descriptor(contents: Iterable[tuple[str, bytes]], edition: Edition) -> dict[str, Any]:
    import hashlib  # json, hashlib and csv cost 11 ms together: loaded by an export only

    from .._version import __version__
    from ..source import DOCUMENT_ID, SOURCE_SHA256

    meeting = edition.report.meeting
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


# -- reading cells ------------------------------------------------------------------


def _col(name: str, kind: str, description: str, read: Reader, **more: Any) -> Column:
    return Column(name=name, kind=kind, description=description, read=read, **more)


_item: Reader = attrgetter("item")
_owner_id: Reader = attrgetter("owner.id")
_span_text: Reader = attrgetter("item.text")


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
    field: dict[str, Any] = {
        "name": column.name,
        "type": _TABLE_SCHEMA_TYPE.get(column.kind, "string"),
    }
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


# -- writing CSV --------------------------------------------------------------------


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


class _Records(list[str]):
    """What :mod:`csv` writes into: one call per record. The record is written with
    ``\\r\\n`` (so that csv quotes a cell holding either character) and kept with
    ``\\n``."""

    def write(self, record: str) -> None:
        self.append(record[:-2] + "\n")


def _csv_text(rows: Iterable[Iterable[str]]) -> str:
    import csv

    out = _Records()
    csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return "".join(out)


def _csv_files(edition: Edition, *, excel: bool) -> list[tuple[str, bytes]]:
    """Each table's file name and bytes."""
    neutral: Callable[[str], str] = _excel_cell if excel else str
    out: list[tuple[str, bytes]] = []
    for tab in tables():
        header = [neutral(c.name) for c in tab.columns]
        body = ([neutral(_cell(v)) for v in record] for record in tab.records(edition))
        text = _csv_text([header, *body])
        out.append((f"{tab.name}.csv", ((_BOM if excel else "") + text).encode("utf-8")))
    return out
