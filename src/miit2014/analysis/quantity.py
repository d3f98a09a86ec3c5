"""Exact quantities and the ranges their qualifiers allow.

All arithmetic here is on :class:`~fractions.Fraction`; results that are terminating
decimals are shown as :class:`~decimal.Decimal` so that 25 - 8.4 reads ``16.6``, and
anything else (one third) stays a fraction. No float is ever involved, and no result
depends on the caller's :mod:`decimal` context. Every number given to an operation is
bounded (:data:`~miit2014.model.exact.MAX_DIGITS`): a larger one is a
:class:`~miit2014.errors.DataError` that states the bound, before any arithmetic.

A qualifier is read as a range around the printed number ``n``:

============  =====================================  ==============================
qualifier     range                                  source wording
============  =====================================  ==============================
exact         ``[n, n]``                             no qualifier
about         ``[n - |n|·t, n + |n|·t]``             约, 左右
more_than     ``(n, ∞)``                             超过, 突破, 多
at_least      ``[n, ∞)``                             以上
nearly        ``[n - |n|·t, n)`` if n > 0,           近: short of n in size
              ``(n, n + |n|·t]`` if n < 0
============  =====================================  ==============================

``t`` is :data:`ABOUT_TOLERANCE` (5 %) unless a caller passes another ``tolerance``.
The half-width is taken of ``|n|`` so that a range runs from low to high whatever the
sign: "about -2" is -2.1 to -1.9, and "nearly -10" (a fall of nearly 10) is above -10 and
at most -9.5. "Nearly 0" allows only 0. A target is met from :func:`floor_of` up.
"""

from __future__ import annotations

import numbers
from decimal import Decimal
from fractions import Fraction

import attrs

from ..errors import DataError
from ..model import checks, exact
from ..model.bounds import Bounds as Bounds  # where callers of analysis found it
from ..model.figure import Figure, Qualifier, Unit

#: Relative half-width given to "about" and to the distance of "nearly": 5 %.
ABOUT_TOLERANCE = Fraction(1, 20)

#: What a number given to an operation may be: any integer (numpy's and pandas' too), a
#: float (read through its shortest repr: 3.1e7 is 31,000,000 exactly), a Decimal, a
#: Fraction, or exact text ("9.8", "1/3").
Number = int | float | str | Decimal | Fraction | numbers.Real


def read_number(number: object, argument: str) -> tuple[Fraction, str | None]:
    """An exact, bounded Fraction from a :data:`Number`, and the shortest repr it was read
    through if it was a float; a DataError naming ``argument`` (the parameter) if not."""
    try:
        return exact.read(number)
    except ValueError as exc:
        raise DataError(str(exc), path=argument) from None


def to_fraction(number: object, argument: str) -> Fraction:
    """An exact, bounded Fraction from a :data:`Number`; a DataError naming ``argument``."""
    return read_number(number, argument)[0]


def shown(value: Fraction) -> exact.Value:
    """A Decimal when ``value`` is a terminating decimal, else the Fraction itself."""
    as_decimal = exact.terminating(value)
    return value if as_decimal is None else as_decimal


def read_tolerance(tolerance: object) -> tuple[Fraction, str | None]:
    """The tolerance as an exact fraction in [0, 1) and the repr a float was read
    through, or a DataError naming the ``tolerance`` argument."""
    t, given = read_number(tolerance, "tolerance")
    if not 0 <= t < 1:
        raise DataError(f"{exact.to_text(shown(t))} is not in [0, 1)", path="tolerance")
    return t, given


def check_tolerance(tolerance: object) -> Fraction:
    """The tolerance as an exact fraction in [0, 1), or a DataError."""
    return read_tolerance(tolerance)[0]


def _unit(value: object, argument: str) -> Unit:
    return checks.to_member(Unit, value, path=argument)


def _read_as(given: object, number: Fraction) -> str | None:
    """``given`` if it is a float's text that reads as ``number``, else None: a value
    changed with :func:`attrs.evolve` does not keep the text of the float it replaced."""
    if not isinstance(given, str):
        return None
    try:
        return given if exact.read(Decimal(given))[0] == number else None
    except (ArithmeticError, ValueError):  # InvalidOperation is an ArithmeticError
        return None


@attrs.frozen(init=False)
class Quantity:
    """A number with its unit and qualifier: a figure's value, or one a caller supplies.

    ``value`` may be given as any :data:`Number`; it is held as an exact Fraction. A float
    is read through its shortest repr, which ``from_float`` keeps so that an explanation
    can say how it was read (it records how the value was given, not what it is, and takes
    no part in equality).
    """

    value: Fraction
    unit: Unit
    qualifier: Qualifier = Qualifier.EXACT
    counted: str | None = None
    label: str | None = None
    from_float: str | None = attrs.field(default=None, eq=False)

    def __init__(
        self,
        value: Number,
        unit: Unit | str,
        qualifier: Qualifier | str = Qualifier.EXACT,
        counted: str | None = None,
        label: str | None = None,
        *,
        from_float: str | None = None,
    ) -> None:
        number, given = read_number(value, "value")
        self.__attrs_init__(
            number,
            _unit(unit, "unit"),
            checks.to_member(Qualifier, qualifier, path="qualifier"),
            counted,
            label,
            given or _read_as(from_float, number),
        )

    @classmethod
    def of(
        cls, item: Figure | Quantity | tuple[Number, Unit | str], *, argument: str = "value"
    ) -> Quantity:
        """Accept a Figure, a Quantity, or a ``(number, unit)`` pair; an error names
        ``argument``, the caller's parameter (``b[0]`` for the number of a pair ``b``)."""
        if isinstance(item, Quantity):
            return item
        if isinstance(item, Figure):
            return cls(item.value, item.unit, item.qualifier, item.counted, item.id)
        if isinstance(item, tuple) and len(item) == 2:
            number, given = read_number(item[0], f"{argument}[0]")
            return cls(number, _unit(item[1], f"{argument}[1]"), from_float=given)
        raise DataError(
            f"expected a Figure, a Quantity or a (number, unit) pair, got {type(item).__name__}",
            path=argument,
        )

    def bounds(self, tolerance: Number = ABOUT_TOLERANCE) -> Bounds:
        t = check_tolerance(tolerance)
        n = self.value
        q = self.qualifier
        if q is Qualifier.EXACT:
            return Bounds(n, n)
        width = abs(n) * t
        if q is Qualifier.ABOUT:
            return Bounds(n - width, n + width)
        if q is Qualifier.MORE_THAN:
            return Bounds(n, None, low_closed=False)
        if q is Qualifier.AT_LEAST:
            return Bounds(n, None)
        if n == 0:  # nearly nothing: no number is short of 0 in size
            return Bounds(n, n)
        if n < 0:  # nearly -10: a fall short of 10 in size
            return Bounds(n, n + width, low_closed=False)
        return Bounds(n - width, n, high_closed=False)


def floor_of(target: Quantity, tolerance: Number = ABOUT_TOLERANCE) -> Fraction:
    """The least value that meets ``target`` read as a level to reach (strictly above
    it for "more than"): the printed number, or ``|n|·t`` below it for "about" and
    "nearly", so that the printed number itself always meets its target."""
    n = target.value
    if target.qualifier in (Qualifier.ABOUT, Qualifier.NEARLY):
        return n - abs(n) * check_tolerance(tolerance)
    return n


def combined_qualifier(*qualifiers: Qualifier) -> Qualifier | None:
    """The qualifier of a result computed from these inputs' point values.

    Exact inputs give an exact result; any "about" or "nearly" makes it "about". A
    one-sided input (more than, at least) gives a one-sided range, which no single
    qualifier states: None, and the caller reports the range.
    """
    kinds = set(qualifiers)
    if kinds <= {Qualifier.EXACT}:
        return Qualifier.EXACT
    if kinds & {Qualifier.MORE_THAN, Qualifier.AT_LEAST}:
        return None
    return Qualifier.ABOUT
