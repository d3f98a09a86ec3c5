"""compare(): exact differences and ratios, and the algebra they must obey."""

from __future__ import annotations

import decimal
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import miit2014
from miit2014 import REPORT, DataError, Quantity, compare, evaluate
from miit2014.analysis.derived import implied_base
from miit2014.figures import (
    INDUSTRIAL_PROFIT_GROWTH_2013,
    INDUSTRIAL_VALUE_ADDED_GROWTH_2013,
    INFORMATION_CONSUMPTION_2013,
    SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013,
    TELECOM_REVENUE_GROWTH_2013,
)
from miit2014.model import Qualifier, Unit
from miit2014.outcomes import OUTCOMES

nonzero = st.fractions(max_denominator=1000).filter(lambda f: f != 0 and abs(f) < 10**9)
quantities = st.builds(
    Quantity,
    nonzero,
    st.sampled_from(Unit),
    st.sampled_from(Qualifier),
)


def same_unit_pairs() -> st.SearchStrategy[tuple[Quantity, Quantity]]:
    return st.tuples(quantities, nonzero, st.sampled_from(Qualifier)).map(
        lambda t: (t[0], Quantity(t[1], t[0].unit, t[2]))
    )


def test_software_vs_telecom_growth_is_exactly_16_6_points() -> None:
    c = compare(SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013, TELECOM_REVENUE_GROWTH_2013)
    assert c.difference == Decimal("16.6")
    assert type(c.difference) is Decimal
    assert c.difference_unit == "percentage_points"
    assert c.qualifier is Qualifier.EXACT
    assert c.ratio == Fraction(25) / Fraction("8.4")
    assert c.ratio_float == pytest.approx(2.976, abs=1e-3)
    assert c.larger == "a"
    assert c.certainly_larger == "a"
    assert c.difference_bounds.is_point


def test_about_propagates_to_the_difference() -> None:
    c = compare(INDUSTRIAL_VALUE_ADDED_GROWTH_2013, INDUSTRIAL_PROFIT_GROWTH_2013)
    assert c.difference == Decimal("-3.2")
    assert c.qualifier is Qualifier.ABOUT
    assert not c.difference_bounds.is_point
    assert Decimal("-3.2") in c.difference_bounds
    assert "about -3.2 percentage points" in c.explain()


def test_a_figure_against_a_number_with_a_unit() -> None:
    c = compare(INDUSTRIAL_PROFIT_GROWTH_2013, ("9.8", "percent"))
    assert c.difference == Decimal("3.2")
    c = compare(INFORMATION_CONSUMPTION_2013, (Decimal("1.6e12"), Unit.YUAN))
    assert c.qualifier is None  # "more than" leaves only a one-sided range
    assert c.certainly_larger == "a"
    assert c.difference_bounds.high is None


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        (INDUSTRIAL_PROFIT_GROWTH_2013, INFORMATION_CONSUMPTION_2013, "percent with yuan"),
        (
            Quantity(300, "count", counted="cities"),
            Quantity(3000, "count", counted="users"),
            "count of cities with a count of users",
        ),
    ],
)
def test_incompatible_quantities_are_refused_with_the_reason(a: Any, b: Any, why: str) -> None:
    with pytest.raises(DataError, match=why.split(" with ")[0].replace("percent", "percent")):
        compare(a, b)


def test_a_float_reads_as_its_shortest_repr_so_values_stay_exact() -> None:
    c = compare(INDUSTRIAL_PROFIT_GROWTH_2013, (9.8, "percent"))
    assert c == compare(INDUSTRIAL_PROFIT_GROWTH_2013, (Decimal("9.8"), "percent"))
    assert c.difference == Decimal("3.2")  # not 3.1999999999999993
    assert "9.8% (read the float 9.8 as exactly 9.8)" in c.explain()
    assert "b: 9.8: 9.8% (read the float 9.8 as exactly 9.8)" in c.explanation().text()


@pytest.mark.parametrize("bad", [("9.8", "parsecs"), "9.8", (1, 2, 3), None])
def test_malformed_operands_are_refused(bad: Any) -> None:
    with pytest.raises(DataError):
        compare(INDUSTRIAL_PROFIT_GROWTH_2013, bad)


def _floats_in(obj: object) -> list[str]:
    found: list[str] = []
    if isinstance(obj, float):
        found.append(repr(obj))
    elif attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):  # type: ignore[arg-type]
            found.extend(_floats_in(getattr(obj, field.name)))
    elif isinstance(obj, (tuple, list)):
        for item in obj:
            found.extend(_floats_in(item))
    return found


@given(same_unit_pairs())
def test_difference_is_antisymmetric_and_ratio_reciprocal(pair: tuple[Quantity, Quantity]) -> None:
    a, b = pair
    ab, ba = compare(a, b), compare(b, a)
    assert ab.difference == -ba.difference
    assert ab.ratio is not None
    assert ba.ratio is not None
    assert ab.ratio * ba.ratio == 1
    assert {ab.larger, ba.larger} in ({"a", "b"}, {"equal"})
    assert (ab.certainly_larger is None) == (ba.certainly_larger is None)


@given(same_unit_pairs())
def test_results_hold_no_float_anywhere(pair: tuple[Quantity, Quantity]) -> None:
    assert _floats_in(compare(*pair)) == []


@given(same_unit_pairs())
def test_certainty_agrees_with_the_point_values(pair: tuple[Quantity, Quantity]) -> None:
    c = compare(*pair)
    if c.certainly_larger is not None:
        # "more than 1" is certainly above 1 although the printed numbers are equal
        assert c.larger in (c.certainly_larger, "equal")


@given(same_unit_pairs())
def test_the_point_difference_is_inside_the_range_unless_open(
    pair: tuple[Quantity, Quantity],
) -> None:
    a, b = pair
    if {a.qualifier, b.qualifier} & {Qualifier.NEARLY, Qualifier.MORE_THAN}:
        return  # "nearly N" and "more than N" exclude N: the point is outside its range
    assert compare(a, b).difference in compare(a, b).difference_bounds


@given(quantities, quantities)
def test_mismatched_units_always_raise_data_error(a: Quantity, b: Quantity) -> None:
    if a.unit is b.unit:
        return
    with pytest.raises(DataError, match="cannot compare"):
        compare(a, b)


def test_tolerance_can_be_overridden_and_is_checked() -> None:
    wide = compare(
        INDUSTRIAL_VALUE_ADDED_GROWTH_2013, INDUSTRIAL_PROFIT_GROWTH_2013, tolerance=Fraction(1, 5)
    )
    narrow = compare(
        INDUSTRIAL_VALUE_ADDED_GROWTH_2013, INDUSTRIAL_PROFIT_GROWTH_2013, tolerance=Fraction(0)
    )
    assert narrow.difference_bounds.is_point
    assert wide.difference_bounds.low is not None
    assert wide.difference_bounds.low < Decimal("-3.2")
    with pytest.raises(DataError, match="tolerance"):
        compare(
            INDUSTRIAL_VALUE_ADDED_GROWTH_2013,
            INDUSTRIAL_PROFIT_GROWTH_2013,
            tolerance=Fraction(3, 2),
        )


def test_errors_name_the_operand_not_a_json_path() -> None:
    cases = [
        (lambda: compare(("x", "count"), (1, "count")), "a[0]"),
        (lambda: compare((1, "count"), (float("nan"), "count")), "b[0]"),
        (lambda: compare((1, "count"), (1, "parsecs")), "b[1]"),
        (lambda: compare((1, "count"), None), "b"),  # type: ignore[arg-type]
        (lambda: compare((1, "count"), (1, "percent")), "b"),
        (lambda: compare((1, "count"), (1, "count"), tolerance=1.5), "tolerance"),
    ]
    for call, argument in cases:
        with pytest.raises(DataError) as info:
            call()
        assert info.value.path == argument
        assert str(info.value).startswith(f"{argument}: ")


@given(st.floats(allow_nan=False, allow_infinity=False), nonzero)
def test_any_finite_float_compares_as_the_decimal_of_its_repr(f: float, other: Fraction) -> None:
    try:
        expected = compare((Decimal(repr(f)), "count"), (other, "count"))
    except DataError:
        with pytest.raises(DataError, match="beyond what this package computes with"):
            compare((f, "count"), (other, "count"))
        return
    assert compare((f, "count"), (other, "count")) == expected
    assert compare((other, "count"), (f, "count")) == compare(
        (other, "count"), (Decimal(repr(f)), "count")
    )


# -- no result depends on the caller's decimal context ---------------------------------


def test_a_long_difference_stays_exact_under_the_default_decimal_context() -> None:
    long = "12345678901234567890.12345678901"
    assert compare((long, "count"), ("0", "count")).difference == Decimal(long)


def _results() -> Iterator[object]:
    figures = REPORT.figures
    for a in figures[:8]:
        for b in figures[:8]:
            try:
                result = compare(a, b)
            except DataError:
                continue
            yield result.difference, result.difference_bounds, result.explain()
    for outcome in OUTCOMES:
        target = miit2014.get(outcome.target_id)
        try:
            evaluation = evaluate(target, outcome)
        except DataError:  # an outcome of another kind than its figure's
            continue
        yield evaluation.margin, evaluation.threshold, evaluation.explain()
    derived = implied_base(
        miit2014.get("figure.information-consumption-2013"),
        miit2014.get("figure.information-consumption-growth-2013"),
    )
    yield derived.value, derived.bounds, derived.explain()


DEFAULT_RESULTS = list(_results())


@given(
    st.integers(1, 30),
    st.sampled_from([getattr(decimal, name) for name in dir(decimal) if name.startswith("ROUND_")]),
    st.booleans(),
)
def test_no_result_depends_on_the_decimal_context(
    precision: int, rounding: str, trap: bool
) -> None:
    with decimal.localcontext() as context:
        context.prec = precision
        context.rounding = rounding
        context.traps[decimal.Inexact] = context.traps[decimal.Rounded] = trap
        assert list(_results()) == DEFAULT_RESULTS
