"""Derived figures: exact formulas, and ranges that follow the inputs' wording."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from miit2014 import DataError, Quantity
from miit2014.analysis.derived import implied_base, per_unit, share
from miit2014.figures import (
    INDUSTRIAL_PROFIT_GROWTH_2013,
    INFORMATION_CONSUMPTION_2013,
    INFORMATION_CONSUMPTION_GROWTH_2013,
    INTEGRATION_STANDARD_COMPLIANT_PILOTS_TARGET_2014,
    INTEGRATION_STANDARD_PILOT_ENTERPRISES_TARGET_2014,
    OUTDATED_CAPACITY_SHUTDOWN_ENTERPRISES_2013,
    OUTDATED_CAPACITY_SHUTDOWN_SECTORS_2013,
    SME_SERVICE_AGENCIES_2013,
    SME_SERVICE_ENTERPRISES_SERVED_2013,
)
from miit2014.model import Qualifier, Unit


def test_information_consumption_implies_a_2012_level_of_about_1_6_trillion() -> None:
    base = implied_base(INFORMATION_CONSUMPTION_2013, INFORMATION_CONSUMPTION_GROWTH_2013)
    assert base.value == Decimal("1600000000000")
    assert base.unit is Unit.YUAN
    # "more than" x "about": a range open above, not a point
    assert base.qualifier is None
    assert base.bounds.high is None
    assert base.bounds.low == Fraction(2 * 10**12) / (1 + Fraction("26.25") / 100)
    assert not base.bounds.low_closed


def test_enterprises_per_sector_is_an_exact_fraction() -> None:
    avg = per_unit(
        OUTDATED_CAPACITY_SHUTDOWN_ENTERPRISES_2013, OUTDATED_CAPACITY_SHUTDOWN_SECTORS_2013
    )
    assert avg.value == Fraction(1569, 19)
    assert avg.bounds.is_point
    assert avg.qualifier is Qualifier.EXACT
    assert "82.58 (exactly 1569/19)" in avg.explain()


def test_enterprises_per_service_institution_follows_nearly() -> None:
    avg = per_unit(SME_SERVICE_ENTERPRISES_SERVED_2013, SME_SERVICE_AGENCIES_2013)
    assert avg.value == 88
    assert avg.qualifier is Qualifier.ABOUT
    # nearly 20,000 institutions: fewer than 20,000, so more than 88 each on average
    assert avg.bounds.low == 88
    assert not avg.bounds.low_closed
    assert 88 not in avg.bounds
    assert Decimal("92") in avg.bounds


def test_share_of_pilots_expected_to_reach_the_standard() -> None:
    s = share(
        INTEGRATION_STANDARD_COMPLIANT_PILOTS_TARGET_2014,
        INTEGRATION_STANDARD_PILOT_ENTERPRISES_TARGET_2014,
    )
    assert s.value == Decimal("0.4")
    assert s.unit is Unit.FRACTION
    assert s.bounds.low == Fraction(2, 5)
    assert s.bounds.low_closed  # "200 or more"
    assert s.bounds.high == 1  # a part cannot exceed its whole


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: implied_base(INFORMATION_CONSUMPTION_2013, INFORMATION_CONSUMPTION_2013),
            "percentage",
        ),
        (
            lambda: implied_base(INDUSTRIAL_PROFIT_GROWTH_2013, INDUSTRIAL_PROFIT_GROWTH_2013),
            "level",
        ),
        (lambda: implied_base(INFORMATION_CONSUMPTION_2013, ("-100", "percent")), "100 %"),
        (lambda: per_unit(INFORMATION_CONSUMPTION_2013, SME_SERVICE_AGENCIES_2013), "count"),
        (lambda: per_unit(SME_SERVICE_AGENCIES_2013, (0, "count")), "positive"),
        (lambda: share(INDUSTRIAL_PROFIT_GROWTH_2013, SME_SERVICE_AGENCIES_2013), "two counts"),
    ],
)
def test_meaningless_derivations_are_refused(make: object, message: str) -> None:
    with pytest.raises(DataError, match=message):
        make()  # type: ignore[operator]


positive = st.fractions(min_value=Fraction(1, 100), max_value=10**9, max_denominator=100)


@given(positive, positive, st.sampled_from(Qualifier), st.sampled_from(Qualifier))
def test_derived_bounds_hold_every_value_the_inputs_allow(
    total: Fraction, units: Fraction, q1: Qualifier, q2: Qualifier
) -> None:
    t = Quantity(total, "count", q1, counted="things")
    u = Quantity(units, "count", q2, counted="groups")
    result = per_unit(t, u)
    tb, ub = t.bounds(), u.bounds()
    # sample values the wording allows and check their quotient is inside the result
    for tv in (tb.low, tb.high):
        for uv in (ub.low, ub.high):
            if tv is None or uv is None or uv == 0:
                continue
            if tv in tb and uv in ub:
                assert tv / uv in result.bounds
    assert isinstance(result.value, (Decimal, Fraction))


def test_per_unit_names_the_unit_in_the_singular() -> None:
    avg = per_unit(SME_SERVICE_ENTERPRISES_SERVED_2013, SME_SERVICE_AGENCIES_2013)
    assert avg.counted == "enterprises per service agency"
    avg = per_unit(
        OUTDATED_CAPACITY_SHUTDOWN_ENTERPRISES_2013, OUTDATED_CAPACITY_SHUTDOWN_SECTORS_2013
    )
    assert avg.counted == "enterprises per industrial sector"
