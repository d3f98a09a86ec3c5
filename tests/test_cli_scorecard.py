"""``miit2014 scorecard``, and what ``show`` says of what happened next."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from miit2014 import scorecard
from miit2014.outcomes import OUTCOMES, UNSOURCED
from miit2014.views.cli import Screen, run
from miit2014.views.cli.scorecard import scorecard_text
from miit2014.views.text import display_width

ROWS = scorecard()


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    assert err == ""
    return code, out


def data_lines(out: str) -> list[str]:
    """The table's rows: the lines under the two headings, up to the blank after each."""
    lines, inside = [], False
    for line in out.splitlines():
        if line.startswith(("2013 estimates", "2014 targets")):
            inside = True
        elif not line.strip():
            inside = False
        elif inside:
            lines.append(line)
    return lines


def test_one_line_per_figure_with_verdict_margin_and_grade(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out = cli(capsys, "scorecard")
    assert code == 0
    lines = data_lines(out)
    assert len(lines) == len(ROWS) == 13
    for line, row in zip(lines, ROWS, strict=True):
        assert row.promised_text in line
        assert row.outcome_text in line
        assert f" {row.verdict.value} " in line
        assert row.margin_text in line
        grade = row.best_reliability.value[0].upper() if row.best_reliability else "–"
        assert line.rstrip().endswith(grade)
    assert all(display_width(line) <= 80 for line in out.splitlines())
    assert "official media" in " ".join(out.split())  # the grades are explained


def test_a_narrow_screen_cuts_labels_not_values() -> None:
    text = scorecard_text(Screen(width=60))
    for line, row in zip(data_lines(text), ROWS, strict=True):
        assert row.verdict.value in line
        assert row.margin_text in line


def test_json_lists_the_rows(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = cli(capsys, "scorecard", "--json")
    assert code == 0
    data = json.loads(out)
    assert [d["figure_id"] for d in data] == [r.figure_id for r in ROWS]
    assert [d["verdict"] for d in data] == [r.verdict.value for r in ROWS]
    software = next(d for d in data if "software" in d["figure_id"])
    assert software["margins"] == ["-0.4", "-1.6"]
    assert software["conflicts"]


def test_show_of_a_target_ends_with_what_happened_next(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out = cli(capsys, "show", "figure.lte-users-target-2014")
    assert code == 0
    text = " ".join(out.split())
    assert "What happened next" in text
    assert "Verdict: met" in text
    assert "4305.7万户" in out.replace("\n", "").replace(" ", "")
    assert all(display_width(line) <= 80 for line in out.splitlines())


def test_show_of_an_estimate_gives_its_revision(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = cli(capsys, "show", "figure.telecom-revenue-growth-2013")
    assert code == 0
    text = " ".join(out.split())
    assert "Verdict: revised_up" in text
    assert "+0.3 percentage points" in text
    assert "3.6 + 5.1 = 8.7%" in text


def test_show_of_the_4g_cities_figure_quotes_its_one_operator_source(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out = cli(capsys, "show", "figure.lte-commercial-cities-target-2014")
    assert code == 0
    text = " ".join(out.split())
    assert "met_at_least" in text
    assert "China Unicom has launched TD-LTE in more than 300 cities" in text
    assert "Searched:" not in text  # answered now: no search record left to show


def test_show_of_every_outcome_works_in_text_and_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for outcome in OUTCOMES:
        code, out = cli(capsys, "show", outcome.id)
        assert code == 0
        assert outcome.id in out
        code, out = cli(capsys, "show", outcome.id, "--json")
        assert json.loads(out)["id"] == outcome.id


def test_a_figure_of_another_kind_has_no_scorecard_row(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = cli(capsys, "show", "figure.meeting-duration-2013")
    assert code == 0
    assert "What happened next" not in out


def test_export_of_the_outcomes_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out = cli(capsys, "export", "--format", "outcomes")
    assert code == 0
    assert len(json.loads(out)["outcomes"]) == len(OUTCOMES)
    target = tmp_path / "outcomes.json"
    code, out = cli(capsys, "export", "--format", "outcomes", "-o", str(target))
    assert code == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    assert len(document["outcomes"]) == len(OUTCOMES)
    assert document["unsourced"] == [] == list(UNSOURCED)


def test_the_command_line_takes_an_edition_and_shows_its_own_outcomes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import miit2014
    from miit2014.model.edition import Edition

    loaded = miit2014.from_json(miit2014.to_json(miit2014.REPORT))
    lte = next(o for o in OUTCOMES if o.id == "outcome.lte-users-2014")
    edition = Edition(report=loaded, outcomes=(lte,))
    assert run(["show", "figure.lte-users-target-2014"], report=edition) == 0
    out = capsys.readouterr().out
    assert "outcome.lte-users-2014:" in out or "outcome.lte-users-2014 " in out
    assert "outcome.lte-users-china-mobile-2014" not in out
    assert run(["scorecard"], report=edition) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if " met " in line]
    assert len(lines) == 1
