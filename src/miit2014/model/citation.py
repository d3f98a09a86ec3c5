"""Where a fact that is not in the report comes from."""

from __future__ import annotations

import datetime
import re
from enum import StrEnum
from typing import Any

import attrs

from . import checks

_URL = re.compile(r"https?://[^\s/]+\.[^\s/]+(?:/\S*)?")


class Reliability(StrEnum):
    """How close a source is to the body whose act it reports."""

    PRIMARY = "primary"  # the issuing government body itself
    OFFICIAL_MEDIA = "official_media"  # state media reporting the body's words
    SECONDARY = "secondary"  # anyone else: trade press, company sites, summaries


def _doc(text: str) -> dict[str, str]:
    return {checks.DOC: text}


def _url(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    checks.optional_text(inst, attribute, value)
    if value is not None and not _URL.fullmatch(str(value)):
        raise checks.fail(attribute, f"{checks.describe(value)} is not an http(s) address")


@attrs.frozen(kw_only=True)
class Citation:
    """A public source for a statement the report itself does not make.

    ``title`` is the cited page's own title, ``date`` the date it was published (not the
    date of the fact it reports), and ``url`` its address exactly as found, never a guess.
    """

    publisher: str = attrs.field(validator=checks.text, metadata=_doc("Who published the source."))
    title: str = attrs.field(validator=checks.text, metadata=_doc("The source's own title."))
    url: str | None = attrs.field(
        default=None, validator=_url, metadata=_doc("The source's address, exactly as found.")
    )
    date: datetime.date | None = attrs.field(
        default=None,
        validator=checks.optional_date,
        metadata=_doc("When the source was published (not the date of the fact)."),
    )
    reliability: Reliability = attrs.field(
        default=Reliability.SECONDARY,
        validator=checks.member(Reliability),
        metadata=_doc("How close the source is to the body whose act it reports."),
    )
    note: str | None = attrs.field(
        default=None,
        validator=checks.optional_text,
        metadata=_doc("What the source supports."),
    )
