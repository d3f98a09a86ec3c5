"""HTML tables for Jupyter: what ``_repr_html_`` of records, collections and the report show.

Plain strings built with :func:`html.escape`; nothing here imports a notebook library.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

_STYLE = "text-align:left;vertical-align:top"
_MAX_QUOTE = 60


def _cell(value: object) -> str:
    return f'<td style="{_STYLE}">{html.escape(_text(value))}</td>'


def _text(value: object) -> str:
    from . import exact
    from .base import Span
    from .figure import Figure, Period
    from .wording import figure_value

    if value is None:
        return ""
    if isinstance(value, Span):
        return f"{value.start}–{value.end}"
    if isinstance(value, Period):
        return value.label_en
    if isinstance(value, Figure):
        return figure_value(value)
    if isinstance(value, tuple):
        return "; ".join(_text(v) for v in value)
    if hasattr(value, "value") and hasattr(type(value), "__members__"):  # an enum
        return str(value.value)
    if attrs.has(type(value)):
        return getattr(value, "id", None) or type(value).__name__
    if isinstance(value, (int, str)):
        return str(value)
    try:
        return exact.to_text(value)  # type: ignore[arg-type]
    except (TypeError, AttributeError):
        return str(value)


def _short(text: str) -> str:
    return text if len(text) <= _MAX_QUOTE else text[: _MAX_QUOTE - 1] + "…"


def record_html(record: Any) -> str:
    """One record as a two-column table of its fields."""
    rows = []
    for field in attrs.fields(type(record)):
        if not field.init:
            continue
        value = getattr(record, field.name)
        if field.name == "value" and hasattr(record, "qualifier"):
            value = record  # show "about 9.8%", not the bare number
        rows.append(f'<tr><th style="{_STYLE}">{field.name}</th>{_cell(value)}</tr>')
    caption = html.escape(f"{type(record).__name__} {getattr(record, 'id', '')}")
    return f"<table><caption>{caption}</caption>{''.join(rows)}</table>"


#: Columns shown for each record type in a collection table.
COLUMNS = {
    "Figure": ("id", "label_en", "value", "status", "period", "quote"),
    "Task": ("id", "kind", "title_en", "quote"),
    "Person": ("id", "name_zh", "name_en"),
    "Post": ("id", "person_id", "title_zh", "title_en"),
    "Organization": ("id", "name_zh", "name_en", "type"),
    "Initiative": ("id", "name_zh", "name_en", "kind"),
    "Outcome": ("id", "target_id", "value", "as_of", "scope_en"),
}


def records_html(records: Sequence[Any], *, title: str = "") -> str:
    """A collection as one table, one row per record, columns by record type."""
    if not records:
        return "<p>(no records)</p>"
    kind = type(records[0]).__name__
    columns = COLUMNS.get(kind, ("id", "quote"))
    head = "".join(f'<th style="{_STYLE}">{c}</th>' for c in columns)
    body = []
    for record in records:
        cells = []
        for column in columns:
            value = getattr(record, column, None)
            if column == "value" and hasattr(record, "qualifier"):
                value = record if kind == "Figure" else value
            if column == "quote" and isinstance(value, str):
                value = _short(value)
            cells.append(_cell(value))
        body.append(f"<tr>{''.join(cells)}</tr>")
    caption = html.escape(title or f"{len(records)} {kind} records")
    return f"<table><caption>{caption}</caption><tr>{head}</tr>{''.join(body)}</table>"


def report_html(report: Any) -> str:
    """The report: its meeting, then a table per collection."""
    meeting = report.meeting
    parts = [
        f"<h3>{html.escape(meeting.name_en)}</h3>",
        f"<p>{html.escape(meeting.name_zh)}, {html.escape(meeting.place_en)}, "
        f"{meeting.start_date.isoformat()} to {meeting.end_date.isoformat()}</p>",
    ]
    for name in ("figures", "tasks", "people", "organizations", "initiatives"):
        records: Iterable[Any] = getattr(report, name)
        parts.append(records_html(tuple(records), title=f"{name} ({len(tuple(records))})"))
    return "".join(parts)
