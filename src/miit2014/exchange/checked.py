"""Check results as plain JSON data: what ``miit2014 check --json`` prints.

Exact values are written as text (``"2000000000000"``, ``"1/3"``), never as JSON numbers,
so no reader turns them into binary floats.
"""

from __future__ import annotations

import json
from typing import Any

from ..analysis.check import CheckedText, CheckResult
from ..model import exact
from ..model.wording import CHECK_VERDICT


def result_data(result: CheckResult) -> dict[str, Any]:
    """One result as a JSON object, with its explanation in English and Chinese."""
    figure = result.figure
    return {
        "start": result.start,
        "end": result.end,
        "written": result.written,
        "value": exact.to_text(result.value),
        "precision": exact.to_text(result.precision),
        "unit": result.unit.value,
        "qualifier": result.qualifier.value,
        "year": result.year,
        "part_of_year": result.part_of_year,
        "verdict": result.verdict.value,
        "verdict_en": CHECK_VERDICT[result.verdict.value][0],
        "reason": result.reason,
        "figure_id": result.figure_id,
        "nearest_figure_id": figure.id if figure is not None else None,
        "report_quote": figure.quote if figure is not None else None,
        "outcome_id": result.outcome.id if result.outcome is not None else None,
        "why_en": result.why("en"),
        "why_zh": result.why("zh"),
    }


def checked_json(checked: CheckedText, *, indent: int | None = 2) -> str:
    """Every result of a check as one JSON array."""
    return json.dumps([result_data(r) for r in checked], ensure_ascii=False, indent=indent)
