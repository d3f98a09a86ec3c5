"""What happened next: each forward-looking figure of the report against later sources.

>>> from miit2014 import scorecard
>>> rows = scorecard()
>>> len(rows), rows[0].figure_id, rows[0].verdict.value
(13, 'figure.industrial-value-added-growth-2013', 'within_range')

One row per figure the report states about what was yet to come: the six full-year
estimates for 2013 and the seven targets for 2014, in document order. Each row holds the
shipped :class:`~miit2014.model.outcome.Outcome` records of its figure, how each bears on
the figure (a :class:`Judgement`), and one :class:`Verdict`:

=========================  ==============================================================
verdict                    meaning
=========================  ==============================================================
``met``                    an outcome that counts what the target counts, dated by the
                           target's deadline, meets it by the target's own wording
``met_at_least``           no such outcome, but a count of a part of what the target
                           counts (one operator of three) alone meets it: the whole does
``not_met``                an outcome that counts what the target counts, at the end of
                           the target's period, falls short of it
``within_range``           the final figure lies in the range the estimate's qualifier
                           allows (about 9.8% allows 9.31 to 10.29)
``revised_up``             the final figure lies above that range
``revised_down``           the final figure lies below that range
``conflicting``            outcomes that each could settle the figure say different things
``undecided``              outcomes exist but none settles it: interim readings short of
                           the target, undated or late ones, counts of something else
``no_source``              no source states an outcome; the row says what was searched
                           and what was seen instead
=========================  ==============================================================

A target is judged by :func:`~miit2014.analysis.evaluation.evaluate` (its own qualifier
decides the edge: 300 does not meet "more than 300"), and the outcome's own qualifier
counts too: "more than 90 million" meets "more than 30 million", and an outcome whose
range straddles the threshold settles nothing. An estimate's range is that of its
qualifier (:meth:`~miit2014.analysis.quantity.Quantity.bounds`, "about" within
:data:`~miit2014.analysis.quantity.ABOUT_TOLERANCE`), and the revision is exact: the
final figure minus the estimate (percentage points for percentages) and their ratio.

Where sources disagree, both are kept: when they lead to the same verdict the row keeps
it and :attr:`ScorecardRow.conflicts` names them (their margins are all shown); when they
lead to different verdicts the row is ``conflicting``. Nothing is chosen silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType

import attrs

from ..edition import REPORT, edition_of
from ..errors import DataError
from ..model import exact
from ..model.citation import Reliability
from ..model.edition import Edition
from ..model.figure import Figure, Qualifier, Status, Unit
from ..model.outcome import Coverage, Outcome, Unsourced
from ..model.report import Report
from ..model.wording import figure_value, outcome_value, rounded
from .evaluation import Evaluation, evaluate, source_text, unit_factor
from .quantity import ABOUT_TOLERANCE, Bounds, Quantity, check_tolerance, shown


class Verdict(StrEnum):
    """What the sources say happened to a forward-looking figure (see the module)."""

    MET = "met"
    MET_AT_LEAST = "met_at_least"
    NOT_MET = "not_met"
    WITHIN_RANGE = "within_range"
    REVISED_UP = "revised_up"
    REVISED_DOWN = "revised_down"
    CONFLICTING = "conflicting"
    UNDECIDED = "undecided"
    NO_SOURCE = "no_source"


#: One line on each verdict, as the command line, the docs and :meth:`explain` give it.
VERDICT_MEANING: Mapping[Verdict, str] = MappingProxyType(
    {
        Verdict.MET: "an outcome that counts what the target counts, dated by its deadline,"
        " meets it by the target's own wording",
        Verdict.MET_AT_LEAST: "a count of a part of what the target counts (one operator)"
        " alone meets it, so the whole does too",
        Verdict.NOT_MET: "an outcome that counts what the target counts, at the end of its"
        " period, falls short of it",
        Verdict.WITHIN_RANGE: "the final figure lies in the range the estimate's qualifier allows",
        Verdict.REVISED_UP: "the final figure lies above the range the estimate allows",
        Verdict.REVISED_DOWN: "the final figure lies below the range the estimate allows",
        Verdict.CONFLICTING: "outcomes that could each settle the figure disagree",
        Verdict.UNDECIDED: "outcomes exist, but none settles the figure",
        Verdict.NO_SOURCE: "no source states an outcome",
    }
)


class Bearing(StrEnum):
    """How one outcome bears on its figure."""

    DECIDES = "decides"  # counts what the figure counts, in time: it settles the verdict
    LOWER_BOUND = "lower_bound"  # a part of what a target counts that alone meets it
    PART_SHORT = "part_short"  # a part that falls short: it says nothing of the whole
    INTERIM = "interim"  # before the end of the figure's period, and not settling it
    LATE = "late"  # dated after a target's deadline
    UNDATED = "undated"  # no source dates it
    OTHER_SCOPE = "other_scope"  # counts something else (a proposal)
    STRADDLES = "straddles"  # its own range lies on both sides of the line
    NOT_COMPARABLE = "not_comparable"  # a count against a share: no common unit


_BEARING_REASON = {
    Bearing.DECIDES: "counts what the figure counts, in time: it settles the verdict",
    Bearing.LOWER_BOUND: "counts a part of what the target counts and alone meets it: the"
    " whole does too",
    Bearing.PART_SHORT: "counts a part of what the target counts and falls short: it says"
    " nothing of the whole",
    Bearing.INTERIM: "a reading before the end of the figure's period; it settles nothing",
    Bearing.LATE: "dated after the target's deadline: it cannot show what stood by then",
    Bearing.UNDATED: "no source dates it, so it cannot show what stood by the deadline",
    Bearing.OTHER_SCOPE: "counts something other than the figure",
    Bearing.STRADDLES: "its own range lies on both sides of the line, so it settles nothing",
    Bearing.NOT_COMPARABLE: "in a unit that cannot be compared with the figure's",
}

_RANK = {Reliability.PRIMARY: 0, Reliability.OFFICIAL_MEDIA: 1, Reliability.SECONDARY: 2}


@attrs.frozen(kw_only=True)
class Judgement:
    """One outcome against its figure.

    ``verdict`` is what the outcome alone says (``met``/``not_met`` for a target,
    ``within_range``/``revised_up``/``revised_down`` for an estimate; None when
    it cannot be compared or its range straddles the line); ``bearing`` whether that
    settles the figure. ``margin`` is the outcome minus the figure in the figure's unit
    (percentage points for percentages), ``ratio`` the outcome over the figure, both exact.
    """

    outcome: Outcome
    figure: Figure = attrs.field(repr=False)
    bearing: Bearing
    verdict: Verdict | None
    margin: exact.Value | None
    ratio: exact.Value | None
    evaluation: Evaluation | None = attrs.field(default=None, repr=False)

    @property
    def reason(self) -> str:
        return _BEARING_REASON[self.bearing]

    def explain(self, *, figure: bool = True) -> str:
        """The outcome, what it says of its figure and why, and its sources quoted
        (``figure=False`` leaves out the line on the figure, for a row that has it)."""
        o = self.outcome
        when = f"as of {o.as_of.isoformat()}" if o.as_of else "undated"
        said = f"{self.verdict.value}" if self.verdict else "no verdict of its own"
        lines = [
            f"Figure: {self.figure.label_en}: {figure_value(self.figure)}"
            f" ({self.figure.status.value}, {self.figure.period.label_en}).",
        ][: 1 if figure else 0]
        lines += [
            f"Outcome {o.id}: {outcome_value(o)}, {when}.",
            f"Counts: {o.scope_en}.",
        ]
        if o.scope_mismatch:
            lines.append(f"Scope differs ({o.coverage.value}): {o.scope_mismatch}.")
        if self.margin is not None:
            lines.append(
                f"Alone it says: {said} ({margin_text(self.margin, self.ratio, self.figure)})."
            )
        else:
            lines.append(f"Alone it says: {said}.")
        lines.append(f"Bearing: {self.bearing.value}: {self.reason}.")
        if o.derivation is not None:
            lines.append(f"Derived ({o.derivation.operation.value}): {o.derivation.explanation_en}")
        if o.note_en:
            lines.append(f"Note: {o.note_en}")
        for citation in o.sources:
            lines.append(f"Source {source_text(citation)}")
            lines.append(f'  "{citation.quote}" [{citation.language}]')
            if citation.reading:
                lines.append(f"  Reading (the package's, not verbatim): {citation.reading}")
        return "\n".join(lines)


@attrs.frozen(kw_only=True, repr=False)
class ScorecardRow:
    """One forward-looking figure of the report, its outcomes and the verdict on them.

    ``outcomes`` are the shipped outcomes of the figure (possibly none), ``judgements``
    how each bears on it, in the same order. ``unsourced`` says what was searched when no
    source was found. :attr:`lead` are the judgements the verdict rests on.
    """

    figure_id: str
    verdict: Verdict
    outcomes: tuple[Outcome, ...]
    judgements: tuple[Judgement, ...] = attrs.field(repr=False)
    figure: Figure = attrs.field(repr=False)
    unsourced: Unsourced | None = attrs.field(default=None, repr=False)

    @property
    def is_target(self) -> bool:
        return self.figure.status is Status.TARGET

    @property
    def supporting(self) -> tuple[Judgement, ...]:
        """The judgements the verdict rests on: those that settle the figure (the lower
        bounds, for ``met_at_least``)."""
        wanted = Bearing.LOWER_BOUND if self.verdict is Verdict.MET_AT_LEAST else Bearing.DECIDES
        return tuple(j for j in self.judgements if j.bearing is wanted)

    @property
    def lead(self) -> tuple[Judgement, ...]:
        """The latest of :attr:`supporting` (all of them when they conflict); outcomes of
        one date all stay, so that disagreeing sources are shown side by side."""
        chosen = self.supporting
        if self.verdict is Verdict.CONFLICTING or not chosen:
            return chosen
        latest = max(j.outcome.as_of for j in chosen if j.outcome.as_of)
        return tuple(j for j in chosen if j.outcome.as_of == latest)

    @property
    def margins(self) -> tuple[exact.Value, ...]:
        """The margins (or revisions) of :attr:`lead`, one per distinct value."""
        return tuple(dict.fromkeys(j.margin for j in self.lead if j.margin is not None))

    @property
    def conflicts(self) -> tuple[tuple[str, str], ...]:
        """Pairs of this figure's outcomes whose sources disagree, each pair once."""
        pairs: dict[frozenset[str], tuple[str, str]] = {}
        for o in self.outcomes:
            for other in o.conflicts_with:
                pairs.setdefault(frozenset((o.id, other)), (o.id, other))
        return tuple(pairs.values())

    @property
    def best_reliability(self) -> Reliability | None:
        """The best grade among the sources the verdict rests on (:attr:`supporting`; of
        every outcome when none does); None without outcomes."""
        judgements = self.supporting or self.judgements
        grades = [c.reliability for j in judgements for c in j.outcome.sources]
        return min(grades, key=_RANK.__getitem__) if grades else None

    def judgement_of(self, outcome_id: str) -> Judgement:
        for judgement in self.judgements:
            if judgement.outcome.id == outcome_id:
                return judgement
        raise KeyError(f"{outcome_id!r} is not an outcome of {self.figure_id!r}")

    # -- reading ----------------------------------------------------------------------

    @property
    def promised_text(self) -> str:
        """The figure's value, compact: ``>30 mn``, ``≈9.8%``, ``≥1/3``."""
        return compact(self.figure.value, self.figure.unit, self.figure.qualifier)

    @property
    def outcome_text(self) -> str:
        """The values the verdict rests on, compact; ``–`` when there are none."""
        chosen = self.lead or self.judgements
        return joined(
            compact(j.outcome.value, j.outcome.unit, j.outcome.qualifier, yuan=False)
            for j in chosen
        )

    @property
    def margin_text(self) -> str:
        """The margins of :attr:`lead`, compact and signed: ``+0.64 mn``, ``-0.1 pp``."""
        return joined(
            compact_margin(j.margin, self.figure.unit) for j in self.lead if j.margin is not None
        )

    def explain(self) -> str:
        """The whole row in words: figure, verdict, margins, conflicts, every outcome with
        its sources quoted, or what was searched."""
        f = self.figure
        lines = [
            f"{f.label_en}: {figure_value(f)} ({f.status.value}, {f.period.label_en}).",
            f"Verdict: {self.verdict.value}: {VERDICT_MEANING[self.verdict]}.",
        ]
        if f.status is Status.ESTIMATED:
            allowed = Quantity.of(f).bounds()
            lines.append(f"The estimate allows {_range_text(allowed, f.unit)}.")
        word = "Margin" if self.is_target else "Revision"
        for j in self.lead:
            if j.margin is not None:
                lines.append(f"{word} ({j.outcome.id}): {margin_text(j.margin, j.ratio, f)}.")
        for a, b in self.conflicts:
            lines.append(
                f"Sources conflict: {a} and {b} disagree; both are shipped, neither is chosen."
            )
        if self.best_reliability is not None:
            lines.append(f"Best source: {self.best_reliability.value.replace('_', ' ')}.")
        for judgement in self.judgements:
            lines += ["", judgement.explain(figure=False)]
        if self.unsourced is not None:
            u = self.unsourced
            lines += ["", f"Seen instead: {u.seen_en}"]
            lines += [f'Source seen {source_text(c)}\n  "{c.quote}"' for c in u.seen]
            lines.append("Searched: " + "; ".join(f'"{q}"' for q in u.searched) + ".")
        return "\n".join(lines)

    def __repr__(self) -> str:
        margin = "" if self.margin_text == "–" else f" ({self.margin_text})"
        return (
            f"<ScorecardRow {self.figure_id}: {self.promised_text} → {self.outcome_text}:"
            f" {self.verdict.value}{margin}>"
        )

    def _repr_html_(self) -> str:
        return rows_html((self,))


class Scorecard(tuple[ScorecardRow, ...]):
    """The rows: still a tuple, but a notebook shows it as one table."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        return rows_html(self)


# -- building the rows ------------------------------------------------------------------


def scorecard(
    report: Report | Edition | None = None, *, tolerance: Fraction = ABOUT_TOLERANCE
) -> Scorecard:
    """One row per 2013 estimate and 2014 target of ``report`` (default: the shipped
    edition), in document order, judged against the edition's outcomes (a report other
    than the shipped one brings none: see :func:`~miit2014.edition.edition_of`).

    ``tolerance`` is the half-width of "about" and "nearly" (5 % unless given).
    """
    edition = edition_of(report)
    t = check_tolerance(tolerance)
    if t == ABOUT_TOLERANCE and (report is None or report is REPORT):
        return REPORT.memo("scorecard.rows", _shipped_rows)  # the shipped edition, kept
    return _rows(edition, t)


def _shipped_rows(report: Report) -> Scorecard:
    return _rows(edition_of(report))


def _rows(edition: Edition, tolerance: Fraction = ABOUT_TOLERANCE) -> Scorecard:
    rows = []
    for figure in edition.report.figures:
        if figure.status not in (Status.ESTIMATED, Status.TARGET):
            continue
        outcomes = edition.outcomes_of(figure.id)
        unsourced = edition.unsourced_of(figure.id)
        judge = _judge_target if figure.status is Status.TARGET else _judge_estimate
        judgements = tuple(judge(figure, o, tolerance) for o in outcomes)
        rows.append(
            ScorecardRow(
                figure_id=figure.id,
                verdict=verdict_of(figure, judgements),
                outcomes=outcomes,
                judgements=judgements,
                figure=figure,
                unsourced=unsourced,
            )
        )
    return Scorecard(rows)


def verdict_of(figure: Figure, judgements: tuple[Judgement, ...]) -> Verdict:
    """The row's verdict from its judgements (see the module for the rules)."""
    if not judgements:
        return Verdict.NO_SOURCE
    settled = {j.verdict for j in judgements if j.bearing is Bearing.DECIDES}
    if len(settled) > 1:
        return Verdict.CONFLICTING
    if settled:
        (only,) = settled
        assert only is not None
        return only
    if any(j.bearing is Bearing.LOWER_BOUND for j in judgements):
        return Verdict.MET_AT_LEAST
    return Verdict.UNDECIDED


def _bounds_in(outcome: Outcome, unit: Unit, tolerance: Fraction) -> Bounds:
    """The range the outcome's own qualifier allows, in ``unit``."""
    quantity = Quantity(outcome.value, outcome.unit, outcome.qualifier)
    return quantity.bounds(tolerance).scaled(unit_factor(outcome.unit, unit))


def _not_comparable(figure: Figure, outcome: Outcome) -> Judgement:
    """An outcome in another unit or of another thing: it bears on nothing."""
    return Judgement(
        outcome=outcome,
        figure=figure,
        bearing=Bearing.NOT_COMPARABLE,
        verdict=None,
        margin=None,
        ratio=None,
    )


def _judge_target(figure: Figure, outcome: Outcome, tolerance: Fraction) -> Judgement:
    try:
        evaluation = evaluate(figure, outcome, tolerance=tolerance)
        bounds = _bounds_in(outcome, figure.unit, tolerance)
    except DataError:
        return _not_comparable(figure, outcome)
    floor = Fraction(evaluation.threshold)
    meeting = Bounds(floor, None, low_closed=figure.qualifier is not Qualifier.MORE_THAN)
    verdict = (
        Verdict.MET
        if inside(bounds, meeting)
        else Verdict.NOT_MET
        if below(bounds, meeting)
        else None
    )
    return Judgement(
        outcome=outcome,
        figure=figure,
        bearing=_target_bearing(figure, outcome, verdict),
        verdict=verdict,
        margin=evaluation.margin,
        ratio=_ratio(Fraction(evaluation.margin) + Fraction(figure.value), figure),
        evaluation=evaluation,
    )


def _target_bearing(figure: Figure, outcome: Outcome, verdict: Verdict | None) -> Bearing:
    end = figure.period.end
    if outcome.coverage is Coverage.OTHER:
        return Bearing.OTHER_SCOPE
    if outcome.as_of is None:
        return Bearing.UNDATED
    if outcome.as_of > end:
        return Bearing.LATE
    if outcome.coverage is Coverage.PART:
        return Bearing.LOWER_BOUND if verdict is Verdict.MET else Bearing.PART_SHORT
    if verdict is None:
        return Bearing.STRADDLES
    if verdict is Verdict.NOT_MET and outcome.as_of < end:
        return Bearing.INTERIM
    return Bearing.DECIDES


def _judge_estimate(figure: Figure, outcome: Outcome, tolerance: Fraction) -> Judgement:
    try:
        factor = unit_factor(outcome.unit, figure.unit)
    except DataError:
        factor = None
    if factor is None or outcome.counted != figure.counted:
        return _not_comparable(figure, outcome)
    bounds = _bounds_in(outcome, figure.unit, tolerance)
    allowed = Quantity.of(figure).bounds(tolerance)
    verdict = (
        Verdict.WITHIN_RANGE
        if inside(bounds, allowed)
        else Verdict.REVISED_UP
        if above(bounds, allowed)
        else Verdict.REVISED_DOWN
        if below(bounds, allowed)
        else None
    )
    value = Fraction(outcome.value) * factor
    if outcome.coverage is Coverage.OTHER:
        bearing = Bearing.OTHER_SCOPE
    elif outcome.coverage is Coverage.PART:
        bearing = Bearing.PART_SHORT
    elif outcome.as_of is None:
        bearing = Bearing.UNDATED
    elif outcome.as_of != figure.period.end:
        bearing = Bearing.INTERIM
    elif verdict is None:
        bearing = Bearing.STRADDLES
    else:
        bearing = Bearing.DECIDES
    return Judgement(
        outcome=outcome,
        figure=figure,
        bearing=bearing,
        verdict=verdict,
        margin=shown(value - Fraction(figure.value)),
        ratio=_ratio(value, figure),
    )


def _ratio(value: Fraction, figure: Figure) -> exact.Value | None:
    return None if figure.value == 0 else shown(value / Fraction(figure.value))


# -- ranges -----------------------------------------------------------------------------


def inside(b: Bounds, r: Bounds) -> bool:
    """Every number of ``b`` lies in ``r``."""
    low_ok = r.low is None or (
        b.low is not None
        and (b.low > r.low or (b.low == r.low and (r.low_closed or not b.low_closed)))
    )
    high_ok = r.high is None or (
        b.high is not None
        and (b.high < r.high or (b.high == r.high and (r.high_closed or not b.high_closed)))
    )
    return low_ok and high_ok


def above(b: Bounds, r: Bounds) -> bool:
    """Every number of ``b`` lies above every number of ``r``."""
    return (
        r.high is not None
        and b.low is not None
        and (b.low > r.high or (b.low == r.high and not (b.low_closed and r.high_closed)))
    )


def below(b: Bounds, r: Bounds) -> bool:
    """Every number of ``b`` lies below every number of ``r``."""
    return (
        r.low is not None
        and b.high is not None
        and (b.high < r.low or (b.high == r.low and not (b.high_closed and r.low_closed)))
    )


# -- compact wording, shared by the command line, the docs and the chart ----------------

_MARKS = {
    Qualifier.EXACT: "",
    Qualifier.ABOUT: "≈",
    Qualifier.MORE_THAN: ">",
    Qualifier.AT_LEAST: "≥",
    Qualifier.NEARLY: "≲",
}
_SHORT_SCALES = {" trillion": " tn", " billion": " bn", " million": " mn"}


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
    return _MARKS[qualifier] + text


_NUMBER_THEN_UNIT = re.compile(r"([^0-9]*[0-9][0-9.,/]*)(.*)")


def joined(texts: Iterable[str]) -> str:
    """Distinct compact values joined by ``|``, a unit they share written once:
    ``24.6|23.4%``, ``2.2 tn|≈2.37 tn yuan``; ``–`` for none."""
    distinct = list(dict.fromkeys(texts))
    if not distinct:
        return "–"
    parts = [_NUMBER_THEN_UNIT.fullmatch(t) for t in distinct]
    units = {m.group(2) for m in parts if m}
    if len(distinct) > 1 and all(parts) and len(units) == 1:
        return "|".join(m.group(1) for m in parts if m) + units.pop()
    return "|".join(distinct)


def compact_margin(margin: exact.Value, unit: Unit) -> str:
    """``+640,000``, ``-0.1 pp``, ``+200 bn``: a signed margin for a table cell."""
    sign = "+" if margin > 0 else ""
    if unit is Unit.PERCENT:
        return f"{sign}{exact.to_text(margin)} pp"
    return sign + compact(margin, unit, yuan=False)


def margin_text(margin: exact.Value, ratio: exact.Value | None, figure: Figure) -> str:
    """``-0.1 percentage points``, ``+640,000 IPTV users, ratio 1.019...``: exact and signed."""
    from ..model.wording import format_number

    sign = "+" if margin > 0 else ""
    if figure.unit is Unit.PERCENT:
        text = f"{sign}{exact.to_text(margin)} percentage points"
    else:
        text = sign + format_number(margin, figure.unit)
        if isinstance(margin, Fraction):
            text += f" (about {rounded(margin, Unit.COUNT)})"
        if figure.counted:
            text += f" {figure.counted}"
    if ratio is not None and figure.unit is not Unit.PERCENT:
        ratio_text = exact.to_text(ratio)
        if isinstance(ratio, Fraction):
            ratio_text += f", about {rounded(ratio, Unit.COUNT)}"
        text += f"; ratio {ratio_text}"
    return text


def _range_text(bounds: Bounds, unit: Unit) -> str:
    if bounds.is_point:
        assert bounds.low is not None
        return f"exactly {rounded(bounds.low, unit)}"
    low = "" if bounds.low is None else rounded(bounds.low, unit)
    high = "" if bounds.high is None else rounded(bounds.high, unit)
    if bounds.high is None:
        return ("more than " if not bounds.low_closed else "at least ") + low
    return f"{low} to {high}"


def rows_html(rows: tuple[ScorecardRow, ...]) -> str:
    """Rows as one HTML table: figure, promised, outcome, verdict, margin, best grade."""
    import html

    style = "text-align:left;vertical-align:top"
    head = ("figure", "promised or estimated", "outcome", "verdict", "margin", "best source")
    cells = "".join(f'<th style="{style}">{h}</th>' for h in head)
    body = []
    for row in rows:
        grade = row.best_reliability.value.replace("_", " ") if row.best_reliability else ""
        values = (
            f"{row.figure.label_en} ({row.figure_id})",
            row.promised_text,
            row.outcome_text,
            row.verdict.value,
            row.margin_text,
            grade,
        )
        body.append(
            "<tr>" + "".join(f'<td style="{style}">{html.escape(v)}</td>' for v in values) + "</tr>"
        )
    caption = f"What happened next: {len(rows)} forward-looking figures"
    return f"<table><caption>{caption}</caption><tr>{cells}</tr>{''.join(body)}</table>"


__all__ = [
    "VERDICT_MEANING",
    "Bearing",
    "Judgement",
    "ScorecardRow",
    "Verdict",
    "scorecard",
]
