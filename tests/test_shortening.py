"""Text cut short (reprs, tables, error messages) is cut between user-perceived
characters, never inside one, and never runs past its width.

It used to be cut at a code point: an accent written as a combining mark was dropped
from its letter's copy or left dangling, an emoji sequence or a flag split in two.
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from miit2014.model.brief import DESCRIBED_WIDTH, describe, shorten

ZWJ = "\u200d"

# Clusters that stay clusters whatever stands before or after them (none starts with a
# mark, a joiner, a lone regional indicator or a jamo that would join its neighbour).
_base = st.sampled_from([*"aZ9 .中圩、é", "\t", "\n", "\r\n"])
_marks = st.lists(st.sampled_from(["\u0301", "\u0308", "\u0323", "\u20dd"]), min_size=1, max_size=4)
_accented = st.builds(lambda base, marks: base + "".join(marks), st.sampled_from("aeoqxAE"), _marks)
_indic = st.sampled_from(["क\u093e", "क\u094d", "क\u093f\u0902", "த\u0bcd"])  # vowel signs, virama
_emoji = st.sampled_from(["👨", "👩", "👧", "❤", "🏳", "🚀"])
_presented = st.builds(lambda e, v: e + v, _emoji, st.sampled_from(["\ufe0f", "🏽", "🏿"]))
_joined = st.lists(_emoji, min_size=2, max_size=5).map(ZWJ.join)
_flag = st.sampled_from(["🇨🇳", "🇯🇵", "🇺🇸", "🇪🇺"])
_subdivision = st.just("🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f")
_jamo = st.builds(
    lambda lead, vowel, tail: lead + vowel + tail,
    st.sampled_from(["\u1100", "\u1112", "\u1100\u1100"]),
    st.sampled_from(["\u1161", "\u1175", "\u1161\u1175"]),
    st.sampled_from(["", "\u11a8", "\u11ab\u11a8"]),
)
_syllable = st.builds(
    lambda s, t: s + t, st.sampled_from(["가", "한", "각"]), st.sampled_from(["", "\u11a8"])
)
CLUSTER = st.one_of(
    _base, _accented, _indic, _emoji, _presented, _joined, _flag, _subdivision, _jamo, _syllable
)


def boundaries(clusters: list[str]) -> list[int]:
    return [0, *itertools.accumulate(map(len, clusters))]


@given(st.lists(CLUSTER, max_size=30), st.integers(0, 80))
def test_shortening_never_splits_a_cluster_and_never_exceeds_the_width(
    clusters: list[str], width: int
) -> None:
    text = "".join(clusters)
    cut = shorten(text, width)
    assert len(cut) <= width
    if len(text) <= width:
        assert cut == text
        return
    if width == 0:
        assert cut == ""
        return
    head = cut.removesuffix("…")
    assert cut == head + "…"
    assert text.startswith(head)
    ends = boundaries(clusters)
    assert len(head) in ends, f"cut inside a cluster: {head!r}"
    # and no later cluster boundary would have fitted: nothing is cut that need not be
    assert all(end > width - 1 for end in ends if end > len(head))


@given(st.lists(CLUSTER, max_size=30), st.integers(-3, 200))
def test_a_cut_point_is_the_last_cluster_boundary_at_or_before_it(
    clusters: list[str], at: int
) -> None:
    from miit2014.model.brief import cut_point

    text = "".join(clusters)
    ends = boundaries(clusters)
    assert cut_point(text, at) == max(end for end in ends if end <= max(at, 0))


def test_an_accent_stays_on_its_letter() -> None:
    assert shorten("cafe\u0301 au lait", 5) == "caf…"
    assert shorten("cafe\u0301 au lait", 6) == "cafe\u0301…"


def test_an_emoji_sequence_or_a_flag_goes_whole() -> None:
    family = ZWJ.join("👨👩👧👦")
    assert shorten(f"ab{family}cd", 5) == "ab…"
    assert shorten(f"ab{family}cd", 10) == f"ab{family}…"
    assert shorten("x🇨🇳🇯🇵", 4) == "x🇨🇳…"
    assert shorten("x🇨🇳🇯🇵", 3) == "x…"


def test_an_error_message_quotes_a_long_value_cut_between_characters() -> None:
    shown = describe("a" + "e\u0301" * DESCRIBED_WIDTH)
    assert shown.endswith(f"({2 * DESCRIBED_WIDTH + 1} characters)")
    assert "e\u0301" * 20 in shown
    quoted = shown.rsplit(" (", 1)[0]
    bare = [i for i, ch in enumerate(quoted) if ch == "e" and quoted[i + 1 : i + 2] != "\u0301"]
    assert not bare, f"an accent was cut off its letter: {shown!r}"
