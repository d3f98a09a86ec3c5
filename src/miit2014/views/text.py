"""Terminal text: measuring, wrapping and styling mixed Chinese and English.

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
