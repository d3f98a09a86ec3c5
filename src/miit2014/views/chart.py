"""The figure every chart of :mod:`miit2014.views.plot` is drawn on: a matplotlib
``Figure`` made without pyplot, that shows itself in Jupyter.

A figure made without pyplot belongs to no backend, so drawing one never touches the
user's: the kernel's inline backend, a GUI window or ``Agg`` stay as they were, and the
user's own ``plt.plot(...)`` after a chart still shows. Such a figure has no display hook
of its own unless pyplot's inline backend has registered one, so :class:`Chart` gives
IPython a PNG itself (``_repr_png_``); where the inline backend's hook exists, IPython
uses that one instead, which draws the same picture. In a script, ``chart.savefig(path)``.

Imported only when a chart is drawn (it needs matplotlib, the ``[plot]`` extra).
"""

from __future__ import annotations

import io

from matplotlib.figure import Figure


class Chart(Figure):
    """A matplotlib figure that Jupyter shows inline, whatever the backend."""

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", bbox_inches="tight")
        return buffer.getvalue()
