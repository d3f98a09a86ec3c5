"""Plain-text rendering of figures and records, shared by the command line and reprs."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from .model.figure import Figure, Qualifier, Unit

QUALIFIER_EN = {
    Qualifier.EXACT: "",
    Qualifier.ABOUT: "about ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.NEARLY: "nearly ",
}

_SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)


def format_number(value: Decimal | Fraction, unit: Unit) -> str:
    """``9.8 %``-style text for a value in base units, without losing exactness."""
    if isinstance(value, Fraction):
        number = f"{value.numerator}/{value.denominator}"
    elif unit is Unit.YUAN and abs(value) >= _SCALES[-1][0]:
        for scale, word in _SCALES:
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


def figure_value(figure: Figure) -> str:
    """The value as an English phrase: ``about 9.8%``, ``more than 300 cities``."""
    text = QUALIFIER_EN[figure.qualifier] + format_number(figure.value, figure.unit)
    if figure.counted:
        text += f" {figure.counted}"
    return text


def figure_line(figure: Figure, *, lang: str = "en") -> str:
    if lang == "zh":
        return f"{figure.label_zh}: {figure.numeral}"
    return f"{figure.label_en}: {figure_value(figure)}"
