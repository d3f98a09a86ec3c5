"""Citations of the document, or of one record in it, as text, BibTeX or CSL-JSON.

>>> from miit2014 import cite
>>> print(cite("figure.industrial-value-added-growth-2013"))  # doctest: +NORMALIZE_WHITESPACE
Ministry of Industry and Information Technology of the People's Republic of China.
2013-12-27. 全国工业和信息化工作会在京召开 [National Industry and Information Technology
Work Conference held in Beijing]. News release. Paragraph 3, characters 567–584:
“规模以上工业增加值增长9.8%左右”. Record figure.industrial-value-added-growth-2013 of
document miit-work-conference-2013-12-27, miit2014 ...

A citation names the source document (the ministry's news release, its title in Chinese
with the package's English, and its date), where the record stands in it and the quote
it rests on, and the package version, so that a reader can check the claim against the
original and a later edition can be told apart. Locations read as in
:func:`miit2014.model.wording.span_location`: paragraphs count the headline as 0, so the body's
paragraphs are numbered from 1; characters are code-point offsets, end-exclusive.

Every record also has a place in the reading edition (``miit2014 export --format html``
and the documentation's ``report.html``): :func:`deep_link` gives it, and ``cite(...,
edition_url=...)`` adds it to the citation.

>>> deep_link("figure.lte-users-target-2014")
'report.html#figure.lte-users-target-2014'
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import attrs

from .._version import __version__
from ..edition import REPORT, or_default
from ..model.base import Record
from ..model.brief import describe, shorten
from ..model.citation import MAX_URL_LENGTH
from ..model.report import Report
from ..model.wording import span_location
from ..source import DOCUMENT_ID

#: The ministry, author and publisher of the release (its official English name).
AUTHOR_EN = "Ministry of Industry and Information Technology of the People's Republic of China"
AUTHOR_ZH = "中华人民共和国工业和信息化部"
#: The date of the release, which is the date its first sentence gives for the meeting.
ISSUED = datetime.date(2013, 12, 27)
GENRE = "News release"
#: The release's own title (its headline, paragraph 0) and the package's English for it.
TITLE_ZH = REPORT.meeting.headline.quote
TITLE_EN = REPORT.meeting.headline.text_en
#: Longer quotes are cut to this many characters, with an ellipsis; the offsets still
#: locate the whole of it.
QUOTE_LIMIT = 120

STYLES = ("text", "bibtex", "csl-json")

#: Where the reading edition stands in the documentation site, relative to the site's
#: root; the project publishes no address of its own, so links are relative to wherever
#: the site (or a file written by ``miit2014 export --format html``) is served.
READING_PAGE = "report.html"


@attrs.frozen
class _Parts:
    """What every style says, worked out once."""

    key: str
    location: str | None  # "Paragraph 3, characters 567–584"
    quote: str | None
    record_id: str | None
    url: str | None = None  # the record's place in the reading edition, when asked for

    @property
    def note(self) -> str:
        """Location, quote and edition as one sentence run, shared by BibTeX and CSL."""
        said = []
        if self.location is not None:
            said.append(f"{self.location}: “{self.quote}”.")
        if self.record_id is not None:
            said.append(
                f"Record {self.record_id} of document {DOCUMENT_ID}, miit2014 {__version__}."
            )
        else:
            said.append(f"Document {DOCUMENT_ID}, miit2014 {__version__}.")
        return " ".join(said)


def _parts(target: Record | Report | str | None, report: Report | None) -> _Parts:
    if target is None:  # the document itself, as ``miit2014 cite`` with no id
        return _Parts(key=DOCUMENT_ID, location=None, quote=None, record_id=None)
    if isinstance(target, str):
        target = or_default(report).get(target)
    if isinstance(target, Report):
        return _Parts(key=DOCUMENT_ID, location=None, quote=None, record_id=None)
    if not isinstance(target, Record):
        raise TypeError(f"cannot cite a {type(target).__name__}: give a record, its id or REPORT")
    location = span_location(target.span)
    quote = target.quote.replace("\n", " ")
    quote = shorten(quote, QUOTE_LIMIT + 1)
    return _Parts(
        key=f"{DOCUMENT_ID}:{target.id}",
        location=location[0].upper() + location[1:],
        quote=quote,
        record_id=target.id,
    )


def cite(
    target: Record | Report | str | None = None,
    style: str = "text",
    *,
    report: Report | None = None,
    edition_url: str | None = None,
) -> str:
    """A citation of a record (or its id in ``report``, default ``REPORT``), or of the whole
    document (a report, or no target at all: ``cite()``, as ``miit2014 cite`` does).

    ``style`` is ``"text"`` (one plain paragraph), ``"bibtex"`` (a ``@misc`` entry) or
    ``"csl-json"`` (a one-item CSL-JSON array, as Zotero and pandoc read). An unknown id
    is a ``KeyError`` that suggests close ones; an unknown style a ``ValueError``.

    ``edition_url`` is the address of a reading edition (``…/report.html``, as published
    with the documentation or written by ``miit2014 export --format html``); the citation
    then gives the record's :func:`deep_link` into it (``url`` in BibTeX, ``URL`` in CSL).
    It must be an ``http://`` or ``https://`` address (a ``ValueError`` otherwise): the
    link is for readers and reference managers to open.
    """
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; choose one of {', '.join(STYLES)}")
    parts = _parts(target, report)
    if edition_url is not None:
        parts = attrs.evolve(parts, url=_link(_edition_address(edition_url), parts.record_id))
    if style == "bibtex":
        return _bibtex(parts)
    if style == "csl-json":
        return _csl_json(parts)
    text = f"{AUTHOR_EN}. {ISSUED.isoformat()}. {TITLE_ZH} [{TITLE_EN}]. {GENRE}. {parts.note}"
    return f"{text} Reading edition: {parts.url}" if parts.url else text


def deep_link(
    target: Record | Report | str, *, base: str = READING_PAGE, report: Report | None = None
) -> str:
    """The address of a record in the reading edition: ``base`` and ``#`` and its id.

    ``base`` defaults to :data:`READING_PAGE`, the page's place in the documentation site,
    relative to the site's root; give the page's full address where it is published. The
    record (or its id) is looked up in ``report`` first, so an unknown id is a
    ``KeyError``; a report links to the page itself.
    """
    return _link(base, _parts(target, report).record_id)


#: How an edition's address starts: a scheme of the web and a host. Anything else
#: (``javascript:``, ``data:``, a local file) would run or carry content of its own
#: where the citation's link is opened.
_WEB_ADDRESS = re.compile(r"https?://[^/?#\s]", re.IGNORECASE)


def _edition_address(url: object) -> str:
    """``url`` if it is an http(s) address of printable characters, else a ValueError."""
    if (
        not isinstance(url, str)
        or not _WEB_ADDRESS.match(url)
        or not url.isprintable()
        or len(url) > MAX_URL_LENGTH
    ):
        raise ValueError(
            "a reading edition's address must be http:// or https://, of at most"
            f" {MAX_URL_LENGTH:,} printable characters, not {describe(url)}"
        )
    return url


def _link(base: str, record_id: str | None) -> str:
    page = base.split("#", 1)[0]
    return page if record_id is None else f"{page}#{record_id}"


_BIBTEX_ESCAPES = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\{",
        "}": r"\}",
        "%": r"\%",
        "&": r"\&",
        "$": r"\$",
        "#": r"\#",
        "_": r"\_",
        "^": r"\^{}",
        "~": r"\~{}",
        "–": "--",
    }
)


def bibtex_escape(text: str) -> str:
    """``text`` safe inside a BibTeX field: LaTeX's special characters escaped.

    >>> bibtex_escape("增长9.8%左右")
    '增长9.8\\\\%左右'
    """
    return text.translate(_BIBTEX_ESCAPES)


#: What a URL keeps as it is in a BibTeX ``url`` field; anything else is percent-encoded.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def _bibtex(parts: _Parts) -> str:
    from urllib.parse import quote

    fields = [
        ("author", f"{{{bibtex_escape(AUTHOR_EN)}}}"),
        ("title", f"{bibtex_escape(TITLE_ZH)} [{{{bibtex_escape(TITLE_EN)}}}]"),
        ("year", str(ISSUED.year)),
        ("month", str(ISSUED.month)),
        ("date", ISSUED.isoformat()),
        ("howpublished", GENRE),
        ("language", "chinese"),
        ("note", bibtex_escape(parts.note)),
    ]
    if parts.url:
        # Verbatim, as url fields are read, but never a brace, backslash or space.
        fields.append(("url", quote(parts.url, safe=_URL_SAFE)))
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields)
    return f"@misc{{{parts.key},\n{body}}}"


def _csl_json(parts: _Parts) -> str:
    import json

    item: dict[str, Any] = {
        "id": parts.key,
        "type": "report",
        "genre": GENRE,
        "title": TITLE_ZH,
        "language": "zh-CN",
        "author": [{"literal": AUTHOR_EN}],
        "publisher": AUTHOR_EN,
        "issued": {"date-parts": [[ISSUED.year, ISSUED.month, ISSUED.day]]},
        "source": f"miit2014 {__version__}",
        "note": f"English title: {TITLE_EN}. {parts.note}",
    }
    if parts.url:
        item["URL"] = parts.url
    return json.dumps([item], ensure_ascii=False, indent=2)
