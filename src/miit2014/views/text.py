"""Terminal text: measuring, wrapping and making printable mixed Chinese and English.

Text is measured in terminal columns, not code points: a Chinese character takes two
columns, so :func:`wrap` (not :mod:`textwrap`, which counts code points and breaks only
at spaces) is what keeps mixed Chinese and English inside a given width.
:func:`printable` makes text safe to send to a terminal: no control character from the
data reaches it, and nothing the terminal's encoding cannot hold.

>>> display_width("增长9.8%")
8
>>> wrap("规模以上工业增加值增长9.8%左右，利润增长13%", 16, hang="")
['规模以上工业增加', '值增长9.8%左右，', '利润增长13%']
>>> printable("增长9.8%…\\x1b[2J", "ascii")
'\\\\u589e\\\\u957f9.8%...\\\\x1b[2J'
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


#: A character written as a backslash escape by :func:`printable`: ``\u589e``.
_BACKSLASHED = r"\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8})"
_TOKEN = re.compile(f"({ANSI_ESCAPE.pattern})|{_BACKSLASHED}|.", re.DOTALL)


def _apart(token: str) -> bool:
    """A line may break on either side of a wide character, or of an escaped one."""
    return len(token) > 1 or char_width(token) == 2


def _unescaped(token: str) -> str:
    """The character a token stands for: itself, or the one its escape names."""
    return token if len(token) == 1 else chr(int(token[2:], 16))


def _atoms(text: str) -> list[str]:
    """Unbreakable pieces of one line of text: words, single CJK characters, spaces.

    A break is allowed at a space and on either side of a wide character (or a character
    :func:`printable` wrote as an escape), except before closing and after opening
    punctuation; an ANSI escape sticks to the text around it. A run of spaces is one
    atom of that many spaces.
    """
    atoms: list[str] = []
    current: list[str] = []  # the atom being built, joined once at its end
    spaces = 0  # the length of the run of spaces being counted
    previous = ""  # the last visible character (or escaped one) of ``current``
    for match in _TOKEN.finditer(text):
        token = match.group()
        if _breakable(token):
            if current:
                atoms.append("".join(current))
                current = []
            spaces += 1
            previous = ""
            continue
        if spaces:
            atoms.append(" " * spaces)
            spaces = 0
        if match.group(1):  # an ANSI escape
            current.append(token)
            continue
        apart = _apart(token) or (previous and _apart(previous))
        if (
            apart
            and previous
            and _unescaped(token) not in _NO_LINE_START
            and _unescaped(previous) not in _NO_LINE_END
        ):
            # an escape just before the break opens the next atom, not closes this one
            cut = len(current)
            while cut and current[cut - 1].startswith("\x1b"):
                cut -= 1
            atoms.append("".join(current[:cut]))
            current = current[cut:]
        current.append(token)
        previous = token
    if current:
        atoms.append("".join(current))
    if spaces:
        atoms.append(" " * spaces)
    return atoms


def _head(text: str, columns: int) -> str:
    """The longest head of ``text`` that takes at most ``columns`` columns."""
    used = 0
    for i, ch in enumerate(text):
        used += char_width(ch)
        if used > columns:
            return text[:i]
    return text


#: Characters after which a word too long for a line is best split: ``plan-2014.task-1``.
_SOFT_BREAKS = frozenset("-./_")


def _chop(atom: str, first: int, rest: int) -> list[str]:
    """``atom`` cut, in one pass, into pieces of at most ``first`` columns, then ``rest``;
    each piece holds at least one visible character, even one wider than its room. A cut
    falls after the piece's last ``-``, ``.``, ``/`` or ``_`` if that fills half of it."""
    pieces: list[str] = []
    start, used, room = 0, 0, first
    soft, soft_used = 0, 0  # just after the last soft break of this piece, and its columns
    for match in _TOKEN.finditer(atom):
        token = match.group()
        if match.group(1):  # an ANSI escape: no columns, and no break before it
            continue
        size = len(token) if len(token) > 1 else char_width(token)  # an escaped char whole
        while used and used + size > room:
            at_soft = soft > start and 2 * soft_used >= room  # not when it wastes half
            cut, kept = (soft, used - soft_used) if at_soft else (match.start(), 0)
            pieces.append(atom[start:cut])
            start, used, room, soft = cut, kept, rest, 0
        used += size
        if token in _SOFT_BREAKS:
            soft, soft_used = match.end(), used
    pieces.append(atom[start:])
    return pieces


def _is_space(atom: str) -> bool:
    return atom[0] == " "


def _wrap_line(text: str, width: int, first: str, rest: str) -> list[str]:
    """Greedy filling: spaces inside a line are kept as written, dropped at a break."""
    lines: list[str] = []
    rest_used = display_width(rest)
    line, used, filled, space = first, display_width(first), False, ""
    for atom in _atoms(text):
        if _is_space(atom):
            space = atom if filled else ""
            continue
        size = display_width(atom)
        if filled and used + len(space) + size > width:
            lines.append(line)
            line, used, filled, space = rest, rest_used, False, ""
        line, used, space = line + space, used + len(space), ""
        if used + size > width:  # a word longer than the line: split it
            *whole, atom = _chop(atom, width - used, width - rest_used)
            if whole:
                lines.append(line + whole[0])
                lines.extend(rest + piece for piece in whole[1:])
                line, used, size = rest, rest_used, display_width(atom)
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
    An indent or hang wider than half the width is cut to half, so that every line has
    room for text and the work stays linear in the length of ``text``.
    """
    rest = indent + "  " if hang is None else hang
    indent, rest = _head(indent, width // 2), _head(rest, width // 2)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_line(paragraph, width, indent, rest))
    return _carry_styles(lines, rest) if "\x1b" in text else lines


def fill(text: str, width: int = 80, *, indent: str = "", hang: str | None = None) -> str:
    """:func:`wrap`, joined into one string."""
    return "\n".join(wrap(text, width, indent=indent, hang=hang))


# -- what a terminal may be sent --------------------------------------------------------

#: Characters that act on a terminal instead of showing: C0 and C1 controls but the line
#: break, DEL, the Unicode line and paragraph separators, and the bidirectional
#: embeddings, overrides and isolates, which reorder what follows them on the screen.
_CONTROL = "\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_CONTROLS = re.compile(f"[{_CONTROL}]")
_CONTROLS_BUT_STYLES = re.compile(f"({ANSI_ESCAPE.pattern})|[{_CONTROL}]")

#: Plain forms of typographic marks, for a terminal whose encoding lacks them.
_PLAIN_MARKS = str.maketrans(
    {
        "…": "...",
        "–": "-",
        "—": "--",
        "−": "-",
        "·": "*",
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "【": "[",
        "】": "]",
        "×": "x",
        "\xa0": " ",
    }
)


def escaped(ch: str) -> str:
    r"""A character as a backslash escape, as Python writes it: ``\x1b``, ``\u2028``."""
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def printable(text: str, encoding: str = "utf-8", *, styles: bool = False) -> str:
    """``text`` as a terminal of ``encoding`` may be sent it.

    Control characters become backslash escapes (``\\x1b``), so that no text from a
    record can move the cursor, retitle the window or reorder the line; with ``styles``
    the SGR escapes of :data:`ANSI_ESCAPE` (bold, dim, reverse video) are kept.
    Characters the encoding cannot hold become a plain form (``…`` as ``...``) or a
    backslash escape (``\\u589e``): Chinese stays intact whenever the encoding has it.
    """
    if styles and "\x1b" in text:
        text = _CONTROLS_BUT_STYLES.sub(lambda m: m.group(1) or escaped(m.group()), text)
    else:
        text = _CONTROLS.sub(lambda m: escaped(m.group()), text)
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        plain = text.translate(_PLAIN_MARKS)
        return plain.encode(encoding, "backslashreplace").decode(encoding)
    return text


# -- tables whose cells wrap ----------------------------------------------------------------

#: A table cell: one or more items, each wrapped on its own lines.
Cell = tuple[str, ...]


def _longest_word(text: str) -> int:
    return max((display_width(a) for a in _atoms(text) if not _is_space(a)), default=0)


def grid(
    rows: list[list[Cell]],
    width: int,
    *,
    gap: int = 2,
    aligned: frozenset[int] = frozenset(),
    floors: tuple[int, ...] = (),
) -> list[list[str]] | None:
    """Rows of cells laid out in columns that fit ``width``, each cell wrapped in its
    column: the lines of each row; None when even the columns' longest words do not fit.

    Columns start as wide as their widest item; then they are narrowed, one column
    at a time where it costs the fewest lines, never below its longest word, so
    nothing is cut. The items of the
    ``aligned`` columns line up with each other (a value beside its own margin); other
    columns simply flow.
    ``floors`` are the fewest columns each column is worth showing in (Chinese could
    be narrowed to one character a line): a column narrower than its floor, or than its
    own widest item if that is less, makes the layout give up (None).
    """
    count = max(map(len, rows), default=0)
    cells = [[*row, *[()] * (count - len(row))] for row in rows]
    natural = [
        max((display_width(i) for r in cells for i in r[c]), default=0) for c in range(count)
    ]
    least = [max((_longest_word(i) for r in cells for i in r[c]), default=0) for c in range(count)]
    for c, floor in enumerate(floors[:count]):
        least[c] = max(least[c], min(natural[c], floor))
    room = width - gap * (count - 1)
    if sum(least) > room:
        return None
    widths = _narrowed(cells, natural, least, room)
    laid: list[list[str]] = []
    for row in cells:
        columns = [_column(row, c, widths, aligned) for c in range(count)]
        height = max(map(len, columns), default=0)
        lines = []
        for n in range(height):
            parts = [col[n] if n < len(col) else "" for col in columns]
            text = "".join(
                p + " " * (widths[c] - display_width(p) + (gap if c < count - 1 else 0))
                for c, p in enumerate(parts)
            )
            lines.append(text.rstrip())
        laid.append(lines)
    return laid


def _narrowed(
    cells: list[list[Cell]], natural: list[int], least: list[int], room: int
) -> list[int]:
    """Column widths that sum to at most ``room``: from ``natural``, one column at a time
    is narrowed by one, the one whose narrowing adds the fewest lines to the table (the
    widest of those), never below ``least``."""
    count = len(natural)
    heights: dict[tuple[int, int], list[int]] = {}

    def tall(c: int, width: int) -> list[int]:
        """Lines of each row's cell ``c`` at ``width``, worked out once."""
        key = (c, width)
        if key not in heights:
            heights[key] = [sum(len(wrap(i, width, hang="")) for i in r[c]) for r in cells]
        return heights[key]

    def table_height(widths: list[int]) -> int:
        columns = [tall(c, widths[c]) for c in range(count)]
        return sum(max(row, default=0) for row in zip(*columns, strict=True))

    widths = [min(n, room) for n in natural]  # no column is wider than the table
    while sum(widths) > room:
        narrower = [c for c in range(count) if widths[c] > least[c]]

        def cost(c: int) -> tuple[int, int]:
            trial = [w - (i == c) for i, w in enumerate(widths)]
            return (table_height(trial), -widths[c])

        widths[min(narrower, key=cost)] -= 1
    return widths


def _column(row: list[Cell], c: int, widths: list[int], aligned: frozenset[int]) -> list[str]:
    """The lines of cell ``c``: its items wrapped one under another; in an aligned column,
    each item as tall as the tallest item of the same place in the other aligned cells."""
    pieces = [wrap(item, widths[c], hang="") for item in row[c]]
    if c not in aligned:
        return [line for piece in pieces for line in piece]
    lines: list[str] = []
    for n, piece in enumerate(pieces):
        tallest = max(
            (len(wrap(row[o][n], widths[o], hang="")) for o in aligned if n < len(row[o])),
            default=len(piece),
        )
        lines += piece + [""] * (tallest - len(piece))
    return lines
