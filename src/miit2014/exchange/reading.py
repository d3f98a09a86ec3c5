"""The reading edition: the whole report in one self-contained HTML page, Chinese beside
its English sentence by sentence, every figure, person, body and initiative marked and
linked to a card for its record, each card linking back to every place that names it.

>>> from miit2014.exchange.reading import reading_html
>>> page = reading_html()
>>> 'id="figure.lte-users-target-2014"' in page and "<script" not in page
True

The page asks nothing of the network (styles inline, system fonts, no script), so it
opens from disk and prints. Every record has an element whose ``id`` is the record's id,
so ``report.html#figure.lte-users-target-2014`` is a stable deep link
(:func:`miit2014.exchange.citations.deep_link`). Ids the page makes for itself (marks,
paragraphs, sentences without a record) start with ``_``, which no record id can.
The Chinese of the text, read in order, is the source text exactly, line breaks aside;
every text of a record is escaped.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from importlib.resources import files
from pathlib import Path

from .._version import __version__
from ..analysis.scorecard import scorecard
from ..edition import edition_of
from ..model.base import Record, Span
from ..model.citation import Citation
from ..model.edition import Edition
from ..model.entities import (
    Initiative,
    Mentioned,
    Organization,
    Participation,
    Person,
    Session,
)
from ..model.figure import Figure
from ..model.html import escaped as esc
from ..model.report import Report
from ..model.task import Task
from ..model.wording import (
    QUALIFIER_EN,
    ROLE_EN,
    Explanation,
    figure_value,
    span_location,
    value_text,
    words,
)
from ..source import DOCUMENT_ID, SOURCE_SHA256, paragraph_of
from .alignment import (
    English,
    EnglishKind,
    Group,
    Mark,
    Sentence,
    aligned,
    places,
    sentences,
)
from .citations import AUTHOR_EN, GENRE, ISSUED, TITLE_EN, TITLE_ZH, cite
from .files import write_bytes

ZH = 'lang="zh-Hans"'

#: Record kinds that are marked in the text and have a card: (class, CSS name, heading).
CARDS: tuple[tuple[type[Record], str, str, str], ...] = (
    (Figure, "figure", "Figures", "figures"),
    (Person, "person", "People", "people"),
    (Organization, "org", "Organisations", "organizations"),
    (Initiative, "initiative", "Initiatives", "initiatives"),
)


def to_html(path: str | os.PathLike[str], *, report: Report | Edition | None = None) -> Path:
    """Write the reading edition of ``report`` (default :data:`~miit2014.REPORT`) to
    ``path``, one UTF-8 file written atomically (see :mod:`~miit2014.exchange.files`);
    return its path."""
    return write_bytes(Path(path), reading_html(report).encode("utf-8"))


def reading_html(report: Report | Edition | None = None) -> str:
    """The reading edition of ``report`` (default :data:`~miit2014.REPORT`) as HTML text;
    what happened next comes from its edition's outcomes (see
    :func:`~miit2014.edition.edition_of`)."""
    page = _Page(edition_of(report))
    return page.render()


def later_html(explanation: Explanation) -> str:
    """An explanation as the page shows it: a block to a box, a line to a paragraph (and
    a quoted source's own paragraph breaks kept as breaks)."""
    return "".join(
        '<div class="later">'
        + "".join(f"<p>{esc(part)}</p>" for line in block for part in str(line).split("\n"))
        + "</div>"
        for block in explanation.blocks
    )


@cache
def stylesheet() -> str:
    """The page's styles, kept as a CSS file in the package's data."""
    return (files("miit2014") / "data" / "reading.css").read_text(encoding="utf-8")


#: A card names at most this many records that share a place with it; more are counted,
#: since the text names them all at the place (else the page grows with their square).
SHARED_NAMED = 4


class _Page:
    """One rendering: the aligned text, and where in it each record is named."""

    def __init__(self, edition: Edition) -> None:
        self.edition = edition
        self.report = report = edition.report
        self.rows = {row.figure_id: row for row in scorecard(edition)}
        self.items = aligned(report)
        self.sentences = list(sentences(self.items))
        self.marks: list[Mark] = [m for s in self.sentences for m in s.marks]
        self.marks_of: dict[str, list[Mark]] = {}  # each record's marks, in text order
        for m in self.marks:
            for r in m.records:
                self.marks_of.setdefault(r.id, []).append(m)
        self.starts = [s.span.start for s in self.sentences]
        self.first_of_paragraph: set[int] = set()
        seen: set[int] = set()
        for s in self.sentences:
            if s.paragraph not in seen:
                seen.add(s.paragraph)
                self.first_of_paragraph.add(s.span.start)

    # -- where things are ------------------------------------------------------------

    def mark_in(self, span: Span, record: Record) -> Mark | None:
        """The first mark of ``record`` that touches ``span``."""
        return next((m for m in self.marks_of.get(record.id, ()) if m.span.overlaps(span)), None)

    def sentence_at(self, offset: int) -> Sentence:
        found = self.sentences[bisect_right(self.starts, offset) - 1]
        assert offset in found.span
        return found

    def place_link(self, span: Span, record: Record | None = None, label: str = "") -> str:
        """A link to where ``span`` stands: the mark of ``record`` in it, if there is one,
        else its sentence; labelled with its paragraph."""
        mark = self.mark_in(span, record) if record is not None else None
        anchor = mark.anchor if mark is not None else self.sentence_at(span.start).anchor
        text = label or f"¶{paragraph_of(span.start)}"
        return f'<a class="back" href="#{esc(anchor)}">{text}</a>'

    # -- the page ---------------------------------------------------------------------

    def render(self) -> str:
        title = f"{TITLE_ZH} · {TITLE_EN} · miit2014 reading edition"
        return "".join(
            [
                "<!DOCTYPE html>\n",
                '<html lang="en">\n<head>\n<meta charset="utf-8">\n',
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
                '<meta name="color-scheme" content="light dark">\n',
                f'<meta name="generator" content="miit2014 {esc(__version__)}">\n',
                f"<title>{esc(title)}</title>\n",
                # no icon to fetch: a page opened from a web server would ask for one
                '<link rel="icon" href="data:,">\n',
                f"<style>\n{stylesheet()}</style>\n</head>\n<body>\n",
                '<a class="skip" href="#text">Skip to the text</a>\n',
                self.masthead(),
                "<main>\n",
                self.text(),
                *(self.cards(cls, css, heading, key) for cls, css, heading, key in CARDS),
                "</main>\n",
                self.footer(),
                "</body>\n</html>\n",
            ]
        )

    def masthead(self) -> str:
        report = self.report
        citation = esc(cite(report, report=report)).replace(
            esc(TITLE_ZH), f"<span {ZH}>{esc(TITLE_ZH)}</span>", 1
        )
        counts = [
            (f"#_{key}", heading, len(tuple(getattr(report, key)))) for _, _, heading, key in CARDS
        ]
        parts = [
            ("#text", "The text", None),
            *((f"#{esc(t.id)}", t.title_en, None) for t in report.roots()),
            *counts,
            ("#_legend", "Legend", None),
        ]
        nav = " ".join(
            f'<li><a href="{href}">{esc(label)}</a>'
            + (f' <span class="count">{n}</span>' if n is not None else "")
            + "</li>"
            for href, label, n in parts
        )
        example = next(iter(report.targets() or report.figures), None)
        example_link = (
            f'<a href="#{esc(example.id)}"><code>#{esc(example.id)}</code></a>'
            if example is not None
            else "<code>#review-2013</code>"
        )
        return (
            '<header class="masthead" id="_top">\n'
            f'<p class="kicker">miit2014 {esc(__version__)} · reading edition</p>\n'
            f'<p class="doc"><span class="doc-zh" {ZH}>{esc(TITLE_ZH)}</span>'
            f' <span class="doc-en">{esc(TITLE_EN)}</span></p>\n'
            '<dl class="identity">\n'
            f"<dt>Document</dt><dd>{esc(GENRE)} of the {esc(AUTHOR_EN)},"
            f" {esc(ISSUED.isoformat())}</dd>\n"
            f"<dt>Identifier</dt><dd><code>{esc(DOCUMENT_ID)}</code></dd>\n"
            f'<dt>SHA-256</dt><dd><code class="hash">{esc(report.source_sha256)}</code>'
            " of the UTF-8 Chinese text; every quote and mark below is checked against it"
            "</dd>\n"
            "<dt>English</dt><dd>This edition’s own: no official English version is known.</dd>\n"
            f"<dt>How to cite</dt><dd><p>{citation}</p>"
            "<p>Each record’s card gives its own citation. Every figure, task, person,"
            " organisation and initiative has a stable link: this page’s address followed by"
            f" <code>#</code> and the record’s id, as in {example_link}.</p></dd>\n"
            "</dl>\n"
            f'<nav aria-label="Contents"><ul>{nav}</ul></nav>\n'
            f"{self.legend()}"
            "</header>\n"
        )

    def legend(self) -> str:
        samples = []
        for cls, css, heading, _ in CARDS:
            sample = next(
                (m for m in self.marks if isinstance(m.records[0], cls)),
                None,
            )
            if sample is None:
                continue
            text = esc(sample.span.text)
            samples.append(
                f'<li><a class="mark {css}" href="#{esc(sample.records[0].id)}"'
                f" {ZH}>{text}</a> {esc(_singular(heading))}</li>"
            )
        return (
            '<section class="legend" id="_legend" aria-labelledby="_legend-h">\n'
            '<h2 id="_legend-h">Legend</h2>\n'
            f'<ul class="samples">{"".join(samples)}</ul>\n'
            '<ul class="notes">'
            "<li>Each row is one sentence of the source: the Chinese, then this edition’s"
            " English. The label under it names the task the sentence is, and its kind.</li>"
            "<li>A mark leads to its record’s card; the card’s ¶ links lead back to every"
            " place that names it. <kbd>Tab</kbd> moves between marks and links,"
            " <kbd>Enter</kbd> follows one.</li>"
            '<li><span class="summary-label">Summary</span> English made from the records'
            " of a sentence the edition does not translate; the Chinese is always the"
            " full text.</li>"
            "<li>¶ counts the source’s lines, the headline being ¶0, as citations do."
            " Headings in grey small capitals are this edition’s, not the source’s.</li>"
            "</ul>\n</section>\n"
        )

    # -- the text ---------------------------------------------------------------------

    def text(self) -> str:
        body: list[str] = []
        run = 0
        pending: list[str] = []
        for item in self.items:
            if isinstance(item, Sentence) and item.paragraph == 0:
                body.append(self.headline(item))
            elif isinstance(item, Sentence):
                pending.append(self.sentence(item))
            else:
                if pending:
                    body.append(self.meeting_part(run, pending))
                    run, pending = run + 1, []
                body.append(self.group(item, depth=0))
        if pending:
            body.append(self.meeting_part(run, pending))
        return (
            '<article id="text" class="text" aria-label="The report, Chinese and English">\n'
            + "".join(body)
            + "</article>\n"
        )

    def meeting_part(self, run: int, sentences: Sequence[str]) -> str:
        heading = "The meeting" if run == 0 else "How the meeting ran"
        anchor = f"_meeting-{run}"
        return (
            f'<section class="part" id="{anchor}" aria-labelledby="{anchor}-h">\n'
            f'<h2 class="apparatus" id="{anchor}-h">{heading}</h2>\n'
            + "".join(sentences)
            + "</section>\n"
        )

    def group(self, group: Group, depth: int) -> str:
        task = group.task
        inner = "".join(
            self.group(item, depth + 1)
            if isinstance(item, Group)
            else self.sentence(item, opens=task if item.heading_of is task else None)
            for item in group.items
        )
        if depth == 0:
            return (
                f'<section class="part task" id="{esc(task.id)}">\n'
                f'<h2 class="apparatus"><a class="self" href="#{esc(task.id)}">'
                f"{esc(task.title_en)}</a></h2>\n{inner}</section>\n"
            )
        return f'<div class="group task" id="{esc(task.id)}">\n{inner}</div>\n'

    def headline(self, s: Sentence) -> str:
        """Paragraph 0, the release's headline, as the page's heading."""
        return (
            f'<h1 class="s" id="{esc(s.anchor)}"><span class="zh" {ZH}>{self.chinese(s)}</span>'
            f'<span class="en" lang="en">{self.english(s.english, block=False)}</span></h1>\n'
        )

    def sentence(self, s: Sentence, *, opens: Task | None = None) -> str:
        """One row: the Chinese with its marks, its English, and what the sentence is; the
        first of a paragraph carries the paragraph's number."""
        classes = ["s"]
        if s.heading_of is not None:
            classes.append("heading")
        number = ""
        if s.span.start in self.first_of_paragraph:
            classes.append("first")
            p = s.paragraph
            number = f'<a class="pn" id="_p{p}" href="#_p{p}" aria-label="Paragraph {p}">¶{p}</a>'
        english = self.english(s.english, block=True)
        return (
            f'<div class="{" ".join(classes)}" id="{esc(s.anchor)}">{number}'
            f'<p class="zh" {ZH}>{self.chinese(s)}</p>'
            f'<div class="en" lang="en">{english}{self.label(s, opens)}</div></div>\n'
        )

    def chinese(self, s: Sentence) -> str:
        out, at = [], s.span.start
        text = s.span.text
        for mark in s.marks:
            out.append(esc(text[at - s.span.start : mark.span.start - s.span.start]))
            out.append(self.mark(mark))
            at = mark.span.end
        out.append(esc(text[at - s.span.start :]))
        return "".join(out)

    def mark(self, mark: Mark) -> str:
        primary = mark.records[0]
        css = next(c for cls, c, _, _ in CARDS if isinstance(primary, cls))
        names = "; ".join(_title(r) for r in mark.records)
        return (
            f'<a class="mark {css}" id="{esc(mark.anchor)}" href="#{esc(primary.id)}"'
            f' title="{esc(names)}">{esc(mark.span.text)}</a>'
        )

    def english(self, said: Sequence[English], *, block: bool) -> str:
        out = []
        for e in said:
            if e.kind is EnglishKind.TRANSLATION:
                body = esc(e.text)
                css = "tr"
            elif e.kind is EnglishKind.PART:
                body = f'<span class="summary-label">Title</span> {esc(e.text)}'
                css = "part"
            elif e.kind is EnglishKind.SUMMARY:
                body = f'<span class="summary-label">Summary</span> {esc(e.text)}'
                css = "summary"
            else:
                body = "No English in this edition."
                css = "none"
            own = f' id="{esc(e.record.id)}"' if e.record is not None else ""
            out.append(f'<p class="{css}"{own}>{body}</p>' if block else body)
        return "".join(out)

    def label(self, s: Sentence, opens: Task | None) -> str:
        """The record the sentence is (or the item it opens), its kind and facets; for a
        sentence of participations, a link to each person's role."""
        parts = [r for r in s.records if isinstance(r, Participation)]
        if parts:
            links = ", ".join(
                f'<a href="#{esc(r.id)}">{esc(_name_en(self.report.get(r.person_id)))}</a>'
                for r in parts
            )
            return f'<p class="tag">{esc(ROLE_EN[parts[0].role])}: {links}</p>'
        record = opens or (s.records[0] if s.records else None)
        if record is None:
            return ""
        bits = [f'<a class="self" href="#{esc(record.id)}">{esc(record.id)}</a>']
        if isinstance(record, Task):
            bits.append(esc(words(record.kind)))
            if opens is None:  # an item's facets gather its sentences'; shown with them
                facets = [*record.sectors, *record.regions, *record.instruments]
                bits.extend(esc(words(f)) for f in facets)
        else:
            bits.append(esc(type(record).__name__.lower()))
        bits.extend(f'<a href="#{esc(r.id)}">{esc(r.id)}</a>' for r in s.records[1:])
        return f'<p class="tag">{" · ".join(bits)}</p>'

    # -- the cards --------------------------------------------------------------------

    def cards(self, cls: type[Record], css: str, heading: str, key: str) -> str:
        records: Iterable[Record] = getattr(self.report, key)
        body = "".join(self.card(r, css) for r in records)
        return (
            f'<section class="records" id="_{key}" aria-labelledby="_{key}-h">\n'
            f'<h2 id="_{key}-h">{esc(heading)}</h2>\n'
            f'<div class="cards">\n{body}</div>\n</section>\n'
        )

    def card(self, record: Record, css: str) -> str:
        facts: list[tuple[str, str]]
        head, facts = getattr(self, f"{css}_facts")(record)  # CARDS names the kinds
        # Where it is named comes straight after its quote, or first of all.
        at = next((i + 1 for i, (name, _) in enumerate(facts) if name == "Quote"), 0)
        facts.insert(at, ("In the text", self.backlinks(record)))
        citation = esc(cite(record, report=self.report))
        facts.append(
            (
                "Cite",
                f'<a class="self" href="#{esc(record.id)}"><code>#{esc(record.id)}</code></a>'
                f'<details><summary>Citation</summary><p class="citation">{citation}</p>'
                "</details>",
            )
        )
        rows = "".join(f"<dt>{esc(name)}</dt><dd>{value}</dd>" for name, value in facts)
        return (
            f'<article class="card {css}" id="{esc(record.id)}">{head}<dl>{rows}</dl></article>\n'
        )

    def backlinks(self, record: Record) -> str:
        links = []
        for span in places(record):
            mark = self.mark_in(span, record)
            shown = esc(mark.span.text if mark is not None else span.text)
            label = f"¶{paragraph_of(span.start)} <span {ZH}>{shown}</span>"
            link = self.place_link(span, record, label)
            others = [r for r in (mark.records if mark else ()) if r is not record]
            if len(others) > SHARED_NAMED:  # named once, in the text; a card only counts
                link += f" (with {len(others)} other records, named at the place)"
            elif others:
                link += (
                    " (with "
                    + ", ".join(f'<a href="#{esc(r.id)}">{esc(_title(r))}</a>' for r in others)
                    + ")"
                )
            links.append(f"<li>{link}</li>")
        return f'<ul class="places">{"".join(links)}</ul>'

    def figure_facts(self, f: Figure) -> tuple[str, list[tuple[str, str]]]:
        status = f.status.value + (f", {f.commitment.value}" if f.commitment else "")
        head = (
            f'<p class="card-kind">Figure · {esc(status)}</p>'
            f"<h3>{esc(f.label_en)}</h3>"
            f'<p class="value">{esc(figure_value(f))}</p>'
        )
        unit = f.unit.value + (f" ({f.counted})" if f.counted else "")
        qualifier = QUALIFIER_EN[f.qualifier].strip() or "exact"
        facts = [
            ("Chinese", f"<span {ZH}>{esc(f.label_zh)}</span>"),
            ("As printed", f"<span {ZH}>{esc(f.numeral)}</span>"),
            ("Exact value", f"<code>{esc(value_text(f.value))}</code> {esc(unit)}"),
            ("Qualifier", esc(qualifier)),
            ("Status", esc(status)),
            ("Period", esc(f.period.label_en)),
        ]
        if f.note_en:
            facts.append(("Note", esc(f.note_en)))
        facts.append(("Quote", self.quote(f)))
        task = self.report.task_of(f)
        if task is not None:
            facts.append(("Task", f'<a href="#{esc(task.id)}">{esc(task.id)}</a>'))
        row = self.rows.get(f.id)
        if row is not None:
            value = later_html(row.explanation())
            facts.append(("What happened", value))
        return head, facts

    def quote(self, record: Record) -> str:
        return (
            f'<q {ZH}>{esc(record.quote)}</q> <span class="where">'
            f"{esc(span_location(record.span))}</span>"
        )

    def person_facts(self, p: Person) -> tuple[str, list[tuple[str, str]]]:
        head = _head("Person", p)
        posts = []
        for post in self.report.posts_of(p):
            org = self.report.get(post.organization_id)
            org_name = org.name_en if isinstance(org, Mentioned) else post.organization_id
            posts.append(
                f'<li id="{esc(post.id)}">{esc(post.title_en)},'
                f' <a href="#{esc(org.id)}">{esc(org_name)}</a>'
                f" <span {ZH}>{esc(post.title_zh)}</span>"
                f" {self.place_link(post.span, p)}</li>"
            )
        roles = []
        for part in self.report.meeting.participants:
            if part.person_id == p.id:
                roles.append(
                    f'<li id="{esc(part.id)}">{esc(ROLE_EN[part.role])}'
                    f" {self.place_link(part.span)}</li>"
                )
        facts = []
        if posts:
            facts.append(("Posts", _plain(posts)))
        if roles:
            facts.append(("At the meeting", _plain(roles)))
        return head, facts

    def org_facts(self, o: Organization) -> tuple[str, list[tuple[str, str]]]:
        head = _head(f"Organisation · {esc(words(o.type))}", o)
        facts = _names(o)
        if o.note_en:
            facts.append(("Note", esc(o.note_en)))
        holders = [
            f'<li><a href="#{esc(post.id)}">{esc(_title(self.report.get(post.person_id)))}'
            f"</a>, {esc(post.title_en)}</li>"
            for post in self.report.posts
            if post.organization_id == o.id
        ]
        if holders:
            facts.append(("Posts", _plain(holders)))
        sessions = [s for s in self.report.meeting.schedule if o.id in s.speaker_ids]
        if sessions:
            facts.append(("Speaks at", ", ".join(self.session_link(s) for s in sessions)))
        facts.extend(_sources(o.citations))
        return head, facts

    def session_link(self, session: Session) -> str:
        when = f"{session.date.isoformat()} {session.part_of_day.value}"
        return f'<a href="#{esc(session.id)}">{esc(when)}</a> ({esc(session.status.value)})'

    def initiative_facts(self, i: Initiative) -> tuple[str, list[tuple[str, str]]]:
        head = _head(f"Initiative · {esc(words(i.kind))}", i)
        facts = [("About", esc(i.description_en)), *_names(i)]
        facts.extend(_sources(i.citations))
        return head, facts

    def footer(self) -> str:
        return (
            '<footer class="colophon">'
            f"<p>Made by miit2014 {esc(__version__)} from the record of document"
            f" <code>{esc(DOCUMENT_ID)}</code>, source SHA-256"
            f' <code class="hash">{esc(SOURCE_SHA256)}</code>. The Chinese text is the'
            " ministry’s; the English, the marks and the cards are this edition’s."
            ' <a href="#_top">Back to the top</a></p></footer>\n'
        )


def _head(kind: str, record: Mentioned) -> str:
    """A card's kind and the record's names, English then Chinese."""
    names = f"{esc(record.name_en)} <span {ZH}>{esc(record.name_zh)}</span>"
    return f'<p class="card-kind">{kind}</p><h3>{names}</h3>'


def _plain(items: Iterable[str]) -> str:
    return f'<ul class="plain">{"".join(items)}</ul>'


def _singular(heading: str) -> str:
    return {"People": "person"}.get(heading, heading[:-1].lower())


def _title(record: Record) -> str:
    """A record's name for a tooltip or a link: English, and Chinese where it has one."""
    if isinstance(record, Figure):
        return f"{record.label_en}: {figure_value(record)}"
    if isinstance(record, Mentioned):
        return f"{record.name_en} ({record.name_zh})"
    return record.id


def _name_en(record: Record) -> str:
    return record.name_en if isinstance(record, Mentioned) else record.id


def _names(record: Organization | Initiative) -> list[tuple[str, str]]:
    facts = []
    if record.other_names_zh:
        names = "、".join(record.other_names_zh)
        facts.append(("Also called", f"<span {ZH}>{esc(names)}</span>"))
    if record.full_name_zh:
        facts.append(("Full name", f"<span {ZH}>{esc(record.full_name_zh)}</span>"))
    return facts


def _sources(citations: Sequence[Citation]) -> list[tuple[str, str]]:
    """Outside sources as text: their addresses are shown, never fetched or linked, so the
    page makes no request and names no host in an attribute."""
    if not citations:
        return []
    items = []
    for c in citations:
        bits = [esc(c.publisher)]
        if c.title:
            bits.append(f"“{esc(c.title)}”")
        if c.date:
            bits.append(esc(c.date.isoformat()))
        bits.append(esc(words(c.reliability)))
        line = ", ".join(bits)
        if c.url:
            line += f' <span class="url">{esc(c.url)}</span>'
        if c.note:
            line += f" {esc(c.note)}"
        items.append(f"<li>{line}</li>")
    return [("Sources", _plain(items))]


__all__ = ["reading_html", "stylesheet", "to_html"]
