"""evaluate(): the wording of a target decides whether a value meets it."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import miit2014
from miit2014 import DataError, Quantity, evaluate
from miit2014.figures import (
    ADMINISTRATIVE_APPROVAL_ITEMS_REDUCTION_TARGET_2014 as approvals,
)
from miit2014.figures import (
    INDUSTRIAL_VALUE_ADDED_GROWTH_2013,
)
from miit2014.figures import (
    INTEGRATION_STANDARD_COMPLIANT_PILOTS_TARGET_2014 as compliant_pilots,
)
from miit2014.figures import (
    IPTV_USERS_TARGET_2014 as iptv,
)
from miit2014.figures import (
    LTE_COMMERCIAL_CITIES_TARGET_2014 as lte_cities,
)
from miit2014.figures import (
    LTE_USERS_TARGET_2014 as lte_users,
)
from miit2014.model import Figure, Qualifier, Status
from miit2014.outcomes import OUTCOMES


def test_more_than_300_is_met_by_301_not_by_300() -> None:
    assert evaluate(lte_cities, 301).met
    assert not evaluate(lte_cities, 300).met
    assert evaluate(lte_cities, 300).margin == 0


def test_at_least_200_is_met_by_200() -> None:
    assert evaluate(compliant_pilots, 200).met
    assert not evaluate(compliant_pilots, 199).met


def test_at_least_one_third_is_met_by_one_third_exactly_not_by_0_33() -> None:
    assert evaluate(approvals, Fraction(1, 3)).met
    assert not evaluate(approvals, "0.33").met
    assert evaluate(approvals, "0.33").margin == Fraction(33, 100) - Fraction(1, 3)


def test_percent_and_fraction_convert_exactly() -> None:
    assert evaluate(approvals, Quantity("33.4", "percent")).met
    assert not evaluate(approvals, Quantity("33.3", "percent")).met


def _about(value: int) -> Figure:
    return attrs.evolve(lte_cities, qualifier=Qualifier.ABOUT, value=Decimal(value))


def _nearly(value: int) -> Figure:
    return attrs.evolve(lte_cities, qualifier=Qualifier.NEARLY, value=Decimal(value))


def test_about_is_met_within_the_tolerance_and_the_tolerance_can_be_overridden() -> None:
    target = _about(300)
    assert evaluate(target, 285).met  # 5 % below
    assert not evaluate(target, 284).met
    assert evaluate(target, 284, tolerance=Fraction(1, 10)).met
    assert evaluate(target, 400).met  # overshooting a goal is not missing it


def test_nearly_is_close_below() -> None:
    target = _nearly(300)
    assert evaluate(target, 290).met
    assert not evaluate(target, 280).met


def test_only_targets_are_evaluated() -> None:
    with pytest.raises(DataError, match="estimated figure, not a target"):
        evaluate(INDUSTRIAL_VALUE_ADDED_GROWTH_2013, 10)


def test_incompatible_actuals_are_refused() -> None:
    with pytest.raises(DataError, match="cannot evaluate"):
        evaluate(lte_cities, Quantity(301, "percent"))
    with pytest.raises(DataError, match="cannot evaluate a count of cities"):
        evaluate(lte_cities, Quantity(301, "count", counted="users"))
    with pytest.raises(DataError, match="is about"):
        evaluate(lte_cities, OUTCOMES[0])
    with pytest.raises(DataError):
        evaluate(lte_cities, 300.5)  # type: ignore[arg-type]


def test_explain_reads_as_a_verdict() -> None:
    text = evaluate(lte_cities, 301).explain()
    assert "Verdict: met (margin +1 city)" in text
    assert "more than 300 cities" in text


targets = st.sampled_from([f for f in miit2014.REPORT.figures if f.status is Status.TARGET])
actuals = st.fractions(min_value=0, max_value=10**9, max_denominator=1000)


@given(targets, actuals, actuals)
def test_evaluate_is_monotone_in_the_actual_value(target: Figure, x: Fraction, y: Fraction) -> None:
    low, high = sorted((x, y))
    if evaluate(target, low).met:
        assert evaluate(target, high).met
    margins = Fraction(evaluate(target, high).margin) - Fraction(evaluate(target, low).margin)
    assert margins == high - low


@given(targets, actuals)
def test_the_margin_is_exact(target: Figure, x: Fraction) -> None:
    result = evaluate(target, x)
    assert not isinstance(result.margin, float)
    assert Fraction(result.margin) == x - Fraction(target.value)


# -- the shipped outcomes -------------------------------------------------------------


def test_every_outcome_names_a_forward_looking_figure_and_cites_a_source() -> None:
    assert len(OUTCOMES) >= 13
    for outcome in OUTCOMES:
        figure = miit2014.get(outcome.figure_id)
        assert isinstance(figure, Figure)
        assert figure.status in (Status.TARGET, Status.ESTIMATED)
        assert outcome.target_id == outcome.figure_id  # the old name still reads
        assert outcome.sources
        for source in outcome.sources:
            assert source.publisher
            assert source.url
            assert source.quote


def test_outcomes_are_not_part_of_the_report() -> None:
    ids = {r.id for r in miit2014.REPORT.records()}
    assert not ids & {o.id for o in OUTCOMES}


def test_iptv_outcome_meets_the_target_and_counts_what_it_counts() -> None:
    """The ministry counts IPTV users in 户 (accounts): the English 'households' of one
    report is its rendering, not another count, so the scope is the target's."""
    from miit2014.model import Coverage
    from miit2014.outcomes import IPTV_USERS_2014_09_OUTCOME, IPTV_USERS_2014_OUTCOME

    result = evaluate(iptv, IPTV_USERS_2014_OUTCOME)
    assert result.met
    assert result.margin == 640000
    assert IPTV_USERS_2014_OUTCOME.coverage is Coverage.FULL
    assert IPTV_USERS_2014_OUTCOME.scope_mismatch is None
    assert IPTV_USERS_2014_OUTCOME.counted == iptv.counted
    assert "Scope differs" not in result.explain()
    assert "户" in IPTV_USERS_2014_OUTCOME.note_en  # type: ignore[operator]
    assert "3217.4万户" in IPTV_USERS_2014_09_OUTCOME.sources[0].quote  # type: ignore[operator]
    assert "households" not in (iptv.note_en or "").split("render as")[0]


def test_each_target_outcome_evaluates_with_its_scope_and_source_shown() -> None:
    comparable = [
        o
        for o in OUTCOMES
        if (target := miit2014.get(o.figure_id)).status is Status.TARGET  # type: ignore[attr-defined]
        and not (o.unit.value == "count" and target.unit.value != "count")  # type: ignore[attr-defined]
    ]
    assert len(comparable) >= 8
    for outcome in comparable:
        target = miit2014.get(outcome.figure_id)
        assert isinstance(target, Figure)
        text = evaluate(target, outcome).explain()
        assert outcome.sources[0].publisher in text
        assert outcome.sources[0].url in text  # type: ignore[operator]
        if outcome.scope_mismatch:
            assert outcome.scope_mismatch in text


def test_an_estimate_is_not_evaluated_as_a_target() -> None:
    from miit2014.outcomes import INDUSTRIAL_VALUE_ADDED_GROWTH_2013_OUTCOME as final

    with pytest.raises(DataError, match="not a target"):
        evaluate(INDUSTRIAL_VALUE_ADDED_GROWTH_2013, final)


def test_an_outcome_of_another_figure_is_refused() -> None:
    from miit2014.outcomes import IPTV_USERS_2014_OUTCOME

    with pytest.raises(DataError, match="is about"):
        evaluate(lte_users, IPTV_USERS_2014_OUTCOME)
