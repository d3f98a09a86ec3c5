"""miit2014: the 2013-12-27 national industry and information technology work conference,
as typed, immutable, source-verified Python records.

Importing costs little: the data are Python literals, and JSON support (cattrs) loads
only when first used.
"""

from __future__ import annotations

from ._version import __version__
from .comparison import Comparison, compare
from .document import REPORT
from .errors import DataError
from .evaluation import Evaluation, evaluate
from .jsonio import from_json, to_json
from .model import Figure, Record, Report, Span, Task
from .model.outcome import Outcome
from .quantity import Quantity
from .source import DOCUMENT_ID, SOURCE_SHA256, SOURCE_TEXT


def get(record_id: str) -> Record:
    """Any record of :data:`REPORT` by id; a ``KeyError`` suggests close ids."""
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
    "Outcome",
    "Quantity",
    "Record",
    "Report",
    "Span",
    "Task",
    "__version__",
    "compare",
    "evaluate",
    "from_json",
    "get",
    "to_json",
]
