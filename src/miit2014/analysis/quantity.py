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
about         ``[n·(1-t), n·(1+t)]``                 约, 左右
more_than     ``(n, ∞)``                             超过, 突破, 多
at_least      ``[n, ∞)``                             以上
nearly        ``[n·(1-t), n)``                       近
============  =====================================  ==============================

``t`` is :data:`ABOUT_TOLERANCE` (5 %) unless a caller passes another ``tolerance``.
"""

from __future__ import annotations

import numbers
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from ..errors import DataError
from ..model import checks, exact
from ..model.figure import Figure, Qualifier, Unit
from ..model.wording import QUALIFIER_EN, SCALES, format_number, with_noun

#: Relative half-width given to "about" and to the distance of "nearly": 5 %.
ABOUT_TOLERANCE = Fraction(1, 20)

#: What a number given to an operation may be: any integer (numpy's and pandas' too), a
#: Decimal, a Fraction, or exact text ("9.8", "1/3"); never a float.
Number = int | str | Decimal | Fraction | numbers.Integral


def to_fraction(number: object, *, path: str = "$") -> Fraction:
    """An exact, bounded Fraction from a :data:`Number`; a DataError saying why not."""
    try:
        return exact.to_fraction(number)
    except ValueError as exc:
        raise DataError(str(exc), path=path) from None


def shown(value: Fraction) -> exact.Value:
    """A Decimal when ``value`` is a terminating decimal, else the Fraction itself."""
    as_decimal = exact.terminating(value)
    return value if as_decimal is None else as_decimal


def check_tolerance(tolerance: Fraction) -> Fraction:
    """The tolerance as an exact fraction in [0, 1), or a DataError."""
    t = to_fraction(tolerance, path="$.tolerance")
    if not 0 <= t < 1:
        raise DataError(f"tolerance {t} is not in [0, 1)", path="$.tolerance")
    return t


@attrs.frozen
class Bounds:
    """A range of exact numbers; ``None`` is unbounded on that side."""

    low: Fraction | None
    high: Fraction | None
    low_closed: bool = True
    high_closed: bool = True

    def __contains__(self, value: object) -> bool:
        x = to_fraction(value)
        if self.low is not None and (x < self.low or (x == self.low and not self.low_closed)):
            return False
        return not (
            self.high is not None and (x > self.high or (x == self.high and not self.high_closed))
        )

    def overlaps(self, other: Bounds) -> bool:
        """Whether some number lies in both ranges."""
        return _below(self.low, self.low_closed, other.high, other.high_closed) and _below(
            other.low, other.low_closed, self.high, self.high_closed
        )

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high

    def __sub__(self, other: Bounds) -> Bounds:
        return Bounds(
            _combine(self.low, other.high, lambda a, b: a - b),
            _combine(self.high, other.low, lambda a, b: a - b),
            self.low_closed and other.high_closed,
            self.high_closed and other.low_closed,
        )

    def scaled(self, factor: Fraction) -> Bounds:
        """Multiplied by a positive exact factor."""
        if factor <= 0:
            raise DataError(f"scale factor {factor} must be positive")
        return Bounds(
            None if self.low is None else self.low * factor,
            None if self.high is None else self.high * factor,
            self.low_closed,
            self.high_closed,
        )

    def shifted(self, offset: Fraction) -> Bounds:
        """Every number in the range plus ``offset``."""
        return Bounds(
            None if self.low is None else self.low + offset,
            None if self.high is None else self.high + offset,
            self.low_closed,
            self.high_closed,
        )

    def __truediv__(self, other: Bounds) -> Bounds:
        """Quotient of two ranges of positive numbers."""
        for side in (self, other):
            if side.low is None or side.low < 0 or (side.low == 0 and side is other):
                raise DataError("division needs ranges of positive numbers")
        assert other.low is not None
        low = _combine(self.low, other.high, lambda a, b: a / b) if other.high else Fraction(0)
        high = None if self.high is None else self.high / other.low
        return Bounds(
            low,
            high,
            self.low_closed and other.high_closed if other.high else False,
            self.high_closed and other.low_closed,
        )

    def describe(self) -> str:
        def fmt(x: Fraction) -> str:
            return exact.to_text(shown(x))

        if self.is_point:
            assert self.low is not None
            return fmt(self.low)
        left = "(-inf" if self.low is None else ("[" if self.low_closed else "(") + fmt(self.low)
        right = "inf)" if self.high is None else fmt(self.high) + ("]" if self.high_closed else ")")
        return f"{left}, {right}"


def _below(
    low: Fraction | None, low_closed: bool, high: Fraction | None, high_closed: bool
) -> bool:
    """Whether a range starting at ``low`` can meet one ending at ``high``."""
    if low is None or high is None:
        return True
    return low < high or (low == high and low_closed and high_closed)


def _combine(a: Fraction | None, b: Fraction | None, op: Any) -> Fraction | None:
    return None if a is None or b is None else op(a, b)


def _unit(value: object) -> Unit:
    return checks.to_member(Unit, value, path="$.unit")


def _qualifier(value: object) -> Qualifier:
    return checks.to_member(Qualifier, value, path="$.qualifier")


@attrs.frozen
class Quantity:
    """A number with its unit and qualifier: a figure's value, or one a caller supplies."""

    value: Fraction = attrs.field(converter=to_fraction)
    unit: Unit = attrs.field(converter=_unit)
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, converter=_qualifier)
    counted: str | None = None
    label: str | None = None

    @classmethod
    def of(cls, item: Figure | Quantity | tuple[Number, Unit | str]) -> Quantity:
        """Accept a Figure, a Quantity, or a ``(number, unit)`` pair."""
        if isinstance(item, Quantity):
            return item
        if isinstance(item, Figure):
            return cls(item.value, item.unit, item.qualifier, item.counted, item.id)
        if isinstance(item, tuple) and len(item) == 2:
            return cls(item[0], item[1])
        raise DataError(
            f"expected a Figure, a Quantity or a (number, unit) pair, got {type(item).__name__}"
        )

    def bounds(self, tolerance: Fraction = ABOUT_TOLERANCE) -> Bounds:
        t = check_tolerance(tolerance)
        n = self.value
        q = self.qualifier
        if q is Qualifier.EXACT:
            return Bounds(n, n)
        if q is Qualifier.ABOUT:
            return Bounds(min(n * (1 - t), n * (1 + t)), max(n * (1 - t), n * (1 + t)))
        if q is Qualifier.MORE_THAN:
            return Bounds(n, None, low_closed=False)
        if q is Qualifier.AT_LEAST:
            return Bounds(n, None)
        return Bounds(n * (1 - t), n, high_closed=False)  # nearly


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


# -- wording ---------------------------------------------------------------------


def quantity_text(quantity: Quantity) -> str:
    """``about 9.8%``: a quantity as an English phrase."""
    value = shown(quantity.value)
    text = QUALIFIER_EN[quantity.qualifier] + format_number(value, quantity.unit)
    return with_noun(text, value, quantity.counted)


def _approx(value: Fraction, unit: Unit) -> str:
    """An endpoint rounded for reading (two decimals, in trillions etc. for yuan)."""
    word = ""
    if unit is Unit.YUAN:
        for scale, name in SCALES:
            if abs(value) >= scale:
                value, word = value / Fraction(scale), f" {name}"
                break
    return exact.to_text(exact.rounded(value, 2)) + word


def format_bounds(bounds: Bounds, unit: Unit) -> str:
    """``[2.71, 3.69]``, ``more than 1.52 trillion``: a range, rounded for reading only."""
    low, high = bounds.low, bounds.high
    if low is not None and high is not None:
        left = "[" if bounds.low_closed else "("
        right = "]" if bounds.high_closed else ")"
        return f"{left}{_approx(low, unit)}, {_approx(high, unit)}{right}"
    if low is not None:
        return ("at least " if bounds.low_closed else "more than ") + _approx(low, unit)
    if high is not None:
        return ("at most " if bounds.high_closed else "less than ") + _approx(high, unit)
    return "unbounded"
