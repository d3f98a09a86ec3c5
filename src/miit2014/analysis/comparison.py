r"""How two figures compare: exact difference, exact ratio, and which is larger.

>>> from miit2014 import compare
>>> from miit2014.figures import (
...     SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013 as software,
...     TELECOM_REVENUE_GROWTH_2013 as telecom,
...     INDUSTRIAL_VALUE_ADDED_GROWTH_2013 as value_added,
...     INDUSTRIAL_PROFIT_GROWTH_2013 as profit,
... )
>>> c = compare(software, telecom)
>>> c.difference, c.difference_unit, c.qualifier.value
(Decimal('16.6'), 'percentage_points', 'exact')
>>> c.ratio
Fraction(125, 42)
>>> c.larger
'a'
>>> print(compare(profit, value_added).explain().replace("; ", ";\n"))
13% vs about 9.8%: difference about +3.2 percentage points (range 2.71 to 3.69 percentage points);
ratio about 1.327 (exactly 65/49 between the printed numbers)
"""

from __future__ import annotations

from fractions import Fraction
from typing import Literal

import attrs

from ..errors import DataError
from ..model import exact
from ..model.figure import Figure, Qualifier, Unit
from ..model.wording import (
    Explanation,
    comparison_explanation,
    comparison_sentence,
    difference_text,
    phrase,
    ratio_text,
)
from .quantity import (
    ABOUT_TOLERANCE,
    Bounds,
    Number,
    Quantity,
    check_tolerance,
    combined_qualifier,
    shown,
)

Comparable = Figure | Quantity | tuple[Number, Unit | str]


@attrs.frozen(repr=False)
class Comparison:
    """The result of :func:`compare`: ``a`` against ``b``, all numbers exact.

    It shows itself as its answer: ``repr`` in one line, ``explain()`` as a sentence, and
    a table in Jupyter.
    """

    a: Quantity
    b: Quantity
    difference: exact.Value  # a - b between the printed numbers
    difference_unit: str  # "percentage_points" for two percentages, else the unit
    difference_bounds: Bounds  # what the qualifiers allow the difference to be
    qualifier: Qualifier | None  # of the difference; None: only a range can be stated
    ratio: Fraction | None  # a / b; None when b is zero
    larger: Literal["a", "b", "equal"]  # between the printed numbers
    certainly_larger: Literal["a", "b"] | None  # whatever the qualifiers allow; None if unsure

    @property
    def ratio_float(self) -> float | None:
        return None if self.ratio is None else float(self.ratio)

    def difference_text(self) -> str:
        """``about +3.2 percentage points (range 2.71 to 3.69 percentage points)``."""
        return difference_text(self.difference, self.a.unit, self.qualifier, self.difference_bounds)

    def ratio_text(self) -> str | None:
        """``about 1.327 (exactly 65/49 between the printed numbers)``; None when b is 0."""
        return ratio_text(self.ratio, self.qualifier is Qualifier.EXACT)

    def _phrases(self) -> tuple[str, str]:
        a, b = (
            phrase(shown(q.value), q.unit, q.qualifier, q.counted, from_float=q.from_float)
            for q in (self.a, self.b)
        )
        return a, b

    def explanation(self) -> Explanation:
        a, b = self._phrases()
        return comparison_explanation(
            (_name(self.a), a),
            (_name(self.b), b),
            self.difference_text(),
            self.ratio_text(),
            self.larger,
            self.certainly_larger,
        )

    def explain(self) -> str:
        a, b = self._phrases()
        return comparison_sentence(a, b, self.difference_text(), self.ratio_text())

    def __repr__(self) -> str:
        from ..model.brief import result_repr

        named = self.a.label is not None or self.b.label is not None
        names = f"{_name(self.a)} vs {_name(self.b)}: " if named else ""
        return result_repr("Comparison", names + self.explain())

    def _repr_html_(self) -> str:
        from ..model.html import explanation_html

        return explanation_html(self.explanation())


def compatible(a: Quantity, b: Quantity) -> None:
    """Raise :class:`DataError` (naming ``b``, which is compared with ``a``) unless ``a``
    and ``b`` measure the same kind of thing."""
    if a.unit is not b.unit:
        raise DataError(
            f"cannot compare {a.unit.value} with {b.unit.value}: "
            f"{_name(a)} and {_name(b)} are different kinds of quantity",
            path="b",
        )
    if a.unit is Unit.COUNT and a.counted and b.counted and a.counted != b.counted:
        raise DataError(
            f"cannot compare a count of {a.counted} with a count of {b.counted}"
            f" ({_name(a)} vs {_name(b)})",
            path="b",
        )


def _name(q: Quantity) -> str:
    return q.label or exact.to_text(shown(q.value))


def compare(a: Comparable, b: Comparable, *, tolerance: Number = ABOUT_TOLERANCE) -> Comparison:
    """Compare two figures (or a figure with a ``(number, unit)`` pair), exactly.

    Percentages differ in percentage points. Qualifiers carry through: "about 9.8%" vs
    "13%" differs by *about* 3.2 points, and :attr:`Comparison.difference_bounds` gives
    the range the wording allows (see :mod:`miit2014.analysis.quantity` for the tolerance).
    A float in a pair is read through its shortest repr (``(3.1e7, "count")`` is
    31,000,000 exactly), and the explanation says so.
    """
    qa, qb = Quantity.of(a, argument="a"), Quantity.of(b, argument="b")
    tolerance = check_tolerance(tolerance)
    compatible(qa, qb)
    diff = qa.value - qb.value
    ba, bb = qa.bounds(tolerance), qb.bounds(tolerance)
    larger: Literal["a", "b", "equal"] = "a" if diff > 0 else "b" if diff < 0 else "equal"
    spread = ba - bb
    certain: Literal["a", "b"] | None = None
    if spread.low is not None and (spread.low > 0 or (spread.low == 0 and not spread.low_closed)):
        certain = "a"
    elif spread.high is not None and (
        spread.high < 0 or (spread.high == 0 and not spread.high_closed)
    ):
        certain = "b"
    return Comparison(
        a=qa,
        b=qb,
        difference=shown(diff),
        difference_unit="percentage_points" if qa.unit is Unit.PERCENT else qa.unit.value,
        difference_bounds=spread,
        qualifier=combined_qualifier(qa.qualifier, qb.qualifier),
        ratio=None if qb.value == 0 else qa.value / qb.value,
        larger=larger,
        certainly_larger=certain,
    )
