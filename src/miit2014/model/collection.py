"""The tuple type of the report's collections: still a tuple, but shown well in notebooks."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


class Records(tuple[T, ...]):
    """An immutable tuple of records that Jupyter renders as one table."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        from .html import records_html

        return records_html(self)
