"""The checker measured on real sentences: tests/claims/evaluation.json.

Every quantity there was labelled by reading its sentence against the report (verdict,
figure, reason). A result is right when its verdict and its figure are both the label's.
The test prints precision and recall per verdict and language, and fails on any false
``matches`` (in any language) or on accuracy below 90 % in English or Chinese.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from miit2014.analysis.check import CheckVerdict, check

EVALUATION = Path(__file__).parent / "claims" / "evaluation.json"
GROUPS = {"en": "en", "zh": "zh", "zh-Hant": "zh", "ja": "ja"}


def _rows() -> list[tuple[str, dict[str, str | None], tuple[str, str | None] | None]]:
    """(language group, label, (verdict, figure id) read or None when not read)."""
    data = json.loads(EVALUATION.read_text(encoding="utf-8"))
    rows = []
    for source in data["sources"]:
        seen: Counter[str] = Counter()
        ordered = list(check(source["text"]))
        for label in source["quantities"]:
            written = label["written"]
            matches = [r for r in ordered if r.written == written]
            got = matches[seen[written]] if seen[written] < len(matches) else None
            seen[written] += 1
            assert written in source["text"], written
            rows.append(
                (
                    GROUPS[source["lang"]],
                    label,
                    None if got is None else (got.verdict.value, got.figure_id),
                )
            )
    return rows


def _table(rows: list[tuple[str, dict[str, str | None], tuple[str, str | None] | None]]) -> str:
    lines = ["lang  verdict         n   precision  recall", "-" * 44]
    for lang in ("en", "zh", "ja"):
        mine = [r for r in rows if r[0] == lang]
        for verdict in CheckVerdict:
            v = verdict.value
            truth = [r for r in mine if r[1]["verdict"] == v]
            said = [r for r in mine if r[2] is not None and r[2][0] == v]
            right = [r for r in said if r[2] == (r[1]["verdict"], r[1]["figure_id"])]
            precision = f"{len(right) / len(said):.2f}" if said else "-"
            recall_n = sum(1 for r in truth if r[2] == (v, r[1]["figure_id"]))
            recall = f"{recall_n / len(truth):.2f}" if truth else "-"
            lines.append(f"{lang:5} {v:14} {len(truth):3}   {precision:>9}  {recall:>6}")
        good = sum(1 for r in mine if r[2] == (r[1]["verdict"], r[1]["figure_id"]))
        lines.append(f"{lang:5} {'accuracy':14} {len(mine):3}   {good / len(mine):.2f}")
    return "\n".join(lines)


ROWS = _rows()


def test_the_set_is_large_enough() -> None:
    assert sum(1 for r in ROWS if r[0] in ("en", "zh")) >= 60


def test_no_false_matches() -> None:
    """False reassurance is the worst error: a matches must be a labelled matches, same figure."""
    false = [
        (label["written"], label["verdict"], got)
        for _, label, got in ROWS
        if got is not None and got[0] == "matches" and (label["verdict"], label["figure_id"]) != got
    ]
    assert not false


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_accuracy(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    mine = [r for r in ROWS if r[0] == lang]
    good = sum(1 for r in mine if r[2] == (r[1]["verdict"], r[1]["figure_id"]))
    with capsys.disabled():
        if lang == "en":
            print("\n" + _table(ROWS))
    assert good / len(mine) >= 0.9, _table(ROWS)
