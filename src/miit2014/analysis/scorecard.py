"""What happened next: each forward-looking figure of the report against later sources.

>>> from miit2014 import scorecard
>>> rows = scorecard()
>>> len(rows), rows[0].figure_id, rows[0].verdict.value
(13, 'figure.industrial-value-added-growth-2013', 'within_range')

One row per figure the report states about what was yet to come: the six full-year
estimates for 2013 and the seven targets for 2014, in document order. Each row holds the
shipped :class:`~miit2014.model.outcome.Outcome` records of its figure, how each bears on
the figure (a :class:`Judgement`), and one :class:`Verdict`:

Each verdict's meaning is worded once, in
:data:`~miit2014.model.wording.VERDICT_MEANING` (and each bearing's in
:data:`~miit2014.model.wording.BEARING_MEANING`); the values live in
:mod:`miit2014.model.verdict`.

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

from collections.abc import Iterable
from fractions import Fraction

import attrs

from ..edition import edition_of
from ..errors import DataError
from ..model import exact
from ..model.citation import Citation, Reliability
from ..model.collection import Records
from ..model.edition import Edition
from ..model.figure import Figure, Qualifier, Status, Unit
from ..model.outcome import Coverage, Outcome, Unsourced
from ..model.report import Report
from ..model.verdict import Bearing, Verdict
from ..model.wording import (
    BEARING_MEANING,
    VERDICT_MEANING,
    Explanation,
    Line,
    compact,
    compact_margin,
    figure_line_full,
    joined,
    outcome_lines,
    row_explanation,
    scorecard_summary,
    verdict_words,
    words,
)
from .evaluation import Evaluation, evaluate, unit_factor
from .quantity import ABOUT_TOLERANCE, Bounds, Quantity, check_tolerance, shown

_RANK = {Reliability.PRIMARY: 0, Reliability.OFFICIAL_MEDIA: 1, Reliability.SECONDARY: 2}

#: What a margin can be in: percentage points (a difference of percentages), or the
#: figure's own unit.
MARGIN_UNITS = ("percentage_points", *(u.value for u in Unit if u is not Unit.PERCENT))


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
        return BEARING_MEANING[self.bearing]

    def explanation(self, *, figure: bool = True) -> Explanation:
        """The outcome, what it says of its figure and why, and its sources quoted
        (``figure=False`` leaves out the line on the figure, for a row that has it)."""
        lines = outcome_lines(
            self.outcome, self.figure, self.verdict, self.bearing, self.margin, self.ratio
        )
        head = (Line("Figure", figure_line_full(self.figure)),) if figure else ()
        return Explanation(self.outcome.id, ((*head, *lines),))

    def explain(self, *, figure: bool = True) -> str:
        return self.explanation(figure=figure).text()


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
    def id(self) -> str:
        """The row's id: its figure's (``scorecard()["figure.lte-users-target-2014"]``)."""
        return self.figure_id

    @property
    def is_target(self) -> bool:
        return self.figure.status is Status.TARGET

    @property
    def lead_judgement(self) -> Judgement | None:
        """The first of :attr:`lead`: the one outcome a table cell shows (the others of
        :attr:`lead` are in the long table and in :attr:`margins`); None without one."""
        return self.lead[0] if self.lead else None

    @property
    def margin_unit(self) -> str:
        """What the margins are in: ``percentage_points`` for a percentage, else the
        figure's unit (one of :data:`MARGIN_UNITS`)."""
        unit = self.figure.unit
        return "percentage_points" if unit is Unit.PERCENT else unit.value

    @property
    def sources(self) -> tuple[Citation, ...]:
        """Every source of every outcome of the row, in order (a source cited by two
        outcomes counts twice: each outcome rests on it)."""
        return tuple(c for o in self.outcomes for c in o.sources)

    @property
    def best_source(self) -> Citation | None:
        """The best-graded source the verdict rests on (of :attr:`lead` first, then of
        :attr:`supporting`, then of every outcome when none supports the verdict); the
        first such source on a tie. None without outcomes."""
        rest = self.supporting or self.judgements
        ordered = [*self.lead, *(j for j in rest if j not in self.lead)]
        candidates = [c for j in ordered for c in j.outcome.sources]
        return min(candidates, key=lambda c: _RANK[c.reliability]) if candidates else None

    @property
    def supporting(self) -> tuple[Judgement, ...]:
        """The judgements the verdict rests on: those that settle the figure; without
        one, the bounds (the lower bounds of ``met_at_least``, the upper bounds of a
        ``not_met`` read from a whole, both when they disagree)."""
        deciding = tuple(j for j in self.judgements if j.bearing is Bearing.DECIDES)
        if deciding:
            return deciding
        return tuple(j for j in self.judgements if j.bearing in _BOUNDS)

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
        every outcome when none does): :attr:`best_source`'s; None without outcomes."""
        best = self.best_source
        return None if best is None else best.reliability

    def judgement_of(self, outcome_id: str) -> Judgement:
        for judgement in self.judgements:
            if judgement.outcome.id == outcome_id:
                return judgement
        raise KeyError(f"{outcome_id!r} is not an outcome of {self.figure_id!r}")

    # -- reading: worded by miit2014.model.wording from the values above ---------------

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

    @property
    def allowed(self) -> Bounds | None:
        """The range an estimate's qualifier allows (None for a target)."""
        return None if self.is_target else Quantity.of(self.figure).bounds()

    def explanation(self) -> Explanation:
        """The whole row: figure, verdict, margins, conflicts, every outcome with its
        sources quoted, or what was searched; one block each (worded by
        :func:`~miit2014.model.wording.row_explanation`)."""
        return row_explanation(self)

    def explain(self) -> str:
        return self.explanation().text()

    def __repr__(self) -> str:
        margin = "" if self.margin_text == "–" else f" ({self.margin_text})"
        return (
            f"<ScorecardRow {self.figure_id}: {self.promised_text} → {self.outcome_text}:"
            f" {verdict_words(self.verdict)}{margin}>"
        )

    def _repr_html_(self) -> str:
        return scorecard_html((self,))


class Scorecard(Records[ScorecardRow]):
    """The rows: still a tuple, found by position or by figure id
    (``rows["figure.lte-users-target-2014"]``), shown in a notebook as one table."""

    def summary(self, lang: str = "en") -> str:
        """The rows as a quotable paragraph: "Of the seven 2014 targets, five were met,
        ..." (``lang="zh"`` in Chinese); the numbers counted from the rows, the words
        from :func:`~miit2014.model.wording.scorecard_summary`."""
        groups = []
        for is_target in (True, False):  # the targets lead: they are what readers ask
            rows = [r for r in self if r.is_target is is_target]
            years = {r.figure.period.end.year for r in rows}
            counts = [(v, sum(r.verdict is v for r in rows)) for v in Verdict]
            groups.append((is_target, years.pop() if len(years) == 1 else None, counts))
        return scorecard_summary(groups, lang)

    def _repr_html_(self) -> str:
        return scorecard_html(self)


# -- building the rows ------------------------------------------------------------------


def scorecard(
    report: Report | Edition | None = None, *, tolerance: Fraction = ABOUT_TOLERANCE
) -> Scorecard:
    """One row per 2013 estimate and 2014 target of ``report`` (default
    :data:`~miit2014.REPORT`), in document order, judged against the outcomes of its
    edition: the shipped outcomes for the shipped report, its own for an
    :class:`~miit2014.model.edition.Edition`, none for any other report.

    ``tolerance`` is the half-width of "about" and "nearly" (5 % unless given).
    """
    edition = edition_of(report)
    t = check_tolerance(tolerance)
    if t == ABOUT_TOLERANCE and not isinstance(report, Edition):
        return edition.report.memo("scorecard.rows", _default_rows)
    return _rows(edition, t)


def _default_rows(report: Report) -> Scorecard:
    """The rows of a report's own edition at the default tolerance (kept with it)."""
    return _rows(edition_of(report), ABOUT_TOLERANCE)


def _rows(edition: Edition, tolerance: Fraction) -> Scorecard:
    rows = []
    by_figure: dict[str, list[Outcome]] = {}  # Edition.outcomes_of per figure is a scan
    for outcome in edition.outcomes:
        by_figure.setdefault(outcome.figure_id, []).append(outcome)
    unsourced = {u.figure_id: u for u in reversed(edition.unsourced)}
    for figure in edition.report.figures:
        if figure.status not in (Status.ESTIMATED, Status.TARGET):
            continue
        outcomes = tuple(by_figure.get(figure.id, ()))
        judge = _judge_target if figure.status is Status.TARGET else _judge_estimate
        judgements = tuple(judge(figure, o, tolerance) for o in outcomes)
        rows.append(
            ScorecardRow(
                figure_id=figure.id,
                verdict=verdict_of(figure, judgements),
                outcomes=outcomes,
                judgements=judgements,
                figure=figure,
                unsourced=unsourced.get(figure.id),
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
    bounded = {
        Verdict.MET_AT_LEAST if j.bearing is Bearing.LOWER_BOUND else j.verdict
        for j in judgements
        if j.bearing in _BOUNDS
    }
    if len(bounded) > 1:
        return Verdict.CONFLICTING
    if bounded:
        (only,) = bounded
        assert only is not None
        return only
    return Verdict.UNDECIDED


#: The bearings that bound a figure from one side and so can decide it without a
#: deciding outcome: a part that meets a target, a whole that falls short of it.
_BOUNDS = frozenset({Bearing.LOWER_BOUND, Bearing.UPPER_BOUND})


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
    if outcome.coverage is Coverage.CONTAINS:  # a whole: it bounds the figure from above
        if verdict is not Verdict.NOT_MET:
            return Bearing.WHOLE_MEETS
        # a count before the end may yet grow: only the whole at the end bounds the figure
        return Bearing.UPPER_BOUND if outcome.as_of == end else Bearing.INTERIM
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
    elif outcome.coverage is Coverage.CONTAINS:
        # a whole below the range: what the estimate counts, some of it, is below too
        ok = verdict is Verdict.REVISED_DOWN and outcome.as_of == figure.period.end
        bearing = Bearing.UPPER_BOUND if ok else Bearing.WHOLE_MEETS
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


def scorecard_html(rows: Iterable[ScorecardRow]) -> str:
    """Rows as one HTML table (figure, promised, outcome, verdict, margin, best grade)."""
    from ..model.html import escaped, table_html

    head = ("figure", "promised or estimated", "outcome", "verdict", "margin", "best source")
    cells = [
        (
            f"{row.figure.label_short_en} ({row.figure_id})",
            row.promised_text,
            row.outcome_text,
            verdict_words(row.verdict),
            row.margin_text,
            words(row.best_reliability) if row.best_reliability else "",
        )
        for row in rows
    ]
    caption = f"What happened next: {len(cells)} forward-looking figures"
    if isinstance(rows, Scorecard) and len(rows) > 1:
        caption += f". {rows.summary()}"
    return table_html(caption, head, ([escaped(c) for c in row] for row in cells))


__all__ = [
    "VERDICT_MEANING",
    "Bearing",
    "Judgement",
    "ScorecardRow",
    "Verdict",
    "scorecard",
]
