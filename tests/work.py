"""Work measured without a clock: how many lines of the package's own code an action runs.

The tests that guard linear growth count this at n, 2n and 4n, so a quadratic regression
fails the suite on any machine, however loaded.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import miit2014

PACKAGE = os.path.dirname(miit2014.__file__)


def lines_run(action: Callable[[], object]) -> int:
    """How many lines of the package's own code ``action`` runs."""
    count = 0

    def local(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        count += event == "line"
        return local

    def calls(frame: Any, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    sys.settrace(calls)
    try:
        action()
    finally:
        sys.settrace(None)
    return count
