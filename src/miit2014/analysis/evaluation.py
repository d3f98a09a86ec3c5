"""Was a target met? The target's own wording decides.

Every target in this report is a level to reach (more cities, more users, a larger share
of approval items cut), so a target is read as a floor:

============  ===========================================
target        met when the actual value is
============  ===========================================
exact N       at least N
more_than N   strictly above N (301 meets "more than 300"; 300 does not)
at_least N    N or above (200 meets "200 or more")
about N       at least ``N - |N|·t``: within the tolerance below N, or above it
nearly N      at least ``N - |N|·t``
============  ===========================================

``t`` is :data:`~miit2014.analysis.quantity.ABOUT_TOLERANCE` (5 %) unless ``tolerance`` is given.
A percentage and a fraction are the same kind of quantity (51.8 % is 0.518).
"""

from __future__ import annotations

from fractions import Fraction

import attrs

from ..errors import DataError
from ..model import exact
from ..model.figure import Figure, Qualifier, Status, Unit
from ..model.outcome import Outcome
from ..model.wording import (
    Explanation,
    evaluation_explanation,
    figure_value,
    margin_text,
    phrase,
    verdict_word,
)
from .quantity import (
    ABOUT_TOLERANCE,
    Number,
    Quantity,
    floor_of,
    read_number,
    read_tolerance,
    shown,
)


@attrs.frozen(repr=False)
class Evaluation:
    """The result of :func:`evaluate`; ``margin`` is actual minus target, exactly.

    It shows itself as its answer: ``repr`` in one line, ``explain()`` in full, and a
    table in Jupyter.
    """

    target: Figure
    actual: Quantity
    met: bool
    margin: exact.Value  # in the target's unit; percentage points for percentages
    threshold: exact.Value  # the least value that meets the target (strictly above if open)
    tolerance: Fraction
    outcome: Outcome | None = None
    #: The repr a float tolerance was read through (how it was given, not what it is).
    tolerance_from_float: str | None = attrs.field(default=None, eq=False)

    @property
    def verdict(self) -> str:
        """``"met"`` or ``"not met"``."""
        return verdict_word(self.met)

    def margin_text(self) -> str:
        """``+640,000 IPTV users``, ``-0.2 percentage points``: the margin in words."""
        return margin_text(self.margin, self.target.unit, self.target.counted)

    def explanation(self) -> Explanation:
        a = self.actual
        actual = phrase(shown(a.value), a.unit, a.qualifier, a.counted, from_float=a.from_float)
        return evaluation_explanation(
            self.target,
            actual,
            self.met,
            self.margin,
            self.tolerance,
            self.outcome,
            tolerance_from_float=self.tolerance_from_float,
        )

    def rows(self) -> list[tuple[str, str]]:
        """``(label, sentence)`` pairs: what :meth:`explain` says, line by line."""
        return [(line.label, line.text) for line in self.explanation().lines]

    def explain(self) -> str:
        return self.explanation().text()

    def __repr__(self) -> str:
        from ..model.brief import result_repr

        a = self.actual
        actual = phrase(shown(a.value), a.unit, a.qualifier, a.counted)
        return result_repr(
            "Evaluation",
            f"{self.target.id}: {actual} against"
            f" {figure_value(self.target)}: {self.verdict} (margin {self.margin_text()})",
        )

    def _repr_html_(self) -> str:
        from ..model.html import explanation_html

        return explanation_html(self.explanation())


def _actual(actual: Outcome | Quantity | Number, target: Figure) -> tuple[Quantity, Outcome | None]:
    if isinstance(actual, Outcome):
        if actual.figure_id != target.id:
            raise DataError(
                f"outcome {actual.id!r} is about {actual.figure_id!r}, not {target.id!r}",
                path="actual",
            )
        quantity = Quantity(actual.value, actual.unit, actual.qualifier, actual.counted, actual.id)
        return quantity, actual
    if isinstance(actual, Quantity):
        return actual, None
    number, given = read_number(actual, "actual")
    return Quantity(number, target.unit, counted=target.counted, from_float=given), None


def unit_factor(unit: Unit, target: Unit) -> Fraction:
    """What a value in ``unit`` is multiplied by to be in ``target`` (percent and fraction
    convert exactly: 51.8 % is 0.518); a :class:`DataError` if the two cannot compare."""
    if unit is target:
        return Fraction(1)
    shares = {Unit.PERCENT: Fraction(1, 100), Unit.FRACTION: Fraction(1)}
    if unit in shares and target in shares:
        return shares[unit] / shares[target]
    raise DataError(
        f"cannot evaluate a target in {target.value} against a value in {unit.value}",
        path="actual",
    )


def _in_target_unit(q: Quantity, target: Figure) -> Fraction:
    """The actual value in the target's unit."""
    return q.value * unit_factor(q.unit, target.unit)


def evaluate(
    target: Figure,
    actual: Outcome | Quantity | Number,
    *,
    tolerance: Number = ABOUT_TOLERANCE,
) -> Evaluation:
    """Judge ``actual`` against ``target`` (see the module docs for the rules).

    ``actual`` is a number (in the target's unit), a :class:`Quantity`, or an
    :class:`~miit2014.model.outcome.Outcome` (whose scope and source the explanation shows).
    A float, as ``actual`` or ``tolerance``, is read through its shortest repr (``3.1e7``
    is 31,000,000 exactly), and the explanation says so.
    """
    if not isinstance(target, Figure):
        raise DataError(f"expected a target Figure, got {type(target).__name__}", path="target")
    if target.status is not Status.TARGET:
        raise DataError(
            f"{target.id!r} is a {target.status.value} figure, not a target", path="target"
        )
    t, tolerance_given = read_tolerance(tolerance)
    quantity, outcome = _actual(actual, target)
    value = _in_target_unit(quantity, target)
    if (
        outcome is None  # an outcome records how its scope differs; a bare quantity cannot
        and quantity.unit is Unit.COUNT
        and target.counted
        and quantity.counted
        and quantity.counted != target.counted
    ):
        raise DataError(
            f"cannot evaluate a count of {target.counted} with {quantity.counted}", path="actual"
        )
    n = Fraction(target.value)
    floor = floor_of(Quantity.of(target), t)
    met = value > floor if target.qualifier is Qualifier.MORE_THAN else value >= floor
    return Evaluation(
        target=target,
        actual=quantity,
        met=met,
        margin=shown(value - n),
        threshold=shown(floor),
        tolerance=t,
        outcome=outcome,
        tolerance_from_float=tolerance_given,
    )
