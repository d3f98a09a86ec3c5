"""The outcomes and the scorecard as one JSON document.

Outcomes are not part of the report, so they are not in its JSON export
(:func:`miit2014.to_json`); this document carries an edition's outcomes beside it: every
:class:`~miit2014.model.outcome.Outcome` and
:class:`~miit2014.model.outcome.Unsourced` record in the exchange format (each loads back
with ``from_json(text, Outcome)``), and one entry per scorecard row. The same text always
gives the same bytes.
"""

from __future__ import annotations

from typing import Any

from ..analysis.scorecard import ScorecardRow, scorecard
from ..edition import edition_of
from ..model import exact
from ..model.edition import Edition
from ..model.report import Report
from ..model.wording import verdict_words


def row_data(row: ScorecardRow) -> dict[str, Any]:
    """One scorecard row as plain JSON data."""
    f = row.figure
    return {
        "figure_id": row.figure_id,
        "label_en": f.label_en,
        "label_short_en": f.label_short_en,
        "label_short_zh": f.label_short_zh,
        "status": f.status.value,
        "value": exact.to_text(f.value),
        "unit": f.unit.value,
        "qualifier": f.qualifier.value,
        "verdict": row.verdict.value,
        "verdict_en": verdict_words(row.verdict),
        "margins": [exact.to_text(m) for m in row.margins],
        "lead_outcome_ids": [j.outcome.id for j in row.lead],
        "outcome_ids": [o.id for o in row.outcomes],
        "bearings": {j.outcome.id: j.bearing.value for j in row.judgements},
        "conflicts": [list(pair) for pair in row.conflicts],
        "best_reliability": row.best_reliability.value if row.best_reliability else None,
        "unsourced_id": row.unsourced.id if row.unsourced else None,
    }


def outcomes_document(report: Report | Edition | None = None) -> dict[str, Any]:
    """The outcomes, the figures searched without one, and the scorecard of ``report``
    (a report or an edition; a report other than the shipped one brings no outcomes)."""
    from .._version import __version__
    from ..source import DOCUMENT_ID
    from .jsonio import SCHEMA_VERSION, converter

    conv = converter()
    edition = edition_of(report)
    return {
        "schema_version": SCHEMA_VERSION,
        "package_version": __version__,
        "document_id": DOCUMENT_ID,
        "outcomes": [conv.unstructure(o) for o in edition.outcomes],
        "unsourced": [conv.unstructure(u) for u in edition.unsourced],
        "scorecard": [row_data(row) for row in scorecard(edition)],
    }


def outcomes_json(report: Report | Edition | None = None, *, indent: int | None = 2) -> str:
    """:func:`outcomes_document` as JSON text."""
    from .jsonio import dumps_stdlib

    return dumps_stdlib(outcomes_document(report), indent)


def scorecard_json(report: Report | Edition | None = None, *, indent: int | None = 2) -> str:
    """Only the scorecard rows, as a JSON array (``miit2014 scorecard --json``)."""
    from .jsonio import dumps_stdlib

    return dumps_stdlib([row_data(row) for row in scorecard(report)], indent)
