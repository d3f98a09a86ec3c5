"""The English (and Chinese) wording of values that every view shares.

A figure reads "about 9.8%" in a repr, a notebook table, the command line and a chart
alike, because all of them ask this module; nothing here knows of a terminal or a page.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import TYPE_CHECKING

from . import exact
from .base import Record, Span
from .fields import fields_of
from .figure import Figure, Period, Qualifier, Unit
from .frozen import FrozenMap

if TYPE_CHECKING:
    from .outcome import Outcome

#: The English words before a number, by qualifier (read-only).
QUALIFIER_EN: Mapping[Qualifier, str] = FrozenMap(
    {
        Qualifier.EXACT: "",
        Qualifier.ABOUT: "about ",
        Qualifier.MORE_THAN: "more than ",
        Qualifier.AT_LEAST: "at least ",
        Qualifier.NEARLY: "nearly ",
    }
)

#: The words the source prints next to a numeral to bound it, by qualifier: (before, after).
#: :func:`figure_line` in Chinese keeps those words, so a bound is never dropped.
QUALIFIER_WORDS_ZH: Mapping[Qualifier, tuple[tuple[str, ...], tuple[str, ...]]] = FrozenMap(
    {
        Qualifier.EXACT: ((), ()),
        Qualifier.ABOUT: (("约",), ("左右",)),
        Qualifier.MORE_THAN: (("超过", "突破"), ()),
        Qualifier.AT_LEAST: ((), ("以上",)),
        Qualifier.NEARLY: (("近",), ()),
    }
)

#: Large amounts of yuan are read in these units: (the unit, its English word).
SCALES = (
    (Decimal(10**12), "trillion"),
    (Decimal(10**9), "billion"),
    (Decimal(10**6), "million"),
)


def format_number(value: Decimal | Fraction, unit: Unit) -> str:
    """``9.8 %``-style text for a value in base units, without losing exactness.

    No Decimal arithmetic is done (it would round to the caller's decimal context): a
    value in trillions is the same digits with the point moved.
    """
    if isinstance(value, Fraction):
        number = f"{value.numerator}/{value.denominator}"
    elif unit is Unit.YUAN and value.copy_abs() >= SCALES[-1][0]:
        for scale, word in SCALES:
            if value.copy_abs() >= scale:
                number = f"{exact.to_text(exact.shifted(value, -scale.adjusted()))} {word}"
                break
    else:
        number = exact.to_text(value)
        if "." not in number:
            number = f"{int(number):,}"
    suffix = {
        Unit.PERCENT: "%",
        Unit.YUAN: " yuan",
        Unit.YEARS: " years",
        Unit.DAYS: " days",
    }.get(unit, "")
    return number + suffix


def rounded(value: Decimal | Fraction, unit: Unit) -> str:
    """A value for reading at a glance: ``2.37 trillion yuan``, ``43.06 million``, ``9.7%``.

    Rounded to two decimals after scaling (to whole numbers from 100 million, billion or
    trillion up); shown, never stored: exact values are in the records and in
    :func:`format_number`.
    """
    if isinstance(value, Fraction) and unit is Unit.FRACTION:
        return f"{value.numerator}/{value.denominator}"
    exact_value = Fraction(value)  # rounded exactly, whatever the decimal context
    word = ""
    for scale, name in SCALES:
        if unit in (Unit.YUAN, Unit.COUNT) and abs(exact_value) >= scale:
            exact_value, word = exact_value / Fraction(scale), f" {name}"
            break
    number = exact.rounded(exact_value, 0 if word and abs(exact_value) >= 100 else 2)
    text = f"{number:,f}" if not word and number.copy_abs() >= 1000 else format(number, "f")
    suffix = {Unit.PERCENT: "%", Unit.YUAN: " yuan", Unit.YEARS: " years", Unit.DAYS: " days"}
    return text + word + suffix.get(unit, "")


def figure_value(figure: Figure) -> str:
    """The value as an English phrase: ``about 9.8%``, ``more than 300 cities``."""
    text = QUALIFIER_EN[figure.qualifier] + format_number(figure.value, figure.unit)
    return with_noun(text, figure.value, figure.counted)


def outcome_value(outcome: Outcome) -> str:
    """An outcome's value as an English phrase: ``33,640,000 IPTV users``.

    A value that is no terminating decimal (a base worked out by division) reads rounded,
    with "about": the exact fraction stays in :attr:`Outcome.value`.
    """
    value = outcome.value
    qualifier = QUALIFIER_EN[outcome.qualifier]
    if isinstance(value, Fraction) and outcome.unit is not Unit.FRACTION:
        number = rounded(value, outcome.unit)
        qualifier = qualifier or "about "
    else:
        number = format_number(value, outcome.unit)
    return with_noun(qualifier + number, value, outcome.counted)


def numeral_phrase_zh(figure: Figure) -> str:
    """The numeral with the source's own bounding words around it: ``9.8%左右``, ``超过300个``.

    Taken from the quote, never composed, so the Chinese reads exactly as printed.
    """
    start, end = phrase_bounds(figure, figure.quote.index(figure.numeral))
    return figure.quote[start:end]


def phrase_bounds(figure: Figure, at: int) -> tuple[int, int]:
    """Where in the quote the numeral printed at offset ``at`` stands together with its
    bounding words (约…, …左右, 超过…, …以上): start and end-exclusive offsets.

    The caller says which occurrence it means: in 4.8%和8% the 8% of the second figure is
    not the tail of the first (see :func:`miit2014.analysis.audit.numeral_span`).
    """
    quote = figure.quote
    start, end = at, at + len(figure.numeral)
    before, after = QUALIFIER_WORDS_ZH[figure.qualifier]
    start -= next((len(w) for w in before if quote.startswith(w, start - len(w))), 0)
    end += next((len(w) for w in after if quote.startswith(w, end)), 0)
    return start, end


def figure_line(figure: Figure, *, lang: str = "en") -> str:
    """``label: value`` in English, or ``label_zh：numeral`` with its bounding words."""
    if lang == "zh":
        return f"{figure.label_zh}：{numeral_phrase_zh(figure)}"
    return f"{figure.label_en}: {figure_value(figure)}"


def span_location(span: Span) -> str:
    """Where a span stands in the source, as a reader can find it again.

    Paragraphs are the source's lines counted from 0, the headline, so the body's
    paragraphs are numbered from 1; characters are code-point offsets, end-exclusive.

    >>> span_location(Span(567, 584))
    'paragraph 3, characters 567–584'
    """
    from ..source import paragraph_of

    first, last = paragraph_of(span.start), paragraph_of(span.end - 1)
    where = f"paragraph {first}" if first == last else f"paragraphs {first}–{last}"
    return f"{where}, characters {span.start}–{span.end}"


def value_text(value: object) -> str:
    """The one plain-text form of any field's value, as every view shows it.

    Exact numbers keep their exact text ("9.8", "1/3"), a span says where it stands, a
    period reads as words, a linked or nested record is its id, a tuple lists its items
    with "; ", and a nested value (a citation) its fields; None and () are "".
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Record):
        return value.id
    if isinstance(value, Span):
        return span_location(value)
    if isinstance(value, Period):
        return value.label_en
    if isinstance(value, Decimal | Fraction):
        return exact.to_text(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "; ".join(text for text in map(value_text, value) if text)
    if hasattr(type(value), "__attrs_attrs__"):
        parts = (value_text(getattr(value, f.name)) for f in fields_of(type(value)))
        return ", ".join(part for part in parts if part)
    return str(value)


def with_noun(text: str, value: object, noun: str | None) -> str:
    """``text`` and the counted ``noun`` after it: singular after exactly one ("+1 city")."""
    if not noun:
        return text
    return f"{text} {singular(noun) if value in (1, -1) else noun}"


def singular(noun: str) -> str:
    """The singular of an English plural, enough for the counted nouns of this report."""
    head, _, last = noun.rpartition(" ")
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}".strip()


# -- checking what others wrote (analysis/check.py): every phrase of the checker -----------

#: Verdict value -> what it means, in English and Chinese.
CHECK_VERDICT: Mapping[str, tuple[str, str]] = FrozenMap(
    {
        "matches": ("matches the report", "与报告相符"),
        "differs": ("differs from the report", "与报告不符"),
        "not_in_report": ("not in the report", "报告中没有"),
    }
)

#: Reason code -> why, in English and Chinese; ``{…}`` fields are filled from the result.
CHECK_REASON: Mapping[str, tuple[str, str]] = FrozenMap(
    {
        "allowed": (
            "the report's wording allows {allowed}; the text's {read} is within it",
            "报告的说法允许{allowed}；文中的{read}在此范围内",
        ),
        "weaker_bound": (
            "the report says {figure_q}, the text says {read}: a looser bound, not a wrong one",
            "报告为{figure_q}，文中为{read}：界限较宽，但不算错",
        ),
        "number": (
            "the report says {figure_q}; the text's {read} is another number, even read at"
            " its own precision",
            "报告为{figure_q}；文中的{read}即使按其精度来读也是另一个数字",
        ),
        "direction": (
            "the report says {figure_q}; the text's {read} bounds it from the wrong side",
            "报告为{figure_q}；文中的{read}方向相反",
        ),
        "other_measure": (
            "the number is about {measure}, which the report does not state",
            "该数字说的是{measure}，报告中没有这一项",
        ),
        "no_measure": (
            "no measure of the report is named near the number",
            "数字附近没有提到报告中的任何指标",
        ),
        "unit": (
            "the text gives {unit}, the report's figure on this measure is in {figure_unit}",
            "文中单位为{unit}，报告中该指标的单位为{figure_unit}",
        ),
        "dollars": (
            "a dollar amount is not a yuan figure: the report states no amount in dollars",
            "美元金额不是人民币数字：报告中没有以美元计的金额",
        ),
        "points": (
            "a change in percentage points: the report states no figure in percentage points",
            "以百分点计的变化：报告中没有以百分点计的数字",
        ),
        "other_year": (
            "the text's period is {year}, the report's figure is for {period}",
            "文中时期为{year}年，报告中的数字为{period}",
        ),
        "relative_year": (
            "the text's number is not the report's, and its period is relative ({relative}):"
            " likely another year's figure, so no misquotation is asserted",
            "文中数字与报告不同，且时期是相对的（{relative}）：可能是另一年的数字，不认定为误引",
        ),
        "part_year": (
            "the text's period is part of a year ({part}), the report's figure is for {period}",
            "文中时期为一年中的一段（{part}），报告中的数字为{period}",
        ),
    }
)

#: The sentence added when a differing number equals a later outcome.
CHECK_OUTCOME = (
    "it matches the later figure reported by {source} ({value}), not the report's {status}",
    "与后来{source}公布的数字（{value}）相符，而不是报告中的{status}",
)

#: A figure's status as a noun: "not the report's estimate".
CHECK_STATUS: Mapping[str, tuple[str, str]] = FrozenMap(
    {
        "estimated": ("estimate", "预计数"),
        "achieved": ("result", "实绩"),
        "target": ("target", "目标"),
        "fact": ("statement", "表述"),
    }
)

#: The work a ClaimReview is based on.
CHECK_BASIS_NAME = "全国工业和信息化工作会议 (2013-12-27), news release of the conference"

#: Labels of the lines of an explanation, and of the notebook display.
CHECK_LABELS: Mapping[str, tuple[str, str]] = FrozenMap(
    {
        "read": ("Read", "读到"),
        "report": ("Report", "报告"),
        "verdict": ("Verdict", "判断"),
        "why": ("Why", "理由"),
        "measure": ("Measure", "指标"),
        "nearest": ("nearest figure, not this quantity", "最接近的数字，并非此数"),
    }
)

#: Claim units in words (the report's units are worded by format_number).
CHECK_UNITS: Mapping[str, str] = FrozenMap(
    {
        "percent": "%",
        "percentage_points": " percentage points",
        "yuan": " yuan",
        "dollars": " US dollars",
        "other_currency": " (another currency)",
        "count": "",
        "fraction": "",
        "multiple": " times",
    }
)

#: Measures the report does not state, in words (cue name -> English).
CHECK_OTHER_MEASURES: Mapping[str, tuple[str, str]] = FrozenMap(
    {
        "e-commerce": ("e-commerce", "电子商务"),
        "investment": ("investment", "投资"),
        "devices": ("devices or handsets", "终端或手机"),
        "3g": ("3G", "3G"),
        "base-stations": ("base stations", "基站"),
        "fibre": ("fibre networks", "光纤网络"),
        "mobile-internet": ("mobile internet traffic", "移动互联网流量"),
        "mobile-subscribers": ("mobile or fixed-line subscribers", "移动或固定电话用户"),
        "operator": ("one operator or company, not the nation", "一家运营商或企业，而非全国"),
        "economy": ("the wider economy", "整体经济"),
        "pilot-cities": ("pilot cities", "试点城市"),
        "driven-output": ("output driven in related industries", "带动相关行业的产出"),
        "telecom-volume": ("telecom business volume", "电信业务总量"),
        "operating-revenue": ("operating or service revenue", "主营或服务收入"),
        "internet-users": ("internet or broadband users", "网民或宽带用户"),
        "price": ("prices or tariffs", "资费或价格"),
        "licences": ("licences", "牌照"),
    }
)


def claim_value(value: Decimal | Fraction, unit: str, qualifier: Qualifier) -> str:
    """``more than 1 trillion yuan``, ``about 25%``: a quantity read from a text."""
    if unit in ("percent", "yuan", "count", "fraction"):
        return QUALIFIER_EN[qualifier] + format_number(value, Unit(unit))
    return QUALIFIER_EN[qualifier] + exact.to_text(value) + CHECK_UNITS[unit]
