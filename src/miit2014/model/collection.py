"""The tuple type of the report's collections: still a tuple, but found by id and shown well
in notebooks.

>>> from miit2014 import REPORT
>>> REPORT.figures[0] is REPORT.figures["figure.industrial-value-added-growth-2013"]
True
>>> "figure.industrial-value-added-growth-2013" in REPORT.figures
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, SupportsIndex, TypeVar, overload

from .brief import describe, shorten

T = TypeVar("T")


class _Stored(tuple[T, ...]):
    """A tuple with an instance dict: the one place :class:`Records` keeps its index."""


#: The instance dict of a Records, reachable only here: Records hides its ``__dict__``.
_store = vars(_Stored)["__dict__"].__get__
#: The index's key in that dict: no attribute name, so no setattr can write it.
_INDEX = object()


class Records(_Stored[T]):
    """An immutable tuple of records: ``records[0]`` by position, ``records["id"]`` by id.

    Look-up by id is a dict look-up (the index is built on the first one); an unknown id
    is a ``KeyError`` that suggests the closest ids. Jupyter renders the tuple as one table.
    """

    # A tuple subclass cannot have slots of its own, so the id index lives in the
    # instance dict, which neither vars(), __dict__ nor any setattr can reach.

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]
        raise AttributeError(f"{type(self).__name__} keeps no attributes")

    @overload
    def __getitem__(self, key: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, key: slice) -> tuple[T, ...]: ...
    @overload
    def __getitem__(self, key: str) -> T: ...
    def __getitem__(self, key: SupportsIndex | slice | str) -> T | tuple[T, ...]:
        if isinstance(key, str):
            try:
                return self._by_id()[key]
            except KeyError:
                raise not_found(key, self._by_id(), among=self._kind()) from None
        return super().__getitem__(key)

    def __contains__(self, item: object) -> bool:
        """A record, or its id."""
        if isinstance(item, str):
            return item in self._by_id()
        return super().__contains__(item)

    def ids(self) -> tuple[str, ...]:
        """The ids, in order."""
        return tuple(self._by_id())

    def _by_id(self) -> dict[str, T]:
        store: dict[object, dict[str, T]] = _store(self)
        index = store.get(_INDEX)
        if index is None:  # built once, never changed; a racing thread builds the same
            index = store.setdefault(
                _INDEX, {str(getattr(r, "id", i)): r for i, r in enumerate(self)}
            )
        return index

    def _kind(self) -> str:
        return f"these {len(self)} {type(self[0]).__name__} records" if self else "no records"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (tuple(self),))

    def _repr_html_(self) -> str:
        from .html import records_html

        return records_html(self)

    def __repr__(self) -> str:
        return listing_repr(self)


#: A listing's repr shows every item up to this many; past it, the first and last
#: :data:`SHOWN_EACH_END` with a count of the rest between them (as pandas does).
SHOWN_IN_FULL = 20
SHOWN_EACH_END = 10
#: The widest a listing's line is: a longer item's repr is cut with an ellipsis.
LINE_WIDTH = 120


def listing_repr(items: tuple[Any, ...], noun: str = "") -> str:
    """A collection as a plain REPL shows it: its count and kind, then one item a line
    (their own reprs), the middle elided past :data:`SHOWN_IN_FULL`.

    ``noun`` names the items (``hit``); by default the class name of the items, if they
    share one, and "record" otherwise.
    """
    if not noun:
        kinds = {type(item).__name__ for item in items}
        noun = f"{kinds.pop()} record" if len(kinds) == 1 else "record"
    count = len(items)
    head = f"({count} {noun}{'' if count == 1 else 's'})"
    if count > SHOWN_IN_FULL:
        shown = [*items[:SHOWN_EACH_END], None, *items[-SHOWN_EACH_END:]]
    else:
        shown = list(items)
    hidden = count - 2 * SHOWN_EACH_END
    lines = [
        f"... {hidden} more ..." if item is None else shorten(repr(item), LINE_WIDTH)
        for item in shown
    ]
    return "\n".join([head, *lines])


class Listing(tuple[T, ...]):
    """A tuple of results that a REPL prints one a line: for result collections that are
    not records of the report (search hits, scorecard rows)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return listing_repr(self)


def not_found(
    key: object, ids: Iterable[str] | Mapping[str, object], *, among: str = ""
) -> KeyError:
    """The ``KeyError`` for an unknown id, naming the closest ids there are."""
    import difflib  # only here: it costs 1.5 ms, 2% of building the whole edition

    text = str(key)
    # an id is short; a long key cannot be close to one and would be slow to compare
    close = difflib.get_close_matches(text, list(ids), n=5, cutoff=0.6) if len(text) < 200 else []
    where = f" among {among}" if among else ""
    hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
    return KeyError(f"no record with id {describe(text)}{where}{hint}")
