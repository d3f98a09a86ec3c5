"""The whole report as one frozen object, with the checks and look-ups that span records.

A report is built either whole (``Report(meeting=..., figures=..., ...)``, as
:func:`miit2014.from_json` does) or from one loader per section
(:meth:`Report.assembled`, as the edition's :data:`~miit2014.REPORT` is): then each
section is built the first time it is read, so that reading the figures never pays for
the classes and records of the meeting, the tasks or the entities. Either way every
record has checked its own quote when it was built, and the checks that span records run
before anything needs them all (look-up by id, iteration, equality, serialization).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ..errors import DataError
from ..source import DOCUMENT_ID, SOURCE_SHA256
from . import checks
from .base import Record, Span
from .collection import Records, not_found
from .fields import fields_of, walk
from .frozen import FrozenMap

if TYPE_CHECKING:
    from .entities import Initiative, Meeting, Organization, Person, Post
    from .figure import Figure
    from .task import Task

T = TypeVar("T")

#: The sections of a report, in the order they are serialized.
SECTIONS = ("meeting", "figures", "tasks", "people", "posts", "organizations", "initiatives")
_COLLECTIONS = SECTIONS[1:]

#: The deepest task tree a report may have: the edition's is 3 levels deep (section,
#: item, sentence). A deeper chain is refused where it is loaded, so that no walk of the
#: tree can exhaust the stack or run long.
MAX_TASK_DEPTH = 8


def _model_class(name: str) -> type:
    """A class of this package by name, loaded only when a check first needs it."""
    cls: type = getattr(sys.modules[__package__], name)
    return cls


def _of_class(name: str, *, many: bool) -> checks.Validator:
    built: list[checks.Validator] = []

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not built:
            item = checks.of_type(_model_class(name))
            built.append(checks.tuple_of(item, kind=Records) if many else item)
        built[0](inst, attribute, value)

    return check


def _as_records(value: object) -> object:
    """Tuples become :class:`Records`; anything else is left for the validator to refuse."""
    return Records(value) if type(value) is tuple else value


def _equal_to(expected: str) -> checks.Validator:
    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value != expected:
            raise checks.fail(
                attribute, f"{checks.describe(value)} is not this edition's {expected!r}"
            )

    return check


_LOADING = threading.RLock()

_Memo = Callable[[str, Callable[["Report"], Any], "Report"], Any]


def _memo_store() -> _Memo:
    """The store of what a report derives, reached only through :meth:`Report.memo`.

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


@attrs.frozen(kw_only=True, repr=False)
class Report:
    """The report: its meeting, figures, tasks and entities, each tuple in document order.

    Construction checks what no single record can: ids unique across the report, every
    link resolving to a record of the right kind, document order, and a task tree whose
    parents come first and contain their children.
    """

    document_id: str = attrs.field(
        default=DOCUMENT_ID,
        validator=_equal_to(DOCUMENT_ID),
        metadata={checks.DOC: "The edited document: miit-work-conference-2013-12-27."},
    )
    source_sha256: str = attrs.field(
        default=SOURCE_SHA256,
        validator=_equal_to(SOURCE_SHA256),
        metadata={checks.DOC: "SHA-256 of the UTF-8 source text that spans index into."},
    )
    meeting: Meeting = attrs.field(
        validator=_of_class("Meeting", many=False),
        metadata={checks.DOC: "The conference itself."},
    )
    figures: tuple[Figure, ...] = attrs.field(
        converter=_as_records,
        validator=_of_class("Figure", many=True),
        metadata={checks.DOC: "Every figure, in document order."},
    )
    tasks: tuple[Task, ...] = attrs.field(
        converter=_as_records,
        validator=_of_class("Task", many=True),
        metadata={checks.DOC: "The task tree, parents before children, in document order."},
    )
    people: tuple[Person, ...] = attrs.field(
        converter=_as_records,
        validator=_of_class("Person", many=True),
        metadata={checks.DOC: "Leaders named, in document order."},
    )
    posts: tuple[Post, ...] = attrs.field(
        converter=_as_records,
        validator=_of_class("Post", many=True),
        metadata={checks.DOC: "Posts held by those people, in document order."},
    )
    organizations: tuple[Organization, ...] = attrs.field(
        converter=_as_records,
        validator=_of_class("Organization", many=True),
        metadata={checks.DOC: "Bodies named, in document order."},
    )
    initiatives: tuple[Initiative, ...] = attrs.field(
        converter=_as_records,
        validator=_of_class("Initiative", many=True),
        metadata={checks.DOC: "Programmes, documents, campaigns and meetings referred to."},
    )
    # Derived look-up tables: built once, never compared, hashed or serialized, and
    # read-only: the index is a FrozenMap, the memo store a closure (see _memo_store).
    _index: Mapping[str, Record] = attrs.field(init=False, eq=False, repr=False, hash=False)
    _derived: _Memo = attrs.field(init=False, eq=False, repr=False, hash=False, factory=_memo_store)
    # Loaders of the sections not built yet (only for a report made by ``assembled``);
    # replaced, never changed, as each section is built.
    _loaders: Mapping[str, Callable[[], object]] = attrs.field(
        init=False, eq=False, repr=False, hash=False, factory=FrozenMap
    )

    def __attrs_post_init__(self) -> None:
        self._check()

    @classmethod
    def assembled(cls, loaders: Mapping[str, Callable[[], object]]) -> Report:
        """A report whose sections are built by ``loaders`` (one per name in
        :data:`SECTIONS`), each the first time it is read."""
        if set(loaders) != set(SECTIONS):
            raise DataError(f"a loader is needed for each of {', '.join(SECTIONS)}")
        report = object.__new__(cls)
        for name, value in (
            ("document_id", DOCUMENT_ID),
            ("source_sha256", SOURCE_SHA256),
            ("_derived", _memo_store()),
            ("_loaders", FrozenMap(loaders)),
        ):
            object.__setattr__(report, name, value)
        return report

    if not TYPE_CHECKING:  # type checkers see the fields themselves

        def __getattr__(self, name: str) -> Any:
            """Build a section (or, for the index, all of them) on first read."""
            if name not in SECTIONS and name != "_index":
                raise AttributeError(name)
            with _LOADING:
                try:
                    return object.__getattribute__(self, name)
                except AttributeError:
                    pass
                if name == "_index":
                    for section in SECTIONS:
                        getattr(self, section)
                    self._check()
                else:
                    self._load(name, self._loaders[name])
                return object.__getattribute__(self, name)

    def _load(self, name: str, loader: Callable[[], object]) -> None:
        attribute: attrs.Attribute[Any] = getattr(attrs.fields(Report), name)
        value = loader() if name == "meeting" else _as_records(loader())
        assert attribute.validator is not None
        attribute.validator(self, attribute, value)
        object.__setattr__(self, name, value)
        rest = FrozenMap((key, load) for key, load in self._loaders.items() if key != name)
        object.__setattr__(self, "_loaders", rest)

    def _check(self) -> None:
        """The checks no single record can make; on success the index by id is kept."""
        problems: list[tuple[str, str]] = []
        index: dict[str, Record] = {}
        first_path: dict[str, str] = {}
        found = list(walk(self))
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
        object.__setattr__(self, "_index", FrozenMap(index))
        object.__setattr__(self, "_loaders", FrozenMap())

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled and copied as its sections: the copy is built, and checked, anew."""
        return (_rebuild, (tuple(getattr(self, name) for name in SECTIONS),))

    def __repr__(self) -> str:
        loaded = [name for name in _COLLECTIONS if name not in self._loaders]
        counts = ", ".join(f"{len(getattr(self, name))} {name}" for name in loaded)
        return f"<Report {self.document_id}: {counts or 'sections load on first use'}>"

    # -- look-ups -------------------------------------------------------------------

    @property
    def index(self) -> Mapping[str, Record]:
        """Every record by id, nested ones included; read-only."""
        return self._index

    def get(self, record_id: str) -> Record:
        """Any record by id. A ``KeyError`` suggests the closest ids."""
        try:
            return self.index[record_id]
        except (KeyError, TypeError):
            raise not_found(record_id, self.index) from None

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
        from .task import Task

        if isinstance(task, Task):
            return task
        if isinstance(task, Record):
            raise KeyError(f"{task.id!r} is a {type(task).__name__}, not a Task")
        if not isinstance(task, str):
            raise TypeError(
                f"expected a Task or a task id, got {type(task).__name__} {checks.describe(task)}"
            )
        record = self.get(task)
        if not isinstance(record, Task):
            raise KeyError(f"{task!r} is a {type(record).__name__}, not a Task")
        return record

    def children(self, task: Task | str) -> tuple[Task, ...]:
        """The task's direct children in document order; ``KeyError`` for an unknown id."""
        return self._children().get(self.task(task).id, ())

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
        children = self._children()
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
        return self._children().get(None, ())

    def task_at(self, span: Span) -> Task | None:
        """The deepest task whose span holds ``span`` (None outside the task tree)."""
        return _deepest(self.tasks, span)

    def task_of(self, figure: Figure | str) -> Task | None:
        """The deepest task whose span holds the figure's span (None outside the tree)."""
        fig = self._figure(figure)
        return self._owners().get(fig.id)

    def figures_of(self, task: Task | str, *, deep: bool = True) -> tuple[Figure, ...]:
        """Figures stated in the task (and, if ``deep``, in its subtree)."""
        node = self.task(task)
        owners = self._owners()
        wanted = {node.id}
        if deep:
            wanted.update(t.id for t in self.descendants(node))
        return tuple(
            f
            for f in self.figures
            if owners.get(f.id, None) is not None and owners[f.id].id in wanted
        )

    def initiatives_of(self, record: Record | str) -> tuple[Initiative, ...]:
        """Initiatives mentioned inside the record's span."""
        rec = self.get(record) if isinstance(record, str) else record
        return tuple(i for i in self.initiatives if any(m in rec.span for m in i.mentions))

    def mentions_of(self, initiative: Initiative | str) -> tuple[Task, ...]:
        """The deepest tasks that mention the initiative."""
        from .entities import Initiative

        init = self.get(initiative) if isinstance(initiative, str) else initiative
        if not isinstance(init, Initiative):
            raise KeyError(f"{init.id!r} is a {type(init).__name__}, not an Initiative")
        out: list[Task] = []
        for span in init.mentions:
            owner = _deepest(self.tasks, span)
            if owner is not None and owner not in out:
                out.append(owner)
        return tuple(out)

    def posts_of(self, person: Person | str) -> tuple[Post, ...]:
        """The posts a person holds, in document order."""
        from .entities import Person

        who = self.get(person) if isinstance(person, str) else person
        if not isinstance(who, Person):
            raise KeyError(f"{who.id!r} is a {type(who).__name__}, not a Person")
        return tuple(p for p in self.posts if p.person_id == who.id)

    def targets(self) -> tuple[Figure, ...]:
        from .figure import Status

        return tuple(f for f in self.figures if f.status is Status.TARGET)

    # -- cached derived structure -----------------------------------------------------

    def _figure(self, figure: Figure | str) -> Figure:
        from .figure import Figure

        rec = self.get(figure) if isinstance(figure, str) else figure
        if not isinstance(rec, Figure):
            raise KeyError(f"{rec.id!r} is a {type(rec).__name__}, not a Figure")
        return rec

    def memo(self, key: str, build: Callable[[Report], T]) -> T:
        """``build(self)``, worked out once and kept with the report.

        A report never changes, so neither does anything derived from it: the task tree's
        look-ups here, and above this layer the search index and the export tables. Keys
        are namespaced by their user (``"search.index"``); an entry is found by its key
        and its ``build`` together, and the store cannot be reached but through here, so
        no caller can clear or replace what another relies on. ``build`` should return
        something read-only (tuples, :class:`~miit2014.model.frozen.FrozenMap`).
        """
        value: T = self._derived(key, build, self)
        return value

    def _children(self) -> Mapping[str | None, tuple[Task, ...]]:
        return self.memo("report.children", _children_map)

    def _owners(self) -> Mapping[str, Task]:
        return self.memo("report.owners", _owner_map)


def _rebuild(sections: tuple[object, ...]) -> Report:
    return Report(**dict(zip(SECTIONS, sections, strict=True)))  # type: ignore[arg-type]


def _children_map(report: Report) -> Mapping[str | None, tuple[Task, ...]]:
    grouped: dict[str | None, list[Task]] = {}
    for task in report.tasks:
        grouped.setdefault(task.parent, []).append(task)
    return FrozenMap({k: tuple(v) for k, v in grouped.items()})


def _owner_map(report: Report) -> Mapping[str, Task]:
    owners: dict[str, Task] = {}
    for fig in report.figures:
        owner = _deepest(report.tasks, fig.span)
        if owner is not None:
            owners[fig.id] = owner
    return FrozenMap(owners)


def _deepest(tasks: tuple[Task, ...], span: Span) -> Task | None:
    best: Task | None = None
    for task in tasks:
        if span in task.span and (best is None or len(task.span) <= len(best.span)):
            best = task
    return best


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
    for i, task in enumerate(tasks):
        depth[task.id] = 1
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
