"""Charts: drawn from the data, labelled in either language, with a clear font fallback."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from decimal import Decimal

import attrs
import pytest

from miit2014 import REPORT, plot
from miit2014.model import Status, Unit


def _bars(chart: object) -> list[object]:
    (ax,) = chart.axes  # type: ignore[attr-defined]
    return list(ax.patches)


def test_growth_chart_has_one_bar_per_2013_percentage() -> None:
    expected = [
        f
        for f in REPORT.figures
        if f.unit is Unit.PERCENT
        and f.status in (Status.ESTIMATED, Status.ACHIEVED)
        and f.period.end.year == 2013
    ]
    chart = plot.growth_2013()
    bars = _bars(chart)
    assert len(bars) == len(expected) >= 6
    assert [b.get_width() for b in bars] == [float(f.value) for f in expected]  # type: ignore[attr-defined]


def test_outcome_chart_has_one_bar_per_outcome_a_target_verdict_rests_on() -> None:
    from miit2014 import scorecard

    lead = [j for row in scorecard() if row.is_target for j in row.lead if j.ratio is not None]
    assert len(lead) >= 4
    bars = _bars(plot.targets_vs_outcomes())
    assert [b.get_width() for b in bars] == [float(j.ratio) for j in lead]  # type: ignore[attr-defined]


def test_chinese_without_a_cjk_font_falls_back_to_english_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(plot, "cjk_font", lambda: None)
    with pytest.warns(UserWarning, match="no CJK font"):
        chart = plot.growth_2013(lang="zh")
    (ax,) = chart.axes
    assert "Industrial profit growth" in " ".join(t.get_text() for t in ax.get_yticklabels())


def test_the_warning_says_how_to_get_a_cjk_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plot, "cjk_font", lambda: None)
    with pytest.warns(UserWarning, match=r"apt-get install fonts-noto-cjk") as caught:
        plot.targets_vs_outcomes(lang="zh")
    assert "no restart or cache clearing" in str(caught[0].message)


def test_a_cjk_font_installed_after_matplotlib_cached_its_list_is_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from matplotlib import font_manager

    if plot.cjk_font() is None:
        pytest.skip("no CJK font on this machine (CI installs fonts-noto-cjk)")
    manager = font_manager.fontManager
    cjk_files = {f.fname for f in manager.ttflist if f.name in plot.CJK_FONTS}
    stale = [f for f in manager.ttflist if f.fname not in cjk_files]
    monkeypatch.setattr(manager, "ttflist", stale)  # the list as cached before the install
    before = len(stale)
    assert plot._known_cjk_font(manager) is None
    assert plot.cjk_font() in plot.CJK_FONTS
    assert len(manager.ttflist) > before


def test_a_chart_is_a_figure_that_shows_itself_as_png() -> None:
    from matplotlib.figure import Figure as MatplotlibFigure

    chart = plot.growth_2013()
    assert isinstance(chart, MatplotlibFigure)
    assert chart._repr_png_().startswith(b"\x89PNG\r\n\x1a\n")


def test_drawing_never_changes_the_backend_nor_loads_pyplot() -> None:
    code = (
        "import sys, matplotlib\n"
        "from miit2014 import plot\n"
        "plot.growth_2013(); plot.targets_vs_outcomes(lang='zh')\n"
        "print(matplotlib.rcParams._get('backend'), 'matplotlib.pyplot' in sys.modules)\n"
    )
    env = {**os.environ, "MPLBACKEND": "svg"}  # the user's choice
    out = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == ["svg", "False"]


def test_chinese_with_a_cjk_font_uses_chinese_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plot, "cjk_font", lambda: "DejaVu Sans")  # any installed name
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # DejaVu lacks the glyphs; only labels matter here
        chart = plot.growth_2013(lang="zh")
    (ax,) = chart.axes
    labels = " ".join(t.get_text() for t in ax.get_yticklabels())
    assert "工业利润增长" in labels


def test_bad_language_is_refused() -> None:
    with pytest.raises(ValueError, match="lang"):
        plot.growth_2013(lang="fr")


def test_missing_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r"miit2014\[plot\]"):
        plot.growth_2013()


def test_save_charts_writes_png_files(tmp_path: object) -> None:
    paths = plot.save_charts(str(tmp_path))
    assert len(paths) == 3
    for path in paths:
        with open(path, "rb") as f:
            assert f.read(8) == b"\x89PNG\r\n\x1a\n"


def _growth_figure_labelled(label: str) -> object:
    chosen = next(
        f
        for f in REPORT.figures
        if f.unit is Unit.PERCENT and f.status is Status.ESTIMATED and f.period.end.year == 2013
    )
    changed = attrs.evolve(chosen, label_short_en=label)
    figures = tuple(changed if f is chosen else f for f in REPORT.figures)
    return attrs.evolve(REPORT, figures=figures)


def test_a_label_with_dollar_signs_is_drawn_as_plain_text() -> None:
    report = _growth_figure_labelled("US$5 bn and US$3 bn")
    chart = plot.growth_2013(report=report)  # type: ignore[arg-type]
    chart.canvas.draw()  # type: ignore[attr-defined]
    (ax,) = chart.axes  # type: ignore[attr-defined]
    drawn = [t for t in ax.get_yticklabels() if "US" in t.get_text()]
    assert drawn
    assert not drawn[0]._preprocess_math(drawn[0].get_text())[1]


def test_a_label_with_one_malformed_dollar_pair_does_not_break_the_charts() -> None:
    report = _growth_figure_labelled(r"a $\frac{ label$")
    for make in (plot.growth_2013, plot.scorecard_chart):
        chart = make(report=report)  # type: ignore[arg-type]
        chart._repr_png_()  # type: ignore[attr-defined]


def test_an_estimate_of_zero_draws_a_chart() -> None:
    estimate = next(f for f in REPORT.figures if f.status is Status.ESTIMATED)
    figures = tuple(
        attrs.evolve(f, value=Decimal(0)) if f is estimate else f for f in REPORT.figures
    )
    report = attrs.evolve(REPORT, figures=figures)
    for make in (plot.growth_2013, plot.scorecard_chart):
        make(report=report)._repr_png_()  # type: ignore[attr-defined]


def test_a_report_with_no_figures_draws_a_chart_that_says_so() -> None:
    report = attrs.evolve(REPORT, figures=())
    for make in (plot.growth_2013, plot.targets_vs_outcomes, plot.scorecard_chart):
        chart = make(report=report)
        chart._repr_png_()  # type: ignore[attr-defined]
        (ax,) = chart.axes  # type: ignore[attr-defined]
        assert ax.texts[0].get_text().startswith("Nothing to draw: ")
