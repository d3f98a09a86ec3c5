"""Search: every record can be found by what it says, and the ranking means something."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from miit2014 import REPORT
from miit2014.analysis.search import SNIPPET_WIDTH, Hit, fold, search
from miit2014.model import Person, Record, Task

RECORDS = list(REPORT.records())
LEAVES = [r for r in RECORDS if not (isinstance(r, Task) and REPORT.children(r))]


def ids(hits: tuple[Hit, ...]) -> list[str]:
    return [hit.id for hit in hits]


def test_every_record_is_the_first_hit_for_its_own_id() -> None:
    for record in RECORDS:
        top = search(record.id)[0]
        assert (top.id, top.field, top.score) == (record.id, "id", 6.0)


@pytest.mark.parametrize("person", REPORT.people, ids=lambda p: p.id)
def test_a_name_ranks_its_record_above_the_sentences_that_mention_it(person: Person) -> None:
    for name in (person.name_zh, person.name_en):
        hits = search(name, limit=None)
        assert hits[0].id == person.id
        assert len(hits) > 1  # the posts and roles that quote the name come after


@given(st.sampled_from(LEAVES), st.data())
def test_any_piece_of_a_quote_finds_its_record(record: Record, data: st.DataObject) -> None:
    quote = record.quote
    start = data.draw(st.integers(0, len(quote) - 1))
    end = data.draw(st.integers(start + 1, min(len(quote), start + 12)))
    piece = quote[start:end]
    if not piece.strip():
        return
    assert record.id in ids(search(piece, limit=None))


def test_a_sentence_is_reported_by_its_task_not_again_by_every_parent() -> None:
    leaf = next(t for t in REPORT.tasks if REPORT.ancestors(t) and not REPORT.children(t))
    found = ids(search(leaf.quote, limit=None))
    assert found[0] == leaf.id
    assert not {t.id for t in REPORT.ancestors(leaf)} & set(found)


def test_hits_are_unique_and_ordered_by_score() -> None:
    hits = search("的", limit=None)
    assert len(set(ids(hits))) == len(hits) > 20
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)
    assert len(search("的")) == 20
    assert len(search("的", limit=3)) == 3


def test_ranks_are_id_then_name_then_text_then_words() -> None:
    figure = REPORT.figures[0]
    assert search(figure.id)[0].score == 6
    assert 3 < search(figure.label_en)[0].score <= 4
    text_hit = next(h for h in search("的", limit=None) if h.field == "quote")
    assert 2 < text_hit.score <= 3
    word_hits = search("enterprises small", limit=None)
    assert word_hits
    assert all(1 < h.score <= 2 for h in word_hits)


def test_case_and_full_width_do_not_matter() -> None:
    assert ids(search("IPTV")) == ids(search("iptv")) == ids(search("ＩＰＴＶ"))
    assert search("IPTV")


def test_marks_point_at_the_matched_text_in_the_snippet() -> None:
    for query in ("IPTV", "信息消费", "small enterprises", "steel"):
        words = fold(query).split()
        for hit in search(query, limit=None):
            assert hit.marks
            for start, end in hit.marks:
                assert fold(hit.snippet[start:end]) in (fold(query), *words)
            assert len(hit.snippet) <= SNIPPET_WIDTH + 2


def test_marked_brackets_each_match() -> None:
    figure = REPORT.figures[0]
    hit = Hit(
        id=figure.id,
        score=1.0,
        field="quote",
        snippet="增长9.8%左右",
        marks=((2, 6),),
        record=figure,
    )
    assert hit.marked() == "增长【9.8%】左右"
    assert hit.marked("<", ">") == "增长<9.8%>左右"


def test_a_long_field_is_cut_around_the_match_with_ellipses() -> None:
    task = next(t for t in REPORT.tasks if len(t.text_en) > 400 and not REPORT.children(t))
    tail = task.text_en.split()[-3]
    hit = next(h for h in search(tail, limit=None) if h.id == task.id and h.field == "text_en")
    assert hit.snippet.startswith("…")
    assert tail in hit.snippet


def test_hit_record_is_the_record() -> None:
    hit = search(REPORT.figures[0].id)[0]
    assert hit.record is REPORT.figures[0]


@pytest.mark.parametrize("query", ["", "   ", "\n"])
def test_an_empty_query_is_refused(query: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        search(query)


def test_no_match_is_an_empty_result() -> None:
    assert search("qqxqq") == ()


@given(st.text(max_size=30))
def test_folding_keeps_length_so_offsets_hold(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_a_loaded_report_is_searched_with_its_own_outcomes_only() -> None:
    import miit2014
    from miit2014.model.edition import Edition
    from miit2014.outcomes import OUTCOMES

    outcome = OUTCOMES[0]
    assert any(h.id == outcome.id for h in search(outcome.id))
    loaded = miit2014.from_json(miit2014.to_json(REPORT))
    assert not any(h.id == outcome.id for h in search(outcome.id, report=loaded))
    edition = Edition(report=loaded, outcomes=(outcome,))
    assert any(h.id == outcome.id for h in search(outcome.id, report=edition))


def test_show_of_a_loaded_report_says_nothing_of_the_shipped_outcomes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import miit2014
    from miit2014.views import cli

    loaded = miit2014.from_json(miit2014.to_json(REPORT))
    assert cli.run(["show", "figure.lte-users-target-2014"], report=loaded) == 0
    assert "outcome.lte-users" not in capsys.readouterr().out
