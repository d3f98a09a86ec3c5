"""Every result displays itself: a short repr that gives the answer, and HTML for Jupyter."""

from __future__ import annotations

import html
import itertools
import re
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import miit2014
from miit2014 import REPORT, compare, evaluate, search
from miit2014.analysis.derived import implied_base, per_unit, share
from miit2014.analysis.search import Hit, Hits
from miit2014.errors import DataError
from miit2014.figures import (
    INDUSTRIAL_PROFIT_GROWTH_2013,
    INDUSTRIAL_VALUE_ADDED_GROWTH_2013,
    INFORMATION_CONSUMPTION_2013,
    INFORMATION_CONSUMPTION_GROWTH_2013,
    LTE_COMMERCIAL_CITIES_TARGET_2014,
)
from miit2014.model.brief import REPR_WIDTH
from miit2014.model.html import SUMMARY_ROWS
from miit2014.outcomes import OUTCOMES

TARGETS = REPORT.targets()


def _cells(markup: str) -> list[str]:
    return [html.unescape(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", markup, re.S)]


def _one_line(text: str) -> None:
    assert "\n" not in text
    assert len(text) <= REPR_WIDTH < 400


# -- evaluations --------------------------------------------------------------------


@given(st.sampled_from(TARGETS), st.integers(min_value=0, max_value=10**15))
def test_an_evaluation_repr_is_one_short_line_with_the_answer(target: object, n: int) -> None:
    result = evaluate(target, n)  # type: ignore[arg-type]
    text = repr(result)
    _one_line(text)
    assert text.startswith(f"<Evaluation {result.target.id}: ")
    assert text.endswith(f": {result.verdict} (margin {result.margin_text()})>")


def _evaluable(outcome: object) -> bool:
    """An outcome of a target, in a unit the target can be judged in."""
    try:
        evaluate(miit2014.get(outcome.figure_id), outcome)  # type: ignore[attr-defined, arg-type]
    except DataError:
        return False
    return True


EVALUABLE = [o for o in OUTCOMES if _evaluable(o)]


def test_some_outcomes_can_be_evaluated() -> None:
    assert len(EVALUABLE) >= 3


@pytest.mark.parametrize("outcome", EVALUABLE, ids=lambda o: o.id)
def test_an_evaluation_against_an_outcome_shows_its_whole_explanation_as_html(
    outcome: object,
) -> None:
    result = evaluate(miit2014.get(outcome.figure_id), outcome)  # type: ignore[attr-defined, arg-type]
    _one_line(repr(result))
    markup = result._repr_html_()
    assert markup.startswith("<table><caption>")
    cells = _cells(markup)
    for line in result.explain().splitlines():
        _, _, text = line.partition(": ")
        assert text in cells or line in cells, line
    assert f"Evaluation of {result.target.id}: {result.verdict}" in html.unescape(markup)


def test_the_explanation_reads_as_before() -> None:
    result = evaluate(LTE_COMMERCIAL_CITIES_TARGET_2014, 301)
    assert result.explain().splitlines() == [
        f"Target: {LTE_COMMERCIAL_CITIES_TARGET_2014.label_en}: more than 300 cities"
        " (by 2014-12-31).",
        "Actual: 301 cities.",
        "Verdict: met (margin +1 city).",
    ]
    assert repr(result) == (
        "<Evaluation figure.lte-commercial-cities-target-2014: 301 cities against"
        " more than 300 cities: met (margin +1 city)>"
    )


def test_html_is_escaped() -> None:
    hostile = attrs.evolve(LTE_COMMERCIAL_CITIES_TARGET_2014, label_en="<script>x</script>")
    markup = evaluate(hostile, 301)._repr_html_()
    assert "<script>" not in markup
    assert "&lt;script&gt;" in markup


# -- comparisons --------------------------------------------------------------------


def _comparable_pairs() -> list[tuple[object, object]]:
    pairs = []
    for a, b in itertools.permutations(REPORT.figures, 2):
        try:
            compare(a, b)
        except DataError:
            continue
        pairs.append((a, b))
    return pairs


PAIRS = _comparable_pairs()


def test_every_comparison_of_two_figures_has_a_short_repr_and_html() -> None:
    assert len(PAIRS) > 50
    for a, b in PAIRS:
        result = compare(a, b)  # type: ignore[arg-type]
        text = repr(result)
        _one_line(text)
        assert text.startswith(f"<Comparison {a.id} vs {b.id}: ")  # type: ignore[attr-defined]
        markup = result._repr_html_()
        assert markup.startswith(f"<table><caption>Comparison of {a.id} with {b.id}")  # type: ignore[attr-defined]
        assert result.difference_text() in _cells(markup)


def test_a_comparison_repr_gives_the_answer() -> None:
    text = repr(compare(INDUSTRIAL_PROFIT_GROWTH_2013, INDUSTRIAL_VALUE_ADDED_GROWTH_2013))
    assert "13% vs about 9.8%: difference about +3.2 percentage points" in text
    assert "ratio about 1.327" in text
    plain = repr(compare((5, "count"), (3, "count")))
    assert plain == "<Comparison 5 vs 3: difference +2; ratio 1.667 (exactly 5/3)>"


def test_a_comparison_says_which_is_larger_in_html() -> None:
    markup = compare(INDUSTRIAL_PROFIT_GROWTH_2013, INDUSTRIAL_VALUE_ADDED_GROWTH_2013)
    assert "a, whatever the qualifiers allow" in _cells(markup._repr_html_())
    assert "none: b is zero" in _cells(compare((5, "count"), (0, "count"))._repr_html_())


# -- derived values -----------------------------------------------------------------


def test_derived_values_show_formula_value_and_range() -> None:
    base = implied_base(INFORMATION_CONSUMPTION_2013, INFORMATION_CONSUMPTION_GROWTH_2013)
    text = repr(base)
    _one_line(text)
    assert text == (
        "<Derived level / (1 + growth / 100) = 1.6 trillion yuan (range more than 1.58"
        " trillion yuan), from figure.information-consumption-2013,"
        " figure.information-consumption-growth-2013>"
    )
    cells = _cells(base._repr_html_())
    assert "1.6 trillion yuan" in cells
    assert "more than 1.58 trillion yuan" in cells
    exact_share = share((1, "count"), (3, "count"))
    assert "a single value: every input is exact" in _cells(exact_share._repr_html_())
    _one_line(repr(per_unit((10, "count"), (4, "count"))))


# -- search hits --------------------------------------------------------------------


def test_a_hit_shows_its_match_bracketed_and_the_hits_as_one_table() -> None:
    hits = search("苗圩")
    assert isinstance(hits, Hits)
    assert isinstance(hits, tuple)
    assert repr(hits[0]) == "<Hit person.miao-wei (name_zh, score 4.00): 【苗圩】>"
    for hit in search("4G", limit=None):
        _one_line(repr(hit))
    markup = hits._repr_html_()
    assert f"{len(hits)} hits" in markup
    assert markup.count("<tr>") == len(hits) + 1
    assert "<mark>苗圩</mark>" in markup
    assert hits[0]._repr_html_().count("<tr>") == 2


def test_hit_html_escapes_the_snippet_but_keeps_the_marks() -> None:
    hit = Hit(id="x", score=1.0, field="quote", snippet="a<b>&c", marks=((1, 4),), record=REPORT)  # type: ignore[arg-type]
    assert hit.marked_html() == "a<mark>&lt;b&gt;</mark>&amp;c"


# -- the report ---------------------------------------------------------------------


def test_the_report_repr_is_short() -> None:
    loaded = miit2014.from_json(miit2014.to_json(REPORT))
    assert len(repr(loaded)) < 2000
    assert f"{len(REPORT.figures)} figures" in repr(loaded)
    assert len(repr(REPORT)) < 2000


def test_the_report_html_is_a_summary_with_counts_and_first_rows() -> None:
    markup = REPORT._repr_html_()
    assert len(markup) < 20_000
    for name in ("figures", "tasks", "people", "posts", "organizations", "initiatives"):
        records = getattr(REPORT, name)
        assert f"<summary>{name} ({len(records)})</summary>" in markup
        assert records[0].id in markup
        if len(records) > SUMMARY_ROWS:
            assert records[SUMMARY_ROWS].id not in _cells(markup)
            assert f"… and {len(records) - SUMMARY_ROWS} more" in markup


def test_record_values_keep_their_wording_in_the_summary() -> None:
    assert "about 9.8%" in _cells(REPORT._repr_html_())
    assert REPORT.figures[0].value == Decimal("9.8")


def test_a_count_of_one_takes_the_singular() -> None:
    from miit2014.model.wording import singular, with_noun

    assert with_noun("+1", 1, "cities") == "+1 city"
    assert with_noun("-1", -1, "4G users") == "-1 4G user"
    assert with_noun("+2", 2, "cities") == "+2 cities"
    assert with_noun("0", 0, "enterprises") == "0 enterprises"
    assert singular("backbone direct connection points") == "backbone direct connection point"
    assert singular("businesses") == "business"
