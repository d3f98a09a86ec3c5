"""The tables as one SQLite database, searchable in Chinese and English, for Datasette.

Journalists explore tables in Datasette (``datasette miit2014.db -m
miit2014.metadata.json``); anyone else can open the file with any SQLite client. Every
export table is a table of the database with its primary and foreign keys; its columns'
meanings are SQL comments in its ``CREATE TABLE`` (shown by ``.schema``), rows of
``column_meanings``, and the ``columns`` of the Datasette metadata written beside it.

Full-text search: each table with text has an FTS5 index ``<table>_fts`` over its text
columns, attached to the table as external content (which is how Datasette finds it).
FTS5's tokenizers cut Chinese, which has no spaces, badly: ``unicode61`` takes a whole
run of characters for one word, and ``trigram`` cannot match fewer than three. So the
index is fed the text with every run of Chinese characters spelled out as its pieces of
one to four characters (宽带网络 -> 宽 带 网 络 宽带 带网 网络 宽带网 带网络 宽带网络),
and English words as they are (with Porter stemming). Datasette's search box sends a term
as a quoted phrase (``"宽带"``), which is then one of those pieces: a Chinese word of up
to four characters is found as typed, a longer one by typing it in parts with spaces
between. Rebuilding the index with FTS5's ``rebuild`` command would index the plain text
instead; re-export to restore it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..model.frozen import FrozenMap
from . import files
from .tabular import Laid, laid_out

if TYPE_CHECKING:
    import os
    from pathlib import Path

    from ..model.edition import Edition
    from ..model.report import Report

#: The longest run of Chinese characters indexed as one search term.
LONGEST_TERM = 4
MEANINGS_TABLE = "column_meanings"
ABOUT_TABLE = "about"

#: The SQLite type of each Table Schema type: dates are ISO text, booleans 0 or 1.
_SQL_TYPE: Mapping[str, str] = FrozenMap(
    {"string": "TEXT", "number": "REAL", "integer": "INTEGER", "boolean": "INTEGER", "date": "TEXT"}
)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


def to_sqlite(
    path: str | os.PathLike[str] = "miit2014.db", *, report: Report | Edition | None = None
) -> tuple[Path, ...]:
    """Write the database to ``path`` and its Datasette metadata beside it (``<stem>.
    metadata.json``), both or neither; return the two paths."""
    from pathlib import Path

    target = Path(path)
    data = database_bytes(report)
    meta = json.dumps(datasette_metadata(target.stem, report), ensure_ascii=False, indent=2)
    return files.write_all(
        target.parent,
        [(target.name, data), (f"{target.stem}.metadata.json", (meta + "\n").encode("utf-8"))],
    )


def database_bytes(report: Report | Edition | None = None) -> bytes:
    """The database file's bytes."""
    laid = laid_out(report)
    db = sqlite3.connect(":memory:")
    try:
        db.execute("PRAGMA foreign_keys = OFF")  # checked once, at the end
        with db:
            for tab in laid:
                _create(db, tab)
            _meanings(db, laid)
            _about(db, report)
        broken = db.execute("PRAGMA foreign_key_check").fetchmany(5)
        if broken:
            raise ValueError(f"links to rows that are not there: {broken}")
        db.execute("VACUUM")
        return db.serialize()
    finally:
        db.close()


def search_text(text: str) -> str:
    """What the full-text index is given for ``text``: each run of Chinese characters as
    all its pieces of one to :data:`LONGEST_TERM` characters, the rest as it is."""
    out: list[str] = []
    at = 0
    for run in _HAN.finditer(text):
        out.append(text[at : run.start()])
        out.append(" ".join(_pieces(run.group())))
        at = run.end()
    out.append(text[at:])
    return " ".join(part for part in out if part)


def fts_query(words: str) -> str:
    """An FTS5 query that finds rows with every one of ``words`` (split at spaces), each
    as a phrase: as Datasette's search box asks."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words.split())


def datasette_metadata(
    name: str = "miit2014", report: Report | Edition | None = None
) -> dict[str, Any]:
    """Datasette metadata for the database called ``name`` (its file's stem): title,
    source, licence, and each table's description and column meanings."""
    from ..edition import edition_of
    from .citations import cite

    edition = edition_of(report)
    meeting = edition.report.meeting
    tables: dict[str, Any] = {}
    for tab in laid_out(edition):
        entry: dict[str, Any] = {
            "description": tab.description,
            "columns": {c.name: c.meaning for c in tab.columns if c.meaning},
        }
        if _text_columns(tab):
            entry["fts_table"] = f"{tab.name}_fts"
        if any(c.name == "span_start" for c in tab.columns):
            entry["sort"] = "span_start"  # document order, not the order of the ids
        tables[tab.name] = entry
    tables[MEANINGS_TABLE] = {"description": "What every column of every table means."}
    tables[ABOUT_TABLE] = {"description": "The source, the licence and the edition."}
    return {
        "title": f"{meeting.name_en}, {meeting.start_date.isoformat()}",
        "description": (
            f"The news release on the {meeting.name_en} ({meeting.name_zh}) as linked tables:"
            " every record with the verbatim Chinese it rests on and its place in the text."
            " Search finds Chinese words of up to four characters as typed."
        ),
        "license": "MIT (the package's own work; the Chinese quotes are the ministry's)",
        "license_url": "https://opensource.org/licenses/MIT",
        "source": cite(edition.report, report=edition.report),
        "databases": {name: {"tables": tables}},
    }


def _pieces(run: str) -> Iterator[str]:
    for size in range(1, LONGEST_TERM + 1):
        for start in range(len(run) - size + 1):
            yield run[start : start + size]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _comment(text: str) -> str:
    return " ".join(text.split())


def _create(db: sqlite3.Connection, tab: Laid) -> None:
    lines = []
    for column in tab.columns:
        not_null = " NOT NULL" if column.required else ""
        declared = f"{_quoted(column.name)} {_SQL_TYPE[column.type]}{not_null}"
        lines.append(f"  {declared},  -- {_comment(column.meaning)}")
    keys = [f"  PRIMARY KEY ({', '.join(_quoted(k) for k in tab.primary_key)})"]
    keys.extend(
        f"  FOREIGN KEY ({_quoted(column)}) REFERENCES {_quoted(target)}(id)"
        for column, target in tab.foreign_keys
    )
    body = "\n".join(lines) + "\n" + ",\n".join(keys)
    db.execute(f"CREATE TABLE {_quoted(tab.name)} (  -- {_comment(tab.description)}\n{body}\n)")
    names = ", ".join(["rowid", *(_quoted(c.name) for c in tab.columns)])
    marks = ", ".join("?" * (len(tab.columns) + 1))
    db.executemany(
        f"INSERT INTO {_quoted(tab.name)} ({names}) VALUES ({marks})",
        ((i, *row) for i, row in enumerate(tab.rows, start=1)),
    )
    text = _text_columns(tab)
    if not text:
        return
    fts = _quoted(f"{tab.name}_fts")
    indexed = ", ".join(_quoted(tab.columns[i].name) for i in text)
    db.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({indexed},"
        f" content={_quoted(tab.name)}, tokenize='porter unicode61')"
    )
    db.executemany(
        f"INSERT INTO {fts} (rowid, {indexed}) VALUES ({', '.join('?' * (len(text) + 1))})",
        (
            (n, *(None if row[i] is None else search_text(str(row[i])) for i in text))
            for n, row in enumerate(tab.rows, start=1)
        ),
    )


def _text_columns(tab: Laid) -> Sequence[int]:
    return [i for i, c in enumerate(tab.columns) if c.kind == "text"]


def _meanings(db: sqlite3.Connection, laid: Sequence[Laid]) -> None:
    db.execute(
        f"CREATE TABLE {MEANINGS_TABLE} (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
        " type TEXT NOT NULL, kind TEXT NOT NULL, meaning TEXT NOT NULL,"
        " PRIMARY KEY (table_name, column_name))"
    )
    db.executemany(
        f"INSERT INTO {MEANINGS_TABLE} VALUES (?, ?, ?, ?, ?)",
        ((t.name, c.name, c.type, c.kind, c.meaning) for t in laid for c in t.columns),
    )


def _about(db: sqlite3.Connection, report: Report | Edition | None) -> None:
    from .._version import __version__
    from ..edition import edition_of
    from ..source import DOCUMENT_ID, SOURCE_SHA256
    from .citations import cite

    shown = edition_of(report).report
    db.execute(f"CREATE TABLE {ABOUT_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.executemany(
        f"INSERT INTO {ABOUT_TABLE} VALUES (?, ?)",
        [
            ("source", cite(shown, report=shown)),
            ("document_id", DOCUMENT_ID),
            ("source_sha256", SOURCE_SHA256),
            ("licence", "MIT, for the package's own work; the Chinese quotes are the ministry's."),
            ("written_by", f"miit2014 {__version__}"),
            ("search", f"Chinese words of up to {LONGEST_TERM} characters are found as typed."),
        ],
    )


__all__ = [
    "LONGEST_TERM",
    "database_bytes",
    "datasette_metadata",
    "fts_query",
    "search_text",
    "to_sqlite",
]
