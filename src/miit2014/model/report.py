"""The whole report as one frozen object, with the checks and look-ups that span records.

Every record has checked its own quote when it was built; construction of the report
runs the checks that span records (ids, links, document order, the task tree), checks
again that no record's quote was changed behind its back since, and builds the look-ups that
every caller shares (the index by id, the task tree, the task by span), once.
"""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any, TypeVar

import attrs

from ..errors import DataError
from ..source import DOCUMENT_ID, SOURCE_SHA256, SOURCE_TEXT
from . import checks
from .base import Record, Span
from .collection import Records, not_found
from .entities import Initiative, Meeting, Organization, Person, Post
from .fields import fields_of, walk
from .figure import Figure, Status
from .frozen import FrozenMap
from .task import Task

T = TypeVar("T")

#: The sections of a report, in the order they are serialized.
SECTIONS = ("meeting", "figures", "tasks", "people", "posts", "organizations", "initiatives")
_COLLECTIONS = SECTIONS[1:]

#: The deepest task tree a report may have: the edition's is 3 levels deep (section,
#: item, sentence). A deeper chain is refused where it is loaded, so that no walk of the
#: tree can exhaust the stack or run long.
MAX_TASK_DEPTH = 8


def _section(cls: type, doc: str) -> Any:
    """A collection field: a tuple of ``cls`` records, kept as :class:`Records`."""
    return checks.described(
        checks.tuple_of(checks.of_type(cls), kind=Records),
        doc,
        converter=lambda value: Records(value) if type(value) is tuple else value,
    )


def _equal_to(expected: str) -> checks.Validator:
    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value != expected:
            raise checks.fail(
                attribute, f"{checks.describe(value)} is not this edition's {expected!r}"
            )

    return check


_Memo = Callable[[str, Callable[["Report"], Any], "Report"], Any]


def _memo_store() -> _Memo:
    """The store of what layers above derive from a report, reached only through
    :meth:`Report.memo`.

    Its values live in this closure, not in an attribute: no caller can clear, replace
    or poison an entry that another user of the report relies on. An entry is keyed by
    its name *and* the function that builds it, so a foreign ``memo(name, build)`` call
    cannot plant a value under a name the package uses.
    """
    values: dict[tuple[str, Callable[[Report], Any]], Any] = {}

    def get(key: str, build: Callable[[Report], Any], report: Report) -> Any:
        try:
            return values[key, build]
        except KeyError:
            return values.setdefault((key, build), build(report))

    return get


def _derived() -> Any:
    return attrs.field(init=False, eq=False, repr=False, hash=False)


@attrs.frozen(kw_only=True, repr=False)
class Report:
    """The report: its meeting, figures, tasks and entities, each tuple in document order.

    Construction checks what no single record can: ids unique across the report, every
    link resolving to a record of the right kind, document order, and a task tree whose
    parents come first and contain their children, and whose siblings do not overlap.
    """

    document_id: str = checks.described(
        _equal_to(DOCUMENT_ID),
        "The edited document: miit-work-conference-2013-12-27.",
        default=DOCUMENT_ID,
    )
    source_sha256: str = checks.described(
        _equal_to(SOURCE_SHA256),
        "SHA-256 of the UTF-8 source text that spans index into.",
        default=SOURCE_SHA256,
    )
    meeting: Meeting = checks.described(checks.of_type(Meeting), "The conference itself.")
    figures: tuple[Figure, ...] = _section(Figure, "Every figure, in document order.")
    tasks: tuple[Task, ...] = _section(
        Task, "The task tree, parents before children, in document order."
    )
    people: tuple[Person, ...] = _section(Person, "Leaders named, in document order.")
    posts: tuple[Post, ...] = _section(Post, "Posts held by those people, in document order.")
    organizations: tuple[Organization, ...] = _section(
        Organization, "Bodies named, in document order."
    )
    initiatives: tuple[Initiative, ...] = _section(
        Initiative, "Programmes, documents, campaigns and meetings referred to."
    )
    # Derived look-ups, built once by __attrs_post_init__: never compared, hashed or
    # serialized, and read-only (FrozenMaps and tuples; the memo store is a closure).
    _index: Mapping[str, Record] = _derived()
    _children: Mapping[str | None, tuple[Task, ...]] = _derived()
    _task_starts: tuple[int, ...] = _derived()  # the tasks' starts, for bisect
    _figure_starts: tuple[int, ...] = _derived()  # the figures' starts, likewise
    _owners: Mapping[str, Task] = _derived()  # figure id -> deepest task holding it
    _mention_starts: tuple[int, ...] = _derived()  # every mention of an initiative, sorted
    _mention_items: tuple[tuple[int, int], ...] = _derived()  # (its end, initiative's place)
    _derived: _Memo = attrs.field(init=False, eq=False, repr=False, hash=False, factory=_memo_store)

    def __attrs_post_init__(self) -> None:
        index = self._check()
        set_ = object.__setattr__
        set_(self, "_index", FrozenMap(index))
        grouped: dict[str | None, list[Task]] = {}
        for task in self.tasks:
            grouped.setdefault(task.parent, []).append(task)
        set_(self, "_children", FrozenMap({k: tuple(v) for k, v in grouped.items()}))
        set_(self, "_task_starts", tuple(task.span.start for task in self.tasks))
        set_(self, "_figure_starts", tuple(f.span.start for f in self.figures))
        owners = ((f.id, self.task_at(f.span)) for f in self.figures)
        set_(self, "_owners", FrozenMap((k, v) for k, v in owners if v is not None))
        mentions = sorted(
            (span.start, span.end, place)
            for place, initiative in enumerate(self.initiatives)
            for span in initiative.mentions
        )
        set_(self, "_mention_starts", tuple(start for start, _, _ in mentions))
        set_(self, "_mention_items", tuple((end, place) for _, end, place in mentions))

    def _check(self) -> dict[str, Record]:
        """The checks no single record can make; the index by id on success."""
        problems: list[tuple[str, str]] = []
        index: dict[str, Record] = {}
        first_path: dict[str, str] = {}
        found = list(walk(self))
        fresh = _FRESH.get()
        changed = [
            p
            for path, record in found
            for p in (_changed_since_built(path, record) if fresh else _revalidated(path, record))
        ]
        if changed:  # nothing else can be trusted about such a record
            raise DataError(changed[0][1], path=changed[0][0], problems=changed)
        for path, record in found:
            if record.id in index:
                problems.append(
                    (
                        f"{path}.id",
                        f"{checks.describe(record.id)} is already used at {first_path[record.id]}",
                    )
                )
            else:
                index[record.id] = record
                first_path[record.id] = path
        for path, record in found:
            problems.extend(_broken_links(path, record, index))
        for name in _COLLECTIONS:
            records: tuple[Record, ...] = getattr(self, name)
            for i in range(1, len(records)):
                if records[i].span.start < records[i - 1].span.start:
                    problems.append((f"$.{name}[{i}]", "is out of document order"))
        problems.extend(_tree_problems(self.tasks))
        if problems:
            path, message = problems[0]
            raise DataError(message, path=path, problems=problems)
        return index

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled and copied as its sections: the copy is built, and checked, anew."""
        return (_rebuild, (tuple(getattr(self, name) for name in SECTIONS),))

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(getattr(self, name))} {name}" for name in _COLLECTIONS)
        return f"<Report {self.document_id}: {counts}>"

    # -- look-ups -------------------------------------------------------------------

    @property
    def index(self) -> Mapping[str, Record]:
        """Every record by id, nested ones included; read-only."""
        return self._index

    def get(self, record_id: str) -> Record:
        """Any record by id. A ``KeyError`` suggests the closest ids."""
        try:
            return self._index[record_id]
        except (KeyError, TypeError):
            raise not_found(record_id, self._index) from None

    def _repr_html_(self) -> str:
        from .html import report_html

        return report_html(self)

    def records(self) -> Iterator[Record]:
        """Every record, nested ones included, in a stable order."""
        return (record for _, record in walk(self))

    def task(self, task: Task | str) -> Task:
        """The task with that id (a task passes as itself).

        ``KeyError`` for an id that names no task (suggesting close ids) and for a record
        that is no task; ``TypeError`` for anything that is neither a task nor an id.
        """
        if isinstance(task, Task):
            return task
        if isinstance(task, Record):
            raise KeyError(f"{task.id!r} is a {type(task).__name__}, not a Task")
        if not isinstance(task, str):
            raise TypeError(
                f"expected a Task or a task id, got {type(task).__name__} {checks.describe(task)}"
            )
        return _of_kind(self.get(task), Task)

    def children(self, task: Task | str) -> tuple[Task, ...]:
        """The task's direct children in document order; ``KeyError`` for an unknown id."""
        return self._children.get(self.task(task).id, ())

    def ancestors(self, task: Task | str) -> tuple[Task, ...]:
        """From the parent up to the top of the tree."""
        node = self.task(task)
        chain: list[Task] = []
        while node.parent is not None:
            node = self.task(node.parent)
            chain.append(node)
        return tuple(chain)

    def descendants(self, task: Task | str) -> tuple[Task, ...]:
        """The subtree below ``task`` in document order (walked without recursion)."""
        children = self._children
        out: list[Task] = []
        pending = [iter(children.get(self.task(task).id, ()))]
        while pending:
            child = next(pending[-1], None)
            if child is None:
                pending.pop()
                continue
            out.append(child)
            pending.append(iter(children.get(child.id, ())))
        return tuple(out)

    def roots(self) -> tuple[Task, ...]:
        return self._children.get(None, ())

    def task_at(self, span: Span) -> Task | None:
        """The deepest task whose span holds ``span`` (None outside the task tree).

        The tasks are in document order, parents first, and siblings do not overlap, so
        the last task starting at or before ``span`` is the deepest holder or lies below
        it: climbing from there (at most :data:`MAX_TASK_DEPTH` steps) finds it.
        """
        i = bisect.bisect_right(self._task_starts, span.start) - 1
        node = self.tasks[i] if i >= 0 else None
        while node is not None and span not in node.span:
            node = None if node.parent is None else self.task(node.parent)
        return node

    def task_of(self, figure: Figure | str) -> Task | None:
        """The deepest task whose span holds the figure's span (None outside the tree)."""
        return self._owners.get(self._figure(figure).id)

    def figures_of(self, task: Task | str, *, deep: bool = True) -> tuple[Figure, ...]:
        """Figures stated in the task (and, if ``deep``, in its subtree)."""
        node = self.task(task)
        if not deep:
            return tuple(
                f for f in self._figures_within(node.span) if self._owners[f.id].id == node.id
            )
        return self._figures_within(node.span)

    def _figures_within(self, span: Span) -> tuple[Figure, ...]:
        """The figures whose span lies inside ``span``, in document order."""
        lo = bisect.bisect_left(self._figure_starts, span.start)
        hi = bisect.bisect_left(self._figure_starts, span.end, lo)
        return tuple(f for f in self.figures[lo:hi] if f.span.end <= span.end)

    def initiatives_of(self, record: Record | str) -> tuple[Initiative, ...]:
        """Initiatives mentioned inside the record's span."""
        span = (self.get(record) if isinstance(record, str) else record).span
        starts, items = self._mention_starts, self._mention_items
        places: set[int] = set()
        k = bisect.bisect_left(starts, span.start)
        while k < len(starts) and starts[k] < span.end:
            end, place = items[k]
            if end <= span.end:
                places.add(place)
            k += 1
        return tuple(self.initiatives[place] for place in sorted(places))

    def mentions_of(self, initiative: Initiative | str) -> tuple[Task, ...]:
        """The deepest tasks that mention the initiative."""
        init = self.get(initiative) if isinstance(initiative, str) else initiative
        owners = (self.task_at(span) for span in _of_kind(init, Initiative).mentions)
        return tuple(dict.fromkeys(task for task in owners if task is not None))

    def posts_of(self, person: Person | str) -> tuple[Post, ...]:
        """The posts a person holds, in document order."""
        who = _of_kind(self.get(person) if isinstance(person, str) else person, Person)
        return tuple(p for p in self.posts if p.person_id == who.id)

    def targets(self) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.status is Status.TARGET)

    def _figure(self, figure: Figure | str) -> Figure:
        return _of_kind(self.get(figure) if isinstance(figure, str) else figure, Figure)

    def memo(self, key: str, build: Callable[[Report], T]) -> T:
        """``build(self)``, worked out once and kept with the report.

        A report never changes, so neither does anything derived from it: the search
        index and the export tables. Keys are namespaced by their user
        (``"search.index"``); an entry is found by its key and its ``build`` together,
        and the store cannot be reached but through here, so no caller can clear or
        replace what another relies on. ``build`` should return something read-only
        (tuples, :class:`~miit2014.model.frozen.FrozenMap`).
        """
        value: T = self._derived(key, build, self)
        return value


R = TypeVar("R", bound=Record)


def _of_kind(record: Record, cls: type[R]) -> R:
    if not isinstance(record, cls):
        article = "an" if cls.__name__[0] in "AEIOU" else "a"
        raise KeyError(f"{record.id!r} is a {type(record).__name__}, not {article} {cls.__name__}")
    return record


def _rebuild(sections: tuple[object, ...]) -> Report:
    return Report(**dict(zip(SECTIONS, sections, strict=True)))  # type: ignore[arg-type]


#: True while a report is built from records made a moment ago by their own constructors
#: (the JSON loader, the shipped edition): their validators have just run, so only the
#: cheap provenance check is repeated. Any other report re-runs every record's validators.
_FRESH: ContextVar[bool] = ContextVar("miit2014_fresh_records", default=False)


@contextlib.contextmanager
def fresh_records() -> Iterator[None]:
    """Build reports in this block from records just built (and so just validated)."""
    token = _FRESH.set(True)
    try:
        yield
    finally:
        _FRESH.reset(token)


def _revalidated(path: str, record: Record) -> Iterator[tuple[str, str]]:
    """A record handed to ``Report(...)`` may have been changed with ``object.__setattr__``
    since it was built: its quote against its span, then every field's validator again."""
    changed = list(_changed_since_built(path, record))
    if changed:
        yield from changed
        return
    try:
        attrs.validate(record)
    except DataError as error:
        yield path + error.path.removeprefix("$"), error.message


def _changed_since_built(path: str, record: Record) -> Iterator[tuple[str, str]]:
    """A record whose quote or span was changed with ``object.__setattr__`` after it was
    built no longer proves its provenance; checking that costs one slice per record."""
    span, quote = record.span, record.quote
    if not isinstance(span, Span):
        yield f"{path}.span", f"expected Span, got {type(span).__name__}"
    elif quote != SOURCE_TEXT[span.start : span.end]:
        yield (
            f"{path}.quote",
            f"{checks.describe(quote)} is not the source text at [{span.start}, {span.end})",
        )


def _broken_links(
    path: str, record: Record, index: Mapping[str, Record]
) -> Iterator[tuple[str, str]]:
    for name, target in _link_fields(type(record)):
        value = getattr(record, name)
        ids = value if type(value) is tuple else (value,)
        for i, ref in enumerate(ids):
            if ref is None:
                continue
            where = f"{path}.{name}" + (f"[{i}]" if type(value) is tuple else "")
            found = index.get(ref)
            if found is None:
                yield where, f"{checks.describe(ref)} names no record"
            elif type(found).__name__ != target:
                yield (
                    where,
                    f"{checks.describe(ref)} is a {type(found).__name__}, expected a {target}",
                )


def _link_fields(cls: type) -> tuple[tuple[str, str], ...]:
    """(field name, target class name) of every link field of ``cls``."""
    return tuple((f.name, f.link) for f in fields_of(cls) if f.link is not None)


def _tree_problems(tasks: tuple[Task, ...]) -> Iterator[tuple[str, str]]:
    seen: dict[str, Task] = {}
    depth: dict[str, int] = {}
    last_child: dict[str | None, Task] = {}  # parent id -> its child listed last so far
    for i, task in enumerate(tasks):
        depth[task.id] = 1
        sibling = last_child.get(task.parent)
        if sibling is not None and task.span.start < sibling.span.end:
            yield (
                f"$.tasks[{i}].span",
                f"overlaps its sibling {checks.describe(sibling.id)}: sibling tasks"
                " may not share text",
            )
        last_child[task.parent] = task
        if task.parent is not None:
            parent = seen.get(task.parent)
            if parent is not None:
                depth[task.id] = depth[parent.id] + 1
                if depth[task.id] == MAX_TASK_DEPTH + 1:
                    yield (
                        f"$.tasks[{i}].parent",
                        f"the task tree may be at most {MAX_TASK_DEPTH} levels deep;"
                        f" this task is at level {MAX_TASK_DEPTH + 1}",
                    )
            if parent is None:
                yield (
                    f"$.tasks[{i}].parent",
                    f"{checks.describe(task.parent)} is not a task listed before this one",
                )
            elif task.span not in parent.span:
                yield f"$.tasks[{i}].span", f"lies outside its parent {checks.describe(parent.id)}"
        seen[task.id] = task
