"""The source as a reader meets it: sentences of Chinese, each with its English, nested in
the task tree, and the marks inside them that name figures, people, bodies and initiatives.

Every character of :data:`~miit2014.SOURCE_TEXT` but the line breaks belongs to exactly
one :class:`Sentence`, so a page built from :func:`aligned` shows the whole source, in
order. A sentence is a leaf task, the heading of a numbered item, or a statement of the
meeting (the headline, the purpose, a session, the closing paragraphs); punctuation
that no record covers joins the sentence before it in its paragraph.

The English of a sentence says what it is (:class:`EnglishKind`): the package's
translation of that text, or, for the sentences of the meeting the edition does not
translate (a session, the list of leaders present), a summary made of the English of the
records in it, never passed off as a translation.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from enum import StrEnum

import attrs

from ..analysis.audit import numeral_span
from ..model.base import Record, Span
from ..model.entities import Meeting, MeetingRole, Mentioned, Participation, Session, Statement
from ..model.fields import walk
from ..model.figure import Figure
from ..model.report import Report
from ..model.task import Task
from ..model.wording import ROLE_EN, phrase_bounds
from ..source import SOURCE_TEXT, paragraph_of


class EnglishKind(StrEnum):
    TRANSLATION = "translation"  # the package's English of exactly this text
    PART = "part"  # the package's English of a part of it (a quoted title)
    SUMMARY = "summary"  # said in the English of the records in it; not a translation
    NONE = "none"  # no English in this edition


@attrs.frozen
class English:
    """English of a sentence; ``record`` is the record it renders, where that is not the
    sentence's own (a title quoted inside a session)."""

    kind: EnglishKind
    text: str
    record: Record | None = None


@attrs.frozen
class Mark:
    """A stretch of a sentence that names records; the first is the one it links to.

    Mentions that overlap (部党组 holds 工业和信息化部; 十八届二中、三中全会 names two
    plenums) make one mark that carries all their records.
    """

    span: Span
    records: tuple[Record, ...]

    @property
    def anchor(self) -> str:
        """The mark's element id; ``_`` never starts a record id, so the two cannot clash."""
        return f"_m{self.span.start}"


@attrs.frozen
class Sentence:
    """One aligned unit: its Chinese (``span``), its English and what stands in it.

    ``records`` are those whose span the sentence is (a leaf task, a statement, the eight
    participations of one sentence); ``heading_of`` is the item a heading opens.
    """

    span: Span
    records: tuple[Record, ...]
    english: tuple[English, ...]
    marks: tuple[Mark, ...] = ()
    heading_of: Task | None = None

    @property
    def anchor(self) -> str:
        """The record id where the sentence is one record's, else ``_s`` and its offset."""
        if self.records and not isinstance(self.records[0], Participation):
            return self.records[0].id
        return f"_s{self.span.start}"

    @property
    def paragraph(self) -> int:
        """The source line it stands on, 0 being the headline."""
        return paragraph_of(self.span.start)


@attrs.frozen
class Group:
    """A task with a heading or children: its element holds theirs."""

    task: Task
    items: tuple[Group | Sentence, ...]


Item = Group | Sentence


def aligned(report: Report) -> tuple[Item, ...]:
    """The whole source as sentences in document order, nested in the task tree."""
    units = _with_gaps(sorted([*_task_units(report), *_meeting_units(report)], key=_start))
    marks = all_marks(report)
    units = [attrs.evolve(u, marks=_marks_in(u.span, marks)) for u in units]
    return _nest(report, None, units)


def sentences(items: Sequence[Item]) -> Iterator[Sentence]:
    """The sentences of ``items``, depth first, in document order."""
    for item in items:
        if isinstance(item, Sentence):
            yield item
        else:
            yield from sentences(item.items)


# -- sentences of the task tree -------------------------------------------------------------


def _start(sentence: Sentence) -> int:
    return sentence.span.start


def _task_units(report: Report) -> Iterator[Sentence]:
    for task in report.tasks:
        children = report.children(task)
        if not children:
            english = English(EnglishKind.TRANSLATION, task.text_en)
            yield Sentence(span=_trimmed(task.span), records=(task,), english=(english,))
        elif children[0].span.start > task.span.start:
            span = _trimmed(Span(task.span.start, children[0].span.start))
            yield Sentence(
                span=span, records=(), english=(_heading_english(task, children),), heading_of=task
            )


def _heading_english(task: Task, children: Sequence[Task]) -> English:
    """The English of an item's own first sentence.

    A parent's English is its heading's followed by its children's (see
    :mod:`miit2014.tasks._build`), so the heading's is what is left when theirs is taken
    off the end. Where that does not hold (a report edited by hand), the short title
    stands in, marked as a summary.
    """
    composed, at = "", children[0].span.start
    for child in children:
        between = "\n" if child.span.start == at + 1 else ""
        composed = (composed + (between or " ") if composed else "") + child.text_en
        at = child.span.end
    heading = task.text_en[: len(task.text_en) - len(composed)].strip()
    if task.text_en.endswith(composed) and heading:
        return English(EnglishKind.TRANSLATION, heading)
    return English(EnglishKind.SUMMARY, task.title_en)


def _trimmed(span: Span) -> Span:
    """The span without line breaks at its ends (a sentence stays on its line)."""
    start, end = span.start, span.end
    while start < end and SOURCE_TEXT[start] == "\n":
        start += 1
    while end > start and SOURCE_TEXT[end - 1] == "\n":
        end -= 1
    return Span(start, end)


# -- sentences of the meeting ---------------------------------------------------------------


def _meeting_units(report: Report) -> Iterator[Sentence]:
    """The meeting's records outside the task tree, nested ones kept with their outer one."""
    tasks = [task.span for task in report.tasks]
    records = sorted(
        (r for _, r in walk(report.meeting) if not any(r.span.overlaps(t) for t in tasks)),
        key=lambda r: (r.span.start, -r.span.end),
    )
    groups: list[list[Record]] = []
    for record in records:
        if groups and record.span.overlaps(groups[-1][0].span):
            groups[-1].append(record)
        else:
            groups.append([record])
    for group in groups:
        outer = group[0].span
        span = Span(outer.start, max(r.span.end for r in group))
        own = tuple(r for r in group if r.span == outer)
        inner = [r for r in group if r.span != outer]
        yield Sentence(span=span, records=own, english=_meeting_english(report, own, inner))


def _meeting_english(
    report: Report, own: Sequence[Record], inner: Sequence[Record]
) -> tuple[English, ...]:
    said: list[English] = []
    participations = [r for r in own if isinstance(r, Participation)]
    for record in own:
        if isinstance(record, Statement):
            said.append(English(EnglishKind.TRANSLATION, record.text_en))
        elif isinstance(record, Session):
            said.append(English(EnglishKind.SUMMARY, record.description_en))
        elif isinstance(record, Meeting):
            said.append(English(EnglishKind.SUMMARY, _meeting_summary(record)))
    if participations:
        said.append(English(EnglishKind.SUMMARY, _participants_summary(report, participations)))
    said.extend(
        English(EnglishKind.PART, record.text_en, record)
        for record in inner
        if isinstance(record, Statement)
    )
    return tuple(said) or (English(EnglishKind.NONE, ""),)


def _meeting_summary(meeting: Meeting) -> str:
    days = f"{meeting.start_date.isoformat()} to {meeting.end_date.isoformat()}"
    return f"{meeting.name_en}, {meeting.place_en}, {days}."


def _participants_summary(report: Report, participations: Sequence[Participation]) -> str:
    """``Attended the meeting: Xu Dazhe (Vice Minister; …), …``, each with the posts the
    same sentence gives them."""
    by_role: dict[MeetingRole, list[str]] = {}
    for p in participations:
        person = report.get(p.person_id)
        name = person.name_en if isinstance(person, Mentioned) else p.person_id
        posts = [
            post.title_en
            for post in report.posts
            if post.person_id == p.person_id and post.span in p.span
        ]
        by_role.setdefault(p.role, []).append(f"{name} ({'; '.join(posts)})" if posts else name)
    return " ".join(f"{ROLE_EN[role]}: {', '.join(names)}." for role, names in by_role.items())


# -- what no record covers ------------------------------------------------------------------


def _with_gaps(units: list[Sentence]) -> list[Sentence]:
    """Join uncovered text (a full stop, a comma) to the sentence before it on its line,
    or after it; text alone on its line becomes a sentence without English."""
    out = list(units)
    for gap in _gaps(units):
        line = paragraph_of(gap.start)
        before = [i for i, u in enumerate(out) if u.span.end == gap.start]
        after = [i for i, u in enumerate(out) if u.span.start == gap.end]
        if before and paragraph_of(out[before[0]].span.start) == line:
            i = before[0]
            out[i] = attrs.evolve(out[i], span=Span(out[i].span.start, gap.end))
        elif after and paragraph_of(out[after[0]].span.end - 1) == line:
            i = after[0]
            out[i] = attrs.evolve(out[i], span=Span(gap.start, out[i].span.end))
        else:
            out.append(Sentence(span=gap, records=(), english=(English(EnglishKind.NONE, ""),)))
    return sorted(out, key=_start)


def _gaps(units: Sequence[Sentence]) -> Iterator[Span]:
    """Stretches of the source outside every unit, split at line breaks (never empty)."""
    covered = bytearray(len(SOURCE_TEXT))
    for unit in units:
        covered[unit.span.start : unit.span.end] = b"\1" * len(unit.span)
    start: int | None = None
    for i, ch in enumerate(SOURCE_TEXT + "\n"):
        free = i < len(SOURCE_TEXT) and not covered[i] and ch != "\n"
        if free and start is None:
            start = i
        elif not free and start is not None:
            yield Span(start, i)
            start = None


# -- marks ----------------------------------------------------------------------------------


def figure_place(figure: Figure) -> Span:
    """Where a figure is marked: its numeral as printed, with its bounding words (约, 左右,
    超过, 以上), not its whole quote, which often holds a second figure too."""
    numeral = numeral_span(figure)
    start, end = phrase_bounds(figure, numeral.start - figure.span.start)
    return Span(figure.span.start + start, figure.span.start + end)


def places(record: Record) -> tuple[Span, ...]:
    """Every place in the text that a mark of ``record`` stands on."""
    if isinstance(record, Figure):
        return (figure_place(record),)
    if isinstance(record, Mentioned):
        return record.mentions
    return ()


def all_marks(report: Report) -> tuple[Mark, ...]:
    """Figures, people, organisations and initiatives, as non-overlapping marks."""
    named: list[tuple[Span, int, Record]] = []
    for rank, records in enumerate(
        (report.figures, report.people, report.organizations, report.initiatives)
    ):
        named.extend((span, rank, r) for r in records for span in places(r))
    named.sort(key=lambda n: (n[0].start, -n[0].end, n[1]))
    marks: list[Mark] = []
    for span, _, record in named:
        if marks and span.start < marks[-1].span.end:
            last = marks[-1]
            end = max(last.span.end, span.end)
            carried = last.records if record in last.records else (*last.records, record)
            marks[-1] = Mark(span=Span(last.span.start, end), records=carried)
        else:
            marks.append(Mark(span=span, records=(record,)))
    return tuple(marks)


def _marks_in(span: Span, marks: Sequence[Mark]) -> tuple[Mark, ...]:
    """The marks inside ``span``; a mark that crosses its edge is cut at it."""
    return tuple(
        Mark(span=Span(max(m.span.start, span.start), min(m.span.end, span.end)), records=m.records)
        for m in marks
        if m.span.overlaps(span)
    )


# -- nesting --------------------------------------------------------------------------------


def _nest(report: Report, task: Task | None, units: Sequence[Sentence]) -> tuple[Item, ...]:
    """The units inside ``task`` (None: the whole text), in the groups of its sub-items."""
    below = report.children(task) if task is not None else report.roots()
    branches = [t for t in below if report.children(t)]
    out: list[Item] = []
    i = 0
    while i < len(units):
        owner = next((b for b in branches if units[i].span in b.span), None)
        if owner is None:
            out.append(units[i])
            i += 1
            continue
        j = i
        while j < len(units) and units[j].span in owner.span:
            j += 1
        out.append(Group(task=owner, items=_nest(report, owner, units[i:j])))
        i = j
    return tuple(out)


__all__ = [
    "English",
    "EnglishKind",
    "Group",
    "Item",
    "Mark",
    "Sentence",
    "aligned",
    "all_marks",
    "figure_place",
    "places",
    "sentences",
]
