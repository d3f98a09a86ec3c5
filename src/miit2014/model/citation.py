"""Where a fact that is not in the report comes from."""

from __future__ import annotations

import datetime
import re
from enum import StrEnum
from typing import Any

import attrs

from ..errors import DataError
from . import checks

#: Longest address accepted: what browsers and sitemaps accept, far above any citation.
MAX_URL_LENGTH = 2048

# The host runs to the first "/" and the path has no white space: no repeat inside a
# repeat, so a match (or a failure) takes time linear in the address.
_URL = re.compile(r"https?://(?P<host>[^\s/]+)(?:/\S*)?")
#: A BCP 47 tag of the kinds the sources use: ``zh-Hans``, ``zh-Hant``, ``en``, ``ja``.
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?")


class Reliability(StrEnum):
    """How close a source is to the body whose act it reports."""

    PRIMARY = "primary"  # the issuing government body itself
    OFFICIAL_MEDIA = "official_media"  # state media reporting the body's words
    SECONDARY = "secondary"  # anyone else: trade press, company sites, summaries


def _url(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    checks.optional(checks.text)(inst, attribute, value)
    if value is None:
        return
    text = str(value)
    if len(text) > MAX_URL_LENGTH:
        raise checks.fail(
            attribute,
            f"{checks.describe(text)} is longer than the {MAX_URL_LENGTH:,} characters"
            " an address may have",
        )
    match = _URL.fullmatch(text)
    host = "" if match is None else match["host"]
    if "." not in host[1:-1]:  # a dot with a character on either side: example.org
        raise checks.fail(attribute, f"{checks.describe(value)} is not an http(s) address")


def _accessed(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A date, and not one still to come: a page cannot have been read tomorrow."""
    checks.optional(checks.date)(inst, attribute, value)
    if value is not None and value > datetime.date.today():  # type: ignore[operator]
        raise checks.fail(attribute, f"{checks.describe(value)} is in the future")


def _language(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    checks.optional(checks.text)(inst, attribute, value)
    if value is not None and not _LANGUAGE.fullmatch(str(value)):
        raise checks.fail(attribute, f"{checks.describe(value)} is not a language tag such as 'en'")


@attrs.frozen(kw_only=True)
class Citation:
    """A public source for a statement the report itself does not make.

    ``title`` is the cited page's own title (None if it was not seen), ``date`` the date
    it was published (not the date of the fact it reports), and ``url`` its address
    exactly as found, never a guess. ``accessed`` is the day the page was read at that
    address (None where no one recorded it), never a day still to come.
    ``quote`` is the passage that states the fact, verbatim as the page has it and in the
    language it was published in (``language``). Where the page itself is garbled (some
    reposts double every traditional character with its simplified form and pinyin), the
    quote keeps the garbling, and ``reading`` gives the cleaned text, which is then the
    package's reading and not verbatim.
    """

    publisher: str = checks.described(checks.text, "Who published the source.")
    title: str | None = checks.described(
        checks.optional(checks.text),
        "The source's own title; null when the page's title was not seen.",
        default=None,
    )
    url: str | None = checks.described(
        _url, "The source's address, exactly as found.", default=None
    )
    date: datetime.date | None = checks.described(
        checks.optional(checks.date),
        "When the source was published (not the date of the fact).",
        default=None,
    )
    accessed: datetime.date | None = checks.described(
        _accessed, "When the page was read at its address; null if not recorded.", default=None
    )
    reliability: Reliability = checks.described(
        checks.member(Reliability),
        "How close the source is to the body whose act it reports.",
        default=Reliability.SECONDARY,
    )
    quote: str | None = checks.described(
        checks.optional(checks.text),
        "The passage that states the fact, verbatim, in the language published.",
        default=None,
    )
    language: str | None = checks.described(
        _language,
        "Language of the quote, as a BCP 47 tag (zh-Hans, zh-Hant, en, ja).",
        default=None,
    )
    reading: str | None = checks.described(
        checks.optional(checks.text),
        "A cleaned reading of a garbled quote: the package's, not verbatim.",
        default=None,
    )
    note: str | None = checks.described(
        checks.optional(checks.text), "What the source supports.", default=None
    )

    def __attrs_post_init__(self) -> None:
        if (self.quote is None) != (self.language is None):
            raise DataError(
                "a quote says its language, and only a quote has one", path="$.language"
            )
        if self.reading is not None and self.quote is None:
            raise DataError("a reading cleans a quote: give the quote as well", path="$.reading")
