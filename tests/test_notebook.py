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


def test_the_report_renders_as_a_summary(executed: Any) -> None:
    (markup,) = _data(executed.cells[5], "text/html")
    assert "<details>" in markup
    assert len(markup) < 20_000
