"""One record in full: its fields, its quote and place in the source, what links to it."""

from __future__ import annotations

from ...edition import or_default
from ...model.base import Record, Span
from ...model.entities import Initiative, Participation, Person
from ...model.fields import Shape, fields_of
from ...model.figure import Figure
from ...model.report import Report
from ...model.task import Task
from ...model.wording import (
    field_words,
    figure_line,
    figure_value,
    role_text,
    screen_text,
    span_location,
)
from .listings import entry, heading
from .screen import Screen

#: Characters of source text shown on either side of a quote by ``show --context``.
CONTEXT = 80
#: The fewest columns a field's value gets beside its name; with fewer, the name goes
#: on a line of its own above the value.
VALUE_ROOM = 20


def _fields(record: Record) -> list[tuple[str, str]]:
    """``(name, text)`` rows; a tuple of notes (citations) gives a row for each."""
    rows: list[tuple[str, str]] = []
    for field in fields_of(type(record)):
        if field.name in ("id", "span", "quote"):
            continue
        value = getattr(record, field.name)
        notes = field.many and field.shape is Shape.VALUE  # citations: a row each
        items = value if notes else (value,)
        for i, item in enumerate(items):
            text = screen_text(item)
            if text and len(items) > 1:
                text = f"[{i + 1}] {text}"
            if text:
                rows.append((field_words(field.name) if i == 0 else "", text))
        if field.name == "value" and isinstance(record, Figure):
            rows.append(("reads", figure_value(record)))
    return rows


def _related(report: Report, record: Record) -> list[tuple[str, list[tuple[str, str]]]]:
    """Records linked to this one: ``(heading, [(text, id), ...])``, empty groups left out."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    if isinstance(record, Task):
        groups += [
            ("Subtasks", [(t.title_en, t.id) for t in report.children(record)]),
            ("Figures", [(figure_line(f), f.id) for f in report.figures_of(record)]),
            (
                "Initiatives",
                [(f"{i.name_en} {i.name_zh}", i.id) for i in report.initiatives_of(record)],
            ),
        ]
    if isinstance(record, Figure) and (task := report.task_of(record)) is not None:
        groups.append(("Stated in", [(task.title_en, task.id)]))
    if isinstance(record, Initiative):
        groups.append(("Mentioned in", [(t.title_en, t.id) for t in report.mentions_of(record)]))
    groups.append(
        ("Referred to by", [(_label(report, r), r.id) for r in _referring(report, record.id)])
    )
    return [(heading, items) for heading, items in groups if items]


def _label(report: Report, record: Record) -> str:
    """A short human name for a record of any kind."""
    person = getattr(record, "person_id", None)
    if isinstance(person, str):
        name = report.get(person)
        assert isinstance(name, Person)
        what = role_text(record.role) if isinstance(record, Participation) else _label_of(record)
        return f"{name.name_en}: {what}"
    return _label_of(record)


def _label_of(record: Record) -> str:
    for name in ("title_en", "label_en", "name_en", "description_en", "text_en"):
        text = getattr(record, name, None)
        if isinstance(text, str):
            return text
    return record.id


def _referring(report: Report, record_id: str) -> tuple[Record, ...]:
    """Records with a link field (``person_id`` and the like) that names ``record_id``."""
    return report.memo("cli.links-to", _links_to).get(record_id, ())


def _links_to(report: Report) -> dict[str, tuple[Record, ...]]:
    """Every link of the report reversed, worked out once: id -> records linking to it."""
    found: dict[str, list[Record]] = {}
    for other in report.records():
        targets: set[str] = set()
        for field in fields_of(type(other)):
            if field.link is not None:
                value = getattr(other, field.name)
                targets.update(value if field.many else (value,))
        for target in targets - {None}:
            found.setdefault(target, []).append(other)
    return {target: tuple(records) for target, records in found.items()}


def context_text(screen: Screen, span: Span) -> str:
    """The source around ``span``, within its paragraphs, with the quote highlighted."""
    from ...source import SOURCE_TEXT

    start = max(span.start - CONTEXT, SOURCE_TEXT.rfind("\n", 0, span.start) + 1)
    line_end = SOURCE_TEXT.find("\n", span.end)
    end = min(span.end + CONTEXT, len(SOURCE_TEXT) if line_end == -1 else line_end)
    text = SOURCE_TEXT[start:end]
    shown = screen.marked(text, [(span.start - start, span.end - start)])
    lead = "…" if start > 0 and SOURCE_TEXT[start - 1] != "\n" else ""
    tail = "…" if end < len(SOURCE_TEXT) and SOURCE_TEXT[end] != "\n" else ""
    return "\n".join(screen.fill(lead + shown + tail, "  ", "  "))


def record_text(
    screen: Screen, record: Record, *, context: bool = False, report: Report | None = None
) -> str:
    """Everything about one record: fields, quote, place in the source, linked records."""
    report = or_default(report)
    lines = screen.fill(f"{screen.bold(record.id)}  {screen.dim(type(record).__name__)}")
    rows = _fields(record)
    if rows:
        column = min(max(len(name) for name, _ in rows), 16) + 2
        stacked = screen.width - column - 2 < VALUE_ROOM
        for name, text in rows:
            if stacked:  # a narrow screen: the name on a line of its own
                lines += screen.fill(name, "  ") if name else []
                lines += screen.fill(text, "    ", "    ")
            else:
                lines += screen.fill(text, f"  {name.ljust(column)}", " " * (column + 2))
    lines += ["", *heading(screen, f"Quote ({span_location(record.span)})")]
    lines += screen.fill(record.quote, "  ", "  ")
    if context:
        lines += ["", *heading(screen, "In context"), context_text(screen, record.span)]
    for title, items in _related(report, record):
        lines += ["", *heading(screen, title)]
        for text, record_id in items:
            lines += entry(screen, text, record_id)
    return "\n".join(lines)
