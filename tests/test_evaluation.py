"""evaluate(): the wording of a target decides whether a value meets it."""

from __future__ import annotations

import decimal
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
from miit2014.outcomes import IPTV_USERS_2014_OUTCOME, OUTCOMES


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
    # a float is no longer refused for being a float: it reads as its shortest repr
    assert evaluate(lte_cities, 300.5) == evaluate(lte_cities, Decimal("300.5"))


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


# -- numbers as they arrive: floats, numpy and pandas scalars, argument names ----------


def test_a_float_reads_as_its_shortest_repr_and_the_explanation_says_so() -> None:
    result = evaluate(lte_users, 3.1e7)
    assert result.met
    assert result.actual.value == 31_000_000
    assert result.actual.from_float == "31000000.0"
    assert result == evaluate(lte_users, 31_000_000)
    assert "read the float 31000000.0 as exactly 31,000,000" in result.explain()
    assert "read the float" not in evaluate(lte_users, 31_000_000).explain()


def test_a_float_tolerance_reads_as_its_shortest_repr_and_is_said_so() -> None:
    result = evaluate(_about(300), 271, tolerance=0.1)
    assert result.met  # 10 % below 300 is 270
    assert result.tolerance == Fraction(1, 10)  # not the binary fraction the float holds
    assert "allow 10% below the target (read the float 0.1 as exactly 0.1)" in result.explain()
    assert result == evaluate(_about(300), 271, tolerance=Fraction(1, 10))


def test_numpy_floats_read_as_the_shortest_repr_of_their_own_precision() -> None:
    np = pytest.importorskip("numpy")
    assert evaluate(lte_users, np.float64(3.1e7)).actual.value == 31_000_000
    assert evaluate(lte_users, np.float64(3.1e7)).actual.from_float == "31000000.0"
    # float32(0.1) holds 0.100000001490116…, which prints (in float32) as 0.1
    tenth = evaluate(approvals, np.float32(0.1))
    assert tenth.actual.value == Fraction(1, 10)
    assert "read the float 0.1 as exactly 0.1" in tenth.explain()
    assert evaluate(approvals, np.float16(0.25)).actual.value == Fraction(1, 4)
    assert evaluate(lte_users, np.int64(31_000_000)).actual.from_float is None


def test_pandas_nullable_scalars_are_numbers_and_pd_na_is_refused_as_missing() -> None:
    pd = pytest.importorskip("pandas")
    integers = pd.array([31_000_000, None], dtype="Int64")
    assert evaluate(lte_users, integers[0]) == evaluate(lte_users, 31_000_000)
    floats = pd.array([3.1e7], dtype="Float64")
    assert evaluate(lte_users, floats[0]).actual.value == 31_000_000
    with pytest.raises(DataError, match=r"missing value \(pandas.NA\)") as info:
        evaluate(lte_users, integers[1])
    assert info.value.path == "actual"
    with pytest.raises(DataError, match="missing value"):
        evaluate(lte_users, 1, tolerance=pd.NA)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinities_are_refused_naming_the_argument(bad: float) -> None:
    with pytest.raises(DataError, match="is not a finite number") as info:
        evaluate(lte_users, bad)
    assert str(info.value).startswith("actual: ")
    with pytest.raises(DataError, match="is not a finite number") as info:
        evaluate(_about(300), 300, tolerance=bad)
    assert info.value.path == "tolerance"


def test_numpy_nan_and_infinities_are_refused() -> None:
    np = pytest.importorskip("numpy")
    for bad in (np.nan, np.float32("nan"), np.float32("-inf"), np.float16("inf")):
        with pytest.raises(DataError, match="is not a finite number"):
            evaluate(lte_users, bad)


def test_errors_name_the_argument_not_a_json_path() -> None:
    cases = [
        (lambda: evaluate(lte_users, "x"), "actual"),
        (lambda: evaluate(lte_users, None), "actual"),  # type: ignore[arg-type]
        (lambda: evaluate(lte_users, 1, tolerance=2), "tolerance"),
        (lambda: evaluate(lte_users, 1, tolerance="x"), "tolerance"),  # type: ignore[arg-type]
        (lambda: evaluate("figure.x", 1), "target"),  # type: ignore[arg-type]
        (lambda: evaluate(INDUSTRIAL_VALUE_ADDED_GROWTH_2013, 1), "target"),
        (lambda: evaluate(lte_cities, Quantity(301, "percent")), "actual"),
        (lambda: Quantity("x", "count"), "value"),
        (lambda: Quantity(1, "parsecs"), "unit"),
        (lambda: Quantity(1, "count", "roughly"), "qualifier"),
    ]
    for call, argument in cases:
        with pytest.raises(DataError) as info:
            call()
        assert info.value.path == argument
        assert str(info.value).startswith(f"{argument}: ")


finite_floats = st.floats(allow_nan=False, allow_infinity=False)


@given(targets, finite_floats)
def test_any_finite_float_evaluates_as_the_decimal_of_its_repr(target: Figure, f: float) -> None:
    try:
        expected = evaluate(target, Decimal(repr(f)))
    except DataError:  # beyond the bound: the float is refused the same way
        with pytest.raises(DataError, match="beyond what this package computes with"):
            evaluate(target, f)
        return
    result = evaluate(target, f)
    assert result == expected
    assert result.actual.value == Fraction(Decimal(repr(f)))
    assert f"read the float {f!r} as exactly" in result.explain()


@given(st.floats(min_value=0, max_value=1, exclude_max=True))
def test_any_float_tolerance_evaluates_as_the_decimal_of_its_repr(t: float) -> None:
    try:
        expected = evaluate(_about(300), 290, tolerance=Decimal(repr(t)))
    except DataError:
        with pytest.raises(DataError):
            evaluate(_about(300), 290, tolerance=t)
        return
    assert evaluate(_about(300), 290, tolerance=t) == expected


def test_an_explanation_ignores_the_callers_decimal_precision() -> None:
    target = miit2014.get(IPTV_USERS_2014_OUTCOME.target_id)
    expected = evaluate(target, IPTV_USERS_2014_OUTCOME).explain()
    with decimal.localcontext() as context:
        context.prec = 3
        assert evaluate(target, IPTV_USERS_2014_OUTCOME).explain() == expected
    assert "33,640,000" in expected
