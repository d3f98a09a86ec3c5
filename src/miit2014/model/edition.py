"""An edition: a report with the later outcomes that answer its figures.

Outcomes are not part of the report (the report is what the text says; outcomes are what
happened next), but every operation that judges or exports them needs both, and needs
them to agree: an outcome whose figure is not in the report cannot be shipped with it.
So the pair travels as one value, and a report loaded from elsewhere brings its own
outcomes or none, never the shipped ones.
"""

from __future__ import annotations

import attrs

from ..errors import DataError
from .outcome import Outcome, Unsourced
from .report import Report


@attrs.frozen(kw_only=True)
class Edition:
    """A :class:`Report` with the outcomes and the searched-but-unsourced figures that
    answer it. Every ``figure_id`` must name a figure of ``report``."""

    report: Report
    outcomes: tuple[Outcome, ...] = ()
    unsourced: tuple[Unsourced, ...] = ()

    def __attrs_post_init__(self) -> None:
        figures = {figure.id for figure in self.report.figures}
        for name in ("outcomes", "unsourced"):
            for i, item in enumerate(getattr(self, name)):
                if item.figure_id not in figures:
                    raise DataError(
                        f"{item.id} answers {item.figure_id}, which is not a figure of"
                        " this report",
                        path=f"$.{name}[{i}].figure_id",
                    )

    def outcomes_of(self, figure_id: str) -> tuple[Outcome, ...]:
        """The outcomes of one figure, in edition order."""
        return tuple(o for o in self.outcomes if o.figure_id == figure_id)

    def unsourced_of(self, figure_id: str) -> Unsourced | None:
        return next((u for u in self.unsourced if u.figure_id == figure_id), None)
