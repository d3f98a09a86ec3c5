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
from collections.abc import Mapping
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ..edition import or_default
from ..model.edition import Edition
from ..model.figure import Figure, Status, Unit
from ..model.frozen import FrozenMap
from ..model.report import Report
from ..model.wording import QUALIFIER_MARK, short_label

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
    """The figure's short label (at most 40 characters, 12 in Chinese): an axis reads."""
    return _plain(short_label(figure, lang))


def _plain(text: str) -> str:
    """``text`` as matplotlib draws it literally: a ``$`` would otherwise open mathtext
    (``US$5 bn and US$3 bn`` in italics, or an error for every chart on a lone pair)."""
    return text.replace("$", r"\$")


def _nothing_to_draw(what: tuple[str, str], lang: str) -> Chart:
    """A chart that says why it is empty, rather than an error in the middle of a
    notebook: a valid report may hold no figure of the kind a chart draws."""
    chart = _new_chart(6, 1.2)
    ax = chart.add_subplot()
    ax.set_axis_off()
    words = f"没有可绘制的内容：{what[1]}" if lang == "zh" else f"Nothing to draw: {what[0]}."
    ax.text(0.5, 0.5, _plain(words), ha="center", va="center", fontsize=11)
    return chart


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
    if not chosen:
        return _nothing_to_draw(
            ("this report has no 2013 percentage", "本报告没有2013年百分比指标"), lang
        )
    chart = _new_chart(9, 0.5 * len(chosen) + 1.5)
    ax = chart.add_subplot()
    labels = [_wrap(_label(f, lang), 46 if lang == "en" else 20) for f in chosen]
    values = [float(f.value) for f in chosen]
    colours = ["#4C72B0" if f.status is Status.ESTIMATED else "#55A868" for f in chosen]
    bars = ax.barh(labels, values, color=colours)
    _label_bars(ax, bars, [f"{QUALIFIER_MARK[f.qualifier]}{f.numeral}" for f in chosen])
    ax.invert_yaxis()
    ax.set_xlabel("%" if lang == "zh" else "percent")
    low, high = min(0.0, *values), max(0.0, *values)
    margin = 0.18 * (high - low) or 1.0
    ax.set_xlim(low - margin if low < 0 else 0, high + margin)
    title = (
        "2013年主要指标（蓝：预计全年；绿：已实现）"
        if lang == "zh"
        else "2013, percent (blue: full-year estimate; green: reported result)"
    )
    ax.set_title(title, fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    _use_font(ax, font)
    return chart


def targets_vs_outcomes(*, lang: str = "en", report: Report | Edition | None = None) -> Chart:
    """Each outcome that settles a 2014 target of ``report`` (or alone meets it, for one
    operator's count), as a share of the target: 1.0 is exactly on target."""
    from ..analysis.scorecard import scorecard

    lang, font = _language(lang)
    rows = [
        (row, j, float(j.ratio))
        for row in scorecard(report)
        if row.is_target
        for j in row.lead
        if j.ratio is not None
    ]
    if not rows:
        return _nothing_to_draw(
            ("no outcome of this edition settles a 2014 target", "没有结果可判定2014年目标"), lang
        )
    chart = _new_chart(9, 0.7 * len(rows) + 1.6)
    ax = chart.add_subplot()
    labels = [_wrap(_label(row.figure, lang), 40 if lang == "en" else 18) for row, *_ in rows]
    bars = ax.barh(
        labels,
        [ratio for *_, ratio in rows],
        color=[_VERDICT_COLOURS.get(row.verdict.value, "#8C8C8C") for row, *_ in rows],
    )
    ax.axvline(1.0, color="black", linewidth=1, linestyle="--")
    notes = [
        (f"{ratio:.2f}×" if bound_of(j) == "exact" else ratio_label(j.ratio, bound_of(j), lang))
        + ("*" if j.outcome.scope_mismatch else "")
        for _, j, ratio in rows
    ]
    for bar, (_, j, _ratio) in zip(bars, rows, strict=True):
        if bound_of(j) != "exact":  # a bound, not a value: hatched, and labelled so
            bar.set_hatch("//")
            bar.set_edgecolor("white")
    _label_bars(ax, bars, notes)
    ax.invert_yaxis()
    ax.set_xlim(min(0.0, *(r for *_, r in rows)) * 1.2, max(1.0, *(r for *_, r in rows)) * 1.2)
    ax.set_xlabel("结果 / 目标" if lang == "zh" else "outcome / target (dashed line: target)")
    ax.set_title(
        "2014年目标与后来报告的结果（斜线：下限；*口径不同）"
        if lang == "zh"
        else "2014 targets against outcomes reported later (hatched: a lower bound;"
        " * scope differs)",
        fontsize=11,
    )
    ax.spines[["top", "right"]].set_visible(False)
    _use_font(ax, font)
    return chart


#: Colours of the verdicts in the scorecard charts (others grey).
_VERDICT_COLOURS = {
    "met": "#55A868",
    "met_at_least": "#8FC79A",
    "within_range": "#55A868",
    "not_met": "#C44E52",
    "revised_up": "#4C72B0",
    "revised_down": "#DD8452",
    "conflicting": "#8172B3",
}


def scorecard_chart(*, lang: str = "en", report: Report | Edition | None = None) -> Chart:
    """What happened next, in one picture: above, each 2014 target's outcomes as a share
    of the target (1 = on target); below, each 2013 estimate's range (the band its
    qualifier allows) and final figures, as shares of the estimate (1 = as estimated).

    Like every chart here, drawn without pyplot: the backend is left alone, a notebook
    shows it inline and a script saves it with ``savefig``.
    """
    from ..analysis.scorecard import Bearing, scorecard

    lang, font = _language(lang)
    rows = scorecard(report)
    if not rows:
        return _nothing_to_draw(
            (
                "this report has no 2013 estimate or 2014 target",
                "本报告没有2013年预计数或2014年目标",
            ),
            lang,
        )
    targets = [r for r in rows if r.is_target]
    estimates = [r for r in rows if not r.is_target]
    chart = _new_chart(11, 0.6 * len(rows) + 2.6)
    top, bottom = chart.subplots(2, 1, height_ratios=[len(targets) + 1, len(estimates) + 1])
    zh = lang == "zh"

    def label(row: Any) -> str:
        return _wrap(_label(row.figure, lang), 44 if not zh else 20)

    def draw(ax: Any, chosen: list[Any], band: bool) -> None:
        from matplotlib.transforms import blended_transform_factory

        beside = blended_transform_factory(ax.transAxes, ax.transData)
        ys = range(len(chosen))
        ax.set_yticks(list(ys), [label(r) for r in chosen], fontsize=8)
        ax.axvline(1.0, color="black", linewidth=1, linestyle="--", zorder=1)
        ends: list[float] = [0.9, 1.1]
        for y, row in zip(ys, chosen, strict=True):
            colour = _VERDICT_COLOURS.get(row.verdict.value, "#8C8C8C")
            allowed = _estimate_band(row) if band else None
            if allowed is not None:
                ends += [x for x in allowed if x < 10]
                ax.plot(allowed, [y, y], color="#BBBBBB", linewidth=8, solid_capstyle="butt")
            for j in row.judgements:
                if j.ratio is None:
                    continue
                settles = j.bearing in (Bearing.DECIDES, Bearing.LOWER_BOUND, Bearing.UPPER_BOUND)
                x, bound = float(j.ratio), bound_of(j)
                ends.append(x * 1.12 if bound == "lower" else x)
                ax.plot(
                    x,
                    y,
                    marker=BOUND_MARKERS[bound],
                    markersize=8 if settles else 6,
                    markerfacecolor=colour if settles else "white",
                    markeredgecolor=colour,
                    linestyle="",
                    zorder=3,
                )
                if bound != "exact":  # the arrow runs the way the truth may lie
                    ax.annotate(
                        "",
                        xy=(x * (1.1 if bound == "lower" else 0.9), y),
                        xytext=(x, y),
                        arrowprops={"arrowstyle": "->", "color": colour, "linewidth": 1.2},
                        zorder=2,
                    )
                    ax.text(
                        x,
                        y - 0.28,
                        _plain(ratio_label(j.ratio, bound, lang)),
                        fontsize=7,
                        ha="center",
                        color=colour,
                    )
            ax.text(
                1.02,
                y,
                _plain(row_summary(row, lang)),
                transform=beside,
                fontsize=8,
                va="center",
                color=colour,
            )
        ax.set_xlim(min(ends) * 0.97, max(ends) * 1.03)
        ax.set_ylim(len(chosen) - 0.5, -0.5)
        ax.spines[["top", "right"]].set_visible(False)

    draw(top, targets, band=False)
    draw(bottom, estimates, band=True)
    top.set_title(
        "2014年目标：结果 / 目标（实心：可定论；空心：阶段性、无日期或口径不同）"
        if zh
        else "2014 targets: outcome / target (filled: settles the verdict; hollow: interim,"
        " undated or of another scope)",
        fontsize=10,
        loc="left",
    )
    bottom.set_title(
        "2013年预计数：最终数 / 预计数（灰带：限定词允许的范围）"
        if zh
        else "2013 estimates: final / estimate (grey band: the range the estimate's"
        " qualifier allows)",
        fontsize=10,
        loc="left",
    )
    top.set_xlabel("× 目标" if zh else "× the target", fontsize=8)
    bottom.set_xlabel("× 预计数" if zh else "× the estimate", fontsize=8)
    for ax in (top, bottom):
        _use_font(ax, font)
    return chart


#: The marker of an outcome, by what its value is: exact, a lower or an upper bound.
BOUND_MARKERS: Mapping[str, str] = FrozenMap({"exact": "o", "lower": ">", "upper": "<"})


def bound_of(judgement: Any) -> str:
    """``lower`` for an outcome that is a lower bound of what the figure counts ("more
    than 90 million", or one operator's count of a national total), ``upper`` for one
    that is an upper bound ("nearly 200", or a count of a whole that holds what the
    figure counts), else ``exact``."""
    from ..model.figure import Qualifier
    from ..model.verdict import Bearing

    qualifier = judgement.outcome.qualifier
    if judgement.bearing is Bearing.LOWER_BOUND:
        return "lower"
    if judgement.bearing in (Bearing.UPPER_BOUND, Bearing.WHOLE_MEETS):
        return "upper"
    if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return "lower"
    return "upper" if qualifier is Qualifier.NEARLY else "exact"


def ratio_label(ratio: Any, bound: str, lang: str) -> str:
    """``more than 3×``, ``超过3×``: a share of the figure that is a bound, said so."""
    from ..model.wording import rounded

    number = rounded(Fraction(ratio), Unit.COUNT)
    if bound == "lower":
        return f"超过{number}×" if lang == "zh" else f"more than {number}×"
    return f"近{number}×" if lang == "zh" else f"nearly {number}×"


def row_summary(row: Any, lang: str) -> str:
    """The text beside a row: promised → outcome (values that disagree one a line, with
    who published them), then the verdict, all in words."""
    from ..model.wording import cell_value, publisher_short, value_list, verdict_words

    f = row.figure
    pairs = [
        (
            cell_value(j.outcome.value, j.outcome.unit, j.outcome.qualifier, lang),
            publisher_short(j.outcome.sources[0]) if j.outcome.sources else "",
        )
        for j in (row.lead or row.judgements)
    ]
    values = value_list(pairs, lang) or ("–",)
    promised = cell_value(f.value, f.unit, f.qualifier, lang)
    if len(values) == 1:
        lines = [f"{promised} → {values[0]}"]
    else:  # sources disagree: each value on a line of its own
        lines = [f"{promised} →", *(f"    {v}" for v in values)]
    return "\n".join([*lines, verdict_words(row.verdict, lang)])


def _estimate_band(row: Any) -> list[float] | None:
    """The ends of the range an estimate allows, as shares of the estimate; an open end
    runs to the edge of the chart. None for an estimate of 0, of which nothing is a share."""
    from ..analysis.quantity import Quantity

    bounds = Quantity.of(row.figure).bounds()
    n = Fraction(row.figure.value)
    if n == 0:
        return None
    low = 0.0 if bounds.low is None else float(bounds.low / n)
    high = 10.0 if bounds.high is None else float(bounds.high / n)
    if low == high:  # an exact estimate: a sliver, so the band shows
        low, high = low - 0.004, high + 0.004
    return [low, high]


def _label_bars(ax: Any, bars: Any, texts: list[str]) -> None:
    """Write each text just past the end of its horizontal bar."""
    for bar, text in zip(bars, texts, strict=True):
        ax.annotate(
            _plain(text),
            (bar.get_width(), bar.get_y() + bar.get_height() / 2),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=9,
        )


def _use_font(ax: Any, font: str | None) -> None:
    """Draw every text of ``ax`` in ``font``: titles (left-aligned ones too), tick labels,
    axis labels and the notes written beside the data."""
    if font:
        from matplotlib.text import Text

        for text in ax.findobj(Text):
            text.set_fontfamily(font)


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text


def save_charts(directory: str, *, lang: str = "en", report: Report | None = None) -> list[str]:
    """Render every chart as a PNG file into ``directory`` (used by the docs build)."""
    import os

    os.makedirs(directory, exist_ok=True)
    paths = []
    for name, make in (
        ("growth-2013", growth_2013),
        ("targets-vs-outcomes", targets_vs_outcomes),
        ("scorecard", scorecard_chart),
    ):
        path = os.path.join(directory, f"{name}-{lang}.png")
        make(lang=lang, report=report).savefig(path, dpi=110)
        paths.append(path)
    return paths


if __name__ == "__main__":
    import sys

    print("\n".join(save_charts(sys.argv[1] if len(sys.argv) > 1 else ".")))
