"""``miit2014 scorecard``, and what ``show`` says of what happened next."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from miit2014 import scorecard
from miit2014.model.wording import short_label, verdict_words
from miit2014.outcomes import OUTCOMES, UNSOURCED
from miit2014.views.cli import Screen, run
from miit2014.views.cli.scorecard import row_cells, scorecard_text
from miit2014.views.text import display_width

ROWS = scorecard()


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    assert err == ""
    return code, out


SNAKE_CASE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")


def words_of(text: str) -> set[str]:
    return set(text.split())


@pytest.mark.parametrize("width", [40, 60, 80])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_screen_fits_every_width_in_words_without_pipes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, width: int, lang: str
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    code, out = cli(capsys, "scorecard", "--lang", lang)
    assert code == 0
    lines = out.splitlines()
    assert max(map(display_width, lines)) <= width
    assert "|" not in out
    assert not SNAKE_CASE.findall(out), SNAKE_CASE.findall(out)
    shown, joined = words_of(out), "".join(out.split())
    for row in ROWS:  # nothing is cut: every word of every cell is on the screen
        for cell in row_cells(row, lang):
            for item in cell:
                if lang == "en":
                    assert words_of(item) <= shown, (item, width)
                elif width == 40:  # one cell a line or more: Chinese wraps between characters
                    assert "".join(item.split()) in joined, item
                else:
                    assert set(item) - {" "} <= set(out), item


def test_verdicts_grades_and_qualifiers_are_words() -> None:
    text = " ".join(scorecard_text(Screen(width=60)).split())
    for row in ROWS:
        assert f"verdict {verdict_words(row.verdict)}" in text
        if "_" in row.verdict.value:  # no token such as within_range
            assert row.verdict.value not in text
    assert "best source official media" in text
    assert "promised more than 30 million" in text
    assert "outcome more than 90 million" in text
    assert "promised at least 1/3" in text
    zh = "".join(scorecard_text(Screen(width=40), lang="zh").split())
    assert "目标超过3000万" in zh
    assert "判断已实现" in zh
    assert "最佳来源官方媒体" in zh


def test_values_that_disagree_are_a_list_with_their_publishers() -> None:
    text = scorecard_text(Screen(width=60))
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index("final        2.2 trillion yuan (ykgl.com)")
    assert lines[at + 1] == "about 2.37 trillion yuan (Xinhua)"
    assert "revision     +200 billion yuan" in lines
    assert "+373 billion yuan" in lines
    wide = scorecard_text(Screen(width=80))
    assert "(ykgl.com)" in wide
    assert "(Xinhua)" in wide
    assert "|" not in wide


def test_a_wide_screen_is_a_table_a_narrow_one_blocks() -> None:
    wide = scorecard_text(Screen(width=80)).splitlines()
    at = wide.index("2014 targets")
    assert wide[at + 1].split() == ["promised", "outcome", "verdict", "margin", "best", "source"]
    label = short_label(ROWS[8].figure)
    lte = wide.index(label)  # the label above, its values in columns below
    assert wide[lte + 1].split()[:6] == ["more", "than", "30", "more", "than", "90"]
    assert "official media" in wide[lte + 1]
    narrow = scorecard_text(Screen(width=40)).splitlines()
    assert "2014 targets" in narrow
    assert sum(1 for line in narrow if line.startswith("  verdict ")) == len(ROWS)
    assert scorecard_text(Screen(width=60)).count("\n  verdict ") == len(ROWS)


def test_the_screen_and_chart_name_figures_by_their_short_labels() -> None:
    from miit2014.model import wording

    figure = ROWS[8].figure
    assert wording.short_label(figure) == figure.label_short_en
    assert wording.short_label(figure, "zh") == figure.label_short_zh
    assert figure.label_short_en in scorecard_text(Screen(width=80)).splitlines()
    assert figure.label_short_zh in scorecard_text(Screen(width=80), lang="zh").splitlines()

    class Unshortened:  # a record from elsewhere, without short labels: its long ones
        label_en = figure.label_en
        label_zh = figure.label_zh

    assert wording.short_label(Unshortened()) == figure.label_en  # type: ignore[arg-type]
    assert wording.short_label(Unshortened(), "zh") == figure.label_zh  # type: ignore[arg-type]


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
    assert "Verdict: revised up" in text
    assert "+0.3 percentage points" in text
    assert "3.6 + 5.1 = 8.7%" in text


def test_show_of_the_4g_cities_figure_quotes_its_one_operator_source(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out = cli(capsys, "show", "figure.lte-commercial-cities-target-2014")
    assert code == 0
    text = " ".join(out.split())
    assert "Verdict: met at least" in text
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
    lines = [line for line in capsys.readouterr().out.splitlines() if " met " in f"{line} "]
    assert len(lines) == 1
