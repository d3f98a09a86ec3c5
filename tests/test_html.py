"""Notebook display: records, collections and the report render as escaped HTML tables."""

from __future__ import annotations

import html
import re

from miit2014 import REPORT
from miit2014.figures import INFORMATION_CONSUMPTION_2013
from miit2014.model import Records


def _cells(markup: str) -> list[str]:
    return [html.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", markup, flags=re.S)]


def test_a_figure_shows_its_fields_with_the_value_as_worded() -> None:
    markup = INFORMATION_CONSUMPTION_2013._repr_html_()
    assert markup.startswith("<table>")
    assert "more than 2 trillion yuan" in _cells(markup)
    assert INFORMATION_CONSUMPTION_2013.quote in _cells(markup)
    assert "paragraph 3, characters 593–605" in _cells(markup)


def test_collections_are_records_tuples_rendered_as_one_table() -> None:
    assert isinstance(REPORT.figures, Records)
    assert isinstance(REPORT.figures, tuple)
    markup = REPORT.figures._repr_html_()
    assert markup.count("<tr>") == len(REPORT.figures) + 1  # a header row, then one per record
    assert f"{len(REPORT.figures)} Figure records" in markup


def test_long_quotes_are_shortened_in_tables_but_not_in_records() -> None:
    longest = max(REPORT.tasks, key=lambda t: len(t.quote))
    row_cells = _cells(REPORT.tasks._repr_html_())
    assert longest.quote not in row_cells
    assert any(c.endswith("…") and longest.quote.startswith(c[:-1]) for c in row_cells)
    assert longest.quote in _cells(longest._repr_html_())


def test_text_is_escaped() -> None:
    import attrs

    figure = attrs.evolve(INFORMATION_CONSUMPTION_2013, label_en="<b>A & B</b>")
    markup = figure._repr_html_()
    assert "<b>" not in markup
    assert "&lt;b&gt;A &amp; B&lt;/b&gt;" in markup
    assert "<b>A & B</b>" in _cells(markup)


def test_the_report_shows_every_collection() -> None:
    markup = REPORT._repr_html_()
    assert REPORT.meeting.name_en in markup
    for name in ("figures", "tasks", "people", "organizations", "initiatives"):
        assert f"{name} ({len(getattr(REPORT, name))})" in markup


def test_console_repr_is_short() -> None:
    for record in REPORT.records():
        text = repr(record)
        assert text.startswith(f"<{type(record).__name__} {record.id}: ")
        assert len(text) < 260, text
