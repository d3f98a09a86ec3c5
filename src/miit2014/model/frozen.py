"""A read-only mapping that also pickles and copies: for every mapping the package shares.

:class:`types.MappingProxyType` is read-only but cannot be pickled or deep-copied, so a
report holding one could not go through :mod:`multiprocessing` or joblib. A
:class:`FrozenMap` is read-only (no method changes it, and the dict it reads is
reachable only through a proxy), equal to any mapping with the same items, and pickles,
copies and deep-copies as a new FrozenMap of the same items.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class FrozenMap(Mapping[K, V]):
    """An immutable mapping, built once from a mapping or from ``(key, value)`` pairs."""

    __slots__ = ("_items",)

    _items: Mapping[K, V]

    def __new__(cls, items: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> FrozenMap[K, V]:
        # built in __new__, so that no later call (not even __init__) can refill it
        self = super().__new__(cls)
        object.__setattr__(self, "_items", MappingProxyType(dict(items)))
        return self

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __repr__(self) -> str:
        return f"FrozenMap({dict(self._items)!r})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"a FrozenMap cannot be changed (setting {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a FrozenMap cannot be changed (deleting {name!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled, copied and deep-copied as its items."""
        return (FrozenMap, (dict(self._items),))
