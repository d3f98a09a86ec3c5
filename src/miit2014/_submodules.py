"""Submodules of a layer's package, loaded the first time they are named.

``miit2014.analysis.query`` then works after a bare ``import miit2014``, and a module
added to a layer's folder is found without being listed anywhere.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from types import ModuleType


def lazy(
    package: str, path: Iterable[str]
) -> tuple[Callable[[str], ModuleType], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for the package ``package`` found at ``path``."""
    folders = list(path)

    def names() -> list[str]:
        found = (m.name for m in pkgutil.iter_modules(folders))
        return sorted(name for name in found if not name.startswith("_"))

    def getattr_(name: str) -> ModuleType:
        if not name.startswith("_") and name in names():
            return importlib.import_module(f"{package}.{name}")
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return getattr_, names
