"""Provenance: where in the source text a record stands, and the quote that proves it."""

from __future__ import annotations

from typing import Any, TypedDict

import attrs

from ..errors import DataError
from ..source import SOURCE_TEXT
from . import checks
from .brief import shorten


@attrs.frozen(order=True)
class Span:
    """Code-point offsets into :data:`~miit2014.SOURCE_TEXT`, end-exclusive, never empty."""

    start: int = attrs.field(
        validator=checks.of_type(int),
        metadata=checks.doc("Offset of the first character, in code points."),
    )
    end: int = attrs.field(
        validator=checks.of_type(int),
        metadata=checks.doc("Offset just past the last character (end-exclusive)."),
    )

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start < self.end <= len(SOURCE_TEXT):
            raise DataError(
                f"span [{self.start}, {self.end}) is not a non-empty range inside the "
                f"source text of {len(SOURCE_TEXT)} characters",
                path="$.start",
            )

    @property
    def text(self) -> str:
        return SOURCE_TEXT[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def __contains__(self, other: object) -> bool:
        """``a in b``: span ``a`` lies inside span ``b`` (an int: that offset does)."""
        if isinstance(other, Span):
            return self.start <= other.start and other.end <= self.end
        if isinstance(other, int):
            return self.start <= other < self.end
        return False

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def first_naming_none(spans: tuple[Span, ...], names: tuple[str, ...]) -> int | None:
    """The index of the first span whose text holds none of ``names``, or None if each
    holds one.

    Linear in the spans and the names, whatever their number: every occurrence of each
    name in the source is found once (a name that occurs must be a substring of the
    bounded source text), and a span holds a name exactly when some occurrence starting
    at or after the span's start ends by the span's end.
    """
    import bisect

    nearest_end: dict[int, int] = {}  # start of an occurrence -> its nearest end
    for name in set(names):
        at = SOURCE_TEXT.find(name) if name else -1
        while at != -1:
            end = at + len(name)
            if nearest_end.get(at, end + 1) > end:
                nearest_end[at] = end
            at = SOURCE_TEXT.find(name, at + 1)
    starts = sorted(nearest_end)
    # earliest[k]: the nearest end of any occurrence starting at or after starts[k]
    earliest = [0] * len(starts)
    best = len(SOURCE_TEXT) + 1
    for k in range(len(starts) - 1, -1, -1):
        best = min(best, nearest_end[starts[k]])
        earliest[k] = best
    for i, span in enumerate(spans):
        k = bisect.bisect_left(starts, span.start)
        if k == len(starts) or earliest[k] > span.end:
            return i
    return None


def spans_of(value: tuple[Span, ...]) -> None:
    for i, span in enumerate(value):
        if not isinstance(span, Span):
            raise DataError(f"expected Span, got {type(span).__name__}", path=f"$.mentions[{i}]")


def _quote_matches(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    checks.text(instance, attribute, value)
    span = instance.span
    if value != span.text:
        raise checks.fail(
            attribute,
            f"{checks.describe(value)} is not the source text at [{span.start}, {span.end}),"
            f" which reads {checks.describe(span.text)}",
        )


@attrs.frozen(kw_only=True, repr=False)
class Record:
    """What every record has: a stable id and the verbatim Chinese quote it rests on.

    The quote is checked against the bundled source on construction, so a record that
    exists at all is a record whose provenance holds. Data modules never count offsets:
    they pass ``**quoted(id, quote)``, which finds the span; JSON carries the span, which
    is checked the same way.
    """

    id: str = attrs.field(
        validator=checks.record_id,
        metadata=checks.doc("Stable identifier: lowercase words joined by '-', parts by '.'."),
    )
    span: Span = attrs.field(
        validator=checks.of_type(Span),
        metadata=checks.doc("Where the record stands in the source text."),
    )
    quote: str = attrs.field(
        validator=_quote_matches,
        metadata=checks.doc("The source text at span, verbatim (Chinese)."),
    )

    def __repr__(self) -> str:
        """``<Figure figure.x-2013: about 9.8% ...>``: short enough for a console list.

        Subclasses are declared with ``repr=False`` so this one serves them all; the full
        field list is one ``attrs.asdict(record)`` away.
        """
        return f"<{type(self).__name__} {self.id}: {self.summary()}>"

    def summary(self) -> str:
        """A few words that identify the record to a reader."""
        return shorten(self.quote, 32)

    def _repr_html_(self) -> str:
        """Jupyter shows a record as a table of its fields."""
        from .html import record_html

        return record_html(self)


class Quoted(TypedDict):
    """The provenance of a record as a data module writes it: its id, quote and span."""

    id: str
    span: Span
    quote: str


def locate(
    record_id: str,
    quote: str,
    *,
    occurrence: int | None = None,
    within: Span | Record | None = None,
) -> Span:
    """Where ``quote`` stands in the source: its one occurrence (inside ``within`` if
    given), or its ``occurrence``-th one (counted from 1) where it repeats.

    The text decides the offsets, so nobody counts them; a quote that is not in the
    source, or repeats with nothing to say which occurrence is meant, is an error that
    names the record.
    """
    window = within.span if isinstance(within, Record) else within
    lo, hi = (0, len(SOURCE_TEXT)) if window is None else (window.start, window.end)
    found: list[int] = []
    at = SOURCE_TEXT.find(quote, lo, hi) if quote else -1
    while at != -1:
        found.append(at)
        at = SOURCE_TEXT.find(quote, at + 1, hi)
    where = "the source" if window is None else f"[{lo}, {hi})"
    if occurrence is not None:
        if not 1 <= occurrence <= len(found):
            raise DataError(
                f"{record_id}: {checks.describe(quote)} occurs {len(found)} times in {where},"
                f" so it has no occurrence {occurrence}",
                path="$.quote",
            )
        start = found[occurrence - 1]
    elif len(found) == 1:
        start = found[0]
    else:
        how = "is not in" if not found else f"occurs {len(found)} times in"
        hint = "" if not found else "; say which with occurrence= or within="
        raise DataError(
            f"{record_id}: {checks.describe(quote)} {how} {where}{hint}", path="$.quote"
        )
    return Span(start, start + len(quote))


def quoted(
    record_id: str,
    quote: str,
    *,
    occurrence: int | None = None,
    within: Span | Record | None = None,
) -> Quoted:
    """``Figure(**quoted("figure.x", "…"), ...)``: a record's id and quote, with the span
    the quote has in the source (see :func:`locate`)."""
    span = locate(record_id, quote, occurrence=occurrence, within=within)
    return Quoted(id=record_id, span=span, quote=quote)
