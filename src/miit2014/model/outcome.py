"""What was observed after the report: kept apart from the report's own records.

An :class:`Outcome` is what a later source says about one of the report's forward-looking
figures: the final value of a 2013 estimate, or how far a 2014 target got. An
:class:`Unsourced` record stands for a figure no source answered: what was searched, and
what was seen instead. Neither is part of the report, and neither changes it.
"""

from __future__ import annotations

import datetime
from enum import StrEnum
from fractions import Fraction
from typing import Any

import attrs

from ..errors import DataError
from . import checks, exact
from .citation import Citation
from .figure import Qualifier, Unit


class Coverage(StrEnum):
    """How what an outcome counts stands to what its figure counts."""

    FULL = "full"  # the same thing: it can settle the figure
    PART = "part"  # a part of it (one operator of three): a lower bound of the whole
    CONTAINS = "contains"  # a whole that holds it (enterprises assessed, of which those
    # found to meet a standard are some): an upper bound of what the figure counts
    OTHER = "other"  # something else (a proposal, another measure): it cannot settle it


class Operation(StrEnum):
    """How a derived value is worked out from two numbers its sources print."""

    SUM = "sum"  # left + right
    DIFFERENCE = "difference"  # left - right
    RATIO = "ratio"  # left / right
    BASE_BEFORE_GROWTH = "base_before_growth"  # left / (1 + right/100): a year earlier


@attrs.frozen(kw_only=True)
class Derivation:
    """A value no source states outright, worked out exactly from two numbers that a
    source does print (2013 growth from 2014's 3.6% and "5.1 points lower than the year
    before": 3.6 + 5.1)."""

    operation: Operation = checks.described(
        checks.member(Operation), "The arithmetic: sum, difference, ratio, or base before growth."
    )
    left: exact.Value = checks.described(
        checks.exact_value, "The first number, as printed in a source, in base units."
    )
    right: exact.Value = checks.described(
        checks.exact_value, "The second number, as printed in a source, in base units."
    )
    explanation_en: str = checks.described(
        checks.text, "What the two numbers are and why the arithmetic gives the value."
    )

    def __attrs_post_init__(self) -> None:
        if self.operation in (Operation.RATIO, Operation.BASE_BEFORE_GROWTH):
            divisor = self.right if self.operation is Operation.RATIO else 100 + self.right
            if divisor == 0:
                raise DataError("the derivation divides by zero", path="$.right")

    def result(self) -> Fraction:
        """The derived value, exactly."""
        left, right = Fraction(self.left), Fraction(self.right)
        if self.operation is Operation.SUM:
            return left + right
        if self.operation is Operation.DIFFERENCE:
            return left - right
        if self.operation is Operation.RATIO:
            return left / right
        return left / (1 + right / 100)


def _sources(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Citations each read at an address, with the passage that states the value."""
    checks.tuple_of(checks.of_type(Citation))(inst, attribute, value)
    citations: tuple[Citation, ...] = value  # type: ignore[assignment]
    for i, citation in enumerate(citations):
        for name in ("url", "quote"):
            if getattr(citation, name) is None:
                raise DataError(
                    f"a source of an outcome needs its {name}: a page opened, and its words",
                    path=f"$.{attribute.name}[{i}].{name}",
                )


def _some_sources(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _sources(inst, attribute, value)
    if not value:
        raise checks.fail(attribute, "an outcome needs at least one source")


def _ids(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    checks.tuple_of(checks.record_id)(inst, attribute, value)
    checks.unique(inst, attribute, value)  # type: ignore[arg-type]


@attrs.frozen(kw_only=True)
class Outcome:
    """A later observation of a forward-looking figure, with the sources that report it.

    ``figure_id`` names the 2014 target or the 2013 estimate the outcome answers.
    ``coverage`` says whether it counts what the figure counts (``full``), a part of it
    (``part``: one operator of three, a lower bound), a whole that holds it
    (``contains``: the enterprises assessed, of which those found to meet a standard are
    some, an upper bound), or something else (``other``: a proposal);
    ``scope_mismatch`` then says how. ``as_of`` is the date the observation refers to
    (None when no source dates it). A value no source states outright carries its
    ``derivation``, which must give the value exactly. ``conflicts_with`` names outcomes
    of the same figure that disagree with this one: both are shipped, neither is chosen.
    ``sources`` is never empty, and every source has an address and a verbatim quote.
    """

    id: str = checks.described(
        checks.record_id, "Stable identifier: lowercase words joined by '-', parts by '.'."
    )
    figure_id: str = attrs.field(
        validator=checks.record_id,
        metadata=checks.doc(
            "Id of the Figure (a 2014 target or a 2013 estimate) it answers.", link="Figure"
        ),
    )
    value: exact.Value = checks.described(
        checks.exact_value, "The observed number, exact and in base units.", eq=exact.compared
    )
    unit: Unit = attrs.field(validator=checks.member(Unit))
    qualifier: Qualifier = checks.described(
        checks.member(Qualifier), "How the source bounds the number (超过 more than, 近 nearly...)."
    )
    counted: str | None = checks.described(
        checks.optional(checks.text), "For counts only: what is counted, as an English plural noun."
    )
    as_of: datetime.date | None = checks.described(
        checks.optional(checks.date),
        "The date the observation refers to; null when no source dates it.",
    )
    coverage: Coverage = checks.described(
        checks.member(Coverage),
        "Whether it counts what the figure counts, a part of it, a whole that holds it,"
        " or something else.",
    )
    scope_en: str = checks.described(checks.text, "What was actually counted, in English.")
    scope_mismatch: str | None = checks.described(
        checks.optional(checks.text),
        "How that differs from what the figure counts; null if it does not.",
    )
    sources: tuple[Citation, ...] = checks.described(
        _some_sources, "Public sources that report the outcome, each with address and quote."
    )
    derivation: Derivation | None = checks.described(
        checks.optional(checks.of_type(Derivation)),
        "How the value follows from numbers the sources print, if not stated.",
        default=None,
    )
    conflicts_with: tuple[str, ...] = attrs.field(
        default=(),
        validator=_ids,
        metadata=checks.doc(
            "Ids of outcomes of the same figure whose sources disagree with it.", link="Outcome"
        ),
    )
    note_en: str | None = checks.described(
        checks.optional(checks.text),
        "Further context on the observation, in English.",
        default=None,
    )

    def __attrs_post_init__(self) -> None:
        if (self.unit is Unit.COUNT) != (self.counted is not None):
            raise DataError(
                "a count says what it counts (counted) and only a count does", path="$.counted"
            )
        if (self.coverage is Coverage.FULL) != (self.scope_mismatch is None):
            raise DataError(
                "an outcome that does not count what its figure counts says how"
                " (scope_mismatch), and only such an outcome does",
                path="$.scope_mismatch",
            )
        if self.derivation is not None and self.derivation.result() != Fraction(self.value):
            raise DataError(
                f"the derivation gives {self.derivation.result()}, not the value {self.value}",
                path="$.derivation",
            )
        if self.id in self.conflicts_with:
            raise DataError("an outcome cannot conflict with itself", path="$.conflicts_with")

    @property
    def target_id(self) -> str:
        """The old name of :attr:`figure_id`, from when only targets had outcomes."""
        return self.figure_id

    def summary(self) -> str:
        """``33,640,000 IPTV users as of 2014-12-31``: the value and its date."""
        from .wording import outcome_value

        when = f"as of {self.as_of.isoformat()}" if self.as_of else "undated"
        return f"{outcome_value(self)} {when}"

    def __repr__(self) -> str:
        grades = ", ".join(
            dict.fromkeys(c.reliability.value.replace("_", " ") for c in self.sources)
        )
        return f"<Outcome {self.id}: {self.summary()} ({grades})>"

    def _repr_html_(self) -> str:
        from .html import record_html

        return record_html(self)


@attrs.frozen(kw_only=True)
class Unsourced:
    """A forward-looking figure for which no source states an outcome.

    It records what was searched (``searched``, the queries as typed) and what was seen
    instead (``seen_en``, with the pages in ``seen``, each with address and quote), so
    that "no source" is a finding, not a silence. Nothing seen here is an outcome.
    """

    id: str = checks.described(
        checks.record_id, "Stable identifier: lowercase words joined by '-', parts by '.'."
    )
    figure_id: str = attrs.field(
        validator=checks.record_id,
        metadata=checks.doc(
            "Id of the Figure (a 2014 target or a 2013 estimate) searched for.", link="Figure"
        ),
    )
    searched: tuple[str, ...] = checks.described(
        checks.tuple_of(checks.text), "The queries tried, as typed."
    )
    seen_en: str = checks.described(
        checks.text, "What was found instead, and why it does not answer the figure."
    )
    seen: tuple[Citation, ...] = checks.described(
        _sources, "The pages seen instead, each with its address and quote.", default=()
    )

    def __attrs_post_init__(self) -> None:
        if not self.searched:
            raise DataError("say what was searched", path="$.searched")

    def summary(self) -> str:
        return f"no source found ({len(self.searched)} searches)"

    def __repr__(self) -> str:
        return f"<Unsourced {self.id}: {self.summary()}>"

    def _repr_html_(self) -> str:
        from .html import record_html

        return record_html(self)
