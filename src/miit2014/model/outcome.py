"""What was observed after the report: kept apart from the report's own records."""

from __future__ import annotations

import datetime

import attrs

from ..errors import DataError
from . import checks, exact
from .citation import Citation
from .figure import Qualifier, Unit


def _sources(inst: object, attribute: attrs.Attribute[object], value: object) -> None:
    checks.tuple_of(checks.of_type(Citation))(inst, attribute, value)
    if not value:
        raise checks.fail(attribute, "an outcome needs at least one source")


@attrs.frozen(kw_only=True)
class Outcome:
    """A later observation of what a target aimed at, with the source that reports it.

    ``scope_en`` says what was actually counted; ``scope_mismatch`` says how that differs
    from what the target counts (households vs users, one operator vs the nation,
    "cancelled or delegated" vs "reduced"), or is None when they match. ``sources`` is
    never empty: an outcome without a source is not shipped.
    """

    id: str = attrs.field(
        validator=checks.record_id,
        metadata={checks.DOC: "Stable identifier: lowercase words joined by '-', parts by '.'."},
    )
    target_id: str = attrs.field(
        validator=checks.record_id,
        metadata={
            checks.LINK: "Figure",
            checks.DOC: "Id of the target Figure the outcome is judged against.",
        },
    )
    value: exact.Value = attrs.field(
        validator=checks.exact_value,
        eq=exact.compared,
        metadata={checks.DOC: "The observed number, exact and in base units."},
    )
    unit: Unit = attrs.field(validator=checks.member(Unit))
    qualifier: Qualifier = attrs.field(validator=checks.member(Qualifier))
    counted: str | None = attrs.field(
        validator=checks.optional_text,
        metadata={checks.DOC: "For counts only: what is counted, as an English plural noun."},
    )
    as_of: datetime.date = attrs.field(
        validator=checks.date, metadata={checks.DOC: "The date the observation refers to."}
    )
    scope_en: str = attrs.field(
        validator=checks.text, metadata={checks.DOC: "What was actually counted, in English."}
    )
    scope_mismatch: str | None = attrs.field(
        validator=checks.optional_text,
        metadata={checks.DOC: "How that differs from what the target counts; null if it does not."},
    )
    sources: tuple[Citation, ...] = attrs.field(
        validator=_sources,
        metadata={checks.DOC: "Public sources that report the outcome; never empty."},
    )
    note_en: str | None = attrs.field(
        default=None,
        validator=checks.optional_text,
        metadata={checks.DOC: "Further context on the observation, in English."},
    )

    def __attrs_post_init__(self) -> None:
        if (self.unit is Unit.COUNT) != (self.counted is not None):
            raise DataError(
                "a count says what it counts (counted) and only a count does", path="$.counted"
            )
