"""Cutting text short, the same way everywhere (reprs, tables, error messages)."""

from __future__ import annotations

from fractions import Fraction

#: Width of a value quoted in an error message.
DESCRIBED_WIDTH = 60


def shorten(text: str, width: int) -> str:
    """``text`` if it fits in ``width`` characters, else its head and an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


def first_line(doc: str | None) -> str:
    """The first line of a docstring: the summary that schemas and tables show."""
    return (doc or "").strip().split("\n")[0]


def describe(value: object) -> str:
    """A value as an error message shows it: its repr, cut short, with its length if long.

    Never fails and never costs more than the value's size: a long string is cut before
    its repr is made, and a huge integer or fraction (whose repr Python refuses past
    4,300 digits, and which is slow to print well before that) is described by its size.
    """
    width = DESCRIBED_WIDTH
    if isinstance(value, str) and len(value) > width:
        return f"{shorten(repr(value[:width]), width)} ({len(value):,} characters)"
    bits = _bits(value)
    if bits > 128:
        kind = "a fraction" if isinstance(value, Fraction) else "an integer"
        return f"{kind} of about {int(bits * 0.30103) + 1:,} digits"
    try:
        text = repr(value)
    except ValueError:  # something holding a number too large to print
        return f"a {type(value).__name__} too large to show"
    return shorten(text, width)


def _bits(value: object) -> int:
    """The binary size of an integer or a fraction's larger term; 0 for anything else."""
    if isinstance(value, Fraction):
        return max(value.numerator.bit_length(), value.denominator.bit_length())
    if isinstance(value, int) and not isinstance(value, bool):
        return value.bit_length()
    return 0


#: The most characters a result's one-line ``repr`` takes (an evaluation, a comparison).
REPR_WIDTH = 300


def result_repr(kind: str, text: str) -> str:
    """``<Kind text>``, the text cut so that the whole fits in :data:`REPR_WIDTH`."""
    return f"<{kind} {shorten(text, REPR_WIDTH - len(kind) - 3)}>"
