"""HTML tables for Jupyter: what ``_repr_html_`` of records, collections and the report show.

Plain strings built with :func:`html.escape`; nothing here imports a notebook library.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .brief import shorten
from .fields import fields_of
from .figure import Figure
from .frozen import FrozenMap
from .outcome import Outcome
from .wording import Explanation, figure_value, outcome_value, value_text

_STYLE = "text-align:left;vertical-align:top"
_MAX_QUOTE = 60


def _cell(value: object) -> str:
    return f'<td style="{_STYLE}">{html.escape(value_text(value))}</td>'


def _value_cell(record: object, value: object) -> str:
    """A figure's value reads "about 9.8%", not the bare number."""
    if isinstance(record, Figure):
        return f'<td style="{_STYLE}">{html.escape(figure_value(record))}</td>'
    if isinstance(record, Outcome):
        return f'<td style="{_STYLE}">{html.escape(outcome_value(record))}</td>'
    return _cell(value)


def record_html(record: Any) -> str:
    """One record as a two-column table of its fields."""
    rows = []
    for field in fields_of(type(record)):
        value = getattr(record, field.name)
        cell = _value_cell(record, value) if field.name == "value" else _cell(value)
        rows.append(f'<tr><th style="{_STYLE}">{field.name}</th>{cell}</tr>')
    caption = html.escape(f"{type(record).__name__} {getattr(record, 'id', '')}")
    return f"<table><caption>{caption}</caption>{''.join(rows)}</table>"


#: Columns shown for each record type in a collection table.
COLUMNS: Mapping[str, tuple[str, ...]] = FrozenMap(
    {
        "Figure": ("id", "label_en", "value", "status", "period", "quote"),
        "Task": ("id", "kind", "title_en", "quote"),
        "Person": ("id", "name_zh", "name_en"),
        "Post": ("id", "person_id", "title_zh", "title_en"),
        "Organization": ("id", "name_zh", "name_en", "type"),
        "Initiative": ("id", "name_zh", "name_en", "kind"),
        "Outcome": ("id", "figure_id", "value", "as_of", "coverage", "scope_en"),
        "Unsourced": ("id", "figure_id", "seen_en"),
    }
)


def records_html(records: Sequence[Any], *, title: str = "", limit: int | None = None) -> str:
    """A collection as one table, one row per record, columns by record type; with
    ``limit``, only the first rows and a last one saying how many more there are."""
    if not records:
        return "<p>(no records)</p>"
    kind = type(records[0]).__name__
    columns = COLUMNS.get(kind, ("id", "quote"))
    head = "".join(f'<th style="{_STYLE}">{c}</th>' for c in columns)
    shown = records if limit is None else records[:limit]
    body = []
    for record in shown:
        cells = []
        for column in columns:
            value = getattr(record, column, None)
            if column == "value":
                cells.append(_value_cell(record, value))
                continue
            if column == "quote" and isinstance(value, str):
                value = shorten(value, _MAX_QUOTE)
            cells.append(_cell(value))
        body.append(f"<tr>{''.join(cells)}</tr>")
    rest = len(records) - len(shown)
    if rest:
        more = f"… and {rest} more"
        body.append(f'<tr><td colspan="{len(columns)}" style="{_STYLE}">{more}</td></tr>')
    caption = html.escape(title or f"{len(records)} {kind} records")
    return f"<table><caption>{caption}</caption><tr>{head}</tr>{''.join(body)}</table>"


#: Rows of each collection that the report's summary shows.
SUMMARY_ROWS = 3


def report_html(report: Any) -> str:
    """The report as a summary: its meeting, then each collection with its count and its
    first rows, folded so that the whole fits on a screen (a collection shows all of its
    records by itself: ``REPORT.figures``)."""
    meeting = report.meeting
    parts = [
        f"<p><strong>{html.escape(meeting.name_en)}</strong></p>",
        f"<p>{html.escape(meeting.name_zh)}, {html.escape(meeting.place_en)}, "
        f"{meeting.start_date.isoformat()} to {meeting.end_date.isoformat()}. "
        f"Document <code>{html.escape(report.document_id)}</code>.</p>",
    ]
    for name in ("figures", "tasks", "people", "posts", "organizations", "initiatives"):
        records: Sequence[Any] = getattr(report, name)
        count = len(records)
        table = records_html(records, title=f"REPORT.{name}: the first rows", limit=SUMMARY_ROWS)
        parts.append(f"<details><summary>{name} ({count})</summary>{table}</details>")
    return "".join(parts)


def escaped(text: str) -> str:
    return html.escape(text)


def explanation_html(explanation: Explanation, caption: str = "") -> str:
    """An :class:`~miit2014.model.wording.Explanation` as a notebook table: a caption that
    gives the answer, then each line's label and text, escaped."""
    body = "".join(
        f'<tr><th style="{_STYLE}">{html.escape(line.label)}</th>'
        f'<td style="{_STYLE}">{html.escape(line.text)}</td></tr>'
        for line in explanation.lines
    )
    return f"<table><caption>{html.escape(caption or explanation.title)}</caption>{body}</table>"


def table_html(caption: str, header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table of cells that are HTML already (the caller escapes them); the caption and
    the header are plain text."""
    head = "".join(f'<th style="{_STYLE}">{html.escape(h)}</th>' for h in header)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_STYLE}">{cell}</td>' for cell in row) + "</tr>"
        for row in rows
    )
    return f"<table><caption>{html.escape(caption)}</caption><tr>{head}</tr>{body}</table>"


#: Verdict value -> background colour of a checked quantity (colour-blind safe pair
#: plus grey: blue for matches, orange for differs, grey for not in the report).
CHECK_COLOURS = FrozenMap({"matches": "#cfe3f7", "differs": "#fbd5b0", "not_in_report": "#e4e4e4"})


def marked_text_html(text: str, marks: Sequence[tuple[int, int, str, str, str, str, str]]) -> str:
    """``text`` with each ``(start, end, verdict, explanation, quote, note, why)`` span coloured
    by its verdict, the explanation as its tooltip, and a numbered table of verdicts,
    quotes and reasons."""
    parts, notes, at = [], [], 0
    for n, (start, end, verdict, explanation, quote, note, why) in enumerate(marks, 1):
        colour = CHECK_COLOURS.get(verdict, "#ffffff")
        parts.append(html.escape(text[at:start]))
        parts.append(
            f'<mark title="{html.escape(explanation)}" data-verdict="{html.escape(verdict)}"'
            f' style="background:{colour};padding:0 2px;border-radius:3px">'
            f"{html.escape(text[start:end])}<sup>{n}</sup></mark>"
        )
        at = end
        quote_cell = f'<q lang="zh">{html.escape(quote)}</q>' if quote else ""
        if note:
            quote_cell = f'<span style="color:#666">{html.escape(note)}: {quote_cell}</span>'
        notes.append(
            f'<tr><td style="{_STYLE}">{n}</td>'
            f'<td style="{_STYLE};background:{colour}">'
            f"{html.escape(verdict.replace('_', ' '))}</td>"
            f'<td style="{_STYLE}">{html.escape(text[start:end])}</td>'
            f'<td style="{_STYLE}">{quote_cell}</td>'
            f'<td style="{_STYLE}">{html.escape(why)}</td></tr>'
        )
    parts.append(html.escape(text[at:]))
    return (
        '<div class="miit2014-check">'
        f'<p style="line-height:1.8;white-space:pre-wrap">{"".join(parts)}</p>'
        f'<table><thead><tr><th style="{_STYLE}">#</th><th style="{_STYLE}">verdict</th>'
        f'<th style="{_STYLE}">quantity</th><th style="{_STYLE}">report</th>'
        f'<th style="{_STYLE}">why</th></tr></thead><tbody>{"".join(notes)}</tbody></table></div>'
    )
