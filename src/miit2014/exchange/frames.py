"""DataFrames of the export tables, for pandas and polars users.

A frame is built from the same column specifications as the CSV export
(:func:`miit2014.exchange.tables.tables`), so a column has the same name and meaning in both; only
the types differ, each to the library's best fit. pandas and polars are optional
dependencies, imported when a frame is first asked for, so ``import miit2014`` never
pays for them.
"""

from __future__ import annotations

from typing import Any

from ..model import exact
from ..model.report import Report
from . import tables as export


class MissingDependencyError(ImportError):
    """An optional library is missing; the message names the extra that installs it."""


def to_frame(kind: str, *, report: Report | None = None) -> Any:
    """One export table (``"figures"``, ``"tasks"``, ``"mentions"``, ...) of ``report``
    (default :data:`~miit2014.REPORT`) as a pandas DataFrame.

    The dtypes keep what the model means: exact values stay exact (an object column of
    :class:`~decimal.Decimal` / :class:`~fractions.Fraction`, next to a ``float64``
    ``*_float`` column for plotting); enums are ``Categorical`` with every member as a
    category, so counts show the values that never occur; dates are ``datetime64[ns]``;
    ids and text use the ``string`` dtype; integers are ``int64`` (``Int64`` where a
    value may be missing); lists are tuples in an object column. Needs the ``pandas``
    extra: ``pip install 'miit2014[pandas]'``.
    """
    pd = _require("pandas", extra="pandas")
    tab = export.table(kind)
    records = list(tab.records(report))
    data = {
        column.name: _pandas_column(pd, column, [r[i] for r in records])
        for i, column in enumerate(tab.columns)
    }
    return pd.DataFrame(data, index=pd.RangeIndex(len(records)))


def to_polars(kind: str, *, report: Report | None = None) -> Any:
    """One export table as a polars DataFrame.

    polars has no exact rational type, so an exact value is its text form ("9.8",
    "1/3"; read it back with :func:`miit2014.model.exact.from_text`) beside the
    ``Float64`` ``*_float`` column. Enums are ``pl.Enum`` with every member, dates
    ``pl.Date``, lists ``pl.List(pl.String)``. Needs the ``polars`` extra:
    ``pip install 'miit2014[polars]'``.
    """
    pl = _require("polars", extra="polars")
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
