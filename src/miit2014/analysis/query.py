"""Questions over the task tree: filters by facet, walks in document order, look-ups.

>>> from miit2014 import REPORT
>>> from miit2014.model import Sector, TaskKind
>>> from miit2014.analysis.query import tasks_where
>>> [t.id for t in tasks_where(REPORT, kind=TaskKind.KEY_TASK, sector=Sector.TELECOMS)]
['plan-2014.task-1', 'plan-2014.task-5', 'plan-2014.task-6']

Facets of a parent include its children's, and a parent "has" a figure when any task
below it states one, so a filter returns the whole path from a section down to the
sentence; add ``leaf=True`` for the sentences alone, or ``kind=`` for one level.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from enum import StrEnum
from typing import TypeVar

from ..model.collection import Records
from ..model.entities import Initiative
from ..model.facets import Instrument, Region, Sector
from ..model.figure import Status
from ..model.report import Report
from ..model.task import Task, TaskKind

E = TypeVar("E", bound=StrEnum)


def _members(enum: type[E], value: E | Collection[E] | None) -> frozenset[E] | None:
    """The wanted members; a plain string must name one, so a typo never matches nothing."""
    if value is None:
        return None
    values = (value,) if isinstance(value, str) else tuple(value)
    try:
        return frozenset(enum(v) for v in values)
    except ValueError:
        choices = ", ".join(repr(m.value) for m in enum)
        raise ValueError(f"{value!r} is not one of the {enum.__name__} values {choices}") from None


def _initiative_ids(
    report: Report, value: Initiative | str | Collection[Initiative | str]
) -> frozenset[str]:
    """Ids of the wanted initiatives; an unknown id is a ``KeyError``, as for any look-up."""
    values = (value,) if isinstance(value, (str, Initiative)) else tuple(value)
    ids = frozenset(v if isinstance(v, str) else v.id for v in values)
    for record_id in ids:
        if not isinstance(report.get(record_id), Initiative):
            raise KeyError(f"{record_id!r} is not an initiative")
    return ids


def tasks_where(
    report: Report,
    *,
    kind: TaskKind | Collection[TaskKind] | None = None,
    sector: Sector | Collection[Sector] | None = None,
    region: Region | Collection[Region] | None = None,
    instrument: Instrument | Collection[Instrument] | None = None,
    initiative: Initiative | str | Collection[Initiative | str] | None = None,
    under: Task | str | None = None,
    leaf: bool | None = None,
    with_figures: bool | None = None,
    with_targets: bool | None = None,
    contains: str | None = None,
) -> Records[Task]:
    """The tasks meeting every condition given, in document order.

    ``kind``, ``sector``, ``region``, ``instrument`` and ``initiative`` (a record or its
    id) take one value, or several of which any may match; an initiative matches the
    tasks whose span holds one of its mentions. ``under``: only the descendants of that
    task, not the task itself. ``leaf``: True for sentence-level tasks (no children),
    False for the others. ``with_figures`` / ``with_targets``: whether the task's span
    holds any figure / any target (see :meth:`~miit2014.model.Report.figures_of`).
    ``contains``: text in the Chinese quote or, ignoring case, in the English.
    """
    tests: list[Callable[[Task], bool]] = []
    for field, wanted in (
        ("kind", _members(TaskKind, kind)),
        ("sectors", _members(Sector, sector)),
        ("regions", _members(Region, region)),
        ("instruments", _members(Instrument, instrument)),
    ):
        if wanted is not None:
            tests.append(_has(field, wanted))
    if initiative is not None:
        ids = _initiative_ids(report, initiative)
        tests.append(lambda t: not ids.isdisjoint(i.id for i in report.initiatives_of(t)))
    if leaf is not None:
        tests.append(lambda t: leaf != bool(report.children(t)))
    if with_figures is not None:
        tests.append(lambda t: with_figures == bool(report.figures_of(t)))
    if with_targets is not None:
        tests.append(
            lambda t: with_targets == any(f.status is Status.TARGET for f in report.figures_of(t))
        )
    if contains is not None:
        folded = contains.casefold()
        tests.append(lambda t: contains in t.quote or folded in t.text_en.casefold())
    pool = report.tasks if under is None else report.descendants(report.task(under))
    return Records(task for task in pool if all(test(task) for test in tests))


def _has(field: str, wanted: frozenset[StrEnum]) -> Callable[[Task], bool]:
    """Whether the task's ``field`` (one value or a tuple of them) holds a wanted value."""

    def test(task: Task) -> bool:
        value = getattr(task, field)
        return not wanted.isdisjoint(value if isinstance(value, tuple) else (value,))

    return test


def walk(report: Report, root: Task | str | None = None) -> Iterator[tuple[int, Task]]:
    """``(depth, task)`` for the tree (or the subtree at ``root``, depth 0) in document
    order, walked without recursion."""
    tops = report.roots() if root is None else (report.task(root),)
    for top in tops:
        yield 0, top
        pending = [iter(report.children(top))]
        while pending:
            task = next(pending[-1], None)
            if task is None:
                pending.pop()
                continue
            yield len(pending), task
            pending.append(iter(report.children(task)))


def outline(report: Report, root: Task | str | None = None) -> str:
    """An indented table of contents: one line per task, its id and English title."""
    return "\n".join(
        f"{'  ' * depth}{task.id}  {task.title_en}" for depth, task in walk(report, root)
    )


def heading(report: Report, task: Task | str) -> str | None:
    """The task's own words before its first child (a numbered item's heading), or None."""
    node = report.task(task)
    children = report.children(node)
    if not children or children[0].span.start == node.span.start:
        return None
    return node.quote[: children[0].span.start - node.span.start]


def task_at(report: Report, offset: int) -> Task | None:
    """The deepest task whose span holds the source offset (None outside the tree)."""
    best: Task | None = None
    for task in report.tasks:
        if offset in task.span and (best is None or len(task.span) < len(best.span)):
            best = task
    return best
