"""Where a fact that is not in the report comes from."""

from __future__ import annotations

import datetime
from enum import StrEnum

import attrs

from . import checks


class Reliability(StrEnum):
    PRIMARY = "primary"  # the issuing government body itself
    OFFICIAL_MEDIA = "official_media"  # state media reporting the body's words
    SECONDARY = "secondary"  # anyone else: trade press, company sites, summaries


@attrs.frozen(kw_only=True)
class Citation:
    """A public source for a statement the report itself does not make."""

    publisher: str = attrs.field(validator=checks.text)
    title: str = attrs.field(validator=checks.text)
    url: str | None = attrs.field(default=None, validator=checks.optional_text)
    date: datetime.date | None = attrs.field(default=None, validator=checks.optional_date)
    reliability: Reliability = attrs.field(
        default=Reliability.SECONDARY, validator=checks.member(Reliability)
    )
    note: str | None = attrs.field(default=None, validator=checks.optional_text)
