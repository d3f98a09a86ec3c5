"""What happened next: one row per forward-looking figure, every outcome sourced and quoted,
every quote stating the number shipped, and verdicts that follow the rules."""

from __future__ import annotations

import datetime
import itertools
import re
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import miit2014
from miit2014 import REPORT, DataError
from miit2014.analysis.quantity import Quantity
from miit2014.analysis.scorecard import (
    Bearing,
    ScorecardRow,
    Verdict,
    above,
    below,
    inside,
    scorecard,
    verdict_of,
)
from miit2014.analysis.scorecard import (
    _judge_estimate as judge_estimate,
)
from miit2014.analysis.scorecard import (
    _judge_target as judge_target,
)
from miit2014.figures import (
    ADMINISTRATIVE_APPROVAL_ITEMS_REDUCTION_TARGET_2014 as approvals,
)
from miit2014.figures import (
    INDUSTRIAL_PROFIT_GROWTH_2013 as profit,
)
from miit2014.figures import (
    INDUSTRIAL_VALUE_ADDED_GROWTH_2013 as value_added,
)
from miit2014.figures import (
    INTEGRATION_STANDARD_COMPLIANT_PILOTS_TARGET_2014 as compliant,
)
from miit2014.figures import (
    LTE_COMMERCIAL_CITIES_TARGET_2014 as cities,
)
from miit2014.figures import (
    LTE_USERS_TARGET_2014 as lte_users,
)
from miit2014.model import (
    Citation,
    Coverage,
    Derivation,
    Figure,
    Operation,
    Outcome,
    Qualifier,
    Reliability,
    Status,
    Unit,
    Unsourced,
)
from miit2014.model.edition import Edition
from miit2014.model.wording import verdict_words
from miit2014.outcomes import OUTCOMES, UNSOURCED

ROWS = scorecard()
FORWARD = [f for f in REPORT.figures if f.status in (Status.ESTIMATED, Status.TARGET)]
ABOUT = Fraction(1, 20)

# -- one row per figure, each sourced or saying what was searched -------------------------


def test_one_row_per_forward_looking_figure_in_document_order() -> None:
    assert len(FORWARD) == 13
    assert [r.figure_id for r in ROWS] == [f.id for f in FORWARD]
    assert all(r.figure is REPORT.get(r.figure_id) for r in ROWS)
    assert {r.figure.status for r in ROWS[:6]} == {Status.ESTIMATED}
    assert {r.figure.status for r in ROWS[6:]} == {Status.TARGET}


def test_every_row_is_sourced_or_no_source() -> None:
    for row in ROWS:
        if row.verdict is Verdict.NO_SOURCE:
            assert row.outcomes == ()
            assert row.unsourced is not None, row.figure_id
            assert row.unsourced.searched
            assert row.unsourced.seen_en
            for citation in row.unsourced.seen:
                assert citation.url
                assert citation.quote
        else:
            assert row.outcomes, row.figure_id
            for outcome in row.outcomes:
                for citation in outcome.sources:
                    assert citation.url, outcome.id
                    assert citation.quote, outcome.id
                    assert citation.language, outcome.id


def test_at_least_ten_of_thirteen_have_sourced_outcomes() -> None:
    assert sum(1 for r in ROWS if r.outcomes) >= 10


def test_every_outcome_and_search_belongs_to_a_row() -> None:
    shown = {o.id for r in ROWS for o in r.outcomes}
    assert shown == {o.id for o in OUTCOMES}
    assert {r.unsourced.id for r in ROWS if r.unsourced} == {u.id for u in UNSOURCED}
    assert not {u.figure_id for u in UNSOURCED} & {o.figure_id for o in OUTCOMES}


def test_the_verdicts_on_the_shipped_outcomes() -> None:
    assert {r.figure_id.removeprefix("figure."): r.verdict.value for r in ROWS} == {
        "industrial-value-added-growth-2013": "within_range",
        "industrial-profit-growth-2013": "revised_down",
        "information-consumption-2013": "within_range",
        "information-consumption-growth-2013": "revised_up",
        "telecom-revenue-growth-2013": "revised_up",
        "software-it-services-revenue-growth-2013": "revised_down",
        "administrative-approval-items-reduction-target-2014": "met",
        "lte-commercial-cities-target-2014": "met_at_least",
        "lte-users-target-2014": "met",
        "iptv-users-target-2014": "met",
        "integration-standard-pilot-enterprises-target-2014": "met",
        "integration-standard-compliant-pilots-target-2014": "not_met",
        "backbone-direct-connection-points-target-2014": "met",
    }


def test_revisions_are_exact_and_signed() -> None:
    by_id = {r.figure_id: r for r in ROWS}
    assert by_id[value_added.id].margins == (Decimal("-0.1"),)
    assert by_id[profit.id].margins == (Decimal("-0.8"),)
    assert by_id["figure.telecom-revenue-growth-2013"].margins == (Decimal("0.3"),)
    software = by_id["figure.software-it-services-revenue-growth-2013"]
    assert software.margins == (Decimal("-0.4"), Decimal("-1.6"))  # the conflict, both shown
    assert by_id["figure.iptv-users-target-2014"].margins == (Decimal("640000"),)
    (lead,) = by_id[profit.id].lead
    assert lead.ratio == Fraction(122, 130)  # 12.2 / 13, kept exact


# -- the quotes state the numbers shipped -------------------------------------------------

_SCALES = {
    "万亿": Decimal(10) ** 12,
    "萬億": Decimal(10) ** 12,
    "亿": Decimal(10) ** 8,
    "億": Decimal(10) ** 8,
    "万": Decimal(10) ** 4,
    "萬": Decimal(10) ** 4,
    "trillion": Decimal(10) ** 12,
    "trln": Decimal(10) ** 12,
    "billion": Decimal(10) ** 9,
    "million": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
}
_NUMBER = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(万亿|萬億|亿|億|万|萬|trillion|trln|billion|million|mln)?"
)
_WORDS = {"一半": Fraction(1, 2), "二分之一": Fraction(1, 2), "三分之一": Fraction(1, 3)}


def numbers_in(text: str) -> set[Fraction]:
    """Every number a quote prints, as written and multiplied out by its scale word."""
    found: set[Fraction] = set()
    for digits, scale in _NUMBER.findall(text):
        n = Decimal(digits.replace(",", ""))
        found.add(Fraction(n))
        if scale:
            found.add(Fraction(n * _SCALES[scale]))
    found.update(v for word, v in _WORDS.items() if word in text)
    return found


def test_the_number_reader_reads_the_forms_the_sources_use() -> None:
    assert Fraction(43057000) in numbers_in("其中4G用户达到4305.7万户;")
    assert Fraction(90000000) in numbers_in("4G用戶超過9000萬,")
    assert Fraction(2200000000000) in numbers_in("规模达到2.2万亿元")
    assert Fraction(90060000) in numbers_in("and 90.06 million were 4G customers.")
    assert Fraction(320000) in numbers_in("more than 320,000 base stations")
    assert Fraction(1, 2) in numbers_in("这占原有审批事项近一半")
    assert Fraction(51.8) not in numbers_in("51.8%")  # binary floats never match
    assert Fraction("51.8") in numbers_in("51.8%")


def _implied_base(count: Fraction, percent: Fraction) -> set[Fraction]:
    """The whole numbers of items of which ``count`` items round to ``percent`` (one place)."""
    return {
        Fraction(n)
        for n in range(int(count), int(count * 1000))
        if round(count / n * 1000) == percent * 10
    }


#: Operands no quote prints, each the package's computation from numbers a quote does
#: print: the approval items' base, the one whole number of which 29 items are 51.8%.
_COMPUTED_OPERANDS = {
    "outcome.approval-items-share-cancelled-or-delegated-2014-07": (
        Fraction(56),
        lambda: _implied_base(Fraction(29), Fraction("51.8")),
        {Fraction(29), Fraction("51.8")},
    ),
}


@pytest.mark.parametrize("outcome", OUTCOMES, ids=lambda o: o.id)
def test_each_quote_states_the_value_shipped(outcome: Outcome) -> None:
    """A stated value is in every source's quote (and in its reading, if garbled); a derived
    one has both its operands printed in the quotes (or worked out, by this test, from
    numbers they print), every quote prints one of them, and it gives the value exactly."""
    if outcome.derivation is None:
        for citation in outcome.sources:
            assert citation.quote is not None
            assert Fraction(outcome.value) in numbers_in(citation.quote), citation.url
    else:
        d = outcome.derivation
        operands = {Fraction(d.left), Fraction(d.right)}
        printed = set().union(*(numbers_in(c.quote or "") for c in outcome.sources))
        behind: set[Fraction] = set()
        if outcome.id in _COMPUTED_OPERANDS:
            computed, work_out, behind = _COMPUTED_OPERANDS[outcome.id]
            assert behind <= printed
            assert work_out() == {computed}  # the only value those printed numbers allow
            printed.add(computed)
        assert operands <= printed
        for citation in outcome.sources:
            assert numbers_in(citation.quote or "") & (operands | behind), citation.url
        assert d.result() == Fraction(outcome.value)


def test_the_approval_base_is_the_one_whole_number_29_items_allow() -> None:
    assert _implied_base(Fraction(29), Fraction("51.8")) == {Fraction(56)}
    assert _implied_base(Fraction(26), Fraction("46.4")) == {Fraction(56)}  # 26 of 56
    from miit2014.outcomes import (
        APPROVAL_ITEMS_SHARE_CANCELLED_OR_DELEGATED_2014_07_OUTCOME as share,
    )

    assert share.value == Fraction(5, 14)
    assert share.derivation is not None
    assert (share.derivation.left, share.derivation.right) == (Decimal("20"), Decimal("56"))
    row = {r.figure_id: r for r in ROWS}[approvals.id]
    assert row.verdict is Verdict.MET
    assert [j.outcome.id for j in row.lead] == [share.id]
    assert "已由国务院公布和下放20项" in (share.sources[0].quote or "")
    assert "51.8%" in (share.sources[1].quote or "")
    assert "cacpa.com.cn" in (share.note_en or "")  # the target's base, in the minister's words


def test_the_telecom_derivation_is_3_6_plus_5_1() -> None:
    from miit2014.outcomes import TELECOM_REVENUE_GROWTH_2013_OUTCOME as telecom

    assert telecom.derivation is not None
    assert telecom.derivation.operation is Operation.SUM
    assert (telecom.derivation.left, telecom.derivation.right) == (Decimal("3.6"), Decimal("5.1"))
    assert telecom.value == Decimal("8.7")
    assert any("回落5.1個" in (c.quote or "") for c in telecom.sources)


@pytest.mark.parametrize(
    "citation",
    [c for o in OUTCOMES for c in o.sources if c.reading],
    ids=lambda c: c.url,
)
def test_a_reading_of_a_garbled_quote_keeps_its_numbers(citation: Citation) -> None:
    assert citation.quote is not None
    assert citation.reading is not None
    assert re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)", citation.quote)  # the garbling kept
    assert "(" not in citation.reading
    assert numbers_in(citation.reading) == numbers_in(citation.quote)
    assert citation.language == "zh-Hant"


def test_quotes_are_in_the_language_they_name() -> None:
    han = re.compile(r"[\u4e00-\u9fff]")
    kana = re.compile(r"[\u3040-\u30ff]")
    for c in [c for o in OUTCOMES for c in o.sources] + [c for u in UNSOURCED for c in u.seen]:
        assert c.quote is not None
        if c.language == "en":
            assert not han.search(c.quote), c.url
        elif c.language == "ja":
            assert kana.search(c.quote), c.url
        else:
            assert c.language in ("zh-Hans", "zh-Hant")
            assert han.search(c.quote), c.url


# -- conflicts are declared, both ways, never silent -----------------------------------------


def test_conflicts_are_declared_both_ways_within_one_figure() -> None:
    by_id = {o.id: o for o in OUTCOMES}
    for outcome in OUTCOMES:
        for other_id in outcome.conflicts_with:
            other = by_id[other_id]
            assert other.figure_id == outcome.figure_id
            assert outcome.id in other.conflicts_with


def test_outcomes_that_disagree_must_say_so() -> None:
    """Two outcomes of one figure, counting the same thing at the same date, whose ranges
    do not meet, disagree: they must name each other."""
    full = [o for o in OUTCOMES if o.coverage is Coverage.FULL and o.as_of is not None]
    for a in full:
        for b in full:
            if a.id >= b.id or a.figure_id != b.figure_id or a.as_of != b.as_of:
                continue
            if a.unit is not b.unit:  # a count and a share of one date cannot disagree
                continue
            ra = Quantity(a.value, a.unit, a.qualifier).bounds()
            rb = Quantity(b.value, b.unit, b.qualifier).bounds()
            if above(ra, rb) or below(ra, rb):
                assert b.id in a.conflicts_with, (a.id, b.id)


def test_the_issue_s_conflicts_are_shipped_and_shown() -> None:
    by_id = {r.figure_id: r for r in ROWS}
    software = by_id["figure.software-it-services-revenue-growth-2013"]
    assert len(software.conflicts) == 1
    assert {o.value for o in software.outcomes} == {Decimal("24.6"), Decimal("23.4")}
    approval = by_id[approvals.id]
    assert approval.conflicts == (
        (
            "outcome.approval-items-proposed-2015-01",
            "outcome.approval-items-cancelled-or-delegated-undated",
        ),
    )
    assert "Sources conflict" in software.explain()
    assert software.margin_text == "-0.4 pp; -1.6 pp"  # both, as a list: never piped


# -- the known errors stay fixed ----------------------------------------------------------


def test_the_backbone_points_are_dated_by_the_deadline() -> None:
    from miit2014.outcomes import BACKBONE_DIRECT_CONNECTION_POINTS_2014_OUTCOME as backbone

    assert backbone.as_of == datetime.date(2014, 10, 1)
    assert "2014年10月1日,7个" in (backbone.sources[0].quote or "")


def test_the_national_4g_count_at_the_end_of_the_third_quarter() -> None:
    from miit2014.outcomes import LTE_USERS_2014_09_OUTCOME

    assert LTE_USERS_2014_09_OUTCOME.value == 43057000
    assert LTE_USERS_2014_09_OUTCOME.coverage is Coverage.FULL
    assert LTE_USERS_2014_09_OUTCOME.as_of == datetime.date(2014, 9, 30)


def test_the_approval_aim_raised_to_one_half_is_on_record() -> None:
    from miit2014.outcomes import APPROVAL_ITEMS_CANCELLED_OR_DELEGATED_2014_07_OUTCOME as july

    assert "二分之一" in (july.sources[0].quote or "")
    assert "one half" in (july.note_en or "")
    assert all(c.url for c in july.sources)


def test_the_iptv_q3_figure_is_xinhuas_not_total_telecoms() -> None:
    from miit2014.outcomes import IPTV_USERS_2014_09_OUTCOME, IPTV_USERS_2014_OUTCOME

    assert "3217.4万户" in (IPTV_USERS_2014_09_OUTCOME.sources[0].quote or "")
    assert "xinhua" in IPTV_USERS_2014_09_OUTCOME.sources[0].publisher.lower()
    assert not any("32.174" in (c.note or "") for c in IPTV_USERS_2014_OUTCOME.sources)


# -- verdict logic on constructed cases ----------------------------------------------------

_SOURCE = Citation(
    publisher="Example",
    url="https://example.org/page",
    reliability=Reliability.SECONDARY,
    quote="example",
    language="en",
)


def outcome_of(
    figure: Figure,
    value: object,
    *,
    coverage: Coverage = Coverage.FULL,
    as_of: datetime.date | None = datetime.date(2014, 12, 31),
    qualifier: Qualifier = Qualifier.EXACT,
    unit: Unit | None = None,
    name: str = "a",
) -> Outcome:
    unit = unit or figure.unit
    return Outcome(
        id=f"outcome.test-{name}",
        figure_id=figure.id,
        value=value if isinstance(value, Fraction) else Decimal(str(value)),
        unit=unit,
        qualifier=qualifier,
        counted=figure.counted if unit is Unit.COUNT else None,
        as_of=as_of,
        coverage=coverage,
        scope_en="constructed",
        scope_mismatch=None if coverage is Coverage.FULL else "constructed",
        sources=(_SOURCE,),
    )


def verdict(figure: Figure, *outcomes: Outcome) -> Verdict:
    judge = judge_target if figure.status is Status.TARGET else judge_estimate
    return verdict_of(figure, tuple(judge(figure, o, ABOUT) for o in outcomes))


def test_no_outcome_is_no_source() -> None:
    assert verdict(lte_users) is Verdict.NO_SOURCE


def test_the_targets_own_wording_decides() -> None:
    assert verdict(cities, outcome_of(cities, 301)) is Verdict.MET
    assert verdict(cities, outcome_of(cities, 300)) is Verdict.NOT_MET  # more than 300
    assert verdict(approvals, outcome_of(approvals, Fraction(1, 3))) is Verdict.MET
    assert verdict(approvals, outcome_of(approvals, "33.3", unit=Unit.PERCENT)) is Verdict.NOT_MET


def test_the_outcomes_own_qualifier_counts() -> None:
    more = outcome_of(cities, 300, qualifier=Qualifier.MORE_THAN)
    assert verdict(cities, more) is Verdict.MET  # "more than 300" meets "more than 300"
    about = outcome_of(cities, 305, qualifier=Qualifier.ABOUT)  # about 290 to 320
    (judgement,) = [judge_target(cities, about, ABOUT)]
    assert judgement.bearing is Bearing.STRADDLES
    assert verdict(cities, about) is Verdict.UNDECIDED


@given(st.integers(0, 80_000_000))
def test_one_operators_count_supports_met_at_least_only_when_it_alone_exceeds(n: int) -> None:
    part = outcome_of(lte_users, n, coverage=Coverage.PART)
    expected = Verdict.MET_AT_LEAST if n > 30_000_000 else Verdict.UNDECIDED
    assert verdict(lte_users, part) is expected
    assert verdict(lte_users, part) is not Verdict.MET
    assert verdict(lte_users, part) is not Verdict.NOT_MET  # a part short says nothing


@given(st.integers(0, 400), st.sampled_from(Qualifier))
def test_a_whole_that_holds_what_a_target_counts_decides_only_when_it_falls_short(
    n: int, qualifier: Qualifier
) -> None:
    # the compliant pilots (200 or more) bounded by the enterprises assessed
    whole = outcome_of(compliant, n, coverage=Coverage.CONTAINS, qualifier=qualifier)
    quantity = Quantity(Decimal(n), Unit.COUNT, qualifier).bounds(ABOUT)
    certainly_short = quantity.high is not None and (
        quantity.high < 200 or (quantity.high == 200 and not quantity.high_closed)
    )
    expected = Verdict.NOT_MET if certainly_short else Verdict.UNDECIDED
    assert verdict(compliant, whole) is expected
    assert verdict(compliant, whole) is not Verdict.MET  # a whole that meets says nothing
    bearing = judge_target(compliant, whole, ABOUT).bearing
    assert bearing is (Bearing.UPPER_BOUND if certainly_short else Bearing.WHOLE_MEETS)


def test_an_upper_bound_needs_the_end_of_the_period_and_can_conflict() -> None:
    early = outcome_of(compliant, 150, coverage=Coverage.CONTAINS, as_of=datetime.date(2014, 6, 30))
    assert judge_target(compliant, early, ABOUT).bearing is Bearing.INTERIM  # it may yet grow
    assert verdict(compliant, early) is Verdict.UNDECIDED
    whole = outcome_of(compliant, 150, coverage=Coverage.CONTAINS, name="whole")
    part = outcome_of(compliant, 250, coverage=Coverage.PART, name="part")
    assert verdict(compliant, part) is Verdict.MET_AT_LEAST
    assert verdict(compliant, whole, part) is Verdict.CONFLICTING  # the sources cannot both hold
    final = outcome_of(compliant, 210, name="final")
    assert verdict(compliant, whole, final) is Verdict.MET  # a deciding outcome comes first


def test_a_whole_below_an_estimates_range_revises_it_down() -> None:
    end = datetime.date(2013, 12, 31)  # profit growth: 13%, exact
    low = outcome_of(profit, "12", coverage=Coverage.CONTAINS, as_of=end)
    assert verdict(profit, low) is Verdict.REVISED_DOWN
    high = outcome_of(profit, "14", coverage=Coverage.CONTAINS, as_of=end)
    assert judge_estimate(profit, high, ABOUT).bearing is Bearing.WHOLE_MEETS
    assert verdict(profit, high) is Verdict.UNDECIDED


def test_another_scope_never_decides() -> None:
    other = outcome_of(approvals, "51.8", unit=Unit.PERCENT, coverage=Coverage.OTHER)
    assert judge_target(approvals, other, ABOUT).verdict is Verdict.MET  # alone, it would
    assert verdict(approvals, other) is Verdict.UNDECIDED


def test_time_decides_what_an_outcome_can_show() -> None:
    interim_short = outcome_of(lte_users, 20_000_000, as_of=datetime.date(2014, 9, 30))
    assert verdict(lte_users, interim_short) is Verdict.UNDECIDED
    interim_met = outcome_of(lte_users, 40_000_000, as_of=datetime.date(2014, 9, 30))
    assert verdict(lte_users, interim_met) is Verdict.MET
    late = outcome_of(lte_users, 40_000_000, as_of=datetime.date(2015, 1, 31))
    assert judge_target(lte_users, late, ABOUT).bearing is Bearing.LATE
    assert verdict(lte_users, late) is Verdict.UNDECIDED
    undated = outcome_of(lte_users, 40_000_000, as_of=None)
    assert verdict(lte_users, undated) is Verdict.UNDECIDED
    final_short = outcome_of(lte_users, 20_000_000)
    assert verdict(lte_users, final_short) is Verdict.NOT_MET


def test_a_count_against_a_share_is_not_comparable() -> None:
    items = Outcome(
        id="outcome.test-items",
        figure_id=approvals.id,
        value=Decimal(20),
        unit=Unit.COUNT,
        qualifier=Qualifier.EXACT,
        counted="administrative approval items",
        as_of=datetime.date(2014, 7, 24),
        coverage=Coverage.FULL,
        scope_en="constructed",
        scope_mismatch=None,
        sources=(_SOURCE,),
    )
    judgement = judge_target(approvals, items, ABOUT)
    assert judgement.bearing is Bearing.NOT_COMPARABLE
    assert judgement.margin is None
    assert verdict(approvals, items) is Verdict.UNDECIDED


def test_disagreeing_sources_conflict_only_when_their_verdicts_differ() -> None:
    met = outcome_of(lte_users, 31_000_000, name="a")
    short = outcome_of(lte_users, 29_000_000, name="b")
    assert verdict(lte_users, met, short) is Verdict.CONFLICTING
    also_met = outcome_of(lte_users, 35_000_000, name="c")
    assert verdict(lte_users, met, also_met) is Verdict.MET
    end_2013 = datetime.date(2013, 12, 31)
    low = outcome_of(profit, "12.2", name="a", as_of=end_2013)
    high = outcome_of(profit, "13.5", name="b", as_of=end_2013)
    lower = outcome_of(profit, "11", name="c", as_of=end_2013)
    assert verdict(profit, low, high) is Verdict.CONFLICTING
    assert verdict(profit, low, lower) is Verdict.REVISED_DOWN


@given(st.decimals(min_value=0, max_value=30, places=2))
def test_an_estimate_is_judged_by_its_qualifiers_range_and_revised_exactly(x: Decimal) -> None:
    for figure in (value_added, profit):  # about 9.8 %; exactly 13 %
        final = outcome_of(figure, x, as_of=datetime.date(2013, 12, 31))
        judgement = judge_estimate(figure, final, ABOUT)
        allowed = Quantity.of(figure).bounds(ABOUT)
        if x in allowed:
            assert judgement.verdict is Verdict.WITHIN_RANGE
        elif allowed.high is not None and x > allowed.high:
            assert judgement.verdict is Verdict.REVISED_UP
        else:
            assert judgement.verdict is Verdict.REVISED_DOWN
        assert Fraction(judgement.margin) == Fraction(x) - Fraction(figure.value)  # type: ignore[arg-type]
        assert Fraction(judgement.ratio) == Fraction(x) / Fraction(figure.value)  # type: ignore[arg-type]
        assert not isinstance(judgement.margin, float)


def test_only_a_final_full_figure_settles_an_estimate() -> None:
    early = outcome_of(value_added, "9.7", as_of=datetime.date(2013, 11, 30))
    assert judge_estimate(value_added, early, ABOUT).bearing is Bearing.INTERIM
    assert verdict(value_added, early) is Verdict.UNDECIDED
    part = outcome_of(value_added, "9.7", coverage=Coverage.PART, as_of=datetime.date(2013, 12, 31))
    assert verdict(value_added, part) is Verdict.UNDECIDED


@given(
    st.fractions(min_value=-10, max_value=10, max_denominator=7),
    st.fractions(min_value=0, max_value=5, max_denominator=7),
    st.fractions(min_value=-10, max_value=10, max_denominator=7),
    st.fractions(min_value=0, max_value=5, max_denominator=7),
    st.booleans(),
    st.booleans(),
)
def test_range_relations_agree_with_their_members(
    a: Fraction, wa: Fraction, b: Fraction, wb: Fraction, ca: bool, cb: bool
) -> None:
    from miit2014.analysis.quantity import Bounds

    x, y = Bounds(a, a + wa, ca, ca or wa == 0), Bounds(b, b + wb, cb, cb or wb == 0)
    probe = sorted({a, a + wa, b, b + wb, (a + a + wa) / 2, (b + b + wb) / 2})
    probe += [(p + q) / 2 for p, q in itertools.pairwise(probe)]
    in_x = [p for p in probe if p in x]
    in_y = [p for p in probe if p in y]
    if inside(x, y):
        assert all(p in y for p in in_x)
    if above(x, y):
        assert all(p > q for p in in_x for q in in_y)
    if below(x, y):
        assert all(p < q for p in in_x for q in in_y)


# -- the model refuses outcomes that are not sourced ---------------------------------------


def _shipped() -> Outcome:
    from miit2014.outcomes import IPTV_USERS_2014_OUTCOME

    return IPTV_USERS_2014_OUTCOME


@pytest.mark.parametrize("field", ["url", "quote"])
def test_a_source_without_address_or_words_is_refused(field: str) -> None:
    bare = attrs.evolve(
        _SOURCE, **{field: None, **({"language": None} if field == "quote" else {})}
    )
    with pytest.raises(DataError, match=field) as error:
        attrs.evolve(_shipped(), sources=(bare,))
    assert error.value.path == f"$.sources[0].{field}"


def test_a_quote_names_its_language_and_a_reading_needs_a_quote() -> None:
    with pytest.raises(DataError, match="language"):
        attrs.evolve(_SOURCE, language=None)
    with pytest.raises(DataError, match="language tag"):
        attrs.evolve(_SOURCE, language="English")
    with pytest.raises(DataError, match="reading"):
        Citation(publisher="x", reading="清")


def test_scope_and_coverage_must_agree() -> None:
    with pytest.raises(DataError, match="scope_mismatch"):
        attrs.evolve(_shipped(), coverage=Coverage.PART)
    with pytest.raises(DataError, match="scope_mismatch"):
        attrs.evolve(_shipped(), scope_mismatch="households")


def test_a_derivation_must_give_the_value_exactly() -> None:
    wrong = Derivation(
        operation=Operation.SUM, left=Decimal("3.6"), right=Decimal("5"), explanation_en="x"
    )
    with pytest.raises(DataError, match="derivation"):
        attrs.evolve(_shipped(), value=Decimal("8.7"), derivation=wrong)
    with pytest.raises(DataError, match="divides by zero"):
        Derivation(operation=Operation.RATIO, left=Decimal(1), right=Decimal(0), explanation_en="x")
    base = Derivation(
        operation=Operation.BASE_BEFORE_GROWTH,
        left=Decimal("2800000000000"),
        right=Decimal(18),
        explanation_en="x",
    )
    assert base.result() == Fraction(140000000000000, 59)


def test_an_outcome_cannot_conflict_with_itself() -> None:
    with pytest.raises(DataError, match="itself"):
        attrs.evolve(_shipped(), conflicts_with=(_shipped().id,))


def test_an_unsourced_record_says_what_was_searched() -> None:
    with pytest.raises(DataError, match="searched"):
        Unsourced(id="unsourced.x", figure_id=cities.id, searched=(), seen_en="nothing")


# -- every view of the scorecard ---------------------------------------------------------------


def test_reprs_are_one_line_and_html_is_a_table() -> None:
    for row in ROWS:
        text = repr(row)
        assert "\n" not in text
        assert text.startswith(f"<ScorecardRow {row.figure_id}: ")
        assert verdict_words(row.verdict) in text
        html = row._repr_html_()
        assert html.startswith("<table>")
        assert row.figure_id in html
    for outcome in OUTCOMES:
        assert "\n" not in repr(outcome)
        assert outcome.id in repr(outcome)
        assert "<table>" in outcome._repr_html_()
    searched = Unsourced(id="unsourced.x", figure_id=cities.id, searched=("q",), seen_en="none")
    assert repr(searched) == "<Unsourced unsourced.x: no source found (1 searches)>"
    table = ROWS._repr_html_()
    assert table.count("<tr>") == len(ROWS) + 1  # a header and one row per figure
    assert isinstance(ROWS, tuple)


def test_html_escapes_what_it_shows() -> None:
    row = attrs.evolve(ROWS[0], figure=attrs.evolve(ROWS[0].figure, label_short_en="<b>x</b>"))
    assert "<b>x</b>" not in row._repr_html_()
    assert "&lt;b&gt;" in row._repr_html_()


def test_explain_quotes_every_source_and_says_what_was_searched() -> None:
    for row in ROWS:
        text = row.explain()
        assert f"Verdict: {verdict_words(row.verdict)}: " in text
        for outcome in row.outcomes:
            for citation in outcome.sources:
                assert citation.quote is not None
                assert citation.quote in text
        if row.unsourced is not None:
            assert row.unsourced.searched[0] in text


def test_the_facade_and_a_loaded_report() -> None:
    assert miit2014.scorecard is scorecard
    assert miit2014.ScorecardRow is ScorecardRow
    loaded = miit2014.from_json(miit2014.to_json(REPORT))
    # a loaded report brings no outcomes; given them as an edition, it is judged alike
    assert {r.verdict for r in scorecard(loaded)} == {Verdict.NO_SOURCE}
    edition = Edition(report=loaded, outcomes=OUTCOMES, unsourced=UNSOURCED)
    assert [r.verdict for r in scorecard(edition)] == [r.verdict for r in ROWS]
    assert scorecard() is scorecard()  # worked out once per report
    assert all(type(r) is ScorecardRow for r in scorecard(tolerance=Fraction(1, 10)))


def test_a_loaded_report_is_judged_against_its_own_outcomes_never_the_shipped_ones() -> None:
    from miit2014.model.edition import Edition
    from miit2014.outcomes import OUTCOMES, UNSOURCED

    loaded = miit2014.from_json(miit2014.to_json(REPORT))
    assert {r.verdict for r in scorecard(loaded)} == {Verdict.NO_SOURCE}
    assert all(r.outcomes == () and r.unsourced is None for r in scorecard(loaded))
    edition = Edition(report=loaded, outcomes=OUTCOMES, unsourced=UNSOURCED)
    assert [r.verdict for r in scorecard(edition)] == [r.verdict for r in ROWS]
    lte = OUTCOMES[0]
    alone = Edition(report=loaded, outcomes=(lte,))
    (row,) = [r for r in scorecard(alone) if r.outcomes]
    assert row.outcomes == (lte,)


def test_the_frame_has_one_row_per_figure() -> None:
    pd = pytest.importorskip("pandas")
    frame = miit2014.to_frame("scorecard")
    assert list(frame.index) == [r.figure_id for r in ROWS]  # indexed by its key
    assert list(frame["verdict"]) == [r.verdict.value for r in ROWS]
    assert isinstance(frame["verdict"].dtype, pd.CategoricalDtype)
    sources = miit2014.to_frame("outcome_sources")
    assert len(sources) == sum(len(o.sources) for o in OUTCOMES)
    assert sources["quote"].notna().all()


def test_the_outcomes_json_document_loads_back() -> None:
    import json

    from miit2014.exchange.jsonio import from_json
    from miit2014.exchange.scorecard import outcomes_json

    document = json.loads(outcomes_json())
    assert document["schema_version"]
    assert [r["figure_id"] for r in document["scorecard"]] == [r.figure_id for r in ROWS]
    loaded = [from_json(json.dumps(o), Outcome) for o in document["outcomes"]]
    assert loaded == list(OUTCOMES)
    assert [from_json(json.dumps(u), Unsourced) for u in document["unsourced"]] == list(UNSOURCED)
    assert outcomes_json() == outcomes_json()  # same data, same bytes


def test_search_finds_an_outcome_by_its_sources_words() -> None:
    (hit, *_) = miit2014.search("4305.7万户")
    assert hit.id == "outcome.lte-users-2014-09"
    assert hit.field == "sources.quote"
    assert hit.record is OUTCOMES[[o.id for o in OUTCOMES].index(hit.id)]
    assert (
        miit2014.search("hybrid LTE network trials")[0].id == "outcome.lte-cities-china-unicom-2014"
    )


# -- the rows settled from the sources read on 2026-12-01 --------------------------------------


def test_one_operator_s_300_plus_cities_carry_the_4g_cities_row() -> None:
    from miit2014.outcomes import LTE_CITIES_CHINA_UNICOM_2014_OUTCOME as unicom

    row = {r.figure_id: r for r in ROWS}[cities.id]
    assert row.verdict is Verdict.MET_AT_LEAST
    assert row.unsourced is None
    assert [j.outcome.id for j in row.supporting] == [unicom.id]
    assert row.supporting[0].bearing is Bearing.LOWER_BOUND
    assert unicom.coverage is Coverage.PART
    assert unicom.qualifier is Qualifier.MORE_THAN
    assert "more than 300 cities" in (unicom.sources[0].quote or "")
    assert row.best_reliability is Reliability.SECONDARY  # one trade-press page, and it says so


def test_nearly_200_assessed_bounds_the_compliant_pilots_from_above() -> None:
    from miit2014.outcomes import (
        INTEGRATION_STANDARD_ASSESSED_ENTERPRISES_2014_OUTCOME as assessed,
    )
    from miit2014.outcomes import (
        INTEGRATION_STANDARD_PILOT_ENTERPRISES_2014_OUTCOME as pilots,
    )

    row = {r.figure_id: r for r in ROWS}[assessed.figure_id]
    assert row.verdict is Verdict.NOT_MET
    assert row.unsourced is None
    assert row.judgement_of(assessed.id).bearing is Bearing.UPPER_BOUND
    assert [j.outcome.id for j in row.supporting] == [assessed.id]
    quote = assessed.sources[0].quote or ""
    assert "对近200家企业开展了评定工作" in quote
    assert "2014年" in quote
    assert assessed.qualifier is Qualifier.NEARLY
    assert assessed.coverage is Coverage.CONTAINS
    assert "upper bound" in (assessed.scope_mismatch or "")
    assert "not met" in (assessed.note_en or "")  # what the bound implies, said in words
    assert pilots.sources[0] is assessed.sources[0]  # the same notice dates the 502 to 2014
    assert "160号" in (pilots.sources[0].note or "")


def test_no_unsourced_record_outlives_its_answer() -> None:
    assert UNSOURCED == ()
    assert all(r.verdict is not Verdict.NO_SOURCE for r in ROWS)


def test_the_china_daily_items_are_read_on_china_daily_s_own_hosts() -> None:
    hosts = {c.url.split("/")[2] for o in OUTCOMES for c in o.sources if c.url}
    assert "en.chinagate.cn" not in hosts
    assert {"global.chinadaily.com.cn", "www.chinadaily.com.cn"} <= hosts


def test_every_source_says_when_its_page_was_read() -> None:
    today = datetime.date.today()
    for outcome in OUTCOMES:
        for c in outcome.sources:
            assert c.accessed is not None, (outcome.id, c.url)
            assert datetime.date(2026, 11, 25) <= c.accessed <= today, c.url
            if c.date is not None:
                assert c.date <= c.accessed  # read after it was published


def test_a_read_is_a_date_and_never_tomorrow() -> None:
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    with pytest.raises(DataError, match=r"accessed.*future"):
        attrs.evolve(_SOURCE, accessed=tomorrow)
    with pytest.raises(DataError, match=r"accessed.*expected a date"):
        attrs.evolve(_SOURCE, accessed="2026-12-01")  # type: ignore[arg-type]
    assert attrs.evolve(_SOURCE, accessed=datetime.date.today()).accessed == datetime.date.today()
    assert _SOURCE.accessed is None  # not recorded is allowed; the data tests ask for it


def test_the_notes_say_what_the_sources_support_and_no_more() -> None:
    from miit2014.outcomes import INFORMATION_CONSUMPTION_2013_OUTCOME as info
    from miit2014.outcomes import (
        SOFTWARE_IT_SERVICES_REVENUE_GROWTH_2013_INDUSTRY_REPORT_OUTCOME as software,
    )

    assert "evidently" not in (info.note_en or "")
    assert "2.24 trillion (the package's computation)" in (info.note_en or "")
    assert "3.06 / 2.48 = 1.234 (the package's computation)" in (software.note_en or "")


def test_a_row_no_source_answered_says_what_was_searched() -> None:
    """No shipped row is unsourced now; the path stays tested on a search record swapped in."""
    import miit2014.outcomes as shipped

    searched = Unsourced(
        id="unsourced.lte-commercial-cities-2014",
        figure_id=cities.id,
        searched=("2014年底 4G 商用城市 超过300个",),
        seen_en="Only plans.",
        seen=(_SOURCE,),
    )
    kept = tuple(o for o in shipped.OUTCOMES if o.figure_id != cities.id)
    edition = Edition(report=REPORT, outcomes=kept, unsourced=(searched,))
    row = {r.figure_id: r for r in scorecard(edition)}[cities.id]
    assert row.verdict is Verdict.NO_SOURCE
    assert row.unsourced is searched
    text = row.explain()
    assert "Seen instead: Only plans." in text
    assert '"2014年底 4G 商用城市 超过300个"' in text


# -- the whole card as a paragraph -------------------------------------------------------


def test_the_summary_counts_the_rows_in_words() -> None:
    assert ROWS.summary() == (
        "Of the seven 2014 targets, five were met, one was met at least (the count of a part"
        " alone meets it) and one was not met. Of the six 2013 estimates, two came within the"
        " range their wording allowed, two were revised up and two were revised down."
    )
    assert ROWS.summary(lang="zh") == (
        "在7项2014年目标中，5项已实现，1项至少已实现（仅一部分的数字即已达到），1项未实现。"
        "在6项2013年预计数中，2项最终数在预计范围内，2项最终数高于预计，2项最终数低于预计。"
    )
    with pytest.raises(ValueError, match="lang"):
        ROWS.summary(lang="fr")


def test_the_summary_follows_the_rows_it_is_given() -> None:
    from miit2014.analysis.scorecard import Scorecard

    met = Scorecard(r for r in ROWS if r.verdict is Verdict.MET)
    assert met.summary() == "All five 2014 targets were met."
    one = Scorecard(r for r in ROWS if r.verdict is Verdict.NOT_MET)
    assert one.summary() == "The one 2014 target was not met."
    assert one.summary("zh") == "在1项2014年目标中，1项未实现。"
    loaded = scorecard(miit2014.from_json(miit2014.to_json(REPORT)))  # no outcomes
    assert loaded.summary() == (
        "All seven 2014 targets have no source. All six 2013 estimates have no source."
    )
    assert Scorecard().summary() == "The report has no estimate or target."


@given(st.lists(st.sampled_from(list(ROWS)), max_size=30))
def test_the_summary_s_numbers_add_up_to_the_rows(rows: list[ScorecardRow]) -> None:
    from miit2014.analysis.scorecard import Scorecard

    text = Scorecard(rows).summary("zh")  # digits, so they can be read back
    totals = [int(n) for n in re.findall(r"在(\d+)项", text)]
    parts = [int(n) for n in re.findall(r"[，中](\d+)项", text)]
    assert sum(totals) == sum(parts) == len(rows)
