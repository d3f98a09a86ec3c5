"""What is computed from the records: quantities, comparisons, target evaluations, derived
values, queries, search and the audit. Each module loads on first use
(``miit2014.analysis.query`` works after a bare ``import miit2014``)."""

from __future__ import annotations

import importlib
from types import ModuleType

_MODULES = (
    "audit",
    "comparison",
    "derived",
    "evaluation",
    "quantity",
    "query",
    "scorecard",
    "search",
)


def __getattr__(name: str) -> ModuleType:
    if name in _MODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(_MODULES)
