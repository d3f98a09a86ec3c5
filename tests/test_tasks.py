"""The task tree: it covers paragraphs 2-17 sentence by sentence, mirrors the numbering of
the text, has English for every task, and its facets come from keyword tables whose
every word fires. Sentences are found here independently of the package: a sentence runs up to
and including the next 。, ；, ？ or ！ (or the end of its paragraph)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from enum import StrEnum
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import shapes
from miit2014 import REPORT, SOURCE_TEXT, DataError, from_json
from miit2014.analysis.query import heading, outline, task_at, tasks_where, walk
from miit2014.glossary import TERMS
from miit2014.keywords import INSTRUMENT_WORDS, REGION_WORDS, SECTOR_WORDS, facets_of
from miit2014.model import Commitment, Instrument, Region, Sector, Span, Status, Task, TaskKind
from miit2014.model.base import quoted
from miit2014.model.checks import ID_PATTERN
from miit2014.model.report import MAX_TASK_DEPTH
from miit2014.source import paragraph_of, paragraph_starts
from miit2014.tasks import TASKS, _build

TASK_PARAGRAPHS = range(2, 18)
LEAVES = tuple(t for t in REPORT.tasks if not REPORT.children(t))
PARENTS = tuple(t for t in REPORT.tasks if REPORT.children(t))


def paragraph(n: int) -> Span:
    start = paragraph_starts()[n]
    end = SOURCE_TEXT.find("\n", start)
    return Span(start, len(SOURCE_TEXT) if end == -1 else end)


def sentences(n: int) -> Iterator[Span]:
    para = paragraph(n)
    start = para.start
    for i in range(para.start, para.end):
        if SOURCE_TEXT[i] in "。；？！" or i == para.end - 1:
            yield Span(start, i + 1)
            start = i + 1


ALL_SENTENCES = tuple(s for n in TASK_PARAGRAPHS for s in sentences(n))


# -- coverage ---------------------------------------------------------------------------


def test_the_tasks_are_the_reports_tasks() -> None:
    assert REPORT.tasks == TASKS
    terminators = sum(paragraph(n).text.count(c) for n in TASK_PARAGRAPHS for c in "。；？！")
    assert len(ALL_SENTENCES) == terminators  # every paragraph ends with one


@pytest.mark.parametrize("sentence", ALL_SENTENCES, ids=lambda s: f"{s.start}-{s.end}")
def test_every_sentence_is_in_a_leaf_or_is_a_numbered_heading(sentence: Span) -> None:
    if any(sentence in leaf.span for leaf in LEAVES):
        return
    owner = task_at(REPORT, sentence.start)
    assert owner is not None, f"{sentence.text!r} is in no task"
    assert owner.kind in (TaskKind.REVIEW_ITEM, TaskKind.REFORM, TaskKind.KEY_TASK)
    assert heading(REPORT, owner) == sentence.text


def test_children_tile_their_parent_after_its_heading() -> None:
    for parent in PARENTS:
        at = parent.span.start + len(heading(REPORT, parent) or "")
        for child in REPORT.children(parent):
            assert SOURCE_TEXT[at : child.span.start] in ("", "\n"), child.id
            at = child.span.end
        assert at == parent.span.end, parent.id


def test_the_sections_tile_paragraphs_2_to_17() -> None:
    sections = REPORT.roots()
    assert [s.id for s in sections] == ["review-2013", "assessment-2013", "reforms", "plan-2014"]
    assert [(paragraph_of(s.span.start), paragraph_of(s.span.end - 1)) for s in sections] == [
        (2, 7),
        (8, 8),
        (9, 9),
        (10, 17),
    ]
    assert all(s.span.start == paragraph(paragraph_of(s.span.start)).start for s in sections)
    assert all(s.span.end == paragraph(paragraph_of(s.span.end - 1)).end for s in sections)


def test_no_task_outside_the_review_reform_and_plan_paragraphs() -> None:
    assert {paragraph_of(t.span.start) for t in REPORT.tasks} == set(TASK_PARAGRAPHS)


def test_leaves_start_and_end_on_sentence_boundaries() -> None:
    """No sentence is split between tasks."""
    starts = {s.start for s in ALL_SENTENCES}
    ends = {s.end for s in ALL_SENTENCES}
    for leaf in LEAVES:
        assert leaf.span.start in starts, leaf.id
        assert leaf.span.end in ends, leaf.id


def test_each_leaf_is_one_sentence_except_the_full_year_estimates() -> None:
    """The only multi-"sentence" leaf is the estimate whose two clauses share 预计全年."""
    long = [leaf for leaf in LEAVES if sum(s in leaf.span for s in ALL_SENTENCES) > 1]
    assert [leaf.id for leaf in long] == ["review-2013.item-1.point-2"]
    assert long[0].quote.startswith("预计全年")
    assert long[0].quote.count("；") == 1


# -- numbering --------------------------------------------------------------------------

KEY_TASK_HEADINGS = (
    "一是培育新的需求增长点，保持工业平稳运行。",
    "二是加快结构调整，促进产业优化升级。",
    "三是强化创新驱动，提升产业核心竞争力。",
    "四是激发企业活力动力，加大小微企业扶持力度。",
    "五是推进两化深度融合，提升信息产业支撑能力。",
    "六是提高互联网行业管理水平，维护网络与信息安全。",
)
REVIEW_HEADINGS = (
    "一是扩大内需促进工业平稳增长。",
    "二是推动工业结构调整。",
    "三是促进产业创新发展。",
    "四是推进两化融合和维护网络信息安全。",
)
REFORM_HEADINGS = (
    "一是深化行政审批改革，提高监管水平。",
    "二是创新行业管理方式。",
    "三是支持非公有经济健康发展。",
    "四是深化重点行业改革。",
)


@pytest.mark.parametrize(
    ("section", "kind", "local", "headings"),
    [
        ("plan-2014", TaskKind.KEY_TASK, "task", KEY_TASK_HEADINGS),
        ("review-2013", TaskKind.REVIEW_ITEM, "item", REVIEW_HEADINGS),
        ("reforms", TaskKind.REFORM, "reform", REFORM_HEADINGS),
    ],
)
def test_numbered_units_in_order_with_their_headings(
    section: str, kind: TaskKind, local: str, headings: tuple[str, ...]
) -> None:
    numbered = [t for t in REPORT.children(section) if heading(REPORT, t) is not None]
    assert [t.id for t in numbered] == [
        f"{section}.{local}-{n}" for n in range(1, 1 + len(headings))
    ]
    assert [heading(REPORT, t) for t in numbered] == list(headings)
    assert all(t.kind is kind for t in numbered)
    spans = [t.span.start for t in numbered]
    assert spans == sorted(spans)


def test_every_numbering_marker_of_the_text_opens_a_numbered_unit() -> None:
    """Found by pattern in the source, not from the lists above."""
    marker = re.compile("[一二三四五六]是")
    starts = [s.start for s in ALL_SENTENCES if marker.match(s.text)]
    units = [t for t in REPORT.tasks if heading(REPORT, t) is not None]
    assert [t.span.start for t in units] == starts
    for unit in units:
        siblings = [t for t in REPORT.children(unit.parent or "") if heading(REPORT, t)]
        number = "一二三四五六".index(unit.quote[0]) + 1
        assert siblings.index(unit) + 1 == number
        assert unit.id.endswith(f"-{number}")


def test_the_plan_has_its_general_requirement_lever_and_six_key_tasks() -> None:
    kinds = [t.kind for t in REPORT.children("plan-2014")]
    assert kinds == [TaskKind.GENERAL_REQUIREMENT, TaskKind.LEVER] + [TaskKind.KEY_TASK] * 6
    assert "6+1" in REPORT.task("plan-2014.lever").quote
    assert REPORT.task("plan-2014.general-requirement").quote.startswith("会议部署了2014年")


def test_the_unnumbered_items_are_where_the_text_puts_them() -> None:
    approval = REPORT.task("review-2013.approval-reform")
    campaign = REPORT.task("review-2013.mass-line-campaign")
    tax = REPORT.task("reforms.tax-reform")
    assert approval.quote.startswith("同时，")
    assert "行政审批" in approval.quote
    assert "群众路线教育实践活动" in campaign.quote
    assert tax.quote.startswith("另外，")
    assert "营改增" in tax.quote
    assert (approval.kind, campaign.kind, tax.kind) == (
        TaskKind.REVIEW_ITEM,
        TaskKind.REVIEW_ITEM,
        TaskKind.REFORM,
    )


# -- the tree ---------------------------------------------------------------------------


def test_no_orphans_and_no_cycles() -> None:
    ids = {t.id for t in REPORT.tasks}
    for task in REPORT.tasks:
        assert task.parent is None or task.parent in ids, task.id
        seen = {task.id}
        node = task
        while node.parent is not None:
            assert node.parent not in seen, f"cycle through {task.id}"
            seen.add(node.parent)
            node = REPORT.task(node.parent)
        assert node in REPORT.roots()


def test_a_child_listed_before_its_parent_is_refused() -> None:
    """What makes a cycle impossible: parents must come first."""
    reordered = (TASKS[1], TASKS[0], *TASKS[2:])
    with pytest.raises(DataError):
        attrs.evolve(REPORT, tasks=reordered)


def test_ids_say_where_a_task_sits() -> None:
    local = {
        TaskKind.SECTION: r"review-2013|assessment-2013|reforms|plan-2014",
        TaskKind.REVIEW_ITEM: r"item-[1-4]|approval-reform|mass-line-campaign",
        TaskKind.REFORM: r"reform-[1-4]|tax-reform",
        TaskKind.KEY_TASK: r"task-[1-6]",
        TaskKind.GENERAL_REQUIREMENT: r"general-requirement",
        TaskKind.LEVER: r"lever",
        TaskKind.ACTION: r"point-[1-9]",
        TaskKind.RESULT: r"point-[1-9]",
        TaskKind.CONTEXT: r"point-[1-9]",
    }
    for task in REPORT.tasks:
        assert ID_PATTERN.fullmatch(task.id)
        prefix = "" if task.parent is None else task.parent + "."
        assert task.id.startswith(prefix)
        assert re.fullmatch(local[task.kind], task.id[len(prefix) :]), task.id


def test_points_are_numbered_from_one_among_their_siblings() -> None:
    for parent in PARENTS:
        points = [c.id.rsplit(".", 1)[1] for c in REPORT.children(parent) if ".point-" in c.id]
        assert points == [f"point-{n}" for n in range(1, len(points) + 1)], parent.id


def test_kinds_sit_in_their_sections() -> None:
    for task in REPORT.tasks:
        top = (REPORT.ancestors(task) or (task,))[-1].id
        if task.kind is TaskKind.SECTION:
            assert task.parent is None
        if task.kind in (TaskKind.KEY_TASK, TaskKind.GENERAL_REQUIREMENT, TaskKind.LEVER):
            assert task.parent == "plan-2014"
        if task.kind is TaskKind.REVIEW_ITEM:
            assert task.parent == "review-2013"
        if task.kind is TaskKind.REFORM:
            assert task.parent == "reforms"
        if task.kind is TaskKind.RESULT:
            assert top == "review-2013"
            assert not REPORT.children(task)


def test_results_state_only_2013_figures_and_targets_sit_in_reforms_or_plan() -> None:
    for figure in REPORT.figures:
        owner = REPORT.task_of(figure)
        if owner is None:
            continue
        top = (REPORT.ancestors(owner) or (owner,))[-1].id
        if figure.status is Status.TARGET:
            assert top in ("reforms", "plan-2014"), figure.id
        if figure.status in (Status.ESTIMATED, Status.ACHIEVED):
            assert top == "review-2013", figure.id


def test_every_figure_in_paragraphs_2_to_17_falls_in_a_sentence_level_task() -> None:
    inside = [f for f in REPORT.figures if paragraph_of(f.span.start) in TASK_PARAGRAPHS]
    assert inside
    for figure in inside:
        owner = REPORT.task_of(figure)
        assert owner is not None, figure.id
        assert not REPORT.children(owner), figure.id


# -- English ----------------------------------------------------------------------------

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@pytest.mark.parametrize("task", REPORT.tasks, ids=lambda t: t.id)
def test_every_task_has_plain_english(task: Task) -> None:
    assert task.title_en
    assert task.text_en
    for text in (task.title_en, task.text_en):
        assert not CJK.search(text), text
        assert "  " not in text
        assert " ," not in text
        assert " ." not in text
    assert not task.title_en.endswith(".")
    assert task.text_en.endswith((".", ".\u201d", '."'))
    assert task.text_en[0].isupper()


def test_a_parents_english_is_its_heading_then_its_childrens() -> None:
    for parent in PARENTS:
        children = REPORT.children(parent)
        assert all(c.text_en in parent.text_en for c in children)
        assert parent.text_en.endswith(children[-1].text_en)
        assert parent.text_en.count("\n") == parent.quote.count("\n")


_NUMBER = re.compile(r"(\d+(?:\.\d+)?)多?(万亿|亿|万)?(月)?")
_SCALE = {None: 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}
_WORDS = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))


def _english_forms(digits: str, scale: str | None) -> set[str]:
    value = Decimal(digits) * _SCALE[scale]
    forms = {digits} if scale is None else set()
    if value == value.to_integral_value():
        forms.add(f"{int(value):,}")
    for size, word in _WORDS:
        if value >= size:
            forms.add(f"{format((value / size).normalize(), 'f')} {word}")
            break
    return forms


@pytest.mark.parametrize("leaf", LEAVES, ids=lambda t: t.id)
def test_every_arabic_number_of_the_chinese_is_in_the_english(leaf: Task) -> None:
    """Scales multiplied out (3000万 is "30 million", 600多万 "6 million"); a month (11月)
    may be named."""
    for match in _NUMBER.finditer(leaf.quote):
        digits, scale, month = match.groups()
        if month:
            continue
        forms = _english_forms(digits, scale)
        assert any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d])", leaf.text_en) for f in forms), (
            f"{match.group()} ({forms}) not in {leaf.text_en!r}"
        )


@pytest.mark.parametrize("task", REPORT.tasks, ids=lambda t: t.id)
def test_glossary_terms_keep_their_english(task: Task) -> None:
    for zh, en in TERMS.items():
        if zh in task.quote:
            assert en.casefold() in task.text_en.casefold(), f"{zh} -> {en}"


# -- facets, computed from the keyword tables of miit2014.keywords ---------------------

FACETS: tuple[tuple[str, type[StrEnum], Mapping[Any, tuple[str, ...]]], ...] = (
    ("sectors", Sector, SECTOR_WORDS),
    ("regions", Region, REGION_WORDS),
    ("instruments", Instrument, INSTRUMENT_WORDS),
)


@pytest.mark.parametrize(("field", "enum", "words"), FACETS, ids=lambda x: str(x))
def test_every_facet_value_has_keywords_and_is_used(
    field: str, enum: type[StrEnum], words: Mapping[Any, tuple[str, ...]]
) -> None:
    assert set(words) == set(enum)
    used = {value for task in REPORT.tasks for value in getattr(task, field)}
    assert used == set(enum)


@pytest.mark.parametrize(("field", "enum", "words"), FACETS, ids=lambda x: str(x))
def test_every_keyword_fires_in_some_sentence(
    field: str, enum: type[StrEnum], words: Mapping[Any, tuple[str, ...]]
) -> None:
    """A word no sentence contains is dead weight, or a misspelling that tags nothing."""
    dead = [
        (v, k) for v, keys in words.items() for k in keys if not any(k in t.quote for t in LEAVES)
    ]
    assert not dead


@pytest.mark.parametrize("task", PARENTS, ids=lambda t: t.id)
def test_a_parents_facets_are_what_its_whole_chinese_names(task: Task) -> None:
    """A parent's facets are composed from its heading and children; reading its whole
    quote must agree (a keyword split across a heading and a child would not)."""
    assert (task.sectors, task.regions, task.instruments) == facets_of(task.quote)


def test_a_leaf_is_tagged_from_its_own_chinese() -> None:
    """The builder reads the sentence: 钢铁 tags steel, and nothing is given by hand."""
    quote = "以钢铁、电解铝、水泥、平板玻璃等行业为重点"
    task = _build.leaf(
        **quoted("x.point-1", quote), kind=TaskKind.ACTION, title_en="t", text_en="t."
    )
    assert Sector.STEEL in task.sectors
    assert Sector.CEMENT in task.sectors
    assert task.regions == ()


@pytest.mark.parametrize("task", PARENTS, ids=lambda t: t.id)
def test_a_parent_carries_its_childrens_facets(task: Task) -> None:
    for field, enum, _words in FACETS:
        below = {v for c in REPORT.children(task) for v in getattr(c, field)}
        assert below <= set(getattr(task, field))
        assert list(getattr(task, field)) == [m for m in enum if m in getattr(task, field)]


# -- the query helpers ------------------------------------------------------------------


def _ids(tasks: tuple[Task, ...]) -> list[str]:
    return [t.id for t in tasks]


def test_every_2014_sentence_touching_telecoms() -> None:
    found = tasks_where(REPORT, under="plan-2014", sector=Sector.TELECOMS, leaf=True)
    by_keyword = [
        t.id
        for t in REPORT.descendants("plan-2014")
        if not REPORT.children(t) and any(k in t.quote for k in SECTOR_WORDS[Sector.TELECOMS])
    ]
    assert _ids(found) == by_keyword
    assert "plan-2014.task-1.point-3" in by_keyword  # 4G in more than 300 cities


def test_every_task_with_a_quantified_target() -> None:
    targets = REPORT.targets()
    assert targets
    holders = [t for t in REPORT.tasks if any(f.span in t.span for f in targets)]
    assert tasks_where(REPORT, with_targets=True) == tuple(holders)
    leaves = tasks_where(REPORT, with_targets=True, leaf=True)
    assert {REPORT.task_of(f) for f in targets} == set(leaves)
    rest = tasks_where(REPORT, with_targets=False)
    assert set(rest).isdisjoint(holders)
    assert len(rest) + len(holders) == len(REPORT.tasks)


def test_the_4g_city_target_belongs_to_key_task_1() -> None:
    (figure,) = [
        f for f in REPORT.targets() if "4G商用城市" in f.quote and f.numeral.rstrip("个") == "300"
    ]
    owner = REPORT.task_of(figure)
    assert owner is not None
    assert "plan-2014.task-1" in [owner.id, *(a.id for a in REPORT.ancestors(owner))]
    assert figure in REPORT.figures_of("plan-2014.task-1")
    assert owner in tasks_where(REPORT, kind=TaskKind.ACTION, with_targets=True)


def test_with_figures_finds_the_2013_results() -> None:
    results = tasks_where(REPORT, kind=TaskKind.RESULT, with_figures=True)
    assert "review-2013.item-1.point-2" in _ids(results)
    assert "review-2013.item-3.point-4" not in _ids(results)  # Chang'e-3: no figures


def test_filters_accept_one_value_several_or_its_string() -> None:
    one = tasks_where(REPORT, sector=Sector.STEEL, leaf=True)
    assert _ids(one) == ["plan-2014.task-2.point-1", "plan-2014.task-2.point-3"]
    assert tasks_where(REPORT, sector="steel", leaf=True) == one  # type: ignore[arg-type]
    both = tasks_where(REPORT, sector=[Sector.STEEL, Sector.COAL], leaf=True)
    assert _ids(both) == [*_ids(one), "plan-2014.task-2.point-4"]
    assert _ids(tasks_where(REPORT, region=Region.WUXI, leaf=True)) == ["plan-2014.task-3.point-5"]


def test_a_misspelt_value_or_id_is_an_error_not_an_empty_answer() -> None:
    with pytest.raises(ValueError, match="steal"):
        tasks_where(REPORT, sector="steal")  # type: ignore[arg-type]
    with pytest.raises(KeyError, match=re.escape("plan-2014.task-1")):
        tasks_where(REPORT, under="plan-2014.task-01")


def test_tasks_mentioning_an_initiative() -> None:
    (broadband_china,) = [i for i in REPORT.initiatives if i.name_zh == "宽带中国"]
    by_record = tasks_where(REPORT, initiative=broadband_china, leaf=True)
    assert by_record == tuple(t for t in LEAVES if "宽带中国" in t.quote)
    assert len(by_record) == 2  # reviewed in 2013, carried on in 2014
    assert tasks_where(REPORT, initiative=broadband_china.id, leaf=True) == by_record
    parents = tasks_where(REPORT, initiative=[broadband_china], leaf=False)
    assert {t.id for t in parents} >= {"review-2013", "plan-2014", "plan-2014.task-5"}
    with pytest.raises(KeyError):
        tasks_where(REPORT, initiative="plan-2014.task-5")  # a task, not an initiative


def test_under_is_strictly_below() -> None:
    below = tasks_where(REPORT, under="plan-2014.task-6")
    assert "plan-2014.task-6" not in _ids(below)
    assert below == REPORT.descendants("plan-2014.task-6")


def test_contains_searches_chinese_and_english() -> None:
    assert _ids(tasks_where(REPORT, contains="骨干直联点", leaf=True)) == [
        "plan-2014.task-6.point-3"
    ]
    english = tasks_where(REPORT, contains="BACKBONE DIRECT", leaf=True)
    assert _ids(english) == ["plan-2014.task-6.point-3"]


facet_values = st.one_of(
    st.sampled_from(list(Sector)).map(lambda v: {"sector": v}),
    st.sampled_from(list(Region)).map(lambda v: {"region": v}),
    st.sampled_from(list(Instrument)).map(lambda v: {"instrument": v}),
    st.sampled_from(list(TaskKind)).map(lambda v: {"kind": v}),
    st.booleans().map(lambda v: {"leaf": v}),
    st.booleans().map(lambda v: {"with_targets": v}),
)


@given(facet_values, facet_values)
def test_conditions_combine_as_and(a: dict[str, object], b: dict[str, object]) -> None:
    if set(a) & set(b):
        return
    both = tasks_where(REPORT, **a, **b)  # type: ignore[arg-type]
    either = set(tasks_where(REPORT, **a)) & set(tasks_where(REPORT, **b))  # type: ignore[arg-type]
    assert set(both) == either
    assert list(both) == [t for t in REPORT.tasks if t in either]


@given(st.sets(st.sampled_from(list(Instrument)), min_size=1, max_size=4))
def test_several_values_combine_as_or(values: set[Instrument]) -> None:
    union = set()
    for value in values:
        union |= set(tasks_where(REPORT, instrument=value))
    assert set(tasks_where(REPORT, instrument=values)) == union


def test_walk_and_outline_follow_the_tree() -> None:
    walked = list(walk(REPORT))
    assert [t for _, t in walked] == list(REPORT.tasks)
    assert all(depth == len(REPORT.ancestors(t)) for depth, t in walked)
    sub = list(walk(REPORT, "plan-2014.task-4"))
    assert sub[0] == (0, REPORT.task("plan-2014.task-4"))
    assert {depth for depth, _ in sub[1:]} == {1}
    lines = outline(REPORT, "plan-2014").splitlines()
    assert lines[0] == "plan-2014  Work for 2014"
    assert lines[3].startswith("    plan-2014.lever.point-1  ")
    assert len(lines) == 1 + len(REPORT.descendants("plan-2014"))


def test_heading_and_task_at() -> None:
    assert heading(REPORT, "plan-2014") is None  # a section opens with a child
    assert heading(REPORT, "plan-2014.task-1.point-1") is None  # a leaf has no children
    for leaf in LEAVES:
        assert task_at(REPORT, leaf.span.start) == leaf
        assert task_at(REPORT, leaf.span.end - 1) == leaf
    assert task_at(REPORT, paragraph(1).start) is None
    assert task_at(REPORT, paragraph(18).start) is None


# -- the builder ------------------------------------------------------------------------


def _leaf(start: int, end: int, parent: str = "x") -> Task:
    return Task(
        id=f"x.point-{start}",
        parent=parent,
        kind=TaskKind.ACTION,
        span=Span(start, end),
        quote=SOURCE_TEXT[start:end],
        title_en="t",
        text_en="t.",
    )


def test_branch_refuses_a_gap_a_stray_child_and_half_a_heading() -> None:
    p3 = list(sentences(3))  # heading, then three sentences (the last split at ；)
    whole = Span(p3[0].start, p3[-1].end)
    kw: dict[str, object] = {
        "id": "x",
        "kind": TaskKind.REVIEW_ITEM,
        "title_en": "x",
        "heading_zh": p3[0].text,
        "heading_en": "H.",
    }
    ok = _build.branch(
        **kw, children=(_leaf(p3[1].start, p3[1].end), _leaf(p3[2].start, p3[-1].end))
    )  # type: ignore[arg-type]
    assert ok[0].quote == whole.text
    assert ok[0].span == whole  # from the heading to the last child
    assert ok[0].text_en == "H. t. t."
    with pytest.raises(DataError, match="do not tile"):
        _build.branch(**kw, children=(_leaf(p3[2].start, p3[-1].end),))  # type: ignore[arg-type]
    with pytest.raises(DataError, match="as parent"):
        _build.branch(**kw, children=(_leaf(p3[1].start, p3[1].end, parent="y"),))  # type: ignore[arg-type]
    assert (
        _build.leaf(
            **quoted("x.point-1", p3[1].text),
            kind=TaskKind.ACTION,
            title_en="t",
            text_en="t.",
        ).parent
        == "x"
    ), "a leaf's parent is the one its id names"
    with pytest.raises(DataError, match="both Chinese and English"):
        _build.branch(**{**kw, "heading_en": ""}, children=(_leaf(p3[1].start, p3[1].end),))  # type: ignore[arg-type]


# -- the task tree, deep and misused; the English of single tasks ----------------------


def test_the_deepest_allowed_task_chain_is_walked() -> None:
    report = from_json(shapes.deep_chain(MAX_TASK_DEPTH))
    assert len(report.descendants("chain")) == MAX_TASK_DEPTH - 1
    assert len(outline(report).splitlines()) == MAX_TASK_DEPTH
    assert len(tasks_where(report, under="chain")) == MAX_TASK_DEPTH - 1
    assert len(report.ancestors(report.tasks[-1])) == MAX_TASK_DEPTH - 1


def test_children_of_none_or_of_a_figure_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="expected a Task or a task id, got NoneType"):
        REPORT.children(None)  # type: ignore[arg-type]
    with pytest.raises(KeyError, match="is a Figure, not a Task"):
        REPORT.children(REPORT.figures[0])  # type: ignore[arg-type]
    with pytest.raises(KeyError, match="is a Figure, not a Task"):
        REPORT.descendants(REPORT.figures[0])  # type: ignore[arg-type]


def test_the_assessment_names_three_parallel_aims() -> None:
    """加快实现提质增效升级: higher quality, greater efficiency, upgrading; not one of them
    reached through the others."""
    for task_id in ("assessment-2013.point-2", "assessment-2013"):
        text = REPORT.task(task_id).text_en
        assert "higher quality, greater efficiency and upgrading" in text
        assert "upgrading through" not in text


def test_fiscal_support_tilts_more_towards_services_not_away_entirely() -> None:
    """从支持单个企业更多向…倾斜: 'more towards', in the point and in its parent."""
    for task_id in ("plan-2014.task-4.point-4", "plan-2014.task-4"):
        text = REPORT.task(task_id).text_en
        assert "more towards" in text
        assert "shift from" not in text
    assert "more towards" in REPORT.task("plan-2014.task-4.point-4").title_en


def test_state_chemicals_say_what_the_text_says_and_the_reading_is_a_note() -> None:
    task = REPORT.task("plan-2014.task-5.point-5")
    assert "国家化学品" in task.quote
    for text in (task.title_en, task.text_en):
        assert "state chemicals" in text
        assert "state-controlled" not in text
    assert task.note_en is not None
    assert "国家化学品" in task.note_en
    assert "package's" in task.note_en


def _aspirational_targets() -> list[tuple[str, str]]:
    return [
        (f.id, task.id)
        for f in REPORT.figures
        if f.status is Status.TARGET
        and f.commitment is Commitment.ASPIRATIONAL
        and (task := REPORT.task_of(f)) is not None
    ]


def test_the_strive_for_targets_include_those_of_two_plan_points() -> None:
    assert {task for _, task in _aspirational_targets()} >= {
        "plan-2014.task-1.point-4",
        "plan-2014.task-5.point-3",
    }


@pytest.mark.parametrize(("figure_id", "task_id"), _aspirational_targets())
def test_an_aspirational_target_says_strive_wherever_its_task_states_it(
    figure_id: str, task_id: str
) -> None:
    """力争 / 争取 is "strive for": a title or text that states the target must say so, and
    keep 基本 ("basically") where the source has it."""
    figure = REPORT.get(figure_id)
    task = REPORT.task(task_id)
    for text in (task.title_en, task.text_en):
        assert "striv" in text, text
        if "基本" in figure.quote:
            assert "basically" in text, text
