"""Was a target met? The target's own wording decides.

Every target in this report is a level to reach (more cities, more users, a larger share
of approval items cut), so a target is read as a floor:

============  ===========================================
target        met when the actual value is
============  ===========================================
exact N       at least N
more_than N   strictly above N (301 meets "more than 300"; 300 does not)
at_least N    N or above (200 meets "200 or more")
about N       at least N - |N|·t: within the tolerance below N, or above it
nearly N      at least N - |N|·t
============  ===========================================

``t`` is :data:`~miit2014.analysis.quantity.ABOUT_TOLERANCE` (5 %) unless ``tolerance`` is given.
A percentage and a fraction are the same kind of quantity (51.8 % is 0.518).
"""

from __future__ import annotations

from fractions import Fraction

import attrs

from ..errors import DataError
from ..model import exact
from ..model.citation import Citation
from ..model.figure import Figure, Qualifier, Status, Unit
from ..model.outcome import Outcome
from .quantity import (
    ABOUT_TOLERANCE,
    Number,
    Quantity,
    check_tolerance,
    floor_of,
    shown,
    to_fraction,
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

    @property
    def verdict(self) -> str:
        """``"met"`` or ``"not met"``."""
        return "met" if self.met else "not met"

    def margin_text(self) -> str:
        """``+640,000 IPTV users``, ``-0.2 percentage points``: the margin in words."""
        from ..model.wording import format_number, with_noun

        sign = "+" if self.margin >= 0 else ""
        if self.target.unit is Unit.PERCENT:
            return f"{sign}{exact.to_text(self.margin)} percentage points"
        margin = format_number(self.margin, self.target.unit)
        if isinstance(self.margin, Fraction):
            margin += f", about {float(self.margin):.3f}"
        return sign + with_noun(margin, self.margin, self.target.counted)

    def rows(self) -> list[tuple[str, str]]:
        """``(label, sentence)`` pairs: what :meth:`explain` says, line by line."""
        from ..model.wording import figure_value
        from .quantity import quantity_text

        rows = [
            (
                "Target",
                f"{self.target.label_en}: {figure_value(self.target)}"
                f" ({self.target.period.label_en}).",
            ),
            ("Actual", f"{quantity_text(self.actual)}."),
            ("Verdict", f"{self.verdict} (margin {self.margin_text()})."),
        ]
        if self.target.qualifier in (Qualifier.ABOUT, Qualifier.NEARLY):
            rows.append(
                ("", f"'About' and 'nearly' allow {float(self.tolerance):.0%} below the target.")
            )
        if self.outcome is not None:
            o = self.outcome
            when = f"as of {o.as_of.isoformat()}" if o.as_of else "at a date no source gives"
            rows.append((f"Observed {when}", f"{o.scope_en}."))
            if o.scope_mismatch:
                rows.append(("Scope differs from the target", f"{o.scope_mismatch}."))
            for c in o.sources:
                reliability, _, text = source_text(c).partition(": ")
                rows.append((f"Source {reliability}", text))
        return rows

    def explain(self) -> str:
        return "\n".join(f"{label}: {text}" if label else text for label, text in self.rows())

    def __repr__(self) -> str:
        from ..model.brief import result_repr
        from ..model.wording import figure_value
        from .quantity import quantity_text

        return result_repr(
            "Evaluation",
            f"{self.target.id}: {quantity_text(self.actual)} against"
            f" {figure_value(self.target)}: {self.verdict} (margin {self.margin_text()})",
        )

    def _repr_html_(self) -> str:
        from ..model.html import fields_html

        rows = [(label or "Tolerance", text) for label, text in self.rows()]
        return fields_html(f"Evaluation of {self.target.id}: {self.verdict}", rows)


def source_text(citation: Citation) -> str:
    """``(official media): Xinhua, "Title", http://...``: one source on one line."""
    reliability = citation.reliability.value.replace("_", " ")
    parts = [citation.publisher]
    if citation.title:
        parts.append(f'"{citation.title}"')
    if citation.date:
        parts.append(citation.date.isoformat())
    if citation.url:
        parts.append(citation.url)
    return f"({reliability}): {', '.join(parts)}."


def _actual(actual: Outcome | Quantity | Number, target: Figure) -> tuple[Quantity, Outcome | None]:
    if isinstance(actual, Outcome):
        if actual.figure_id != target.id:
            raise DataError(
                f"outcome {actual.id!r} is about {actual.figure_id!r}, not {target.id!r}"
            )
        quantity = Quantity(actual.value, actual.unit, actual.qualifier, actual.counted, actual.id)
        return quantity, actual
    if isinstance(actual, Quantity):
        return actual, None
    return Quantity(to_fraction(actual), target.unit, counted=target.counted), None


def unit_factor(unit: Unit, target: Unit) -> Fraction:
    """What a value in ``unit`` is multiplied by to be in ``target`` (percent and fraction
    convert exactly: 51.8 % is 0.518); a :class:`DataError` if the two cannot compare."""
    if unit is target:
        return Fraction(1)
    shares = {Unit.PERCENT: Fraction(1, 100), Unit.FRACTION: Fraction(1)}
    if unit in shares and target in shares:
        return shares[unit] / shares[target]
    raise DataError(f"cannot evaluate a target in {target.value} against a value in {unit.value}")


def _in_target_unit(q: Quantity, target: Figure) -> Fraction:
    """The actual value in the target's unit."""
    return q.value * unit_factor(q.unit, target.unit)


def evaluate(
    target: Figure,
    actual: Outcome | Quantity | Number,
    *,
    tolerance: Fraction = ABOUT_TOLERANCE,
) -> Evaluation:
    """Judge ``actual`` against ``target`` (see the module docs for the rules).

    ``actual`` is a number (in the target's unit), a :class:`Quantity`, or an
    :class:`~miit2014.model.outcome.Outcome` (whose scope and source the explanation shows).
    """
    if not isinstance(target, Figure):
        raise DataError(f"expected a target Figure, got {type(target).__name__}")
    if target.status is not Status.TARGET:
        raise DataError(f"{target.id!r} is a {target.status.value} figure, not a target")
    t = check_tolerance(tolerance)
    quantity, outcome = _actual(actual, target)
    value = _in_target_unit(quantity, target)
    if (
        outcome is None  # an outcome records how its scope differs; a bare quantity cannot
        and quantity.unit is Unit.COUNT
        and target.counted
        and quantity.counted
        and quantity.counted != target.counted
    ):
        raise DataError(f"cannot evaluate a count of {target.counted} with {quantity.counted}")
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
    )
