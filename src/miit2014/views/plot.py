"""Charts of the report's figures (optional extra ``[plot]``: matplotlib, loaded on use).

>>> from miit2014 import plot                      # doctest: +SKIP
>>> chart = plot.growth_2013(lang="en")           # doctest: +SKIP
>>> chart.savefig("growth.png")                   # in a script  # doctest: +SKIP

Each function returns a :class:`~miit2014.views.chart.Chart`, a matplotlib ``Figure``
drawn without pyplot: Jupyter shows it inline as the cell's result, a script saves it
with ``chart.savefig(path)``, and the user's matplotlib backend is never changed, so
``plt.plot(...)`` after a chart works as before.

Chinese labels need a CJK font. :func:`cjk_font` looks for one among the installed fonts,
and looks again on disk when matplotlib's font list (cached when matplotlib first ran)
has none, so a font installed after that is found without clearing any cache. When there
is none at all, a ``lang="zh"`` chart falls back to English labels and warns, saying how
to install one, rather than drawing empty boxes.
"""

from __future__ import annotations

import warnings
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ..edition import or_default
from ..model.figure import Figure, Qualifier, Status, Unit
from ..model.report import Report

if TYPE_CHECKING:
    from .chart import Chart

#: Fonts known to cover simplified Chinese, in order of preference.
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
)

#: What the warning tells a user who has no CJK font.
INSTALL_HINT = (
    "Install one and draw again (no restart or cache clearing needed): on Debian or"
    " Ubuntu, `sudo apt-get install fonts-noto-cjk`; elsewhere, any font named above"
    " from your system's packages (Windows ships Microsoft YaHei, macOS PingFang SC)."
)

_MARKS = {
    Qualifier.ABOUT: "≈",
    Qualifier.MORE_THAN: ">",
    Qualifier.AT_LEAST: "≥",
    Qualifier.NEARLY: "<",
    Qualifier.EXACT: "",
}


def _require_matplotlib() -> None:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise ImportError(
            "miit2014.views.plot needs matplotlib: pip install 'miit2014[plot]'"
        ) from None


def _new_chart(width: float, height: float) -> Chart:
    """An empty chart of that size in inches; matplotlib is imported here, and only here."""
    _require_matplotlib()
    from .chart import Chart

    return Chart(figsize=(width, height), layout="constrained")


def _font_manager() -> Any:
    _require_matplotlib()
    from matplotlib import font_manager

    return font_manager


def cjk_font() -> str | None:
    """The name of an installed font that can draw Chinese, or None.

    matplotlib lists the fonts it knows once and caches the list, so a font installed
    later is not in it. When the list has none of :data:`CJK_FONTS`, the system's font
    files are looked at again and those missing from the list are added to it (for this
    process; the cache on disk is left alone).
    """
    font_manager = _font_manager()
    found = _known_cjk_font(font_manager.fontManager)
    if found is None and _add_new_system_fonts(font_manager):
        found = _known_cjk_font(font_manager.fontManager)
    return found


def _known_cjk_font(manager: Any) -> str | None:
    installed = {f.name for f in manager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


def _add_new_system_fonts(font_manager: Any) -> int:
    """Add the system's font files that matplotlib's list lacks; return how many."""
    manager = font_manager.fontManager
    known = {f.fname for f in manager.ttflist}
    added = 0
    for path in font_manager.findSystemFonts():
        if path in known:
            continue
        try:
            manager.addfont(path)
        except (OSError, RuntimeError, ValueError):  # unreadable: matplotlib skips it too
            continue
        added += 1
    return added


def _language(lang: str) -> tuple[str, str | None]:
    if lang not in ("en", "zh"):
        raise ValueError(f"lang must be 'en' or 'zh', not {lang!r}")
    if lang == "en":
        return "en", None
    font = cjk_font()
    if font is None:
        warnings.warn(
            "no CJK font is installed (looked for: " + ", ".join(CJK_FONTS) + "); "
            "drawing English labels instead. " + INSTALL_HINT,
            stacklevel=3,
        )
        return "en", None
    return "zh", font


def _label(figure: Figure, lang: str) -> str:
    return figure.label_zh if lang == "zh" else figure.label_en


def growth_2013(*, lang: str = "en", report: Report | None = None) -> Chart:
    """Bar chart of the 2013 growth rates and reductions ``report`` gives, in percent."""
    report = or_default(report)
    lang, font = _language(lang)
    chosen = [
        f
        for f in report.figures
        if f.unit is Unit.PERCENT
        and f.status in (Status.ESTIMATED, Status.ACHIEVED)
        and f.period.end.year == 2013
    ]
    chart = _new_chart(9, 0.5 * len(chosen) + 1.5)
    ax = chart.add_subplot()
    labels = [_wrap(_label(f, lang), 46 if lang == "en" else 20) for f in chosen]
    values = [float(f.value) for f in chosen]
    colours = ["#4C72B0" if f.status is Status.ESTIMATED else "#55A868" for f in chosen]
    bars = ax.barh(labels, values, color=colours)
    _label_bars(ax, bars, [f"{_MARKS[f.qualifier]}{f.numeral}" for f in chosen])
    ax.invert_yaxis()
    ax.set_xlabel("%" if lang == "zh" else "percent")
    ax.set_xlim(0, max(values) * 1.18)
    title = (
        "2013年主要指标（蓝：预计全年；绿：已实现）"
        if lang == "zh"
        else "2013, percent (blue: full-year estimate; green: reported result)"
    )
    ax.set_title(title, fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    _use_font(ax, font)
    return chart


def targets_vs_outcomes(*, lang: str = "en", report: Report | None = None) -> Chart:
    """Each shipped outcome as a share of its 2014 target in ``report`` (1.0 = exactly on
    target)."""
    from ..analysis.evaluation import evaluate
    from ..outcomes import OUTCOMES

    report = or_default(report)
    lang, font = _language(lang)
    rows = []
    for outcome in OUTCOMES:
        target = report.get(outcome.target_id)
        assert isinstance(target, Figure)
        result = evaluate(target, outcome)
        actual = Fraction(result.margin) + Fraction(target.value)
        rows.append((target, float(actual / Fraction(target.value)), result.met, outcome))
    chart = _new_chart(9, 0.7 * len(rows) + 1.6)
    ax = chart.add_subplot()
    labels = [_wrap(_label(t, lang), 40 if lang == "en" else 18) for t, *_ in rows]
    bars = ax.barh(
        labels,
        [r for _, r, _, _ in rows],
        color=["#55A868" if met else "#C44E52" for _, _, met, _ in rows],
    )
    ax.axvline(1.0, color="black", linewidth=1, linestyle="--")
    notes = [f"{ratio:.2f}×{'*' if o.scope_mismatch else ''}" for _, ratio, _, o in rows]
    _label_bars(ax, bars, notes)
    ax.invert_yaxis()
    ax.set_xlim(0, max(r for _, r, _, _ in rows) * 1.2)
    ax.set_xlabel("结果 / 目标" if lang == "zh" else "outcome / target (dashed line: target)")
    ax.set_title(
        "2014年目标与后来报告的结果（*口径不同）"
        if lang == "zh"
        else "2014 targets against outcomes reported later (* scope differs)",
        fontsize=11,
    )
    ax.spines[["top", "right"]].set_visible(False)
    _use_font(ax, font)
    return chart


def _label_bars(ax: Any, bars: Any, texts: list[str]) -> None:
    """Write each text just past the end of its horizontal bar."""
    for bar, text in zip(bars, texts, strict=True):
        ax.annotate(
            text,
            (bar.get_width(), bar.get_y() + bar.get_height() / 2),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=9,
        )


def _use_font(ax: Any, font: str | None) -> None:
    if font:
        for text in [ax.title, *ax.get_yticklabels(), ax.xaxis.label]:
            text.set_fontfamily(font)


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text


def save_charts(directory: str, *, lang: str = "en", report: Report | None = None) -> list[str]:
    """Render both charts as PNG files into ``directory`` (used by the docs build)."""
    import os

    os.makedirs(directory, exist_ok=True)
    paths = []
    for name, make in (("growth-2013", growth_2013), ("targets-vs-outcomes", targets_vs_outcomes)):
        path = os.path.join(directory, f"{name}-{lang}.png")
        make(lang=lang, report=report).savefig(path, dpi=110)
        paths.append(path)
    return paths


if __name__ == "__main__":
    import sys

    print("\n".join(save_charts(sys.argv[1] if len(sys.argv) > 1 else ".")))
