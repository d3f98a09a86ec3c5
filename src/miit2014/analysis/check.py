"""Check what others wrote: every quantity of a text judged against the report.

For each quantity (:mod:`.claims`) the nearest measure named before it in its sentence
(:mod:`.measures`; after it if none comes before) decides what it is about. A quantity
is ``matches`` only when it is about a figure of the report, in the figure's unit and
period, and its number at its own precision is what the figure's wording allows (the
qualifier ranges of :mod:`.quantity`); ``differs`` when it is about that figure but the
wording does not allow it; ``not_in_report`` otherwise. When in doubt the answer is not
``matches``: a false reassurance is the worst error a checker can make.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping, Sequence
from enum import StrEnum
from fractions import Fraction
from typing import overload

import attrs

from ..edition import edition_of
from ..errors import DataError
from ..model import exact
from ..model.edition import Edition
from ..model.figure import Figure, PeriodKind, Qualifier, Unit
from ..model.html import marked_text_html
from ..model.outcome import Outcome
from ..model.report import Report
from ..model.wording import CHECK_LABELS, Explanation, check_explanation, check_reason
from .claims import Claim, ClaimUnit, read_claims
from .measures import GROUPS, SCAN, WEAK, figures_of
from .quantity import Bounds, Quantity, shown


class CheckVerdict(StrEnum):
    """How a quantity of a text stands against the report."""

    MATCHES = "matches"
    DIFFERS = "differs"
    NOT_IN_REPORT = "not_in_report"


_SENTENCE_END = re.compile(r"[。！？；;!?\n]|\.(?=\s|$)")
_YEAR = re.compile(r"(?<!\d)(20[0-3]\d|19\d\d)(?=年|\b|\D)")
_PART_YEAR = re.compile(
    r"1\s*月?\s*[-–—~至到]\s*1?\d\s*月|前三季度|上半年|下半年|[一二三四]季度|前\d{1,2}个?月"
    r"|前[一二三四五六七八九十]{1,2}个?月|\bfirst \d{1,2} months"
    r"|january\s*[-–—]\s*\w+|jan\.?\s*[-–—]\s*\w+|first (?:three quarters|half|quarter"
    r"|(?:\w+|\d+) months)|\bh1\b|\bq[1-3]\b|in (?:january|february|march|april|may|june"
    r"|july|august|september|october|november)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"今年|去年(?!同期)|明年|本年|上年度|this year|last year|next year|今年度"
    r"|(?:during|in|over) the same period",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[,，、:：]|\b(?:whereas|while|and|but|with|including)\b", re.IGNORECASE)
_CITY_WORDS = re.compile(r"城市|cit(?:y|ies)|个|カ所|か所|ヵ所", re.IGNORECASE)
_USER_WORDS = re.compile(r"用户|users?|subscribers?|户|人|customers", re.IGNORECASE)
_AFTER_WINDOW = 60
_LIST_REACH = 200  # characters a "respectively" list may span on each side
_NOUN_WINDOW = 10  # characters after a count word within which its noun stands
_REACH = 400  # characters either side of a number that its sentence may span


@attrs.frozen
class CheckResult:
    """One quantity of a text, read and judged.

    ``start``/``end`` are offsets of the quantity as written in the checked text (with
    its unit and qualifier words); ``value`` is exact and in base units; ``year`` and
    ``part_of_year`` are the period the text gives, if any.
    """

    start: int
    end: int
    written: str
    value: exact.Value
    precision: exact.Value
    unit: ClaimUnit
    qualifier: Qualifier
    verdict: CheckVerdict
    reason: str  # a key of wording.CHECK_REASON
    figure_id: str | None = None
    measure: str | None = None  # the cue that decided what the number is about
    year: int | None = None
    part_of_year: str | None = None
    relative_year: str | None = None  # 今年, next year: a period relative to an unknown date
    figure: Figure | None = attrs.field(default=None, eq=False, repr=False)
    outcome: Outcome | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def allowed(self) -> Bounds | None:
        """What the figure's wording allows (the qualifier ranges of :mod:`.quantity`)."""
        return None if self.figure is None else Quantity.of(self.figure).bounds()

    def explanation(self, lang: str = "en") -> Explanation:
        """What was read, the figure's quote and English, the verdict and why."""
        return check_explanation(self, lang)

    def why(self, lang: str = "en") -> str:
        """The reason, in English (``en``) or Chinese (``zh``), filled from the values."""
        return check_reason(self, lang)

    def rows(self, lang: str = "en") -> list[tuple[str, str]]:
        return [(line.label, line.text) for line in self.explanation(lang).lines]

    def explain(self, lang: str = "en") -> str:
        """What was read, the figure's quote and English, and why: one line each."""
        return self.explanation(lang).text()


@attrs.frozen
class CheckedText(Sequence[CheckResult]):
    """The results of :func:`check`, in text order; a sequence, shown in Jupyter as the
    text with each quantity coloured by verdict and the report's quote beside it."""

    text: str
    results: tuple[CheckResult, ...]

    @overload
    def __getitem__(self, index: int) -> CheckResult: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[CheckResult, ...]: ...
    def __getitem__(self, index: int | slice) -> CheckResult | tuple[CheckResult, ...]:
        return self.results[index]

    def __len__(self) -> int:
        return len(self.results)

    def __iter__(self) -> Iterator[CheckResult]:
        return iter(self.results)

    def explain(self, lang: str = "en") -> str:
        return "\n\n".join(r.explain(lang) for r in self.results)

    def _repr_html_(self) -> str:
        marks = [
            (r.start, r.end, r.verdict.value, r.explain(), *_quote_cell(r), r.why())
            for r in self.results
        ]
        return marked_text_html(self.text, marks)


def _quote_cell(result: CheckResult) -> tuple[str, str]:
    """(the report's quote, a note) for the display: for a quantity not in the report,
    the nearest figure's quote, with a note that it is only that."""
    if result.figure is None:
        return "", ""
    if result.figure_id is None:
        return result.figure.quote, CHECK_LABELS["nearest"][0]
    return result.figure.quote, ""


# -- matching ----------------------------------------------------------------------------


_RESPECTIVELY = re.compile(r"分别|respectively", re.IGNORECASE)
_SEGMENT = re.compile(r"[,，;；。!?！？\n]|\.(?=\s|$)")


def _respectively(
    text: str, starts: list[int], cues: list[tuple[int, int, str]]
) -> dict[int, tuple[int, int, str]]:
    """Claims of a "respectively" list, by index, with the cue each is paired with.

    电信业务收入、软件和信息技术服务业收入分别增长8.4%和25%: the measures before 分别 and
    the numbers after it pair in order; in English the numbers stand before
    "respectively". Only when the counts agree is anything paired.
    """
    paired: dict[int, tuple[int, int, str]] = {}
    cue_starts = [c[0] for c in cues]
    for m in _RESPECTIVELY.finditer(text):
        reach = max(0, m.start() - _LIST_REACH)
        left = max((s.end() for s in _SEGMENT.finditer(text, reach, m.start())), default=reach)
        right_m = _SEGMENT.search(text, m.end(), m.end() + _LIST_REACH)
        right = right_m.start() if right_m else min(len(text), m.end() + _LIST_REACH)
        if m.group() == "分别":
            numbers = range(bisect_left(starts, m.end()), bisect_left(starts, right))
            measures_end = m.start()
        else:
            numbers = range(bisect_left(starts, left), bisect_left(starts, m.start()))
            measures_end = starts[numbers[0]] if numbers else m.start()
        measures: list[tuple[int, int, str]] = []
        for c in cues[bisect_left(cue_starts, left) : bisect_left(cue_starts, measures_end)]:
            fresh = not measures or measures[-1][2] != c[2]
            if c[1] <= measures_end and c[2] not in WEAK and fresh:
                measures.append(c)
        if len(numbers) > 1 and len(numbers) == len(measures):
            paired.update(zip(numbers, measures, strict=True))
    return paired


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding offset ``at`` begins (after the last comma before it)."""
    found = start
    for m in _CLAUSE.finditer(text, start, at):
        found = m.end()
    return found


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _report_unit(unit: ClaimUnit) -> Unit | None:
    """The report's unit of the same name (percent, yuan, count, fraction), if any."""
    return next((u for u in Unit if u.value == unit.value), None)


def _comparable(value: Fraction, unit: Unit, figure: Figure) -> Fraction | None:
    """The claim's number in the figure's unit, or None when the units differ in kind."""
    if unit is figure.unit:
        return value
    if unit is Unit.PERCENT and figure.unit is Unit.FRACTION:
        return value / 100
    if unit is Unit.FRACTION and figure.unit is Unit.PERCENT:
        return value * 100
    if unit is Unit.COUNT and figure.unit in (Unit.DAYS, Unit.YEARS):
        return value
    return None


def _pick(
    claim: Claim, ids: tuple[str, ...], by_id: Mapping[str, Figure], after: str
) -> Figure | None:
    unit = _report_unit(claim.unit)
    figures = [by_id[i] for i in ids if i in by_id]
    fitting = [
        f for f in figures if unit is not None and _comparable(claim.value, unit, f) is not None
    ]
    if len(fitting) > 1:
        noun = (claim.counted or "") + " " + after
        cities = [f for f in fitting if f.counted == "cities"]
        if cities and _CITY_WORDS.search(noun[:12]):
            return cities[0]
        if cities and _USER_WORDS.search(noun[:16]):
            fitting = [f for f in fitting if f.counted != "cities"]
    if len(fitting) > 1:  # the figure nearest in size (a number and its kind decide)
        fitting.sort(
            key=lambda f: abs(Fraction(f.value) - claim.value) / max(Fraction(f.value), Fraction(1))
        )
    if fitting:
        return fitting[0]
    return figures[0] if figures else None


def _judge(claim: Claim, value: Fraction, figure: Figure) -> tuple[CheckVerdict, str]:
    """The claim (``value``: its number in the figure's unit) against the figure."""
    scale = value / claim.value if claim.value else Fraction(1)
    half = Fraction(claim.precision) * scale / 2
    allowed = Quantity.of(figure).bounds()
    point = Bounds(value - half, value + half)
    stated = (
        point
        if claim.qualifier is Qualifier.EXACT
        else Quantity(value, figure.unit, claim.qualifier).bounds()
    )
    if Fraction(figure.value) not in point:  # the report's number, at the text's precision
        return CheckVerdict.DIFFERS, "number"
    if not stated.overlaps(allowed):
        return CheckVerdict.DIFFERS, "direction"
    loose = {claim.qualifier, figure.qualifier} == {Qualifier.AT_LEAST, Qualifier.MORE_THAN}
    return CheckVerdict.MATCHES, "weaker_bound" if loose else "allowed"


def _outcome(
    claim: Claim, value: Fraction, figure: Figure, outcomes: Sequence[Outcome]
) -> Outcome | None:
    """The first later outcome the claim's number (``value``, in the figure's unit) meets."""
    for o in outcomes:
        if o.unit is not figure.unit:
            continue
        half = Fraction(claim.precision) / 2
        if Bounds(value - half, value + half).overlaps(
            Quantity(o.value, o.unit, o.qualifier).bounds()
        ):
            return o
    return None


def check(text: str, report: Report | Edition | None = None) -> CheckedText:
    """Every quantity of ``text`` (years and dates aside), in order, judged against the report.

    >>> r = check("IT-related consumer spending to exceed RMB 1 trln in 2013")[0]
    >>> r.verdict.value, r.figure_id
    ('differs', 'figure.information-consumption-2013')
    """
    if not isinstance(text, str):
        raise DataError(f"check reads text (a str), not {type(text).__name__}", path="$")
    edition = edition_of(report)
    by_id = {f.id: f for f in edition.report.figures}
    norm, claims = read_claims(text)
    ntext = norm.text
    cues = [(m.start(), m.end(), GROUPS[m.lastgroup or ""]) for m in SCAN.finditer(ntext)]
    years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(ntext)]
    parts = [(m.start(), m.group()) for m in _PART_YEAR.finditer(ntext)]
    sentences = _sentences(ntext)
    # offsets of claims in the normalised text, for the scans above
    back = {o: i for i, o in enumerate(norm.origin)}
    cue_starts = [c[0] for c in cues]
    year_starts = [y[0] for y in years]
    part_starts = [p[0] for p in parts]
    results = []
    s_i = 0
    respective = _respectively(ntext, [back[c.start] for c in claims], cues)
    for claim_index, claim in enumerate(claims):
        at = back[claim.start]
        at_end = back.get(claim.end, len(ntext))
        while s_i < len(sentences) - 1 and sentences[s_i][1] <= at:
            s_i += 1
        # the sentence, capped so that one endless sentence cannot make the work quadratic
        s_start = max(sentences[s_i][0], at - _REACH)
        s_end = min(sentences[s_i][1], at_end + _REACH)
        near = cues[bisect_left(cue_starts, s_start) : bisect_left(cue_starts, s_end)]
        before = [c for c in near if c[1] <= at]
        clause = _clause_start(ntext, s_start, at)
        strong = [c for c in before if c[0] >= clause and c[2] not in WEAK]
        operator = [c for c in before if c[2] == "other:operator"]
        cue: tuple[int, int, str] | None
        named = [c for c in near if at_end <= c[0] < at_end + _NOUN_WINDOW and c[2] not in WEAK]
        if claim.counted is not None and claim.unit is ClaimUnit.COUNT and named:
            cue = named[0]  # 32家国家级工业设计中心: the noun the count word counts
        elif claim_index in respective:
            cue = respective[claim_index]
        elif strong:
            cue = strong[-1]
        elif operator:  # one company's number, whatever it counts
            cue = operator[-1]
        elif before:
            cue = before[-1]
        else:
            after = [c for c in near if at_end <= c[0] < at_end + _AFTER_WINDOW]
            after_strong = [c for c in after if c[2] not in WEAK]
            cue = (after_strong or after)[0] if after else None
        in_sentence = years[bisect_left(year_starts, s_start) : bisect_left(year_starts, s_end)]
        year = min(in_sentence, key=lambda y: abs(y[0] - at), default=None)
        if year is None and s_i > 0 and not _RELATIVE.search(ntext, s_start, s_end):
            # 会议明确了2016年通信业目标。力争……4G用户6亿户: a year stated in the sentence
            # before, in the same paragraph, frames this one
            p_start, p_end = sentences[s_i - 1]
            if "\n" not in ntext[p_end - 1 : s_start + 1]:
                p_start = max(p_start, p_end - _REACH)
                earlier = years[bisect_left(year_starts, p_start) : bisect_left(year_starts, p_end)]
                year = earlier[-1] if earlier else None
        part_list = parts[bisect_left(part_starts, s_start) : bisect_left(part_starts, s_end)]
        part = min(part_list, key=lambda p: abs(p[0] - at), default=None)
        relative = None if year else _RELATIVE.search(ntext, s_start, s_end)
        results.append(
            _result(
                claim,
                cue[2] if cue else None,
                (
                    year[1] if year else None,
                    part[1] if part else None,
                    relative.group() if relative else None,
                ),
                by_id,
                edition.outcomes_of,
                ntext[at_end : at_end + 16],
            )
        )
    return CheckedText(text, tuple(results))


def _result(
    claim: Claim,
    cue: str | None,
    periods: tuple[int | None, str | None, str | None],
    by_id: Mapping[str, Figure],
    outcomes_of: Callable[[str], tuple[Outcome, ...]],
    after: str,
) -> CheckResult:
    year, part, relative = periods
    result = CheckResult(
        start=claim.start,
        end=claim.end,
        written=claim.written,
        value=shown(claim.value),
        precision=shown(claim.precision),
        unit=claim.unit,
        qualifier=claim.qualifier,
        verdict=CheckVerdict.NOT_IN_REPORT,
        reason="no_measure",
        measure=cue,
        year=year,
        part_of_year=part,
    )
    if claim.unit in (ClaimUnit.DOLLARS, ClaimUnit.OTHER_CURRENCY):
        return attrs.evolve(result, reason="dollars")
    if claim.unit is ClaimUnit.PERCENTAGE_POINTS:
        return attrs.evolve(result, reason="points")
    if cue is None:
        return result
    ids = figures_of(cue)
    if not ids:
        return attrs.evolve(result, reason="other_measure")
    figure = _pick(claim, ids, by_id, after)
    if figure is None:
        return result
    result = attrs.evolve(result, figure=figure)
    unit = _report_unit(claim.unit)
    value = None if unit is None else _comparable(claim.value, unit, figure)
    if value is None:
        return attrs.evolve(result, reason="unit")
    if year is not None and year != figure.period.end.year:
        return attrs.evolve(result, reason="other_year")
    if part is not None and figure.period.kind is not PeriodKind.AS_OF:
        return attrs.evolve(result, reason="part_year")
    verdict, reason = _judge(claim, value, figure)
    if verdict is CheckVerdict.DIFFERS and relative is not None:
        # "this year" in an article of unknown date: another year's figure is likelier
        # than a misquotation, and nothing is asserted either way
        return attrs.evolve(result, reason="relative_year", relative_year=relative)
    outcome = None
    if verdict is CheckVerdict.DIFFERS:
        outcome = _outcome(claim, value, figure, outcomes_of(figure.id))
    return attrs.evolve(
        result, figure_id=figure.id, verdict=verdict, reason=reason, outcome=outcome
    )
