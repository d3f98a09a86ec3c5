"""Finding records by id."""

from __future__ import annotations

import pytest

import miit2014
from miit2014 import REPORT


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
