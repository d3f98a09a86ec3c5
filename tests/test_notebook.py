"""In a real Jupyter kernel: charts show inline, the user's own plots still show, results
render as HTML.

The notebook runs headless with nbclient in a fresh IPython kernel, as a user's would,
with the kernel's default (inline) matplotlib backend.
"""

from __future__ import annotations

from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

CELLS = (
    # 0: the package's chart, as the cell's result
    "from miit2014 import plot\nplot.growth_2013()",
    # 1: the user's own plot afterwards, through pyplot
    "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [3, 1, 2]);",
    # 2: a chart drawn once pyplot is active: shown once, not twice
    "plot.targets_vs_outcomes()",
    # 3: an evaluation as the cell's result
    "import miit2014\n"
    "from miit2014.figures import LTE_COMMERCIAL_CITIES_TARGET_2014 as cities\n"
    "miit2014.evaluate(cities, 301)",
    # 4: the backend the kernel ended with
    "import matplotlib\nprint(matplotlib.get_backend())",
    # 5: the report summary
    "miit2014.REPORT",
    # 6: the analyst's own charts from the scorecard frame, every warning caught
    "import warnings\n"
    "with warnings.catch_warnings(record=True) as caught:\n"
    "    warnings.simplefilter('always')\n"
    "    df = miit2014.to_frame('scorecard')\n"
    "    ax = df.plot.barh(x='label_short_en', y='margin_float', legend=False)\n"
    "    ax.figure.tight_layout()\n"
    "    ax.figure.canvas.draw()\n"
    "    targets = df[df['kind'] == 'target']\n"
    "    ax2 = targets.plot.barh(x='label_short_en', y='ratio_float', legend=False)\n"
    "    ax2.figure.tight_layout()\n"
    "    ax2.figure.canvas.draw()\n"
    "print('warnings:', [str(w.message) for w in caught])\n"
    "print('labels:', [t.get_text() for t in ax.get_yticklabels()][:3])",
)


@pytest.fixture(scope="module")
def executed() -> Any:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in CELLS]
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("MPLBACKEND", raising=False)  # the kernel picks its own, as in Jupyter
        nbclient.NotebookClient(nb, timeout=180, kernel_name="python3").execute()
    return nb


def _data(cell: Any, mime: str) -> list[str]:
    return [o["data"][mime] for o in cell.outputs if mime in o.get("data", {})]


def test_the_package_chart_shows_inline_as_an_image(executed: Any) -> None:
    (png,) = _data(executed.cells[0], "image/png")
    assert len(png) > 1000  # base64 of a real picture


def test_the_users_own_plot_still_shows_afterwards(executed: Any) -> None:
    assert len(_data(executed.cells[1], "image/png")) == 1
    assert "inline" in executed.cells[4].outputs[0]["text"]


def test_a_chart_drawn_after_pyplot_shows_once(executed: Any) -> None:
    assert len(_data(executed.cells[2], "image/png")) == 1


def test_an_evaluation_renders_as_html(executed: Any) -> None:
    (markup,) = _data(executed.cells[3], "text/html")
    assert "figure.lte-commercial-cities-target-2014" in markup
    assert "met" in markup
    assert markup.startswith("<table>")
    (text,) = _data(executed.cells[3], "text/plain")
    assert text.startswith("<Evaluation ")


def test_charts_of_the_scorecard_frame_draw_without_a_warning(executed: Any) -> None:
    cell = executed.cells[6]
    text = "".join(o.get("text", "") for o in cell.outputs if o.get("name") == "stdout")
    assert "warnings: []" in text, text
    assert "labels: ['Industrial value added growth', 'Industrial profit growth'" in text
    assert len(_data(cell, "image/png")) >= 2  # inline, as a notebook shows them


def test_the_report_renders_as_a_summary(executed: Any) -> None:
    (markup,) = _data(executed.cells[5], "text/html")
    assert "<details>" in markup
    assert len(markup) < 20_000
