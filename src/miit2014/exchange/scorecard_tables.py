"""The scorecard as two export tables: one row per forward-looking figure, and one row per
source of every outcome of every figure.

``scorecard`` is the analysis as a flat table: every cell one value (no lists), so that a
DataFrame of it charts and filters directly (``df.plot.barh(x="label_short_en",
y="margin_float")``). A row shows the outcome its verdict rests on (the lead, the first
of :attr:`~miit2014.analysis.scorecard.ScorecardRow.lead`); ``scorecard_outcomes`` lists
every outcome and every source of every row, with how each bears on its figure, for the
rest. The values come from :mod:`miit2014.analysis.scorecard`, the words from
:mod:`miit2014.model.wording`; this module only lays them out as columns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any

import attrs

from ..analysis.scorecard import MARGIN_UNITS, Judgement, ScorecardRow, scorecard
from ..model.citation import Citation, Reliability
from ..model.figure import Commitment, Qualifier, Status, Unit
from ..model.frozen import FrozenMap
from ..model.outcome import Coverage
from ..model.verdict import Bearing, Verdict
from ..model.wording import (
    BEARING_MEANING,
    figure_value,
    numeral_phrase_zh,
    outcome_value,
    verdict_words,
)
from .tables import Column, Row, Table

if TYPE_CHECKING:
    from ..model.edition import Edition

#: The kinds of forward-looking figure, as the table names them (read-only).
KINDS: Mapping[Status, str] = FrozenMap({Status.ESTIMATED: "estimate", Status.TARGET: "target"})

_IN_UNIT = "in the column 'unit' (the figure's)"
_IN_OUTCOME_UNIT = "in the column 'outcome_unit' (the outcome's own)"
_IN_MARGIN_UNIT = "in the column 'margin_unit' (percentage points for a percentage)"
_RATIO = "a pure number: the outcome over the figure (1 is exactly the figure)"


@attrs.frozen
class _Evidence:
    """One source of one outcome of one scorecard row: a row of the long table."""

    row: ScorecardRow
    judgement: Judgement
    position: int
    source: Citation


def scorecard_tables() -> tuple[Table, Table]:
    """The two tables, their links still named by record class (``Figure``)."""
    return _wide(), _long()


# -- building columns ----------------------------------------------------------------


def _column(name: str, kind: str, doc: str, get: Callable[[Any], Any], **more: Any) -> list[Column]:
    """One column read from the row's item; an exact one comes with its ``_float`` twin,
    an enum with its members as the allowed values."""
    if "enum" in more:
        more["values"] = tuple(m.value for m in more.pop("enum"))

    def read(row: Row) -> Any:
        value = get(row.item)
        return value.value if isinstance(value, Enum) else value

    column = Column(name=name, kind=kind, description=doc, read=read, **more)
    if kind != "exact":
        return [column]

    def as_float(row: Row) -> float | None:
        value = read(row)
        return None if value is None else float(value)

    twin = attrs.evolve(
        column,
        name=f"{name}_float",
        kind="float",
        description=f"{name} as a binary float, for plotting; {name} is the exact number.",
        read=as_float,
    )
    return [column, twin]


_OPTIONAL: Mapping[str, Any] = FrozenMap({"required": False})


def _lead(get: Callable[[Judgement], Any]) -> Callable[[ScorecardRow], Any]:
    """A value of the row's lead judgement; None for a row without one."""

    def read(row: ScorecardRow) -> Any:
        lead = row.lead_judgement
        return None if lead is None else get(lead)

    return read


def _best(get: Callable[[Citation], Any]) -> Callable[[ScorecardRow], Any]:
    def read(row: ScorecardRow) -> Any:
        best = row.best_source
        return None if best is None else get(best)

    return read


# -- the wide table: one row per figure ----------------------------------------------


def _wide() -> Table:
    def rows(edition: Edition) -> Iterator[Row]:
        return (Row(row, report=edition.report) for row in scorecard(edition))

    c = _column
    o = _OPTIONAL
    columns = [
        *c(
            "figure_id",
            "id",
            "Id of the forward-looking Figure (a 2013 estimate or a 2014 target).",
            lambda r: r.figure_id,
            references="Figure",
        ),
        *c(
            "label_en", "text", "What the figure measures, in English.", lambda r: r.figure.label_en
        ),
        *c(
            "label_zh", "text", "What the figure measures, in Chinese.", lambda r: r.figure.label_zh
        ),
        *c(
            "label_short_en",
            "text",
            "The same in at most 40 characters, for a chart's axis.",
            lambda r: r.figure.label_short_en,
        ),
        *c(
            "label_short_zh",
            "text",
            "The same in Chinese, in at most 12 characters.",
            lambda r: r.figure.label_short_zh,
        ),
        *c(
            "kind",
            "enum",
            "Whether the figure is a 2013 full-year estimate or a 2014 target.",
            lambda r: KINDS[r.figure.status],
            values=tuple(KINDS.values()),
        ),
        *c(
            "commitment",
            "enum",
            "For a target: firm (要) or aspirational (力争, 争取); empty for an estimate.",
            lambda r: r.figure.commitment,
            enum=Commitment,
            **o,
        ),
        *c(
            "period_end",
            "date",
            "The end of the figure's period: the last day of the year, or the deadline.",
            lambda r: r.figure.period.end,
        ),
        *c(
            "promised_en",
            "text",
            "The figure as the report states it, in English ('more than 30,000,000 4G users').",
            lambda r: figure_value(r.figure),
        ),
        *c(
            "promised_zh",
            "text",
            "The number as printed, with its bounding words ('超过3000万').",
            lambda r: numeral_phrase_zh(r.figure),
        ),
        *c(
            "value",
            "exact",
            "The figure's value, exact and in base units.",
            lambda r: r.figure.value,
            unit=_IN_UNIT,
        ),
        *c("unit", "enum", "The figure's unit.", lambda r: r.figure.unit, enum=Unit),
        *c(
            "qualifier",
            "enum",
            "How the report bounds the figure's value (about, more than, at least, nearly).",
            lambda r: r.figure.qualifier,
            enum=Qualifier,
        ),
        *c(
            "counted",
            "text",
            "For counts: what is counted, as an English plural noun.",
            lambda r: r.figure.counted,
            **o,
        ),
        *c(
            "outcome_id",
            "id",
            "Id of the outcome the verdict rests on (the latest; the first of several of"
            " one date); empty when none does. Every outcome is in scorecard_outcomes.",
            _lead(lambda j: j.outcome.id),
            references="Outcome",
            **o,
        ),
        *c(
            "outcome_en",
            "text",
            "That outcome's value in English ('more than 90,000,000 4G users').",
            _lead(_outcome_phrase),
            **o,
        ),
        *c(
            "outcome_value",
            "exact",
            "That outcome's value, exact and in base units, in its own unit.",
            _lead(lambda j: j.outcome.value),
            unit=_IN_OUTCOME_UNIT,
            **o,
        ),
        *c(
            "outcome_unit",
            "enum",
            "That outcome's unit.",
            _lead(lambda j: j.outcome.unit),
            enum=Unit,
            **o,
        ),
        *c(
            "outcome_qualifier",
            "enum",
            "How the outcome's source bounds its value.",
            _lead(lambda j: j.outcome.qualifier),
            enum=Qualifier,
            **o,
        ),
        *c(
            "as_of",
            "date",
            "The date that outcome refers to.",
            _lead(lambda j: j.outcome.as_of),
            **o,
        ),
        *c(
            "coverage",
            "enum",
            "Whether that outcome counts what the figure counts, a part of it, a whole that"
            " holds it, or something else.",
            _lead(lambda j: j.outcome.coverage),
            enum=Coverage,
            **o,
        ),
        *c(
            "margin",
            "exact",
            "That outcome's printed number minus the figure's (the revision, for an"
            " estimate), exact, in margin_unit; empty without a lead outcome.",
            _lead(lambda j: j.margin),
            unit=_IN_MARGIN_UNIT,
            **o,
        ),
        *c(
            "margin_unit",
            "enum",
            "What margin is in: percentage points for a percentage, else the figure's unit.",
            lambda r: r.margin_unit,
            values=MARGIN_UNITS,
        ),
        *c(
            "ratio",
            "exact",
            "That outcome over the figure, exact (1 is exactly the figure).",
            _lead(lambda j: j.ratio),
            unit=_RATIO,
            **o,
        ),
        *c(
            "verdict",
            "enum",
            "What the sources say happened (see miit2014.analysis.scorecard).",
            lambda r: r.verdict,
            enum=Verdict,
        ),
        *c(
            "verdict_en",
            "text",
            "The verdict in words.",
            lambda r: verdict_words(r.verdict),
        ),
        *c(
            "verdict_zh",
            "text",
            "The verdict in Chinese.",
            lambda r: verdict_words(r.verdict, "zh"),
        ),
        *c(
            "best_reliability",
            "enum",
            "Best grade among the sources the verdict rests on (of every outcome when none"
            " settles it); empty without outcomes.",
            lambda r: r.best_reliability,
            enum=Reliability,
            **o,
        ),
        *c(
            "best_source_publisher",
            "text",
            "Who published the best-graded source (the lead outcome's first, on a tie).",
            _best(lambda s: s.publisher),
            **o,
        ),
        *c(
            "best_source_url",
            "text",
            "The address at which that source was read.",
            _best(lambda s: s.url),
            **o,
        ),
        *c(
            "outcomes",
            "integer",
            "How many outcomes of the figure are shipped.",
            lambda r: len(r.outcomes),
        ),
        *c(
            "sources",
            "integer",
            "How many sources those outcomes cite, together.",
            lambda r: len(r.sources),
        ),
        *c(
            "conflict",
            "boolean",
            "Whether sources of the figure's outcomes disagree (see outcome_conflicts).",
            lambda r: bool(r.conflicts),
        ),
        *c(
            "unsourced_id",
            "id",
            "Id of the record of what was searched, when no source was found.",
            lambda r: r.unsourced.id if r.unsourced else None,
            references="Unsourced",
            **o,
        ),
    ]
    doc = (
        "One row per forward-looking figure: the figure, the outcome its verdict rests on,"
        " the margin, the verdict and the best source, every cell one value."
    )
    return Table(
        name="scorecard",
        description=doc,
        columns=tuple(columns),
        primary_key=("figure_id",),
        rows=rows,
    )


def _outcome_phrase(judgement: Judgement) -> str:
    """The outcome's value in English words."""
    return outcome_value(judgement.outcome)


# -- the long table: one row per source of each outcome of each figure -------------------


def _long() -> Table:
    def rows(edition: Edition) -> Iterator[Row]:
        for row in scorecard(edition):
            for judgement in row.judgements:
                for i, source in enumerate(judgement.outcome.sources, 1):
                    yield Row(_Evidence(row, judgement, i, source), report=edition.report)

    def j(get: Callable[[Judgement], Any]) -> Callable[[_Evidence], Any]:
        return lambda e: get(e.judgement)

    def s(get: Callable[[Citation], Any]) -> Callable[[_Evidence], Any]:
        return lambda e: get(e.source)

    c = _column
    o = _OPTIONAL
    columns = [
        *c(
            "outcome_id",
            "id",
            "Id of the outcome.",
            j(lambda x: x.outcome.id),
            references="Outcome",
        ),
        *c("source", "integer", "1-based place of the source among the outcome's.", _position),
        *c(
            "figure_id",
            "id",
            "Id of the figure the outcome answers (the scorecard row).",
            lambda e: e.row.figure_id,
            references="Figure",
        ),
        *c(
            "lead",
            "boolean",
            "Whether the row's verdict rests on this outcome.",
            lambda e: e.judgement in e.row.lead,
        ),
        *c(
            "bearing",
            "enum",
            "How the outcome bears on its figure.",
            j(lambda x: x.bearing),
            enum=Bearing,
        ),
        *c(
            "bearing_en",
            "text",
            "Why it bears so, in words.",
            j(lambda x: BEARING_MEANING[x.bearing]),
        ),
        *c(
            "outcome_verdict",
            "enum",
            "What the outcome alone says of the figure; empty when it cannot be compared or"
            " its range straddles the line.",
            j(lambda x: x.verdict),
            enum=Verdict,
            **o,
        ),
        *c(
            "value",
            "exact",
            "The outcome's value, exact and in base units.",
            j(lambda x: x.outcome.value),
            unit="in the column 'unit'",
        ),
        *c("unit", "enum", "The outcome's unit.", j(lambda x: x.outcome.unit), enum=Unit),
        *c(
            "qualifier",
            "enum",
            "How the source bounds the value.",
            j(lambda x: x.outcome.qualifier),
            enum=Qualifier,
        ),
        *c(
            "as_of",
            "date",
            "The date the outcome refers to; empty when no source dates it.",
            j(lambda x: x.outcome.as_of),
            **o,
        ),
        *c(
            "coverage",
            "enum",
            "Whether it counts what the figure counts, a part of it, a whole that holds it,"
            " or something else.",
            j(lambda x: x.outcome.coverage),
            enum=Coverage,
        ),
        *c(
            "margin",
            "exact",
            "The outcome's printed number minus the figure's, exact; empty when they cannot"
            " be compared.",
            j(lambda x: x.margin),
            unit="percentage points for a percentage figure, else the figure's unit",
            **o,
        ),
        *c(
            "ratio",
            "exact",
            "The outcome over the figure, exact.",
            j(lambda x: x.ratio),
            unit=_RATIO,
            **o,
        ),
        *c(
            "reliability",
            "enum",
            "The source's grade.",
            s(lambda x: x.reliability),
            enum=Reliability,
        ),
        *c("publisher", "text", "Who published the source.", s(lambda x: x.publisher)),
        *c("title", "text", "The source's title.", s(lambda x: x.title), **o),
        *c("date", "date", "When the source was published.", s(lambda x: x.date), **o),
        *c("url", "text", "The address at which it was read.", s(lambda x: x.url), **o),
    ]
    doc = (
        "One row per source of every outcome of every scorecard row: how the outcome bears"
        " on its figure, its margin, and who says so (the quotes are in outcome_sources)."
    )
    return Table(
        name="scorecard_outcomes",
        description=doc,
        columns=tuple(columns),
        primary_key=("outcome_id", "source"),
        rows=rows,
    )


def _position(evidence: _Evidence) -> int:
    return evidence.position
