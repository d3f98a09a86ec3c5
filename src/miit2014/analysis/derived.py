"""What the figures imply, computed exactly, with the range their wording allows.

Each helper returns a :class:`Derived`: the value computed from the printed numbers, the
range that the inputs' qualifiers allow (see :mod:`miit2014.analysis.quantity`), and the formula.
A "more than" input leaves the range open on one side, so the result is a range, not a
point.

>>> from miit2014.analysis.derived import implied_base
>>> from miit2014.figures import INFORMATION_CONSUMPTION_2013, INFORMATION_CONSUMPTION_GROWTH_2013
>>> base = implied_base(INFORMATION_CONSUMPTION_2013, INFORMATION_CONSUMPTION_GROWTH_2013)
>>> base.value
Decimal('1600000000000')
>>> base.qualifier is None, base.bounds.high is None
(True, True)
>>> print(base.explain())
level / (1 + growth / 100) = 1.6 trillion yuan (range more than 1.58 trillion yuan)
"""

from __future__ import annotations

from fractions import Fraction

import attrs

from ..errors import DataError
from ..model import exact
from ..model.brief import result_repr
from ..model.figure import Qualifier, Unit
from ..model.html import explanation_html
from ..model.wording import (
    Explanation,
    derived_explanation,
    derived_sentence,
    derived_value,
    range_text,
    singular,
)
from .comparison import Comparable
from .quantity import ABOUT_TOLERANCE, Bounds, Quantity, combined_qualifier, shown


@attrs.frozen(repr=False)
class Derived:
    """A computed value: exact point, the range the inputs allow, and how it was made.

    It shows itself as its answer: ``repr`` in one line, ``explain()`` as a sentence, and
    a table in Jupyter.
    """

    value: exact.Value
    unit: Unit
    counted: str | None
    bounds: Bounds
    qualifier: Qualifier | None  # None: the inputs allow only a range to be stated
    formula: str
    inputs: tuple[str, ...]  # ids (or labels) of the inputs

    @property
    def as_float(self) -> float:
        return float(self.value)

    def value_text(self) -> str:
        """``about 1.6 trillion yuan``: the value in words, without its range."""
        return derived_value(self.value, self.unit, self.qualifier, self.counted)

    def range_text(self) -> str | None:
        """``more than 1.58 trillion yuan``: what the inputs' wording allows; None for a
        point."""
        return None if self.bounds.is_point else range_text(self.bounds, self.unit)

    def explanation(self) -> Explanation:
        return derived_explanation(self.formula, self.inputs, self.value_text(), self.range_text())

    def explain(self) -> str:
        return derived_sentence(self.formula, self.value_text(), self.range_text())

    def __repr__(self) -> str:
        return result_repr("Derived", f"{self.explain()}, from {', '.join(self.inputs)}")

    def _repr_html_(self) -> str:
        return explanation_html(self.explanation())


def _positive(q: Quantity, role: str) -> None:
    if q.value <= 0:
        raise DataError(f"the {role} must be positive, got {exact.to_text(shown(q.value))}")


def implied_base(
    level: Comparable, growth: Comparable, *, tolerance: Fraction = ABOUT_TOLERANCE
) -> Derived:
    """The earlier level implied by a level and its growth rate: ``level / (1 + g/100)``.

    >2 trillion yuan after about 25 % growth implies about 1.6 trillion the year before.
    """
    lv, gr = Quantity.of(level, argument="level"), Quantity.of(growth, argument="growth")
    if gr.unit is not Unit.PERCENT:
        raise DataError(f"growth must be a percentage, got {gr.unit.value}")
    if lv.unit is Unit.PERCENT:
        raise DataError("the level must be an amount or a count, not a percentage")
    _positive(lv, "level")
    factor = 1 + gr.value / 100
    if factor <= 0:
        raise DataError("a fall of 100 % or more leaves no base to compute")
    growth_range = gr.bounds(tolerance).scaled(Fraction(1, 100)).shifted(Fraction(1))
    return Derived(
        value=shown(lv.value / factor),
        unit=lv.unit,
        counted=lv.counted,
        bounds=lv.bounds(tolerance) / growth_range,
        qualifier=combined_qualifier(lv.qualifier, gr.qualifier),
        formula="level / (1 + growth / 100)",
        inputs=(lv.label or "level", gr.label or "growth"),
    )


def per_unit(
    total: Comparable, units: Comparable, *, tolerance: Fraction = ABOUT_TOLERANCE
) -> Derived:
    """An average: ``total / units`` (e.g. enterprises per sector, or per institution)."""
    tq, uq = Quantity.of(total, argument="total"), Quantity.of(units, argument="units")
    for q, role in ((tq, "total"), (uq, "number of units")):
        if q.unit is not Unit.COUNT:
            raise DataError(f"the {role} must be a count, got {q.unit.value}")
        _positive(q, role)
    return Derived(
        value=shown(tq.value / uq.value),
        unit=Unit.COUNT,
        counted=f"{tq.counted or 'items'} per {singular(uq.counted) if uq.counted else 'unit'}",
        bounds=tq.bounds(tolerance) / uq.bounds(tolerance),
        qualifier=combined_qualifier(tq.qualifier, uq.qualifier),
        formula="total / units",
        inputs=(tq.label or "total", uq.label or "units"),
    )


def share(part: Comparable, whole: Comparable, *, tolerance: Fraction = ABOUT_TOLERANCE) -> Derived:
    """The fraction ``part / whole`` of two counts of the same things, never above 1."""
    pq, wq = Quantity.of(part, argument="part"), Quantity.of(whole, argument="whole")
    if pq.unit is not Unit.COUNT or wq.unit is not Unit.COUNT:
        raise DataError("a share is taken of two counts")
    _positive(wq, "whole")
    bounds = pq.bounds(tolerance) / wq.bounds(tolerance)
    if bounds.high is None or bounds.high > 1:  # a part cannot exceed its whole
        bounds = Bounds(bounds.low, Fraction(1), bounds.low_closed, True)
    return Derived(
        value=shown(pq.value / wq.value),
        unit=Unit.FRACTION,
        counted=None,
        bounds=bounds,
        qualifier=combined_qualifier(pq.qualifier, wq.qualifier),
        formula="part / whole",
        inputs=(pq.label or "part", wq.label or "whole"),
    )
