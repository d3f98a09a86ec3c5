"""REPORT builds each section on first read, and is checked whole before it is used whole."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable

import pytest

from miit2014 import REPORT, DataError, Report
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


def test_reading_the_figures_builds_only_the_figures() -> None:
    loaded = _loaded_modules("import miit2014\nmiit2014.REPORT.figures")
    assert {"miit2014.figures", "miit2014.model.report"} <= loaded
    assert not loaded & {"miit2014.model.entities", "miit2014.tasks", "miit2014.people"}


def _sections(**changes: object) -> dict[str, Callable[[], object]]:
    values = {name: getattr(REPORT, name) for name in SECTIONS} | changes
    return {name: (lambda v=value: v) for name, value in values.items()}


def test_an_assembled_report_equals_the_one_built_whole() -> None:
    whole = Report(**{name: getattr(REPORT, name) for name in SECTIONS})
    lazy = Report.assembled(_sections())
    assert repr(lazy).endswith("sections load on first use>")
    assert lazy.figures == whole.figures
    assert repr(lazy).endswith(": 31 figures>")
    assert lazy == whole
    assert lazy.get("person.miao-wei") is whole.get("person.miao-wei")
    assert repr(lazy) == repr(whole)


def test_a_section_of_the_wrong_kind_is_refused_when_read() -> None:
    lazy = Report.assembled(_sections(figures=REPORT.tasks))
    lazy.tasks  # noqa: B018 - a good section reads fine
    with pytest.raises(DataError, match="expected Figure"):
        lazy.figures  # noqa: B018


def test_links_across_sections_are_checked_before_any_look_up() -> None:
    lazy = Report.assembled(_sections(people=()))
    assert len(lazy.posts) == 22  # each section on its own is sound
    with pytest.raises(DataError, match="names no record"):
        lazy.get("figure.lte-users-target-2014")


def test_every_section_needs_a_loader() -> None:
    loaders = _sections()
    del loaders["meeting"]
    with pytest.raises(DataError, match="a loader is needed"):
        Report.assembled(loaders)


def test_threads_reading_a_fresh_report_at_once_see_one_report() -> None:
    lazy = Report.assembled(_sections())
    seen: list[object] = []
    barrier = threading.Barrier(8)

    def read() -> None:
        barrier.wait()
        seen.append(lazy.get("figure.lte-users-target-2014"))

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8
    assert all(s is seen[0] for s in seen)


def test_a_report_pickles_and_copies_to_an_equal_report() -> None:
    for clone in (pickle.loads(pickle.dumps(REPORT)), copy.deepcopy(REPORT), copy.copy(REPORT)):
        assert clone == REPORT
        assert clone.get("figure.lte-users-target-2014") == REPORT.get(
            "figure.lte-users-target-2014"
        )
