"""The English (and Chinese) wording of values that every view shares.

A figure reads "about 9.8%" in a repr, a notebook table, the command line and a chart
alike, because all of them ask this module; nothing here knows of a terminal or a page.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import TYPE_CHECKING, Protocol

import attrs

from . import exact
from .base import Record, Span
from .bounds import Bounds
from .citation import Citation, Reliability
from .entities import MeetingRole
from .fields import fields_of
from .figure import Figure, Period, Qualifier, Unit
from .frozen import FrozenMap
from .verdict import Bearing, Verdict

if TYPE_CHECKING:
    from .outcome import Outcome, Unsourced


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


def scale_of(value: Decimal | Fraction, unit: Unit) -> tuple[Decimal, str] | None:
    """The unit a large amount is read in (``10**12``, ``"trillion"``), or None.

    Amounts of yuan and counts are scaled from a million up; the one loop over
    :data:`SCALES` that every rendering of a large number goes through.
    """
    if unit not in (Unit.YUAN, Unit.COUNT):
        return None
    size = value.copy_abs() if isinstance(value, Decimal) else abs(value)  # no context
    return next(((s, w) for s, w in SCALES if size >= s), None)


#: What follows a number, by unit.
UNIT_SUFFIX: Mapping[Unit, str] = FrozenMap(
    {Unit.PERCENT: "%", Unit.YUAN: " yuan", Unit.YEARS: " years", Unit.DAYS: " days"}
)


def format_number(value: Decimal | Fraction, unit: Unit) -> str:
    """``9.8 %``-style text for a value in base units, without losing exactness.

    No Decimal arithmetic is done (it would round to the caller's decimal context): a
    value in trillions is the same digits with the point moved.
    """
    scale = scale_of(value, unit) if unit is Unit.YUAN else None
    if isinstance(value, Fraction):
        number = f"{value.numerator}/{value.denominator}"
    elif scale is not None:
        shifted = exact.shifted(value, -scale[0].adjusted())
        number = f"{exact.to_text(shifted)} {scale[1]}"
    else:
        number = exact.to_text(value)
        if "." not in number:
            number = f"{int(number):,}"
    return number + UNIT_SUFFIX.get(unit, "")


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
    scale = scale_of(exact_value, unit)
    if scale is not None:
        exact_value, word = exact_value / Fraction(scale[0]), f" {scale[1]}"
    number = exact.rounded(exact_value, 0 if word and abs(exact_value) >= 100 else 2)
    text = f"{number:,f}" if not word and number.copy_abs() >= 1000 else format(number, "f")
    return text + word + UNIT_SUFFIX.get(unit, "")


def phrase(
    value: Decimal | Fraction,
    unit: Unit,
    qualifier: Qualifier = Qualifier.EXACT,
    counted: str | None = None,
    *,
    from_float: str | None = None,
) -> str:
    """Any value as an English phrase: ``about 9.8%``, ``more than 300 cities``.

    A value that is no terminating decimal (a base worked out by division) reads rounded,
    with "about": the exact fraction stays with the value. A value a caller gave as a
    float says how it was read (``from_float``, the float's repr; :func:`read_float_as`).
    """
    words = QUALIFIER_EN[qualifier]
    if isinstance(value, Fraction) and unit is not Unit.FRACTION:
        as_decimal = exact.terminating(value)
        if as_decimal is None:
            return with_noun((words or "about ") + rounded(value, unit), value, counted)
        value = as_decimal
    text = with_noun(words + format_number(value, unit), value, counted)
    return text if from_float is None else f"{text} ({read_float_as(from_float, value)})"


def read_float_as(given: str, value: exact.Value) -> str:
    """How a binary float a caller passed was read: through its shortest repr, exactly.

    ``read the float 31000000.0 as exactly 31,000,000``; ``read the float 0.1 as exactly
    0.1`` (not as the binary fraction nearest to 0.1, which is what the float holds).
    """
    if isinstance(value, Fraction):  # a float's shortest repr always terminates
        value = exact.terminating(value) or value
    return f"read the float {given} as exactly {format_number(value, Unit.COUNT)}"


def figure_value(figure: Figure) -> str:
    """The value as an English phrase: ``about 9.8%``, ``more than 300 cities``."""
    return phrase(figure.value, figure.unit, figure.qualifier, figure.counted)


def outcome_value(outcome: Outcome) -> str:
    """An outcome's value as an English phrase: ``33,640,000 IPTV users``."""
    return phrase(outcome.value, outcome.unit, outcome.qualifier, outcome.counted)


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


# -- the compact cells of a table ----------------------------------------------------

#: One mark before a compact number, by qualifier: a table cell or a chart's label.
QUALIFIER_MARK: Mapping[Qualifier, str] = FrozenMap(
    {
        Qualifier.EXACT: "",
        Qualifier.ABOUT: "≈",
        Qualifier.MORE_THAN: ">",
        Qualifier.AT_LEAST: "≥",
        Qualifier.NEARLY: "≲",
    }
)
_SHORT_SCALES = FrozenMap({" trillion": " tn", " billion": " bn", " million": " mn"})


def compact(
    value: exact.Value,
    unit: Unit,
    qualifier: Qualifier = Qualifier.EXACT,
    *,
    yuan: bool = True,
) -> str:
    """``>30 mn``, ``≈9.8%``, ``≥1/3``, ``2.2 tn yuan``: a value for a table cell
    (``yuan=False`` leaves the word "yuan" to the cell that shows the figure)."""
    text = rounded(value, unit)
    for word, short in _SHORT_SCALES.items():
        text = text.replace(word, short)
    if not yuan:
        text = text.removesuffix(" yuan")
    return QUALIFIER_MARK[qualifier] + text


def joined(texts: Iterable[str]) -> str:
    """Distinct compact values as a short list, each whole: ``24.6%; 23.4%``,
    ``2.2 tn; ≈2.37 tn``; ``–`` for none. (The screens list them one a line, with
    their publishers: :func:`value_list`.)"""
    return "; ".join(dict.fromkeys(texts)) or "–"


def compact_margin(margin: exact.Value, unit: Unit) -> str:
    """``+640,000``, ``-0.1 pp``, ``+200 bn``: a signed margin for a table cell."""
    sign = "+" if margin > 0 else ""
    if unit is Unit.PERCENT:
        return f"{sign}{exact.to_text(margin)} pp"
    return sign + compact(margin, unit, yuan=False)


#: One letter per source grade, for a narrow column.
GRADE_LETTER: Mapping[Reliability, str] = FrozenMap(
    {Reliability.PRIMARY: "P", Reliability.OFFICIAL_MEDIA: "O", Reliability.SECONDARY: "S"}
)


def words(value: Enum) -> str:
    """An enum's value as words: ``official_media`` -> ``official media``."""
    return str(value.value).replace("_", " ")


# -- margins and ranges, in full ---------------------------------------------------------


def margin_text(
    margin: exact.Value, unit: Unit, counted: str | None = None, ratio: exact.Value | None = None
) -> str:
    """``-0.1 percentage points``, ``+640,000 IPTV users; ratio 841/825, about 1.02``:
    a difference from a figure, exact and signed, with the ratio when one is given (never
    for percentages, where the points say it)."""
    sign = "+" if margin > 0 else ""
    if unit is Unit.PERCENT:
        return f"{sign}{exact.to_text(margin)} percentage points"
    text = sign + format_number(margin, unit)
    if isinstance(margin, Fraction):
        text += f" (about {rounded(margin, Unit.COUNT)})"
    text = with_noun(text, margin, counted)
    if ratio is not None:
        ratio_text = exact.to_text(ratio)
        if isinstance(ratio, Fraction):
            ratio_text += f", about {rounded(ratio, Unit.COUNT)}"
        text += f"; ratio {ratio_text}"
    return text


def range_text(bounds: Bounds, unit: Unit, *, points: bool = False) -> str:
    """``9.31% to 10.29%``, ``exactly 13%``, ``more than 2 trillion yuan``: the numbers a
    range holds, rounded for reading (``points``: a difference of percentages, in
    percentage points)."""

    def end(x: Fraction) -> str:
        if points or unit is Unit.FRACTION:
            return exact.to_text(exact.rounded(x, 2))
        return rounded(x, unit)

    tail = " percentage points" if points else ""
    low, high = bounds.low, bounds.high
    if low is not None and low == high:
        return f"exactly {end(low)}{tail}"
    if low is None and high is None:
        return "any number"
    if high is None:
        assert low is not None
        return ("at least " if bounds.low_closed else "more than ") + end(low) + tail
    if low is None:
        return ("at most " if bounds.high_closed else "less than ") + end(high) + tail
    if bounds.low_closed and bounds.high_closed:
        return f"{end(low)} to {end(high)}{tail}"
    left = "at least" if bounds.low_closed else "more than"
    right = "at most" if bounds.high_closed else "less than"
    return f"{left} {end(low)} and {right} {end(high)}{tail}"


# -- verdicts, bearings, roles and sources ---------------------------------------------

#: One line on each verdict, as every view gives it.
VERDICT_MEANING: Mapping[Verdict, str] = FrozenMap(
    {
        Verdict.MET: "an outcome that counts what the target counts, dated by its deadline,"
        " meets it by the target's own wording",
        Verdict.MET_AT_LEAST: "a count of a part of what the target counts (one operator)"
        " alone meets it, so the whole does too",
        Verdict.NOT_MET: "an outcome that counts what the target counts, at the end of its"
        " period, falls short of it, or one that counts a whole holding it (those assessed,"
        " of whom those meeting it are some) falls short even so",
        Verdict.WITHIN_RANGE: "the final figure lies in the range the estimate's qualifier allows",
        Verdict.REVISED_UP: "the final figure lies above the range the estimate allows",
        Verdict.REVISED_DOWN: "the final figure lies below the range the estimate allows",
        Verdict.CONFLICTING: "outcomes that could each settle the figure disagree",
        Verdict.UNDECIDED: "outcomes exist, but none settles the figure",
        Verdict.NO_SOURCE: "no source states an outcome",
    }
)


#: Why an outcome bears on its figure as it does, by bearing.
BEARING_MEANING: Mapping[Bearing, str] = FrozenMap(
    {
        Bearing.DECIDES: "counts what the figure counts, in time: it settles the verdict",
        Bearing.LOWER_BOUND: "counts a part of what the target counts and alone meets it: the"
        " whole does too",
        Bearing.PART_SHORT: "counts a part of what the target counts and falls short: it says"
        " nothing of the whole",
        Bearing.UPPER_BOUND: "counts a whole that holds what the figure counts and falls"
        " short even so: what the figure counts, some of that whole, falls short too",
        Bearing.WHOLE_MEETS: "counts a whole that holds what the figure counts and does not"
        " fall short: it says nothing of the part the figure counts",
        Bearing.INTERIM: "a reading before the end of the figure's period; it settles nothing",
        Bearing.LATE: "dated after the target's deadline: it cannot show what stood by then",
        Bearing.UNDATED: "no source dates it, so it cannot show what stood by the deadline",
        Bearing.OTHER_SCOPE: "counts something other than the figure",
        Bearing.STRADDLES: "its own range lies on both sides of the line, so it settles nothing",
        Bearing.NOT_COMPARABLE: "in a unit that cannot be compared with the figure's",
    }
)


#: What each participant did at the meeting, as a sentence starts it
#: (:func:`role_text` words it inside one).
ROLE_EN: Mapping[MeetingRole, str] = FrozenMap(
    {
        MeetingRole.DELIVERED_REPORT: "Delivered the work report",
        MeetingRole.CHAIRED: "Chaired",
        MeetingRole.ATTENDED: "Attended the meeting",
    }
)


def role_text(role: MeetingRole) -> str:
    """A meeting role after "At the meeting:": ``chaired``, ``attended`` (the role's words
    of :data:`ROLE_EN`, lower-cased, without a repeated "the meeting")."""
    text = ROLE_EN[role].removesuffix(" the meeting")
    return text[0].lower() + text[1:]


def source_text(citation: Citation) -> str:
    """``(official media): Xinhua, "Title", 2015-01-20, http://...``: one source, one line."""
    return f"({words(citation.reliability)}): {source_where(citation)}"


def source_where(citation: Citation) -> str:
    """``Xinhua, "Title", 2015-01-20, http://....``: who published it, what and where."""
    parts = [citation.publisher]
    if citation.title:
        parts.append(f'"{citation.title}"')
    if citation.date:
        parts.append(citation.date.isoformat())
    if citation.url:
        parts.append(citation.url)
    return f"{', '.join(parts)}."


# -- explanations ------------------------------------------------------------------------


@attrs.frozen
class Line:
    """One statement of an explanation: ``label: text``, or text alone."""

    label: str
    text: str

    def __str__(self) -> str:
        return f"{self.label}: {self.text}" if self.label else self.text


@attrs.frozen
class Explanation:
    """What a result says, as every view shows it: a title and blocks of lines.

    ``explain()`` prints it (:meth:`text`: lines one under another, blocks apart), a
    notebook and the reading page render the same blocks as HTML; nobody re-parses text.
    """

    title: str
    blocks: tuple[tuple[Line, ...], ...]

    def text(self) -> str:
        return "\n\n".join("\n".join(map(str, block)) for block in self.blocks)

    @property
    def lines(self) -> tuple[Line, ...]:
        return tuple(line for block in self.blocks for line in block)


def outcome_lines(
    outcome: Outcome,
    figure: Figure,
    verdict: Verdict | None,
    bearing: Bearing,
    margin: exact.Value | None,
    ratio: exact.Value | None,
) -> tuple[Line, ...]:
    """One outcome against its figure: what it counts, what it says alone and why it bears
    as it does, each source quoted."""
    o = outcome
    when = f"as of {o.as_of.isoformat()}" if o.as_of else "undated"
    said = verdict_words(verdict) if verdict else "no verdict of its own"
    lines = [
        Line(f"Outcome {o.id}", f"{outcome_value(o)}, {when}."),
        Line("Counts", f"{o.scope_en}."),
    ]
    if o.scope_mismatch:
        lines.append(Line(f"Scope differs ({words(o.coverage)})", f"{o.scope_mismatch}."))
    if margin is not None:
        how = margin_text(margin, figure.unit, figure.counted, ratio)  # no ratio for points
        lines.append(Line("Alone it says", f"{said} ({how})."))
    else:
        lines.append(Line("Alone it says", f"{said}."))
    lines.append(Line("Bearing", f"{bearing_words(bearing)}: {BEARING_MEANING[bearing]}."))
    if o.derivation is not None:
        how = words(o.derivation.operation)
        lines.append(Line(f"Derived ({how})", o.derivation.explanation_en))
    if o.note_en:
        lines.append(Line("Note", o.note_en))
    for citation in o.sources:
        lines.extend(quoted_source("Source", citation))
    return tuple(lines)


def quoted_source(label: str, citation: Citation) -> tuple[Line, ...]:
    """A source on one line, its quote under it (and the package's reading of it)."""
    lines = [
        Line("", f"{label} {source_text(citation)}"),
        Line("", f'  "{citation.quote}" [{citation.language}]'),
    ]
    if citation.reading:
        lines.append(Line("", f"  Reading (the package's, not verbatim): {citation.reading}"))
    return tuple(lines)


def figure_line_full(figure: Figure, end: str = ".") -> str:
    """``label: about 9.8% (estimated, calendar year 2013).``"""
    return f"{figure_line(figure)} ({figure.status.value}, {figure.period.label_en}){end}"


def unsourced_lines(unsourced: Unsourced) -> tuple[Line, ...]:
    """What was seen and searched for a figure no source answers."""
    u = unsourced
    lines = [Line("Seen instead", u.seen_en)]
    for c in u.seen:
        lines += [Line("", f"Source seen {source_text(c)}"), Line("", f'  "{c.quote}"')]
    lines.append(Line("Searched", "; ".join(f'"{q}"' for q in u.searched) + "."))
    return tuple(lines)


def verdict_word(met: bool) -> str:
    """``met`` or ``not met``: an evaluation's answer."""
    return "met" if met else "not met"


def evaluation_explanation(
    target: Figure,
    actual: str,
    met: bool,
    margin: exact.Value,
    tolerance: Fraction,
    outcome: Outcome | None,
    *,
    tolerance_from_float: str | None = None,
) -> Explanation:
    """A target against an actual value (already a phrase, :func:`phrase`): target,
    actual, verdict and margin, the tolerance where it counts (and how a float tolerance
    was read), the outcome's scope and sources."""
    t = target
    how = margin_text(margin, t.unit, t.counted)
    lines = [
        Line("Target", f"{figure_line(t)} ({t.period.label_en})."),
        Line("Actual", f"{actual}."),
        Line("Verdict", f"{verdict_word(met)} (margin {how})."),
    ]
    if t.qualifier in (Qualifier.ABOUT, Qualifier.NEARLY):
        percent = exact.to_text(exact.rounded(tolerance * 100, 2))
        read = (
            ""
            if tolerance_from_float is None
            else f" ({read_float_as(tolerance_from_float, tolerance)})"
        )
        lines.append(
            Line("Tolerance", f"'About' and 'nearly' allow {percent}% below the target{read}.")
        )
    if outcome is not None:
        o = outcome
        when = f"as of {o.as_of.isoformat()}" if o.as_of else "at a date no source gives"
        lines.append(Line(f"Observed {when}", f"{o.scope_en}."))
        if o.scope_mismatch:
            lines.append(Line("Scope differs from the target", f"{o.scope_mismatch}."))
        for c in o.sources:
            lines.append(Line(f"Source ({words(c.reliability)})", source_where(c)))
    return Explanation(f"Evaluation of {t.id}: {verdict_word(met)}", (tuple(lines),))


def ratio_text(ratio: Fraction | None, exactly: bool) -> str | None:
    """``about 1.327 (exactly 65/49 between the printed numbers)``; None for no ratio."""
    if ratio is None:
        return None
    fraction = f"{ratio.numerator}/{ratio.denominator}" if ratio.denominator != 1 else str(ratio)
    near = _significant(ratio, 4)
    if exactly:
        return f"{near} (exactly {fraction})"
    return f"about {near} (exactly {fraction} between the printed numbers)"


def difference_text(
    difference: exact.Value,
    unit: Unit,
    qualifier: Qualifier | None,
    bounds: Bounds,
) -> str:
    """``about +3.2 percentage points (range 2.71 to 3.69 percentage points)``."""
    sign = "+" if difference >= 0 else ""
    about = "" if qualifier in (Qualifier.EXACT, None) else "about "
    if unit is Unit.PERCENT:
        head = f"{about}{sign}{exact.to_text(difference)} percentage points"
    else:
        head = f"{about}{sign}{format_number(difference, unit)}"
    if bounds.low is None or bounds.low != bounds.high:
        head += f" (range {range_text(bounds, unit, points=unit is Unit.PERCENT)})"
    return head


def _significant(value: Fraction, digits: int) -> str:
    """``value`` to ``digits`` significant digits, exactly (no float), trailing zeros cut."""
    if value == 0:
        return "0"
    size, power = abs(value), 0
    while size >= 10:
        size, power = size / 10, power + 1
    while size < 1:
        size, power = size * 10, power - 1
    return exact.to_text(exact.rounded(value, max(digits - 1 - power, 0)))


def derived_sentence(formula: str, value: str, allowed: str | None) -> str:
    """``level / (1 + growth / 100) = 1.6 trillion yuan (range more than 1.58 trillion yuan)``."""
    return f"{formula} = {value}" + ("" if allowed is None else f" (range {allowed})")


def comparison_sentence(a: str, b: str, difference: str, ratio: str | None) -> str:
    """``13% vs about 9.8%: difference about +3.2 percentage points (...); ratio ...``."""
    text = f"{a} vs {b}: difference {difference}"
    return text if ratio is None else f"{text}; ratio {ratio}"


def comparison_explanation(
    a: tuple[str, str],
    b: tuple[str, str],
    difference: str,
    ratio: str | None,
    larger: str,
    certainly_larger: str | None,
) -> Explanation:
    """A comparison line by line: each side (its name and phrase), the difference, the
    ratio, and which is larger, whatever the qualifiers allow."""
    if certainly_larger is not None:
        which = f"{certainly_larger}, whatever the qualifiers allow"
    elif larger == "equal":
        which = "neither: the printed numbers are equal"
    else:
        which = f"{larger} as printed; the qualifiers allow either"
    lines = (
        Line("a", f"{a[0]}: {a[1]}"),
        Line("b", f"{b[0]}: {b[1]}"),
        Line("Difference", difference),
        Line("Ratio", ratio or "none: b is zero"),
        Line("Larger", which),
    )
    return Explanation(f"Comparison of {a[0]} with {b[0]}", (lines,))


def derived_explanation(
    formula: str, inputs: tuple[str, ...], value: str, allowed: str | None
) -> Explanation:
    """A derived figure: its formula, inputs, value and the range its inputs allow."""
    lines = (
        Line("Formula", formula),
        Line("Inputs", ", ".join(inputs)),
        Line("Value", value),
        Line("Range", allowed or "a single value: every input is exact"),
    )
    return Explanation(f"Derived: {formula}", (lines,))


def derived_value(
    value: exact.Value, unit: Unit, qualifier: Qualifier | None, counted: str | None
) -> str:
    """``about 1.6 trillion yuan``, ``about 0.99 yuan (exactly 100/101)``."""
    about = "about " if qualifier is Qualifier.ABOUT else ""
    if isinstance(value, Fraction) and unit is not Unit.FRACTION:
        near = format_number(exact.terminating(Fraction(round(value, 2))) or value, unit)
        number = f"{near} (exactly {value.numerator}/{value.denominator})"
    else:
        number = format_number(value, unit)
    return with_noun(f"{about}{number}", value, counted)


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
        "nearest": ("nearest figure, not this quantity", "最接近的数字，并非此数"),
    }
)

#: The claim units no figure is in, in words (the report's units are worded by
#: :func:`format_number`).
CHECK_UNITS: Mapping[str, str] = FrozenMap(
    {
        "percentage_points": " percentage points",
        "dollars": " US dollars",
        "other_currency": " (another currency)",
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
    if unit in CHECK_UNITS:
        return QUALIFIER_EN[qualifier] + exact.to_text(value) + CHECK_UNITS[unit]
    return QUALIFIER_EN[qualifier] + format_number(value, Unit(unit))


class CheckedQuantity(Protocol):
    """What the checker's wording reads of one checked quantity
    (:class:`miit2014.analysis.check.CheckResult`)."""

    @property
    def written(self) -> str: ...
    @property
    def value(self) -> exact.Value: ...
    @property
    def unit(self) -> Enum: ...
    @property
    def qualifier(self) -> Qualifier: ...
    @property
    def verdict(self) -> Enum: ...
    @property
    def reason(self) -> str: ...
    @property
    def measure(self) -> str | None: ...
    @property
    def year(self) -> int | None: ...
    @property
    def part_of_year(self) -> str | None: ...
    @property
    def relative_year(self) -> str | None: ...
    @property
    def figure(self) -> Figure | None: ...
    @property
    def outcome(self) -> Outcome | None: ...
    @property
    def allowed(self) -> Bounds | None: ...


def check_reason(checked: CheckedQuantity, lang: str = "en") -> str:
    """Why a quantity got its verdict, in English (``en``) or Chinese (``zh``), filled from
    its values: the text's reading, the figure's wording, a later outcome it matches."""
    c, i, f = checked, (1 if lang == "zh" else 0), checked.figure
    measure = CHECK_OTHER_MEASURES.get((c.measure or "").removeprefix("other:"), ("", ""))
    fields = {
        "read": c.written
        if f is not None and i
        else claim_value(c.value, c.unit.value, c.qualifier),
        "unit": words(c.unit),
        "year": c.year,
        "part": c.part_of_year,
        "relative": c.relative_year,
        "measure": measure[i],
    }
    if f is not None:
        said = numeral_phrase_zh(f) if i else figure_value(f)
        if i or f.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
            allowed = said
        elif f.qualifier is Qualifier.EXACT:
            allowed = "exactly " + said
        else:
            allowed = range_text(c.allowed or Bounds(None, None), f.unit)
        fields |= {
            "allowed": allowed,
            "figure_q": said,
            "figure_unit": f.unit.value,
            "period": f.period.label_en,
        }
    text = CHECK_REASON[c.reason][i].format(**fields)
    if c.outcome is not None and f is not None:
        source = c.outcome.sources[0].publisher if c.outcome.sources else ""
        status = CHECK_STATUS[f.status.value][i]
        text += "; " + CHECK_OUTCOME[i].format(
            source=source, value=outcome_value(c.outcome), status=status
        )
    return text


def check_explanation(checked: CheckedQuantity, lang: str = "en") -> Explanation:
    """A checked quantity line by line: what was read, the report's quote, English and
    value where a figure is about it, the verdict and why."""
    c, i, f = checked, (1 if lang == "zh" else 0), checked.figure
    verdict = CHECK_VERDICT[str(c.verdict.value)][i]
    lines = [
        Line(
            CHECK_LABELS["read"][i],
            f"{c.written} = {claim_value(c.value, c.unit.value, c.qualifier)}",
        )
    ]
    if f is not None:
        about = figure_line_full(f, end=f" [{f.id}]")
        lines.append(Line(CHECK_LABELS["report"][i], f"{f.quote} — {about}"))
    lines.append(Line(CHECK_LABELS["verdict"][i], verdict))
    lines.append(Line(CHECK_LABELS["why"][i], check_reason(c, lang)))
    return Explanation(f"{c.written}: {verdict}", (tuple(lines),))


# -- the scorecard in words: a verdict in a cell, the whole card in a paragraph ------------

#: Each verdict in a few words, for a table cell or a chart: (English, Chinese).
VERDICT_WORDS: Mapping[Verdict, tuple[str, str]] = FrozenMap(
    {
        Verdict.MET: ("met", "已实现"),
        Verdict.MET_AT_LEAST: ("met at least", "至少已实现"),
        Verdict.NOT_MET: ("not met", "未实现"),
        Verdict.WITHIN_RANGE: ("within range", "在预计范围内"),
        Verdict.REVISED_UP: ("revised up", "高于预计"),
        Verdict.REVISED_DOWN: ("revised down", "低于预计"),
        Verdict.CONFLICTING: ("sources conflict", "来源相互矛盾"),
        Verdict.UNDECIDED: ("undecided", "尚无定论"),
        Verdict.NO_SOURCE: ("no source", "未找到来源"),
    }
)


def verdict_words(verdict: Verdict, lang: str = "en") -> str:
    """``met at least``, ``revised down``, ``未实现``: a verdict in a few words."""
    return VERDICT_WORDS[verdict][_lang_index(lang)]


#: What happened to n figures of a verdict, in a sentence of the summary: (one, several)
#: in English, and the Chinese (after "n项").
_VERDICT_CLAUSE: Mapping[Verdict, tuple[str, str, str]] = FrozenMap(
    {
        Verdict.MET: ("was met", "were met", "已实现"),
        Verdict.MET_AT_LEAST: (
            "was met at least (the count of a part alone meets it)",
            "were met at least (the count of a part alone meets each)",
            "至少已实现（仅一部分的数字即已达到）",
        ),
        Verdict.NOT_MET: ("was not met", "were not met", "未实现"),
        Verdict.WITHIN_RANGE: (
            "came within the range its wording allowed",
            "came within the range their wording allowed",
            "最终数在预计范围内",
        ),
        Verdict.REVISED_UP: ("was revised up", "were revised up", "最终数高于预计"),
        Verdict.REVISED_DOWN: ("was revised down", "were revised down", "最终数低于预计"),
        Verdict.CONFLICTING: (
            "has sources that disagree",
            "have sources that disagree",
            "来源相互矛盾",
        ),
        Verdict.UNDECIDED: ("is undecided", "are undecided", "尚无定论"),
        Verdict.NO_SOURCE: ("has no source", "have no source", "未找到来源"),
    }
)

_NUMBER_WORDS = (
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)


def number_word(n: int) -> str:
    """``seven``: a count in words up to twelve, in digits from 13 up (style guides agree)."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else f"{n:,}"


def scorecard_summary(
    groups: Iterable[tuple[bool, int | None, Iterable[tuple[Verdict, int]]]], lang: str = "en"
) -> str:
    """The scorecard as a quotable paragraph: one sentence per group of figures.

    Each group is (targets or estimates, the year they share or None, how many rows
    have each verdict); the counts are the caller's, computed from its rows.
    """
    zh = _lang_index(lang) == 1
    sentences = []
    for is_target, year, counts in groups:
        counted = [(v, n) for v, n in counts if n]
        total = sum(n for _, n in counted)
        if not total:
            continue
        if zh:
            kind = "目标" if is_target else "预计数"
            when = f"{year}年" if year is not None else ""
            parts = [f"{n}项{_VERDICT_CLAUSE[v][2]}" for v, n in counted]
            sentences.append(f"在{total}项{when}{kind}中，{'，'.join(parts)}。")
            continue
        kind = "target" if is_target else "estimate"
        when = f"{year} " if year is not None else ""
        if total == 1:
            sentences.append(f"The one {when}{kind} {_VERDICT_CLAUSE[counted[0][0]][0]}.")
            continue
        if len(counted) == 1:
            clause = _VERDICT_CLAUSE[counted[0][0]][1]
            sentences.append(f"All {number_word(total)} {when}{kind}s {clause}.")
            continue
        parts = [f"{number_word(n)} {_VERDICT_CLAUSE[v][0 if n == 1 else 1]}" for v, n in counted]
        listed = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
        sentences.append(f"Of the {number_word(total)} {when}{kind}s, {listed}.")
    if not sentences:
        return "该报告没有预计数或目标。" if zh else "The report has no estimate or target."
    return ("" if zh else " ").join(sentences)


def _lang_index(lang: str) -> int:
    if lang not in ("en", "zh"):
        raise ValueError(f"lang must be 'en' or 'zh', not {lang!r}")
    return 0 if lang == "en" else 1


# -- screens: short labels, and verdicts, bearings, grades and values in words ------------


def short_label(figure: Figure, lang: str = "en") -> str:
    """The figure's name for a table row or a chart's axis: its short label in ``lang``
    where the figure has one (``label_short_en``), else its full label."""
    short = getattr(figure, f"label_short_{lang}", None)
    if isinstance(short, str) and short:
        return short
    return figure.label_zh if lang == "zh" else figure.label_en


#: Each bearing in a few words: (English, Chinese).
BEARING_WORDS: Mapping[Bearing, tuple[str, str]] = FrozenMap(
    {
        Bearing.DECIDES: ("decides", "可定论"),
        Bearing.LOWER_BOUND: ("a lower bound", "下限"),
        Bearing.PART_SHORT: ("a part, short of it", "部分，未达到"),
        Bearing.UPPER_BOUND: ("an upper bound", "上限"),
        Bearing.WHOLE_MEETS: ("a whole, meeting it", "整体，已达到"),
        Bearing.INTERIM: ("interim", "阶段性"),
        Bearing.LATE: ("too late", "晚于期限"),
        Bearing.UNDATED: ("undated", "无日期"),
        Bearing.OTHER_SCOPE: ("another scope", "口径不同"),
        Bearing.STRADDLES: ("straddles the line", "跨越界线"),
        Bearing.NOT_COMPARABLE: ("not comparable", "不可比"),
    }
)


def bearing_words(bearing: Bearing, lang: str = "en") -> str:
    """``a lower bound``, ``another scope``: how an outcome bears, as a reader says it."""
    return BEARING_WORDS[bearing][_lang_index(lang)]


#: Each grade of source in words: (English, Chinese).
GRADE_WORDS: Mapping[Reliability, tuple[str, str]] = FrozenMap(
    {
        Reliability.PRIMARY: ("the issuing body", "发布机构"),
        Reliability.OFFICIAL_MEDIA: ("official media", "官方媒体"),
        Reliability.SECONDARY: ("secondary", "二手来源"),
    }
)


def grade_words(grade: Reliability | None, lang: str = "en") -> str:
    """``official media``, ``secondary``; ``none`` when there is no source."""
    return (GRADE_WORDS[grade] if grade else ("none", "无"))[_lang_index(lang)]


def publisher_short(citation: Citation) -> str:
    """Who published a source, in a few words: the publisher's name before its first
    parenthesis, comma or slash (``Xinhua / China Finance Corporation (…)`` -> ``Xinhua``)."""
    name = re.split(r" \(| / |, ", citation.publisher, maxsplit=1)[0]
    return name.strip() or citation.publisher


#: Chinese words that bound a number, for a composed value: (before, after).
QUALIFIER_ZH: Mapping[Qualifier, tuple[str, str]] = FrozenMap(
    {
        Qualifier.EXACT: ("", ""),
        Qualifier.ABOUT: ("约", ""),
        Qualifier.MORE_THAN: ("超过", ""),
        Qualifier.AT_LEAST: ("", "以上"),
        Qualifier.NEARLY: ("近", ""),
    }
)

#: Chinese units of large numbers: (the unit, its character), largest first.
SCALES_ZH = ((Decimal(10**12), "万亿"), (Decimal(10**8), "亿"), (Decimal(10**4), "万"))
#: What follows a number in Chinese, by unit.
UNIT_SUFFIX_ZH: Mapping[Unit, str] = FrozenMap(
    {Unit.PERCENT: "%", Unit.YUAN: "元", Unit.YEARS: "年", Unit.DAYS: "天"}
)


def rounded_zh(value: exact.Value, unit: Unit) -> str:
    """``2.2万亿元``, ``9000万``, ``9.7%``: a value read at a glance, in Chinese units
    (rounded to two decimals after scaling, whole from 100 of a unit up; shown, never
    stored)."""
    if isinstance(value, Fraction) and unit is Unit.FRACTION:
        return f"{value.numerator}/{value.denominator}"
    number = Fraction(value)
    word = ""
    if unit in (Unit.YUAN, Unit.COUNT):
        for size, char in SCALES_ZH:
            if abs(number) >= size:
                number, word = number / Fraction(size), char
                break
    places = 0 if word and abs(number) >= 100 else 2
    return format(exact.rounded(number, places), "f") + word + UNIT_SUFFIX_ZH.get(unit, "")


def cell_value(
    value: exact.Value, unit: Unit, qualifier: Qualifier = Qualifier.EXACT, lang: str = "en"
) -> str:
    """A value for a table cell, its qualifier in words: ``more than 30 million``,
    ``about 9.8%``, ``at least 1/3``; in Chinese ``超过3000万``, ``1/3以上``."""
    if _lang_index(lang) == 1:
        before, after = QUALIFIER_ZH[qualifier]
        return before + rounded_zh(value, unit) + after
    return QUALIFIER_EN[qualifier] + rounded(value, unit)


def cell_margin(margin: exact.Value, unit: Unit, lang: str = "en") -> str:
    """A signed difference for a table cell: ``+60 million``, ``-0.1 pp``; in Chinese
    ``+6000万``, ``-0.1个百分点``."""
    sign = "+" if margin > 0 else ""
    zh = _lang_index(lang) == 1
    if unit is Unit.PERCENT:
        return f"{sign}{exact.to_text(margin)}{'个百分点' if zh else ' pp'}"
    return sign + (rounded_zh(margin, unit) if zh else rounded(margin, unit))


def value_list(items: Iterable[tuple[str, str]], lang: str = "en") -> tuple[str, ...]:
    """Distinct values, each with who published it when there are several: ``("2.2
    trillion yuan (ykgl.com)", "about 2.37 trillion yuan (Xinhua)")``; one value alone
    needs no publisher. ``items`` are ``(value, publisher)`` pairs."""
    by_value: dict[str, list[str]] = {}
    for value, publisher in items:
        names = by_value.setdefault(value, [])
        if publisher and publisher not in names:
            names.append(publisher)
    if len(by_value) < 2:
        return tuple(by_value)
    open_, close, comma = ("（", "）", "、") if _lang_index(lang) == 1 else (" (", ")", ", ")
    return tuple(
        f"{value}{open_}{comma.join(names)}{close}" if names else value
        for value, names in by_value.items()
    )


def screen_text(value: object) -> str:
    """A field's value as a screen shows it: :func:`value_text`, but a coded value in
    words (``policy_document`` -> ``policy document``), in a list too."""
    if isinstance(value, Enum):
        return words(value)
    if isinstance(value, tuple):
        return "; ".join(text for text in map(screen_text, value) if text)
    return value_text(value)


#: The language a field's suffix names, for a field's name on a screen.
_FIELD_LANGUAGES = (("_en", " (English)"), ("_zh", " (Chinese)"))


def field_words(name: str) -> str:
    """A field's name as a screen shows it: ``label_zh`` -> ``label (Chinese)``,
    ``sources.quote`` -> ``sources, quote``, ``person_id`` -> ``person id``."""
    parts = []
    for part in name.split("."):
        tail = next((t for suffix, t in _FIELD_LANGUAGES if part.endswith(suffix)), "")
        if tail:
            part = part[:-3]
        parts.append(part.replace("_", " ") + tail)
    return ", ".join(parts)


# -- a scorecard row in words ------------------------------------------------------------


class JudgedOutcome(Protocol):
    """What a row's wording reads of one judgement
    (:class:`miit2014.analysis.scorecard.Judgement`)."""

    @property
    def outcome(self) -> Outcome: ...
    @property
    def margin(self) -> exact.Value | None: ...
    @property
    def ratio(self) -> exact.Value | None: ...
    def explanation(self, *, figure: bool = True) -> Explanation: ...


class ScoredFigure(Protocol):
    """What the wording reads of one scorecard row
    (:class:`miit2014.analysis.scorecard.ScorecardRow`)."""

    @property
    def figure(self) -> Figure: ...
    @property
    def figure_id(self) -> str: ...
    @property
    def verdict(self) -> Verdict: ...
    @property
    def is_target(self) -> bool: ...
    @property
    def allowed(self) -> Bounds | None: ...
    @property
    def lead(self) -> tuple[JudgedOutcome, ...]: ...
    @property
    def conflicts(self) -> tuple[tuple[str, str], ...]: ...
    @property
    def best_reliability(self) -> Reliability | None: ...
    @property
    def judgements(self) -> tuple[JudgedOutcome, ...]: ...
    @property
    def unsourced(self) -> Unsourced | None: ...


def row_explanation(row: ScoredFigure) -> Explanation:
    """A scorecard row block by block: the figure, its verdict in words with what the
    verdict means, the range an estimate allows, each deciding margin, conflicts, the best
    grade; then every outcome with its sources quoted, or what was searched."""
    f = row.figure
    verdict = f"{verdict_words(row.verdict)}: {VERDICT_MEANING[row.verdict]}."
    head = [Line("", figure_line_full(f)), Line("Verdict", verdict)]
    if row.allowed is not None:
        head.append(Line("", f"The estimate allows {range_text(row.allowed, f.unit)}."))
    word = "Margin" if row.is_target else "Revision"
    ratio_shown = f.unit is not Unit.PERCENT
    for j in row.lead:
        if j.margin is not None:
            how = margin_text(j.margin, f.unit, f.counted, j.ratio if ratio_shown else None)
            head.append(Line(f"{word} ({j.outcome.id})", f"{how}."))
    for a, b in row.conflicts:
        head.append(
            Line("Sources conflict", f"{a} and {b} disagree; both are shipped, neither is chosen.")
        )
    if row.best_reliability is not None:
        head.append(Line("Best source", f"{words(row.best_reliability)}."))
    blocks = [tuple(head)]
    blocks += [j.explanation(figure=False).blocks[0] for j in row.judgements]
    if row.unsourced is not None:
        blocks.append(unsourced_lines(row.unsourced))
    return Explanation(row.figure_id, tuple(blocks))
