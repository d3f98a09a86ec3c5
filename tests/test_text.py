"""Terminal text: wrapping stays linear and within the width; printable text is safe.

``wrap`` and ``printable`` (``miit2014.views.text``) are what every line of the command
goes through; ``json_safe`` is what its JSON goes through.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from miit2014.views import text
from miit2014.views.cli.output import json_safe
from miit2014.views.cli.screen import Screen
from miit2014.views.text import ANSI_ESCAPE, Cell, display_width, grid, printable, wrap

#: What a terminal must not be sent raw: C0 but the line break, DEL, C1, the Unicode line
#: and paragraph separators, the bidirectional controls.
ACTIVE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
HOSTILE = [
    "\x1b]0;retitled\x07",  # set the window title
    "\x1b[2J\x1b[H",  # clear the screen
    "\x9b31m",  # C1 CSI
    "line\u2028break",
    "\u202eevil\u202c",  # right-to-left override
    "nul\x00and\rreturn\tand\x7fdel",
    "\x1b[7mstyled\x1b[0m",
]
ENCODINGS = ["utf-8", "ascii", "latin-1", "gbk", "cp1252", "utf-16"]


def count_char_width(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every call of ``char_width`` that wrapping makes."""
    calls: list[str] = []
    real = text.char_width

    def counting(ch: str) -> int:
        calls.append(ch)
        return real(ch)

    monkeypatch.setattr(text, "char_width", counting)
    return calls


# -- wrapping --------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["é", "x", "字", "é-"])
def test_splitting_a_long_word_looks_at_each_character_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch, word: str
) -> None:
    """Was quadratic: each split measured the whole rest of the word again."""
    calls = count_char_width(monkeypatch)
    long = word * 20_000
    lines = wrap(long, 80, hang="")
    assert "".join(lines) == long
    assert len(calls) <= 8 * len(long)  # was 2,500,000 for 20,000 characters


def test_a_wide_indent_is_cut_to_half_the_width_so_output_stays_linear() -> None:
    """Was quadratic: an indent wider than the line gave one character a line, each
    line carrying the whole indent again (2,000 characters, 8 MB of output)."""
    body = "x" * 2_000
    lines = wrap(body, 40, indent=" " * 4_000)
    assert all(display_width(line) <= 40 for line in lines)
    assert "".join(line.strip() for line in lines) == body
    assert sum(len(line) for line in lines) <= 2 * len(body) + 40
    assert lines[0] == " " * 20 + "x" * 20


@given(
    st.text(alphabet="信息 消费，x-.", max_size=200),
    st.integers(min_value=4, max_value=60),
    st.text(alphabet=" >", max_size=100),
)
def test_every_line_fits_whatever_the_indent(body: str, width: int, indent: str) -> None:
    lines = wrap(body, width, indent=indent, hang=indent)
    assert all(display_width(line) <= width for line in lines)
    assert re.sub(r"[\s>]", "", "".join(lines)) == re.sub(r"\s", "", body)


def test_a_long_id_breaks_after_a_hyphen_or_a_dot() -> None:
    record_id = "figure.administrative-approval-items-reduction-target-2014"
    lines = wrap(record_id, 40, indent="      ", hang="        ")
    assert lines == ["      figure.administrative-approval-", "        items-reduction-target-2014"]
    assert wrap("ab-" + "x" * 12, 10, hang="") == ["ab-xxxxxxx", "xxxxx"]  # not to waste half


def test_an_escaped_character_is_never_split() -> None:
    shown = printable("规模以上工业增加值增长9.8%左右，利润增长13%", "ascii")
    for width in range(8, 40):
        lines = wrap(shown, width, hang="")
        assert "".join(lines) == shown
        for line in lines:
            assert re.fullmatch(r"(?:\\u[0-9a-f]{4}|[^\\])*", line), (width, line)


def test_wrap_of_styled_text_counts_escapes_as_no_columns_when_splitting() -> None:
    styled = "\x1b[7m" + "x" * 30 + "\x1b[0m"
    lines = wrap(styled, 10, hang="")
    assert [display_width(line) for line in lines] == [10, 10, 10]


# -- printable text ----------------------------------------------------------------------


@pytest.mark.parametrize("hostile", HOSTILE)
def test_control_characters_become_visible_escapes(hostile: str) -> None:
    shown = printable(hostile)
    assert not ACTIVE.search(shown)
    assert "\\x1b" in shown or "\x1b" not in hostile


def test_styles_are_kept_only_when_asked_and_only_sgr() -> None:
    assert printable("\x1b[7mmatch\x1b[0m", styles=True) == "\x1b[7mmatch\x1b[0m"
    assert printable("\x1b[7mmatch\x1b[0m") == "\\x1b[7mmatch\\x1b[0m"
    assert printable("\x1b]0;t\x07\x1b[2J", styles=True) == "\\x1b]0;t\\x07\\x1b[2J"


@given(st.text(max_size=80), st.sampled_from(ENCODINGS))
def test_printable_text_always_encodes_and_has_no_controls(value: str, encoding: str) -> None:
    shown = printable(value, encoding)
    shown.encode(encoding)
    assert not ACTIVE.search(shown)
    assert printable(shown, encoding) == shown  # a second pass changes nothing


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))))
def test_utf8_keeps_every_printable_character(value: str) -> None:
    cleaned = re.sub("[\u202a-\u202e\u2066-\u2069]", "", value)
    assert printable(cleaned) == cleaned


def test_an_encoding_without_chinese_gets_plain_marks_and_escapes() -> None:
    assert printable("苗圩 · 2466–2482 “力争” 【IPTV】…", "ascii") == (
        '\\u82d7\\u5729 * 2466-2482 "\\u529b\\u4e89" [IPTV]...'
    )
    assert printable("苗圩 · 2466–2482 …", "gbk") == "苗圩 · 2466–2482 …"  # GBK has them all


@given(st.text(alphabet=st.sampled_from("苗圩\x1b\x07[m")))
def test_a_screen_without_colour_sends_no_escape_at_all(value: str) -> None:
    for line in Screen(colour=False).fill(value):
        assert "\x1b" not in line
    for line in Screen(colour=True).fill(value):
        assert ANSI_ESCAPE.sub("", line).count("\x1b") == 0


# -- JSON ------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(json_values, st.sampled_from(ENCODINGS))
def test_json_safe_is_the_same_json_in_any_encoding(value: object, encoding: str) -> None:
    written = json.dumps(value, ensure_ascii=False, indent=2)
    shown = json_safe(written, encoding)
    shown.encode(encoding)
    assert json.loads(shown) == value
    assert not ACTIVE.search(shown.replace("\n", ""))
    if encoding == "utf-8" and not ACTIVE.search(written):
        assert shown == written  # nothing to escape: the same bytes


def test_json_safe_escapes_astral_characters_as_surrogate_pairs() -> None:
    assert json_safe('["𠀀"]', "ascii") == '["\\ud840\\udc00"]'
    assert json.loads(json_safe('["𠀀"]', "ascii")) == ["𠀀"]


@pytest.mark.parametrize("colour", [False, True])
@pytest.mark.parametrize("hostile", HOSTILE)
def test_no_reply_carries_a_control_character_from_the_data(colour: bool, hostile: str) -> None:
    """Text from records reaches the terminal through a Screen (listings) or as a whole
    reply (citations, JSON); neither lets a control character through."""
    from miit2014.views.cli.output import Form, Reply, fitted

    screen = Screen(colour=colour)
    laid_out = "\n".join(screen.fill(screen.bold(hostile)))
    for reply in (
        Reply(laid_out),
        Reply(hostile, Form.VERBATIM),
        Reply(json.dumps([hostile], ensure_ascii=False), Form.JSON),
    ):
        shown = fitted(reply, screen)
        kept = ANSI_ESCAPE.sub("", shown) if colour and reply.form is Form.SCREEN else shown
        assert not ACTIVE.search(kept.replace("\n", "")), reply.form


# -- tables whose cells wrap ---------------------------------------------------------------

_WORD = st.text(alphabet="ab规模", min_size=1, max_size=9)
_ITEM = st.lists(_WORD, min_size=1, max_size=5).map(" ".join)
_CELL = st.lists(_ITEM, min_size=1, max_size=3).map(tuple)


@given(
    st.lists(st.lists(_CELL, min_size=3, max_size=3), min_size=1, max_size=5), st.integers(20, 80)
)
def test_a_grid_fits_its_width_and_keeps_every_word(rows: list[list[Cell]], width: int) -> None:
    laid = grid(rows, width, aligned=frozenset({1, 2}))
    if laid is None:  # only when the longest words of the columns cannot sit side by side
        longest = [
            max(display_width(w) for r in rows for i in r[c] for w in i.split()) for c in range(3)
        ]
        assert sum(longest) + 4 > width
        return
    assert all(display_width(line) <= width for lines in laid for line in lines)
    for row, lines in zip(rows, laid, strict=True):
        shown = " ".join(lines).split()
        for cell in row:
            for item in cell:
                for word in item.split():
                    if word.isascii():  # Chinese may break between characters
                        assert word in shown  # an English word is never cut


def test_aligned_items_start_on_the_same_line() -> None:
    laid = grid(
        [[("label",), ("one two three four", "five"), ("1", "2")]], 24, aligned=frozenset({1, 2})
    )
    assert laid is not None
    (lines,) = laid
    second = next(i for i, line in enumerate(lines) if "five" in line)
    assert lines[second].rstrip().endswith("2")
    assert grid([[("a" * 30,), ("b",)]], 20) is None
    assert grid([[("abc",), ("规模规模规模",)]], 40, floors=(3, 30)) is not None  # widest < floor
    assert grid([[("abc",), ("规模 " * 20,)]], 40, floors=(3, 38)) is None
