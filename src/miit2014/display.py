"""Plain-text rendering of figures and records, shared by the command line and reprs."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from .model.figure import Figure, Qualifier, Unit
from .quantity import Bounds, Quantity, shown

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


def quantity_text(quantity: Quantity) -> str:
    """``about 9.8%``: a quantity as an English phrase."""
    text = QUALIFIER_EN[quantity.qualifier] + format_number(shown(quantity.value), quantity.unit)
    if quantity.counted:
        text += f" {quantity.counted}"
    return text


def figure_value(figure: Figure) -> str:
    """The value as an English phrase: ``about 9.8%``, ``more than 300 cities``."""
    return quantity_text(Quantity.of(figure))


def figure_line(figure: Figure, *, lang: str = "en") -> str:
    if lang == "zh":
        return f"{figure.label_zh}: {figure.numeral}"
    return f"{figure.label_en}: {figure_value(figure)}"


def _approx(value: Fraction, unit: Unit) -> str:
    """An endpoint rounded for reading (two decimals, in trillions etc. for yuan)."""
    number = Decimal(value.numerator) / Decimal(value.denominator)
    word = ""
    if unit is Unit.YUAN:
        for scale, name in _SCALES:
            if abs(number) >= scale:
                number, word = number / scale, f" {name}"
                break
    rounded = format(round(number, 2).normalize(), "f")
    return rounded + word


def format_bounds(bounds: Bounds, unit: Unit) -> str:
    """``[2.71, 3.69]``, ``more than 1.52 trillion``: a range, rounded for reading only."""
    low, high = bounds.low, bounds.high
    if low is not None and high is not None:
        left = "[" if bounds.low_closed else "("
        right = "]" if bounds.high_closed else ")"
        return f"{left}{_approx(low, unit)}, {_approx(high, unit)}{right}"
    if low is not None:
        return ("at least " if bounds.low_closed else "more than ") + _approx(low, unit)
    if high is not None:
        return ("at most " if bounds.high_closed else "less than ") + _approx(high, unit)
    return "unbounded"
