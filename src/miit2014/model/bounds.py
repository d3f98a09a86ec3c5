"""A range of exact numbers, as a qualifier allows it ("about 9.8%" is 9.31 to 10.29).

Judged in :mod:`miit2014.analysis.quantity`, worded in :mod:`miit2014.model.wording`.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import attrs

from ..errors import DataError
from . import exact


@attrs.frozen
class Bounds:
    """A range of exact numbers; ``None`` is unbounded on that side."""

    low: Fraction | None
    high: Fraction | None
    low_closed: bool = True
    high_closed: bool = True

    def __attrs_post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise DataError(f"a range from {self.low} down to {self.high} holds no number")

    def __contains__(self, value: object) -> bool:
        try:
            x = exact.to_fraction(value)
        except ValueError as exc:
            raise DataError(str(exc)) from None
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


def _below(
    low: Fraction | None, low_closed: bool, high: Fraction | None, high_closed: bool
) -> bool:
    """Whether a range starting at ``low`` can meet one ending at ``high``."""
    if low is None or high is None:
        return True
    return low < high or (low == high and low_closed and high_closed)


def _combine(a: Fraction | None, b: Fraction | None, op: Any) -> Fraction | None:
    return None if a is None or b is None else op(a, b)
