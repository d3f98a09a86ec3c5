"""Hypothesis strategies for valid records, built from the real source text."""

from __future__ import annotations

import datetime
from decimal import Decimal

from hypothesis import strategies as st

from miit2014 import SOURCE_TEXT
from miit2014.model import (
    Commitment,
    Figure,
    Instrument,
    Period,
    Qualifier,
    Region,
    Sector,
    Span,
    Status,
    Task,
    TaskKind,
    Unit,
)

LENGTH = len(SOURCE_TEXT)


@st.composite
def spans(draw: st.DrawFn, max_length: int = 120) -> Span:
    """A span whose text is a valid quote (non-empty, no white space at either end)."""
    start = draw(st.integers(0, LENGTH - 1).filter(lambda i: not SOURCE_TEXT[i].isspace()))
    stop = min(LENGTH, start + max_length)
    end = draw(st.integers(start + 1, stop).filter(lambda e: not SOURCE_TEXT[e - 1].isspace()))
    return Span(start, end)


texts = (
    st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), min_size=1, max_size=40)
    .map(str.strip)
    .filter(bool)
)

ids = st.from_regex(
    r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}(\.[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}){0,2}", fullmatch=True
)

decimals = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), allow_nan=False, places=6
)
fractions = st.fractions(max_denominator=10**6).filter(lambda f: abs(f) < 10**12)
values = st.one_of(decimals, fractions)

dates = st.dates(datetime.date(1949, 10, 1), datetime.date(2100, 12, 31))


@st.composite
def periods(draw: st.DrawFn) -> Period:
    kind = draw(st.sampled_from(["year", "as_of", "by", "interval"]))
    if kind == "year":
        return Period.year(draw(st.integers(1949, 2100)))
    if kind == "interval":
        a, b = sorted([draw(dates), draw(dates)])
        return Period.interval(a, b)
    date = draw(dates)
    return Period.as_of(date) if kind == "as_of" else Period.by(date)


@st.composite
def figures(draw: st.DrawFn) -> Figure:
    span = draw(spans())
    quote = span.text
    a = draw(st.integers(0, len(quote) - 1))
    b = draw(st.integers(a + 1, len(quote)))
    numeral = quote[a:b].strip() or quote
    unit = draw(st.sampled_from(Unit))
    status = draw(st.sampled_from(Status))
    return Figure(
        id=draw(ids),
        span=span,
        quote=quote,
        label_en=draw(texts),
        label_zh=draw(texts),
        label_short_en=draw(texts),
        label_short_zh=draw(texts.map(lambda s: s[:12].strip()).filter(bool)),
        value=draw(values),
        unit=unit,
        qualifier=draw(st.sampled_from(Qualifier)),
        status=status,
        commitment=draw(st.sampled_from(Commitment)) if status is Status.TARGET else None,
        period=draw(periods()),
        numeral=numeral,
        counted=draw(texts) if unit is Unit.COUNT else None,
        note_en=draw(st.none() | texts),
    )


def _facet(enum: type) -> st.SearchStrategy[tuple[object, ...]]:
    return st.lists(st.sampled_from(list(enum)), unique=True, max_size=3).map(tuple)


@st.composite
def tasks(draw: st.DrawFn) -> Task:
    span = draw(spans())
    return Task(
        id=draw(ids),
        span=span,
        quote=span.text,
        parent=draw(st.none() | ids),
        kind=draw(st.sampled_from(TaskKind)),
        title_en=draw(texts),
        text_en=draw(texts),
        sectors=draw(_facet(Sector)),  # type: ignore[arg-type]
        regions=draw(_facet(Region)),  # type: ignore[arg-type]
        instruments=draw(_facet(Instrument)),  # type: ignore[arg-type]
    )
