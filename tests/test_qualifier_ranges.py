"""The ranges and thresholds qualifiers give, for numbers of any sign.

One rule (:meth:`Quantity.bounds`, :func:`floor_of`) serves evaluate, compare and the
derived figures, so a fall ("about -2 %") is read as carefully as a rise.
"""

from __future__ import annotations

from fractions import Fraction

import attrs
from hypothesis import given
from hypothesis import strategies as st

from miit2014 import Quantity, compare, evaluate
from miit2014.analysis.derived import implied_base
from miit2014.figures import LTE_USERS_TARGET_2014 as TARGET
from miit2014.model import Qualifier, Unit

signed = st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=1000)
qualifiers = st.sampled_from(list(Qualifier))
tolerances = st.fractions(min_value=0, max_value=Fraction(99, 100), max_denominator=100)


def _target(value: Fraction, qualifier: Qualifier) -> object:
    return attrs.evolve(TARGET, value=value, qualifier=qualifier, unit=Unit.PERCENT, counted=None)


def test_a_target_of_about_minus_2_percent_is_met_by_exactly_minus_2() -> None:
    target = _target(Fraction(-2), Qualifier.ABOUT)
    assert evaluate(target, -2).met  # type: ignore[arg-type]
    assert evaluate(target, "-1.95").met  # type: ignore[arg-type]
    assert evaluate(target, "-2.1").met  # type: ignore[arg-type]
    assert not evaluate(target, "-2.11").met  # type: ignore[arg-type]


def test_nearly_minus_10_is_a_range_short_of_10_in_size() -> None:
    bounds = Quantity(-10, Unit.PERCENT, Qualifier.NEARLY).bounds()
    assert (bounds.low, bounds.high) == (Fraction(-10), Fraction(-19, 2))
    assert "-9.6" in bounds
    assert "-10" not in bounds


def test_compare_prints_a_range_that_runs_from_low_to_high_for_negatives() -> None:
    text = compare(
        Quantity("-9.8", Unit.PERCENT, Qualifier.NEARLY), Quantity(-10, Unit.PERCENT)
    ).explain()
    assert "range more than 0.2 and at most 0.69 percentage points" in text, text


@given(signed, tolerances)
def test_the_printed_number_meets_about_n_and_lies_in_its_range(n: Fraction, t: Fraction) -> None:
    assert n in Quantity(n, Unit.PERCENT, Qualifier.ABOUT).bounds(t)
    assert evaluate(_target(n, Qualifier.ABOUT), n, tolerance=t).met  # type: ignore[arg-type]


@given(signed, qualifiers, tolerances)
def test_every_qualifier_range_runs_from_low_to_high(
    n: Fraction, qualifier: Qualifier, t: Fraction
) -> None:
    bounds = Quantity(n, Unit.PERCENT, qualifier).bounds(t)
    if bounds.low is not None and bounds.high is not None:
        assert bounds.low <= bounds.high
    assert evaluate(_target(n, qualifier), n, tolerance=t).met is (  # type: ignore[arg-type]
        qualifier is not Qualifier.MORE_THAN
    )


@given(signed, qualifiers, signed, qualifiers)
def test_a_difference_of_signed_ranges_runs_from_low_to_high(
    a: Fraction, qa: Qualifier, b: Fraction, qb: Qualifier
) -> None:
    spread = compare(Quantity(a, Unit.PERCENT, qa), Quantity(b, Unit.PERCENT, qb)).difference_bounds
    if spread.low is not None and spread.high is not None:
        assert spread.low <= spread.high


@given(st.fractions(min_value=1, max_value=10**6, max_denominator=100), signed, qualifiers)
def test_a_derived_base_from_a_signed_growth_rate_runs_from_low_to_high(
    level: Fraction, growth: Fraction, qualifier: Qualifier
) -> None:
    if growth <= -95:
        return
    base = implied_base(Quantity(level, Unit.YUAN), Quantity(growth, Unit.PERCENT, qualifier))
    if base.bounds.low is not None and base.bounds.high is not None:
        assert base.bounds.low <= base.bounds.high
    if qualifier in (Qualifier.EXACT, Qualifier.ABOUT, Qualifier.AT_LEAST):  # hold n itself
        assert Fraction(base.value) in base.bounds
