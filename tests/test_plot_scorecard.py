"""The scorecard chart: drawn on a Figure of its own, from the scorecard, pyplot untouched."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("matplotlib")

from miit2014 import scorecard
from miit2014.model.wording import short_label
from miit2014.views import plot


def test_one_marker_per_comparable_outcome_and_a_band_per_estimate() -> None:
    from matplotlib.figure import Figure

    chart = plot.scorecard_chart()
    assert isinstance(chart, Figure)
    assert chart.canvas.manager is None  # not pyplot's: no backend involved
    top, bottom = chart.axes
    rows = scorecard()
    targets = [r for r in rows if r.is_target]
    estimates = [r for r in rows if not r.is_target]
    assert len(top.get_yticklabels()) == len(targets)
    assert len(bottom.get_yticklabels()) == len(estimates)
    markers = [line for line in top.lines if line.get_marker() in ("o", ">", "<")]
    assert len(markers) == sum(1 for r in targets for j in r.judgements if j.ratio is not None)
    bands = [line for line in bottom.lines if line.get_linewidth() == 8]
    assert len(bands) == len(estimates)
    texts = " ".join(t.get_text() for t in top.texts)
    assert "met at least" in texts  # every verdict is written beside its row


def test_a_row_without_a_source_is_shown_not_dropped() -> None:
    import miit2014
    import miit2014.outcomes as shipped
    from miit2014.model import Unsourced
    from miit2014.model.edition import Edition

    searched = Unsourced(
        id="unsourced.lte-commercial-cities-2014",
        figure_id="figure.lte-commercial-cities-target-2014",
        searched=("4G 商用城市",),
        seen_en="nothing",
    )
    kept = tuple(o for o in shipped.OUTCOMES if o.figure_id != searched.figure_id)
    edition = Edition(report=miit2014.REPORT, outcomes=kept, unsourced=(searched,))
    top = plot.scorecard_chart(report=edition).axes[0]
    assert "no source" in " ".join(t.get_text() for t in top.texts)


def test_each_marker_sits_at_its_outcome_over_the_figure() -> None:
    chart = plot.scorecard_chart()
    top = chart.axes[0]
    markers = [line for line in top.lines if line.get_marker() in ("o", ">", "<")]
    expected = [
        float(j.ratio)
        for r in scorecard()
        if r.is_target
        for j in r.judgements
        if j.ratio is not None
    ]
    assert [float(m.get_xdata()[0]) for m in markers] == expected


def test_drawing_it_leaves_pyplot_and_its_backend_alone() -> None:
    code = (
        "import matplotlib; matplotlib.use('svg');"
        "from miit2014.views import plot; plot.scorecard_chart();"
        "import sys; print(matplotlib.get_backend(), 'matplotlib.pyplot' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.split()
    assert out == ["svg", "False"]


def test_it_is_saved_with_the_other_charts(tmp_path: object) -> None:
    paths = plot.save_charts(str(tmp_path))
    assert any(p.endswith("scorecard-en.png") for p in paths)


def test_a_lower_bound_is_drawn_as_one_and_said_so() -> None:
    top = plot.scorecard_chart().axes[0]
    row = next(r for r in scorecard() if r.figure_id == "figure.lte-users-target-2014")
    y = [r.figure_id for r in scorecard() if r.is_target].index(row.figure_id)
    at_three = [
        line for line in top.lines if line.get_ydata()[0] == y and line.get_xdata()[0] == 3.0
    ]
    assert [line.get_marker() for line in at_three] == [">"]  # "more than 90 million"
    texts = [t.get_text() for t in top.texts]
    assert "more than 3×" in texts
    assert any(a.arrow_patch is not None for a in top.texts if hasattr(a, "arrow_patch"))


def test_values_that_disagree_are_listed_one_a_line_never_piped() -> None:
    chart = plot.scorecard_chart()
    texts = [t.get_text() for ax in chart.axes for t in ax.texts]
    assert not any("|" in t for t in texts)
    consumption = next(t for t in texts if "2.2 trillion" in t)
    assert consumption.splitlines()[1:3] == [
        "    2.2 trillion yuan (ykgl.com)",
        "    about 2.37 trillion yuan (Xinhua)",
    ]


def test_in_chinese_every_text_is_drawn_in_the_cjk_font() -> None:
    import io
    import warnings

    if plot.cjk_font() is None:
        pytest.skip("no CJK font installed")
    chart = plot.scorecard_chart(lang="zh")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        chart.savefig(io.BytesIO(), format="png")
    assert not [w for w in caught if "missing from font" in str(w.message)]
    texts = [t.get_text() for ax in chart.axes for t in ax.texts]
    assert "超过3×" in texts
    assert any("已实现" in t for t in texts)


def test_the_targets_chart_hatches_and_labels_a_lower_bound() -> None:
    ax = plot.targets_vs_outcomes().axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    lte = labels.index(
        short_label(next(r.figure for r in scorecard() if "lte-users" in r.figure_id))
    )
    bars = ax.patches
    assert bars[lte].get_hatch() == "//"  # "more than 90 million": a lower bound
    assert "more than 3×" in [t.get_text() for t in ax.texts]
    iptv = next(i for i, label in enumerate(labels) if label.startswith("IPTV"))
    assert bars[iptv].get_hatch() is None  # an exact count
