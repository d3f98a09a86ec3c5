"""The task tree, one module per part of the report, concatenated in document order."""

from __future__ import annotations

from ..model.task import Task

TASKS: tuple[Task, ...] = ()
