"""Exact numbers and their one text form, shared by the model and every export.

A value is a :class:`~decimal.Decimal` (what the report prints in decimals) or a
:class:`~fractions.Fraction` (what it prints as a fraction). Its text form is plain
positional notation ("9.8", "2000000000000") or "numerator/denominator" ("1/3"): never
an exponent, never a float, so every reader gets the same number back, as the same type.

The text form is canonical, so that equal records serialise to identical bytes. A
Decimal is written without trailing zeros after the point (``Decimal("9.80")`` and
``Decimal("9.8")`` are both "9.8", ``Decimal("1E+3")`` is "1000", minus zero is "0");
a Fraction in lowest terms (``Fraction(2, 4)`` is "1/2", ``Fraction(4)`` is "4/1").
Whether a value is a Decimal or a Fraction is part of what the report says (it prints
9.8 in digits and 三分之一 as a fraction), so a record holding ``Fraction(1, 2)`` is not
equal to one holding ``Decimal("0.5")``: records compare their values with
:func:`compared`, and each keeps its own text.

Nothing here reads or changes the caller's :mod:`decimal` context: every Decimal is
built digit by digit, so a result never depends on ``decimal.getcontext()``.
"""

from __future__ import annotations

import numbers
import re
from decimal import Decimal
from fractions import Fraction

from .brief import describe

Value = Decimal | Fraction

#: Longest text form accepted: far above any figure, far below a memory bomb.
MAX_TEXT_LENGTH = 40

#: The bound on a number given to any operation (compare, evaluate, a quantity, a
#: tolerance): its magnitude is below 10**MAX_DIGITS and, in lowest terms, its
#: denominator is at most 10**MAX_DIGITS. Far above any figure; it keeps every result
#: small enough to compute and print at once.
MAX_DIGITS = 40
_LIMIT: int = 10**MAX_DIGITS

DECIMAL_PATTERN = r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?"
FRACTION_PATTERN = r"-?(?:0|[1-9][0-9]*)/[1-9][0-9]*"
_DECIMAL = re.compile(DECIMAL_PATTERN)
_FRACTION = re.compile(FRACTION_PATTERN)


def to_text(value: Value) -> str:
    """The canonical text form: plain decimal digits for a Decimal, ``p/q`` for a Fraction."""
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def from_text(text: str) -> Value:
    """Parse the text form; ``ValueError`` (with the reason) for anything else."""
    if len(text) > MAX_TEXT_LENGTH:
        raise ValueError(f"longer than {MAX_TEXT_LENGTH} characters")
    if _DECIMAL.fullmatch(text):
        return Decimal(text)
    if _FRACTION.fullmatch(text):
        return Fraction(text)
    raise ValueError(f"{text!r} is not an exact number such as '9.8' or '1/3'")


def compared(value: object) -> tuple[str, object]:
    """What a record's exact value is compared (and hashed) by: its kind and its value,
    so that ``Decimal("9.80")`` equals ``Decimal("9.8")`` but not ``Fraction(49, 5)``.
    Equal records then have identical text forms."""
    return (type(value).__name__, value)


def terminating(value: Fraction) -> Decimal | None:
    """``value`` as an exact Decimal if its decimal expansion ends, else None.

    The Decimal has the fewest places that hold the value (``Fraction(83, 5)`` is
    ``Decimal('16.6')``, ``Fraction(8)`` is ``Decimal('8')``), whatever the context.
    """
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return None
    places = max(twos, fives)
    digits = abs(value.numerator) * 2 ** (places - twos) * 5 ** (places - fives)
    return _decimal(value.numerator < 0, digits, -places)


def rounded(value: Fraction, places: int) -> Decimal:
    """``value`` rounded half to even to ``places`` decimals, trailing zeros dropped:
    for reading only, and independent of the decimal context."""
    scaled = round(value * 10**places)  # Fraction rounding is exact, half to even
    result = terminating(Fraction(scaled, 10**places))
    assert result is not None  # a power of ten always terminates
    return result


def shifted(value: Decimal, places: int) -> Decimal:
    """``value`` times ``10**places``, exactly (``Decimal.scaleb`` rounds to the context)."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int), "only finite values are shifted"
    return Decimal((sign, digits, exponent + places))


def _decimal(negative: bool, digits: int, exponent: int) -> Decimal:
    return Decimal((int(negative), tuple(int(d) for d in str(digits)), exponent))


def problem(value: object) -> str | None:
    """Why ``value`` cannot be a figure's value, or None if it can."""
    if type(value) is Decimal:
        if not value.is_finite():
            return f"{value} is not a finite number"
        # the exponent bounds the text form; check it before formatting a huge number
        if abs(value.adjusted()) > MAX_TEXT_LENGTH or len(to_text(value)) > MAX_TEXT_LENGTH:
            return f"{_shown(value)} has more than {MAX_TEXT_LENGTH} characters in positional form"
        return None
    if type(value) is Fraction:
        if _beyond(value) or len(to_text(value)) > MAX_TEXT_LENGTH:
            return f"{_shown(value)} has more than {MAX_TEXT_LENGTH} characters"
        return None
    return (
        f"expected an exact Decimal or Fraction, got {type(value).__name__} {_shown(value)}"
        " (binary floats cannot hold 9.8 exactly)"
    )


def to_fraction(number: object) -> Fraction:
    """An exact, bounded Fraction from any number :func:`read` takes."""
    return read(number)[0]


def read(number: object) -> tuple[Fraction, str | None]:
    """The exact, bounded Fraction ``number`` stands for, and the text it was read
    through when it came as a binary float (None when it came exact).

    An integer (any :class:`numbers.Integral`, numpy's and pandas' too), a Decimal, a
    Fraction or exact text ("9.8", "1/3") is taken as it is. A float is read through its
    shortest repr, the digits it prints as: ``3.1e7`` is 31,000,000 and ``0.1`` is 1/10
    exactly, not the binary fraction nearest to them. A numpy float of another precision
    (float32, float16) is read through the shortest text of its own precision, so
    ``numpy.float32(0.1)`` is 1/10 too.

    ``ValueError`` with the reason for NaN, an infinity, a missing value (``pandas.NA``),
    a bool, anything that is no number, and a number beyond :data:`MAX_DIGITS`: that
    bound is checked before any arithmetic, so ``Decimal("1e999999999")`` is refused at
    once.
    """
    if isinstance(number, bool):
        raise ValueError(
            f"{number} is a bool, not a number: pass an int, float, Decimal, Fraction or a"
            " string such as '9.8'"
        )
    if isinstance(number, float) or (
        isinstance(number, numbers.Real) and not isinstance(number, numbers.Rational)
    ):
        given = _float_text(number)
        result = _decimal_fraction(Decimal(given), number)
        if _beyond(result):
            raise ValueError(_bound_message(number))
        return result, given
    if isinstance(number, str):
        return Fraction(from_text(number.strip())), None
    if isinstance(number, Decimal):
        result = _decimal_fraction(number, number)
    elif isinstance(number, numbers.Integral):  # int, numpy and pandas integers
        result = Fraction(int(number))
    elif isinstance(number, numbers.Rational):  # Fraction and its kin
        result = Fraction(int(number.numerator), int(number.denominator))
    elif type(number).__name__ == "NAType":  # pandas.NA, which refuses to be a bool
        raise ValueError(
            "<NA> is a missing value (pandas.NA), not a number: drop or fill the missing"
            " values before passing them"
        )
    else:
        raise ValueError(
            "expected a number (int, float, Decimal, Fraction or text),"
            f" got {type(number).__name__}"
        )
    if _beyond(result):
        raise ValueError(_bound_message(number))
    return result, None


def _float_text(number: float | numbers.Real) -> str:
    """The shortest text that reads back as this binary float in its own precision,
    its length bounded by that precision; ``ValueError`` for NaN and infinities."""
    if isinstance(number, float):  # Python's float and numpy's float64
        text = float.__repr__(number)
    elif type(number).__module__.partition(".")[0] == "numpy":
        import numpy  # already imported: the number is one of its scalars

        text = numpy.format_float_positional(number, unique=True, trim="-")  # type: ignore[arg-type]
    else:
        raise ValueError(
            f"{type(number).__name__} is a real number with no shortest decimal text: pass"
            " an int, float, Decimal, Fraction or a string such as '9.8'"
        )
    if text.lstrip("+-") in ("nan", "inf"):
        raise ValueError(
            f"{text} is not a finite number: NaN and infinities hold no value (a missing"
            " value in a float column reads as NaN)"
        )
    return text


def _decimal_fraction(number: Decimal, given: object) -> Fraction:
    """A Decimal as a Fraction, refusing (before computing any power of ten) one whose
    magnitude or finest digit lies beyond the bound; ``given`` is what the caller passed."""
    if not number.is_finite():
        raise ValueError(f"{number} is not a finite number")
    if number.is_zero():
        return Fraction(0)
    _, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)
    zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    exponent += zeros
    # |x| < 10**MAX_DIGITS. With k places after its last non-zero digit, the value's
    # denominator is 10**k over a power of 2 or of 5 alone, so at least 2**k: past
    # 2**134 > 10**MAX_DIGITS it is refused unseen, below that it is computed and checked
    if number.adjusted() >= MAX_DIGITS or -exponent > 134:
        raise ValueError(_bound_message(given))
    return Fraction(number)


def _beyond(value: Fraction) -> bool:
    return value.denominator > _LIMIT or abs(value.numerator) >= _LIMIT * value.denominator


def _bound_message(number: object) -> str:
    return (
        f"{_shown(number)} is beyond what this package computes with: a number's magnitude"
        f" must be below 10**{MAX_DIGITS} and its denominator, in lowest terms, at most"
        f" 10**{MAX_DIGITS}"
    )


def _shown(value: object) -> str:
    """A number as a message shows it: a short Decimal as printed, else described."""
    if isinstance(value, Decimal) and len(value.as_tuple().digits) <= MAX_TEXT_LENGTH:
        return str(value)
    return describe(value)
