"""The reading edition (``miit2014 export --format html``): the whole source, aligned with
its English, every record marked, carded and linked both ways, self-contained and safe.

The page is read back with the standard library's HTML parser (``reading_page.Page``);
the browser test (``test_reading_browser.py``) checks what a reader sees.
"""

from __future__ import annotations

import itertools
import re
from html import escape
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import miit2014
from miit2014 import REPORT, SOURCE_TEXT
from miit2014.exchange.alignment import (
    EnglishKind,
    Sentence,
    aligned,
    all_marks,
    figure_place,
    places,
    sentences,
)
from miit2014.exchange.citations import deep_link
from miit2014.exchange.formats import export, format_named
from miit2014.exchange.reading import reading_html, stylesheet, to_html
from miit2014.model import Figure, Record, Report
from miit2014.model.entities import Initiative, Mentioned, Organization, Person
from miit2014.model.figure import Status
from miit2014.model.wording import verdict_words
from miit2014.views import cli
from reading_page import Page
from work import lines_run

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
MARKED = (Figure, Person, Organization, Initiative)


@pytest.fixture(scope="module")
def html() -> str:
    return reading_html()


@pytest.fixture(scope="module")
def page(html: str) -> Page:
    return Page(html)


def chinese_of_text(page: Page) -> str:
    """The text of the reading text's Chinese elements, in document order."""
    return "".join(
        t.data for t in page.texts if t.element.inside("text") and t.element.lang() == "zh-Hans"
    )


# -- the text is the source -----------------------------------------------------------------


def test_the_chinese_of_the_text_is_the_source_in_order(page: Page) -> None:
    # Not "whitespace aside": only the line breaks between paragraphs are dropped.
    assert chinese_of_text(page) == SOURCE_TEXT.replace("\n", "")


def test_no_chinese_stands_in_the_text_outside_the_chinese(page: Page) -> None:
    """The English and the labels of the text hold no Chinese, so the Chinese elements are
    the whole of it (and nothing is said twice)."""
    stray = [
        t.data
        for t in page.texts
        if t.element.inside("text") and t.element.lang() != "zh-Hans" and CJK.search(t.data)
    ]
    assert stray == []


def test_the_page_is_english_with_chinese_marked(page: Page) -> None:
    (root,) = [e for e in page.elements if e.tag == "html"]
    assert root.attrs["lang"] == "en"
    langs = {e.attrs["lang"] for e in page.elements if "lang" in e.attrs}
    assert langs == {"en", "zh-Hans"}
    for sentence in page.with_class("s"):
        assert [c.attrs.get("lang") for c in sentence.children if "lang" in c.attrs] == [
            "zh-Hans",
            "en",
        ]


def test_the_sentences_tile_the_source() -> None:
    """Every character but the line breaks is in exactly one sentence, in order, and no
    sentence crosses a line."""
    spans = [s.span for s in sentences(aligned(REPORT))]
    assert "".join(span.text for span in spans) == SOURCE_TEXT.replace("\n", "")
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert not any("\n" in span.text for span in spans)


def test_every_leaf_task_is_one_sentence_with_its_english() -> None:
    by_anchor = {s.anchor: s for s in sentences(aligned(REPORT))}
    for task in REPORT.tasks:
        if REPORT.children(task):
            continue
        sentence = by_anchor[task.id]
        assert sentence.span == task.span
        assert [(e.kind, e.text) for e in sentence.english] == [
            (EnglishKind.TRANSLATION, task.text_en)
        ]


def test_an_item_heading_has_the_english_of_its_first_sentence() -> None:
    headings = [s for s in sentences(aligned(REPORT)) if s.heading_of is not None]
    assert len(headings) == 14  # four review items, four reforms, six key tasks
    for heading in headings:
        (english,) = heading.english
        assert english.kind is EnglishKind.TRANSLATION
        assert heading.heading_of.text_en.startswith(english.text)
    first = next(h for h in headings if h.heading_of.id == "review-2013.item-1")
    assert first.span.text == "一是扩大内需促进工业平稳增长。"
    assert first.english[0].text == (
        "First, expanding domestic demand to promote steady industrial growth."
    )


def test_an_item_edited_out_of_step_shows_its_title_as_a_summary() -> None:
    item = REPORT.task("review-2013.item-1")
    changed = attrs.evolve(item, text_en="Something else entirely.")
    report = attrs.evolve(REPORT, tasks=tuple(changed if t is item else t for t in REPORT.tasks))
    heading = next(s for s in sentences(aligned(report)) if s.heading_of == changed)
    assert [(e.kind, e.text) for e in heading.english] == [(EnglishKind.SUMMARY, item.title_en)]


def test_sentences_outside_the_tasks_use_the_meetings_english(page: Page) -> None:
    meeting = REPORT.meeting
    for statement in (meeting.headline, meeting.purpose, meeting.duration, meeting.attendance):
        element = page.by_id(statement.id)
        assert statement.text_en in "".join(element.text)
    # The leaders present: no translation, a summary from the people and their posts.
    leaders = page.by_id(f"_s{meeting.participants[2].span.start}")
    said = "".join(leaders.text)
    assert "Summary" in said
    assert "Xu Dazhe (Deputy Secretary of the Party Leadership Group; Vice Minister;" in said
    # A session is described, and says so.
    session = page.by_id(meeting.schedule[0].id)
    assert "Summary" in "".join(session.text)
    assert meeting.schedule[0].description_en in "".join(session.text)


def test_punctuation_no_record_covers_joins_the_sentence_before_it() -> None:
    by_start = {s.span.start: s for s in sentences(aligned(REPORT))}
    attended = by_start[227]
    assert attended.span.text.endswith("出席会议。")  # the full stop at 343 is no record's
    frugality = REPORT.meeting.frugality[0]
    assert by_start[frugality.span.start].span.end == frugality.span.end + 1  # its comma


# -- ids and links --------------------------------------------------------------------------


def test_ids_are_unique(page: Page) -> None:
    ids = page.ids()
    assert len(ids) == len(set(ids))


def test_every_record_has_an_element_with_its_id(page: Page) -> None:
    ids = set(page.ids())
    missing = [r.id for r in REPORT.records() if r.id not in ids]
    assert missing == []


def test_the_ids_the_page_makes_cannot_be_record_ids(page: Page) -> None:
    records = {r.id for r in REPORT.records()}
    own = [i for i in page.ids() if i not in records and i != "text"]
    assert own
    assert all(i.startswith("_") for i in own)


def test_every_internal_link_resolves(page: Page) -> None:
    ids = set(page.ids())
    hrefs = [e.attrs["href"] for e in page.links()]
    assert all(h.startswith("#") for h in hrefs)
    assert [h for h in hrefs if h[1:] not in ids] == []


def test_a_deep_link_names_an_element_of_the_page(page: Page) -> None:
    ids = set(page.ids())
    for record in REPORT.records():
        link = deep_link(record)
        assert link == f"report.html#{record.id}"
        assert link.split("#", 1)[1] in ids


# -- marks and cards ------------------------------------------------------------------------


def _cards(page: Page) -> dict[str, set[str]]:
    """Each card's id and the targets of the links inside it."""
    return {
        card.id: {d.attrs["href"][1:] for d in card.descendants() if "href" in d.attrs}
        for card in page.with_class("card")
        if card.id is not None
    }


def test_every_marked_kind_of_record_has_a_card(page: Page) -> None:
    cards = _cards(page)
    expected = [r.id for r in REPORT.records() if isinstance(r, MARKED)]
    assert sorted(cards) == sorted(expected)


def test_every_mark_links_to_a_card_that_links_back(page: Page) -> None:
    cards = _cards(page)
    marks = page.with_class("mark")
    in_text = [m for m in marks if m.inside("text")]
    assert len(in_text) == len(all_marks(REPORT)) > 100
    for mark in in_text:
        target = mark.attrs["href"][1:]
        assert mark.id in cards[target], (mark.id, target)


def test_every_place_a_record_is_named_is_marked_and_linked_from_its_card(page: Page) -> None:
    cards = _cards(page)
    marks = {m.id: m for m in page.with_class("mark") if m.inside("text")}
    for record in REPORT.records():
        if not isinstance(record, MARKED):
            continue
        back = [marks[i] for i in cards[record.id] if i in marks]
        named = [SOURCE_TEXT[p.start : p.end] for p in places(record)]
        assert len(back) == len(named), record.id
        shown = "".join("".join(m.text) for m in back)
        assert all(name in shown for name in named), record.id


def test_a_figure_is_marked_at_its_own_numeral() -> None:
    water = REPORT.get("figure.industrial-water-intensity-reduction-2013")
    energy = REPORT.get("figure.industrial-energy-intensity-reduction-2013")
    assert isinstance(water, Figure)
    assert isinstance(energy, Figure)
    # 降低4.8%和8%: the 8% of water use is the second, not the tail of 4.8%.
    assert figure_place(energy).text == "4.8%"
    assert figure_place(water).text == "8%"
    assert figure_place(water).start == figure_place(energy).end + 1
    about = REPORT.get("figure.industrial-value-added-growth-2013")
    assert isinstance(about, Figure)
    assert figure_place(about).text == "9.8%左右"  # with its bounding word


def test_overlapping_mentions_make_one_mark_that_carries_both(page: Page) -> None:
    both = [m for m in all_marks(REPORT) if len(m.records) > 1]
    assert {tuple(r.id for r in m.records) for m in both} >= {
        (
            "initiative.2nd-plenum-18th-central-committee",
            "initiative.3rd-plenum-18th-central-committee",
        ),
        ("org.miit-party-group", "org.miit"),
    }
    spans = [m.span for m in all_marks(REPORT)]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    # The mark names every record in its title, and the second record's card links to it.
    cards = _cards(page)
    for mark in both:
        element = page.by_id(mark.anchor)
        for record in mark.records:
            assert isinstance(record, Mentioned)
            assert record.name_en in element.attrs["title"]
            assert mark.anchor in cards[record.id]


def test_a_person_card_gives_posts_and_roles(page: Page) -> None:
    card = page.by_id("person.miao-wei")
    text = "".join(card.text)
    assert "Minister" in text
    assert "Delivered the work report" in text
    assert {"post.miao-wei.minister", "meeting.2013-12-27.role.miao-wei"} <= {
        d.id for d in card.descendants()
    }


def test_a_forward_looking_figure_shows_its_scorecard_row(page: Page) -> None:
    rows = miit2014.scorecard()
    assert {r.figure_id for r in rows} == {
        f.id for f in REPORT.figures if f.status in (Status.TARGET, Status.ESTIMATED)
    }
    for row in rows:
        text = "".join(page.by_id(row.figure_id).text)
        assert f"Verdict: {verdict_words(row.verdict)}:" in text
        assert row.explanation().blocks
    lte = "".join(page.by_id("figure.lte-users-target-2014").text)
    assert "China Mobile" in lte


def test_other_figures_say_nothing_of_later(page: Page) -> None:
    fact = next(f for f in REPORT.figures if f.status is Status.FACT)
    assert fact.id not in {r.figure_id for r in miit2014.scorecard()}
    assert "What happened" not in "".join(page.by_id(fact.id).text)


def test_a_figure_card_gives_value_qualifier_status_period_and_quote(page: Page) -> None:
    card = "".join(page.by_id("figure.industrial-value-added-growth-2013").text)
    for said in ("about 9.8%", "estimated", "calendar year 2013", "规模以上工业增加值增长9.8%左右"):
        assert said in card


# -- self-contained and safe ----------------------------------------------------------------


def test_the_page_asks_nothing_of_any_other_address(html: str, page: Page) -> None:
    assert not [e for e in page.elements if e.tag in ("script", "img", "iframe")]
    # the one link element is the empty inline icon, so that no server is asked for one
    assert [e.attrs for e in page.elements if e.tag == "link"] == [
        {"rel": "icon", "href": "data:,"}
    ]
    for element in page.elements:
        for name, value in element.attrs.items():
            assert "//" not in value, (element.tag, name, value)
    css = stylesheet()
    assert "url(" not in css
    assert "@import" not in css
    assert "@font-face" not in css
    # An outside source's address is shown as text, never as a link.
    assert "http://en.xinhua08.com/a/20150120/1442264.shtml" in html


def test_the_header_identifies_the_document_and_says_how_to_cite(page: Page) -> None:
    (header,) = [e for e in page.elements if e.tag == "header"]
    text = "".join(header.text)
    assert miit2014.SOURCE_SHA256 in text
    assert miit2014.DOCUMENT_ID in text
    assert miit2014.cite(REPORT) in " ".join(text.split())
    assert page.by_id("_legend").inside("_top")


def _with_markup(text: str) -> Report:
    figure = REPORT.figures[0]
    task = next(t for t in REPORT.tasks if not REPORT.children(t))
    org = REPORT.organizations[0]
    return attrs.evolve(
        REPORT,
        figures=(attrs.evolve(figure, label_en=text, note_en=text), *REPORT.figures[1:]),
        tasks=tuple(attrs.evolve(t, text_en=text) if t is task else t for t in REPORT.tasks),
        organizations=(attrs.evolve(org, name_en=text), *REPORT.organizations[1:]),
    )


def test_markup_in_a_record_is_shown_never_run() -> None:
    attack = '<script>alert(1)</script><img src=x onerror="alert(2)"> & "quoted"'
    html = reading_html(_with_markup(attack))
    page = Page(html)
    assert not [e for e in page.elements if e.tag in ("script", "img")]
    assert not [e for e in page.elements if any(k.startswith("on") for k in e.attrs)]
    texts = "".join(t.data for t in page.texts)
    assert texts.count(attack) >= 3  # the label, the note, the task's English, the name...
    # ...and in a title attribute it stays one attribute.
    titles = [e.attrs["title"] for e in page.elements if "title" in e.attrs]
    assert any(attack in t for t in titles)


@settings(max_examples=25)
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1))
def test_any_english_text_reads_back_as_itself(text: str) -> None:
    text = text.strip() or "x"
    try:
        report = _with_markup(text)
    except miit2014.DataError:  # the model refuses it (blank, or not text at all)
        return
    page = Page(reading_html(report))
    texts = "".join(t.data for t in page.texts)
    assert texts.count(text) >= 3
    assert chinese_of_text(page) == SOURCE_TEXT.replace("\n", "")


# -- the export -----------------------------------------------------------------------------


def test_the_format_is_registered_and_writes_one_file(tmp_path: Path, html: str) -> None:
    fmt = format_named("html")
    assert fmt.into == "file"
    assert fmt.text is not None
    assert fmt.text(REPORT) == html
    (path,) = export("html", tmp_path / "report.html")
    assert path.read_text(encoding="utf-8") == html
    assert to_html(tmp_path / "again.html").read_bytes() == html.encode("utf-8")
    assert miit2014.to_html is to_html


def test_the_command_writes_the_page(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, html: str
) -> None:
    path = tmp_path / "report.html"
    assert cli.run(["export", "--format", "html", "-o", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == html
    assert str(path) in capsys.readouterr().out
    assert cli.run(["export", "--format", "html"]) == 0
    assert capsys.readouterr().out == html


def test_the_page_reads_the_given_report() -> None:
    first = REPORT.figures[0]
    changed = attrs.evolve(
        REPORT, figures=(attrs.evolve(first, label_en="Zanzibar"), *REPORT.figures[1:])
    )
    assert "Zanzibar" in reading_html(changed)
    assert "Zanzibar" not in reading_html()


def test_sentence_anchors_are_record_ids_or_offsets() -> None:
    for sentence in sentences(aligned(REPORT)):
        assert isinstance(sentence, Sentence)
        records: tuple[Record, ...] = sentence.records
        if records and sentence.anchor != f"_s{sentence.span.start}":
            assert sentence.anchor == records[0].id


def test_the_documentation_site_carries_the_page() -> None:
    from test_docs import load_generator

    files = load_generator().site_files()
    assert list(files) == [deep_link(REPORT).split("#")[0]] == ["report.html"]
    assert files["report.html"]() == reading_html()


# -- size: linear in the report ----------------------------------------------------------


def _sharing_one_place(n: int) -> Report:
    """The report with ``n`` copies of one figure, all quoting the same words."""
    first = REPORT.figures[0]
    copies = tuple(attrs.evolve(first, id=f"figure.copy-{i}") for i in range(n))
    return attrs.evolve(REPORT, figures=(first, *copies, *REPORT.figures[1:]))


def test_figures_sharing_a_place_make_a_page_linear_in_their_number() -> None:
    reports = {n: _sharing_one_place(n) for n in (40, 80, 160)}
    size = {n: len(reading_html(r)) for n, r in reports.items()}
    work = {n: lines_run(lambda r=r: reading_html(r)) for n, r in reports.items()}
    for measure in (size, work):
        first, second = measure[80] - measure[40], measure[160] - measure[80]
        assert second <= 2.3 * first, (measure, first, second)


def test_a_source_without_a_title_shows_no_none() -> None:
    org = next(o for o in REPORT.organizations if o.citations)
    untitled = attrs.evolve(org, citations=(attrs.evolve(org.citations[0], title=None),))
    organizations = tuple(untitled if o is org else o for o in REPORT.organizations)
    page = reading_html(attrs.evolve(REPORT, organizations=organizations))
    card = page[page.index(f'id="{org.id}"') :]
    card = card[: card.index("</article>")]
    assert escape(org.citations[0].publisher) in card
    assert "None" not in card


def test_the_page_and_explain_draw_one_explanation_of_each_row() -> None:
    from miit2014.exchange.reading import later_html

    page = reading_html()
    for row in miit2014.scorecard():
        explanation = row.explanation()
        assert row.explain() == explanation.text()
        assert later_html(explanation) in page
