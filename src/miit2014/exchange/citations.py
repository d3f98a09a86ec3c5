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
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from .._version import __version__
from ..edition import REPORT, or_default
from ..model.base import Record
from ..model.brief import shorten
from ..model.report import Report
from ..model.wording import span_location
from ..source import DOCUMENT_ID

#: The ministry, author and publisher of the release (its official English name).
AUTHOR_EN = "Ministry of Industry and Information Technology of the People's Republic of China"
AUTHOR_ZH = "中华人民共和国工业和信息化部"
#: The date of the release, which is the date its first sentence gives for the meeting.
ISSUED = datetime.date(2013, 12, 27)
GENRE = "News release"
#: Where a public copy of the release itself can be read, and the day that address was
#: last opened and found to hold the text; every style then gives both. None: no copy of
#: the release itself was found in the search made for this edition (reports about the
#: conference and partial reprints exist, none with the release's own text), so no
#: address is given rather than one nobody has checked; the bundled text, pinned by its
#: SHA-256 (:data:`~miit2014.SOURCE_SHA256`), is the copy this edition vouches for.
RELEASE_URL: str | None = None
RELEASE_ACCESSED: datetime.date | None = None
#: The release's own title (its headline, paragraph 0) and the package's English for it.
TITLE_ZH = REPORT.meeting.headline.quote
TITLE_EN = REPORT.meeting.headline.text_en
#: Longer quotes are cut to this many characters, with an ellipsis; the offsets still
#: locate the whole of it.
QUOTE_LIMIT = 120

STYLES = ("text", "bibtex", "csl-json")


@attrs.frozen
class _Parts:
    """What every style says, worked out once."""

    key: str
    location: str | None  # "Paragraph 3, characters 567–584"
    quote: str | None
    record_id: str | None

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


def _parts(target: Record | Report | str, report: Report | None) -> _Parts:
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
    target: Record | Report | str, style: str = "text", *, report: Report | None = None
) -> str:
    """A citation of a record (or its id in ``report``, default ``REPORT``), or of the whole
    document (a report).

    ``style`` is ``"text"`` (one plain paragraph), ``"bibtex"`` (a ``@misc`` entry) or
    ``"csl-json"`` (a one-item CSL-JSON array, as Zotero and pandoc read). An unknown id
    is a ``KeyError`` that suggests close ones; an unknown style a ``ValueError``.
    """
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; choose one of {', '.join(STYLES)}")
    parts = _parts(target, report)
    if style == "bibtex":
        return _bibtex(parts)
    if style == "csl-json":
        return _csl_json(parts)
    return (
        f"{AUTHOR_EN}. {ISSUED.isoformat()}. {TITLE_ZH} [{TITLE_EN}]. {GENRE}."
        f"{_online()} {parts.note}"
    )


def _online() -> str:
    """`` https://… (accessed 2025-01-02).`` when a public copy is known, else nothing."""
    if RELEASE_URL is None or RELEASE_ACCESSED is None:
        return ""
    return f" {RELEASE_URL} (accessed {RELEASE_ACCESSED.isoformat()})."


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


def _bibtex(parts: _Parts) -> str:
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
    if RELEASE_URL is not None and RELEASE_ACCESSED is not None:
        fields += [("url", RELEASE_URL), ("urldate", RELEASE_ACCESSED.isoformat())]
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
    if RELEASE_URL is not None and RELEASE_ACCESSED is not None:
        item["URL"] = RELEASE_URL
        accessed = RELEASE_ACCESSED
        item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    return json.dumps([item], ensure_ascii=False, indent=2)
