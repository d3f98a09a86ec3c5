"""Finding records by id."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import miit2014
from miit2014 import REPORT, SOURCE_TEXT
from miit2014.model import Report, Span
from miit2014.model.report import SECTIONS
from work import lines_run


def test_get_returns_the_same_object_as_the_constant() -> None:
    from miit2014.figures import INDUSTRIAL_VALUE_ADDED_GROWTH_2013

    found = miit2014.get("figure.industrial-value-added-growth-2013")
    assert found is INDUSTRIAL_VALUE_ADDED_GROWTH_2013
    assert found in REPORT.figures


def test_get_reaches_nested_records() -> None:
    headline = REPORT.meeting.headline
    assert miit2014.get(headline.id) is headline


def test_unknown_id_suggests_close_ones() -> None:
    close = r"did you mean 'figure\.industrial-value-added-growth-2013'"
    with pytest.raises(KeyError, match=close):
        miit2014.get("figure.industrial-value-added-growth-2014")


@pytest.mark.parametrize("bad", ["", "nothing-like-it", 42, None])
def test_unknown_or_non_string_id_is_a_key_error(bad: object) -> None:
    with pytest.raises(KeyError):
        miit2014.get(bad)  # type: ignore[arg-type]


def test_posts_of_a_person_in_document_order() -> None:
    posts = REPORT.posts_of("person.xu-dazhe")
    assert [p.title_zh for p in posts] == ["党组副书记", "副部长", "国家国防科技工业局局长"]
    assert all(p.person_id == "person.xu-dazhe" for p in posts)
    with pytest.raises(KeyError, match="not a Person"):
        REPORT.posts_of(REPORT.figures[0].id)


def test_tree_navigation_refuses_unknown_ids() -> None:
    with pytest.raises(KeyError, match="did you mean"):
        REPORT.children("plan-2014.task-9")
    assert [t.id for t in REPORT.children("plan-2014")][-1] == "plan-2014.task-6"
    first = REPORT.task("plan-2014.task-1.point-3")
    assert [t.id for t in REPORT.ancestors(first)] == ["plan-2014.task-1", "plan-2014"]
    assert REPORT.task_of("figure.lte-commercial-cities-target-2014") == first
    assert "figure.lte-users-target-2014" in {f.id for f in REPORT.figures_of(first)}


def test_mentions_of_an_initiative_are_the_tasks_that_name_it() -> None:
    broadband = next(i for i in REPORT.initiatives if i.name_zh == "宽带中国")
    tasks = REPORT.mentions_of(broadband)
    assert len(tasks) == len(broadband.mentions)
    assert all("宽带中国" in t.quote for t in tasks)
    assert tasks[0].id.startswith("review-2013")
    assert tasks[-1].id.startswith("plan-2014")
    with pytest.raises(KeyError, match="not an Initiative"):
        REPORT.mentions_of(REPORT.figures[0].id)


def _sections_of(n: int) -> dict[str, Any]:
    """A report's sections with ``n`` one-character tasks, each stating one figure."""
    places = [i for i, c in enumerate(SOURCE_TEXT) if not c.isspace()]
    first, last = places[0], places[-1] + 1
    root = attrs.evolve(
        REPORT.tasks[0],
        id="all",
        parent=None,
        span=Span(first, last),
        quote=SOURCE_TEXT[first:last],
    )
    leaf, figure = REPORT.tasks[-1], REPORT.figures[0]
    tasks, figures = [root], []
    for k, at in enumerate(places[1 : 4 * n : 4]):
        where, text = Span(at, at + 1), SOURCE_TEXT[at]
        tasks.append(attrs.evolve(leaf, id=f"all.t{k}", parent="all", span=where, quote=text))
        figures.append(
            attrs.evolve(figure, id=f"figure.f{k}", span=where, quote=text, numeral=text)
        )
    sections = {name: getattr(REPORT, name) for name in SECTIONS}
    return sections | {"tasks": tuple(tasks), "figures": tuple(figures)}


def _look_ups(sections: dict[str, Any]) -> None:
    report = Report(**sections)
    for figure in report.figures:
        report.task_of(figure)
        report.task_at(figure.span)
        report.initiatives_of(figure)
    for task in report.tasks:
        report.figures_of(task)
        report.figures_of(task, deep=False)


def test_finding_the_task_of_every_figure_is_linear_work() -> None:
    sections = {n: _sections_of(n) for n in (100, 200, 400)}
    _look_ups(sections[100])  # the field descriptions are worked out on first use
    w1, w2, w4 = (lines_run(lambda s=sections[n]: _look_ups(s)) for n in (100, 200, 400))
    assert w4 - w2 <= 2.6 * (w2 - w1), (w1, w2, w4)


# -- results found by id as well as by position ------------------------------------------


def test_a_scorecard_row_is_found_by_its_figure_id_and_by_position() -> None:
    rows = miit2014.scorecard()
    row = rows["figure.lte-users-target-2014"]
    assert row.figure_id == row.id == "figure.lte-users-target-2014"
    assert row is rows[rows.ids().index(row.id)]
    assert "figure.lte-users-target-2014" in rows
    assert len(rows[1:3]) == 2
    with pytest.raises(KeyError, match=r"did you mean 'figure\.lte-users-target-2014'"):
        rows["figure.lte-users-target-2015"]
    with pytest.raises(KeyError, match="no record"):
        rows["figure.meeting-duration-2013"]  # a figure, but not a forward-looking one


def test_search_hits_are_found_by_the_record_id() -> None:
    hits = miit2014.search("IPTV")
    assert hits
    assert hits[hits[0].id] is hits[0]
    assert len(set(hits.ids())) == len(hits)  # one hit per record, so an id names one


def test_tasks_where_gives_tasks_found_by_id() -> None:
    from miit2014.analysis.query import tasks_where

    leaves = tasks_where(REPORT, leaf=True)
    assert leaves[leaves[-1].id] is leaves[-1]
    assert REPORT.tasks[0].id not in leaves  # a section is no leaf
