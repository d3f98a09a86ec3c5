"""Cutting text short, the same way everywhere (reprs, tables, error messages)."""

from __future__ import annotations

import unicodedata
from fractions import Fraction

#: Width of a value quoted in an error message.
DESCRIBED_WIDTH = 60


def shorten(text: str, width: int) -> str:
    """``text`` if it fits in ``width`` characters, else its head and an ellipsis.

    The head ends between two user-perceived characters (see :func:`cut_point`): an
    accent stays on its letter, an emoji sequence or a flag stays whole or goes.
    """
    if len(text) <= width:
        return text
    return text[: cut_point(text, width - 1)] + "…" if width > 0 else ""


def cut_point(text: str, at: int) -> int:
    """The last place at or before ``at`` where ``text`` can be cut without splitting a
    user-perceived character (a grapheme cluster, roughly as Unicode's UAX #29 has it).

    Kept together: a character and the marks that combine with it (accents, vowel signs,
    variation selectors, skin tones, emoji tags), whatever a zero-width joiner joins,
    flags (regional indicators, in pairs), Hangul syllables spelt in jamo, and CR LF.
    Time is the length of the cluster stepped back over, never more.
    """
    at = max(0, min(at, len(text)))
    while 0 < at < len(text) and not _boundary(text, at):
        at -= 1
    return at


def _boundary(text: str, i: int) -> bool:
    """Whether a cluster may end between ``text[i - 1]`` and ``text[i]``."""
    before, after = text[i - 1], text[i]
    if before == "\r" and after == "\n":
        return False
    if _control(before) or _control(after):
        return True
    if _extends(after) or before == "\u200d":  # a mark joins what it follows; ZWJ, both
        return False
    if _regional(before) and _regional(after):  # flags pair off from the run's start
        run = i - 1
        while run > 0 and _regional(text[run - 1]):
            run -= 1
        return (i - run) % 2 == 0
    return _hangul_break(_jamo(before), _jamo(after))


def _control(ch: str) -> bool:
    category = unicodedata.category(ch)
    if category == "Cf":  # joiners and emoji tags extend; other format characters break
        return not ("\u200c" <= ch <= "\u200d" or "\U000e0020" <= ch <= "\U000e007f")
    return category in ("Cc", "Zl", "Zp")


def _extends(ch: str) -> bool:
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Mc")  # marks, variation selectors
        or "\u200c" <= ch <= "\u200d"
        or "\U0001f3fb" <= ch <= "\U0001f3ff"  # skin tones
        or "\U000e0020" <= ch <= "\U000e007f"  # the tags of subdivision flags
        or "\uff9e" <= ch <= "\uff9f"  # half-width katakana voicing marks
    )


def _regional(ch: str) -> bool:
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def _jamo(ch: str) -> str:
    """A Hangul character's part in a syllable: L, V, T, LV, LVT; "" for any other."""
    if "\u1100" <= ch <= "\u115f" or "\ua960" <= ch <= "\ua97c":
        return "L"
    if "\u1160" <= ch <= "\u11a7" or "\ud7b0" <= ch <= "\ud7c6":
        return "V"
    if "\u11a8" <= ch <= "\u11ff" or "\ud7cb" <= ch <= "\ud7fb":
        return "T"
    if "\uac00" <= ch <= "\ud7a3":
        return "LV" if (ord(ch) - 0xAC00) % 28 == 0 else "LVT"
    return ""


def _hangul_break(before: str, after: str) -> bool:
    if before == "L":
        return after not in ("L", "V", "LV", "LVT")
    if before in ("LV", "V"):
        return after not in ("V", "T")
    if before in ("LVT", "T"):
        return after != "T"
    return True


def first_line(doc: str | None) -> str:
    """The first line of a docstring: the summary that schemas and tables show."""
    return (doc or "").strip().split("\n")[0]


def describe(value: object) -> str:
    """A value as an error message shows it: its repr, cut short, with its length if long.

    Never fails and never costs more than the value's size: a long string is cut before
    its repr is made, and a huge integer or fraction (whose repr Python refuses past
    4,300 digits, and which is slow to print well before that) is described by its size.
    """
    width = DESCRIBED_WIDTH
    if isinstance(value, str) and len(value) > width:
        head = value[: cut_point(value, width)]
        return f"{shorten(repr(head), width)} ({len(value):,} characters)"
    bits = _bits(value)
    if bits > 128:
        kind = "a fraction" if isinstance(value, Fraction) else "an integer"
        return f"{kind} of about {int(bits * 0.30103) + 1:,} digits"
    try:
        text = repr(value)
    except ValueError:  # something holding a number too large to print
        return f"a {type(value).__name__} too large to show"
    return shorten(text, width)


def _bits(value: object) -> int:
    """The binary size of an integer or a fraction's larger term; 0 for anything else."""
    if isinstance(value, Fraction):
        return max(value.numerator.bit_length(), value.denominator.bit_length())
    if isinstance(value, int) and not isinstance(value, bool):
        return value.bit_length()
    return 0


#: The most characters a result's one-line ``repr`` takes (an evaluation, a comparison).
REPR_WIDTH = 300


def result_repr(kind: str, text: str) -> str:
    """``<Kind text>``, the text cut so that the whole fits in :data:`REPR_WIDTH`."""
    return f"<{kind} {shorten(text, REPR_WIDTH - len(kind) - 3)}>"
