"""The English (and Chinese) wording of values that every view shares.

A figure reads "about 9.8%" in a repr, a notebook table, the command line and a chart
alike, because all of them ask this module; nothing here knows of a terminal or a page.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import TYPE_CHECKING

from . import exact
from .base import Record, Span
from .fields import fields_of
from .figure import Figure, Period, Qualifier, Unit

if TYPE_CHECKING:
    from .outcome import Outcome

QUALIFIER_EN = {
    Qualifier.EXACT: "",
    Qualifier.ABOUT: "about ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.NEARLY: "nearly ",
}

#: The words the source prints next to a numeral to bound it, by qualifier: (before, after).
#: :func:`figure_line` in Chinese keeps those words, so a bound is never dropped.
QUALIFIER_WORDS_ZH: dict[Qualifier, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Qualifier.EXACT: ((), ()),
    Qualifier.ABOUT: (("约",), ("左右",)),
    Qualifier.MORE_THAN: (("超过", "突破"), ()),
    Qualifier.AT_LEAST: ((), ("以上",)),
    Qualifier.NEARLY: (("近",), ()),
}

SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)


def format_number(value: Decimal | Fraction, unit: Unit) -> str:
    """``9.8 %``-style text for a value in base units, without losing exactness."""
    if isinstance(value, Fraction):
        number = f"{value.numerator}/{value.denominator}"
    elif unit is Unit.YUAN and abs(value) >= SCALES[-1][0]:
        for scale, word in SCALES:
            if abs(value) >= scale:
                number = f"{format(value / scale, 'f')} {word}"
                break
    elif value == value.to_integral_value():
        number = f"{int(value):,}"
    else:
        number = format(value, "f")
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
    exact_value = Fraction(value)
    number = Decimal(exact_value.numerator) / Decimal(exact_value.denominator)
    if isinstance(value, Fraction) and unit is Unit.FRACTION:
        return f"{value.numerator}/{value.denominator}"
    word = ""
    for scale, name in SCALES:
        if unit in (Unit.YUAN, Unit.COUNT) and abs(number) >= scale:
            number, word = number / scale, f" {name}"
            break
    number = round(number, 0 if word and abs(number) >= 100 else 2).normalize()
    text = f"{number:,f}" if not word and abs(number) >= 1000 else format(number, "f")
    suffix = {Unit.PERCENT: "%", Unit.YUAN: " yuan", Unit.YEARS: " years", Unit.DAYS: " days"}
    return text + word + suffix.get(unit, "")


def figure_value(figure: Figure) -> str:
    """The value as an English phrase: ``about 9.8%``, ``more than 300 cities``."""
    text = QUALIFIER_EN[figure.qualifier] + format_number(figure.value, figure.unit)
    return f"{text} {figure.counted}" if figure.counted else text


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
    text = qualifier + number
    return f"{text} {outcome.counted}" if outcome.counted else text


def numeral_phrase_zh(figure: Figure) -> str:
    """The numeral with the source's own bounding words around it: ``9.8%左右``, ``超过300个``.

    Taken from the quote, never composed, so the Chinese reads exactly as printed.
    """
    quote, numeral = figure.quote, figure.numeral
    start = quote.index(numeral)
    end = start + len(numeral)
    before, after = QUALIFIER_WORDS_ZH[figure.qualifier]
    start -= next((len(w) for w in before if quote.startswith(w, start - len(w))), 0)
    end += next((len(w) for w in after if quote.startswith(w, end)), 0)
    return quote[start:end]


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
