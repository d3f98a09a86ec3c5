"""How the records leave the package: JSON, its schema, CSV tables and data packages,
DataFrames, citations, and the registry of formats. Each module loads on first use
(``miit2014.exchange.tables`` works after a bare ``import miit2014``)."""

from __future__ import annotations

import importlib
from types import ModuleType

_MODULES = ("citations", "formats", "frames", "jsonio", "schema", "scorecard", "tables")


def __getattr__(name: str) -> ModuleType:
    if name in _MODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(_MODULES)
