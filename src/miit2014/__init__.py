"""miit2014: the 2013-12-27 national industry and information technology work conference,
as typed, immutable, source-verified Python records.

Importing costs little: the data are Python literals, and everything else (JSON and
cattrs, comparisons, outcomes, exports, pandas) loads on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .document import REPORT
from .errors import DataError
from .model import Figure, Record, Report, Span, Task
from .source import DOCUMENT_ID, SOURCE_SHA256, SOURCE_TEXT

if TYPE_CHECKING:
    from .citations import cite
    from .comparison import Comparison, compare
    from .evaluation import Evaluation, evaluate
    from .frames import MissingDependencyError, to_frame, to_polars
    from .jsonio import from_json, to_json
    from .model.outcome import Outcome
    from .quantity import Quantity

#: Public names loaded on first use, and the module each comes from.
_LAZY = {
    "cite": "citations",
    "Comparison": "comparison",
    "compare": "comparison",
    "Evaluation": "evaluation",
    "evaluate": "evaluation",
    "from_json": "jsonio",
    "to_json": "jsonio",
    "Outcome": "model.outcome",
    "Quantity": "quantity",
    "MissingDependencyError": "frames",
    "to_frame": "frames",
    "to_polars": "frames",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'miit2014' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


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
    "MissingDependencyError",
    "Outcome",
    "Quantity",
    "Record",
    "Report",
    "Span",
    "Task",
    "__version__",
    "cite",
    "compare",
    "evaluate",
    "from_json",
    "get",
    "to_frame",
    "to_json",
    "to_polars",
]
