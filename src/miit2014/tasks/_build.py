"""Builds the task tree from its leaves and headings, so nothing is typed twice.

A task's parent follows from its id (``plan-2014.task-1.point-3`` sits under
``plan-2014.task-1``), so the data never spells it. A parent's quote is its heading
followed by its children's quotes; its English is the heading's English followed by
theirs. A task's span is where its quote stands (a parent's runs from its heading to its
last child), and its facets are what :mod:`miit2014.keywords` finds in its Chinese.
Composing them, instead of retyping a paragraph, means the quote check of
:class:`~miit2014.model.Task` now proves that the children tile the parent: a gap, an
overlap or a wrong offset anywhere below fails at import.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import TypeVar

from ..errors import DataError
from ..keywords import Facets, facets_of
from ..model.base import Span
from ..model.facets import Instrument, Region, Sector
from ..model.task import Task, TaskKind

#: A task followed by all its descendants, in document order.
Subtree = tuple[Task, ...]

E = TypeVar("E", bound=StrEnum)


def _in_enum_order(
    enum: type[E], own: Iterable[E], heads: Sequence[Task], field: str
) -> tuple[E, ...]:
    """The heading's values and every child's, in the order of the enum."""
    chosen = set(own)
    for head in heads:
        chosen.update(getattr(head, field))
    return tuple(member for member in enum if member in chosen)


def parent_of(task_id: str) -> str | None:
    """The id one level up (``a.b.c`` -> ``a.b``); None at the top of the tree."""
    return task_id.rpartition(".")[0] or None


def leaf(
    *,
    id: str,
    kind: TaskKind,
    span: Span,
    quote: str,
    title_en: str,
    text_en: str,
    note_en: str | None = None,
    facets: Facets | None = None,
) -> Task:
    """A task whose parent is the one its id names and whose facets are the values whose
    keywords its Chinese contains (a branch, built through it too, passes its own)."""
    sectors, regions, instruments = facets_of(quote) if facets is None else facets
    return Task(
        id=id,
        parent=parent_of(id),
        kind=kind,
        span=span,
        quote=quote,
        title_en=title_en,
        text_en=text_en,
        sectors=sectors,
        regions=regions,
        instruments=instruments,
        note_en=note_en,
    )


def branch(
    *,
    id: str,
    kind: TaskKind,
    title_en: str,
    children: Sequence[Task | Subtree],
    heading_zh: str = "",
    heading_en: str = "",
) -> Subtree:
    """The parent task, then its subtree.

    ``heading_zh`` is the text before the first child (a numbered item's own first
    sentence, such as ``一是扩大内需促进工业平稳增长。``), ``heading_en`` its English, and
    the facets are those the heading names and the children's. The span runs from the
    heading, just before the first child, to the end of the last child. Children within
    one paragraph follow each other directly; a paragraph break between them is the
    source's line break.
    """
    if not children:
        raise DataError(f"{id!r} has no children; make it a plain Task", path="$.children")
    if bool(heading_zh) != bool(heading_en):
        raise DataError(f"{id!r}: a heading needs both Chinese and English", path="$.heading_en")
    heads = [child if isinstance(child, Task) else child[0] for child in children]
    start = heads[0].span.start - len(heading_zh)
    if start < 0:
        raise DataError(f"{id!r}: the heading is longer than the text before its first child")
    span = Span(start, heads[-1].span.end)
    quote, text_en, at = heading_zh, heading_en, span.start + len(heading_zh)
    for i, head in enumerate(heads):
        if head.parent != id:
            raise DataError(
                f"{head.id!r} names {head.parent!r} as parent, not {id!r}",
                path=f"$.children[{i}].parent",
            )
        # Within a paragraph the next child starts where the last one ended; across
        # paragraphs a single line break lies between. Anything else is a gap.
        between = "\n" if head.span.start == at + 1 else ""
        quote += between + head.quote
        text_en = (text_en + (between or " ") if text_en else "") + head.text_en
        at = head.span.end
    if quote != span.text:
        raise DataError(
            f"{id!r}: heading and children do not tile [{span.start}, {span.end}); they end at"
            f" {at} and compose {quote[:30]!r}...",
            path="$.children",
        )
    own = facets_of(heading_zh)
    task = leaf(
        id=id,
        kind=kind,
        span=span,
        quote=quote,
        title_en=title_en,
        text_en=text_en,
        facets=Facets(
            _in_enum_order(Sector, own.sectors, heads, "sectors"),
            _in_enum_order(Region, own.regions, heads, "regions"),
            _in_enum_order(Instrument, own.instruments, heads, "instruments"),
        ),
    )
    subtree: list[Task] = [task]
    for child in children:
        subtree.extend((child,) if isinstance(child, Task) else child)
    return tuple(subtree)
