"""Laziness lives at the edge: citing a figure builds only the figures, and naming
REPORT builds the whole report once."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys

from miit2014 import REPORT, Report
from miit2014.model.report import SECTIONS


def _loaded_modules(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    return set(out.split())


def test_citing_a_figure_builds_no_other_section() -> None:
    loaded = _loaded_modules("from miit2014.figures import LTE_USERS_TARGET_2014")
    assert "miit2014.figures" in loaded
    assert not loaded & {
        "miit2014.model.entities",
        "miit2014.model.task",
        "miit2014.model.report",
        "miit2014.tasks",
        "miit2014.edition",
        "cattrs",
        "json",
    }


def test_importing_the_package_builds_no_section() -> None:
    loaded = _loaded_modules("import miit2014")
    assert not loaded & {"miit2014.figures", "miit2014.tasks", "miit2014.model.report"}


def test_naming_report_builds_it_whole() -> None:
    loaded = _loaded_modules("import miit2014\nmiit2014.REPORT")
    assert {"miit2014.figures", "miit2014.tasks", "miit2014.people"} <= loaded
    assert "miit2014.exchange" not in loaded


def test_the_shipped_report_equals_one_built_from_its_sections() -> None:
    whole = Report(**{name: getattr(REPORT, name) for name in SECTIONS})
    assert whole == REPORT
    assert whole.get("person.miao-wei") is REPORT.get("person.miao-wei")
    assert repr(whole) == repr(REPORT)


def test_a_report_pickles_and_copies_to_an_equal_report() -> None:
    for clone in (pickle.loads(pickle.dumps(REPORT)), copy.deepcopy(REPORT), copy.copy(REPORT)):
        assert clone == REPORT
        assert clone.get("figure.lte-users-target-2014") == REPORT.get(
            "figure.lte-users-target-2014"
        )
