"""Checking what others wrote: reading quantities, judging them, and every surface."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import miit2014
from miit2014 import CheckVerdict, check
from miit2014.analysis import textnorm
from miit2014.analysis.claims import ClaimUnit, cn_integer, read_claims
from miit2014.exchange.checked import checked_json
from miit2014.exchange.claimreview import to_claimreview
from miit2014.model.figure import Qualifier
from miit2014.views.cli import run

MATCHES, DIFFERS, NOT_IN = CheckVerdict.MATCHES, CheckVerdict.DIFFERS, CheckVerdict.NOT_IN_REPORT


def one(text: str) -> tuple[CheckVerdict, str | None, str]:
    (result,) = check(text)
    return result.verdict, result.figure_id, result.reason


# -- reading ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "value", "unit", "qualifier"),
    [
        ("超过2万亿元", "超过2万亿元", 2 * 10**12, ClaimUnit.YUAN, Qualifier.MORE_THAN),
        ("exceed RMB 1 trln", "exceed RMB 1 trln", 10**12, ClaimUnit.YUAN, Qualifier.MORE_THAN),
        ("CNY 2.8 trillion", "CNY 2.8 trillion", 28 * 10**11, ClaimUnit.YUAN, Qualifier.EXACT),
        ("US$16.5 billion", "US$16.5 billion", 165 * 10**8, ClaimUnit.DOLLARS, Qualifier.EXACT),
        ("600多万户", "600多万户", 6 * 10**6, ClaimUnit.COUNT, Qualifier.MORE_THAN),
        ("25%左右", "25%左右", 25, ClaimUnit.PERCENT, Qualifier.ABOUT),
        (
            "about 9.8 percent",
            "about 9.8 percent",
            Fraction(98, 10),
            ClaimUnit.PERCENT,
            Qualifier.ABOUT,
        ),
        ("三分之一以上", "三分之一以上", Fraction(1, 3), ClaimUnit.FRACTION, Qualifier.AT_LEAST),
        (
            "almost one-third",
            "almost one-third",
            Fraction(1, 3),
            ClaimUnit.FRACTION,
            Qualifier.NEARLY,
        ),
        (
            "5.1个百分点",
            "5.1个百分点",
            Fraction(51, 10),
            ClaimUnit.PERCENTAGE_POINTS,
            Qualifier.EXACT,
        ),
        (
            "5.1 percentage points",
            "5.1 percentage points",
            Fraction(51, 10),
            ClaimUnit.PERCENTAGE_POINTS,
            Qualifier.EXACT,
        ),
        ("3千万人を上回り", "3千万人", 3 * 10**7, ClaimUnit.COUNT, Qualifier.EXACT),
        ("2兆元を超え", "2兆元を超え", 2 * 10**12, ClaimUnit.YUAN, Qualifier.MORE_THAN),
        ("2億5000万人", "2億5000万人", 25 * 10**7, ClaimUnit.COUNT, Qualifier.EXACT),
        ("eleven enterprises", "eleven", 11, ClaimUnit.COUNT, Qualifier.EXACT),
        ("1,569 enterprises", "1,569", 1569, ClaimUnit.COUNT, Qualifier.EXACT),
        ("用户超過3000萬", "超過3000萬", 3 * 10**7, ClaimUnit.COUNT, Qualifier.MORE_THAN),
    ],
)
def test_reads_each_way_of_writing_a_quantity(
    text: str, written: str, value: object, unit: ClaimUnit, qualifier: Qualifier
) -> None:
    _, claims = read_claims(text)
    assert [(c.written, c.value, c.unit, c.qualifier) for c in claims] == [
        (written, Fraction(value), unit, qualifier)  # type: ignore[arg-type]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2013年12月27日",
        "on Dec 27, 2013",
        "the 12th Five-Year Plan",
        "4G and TD-LTE",
        "前11个月",
        "in the first six months",
        "1-10月",
        "一是扩大内需",
    ],
)
def test_years_dates_and_names_are_not_quantities(text: str) -> None:
    assert read_claims(text)[1] == ()


def test_precision_is_the_step_of_the_last_written_digit() -> None:
    _, claims = read_claims("30 mln, 8.4%, 3000万")
    assert [c.precision for c in claims] == [10**6, Fraction(1, 10), 10**4]


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("七", 7),
        ("十九", 19),
        ("两", 2),
        ("三千五百", 3500),
        ("一千五百六十九", 1569),
        ("二〇一三", 2013),
    ],
)
def test_chinese_numerals(numeral: str, value: int) -> None:
    assert cn_integer(numeral) == value


def test_offsets_point_into_the_text_as_given_with_romanisation_removed_for_reading() -> None:
    text = "信息消費(fèi)規(guī)模超過(guò)2萬(wàn)億元,增長(zhǎng)25%左右"
    results = check(text)
    assert [text[r.start : r.end] for r in results] == [r.written for r in results]
    assert [r.written for r in results] == ["超過(guò)2萬(wàn)億元", "25%左右"]
    assert [r.verdict for r in results] == [MATCHES, MATCHES]


def test_without_opencc_the_built_in_table_reads_a_traditional_repost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(textnorm, "_opencc", lambda: None)
    results = check("2014年年底前4G商用城市超過300個,用戶超過3000萬。力爭IPTV用戶數突破3300萬")
    assert [r.figure_id for r in results] == [
        "figure.lte-commercial-cities-target-2014",
        "figure.lte-users-target-2014",
        "figure.iptv-users-target-2014",
    ]


# -- verdicts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict", "figure_id"),
    [
        # less precise or looser, not wrong
        (
            "industrial value added grew 10 percent in 2013",
            MATCHES,
            "figure.industrial-value-added-growth-2013",
        ),
        ("telecom revenue grew 8 per cent in 2013", MATCHES, "figure.telecom-revenue-growth-2013"),
        ("the number of 4G users will exceed 30 mln", MATCHES, "figure.lte-users-target-2014"),
        (
            "information consumption of about 2 trillion yuan in 2013",
            MATCHES,
            "figure.information-consumption-2013",
        ),
        ("at least 30 million 4G subscribers", MATCHES, "figure.lte-users-target-2014"),
        # a misreading of the number
        (
            "IT-related consumer spending to exceed RMB 1 trln in 2013",
            DIFFERS,
            "figure.information-consumption-2013",
        ),
        (
            "information consumption grew 28% in 2013",
            DIFFERS,
            "figure.information-consumption-growth-2013",
        ),
        ("telecom revenue grew 8.6% in 2013", DIFFERS, "figure.telecom-revenue-growth-2013"),
        ("nearly 30 million 4G users", DIFFERS, "figure.lte-users-target-2014"),
        # not this figure at all
        ("e-commerce grew 25% in 2013", NOT_IN, None),
        ("a 2015 goal of 250 million 4G users", NOT_IN, None),
        ("2013年1-10月,全国电信业务收入同比增长8.6%", NOT_IN, None),
        ("telecom revenue growth was 5.1 percentage points lower", NOT_IN, None),
        ("4G investment of $16.5 billion", NOT_IN, None),
        ("China Mobile plans 4G in 300 cities", NOT_IN, None),
        ("上半年信息消费规模突破2万亿元", NOT_IN, None),
        ("会议明确了2016年通信业目标。力争4G用户6亿户", NOT_IN, None),
        ("全国平均接入速率增长1.17倍", NOT_IN, None),
    ],
)
def test_verdicts(text: str, verdict: CheckVerdict, figure_id: str | None) -> None:
    got, got_id, _ = one(text)
    assert (got, got_id) == (verdict, figure_id)


def test_every_figure_of_the_report_matches_its_own_quote() -> None:
    """The report's own sentences, 分别 lists and count nouns after the number included."""
    for figure in miit2014.REPORT.figures:
        verdicts = {(r.figure_id, r.verdict) for r in check(figure.quote)}
        assert (figure.id, MATCHES) in verdicts, figure.quote


def test_a_respectively_list_pairs_measures_and_numbers_in_order() -> None:
    results = check("单位工业增加值能耗和用水量分别降低4.8%和8%")
    assert [(r.figure_id, r.verdict) for r in results] == [
        ("figure.industrial-energy-intensity-reduction-2013", MATCHES),
        ("figure.industrial-water-intensity-reduction-2013", MATCHES),
    ]
    swapped = check("单位工业增加值能耗和用水量分别降低8%和4.8%")
    assert [r.verdict for r in swapped] == [DIFFERS, DIFFERS]


def test_a_day_and_a_half() -> None:
    (claim,) = read_claims("会期1天半")[1]
    assert (claim.written, claim.value) == ("1天半", Fraction(3, 2))


def test_a_differing_number_that_equals_a_later_outcome_says_so() -> None:
    (result,) = check("2013年全国信息消费增长28%")
    assert result.verdict is DIFFERS
    assert result.outcome is not None
    assert result.outcome.value == 28
    assert (
        "matches the later figure reported by ykgl.com (28%), not the report's estimate"
        in result.explain()
    )


def test_explain_quotes_the_report_and_says_why_in_both_languages() -> None:
    (result,) = check("exceed RMB 1 trln of information consumption in 2013")
    text = result.explain()
    assert "信息消费规模超过2万亿元" in text
    assert "Size of information consumption: more than 2 trillion yuan" in text
    assert "more than 1 trillion yuan is another number" in text
    assert "另一个数字" in result.explain("zh")


def test_anything_but_text_is_refused_with_a_data_error() -> None:
    with pytest.raises(miit2014.DataError, match="not bytes"):
        check(b"30 mln")  # type: ignore[arg-type]


def test_verdict_is_a_str_enum_of_the_three_words() -> None:
    assert [v.value for v in CheckVerdict] == ["matches", "differs", "not_in_report"]
    assert miit2014.check is check


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list(
                "0123456789.,%万亿億萬元 约超过左右以上多近"
                "about more than 4G users yuan 年月(guī)規"
            )
        ),
        max_size=80,
    )
)
def test_any_text_gives_ordered_results_whose_offsets_hold_what_was_written(text: str) -> None:
    results = check(text)
    ends = -1
    for r in results:
        assert text[r.start : r.end] == r.written
        assert r.start >= ends
        ends = r.end
        assert (r.verdict is NOT_IN) == (r.figure_id is None)


# -- surfaces ----------------------------------------------------------------------------

SENTENCE = (
    "The MIIT expects China's IT-related consumer spending to exceed RMB 1 trln in 2013,"
    " up approximately 25% YoY."
)


def test_json_writes_exact_values_as_text() -> None:
    data = json.loads(checked_json(check(SENTENCE)))
    assert [(d["written"], d["value"], d["verdict"]) for d in data] == [
        ("exceed RMB 1 trln", "1000000000000", "differs"),
        ("approximately 25%", "25", "matches"),
    ]
    assert data[0]["report_quote"] == "信息消费规模超过2万亿元"


def test_claimreview_rates_each_quantity_and_cites_the_report() -> None:
    reviews = json.loads(to_claimreview(check(SENTENCE), url="https://example.org/a"))
    assert [r["@type"] for r in reviews] == ["ClaimReview", "ClaimReview"]
    assert [r["reviewRating"]["ratingValue"] for r in reviews] == [1, 3]
    assert reviews[0]["reviewRating"]["alternateName"] == "differs from the report"
    assert reviews[0]["itemReviewed"]["appearance"]["url"] == "https://example.org/a"
    assert reviews[0]["isBasedOn"]["text"] == "信息消费规模超过2万亿元"
    assert reviews[0]["itemReviewed"]["text"] == SENTENCE


def test_notebook_display_colours_each_quantity_and_quotes_the_report() -> None:
    page = check(SENTENCE)._repr_html_()
    assert page.count("<mark") == 2
    assert 'data-verdict="differs"' in page
    assert 'data-verdict="matches"' in page
    assert "信息消费规模超过2万亿元" in page
    hostile = check("<b>4G users will exceed 30 mln</b>")._repr_html_()
    assert "<b>" not in hostile
    assert "&lt;b&gt;" in hostile


def test_cli_checks_an_argument(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", SENTENCE]) == 0
    out = capsys.readouterr().out
    assert "1. exceed RMB 1 trln  —  differs from the report" in out
    assert "matches: 1, differs: 1, not_in_report: 0" in out


def test_cli_reads_a_file_and_standard_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    assert run(["check", "--file", str(path), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("4G用户超过3000万"))
    assert run(["check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["verdict"] == "matches"


def test_cli_refuses_an_unreadable_file_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("caf\xe9 30 mln".encode("latin-1"))
    assert run(["check", "--file", str(path)]) == 2
    err = capsys.readouterr().err
    assert "cannot read" in err
    assert "UnicodeDecodeError" in err
    assert "Traceback" not in err
