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

    id: str = attrs.field(validator=checks.record_id)
    target_id: str = attrs.field(validator=checks.record_id)
    value: exact.Value = attrs.field(validator=checks.exact_value)
    unit: Unit = attrs.field(validator=checks.member(Unit))
    qualifier: Qualifier = attrs.field(validator=checks.member(Qualifier))
    counted: str | None = attrs.field(validator=checks.optional_text)
    as_of: datetime.date = attrs.field(validator=checks.date)
    scope_en: str = attrs.field(validator=checks.text)
    scope_mismatch: str | None = attrs.field(validator=checks.optional_text)
    sources: tuple[Citation, ...] = attrs.field(validator=_sources)
    note_en: str | None = attrs.field(default=None, validator=checks.optional_text)

    def __attrs_post_init__(self) -> None:
        if (self.unit is Unit.COUNT) != (self.counted is not None):
            raise DataError(
                "a count says what it counts (counted) and only a count does", path="$.counted"
            )
