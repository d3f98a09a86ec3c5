"""The export tables as the workbook and the database read them: plain cells, typed
columns with their meanings, keys.

:func:`laid_out` is the one place those two exports touch :mod:`~miit2014.exchange.tables`;
it reads only its public surface (the tables, their Table Schemas, the data dictionary
and each table's records), so a change in how the tables are built stays behind it.

A cell is None, text, an integer, a float, a boolean or a date. Exact numbers arrive as
their one text form ("9.8", "1/3"), beside the ``*_float`` column that holds them as a
number; a list arrives as its items joined by ``;``, as in the CSV.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from ..model import exact

if TYPE_CHECKING:
    from ..model.edition import Edition
    from ..model.report import Report

Cell = str | int | float | bool | datetime.date | None


@attrs.frozen(kw_only=True)
class Column:
    """One column: its Table Schema type (string, number, integer, date, boolean), the
    package's kind of value (id, text, exact, float, ...) and what it means."""

    name: str
    type: str
    kind: str
    required: bool
    meaning: str


@attrs.frozen(kw_only=True)
class Laid:
    """One table, laid out: its columns, keys and rows of plain cells."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str], ...]  # (column, referenced table); its column is id
    rows: tuple[tuple[Cell, ...], ...]


def laid_out(report: Report | Edition | None = None) -> tuple[Laid, ...]:
    """Every export table of ``report`` (default: the shipped edition), in the order of
    :func:`~miit2014.exchange.tables.tables`."""
    from ..edition import edition_of
    from . import tables as layer

    edition = edition_of(report)
    dictionary = {
        (t, c): (kind, required, text) for t, c, kind, required, text in layer.data_dictionary()
    }
    out: list[Laid] = []
    for tab in layer.tables():
        schema = layer.table_schema(tab)
        columns = tuple(
            Column(
                name=f["name"],
                type=f["type"],
                kind=dictionary[tab.name, f["name"]][0],
                required=dictionary[tab.name, f["name"]][1],
                meaning=dictionary[tab.name, f["name"]][2],
            )
            for f in schema["fields"]
        )
        keys = tuple(
            (k["fields"][0], k["reference"]["resource"] or tab.name)
            for k in schema.get("foreignKeys", ())
        )
        rows = [tuple(_plain(v) for v in record) for record in tab.records(edition)]
        out.append(
            Laid(
                name=tab.name,
                description=tab.description,
                columns=columns,
                primary_key=tuple(schema["primaryKey"]),
                foreign_keys=keys,
                rows=tuple(rows),
            )
        )
    return tuple(out)


def _plain(value: object) -> Cell:
    """One record value as a cell (see the module docs)."""
    if isinstance(value, Enum):
        value = value.value
    if value is None or isinstance(value, str | bool | int | float | datetime.date):
        return value
    if isinstance(value, Decimal | Fraction):
        return exact.to_text(value)
    if isinstance(value, tuple):
        from .tables import LIST_SEPARATOR

        return LIST_SEPARATOR.join(str(item) for item in value)
    raise TypeError(f"no cell for a {type(value).__name__}")


__all__ = ["Cell", "Column", "Laid", "laid_out"]
