"""Cutting text short, the same way everywhere (reprs, tables, error messages)."""

from __future__ import annotations


def shorten(text: str, width: int) -> str:
    """``text`` if it fits in ``width`` characters, else its head and an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


def first_line(doc: str | None) -> str:
    """The first line of a docstring: the summary that schemas and tables show."""
    return (doc or "").strip().split("\n")[0]


#: The most characters a result's one-line ``repr`` takes (an evaluation, a comparison).
REPR_WIDTH = 300


def result_repr(kind: str, text: str) -> str:
    """``<Kind text>``, the text cut so that the whole fits in :data:`REPR_WIDTH`."""
    return f"<{kind} {shorten(text, REPR_WIDTH - len(kind) - 3)}>"
