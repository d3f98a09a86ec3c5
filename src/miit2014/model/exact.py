"""Exact numbers and their one text form, shared by the model and every export.

A value is a :class:`~decimal.Decimal` (what the report prints in decimals) or a
:class:`~fractions.Fraction` (what it prints as a fraction). Its text form is plain
positional notation ("9.8", "2000000000000") or "numerator/denominator" ("1/3"): never
an exponent, never a float, so every reader gets the same number back.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

Value = Decimal | Fraction

#: Longest text form accepted: far above any figure, far below a memory bomb.
MAX_TEXT_LENGTH = 40

DECIMAL_PATTERN = r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?"
FRACTION_PATTERN = r"-?(?:0|[1-9][0-9]*)/[1-9][0-9]*"
_DECIMAL = re.compile(DECIMAL_PATTERN)
_FRACTION = re.compile(FRACTION_PATTERN)


def to_text(value: Value) -> str:
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    return format(value, "f")


def from_text(text: str) -> Value:
    """Parse the text form; ``ValueError`` (with the reason) for anything else."""
    if len(text) > MAX_TEXT_LENGTH:
        raise ValueError(f"longer than {MAX_TEXT_LENGTH} characters")
    if _DECIMAL.fullmatch(text):
        return Decimal(text)
    if _FRACTION.fullmatch(text):
        return Fraction(text)
    raise ValueError(f"{text!r} is not an exact number such as '9.8' or '1/3'")


def problem(value: object) -> str | None:
    """Why ``value`` cannot be a figure's value, or None if it can."""
    if type(value) is Decimal:
        if not value.is_finite():
            return f"{value} is not a finite number"
        # the exponent bounds the text form; check it before formatting a huge number
        if abs(value.adjusted()) > MAX_TEXT_LENGTH or len(to_text(value)) > MAX_TEXT_LENGTH:
            return f"{value} has more than {MAX_TEXT_LENGTH} characters in positional form"
        return None
    if type(value) is Fraction:
        if len(to_text(value)) > MAX_TEXT_LENGTH:
            return f"{value} has more than {MAX_TEXT_LENGTH} characters"
        return None
    return (
        f"expected an exact Decimal or Fraction, got {type(value).__name__} {value!r}"
        " (binary floats cannot hold 9.8 exactly)"
    )
