"""The SQLite database: opened with the standard library, and served by Datasette."""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import miit2014
from miit2014 import REPORT, from_json, to_json
from miit2014.exchange import database, formats, tables
from miit2014.exchange.tabular import laid_out


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    db, meta = miit2014.to_sqlite(tmp_path_factory.mktemp("db") / "miit2014.db")
    return db, meta


@pytest.fixture(scope="module")
def db(written: tuple[Path, Path]) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{written[0]}?mode=ro", uri=True)
    yield connection
    connection.close()


def _search(db: sqlite3.Connection, table: str, words: str) -> set[str]:
    """The ids of the rows of ``table`` that the full-text search finds for ``words``,
    asked the way Datasette's table page asks (``rowid in (... match ...)``)."""
    query = (
        f'select id from "{table}" where rowid in'
        f' (select rowid from "{table}_fts" where "{table}_fts" match ?)'
    )
    return {row[0] for row in db.execute(query, (database.fts_query(words),))}


def _text_columns(table: str) -> list[str]:
    tab = next(t for t in laid_out() if t.name == table)
    return [c.name for c in tab.columns if c.kind == "text"]


def _containing(db: sqlite3.Connection, table: str, pattern: str) -> set[str]:
    found = set()
    names = _text_columns(table)
    for row in db.execute(f'select id, {", ".join(names)} from "{table}"'):
        if any(v is not None and re.search(pattern, v, flags=re.I) for v in row[1:]):
            found.add(row[0])
    return found


def test_every_table_with_every_row(db: sqlite3.Connection) -> None:
    for tab in laid_out():
        (count,) = db.execute(f'select count(*) from "{tab.name}"').fetchone()
        assert count == len(tab.rows), tab.name
        names = [r[1] for r in db.execute(f'pragma table_info("{tab.name}")')]
        assert names == [c.name for c in tab.columns]


def test_values_keep_their_types(db: sqlite3.Connection) -> None:
    lte = miit2014.figures.LTE_USERS_TARGET_2014
    value, value_float, start, end = db.execute(
        "select value, value_float, span_start, period_end from figures where id = ?", (lte.id,)
    ).fetchone()
    assert (value, value_float, start, end) == (
        "30000000",
        30000000.0,
        lte.span.start,
        "2014-12-31",
    )


def test_primary_and_foreign_keys_are_declared_and_hold(db: sqlite3.Connection) -> None:
    for tab in tables.tables():
        info = db.execute(f'pragma table_info("{tab.name}")').fetchall()
        key = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
        assert key == list(tab.primary_key), tab.name
        declared = {(r[3], r[2]) for r in db.execute(f'pragma foreign_key_list("{tab.name}")')}
        assert declared == {(c, t) for c, t in tab.foreign_keys}, tab.name
    assert db.execute("pragma foreign_key_check").fetchall() == []
    assert db.execute("pragma integrity_check").fetchone() == ("ok",)


def test_a_broken_link_is_refused_by_the_keys(written: tuple[Path, Path], tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(written[0].read_bytes())
    connection = sqlite3.connect(copy)
    connection.execute("pragma foreign_keys = on")
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("update figures set task_id = 'no-such-task' where rowid = 1")
    connection.close()


def test_a_two_character_chinese_word_is_found(db: sqlite3.Connection) -> None:
    for table in ("tasks", "figures", "initiatives"):
        found = _search(db, table, "宽带")
        assert found, table
        assert found == _containing(db, table, "宽带"), table


def test_an_english_word_is_found(db: sqlite3.Connection) -> None:
    found = _search(db, "tasks", "broadband")
    assert found == _containing(db, "tasks", r"\bbroadband\b")
    assert found


def test_words_up_to_four_characters_and_words_in_parts(db: sqlite3.Connection) -> None:
    assert _search(db, "initiatives", "宽带中国") == _containing(db, "initiatives", "宽带中国")
    longer = "工业和信息化"
    assert _search(db, "tasks", longer) == set()  # six characters: not one piece
    assert _search(db, "tasks", "工业 信息化") >= _containing(db, "tasks", longer)


@given(
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=12),
    st.data(),
)
def test_any_piece_of_up_to_four_characters_is_found(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + database.LONGEST_TERM)))
    connection = sqlite3.connect(":memory:")
    connection.execute("create virtual table t using fts5(x, tokenize='porter unicode61')")
    connection.execute("insert into t values (?)", (database.search_text(f"a {text} b"),))
    query = "select count(*) from t where t match ?"
    assert connection.execute(query, (database.fts_query(text[start:end]),)).fetchone() == (1,)
    absent = "\u3007"  # 〇 is never drawn above
    assert connection.execute(query, (database.fts_query(absent),)).fetchone() == (0,)


def test_columns_are_described_in_the_schema_and_a_table(db: sqlite3.Connection) -> None:
    (sql,) = db.execute("select sql from sqlite_master where name = 'figures'").fetchone()
    assert '"label_en" TEXT NOT NULL,  -- What is measured, in English' in sql
    meanings = {
        (t, c): m
        for t, c, m in db.execute("select table_name, column_name, meaning from column_meanings")
    }
    assert meanings == {(t, c): m for t, c, _k, _r, m in tables.data_dictionary()}


def test_datasette_metadata_names_title_source_licence_and_meanings(
    written: tuple[Path, Path],
) -> None:
    meta = json.loads(written[1].read_text(encoding="utf-8"))
    assert written[1].name == "miit2014.metadata.json"
    assert meta["title"].startswith("National Industry and Information Technology Work Conference")
    assert meta["license"].startswith("MIT")
    assert meta["source"] == miit2014.cite(REPORT)
    described = meta["databases"]["miit2014"]["tables"]
    for table, column, _kind, _required, meaning in tables.data_dictionary():
        assert described[table]["columns"][column] == meaning
    assert described["tasks"]["fts_table"] == "tasks_fts"


def test_a_report_loaded_from_json_keeps_its_links(tmp_path: Path) -> None:
    loaded = from_json(to_json(REPORT))
    path, _ = formats.export("sqlite", tmp_path / "loaded.db", report=loaded)
    connection = sqlite3.connect(path)
    assert connection.execute("select count(*) from outcomes").fetchone() == (0,)
    assert connection.execute("select count(*) from outcome_sources").fetchone() == (0,)
    assert connection.execute("select count(*) from figures").fetchone() == (len(REPORT.figures),)
    assert connection.execute(
        "select count(*) from scorecard where unsourced_id is not null"
    ).fetchone() == (0,)
    assert connection.execute("pragma foreign_key_check").fetchall() == []
    connection.close()


def test_the_command_line_writes_both_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from miit2014.views.cli import run

    assert run(["export", "--format", "sqlite", "-o", str(tmp_path / "m.db")]) == 0
    assert capsys.readouterr().out.split() == [
        "wrote",
        str(tmp_path / "m.db"),
        "wrote",
        str(tmp_path / "m.metadata.json"),
    ]
    assert sorted(os.listdir(tmp_path)) == ["m.db", "m.metadata.json"]


# -- served by Datasette ---------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read().decode("utf-8"))


@pytest.fixture(scope="module")
def served(written: tuple[Path, Path]) -> Iterator[str]:
    pytest.importorskip("datasette")
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "datasette",
            "serve",
            str(written[0]),
            "-m",
            str(written[1]),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError):
                _get(f"{base}/-/versions.json")
                break
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                _, err = process.communicate(timeout=10)
                pytest.fail(f"datasette did not start: {err.decode(errors='replace')[-2000:]}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def test_datasette_serves_a_table(served: str) -> None:
    rows = _get(f"{served}/miit2014/figures.json?_shape=array&_size=max")
    assert {r["id"] for r in rows} == {f.id for f in REPORT.figures}
    starts = [r["span_start"] for r in rows]
    assert starts == sorted(starts)  # in document order
    meta = _get(f"{served}/-/metadata.json")
    assert meta["databases"]["miit2014"]["tables"]["figures"]["columns"]["value"]


@pytest.mark.parametrize("word", ["宽带", "broadband"])
def test_datasettes_search_box_finds_the_word(
    served: str, db: sqlite3.Connection, word: str
) -> None:
    query = urllib.parse.urlencode({"_search": word, "_shape": "array", "_size": "max"})
    rows = _get(f"{served}/miit2014/tasks.json?{query}")
    pattern = word if word == "宽带" else rf"\b{word}\b"
    assert {r["id"] for r in rows} == _containing(db, "tasks", pattern)
    assert rows
