"""What a plain REPL prints: collections one item a line with a count, exports by what
they wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import miit2014
from miit2014 import REPORT
from miit2014.analysis.query import tasks_where
from miit2014.exchange.files import Export
from miit2014.exchange.formats import export
from miit2014.model.collection import Records, listing_repr


def test_the_figures_print_one_a_line_with_a_count_in_at_most_25_lines() -> None:
    lines = repr(REPORT.figures).splitlines()
    assert len(REPORT.figures) > 20
    assert len(lines) <= 25
    assert lines[0] == f"({len(REPORT.figures)} Figure records)"
    assert lines[1] == repr(REPORT.figures[0])
    assert lines[-1] == repr(REPORT.figures[-1])
    assert lines[11] == f"... {len(REPORT.figures) - 20} more ..."


def test_a_short_collection_is_shown_whole() -> None:
    lines = repr(REPORT.people).splitlines()
    assert lines[0] == f"({len(REPORT.people)} Person records)"
    assert lines[1:] == [repr(p) for p in REPORT.people]


def test_tasks_where_and_search_hits_print_the_same_way() -> None:
    found = tasks_where(REPORT, leaf=True)
    assert isinstance(found, Records)
    assert len(found) > 20
    assert len(repr(found).splitlines()) == 22
    hits = miit2014.search("宽带")
    lines = repr(hits).splitlines()
    assert lines[0] == f"({len(hits)} hits)"
    assert lines[1:] == [repr(h) for h in hits]


@given(st.integers(min_value=0, max_value=60))
def test_a_listing_never_runs_past_22_lines(count: int) -> None:
    lines = listing_repr(tuple(range(count))).splitlines()
    assert len(lines) == 1 + (count if count <= 20 else 21)
    noun = "int record" if count else "record"  # no items: no kind to name
    assert lines[0] == f"({count} {noun}{'' if count == 1 else 's'})"


def test_an_export_says_what_it_wrote_and_still_is_its_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    written = miit2014.to_csv("out")
    assert isinstance(written, Export)
    assert isinstance(written, tuple)
    assert repr(written) == f"<Export: {len(written)} files in out/>"
    assert written[0] == Path("out") / written[0].name
    assert written[0].exists()
    assert [p.suffix for p in written] == [".csv"] * len(written)
    one = export("json", "report.json")
    assert repr(one) == "<Export: report.json>"
    assert tuple(one) == (Path("report.json"),)
    again = export("csv", tmp_path / "again")
    assert repr(again) == f"<Export: {len(again)} files in {tmp_path.as_posix()}/again/>"
