"""The figures, checked against the Chinese by a second method rather than restated.

Each numeral is read again by a small parser written here, the qualifier is derived from
the words printed next to the number, status and commitment from where and how the sentence
says it, and the period from the time words of the sentence.
"""

from __future__ import annotations

import ast
import calendar
import datetime
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import miit2014
import miit2014.figures as figures_module
from miit2014 import REPORT, SOURCE_TEXT, Figure
from miit2014.analysis.audit import numeral_span
from miit2014.glossary import TERMS
from miit2014.model.figure import Commitment, Period, PeriodKind, Qualifier, Status, Unit

FIGURES = REPORT.figures
MEETING = REPORT.meeting
CONSTANTS = {
    name: value for name, value in vars(figures_module).items() if isinstance(value, Figure)
}
each_figure = pytest.mark.parametrize("figure", FIGURES, ids=lambda f: f.id)

# -- an independent reading of the numerals -----------------------------------------------

_CHINESE_DIGIT = dict(zip("一二三四五六七八九", range(1, 10), strict=True)) | {"两": 2}
_MULTIPLIER = {"万": 10**4, "亿": 10**8}
_UNIT_OF_SUFFIX = {
    "%": Unit.PERCENT,
    "元": Unit.YUAN,
    "年": Unit.YEARS,
    "天半": Unit.DAYS,
    "个": Unit.COUNT,
    "家": Unit.COUNT,
    "项": Unit.COUNT,
    "户": Unit.COUNT,
    "": Unit.COUNT,
}


def read_numeral(numeral: str) -> tuple[Decimal | Fraction, Unit, bool]:
    """``(value in base units, unit, 多 present)`` of a numeral as printed."""
    if fraction := re.fullmatch(r"(.)分之(.)", numeral):
        denominator, numerator = (_CHINESE_DIGIT[g] for g in fraction.groups())
        return Fraction(numerator, denominator), Unit.FRACTION, False
    arabic = re.fullmatch(r"(\d+(?:\.\d+)?)(多?)([万亿]*)(天半|.?)", numeral)
    assert arabic, f"cannot read {numeral!r}"
    number, more, multipliers, suffix = arabic.groups()
    value = Decimal(number)
    for ch in multipliers:
        value *= _MULTIPLIER[ch]
    if suffix == "天半":
        value += Decimal("0.5")
    return value, _UNIT_OF_SUFFIX[suffix], more == "多"


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("2万亿元", Decimal(2 * 10**12)),
        ("600多万户", Decimal(6_000_000)),
        ("176万户", Decimal(1_760_000)),
        ("1天半", Decimal("1.5")),
        ("三分之一", Fraction(1, 3)),
        ("9.8%", Decimal("9.8")),
    ],
)
def test_the_test_parser_reads_the_issue_examples(numeral: str, value: object) -> None:
    assert read_numeral(numeral)[0] == value


@each_figure
def test_value_and_unit_are_the_numeral_as_printed(figure: Figure) -> None:
    value, unit, _ = read_numeral(figure.numeral)
    assert figure.value == value
    assert figure.unit is unit


@each_figure
def test_values_are_exact(figure: Figure) -> None:
    assert type(figure.value) in (Decimal, Fraction)
    assert (type(figure.value) is Fraction) == ("分之" in figure.numeral)
    assert figure.value > 0
    if figure.unit is Unit.COUNT:
        assert figure.value == int(figure.value)  # nothing is counted in fractions


# -- qualifier from the printed wording ---------------------------------------------------

_BEFORE = {"超过": Qualifier.MORE_THAN, "突破": Qualifier.MORE_THAN, "近": Qualifier.NEARLY}
_BEFORE |= {"约": Qualifier.ABOUT}
_AFTER = {"左右": Qualifier.ABOUT, "以上": Qualifier.AT_LEAST}


def printed_bounds(figure: Figure) -> dict[Qualifier, tuple[int, int]]:
    """The bounding words printed next to the numeral, with where they stand."""
    where = numeral_span(figure)
    found: dict[Qualifier, tuple[int, int]] = {}
    for word, qualifier in _BEFORE.items():
        if SOURCE_TEXT.endswith(word, 0, where.start):
            found[qualifier] = (where.start - len(word), where.start)
    for word, qualifier in _AFTER.items():
        if SOURCE_TEXT.startswith(word, where.end):
            found[qualifier] = (where.end, where.end + len(word))
    if "多" in figure.numeral:
        found[Qualifier.MORE_THAN] = (where.start, where.end)
    return found


@each_figure
def test_qualifier_is_the_printed_bounding_word(figure: Figure) -> None:
    bounds = printed_bounds(figure)
    assert len(bounds) <= 1
    expected = next(iter(bounds), Qualifier.EXACT)
    assert figure.qualifier is expected
    for start, end in bounds.values():  # the quote shows the word it was read from
        assert figure.span.start <= start
        assert end <= figure.span.end


# -- status, commitment and period from the sentence --------------------------------------

_REVIEW = range(SOURCE_TEXT.index("会议指出"), SOURCE_TEXT.index("会议认为"))
_PLAN = range(SOURCE_TEXT.index("会议强调"), SOURCE_TEXT.index("本次会议"))
_MEETING_PART = range(SOURCE_TEXT.index("本次会议"), len(SOURCE_TEXT))


def sentence_before(figure: Figure) -> str:
    """The figure's sentence up to the end of its numeral: what governs the number."""
    start = max(SOURCE_TEXT.rfind(mark, 0, figure.span.start) for mark in "。\n") + 1
    return SOURCE_TEXT[start : numeral_span(figure).end]


@each_figure
def test_span_lies_inside_one_sentence(figure: Figure) -> None:
    assert not set(figure.quote) & set("。\n")
    assert figure.quote[0] not in "，、；"
    assert figure.quote[-1] not in "，、；"


@each_figure
def test_status_follows_the_wording_and_the_section(figure: Figure) -> None:
    assert (figure.status is Status.ESTIMATED) == sentence_before(figure).startswith("预计全年")
    at = figure.span.start
    if at in _REVIEW:
        assert figure.status in (Status.ESTIMATED, Status.ACHIEVED)
    elif at in _PLAN:
        assert figure.status in (Status.TARGET, Status.FACT)
    else:
        assert figure.status is Status.FACT


@each_figure
def test_commitment_follows_the_wording(figure: Figure) -> None:
    if figure.status is not Status.TARGET:
        assert figure.commitment is None
        return
    strive = any(word in sentence_before(figure) for word in ("力争", "争取"))
    assert figure.commitment is (Commitment.ASPIRATIONAL if strive else Commitment.FIRM)
    if strive:  # the quote carries the word that makes it aspirational
        assert "力争" in figure.quote or "争取" in figure.quote


@each_figure
def test_period_follows_the_time_words(figure: Figure) -> None:
    lead = sentence_before(figure)
    deadline = re.search(r"(\d{4})年底前", lead)
    as_of = re.search(r"截至(\d+)月底", lead)
    within = re.search(r"(\d{4})年内", lead)
    if deadline:
        assert figure.period == Period.by(datetime.date(int(deadline[1]), 12, 31))
    elif as_of:
        month = int(as_of[1])
        last_day = calendar.monthrange(2013, month)[1]
        assert figure.period == Period.as_of(datetime.date(2013, month, last_day))
        assert as_of[0] in figure.quote
    elif within:
        assert figure.period == Period.year(int(within[1]))
    elif "累计" in figure.quote[: figure.quote.index(figure.numeral)]:
        # a cumulative count whose start the source does not give is a stock at the
        # report's date, not a calendar-year figure; its note says so
        assert figure.period == Period.as_of(MEETING.start_date)
        assert "not the calendar year" in (figure.note_en or "")
    elif figure.status in (Status.ESTIMATED, Status.ACHIEVED):
        assert figure.period == Period.year(2013)
    elif figure.status is Status.TARGET:
        assert figure.period == Period.year(2014)
        assert "plan year 2014" in (figure.note_en or "")
    elif figure.span.start in _MEETING_PART:  # the meeting's own numbers
        assert figure.period.kind is PeriodKind.INTERVAL
        assert figure.period.start is not None
        assert MEETING.start_date <= figure.period.start <= figure.period.end
        assert figure.period.end <= MEETING.end_date
    elif figure.span.start in _PLAN:  # a fact about the plan for 明年
        assert figure.period == Period.year(MEETING.start_date.year + 1)
    else:  # context, as the meeting saw it
        assert figure.period == Period.as_of(MEETING.start_date)


def test_the_eleven_speaking_organizations_are_all_named() -> None:
    figure = figures_module.MEETING_SPEAKING_ORGANIZATIONS_2013
    names = figure.quote.split("，")[1].split("等")[0].split("、")
    assert len(names) == figure.value


def test_the_six_task_areas_are_all_listed() -> None:
    figure = figures_module.WORK_TASK_AREAS_2014
    plan = SOURCE_TEXT[figure.span.end : _MEETING_PART.start]
    markers = re.findall(r"^([一二三四五六七八九十])是", plan, flags=re.MULTILINE)
    assert len(markers) == figure.value
    assert markers == list("一二三四五六七八九十")[: len(markers)]


@each_figure
def test_figure_belongs_to_the_task_that_states_it(figure: Figure) -> None:
    """The task link follows from the span; the meeting's own numbers need none."""
    if figure.span.start in _MEETING_PART:
        return
    task = REPORT.task_of(figure)
    assert task is not None
    assert figure.span in task.span


# -- labels ---------------------------------------------------------------------------


@each_figure
def test_labels_use_the_glossary(figure: Figure) -> None:
    for term, english in TERMS.items():
        if term in figure.label_zh:
            assert english.lower() in figure.label_en.lower(), term


def test_labels_tell_figures_apart() -> None:
    keys = [(f.label_en, f.period) for f in FIGURES]
    assert len(set(keys)) == len(keys)
    assert len({f.label_zh for f in FIGURES}) == len(FIGURES)


def test_short_labels_are_short_and_tell_figures_apart() -> None:
    assert max(len(f.label_short_en) for f in FIGURES) <= 40
    assert max(len(f.label_short_zh) for f in FIGURES) <= 12
    assert len({f.label_short_en for f in FIGURES}) == len(FIGURES)
    assert len({f.label_short_zh for f in FIGURES}) == len(FIGURES)


@pytest.mark.parametrize(("field", "limit"), [("label_short_en", 40), ("label_short_zh", 12)])
def test_a_short_label_past_its_limit_is_refused_naming_the_field(field: str, limit: int) -> None:
    import attrs

    with pytest.raises(miit2014.DataError, match=f"at most {limit}") as info:
        attrs.evolve(FIGURES[0], **{field: "x" * (limit + 1)})
    assert info.value.path == f"$.{field}"
    assert getattr(attrs.evolve(FIGURES[0], **{field: "x" * limit}), field) == "x" * limit


@each_figure
def test_counted_is_an_english_plural(figure: Figure) -> None:
    if figure.counted is not None:
        assert figure.counted.endswith("s")
        assert figure.counted.isascii()


# -- constants, ids and order -----------------------------------------------------------


def test_constants_are_the_report_figures() -> None:
    assert len(figures_module.FIGURES) == len(FIGURES)
    assert all(a is b for a, b in zip(figures_module.FIGURES, FIGURES, strict=True))
    assert all(miit2014.REPORT.get(f.id) is f for f in FIGURES)
    assert {id(f) for f in CONSTANTS.values()} == {id(f) for f in FIGURES}


@pytest.mark.parametrize(("name", "figure"), CONSTANTS.items(), ids=list(CONSTANTS))
def test_constant_name_spells_the_id(name: str, figure: Figure) -> None:
    assert figure.id == "figure." + name.lower().replace("_", "-")
    assert ("_TARGET_" in name) == (figure.status is Status.TARGET)
    assert figure.id.endswith(f"-{figure.period.end.year}")


def _assigned_name(node: ast.stmt) -> str | None:
    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return None


def test_each_constant_has_a_one_line_doc_comment() -> None:
    lines = Path(figures_module.__file__).read_text(encoding="utf-8").splitlines()
    public = {
        name: node.lineno
        for node in ast.parse("\n".join(lines)).body
        if (name := _assigned_name(node)) and not name.startswith("_")
    }
    assert set(public) == {*CONSTANTS, "FIGURES"}
    for name, lineno in public.items():
        above = lines[lineno - 2]
        assert re.match(r"#: \S", above), name


def test_figures_are_in_document_order() -> None:
    starts = [f.span.start for f in FIGURES]
    assert starts == sorted(starts)
    numerals = [numeral_span(f).start for f in FIGURES]
    assert numerals == sorted(set(numerals))  # shared clauses keep their order, no repeats


def test_ids_are_unique() -> None:
    assert len({f.id for f in FIGURES}) == len(FIGURES)
