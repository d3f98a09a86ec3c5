"""miit2014: the 2013-12-27 national industry and information technology work conference,
as typed, immutable, source-verified Python records.

This module is the facade. It loads nothing but the source text at import: each public
name below is loaded from its layer on first use, so citing one figure
(``from miit2014.figures import LTE_USERS_TARGET_2014``) builds that section only, and
:data:`REPORT` is assembled the first time it is asked for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import DataError
from .source import DOCUMENT_ID, SOURCE_SHA256, SOURCE_TEXT

if TYPE_CHECKING:
    from . import outcomes
    from .analysis.comparison import Comparison, compare
    from .analysis.evaluation import Evaluation, evaluate
    from .analysis.quantity import Quantity
    from .analysis.scorecard import ScorecardRow, Verdict, scorecard
    from .analysis.search import search
    from .edition import REPORT
    from .exchange.citations import cite
    from .exchange.frames import MissingDependencyError, to_frame, to_polars
    from .exchange.jsonio import from_json, to_json
    from .exchange.reading import to_html
    from .exchange.tables import to_csv, to_datapackage
    from .model.base import Record, Span
    from .model.figure import Figure
    from .model.outcome import Outcome
    from .model.report import Report
    from .model.task import Task
    from .views import plot

#: Public names loaded on first use, and the module each comes from.
_LAZY = {
    "REPORT": "edition",
    "Figure": "model.figure",
    "Record": "model.base",
    "Report": "model.report",
    "Span": "model.base",
    "Task": "model.task",
    "Outcome": "model.outcome",
    "Quantity": "analysis.quantity",
    "Comparison": "analysis.comparison",
    "compare": "analysis.comparison",
    "Evaluation": "analysis.evaluation",
    "evaluate": "analysis.evaluation",
    "search": "analysis.search",
    "scorecard": "analysis.scorecard",
    "ScorecardRow": "analysis.scorecard",
    "Verdict": "analysis.scorecard",
    "cite": "exchange.citations",
    "from_json": "exchange.jsonio",
    "to_json": "exchange.jsonio",
    "to_html": "exchange.reading",
    "to_csv": "exchange.tables",
    "to_datapackage": "exchange.tables",
    "MissingDependencyError": "exchange.frames",
    "to_frame": "exchange.frames",
    "to_polars": "exchange.frames",
}

#: Public submodules reachable as attributes, loaded on first use: the layers, the
#: edition's data modules, and the charts.
_SUBMODULES = {
    "model": "model",
    "analysis": "analysis",
    "exchange": "exchange",
    "views": "views",
    "edition": "edition",
    "figures": "figures",
    "tasks": "tasks",
    "people": "people",
    "organizations": "organizations",
    "initiatives": "initiatives",
    "meeting": "meeting",
    "glossary": "glossary",
    "numerals": "numerals",
    "outcomes": "outcomes",
    "plot": "views.plot",
}


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        value = importlib.import_module(f".{_SUBMODULES[name]}", __name__)
    elif name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    else:
        raise AttributeError(f"module 'miit2014' has no attribute {name!r}")
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    """The public names and submodules: what tab completion offers."""
    return sorted({*__all__, *_SUBMODULES})


def get(record_id: str) -> Record:
    """Any record of :data:`REPORT` by id; a ``KeyError`` suggests close ids."""
    from .edition import REPORT

    return REPORT.get(record_id)


__all__ = [
    "DOCUMENT_ID",
    "REPORT",
    "SOURCE_SHA256",
    "SOURCE_TEXT",
    "Comparison",
    "DataError",
    "Evaluation",
    "Figure",
    "MissingDependencyError",
    "Outcome",
    "Quantity",
    "Record",
    "Report",
    "ScorecardRow",
    "Span",
    "Task",
    "Verdict",
    "__version__",
    "cite",
    "compare",
    "evaluate",
    "from_json",
    "get",
    "outcomes",
    "plot",
    "scorecard",
    "search",
    "to_csv",
    "to_datapackage",
    "to_frame",
    "to_html",
    "to_json",
    "to_polars",
]
