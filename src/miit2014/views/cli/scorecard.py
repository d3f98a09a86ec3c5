"""What happened next: the scorecard as a table, and its account of one figure."""

from __future__ import annotations

from collections.abc import Sequence

from ...model.edition import Edition
from ...model.report import Report
from ...model.wording import GRADE_LETTER
from ..text import display_width
from .screen import Screen


def scorecard_text(screen: Screen, report: Report | Edition | None = None) -> str:
    """One line per forward-looking figure: figure, promised or estimated, outcome,
    verdict, margin (or revision), and the best grade among the sources it rests on."""
    from ...analysis.scorecard import scorecard

    rows = scorecard(report)
    cells = [
        (
            row.promised_text,
            row.outcome_text,
            row.verdict.value,
            row.margin_text,
            GRADE_LETTER[row.best_reliability] if row.best_reliability else "–",
        )
        for row in rows
    ]
    heads = ("promised", "outcome", "verdict", "margin", "src")
    widths = [max(display_width(c[i]) for c in (heads, *cells)) for i in range(len(heads))]
    label_width = max(16, screen.width - sum(widths) - len(widths))

    def line(label: str, values: Sequence[str]) -> str:
        text = _fit(label, label_width)
        for value, width in zip(values, widths, strict=True):
            text += " " + value + " " * (width - display_width(value))
        return text.rstrip()

    lines = screen.fill(
        screen.bold(
            "What happened next: the report's forward-looking figures against later sources"
        )
    )
    for is_target, heading in ((False, "2013 estimates"), (True, "2014 targets")):
        names = ("estimated", "final", "verdict", "revision", "src") if not is_target else heads
        lines += ["", screen.bold(line(heading, names))]
        for row, values in zip(rows, cells, strict=True):
            if row.is_target == is_target:
                lines.append(line(_short_label(row.figure_id), values))
    lines += [
        "",
        *screen.fill(
            screen.dim(
                "Margin: outcome minus figure (pp: percentage points). Best source: P the issuing"
                " body, O official media, S secondary. miit2014 show FIGURE-ID gives a row in"
                " full, with every source quoted."
            )
        ),
    ]
    return "\n".join(lines)


def what_happened(report: Report | Edition, record_id: str, screen: Screen) -> str | None:
    """The scorecard's account of a forward-looking figure, outcome or unsourced record,
    or None if the id is none of those."""
    from ...analysis.scorecard import scorecard

    for row in scorecard(report):
        if record_id == row.figure_id or (row.unsourced and record_id == row.unsourced.id):
            explanation = row.explanation()
        elif any(o.id == record_id for o in row.outcomes):
            explanation = row.judgement_of(record_id).explanation()
        else:
            continue
        return "\n\n".join(
            "\n".join(out for line in block for out in screen.fill(str(line), hang="    "))
            for block in explanation.blocks
        )
    return None


def _short_label(figure_id: str) -> str:
    """``figure.lte-users-target-2014`` -> ``lte users``: the id's words, for a table."""
    words = figure_id.removeprefix("figure.").split("-")
    return " ".join(w for w in words if w != "target" and not w.isdigit())


def _fit(text: str, width: int) -> str:
    """``text`` cut with an ellipsis or padded, to exactly ``width`` columns."""
    from ...model.brief import shorten

    text = shorten(text, width)
    return text + " " * (width - len(text))
