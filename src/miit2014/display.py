"""Plain-text rendering of figures and records, shared by the command line and reprs.

Text is measured in terminal columns, not code points: a Chinese character takes two
columns, so :func:`wrap` (not :mod:`textwrap`, which counts code points and breaks only
at spaces) is what keeps mixed Chinese and English inside a given width.

>>> display_width("增长9.8%")
8
>>> wrap("规模以上工业增加值增长9.8%左右，利润增长13%", 16, hang="")
['规模以上工业增加', '值增长9.8%左右，', '利润增长13%']
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

from .model.base import Span
from .model.figure import Figure, Qualifier, Unit
from .quantity import Bounds, Quantity, shown

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


def span_location(span: Span) -> str:
    """Where a span stands in the source, as a reader can find it again.

    Paragraphs are the source's lines counted from 0, the headline, so the body's
    paragraphs are numbered from 1; characters are code-point offsets, end-exclusive.

    >>> span_location(Span(567, 584))
    'paragraph 3, characters 567–584'
    """
    from .source import paragraph_of

    first, last = paragraph_of(span.start), paragraph_of(span.end - 1)
    where = f"paragraph {first}" if first == last else f"paragraphs {first}–{last}"
    return f"{where}, characters {span.start}–{span.end}"


# -- measuring and wrapping text in terminal columns -----------------------------------

#: An ANSI SGR escape (colour, bold, reverse video): it takes no columns.
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
_RESET = "\x1b[0m"
_TRAILING_ESCAPES = re.compile(f"(?:{ANSI_ESCAPE.pattern})+$")

#: Punctuation that may not begin a line (it hangs on the character before it) ...
_NO_LINE_START = frozenset("，。、；：？！）》」』】〕”’…%,.;:?!)]}\xa0")
#: ... and punctuation that may not end one (it travels with the character after it).
_NO_LINE_END = frozenset("（《「『【〔“‘([{\xa0")


@functools.cache
def char_width(ch: str) -> int:
    """Columns a character takes: 2 for wide (CJK), 0 for combining and format marks."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal; ANSI escapes take none."""
    if text.isascii():
        return len(ANSI_ESCAPE.sub("", text)) if "\x1b" in text else len(text)
    return sum(char_width(ch) for ch in ANSI_ESCAPE.sub("", text))


def _breakable(ch: str) -> bool:
    """A space a line may break at (a no-break space is not one)."""
    return ch.isspace() and ch != "\xa0"


def _atoms(text: str) -> list[str]:
    """Unbreakable pieces of one line of text: words, single CJK characters, spaces.

    A break is allowed at a space and on either side of a wide character, except before
    closing and after opening punctuation; an escape sticks to the text around it.
    """
    atoms: list[str] = []
    current = ""
    previous = ""  # the last visible character of ``current``
    for piece in re.split(f"({ANSI_ESCAPE.pattern})", text):
        if piece.startswith("\x1b"):
            current += piece
            continue
        for ch in piece:
            if _breakable(ch):
                if current:
                    atoms.append(current)
                if atoms and _is_space(atoms[-1]):
                    atoms[-1] += " "
                else:
                    atoms.append(" ")
                current, previous = "", ""
                continue
            wide = char_width(ch) == 2 or (previous and char_width(previous) == 2)
            if wide and previous and ch not in _NO_LINE_START and previous not in _NO_LINE_END:
                # an escape just before the break opens the next atom, not closes this one
                trailing = _TRAILING_ESCAPES.search(current)
                cut = trailing.start() if trailing else len(current)
                atoms.append(current[:cut])
                current = current[cut:]
            current += ch
            previous = ch
    if current:
        atoms.append(current)
    return atoms


def _split_to_fit(atom: str, room: int) -> tuple[str, str]:
    """The longest head of ``atom`` that fits ``room`` columns (at least one character)."""
    used, cut = 0, 0
    for i, ch in enumerate(atom):
        used += char_width(ch)
        if used > room and i:
            break
        cut = i + 1
    return atom[:cut], atom[cut:]


def _is_space(atom: str) -> bool:
    return atom[0] == " "


def _wrap_line(text: str, width: int, first: str, rest: str) -> list[str]:
    """Greedy filling: spaces inside a line are kept as written, dropped at a break."""
    lines: list[str] = []
    line, used, filled, space = first, display_width(first), False, ""
    for atom in _atoms(text):
        if _is_space(atom):
            space = atom if filled else ""
            continue
        size = display_width(atom)
        if filled and used + len(space) + size > width:
            lines.append(line)
            line, used, filled, space = rest, display_width(rest), False, ""
        line, used, space = line + space, used + len(space), ""
        while used + size > width:
            head, tail = _split_to_fit(atom, width - used)
            if not tail:  # one character wider than the room: let it overflow
                break
            lines.append(line + head)
            line, atom, used, size = rest, tail, display_width(rest), display_width(tail)
        line, used, filled = line + atom, used + size, True
    lines.append(line)
    return lines


def _carry_styles(lines: list[str], indent: str) -> list[str]:
    """Close an escape left open at a line's end and reopen it after the next indent."""
    out: list[str] = []
    carried = ""
    for line in lines:
        if carried:
            body = line[len(indent) :] if line.startswith(indent) else line
            line = line[: len(line) - len(body)] + carried + body
        codes = ANSI_ESCAPE.findall(line)
        open_codes = ""
        for code in codes:
            open_codes = "" if code == _RESET else open_codes + code
        carried = open_codes
        out.append(line + _RESET if open_codes else line)
    return out


def wrap(text: str, width: int = 80, *, indent: str = "", hang: str | None = None) -> list[str]:
    """Lines of at most ``width`` columns; ``indent`` starts each paragraph, ``hang``
    (default: ``indent`` and two spaces) the lines that continue one.

    Line breaks in ``text`` start new paragraphs. Chinese breaks between characters, but
    never before a closing or after an opening mark; a word longer than a line is split.
    """
    rest = indent + "  " if hang is None else hang
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_line(paragraph, width, indent, rest))
    return _carry_styles(lines, rest) if "\x1b" in text else lines


def fill(text: str, width: int = 80, *, indent: str = "", hang: str | None = None) -> str:
    """:func:`wrap`, joined into one string."""
    return "\n".join(wrap(text, width, indent=indent, hang=hang))


def mark(text: str, ranges: Iterable[tuple[int, int]], before: str, after: str) -> str:
    """``text`` with ``before`` and ``after`` around each ``(start, end)`` range.

    >>> mark("增长9.8%左右", [(2, 6)], "【", "】")
    '增长【9.8%】左右'
    """
    out: list[str] = []
    at = 0
    for start, end in sorted(ranges):
        out += [text[at:start], before, text[start:end], after]
        at = end
    out.append(text[at:])
    return "".join(out)
