"""Everything the package hands out pickles, copies and deep-copies to an equal object."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys

import pytest

from miit2014 import REPORT, DataError
from samples import EVERYTHING, everything


@pytest.mark.parametrize("name", EVERYTHING)
def test_everything_pickles_copies_and_deep_copies_to_an_equal_object(name: str) -> None:
    obj = everything()[name]
    copies = [pickle.loads(pickle.dumps(obj, protocol)) for protocol in range(6)]
    copies += [copy.copy(obj), copy.deepcopy(obj)]
    for other in copies:
        if isinstance(obj, DataError):
            assert (other.path, other.problems) == (obj.path, obj.problems)  # type: ignore[attr-defined]
        else:
            assert other == obj


def test_a_pickled_report_loads_in_a_fresh_process() -> None:
    code = "import pickle, sys; r = pickle.load(sys.stdin.buffer); print(len(r.figures))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=pickle.dumps(REPORT),
        capture_output=True,
        check=True,
    )
    assert out.stdout.strip() == str(len(REPORT.figures)).encode()
