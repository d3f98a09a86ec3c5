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


def _text(record: object, column: str, *, short: bool = False) -> str:
    """A field's text; a figure's or an outcome's value reads "about 9.8%", not the bare
    number; ``short``: a quote cut to fit a table's cell."""
    if column == "value" and isinstance(record, Figure):
        return figure_value(record)
    if column == "value" and isinstance(record, Outcome):
        return outcome_value(record)
    text = value_text(getattr(record, column, None))
    return shorten(text, _MAX_QUOTE) if short and column == "quote" else text


def record_html(record: Any) -> str:
    """One record as a two-column table of its fields."""
    rows = [(f.name, _text(record, f.name)) for f in fields_of(type(record))]
    return _pairs_html(f"{type(record).__name__} {getattr(record, 'id', '')}", rows)


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
    shown = records if limit is None else records[:limit]
    rows = [[html.escape(_text(r, column, short=True)) for column in columns] for r in shown]
    rest = len(records) - len(shown)
    more = (
        f'<tr><td colspan="{len(columns)}" style="{_STYLE}">… and {rest} more</td></tr>'
        if rest
        else ""
    )
    return table_html(title or f"{len(records)} {kind} records", columns, rows, more)


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


def escaped(value: object) -> str:
    """Any value as HTML text, quotes too: records are data, never markup."""
    return html.escape(str(value))


def _pairs_html(caption: str, rows: Iterable[tuple[str, str]]) -> str:
    """A two-column table of labels and texts, escaped, under a caption."""
    body = "".join(
        f'<tr><th style="{_STYLE}">{html.escape(label)}</th>'
        f'<td style="{_STYLE}">{html.escape(text)}</td></tr>'
        for label, text in rows
    )
    return f"<table><caption>{html.escape(caption)}</caption>{body}</table>"


def explanation_html(explanation: Explanation, caption: str = "") -> str:
    """An :class:`~miit2014.model.wording.Explanation` as a notebook table: a caption that
    gives the answer, then each line's label and text."""
    rows = [(line.label, line.text) for line in explanation.lines]
    return _pairs_html(caption or explanation.title, rows)


def table_html(
    caption: str, header: Sequence[str], rows: Iterable[Sequence[str]], tail: str = ""
) -> str:
    """A table of cells that are HTML already (the caller escapes them), and ``tail``, a
    last row of HTML; the caption and the header are plain text."""
    head = "".join(f'<th style="{_STYLE}">{html.escape(h)}</th>' for h in header)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_STYLE}">{cell}</td>' for cell in row) + "</tr>"
        for row in rows
    )
    return f"<table><caption>{html.escape(caption)}</caption><tr>{head}</tr>{body}{tail}</table>"


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
