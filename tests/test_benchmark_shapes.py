"""The valid report the adversarial benchmark renders and exports stays valid: a check
added to the loader that refused it would leave those rows measuring an error."""

from __future__ import annotations

import re

from miit2014 import REPORT, from_json
from miit2014.model import Task
from shapes import GOOD, tasks_and_figures


def test_many_tasks_and_figures_load_as_a_valid_report_of_that_many_more() -> None:
    report = from_json(tasks_and_figures(120))
    assert len(report.tasks) == len(GOOD["tasks"]) + 120
    assert len(report.figures) == len(GOOD["figures"]) + 120
    added = [t for t in report.tasks if re.fullmatch(r"c\d+", t.id.rsplit(".", 1)[-1])]
    assert len(added) == 120
    assert all(isinstance(t, Task) and len(t.span) == 1 for t in added)
    # every figure still finds the shipped task that holds it, not a one-character one
    for figure in report.figures:
        shipped = REPORT.task_of(figure.id.split(".copy")[0])
        assert report.task_of(figure) == shipped, figure.id
