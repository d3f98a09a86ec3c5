"""DataFrames of the export tables, for pandas and polars users.

A frame is built from the same column specifications as the CSV export
(:func:`miit2014.exchange.tables.tables`), so a column has the same name and meaning in both; only
the types differ, each to the library's best fit. pandas and polars are optional
dependencies, imported when a frame is first asked for, so ``import miit2014`` never
pays for them.

A pandas frame carries its meaning with it: it is indexed by its key (``id`` for a
table of records), and ``df.attrs`` holds the table's description, each column's
description, the units of its numbers and the identity of the source it was read from.
"""

from __future__ import annotations

from typing import Any

from .._version import __version__
from ..edition import edition_of
from ..model import exact
from ..model.brief import first_line
from ..model.edition import Edition
from ..model.figure import Unit
from ..model.report import Report
from ..source import DOCUMENT_ID, SOURCE_SHA256
from . import tables as export


class MissingDependencyError(ImportError):
    """An optional library is missing; the message names the extra that installs it."""


def to_frame(kind: str | None = None, *, report: Report | Edition | None = None) -> Any:
    """One export table (``"figures"``, ``"tasks"``, ``"mentions"``, ...) of ``report``
    (default :data:`~miit2014.REPORT`) as a pandas DataFrame; with no name, the list of
    tables there are (name, description, rows, columns).

    The frame is indexed by the table's key: ``id`` for a table of records
    (``df.loc["figure.lte-users-target-2014"]``), the owner's id and the position for a
    table of nested items. ``df.attrs`` says what it holds: ``table``,
    ``description``, ``columns`` (the description of every column, the index's too),
    ``units`` (what the numbers of each numeric column are in) and ``source`` (the
    document id, the SHA-256 of its text and the edition that read it).

    The dtypes keep what the model means: exact values stay exact (an object column of
    :class:`~decimal.Decimal` / :class:`~fractions.Fraction`, as printed); next to each
    is a ``float64`` ``*_float`` column, the float view for arithmetic and plotting
    (``df["value_float"].sum()``; the exact column does not mix Decimal and Fraction in
    sums: ``df["value"].map(Fraction).sum()`` adds them exactly). Enums are
    ``Categorical`` with every member as a category, so counts show the values that
    never occur; dates are ``datetime64[ns]``; ids and text use the ``string`` dtype;
    integers are ``int64`` (``Int64`` where a value may be missing); lists are tuples in
    an object column. Needs the ``pandas`` extra: ``pip install 'miit2014[pandas]'``.
    """
    pd = _require("pandas", extra="pandas")
    if kind is None:
        return _catalogue(pd, report)
    tab = export.table(kind)
    records = list(tab.records(report))
    data = {
        column.name: _pandas_column(pd, column, [r[i] for r in records])
        for i, column in enumerate(tab.columns)
    }
    frame = pd.DataFrame(data).set_index(list(tab.primary_key))
    frame.attrs = frame_attrs(tab)
    return frame


def frame_attrs(tab: export.Table) -> dict[str, Any]:
    """What ``df.attrs`` of a table's frame holds (plain dicts and strings only)."""
    names = {c.name for c in tab.columns}
    units: dict[str, str] = {}
    if "unit" in names:
        per_row = (
            f"{first_line(Unit.__doc__)} Given row by row in the column 'unit': one of"
            f" {', '.join(u.value for u in Unit)}; a percent value is a percentage"
            " (9.8 means 9.8 %) and a fraction a proportion (1/3)."
        )
        for column in tab.columns:
            if column.kind in ("exact", "float"):
                units[column.name] = per_row
    for column in tab.columns:
        if column.unit is not None:
            units[column.name] = column.unit
        if column.name.startswith("span_") and column.kind == "integer":
            units[column.name] = "code points of the source text"
    return {
        "table": tab.name,
        "description": tab.description,
        "columns": {c.name: c.description for c in tab.columns},
        "units": units,
        "source": source_identity(),
    }


def source_identity() -> dict[str, str]:
    """The document a frame was read from: its id, title, publisher, date and the SHA-256
    of its text, and the edition of miit2014 that read it."""
    from .citations import AUTHOR_EN, ISSUED, TITLE_ZH

    return {
        "document_id": DOCUMENT_ID,
        "title": TITLE_ZH,
        "publisher": AUTHOR_EN,
        "issued": ISSUED.isoformat(),
        "source_sha256": SOURCE_SHA256,
        "edition": f"miit2014 {__version__}",
    }


def _tables_listed(report: Report | Edition | None) -> dict[str, list[Any]]:
    """The tables there are, column by column: what a frame without a name lists."""
    tabs = export.tables()
    edition = edition_of(report)
    return {
        "table": [t.name for t in tabs],
        "description": [t.description for t in tabs],
        "rows": [sum(1 for _ in t.rows(edition)) for t in tabs],
        "columns": [len(t.columns) for t in tabs],
    }


_LISTING = "The tables to_frame(name) gives; pass one of the names in the index."


def _catalogue(pd: Any, report: Report | Edition | None) -> Any:
    listed = _tables_listed(report)
    dtypes = {"table": "string", "description": "string", "rows": "int64", "columns": "int64"}
    frame = pd.DataFrame(
        {name: pd.Series(values, dtype=dtypes[name]) for name, values in listed.items()}
    ).set_index("table")
    frame.attrs = {"description": _LISTING, "source": source_identity()}
    return frame


def to_polars(kind: str | None = None, *, report: Report | Edition | None = None) -> Any:
    """One export table as a polars DataFrame; with no name, the list of tables.

    polars has no exact rational type, so an exact value is its text form ("9.8",
    "1/3"; read it back with :func:`miit2014.model.exact.from_text`) beside the
    ``Float64`` ``*_float`` column. Enums are ``pl.Enum`` with every member, dates
    ``pl.Date``, lists ``pl.List(pl.String)``. Needs the ``polars`` extra:
    ``pip install 'miit2014[polars]'``.
    """
    pl = _require("polars", extra="polars")
    if kind is None:
        return pl.DataFrame(_tables_listed(report))
    tab = export.table(kind)
    records = list(tab.records(report))
    dtypes = {
        "id": pl.String,
        "text": pl.String,
        "exact": pl.String,
        "float": pl.Float64,
        "integer": pl.Int64,
        "date": pl.Date,
        "boolean": pl.Boolean,
        "list": pl.List(pl.String),
    }
    series = []
    for i, column in enumerate(tab.columns):
        values = [r[i] for r in records]
        if column.kind == "exact":
            values = [None if v is None else exact.to_text(v) for v in values]
        dtype = pl.Enum(list(column.values)) if column.kind == "enum" else dtypes[column.kind]
        series.append(pl.Series(column.name, values, dtype=dtype))
    return pl.DataFrame(series)


def _pandas_column(pd: Any, column: export.Column, values: list[Any]) -> Any:
    if column.kind == "enum":
        return pd.Categorical(values, categories=list(column.values))
    dtypes = {
        "id": "string",
        "text": "string",
        "float": "float64",
        "integer": "int64" if column.required else "Int64",
        "boolean": "bool" if column.required else "boolean",
        "date": "datetime64[ns]",
    }
    return pd.Series(values, dtype=dtypes.get(column.kind, object))


def _require(module: str, *, extra: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(
            f"this needs {module}, which is not installed: pip install 'miit2014[{extra}]'"
        ) from exc
