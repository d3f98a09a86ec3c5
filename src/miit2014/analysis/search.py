"""Find records by what they say, in Chinese or English.

>>> from miit2014.analysis.search import search
>>> top = search("苗圩")[0]
>>> top.id, top.field, top.marked()
('person.miao-wei', 'name_zh', '【苗圩】')
>>> [hit.id for hit in search("broadband china", limit=2)]
['initiative.broadband-china', 'review-2013.item-4.point-2']

Every text field of every record of :data:`~miit2014.REPORT` is searched: ids, quotes,
names, labels, titles and the English renderings (links to other records and enum codes
are not); so are the later outcomes of :mod:`miit2014.outcomes` (and the records of the
figures no source answered), with their sources' quotes, titles and publishers, under
field names such as ``sources.quote``. Matching ignores case and width (``４Ｇ`` finds
``4G``). Each record appears once, under its best-matching field, and the ranking is:

1. the query is the record's id;
2. the query as a phrase in a name-like field (id, title, label, name, numeral);
3. the query as a phrase in a text field (quote, English text, description, note);
4. every word of a query of several words, in any order, within one field.

Within a rank, a match that covers more of its field scores higher (the name 苗圩 beats
a paragraph that mentions him), then document order decides. ``score`` is the rank's
base (5, 3, 2, 1) plus that coverage (a fraction up to 1), so scores compare across
queries of the same kind.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from typing import Any

import attrs

from ..edition import edition_of, or_default
from ..model.base import Record
from ..model.brief import result_repr
from ..model.collection import Records, listing_repr
from ..model.edition import Edition
from ..model.fields import Shape, fields_of
from ..model.html import escaped, table_html
from ..model.outcome import Outcome, Unsourced
from ..model.report import Report
from ..model.task import Task

#: Fields that name or label a record, ranked above the body text.
NAME_FIELDS = frozenset(
    {
        "id",
        "title_en",
        "title_zh",
        "label_en",
        "label_zh",
        "name_en",
        "name_zh",
        "other_names_zh",
        "full_name_zh",
        "numeral",
    }
)

_ID_SCORE = 5.0
_NAME_SCORE = 3.0
_TEXT_SCORE = 2.0
_WORDS_SCORE = 1.0

#: Columns of context kept before the first match, and the snippet's whole width.
SNIPPET_BEFORE = 24
SNIPPET_WIDTH = 100


@attrs.frozen(kw_only=True, repr=False)
class Hit:
    """One record found: where the query matched, and the text around it.

    ``marks`` are the ``(start, end)`` offsets of each match inside ``snippet``, so that a
    caller can highlight them however it likes; :meth:`marked` brackets them. The ``repr``
    is one line with the match bracketed; Jupyter highlights it.
    """

    id: str
    score: float
    field: str
    snippet: str
    marks: tuple[tuple[int, int], ...]
    #: The record found, from the report that was searched (or a later outcome).
    record: Record | Outcome | Unsourced = attrs.field(eq=False, repr=False)

    def marked(self, before: str = "【", after: str = "】") -> str:
        """The snippet with each match between ``before`` and ``after``."""

        return mark(self.snippet, self.marks, before, after)

    def marked_html(self) -> str:
        """The snippet as HTML, each match in ``<mark>``."""
        # control characters never occur in the text, and escaping leaves them alone
        text = escaped(self.marked("\x01", "\x02"))
        return text.replace("\x01", "<mark>").replace("\x02", "</mark>")

    def __repr__(self) -> str:
        return result_repr(
            "Hit", f"{self.id} ({self.field}, score {self.score:.2f}): {self.marked()}"
        )

    def _repr_html_(self) -> str:
        return Hits((self,))._repr_html_()


class Hits(Records[Hit]):
    """What :func:`search` returns: a tuple of hits, best first, one per record, found by
    position or by the record's id (``hits["figure.lte-users-target-2014"]``); Jupyter
    shows it as one table with the matches highlighted, a REPL one hit a line."""

    def __repr__(self) -> str:
        return listing_repr(self, "hit")

    def _repr_html_(self) -> str:
        rows = [(escaped(h.id), escaped(h.field), f"{h.score:.2f}", h.marked_html()) for h in self]
        found = f"{len(self)} hit{'' if len(self) == 1 else 's'}"
        return table_html(found, ("id", "field", "score", "snippet"), rows)


@attrs.frozen
class _Entry:
    """One searchable text: a field of a record, with its case- and width-folded copy."""

    id: str
    field: str
    base: float
    text: str
    folded: str
    order: int


def fold(text: str) -> str:
    """Lowercase, half-width, single-space text of the same length (offsets still hold)."""
    return "".join(_fold_char(ch) for ch in text)


#: Folded characters remembered: several times the distinct characters of every text
#: searched (under a thousand), so that the index folds each of them once (9 ms for its
#: 100,000 characters instead of 15 ms); bounded, so that queries over the whole of
#: Unicode in a long-running process keep about a megabyte, not two hundred.
_FOLD_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=_FOLD_CACHE_SIZE)
def _fold_char(ch: str) -> str:
    if ch.isspace():
        return " "
    folded = unicodedata.normalize("NFKC", ch).lower()
    return folded if len(folded) == 1 else ch


#: Stands in for text a record shares with its children, and between entries: a query
#: never contains it, so no match reaches into such text.
_GAP = "\x00"


def _fields_text(obj: Any, children: tuple[Task, ...]) -> list[tuple[str, str, str]]:
    """``(field, text, folded)`` for every text field of a record; for an outcome, the
    text fields of its sources and derivation too (``sources.quote``).

    A parent task's quote and English are composed of its children's: those parts are
    blanked out of the folded copy, so a match is reported once, by the deepest task.
    """
    out = []
    nested = isinstance(obj, Outcome | Unsourced)
    for field in fields_of(type(obj)):
        value: Any = getattr(obj, field.name)
        items = value if field.many else (value,)
        if field.shape is Shape.TEXT:
            for text in items:
                if text is not None:
                    out.append((field.name, text, _own(obj, field.name, text, children)))
        elif nested and field.shape is Shape.VALUE:
            for item in items:
                if item is not None:
                    out += [(f"{field.name}.{f}", t, k) for f, t, k in _fields_text(item, ())]
    return out


def _own(record: Record, field: str, text: str, children: tuple[Task, ...]) -> str:
    folded = fold(text)
    for child in children:
        if field == "quote":
            start = child.span.start - record.span.start
            end = start + len(child.span)
        elif field == "text_en" and (start := text.find(child.text_en)) != -1:
            end = start + len(child.text_en)
        else:
            continue
        folded = folded[:start] + _GAP * (end - start) + folded[end:]
    return folded


@attrs.frozen
class _Index:
    """The entries, and which of them hold each character and each pair of characters.

    A query is first narrowed to the entries holding its rarest pair, so that only a
    handful of texts are scanned instead of every one.
    """

    entries: tuple[_Entry, ...]
    grams: dict[str, tuple[int, ...]]
    records: dict[str, Any]  # every record searched, by id

    def candidates(self, needle: str) -> tuple[int, ...]:
        """Indices of the entries that may contain ``needle``: those with its rarest pair."""
        pairs = [needle[i : i + 2] for i in range(len(needle) - 1)] or [needle]
        return min((self.grams.get(p, ()) for p in pairs), key=len)


def _grams(text: str) -> set[str]:
    found = set(text)
    found.update(text[i : i + 2] for i in range(len(text) - 1))
    return {g for g in found if _GAP not in g}


def _index(report: Report) -> _Index:
    """Every searchable text of the report's own edition (built once per report)."""
    return _edition_index(edition_of(report))


def _edition_index(edition: Edition) -> _Index:
    """Every searchable text of the edition: its records, outcomes and unsourced notes."""
    report = edition.report
    entries: list[_Entry] = []
    records: dict[str, Any] = {}
    searched: tuple[Record | Outcome | Unsourced, ...] = (
        *report.records(),
        *edition.outcomes,
        *edition.unsourced,
    )
    for order, record in enumerate(searched):
        records[record.id] = record
        children = report.children(record.id) if isinstance(record, Task) else ()
        texts = [("id", record.id, fold(record.id)), *_fields_text(record, children)]
        for field, text, folded in texts:
            base = _NAME_SCORE if field in NAME_FIELDS else _TEXT_SCORE
            entries.append(_Entry(record.id, field, base, text, folded, order))
    grams: dict[str, list[int]] = {}
    for i, entry in enumerate(entries):
        for gram in _grams(entry.folded):
            grams.setdefault(gram, []).append(i)
    return _Index(tuple(entries), {g: tuple(ids) for g, ids in grams.items()}, records)


def _occurrences(haystack: str, needles: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Every non-overlapping ``(start, end)`` of any needle, in order."""
    found: list[tuple[int, int]] = []
    for needle in needles:
        at = haystack.find(needle)
        while at != -1:
            found.append((at, at + len(needle)))
            at = haystack.find(needle, at + len(needle))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _columns(text: str) -> int:
    """Columns ``text`` takes, roughly: a snippet's length only needs to look right, and
    counting every non-ASCII character as wide keeps this off the per-character path."""
    return len(text) if text.isascii() else 2 * len(text)


def _window(text: str, match: tuple[int, int]) -> tuple[int, int]:
    """A stretch of ``text`` about :data:`SNIPPET_WIDTH` columns wide around the match."""
    first, first_end = match
    start = max(0, first - SNIPPET_BEFORE)
    if _columns(text[start:first]) > SNIPPET_BEFORE:
        start = max(0, first - SNIPPET_BEFORE // 2)
    if start > 0 and text[start - 1].isalnum() and text[start].isascii():
        space = text.find(" ", start, first)  # do not open in the middle of a word
        start = space + 1 if space != -1 else start
    end = min(len(text), start + SNIPPET_WIDTH)
    if _columns(text[start:end]) > SNIPPET_WIDTH:
        end = min(len(text), max(first_end, start + SNIPPET_WIDTH // 2))
    if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        space = text.rfind(" ", first_end, end)  # nor close in the middle of one
        end = space if space != -1 else end
    return start, end


def _hit(index: _Index, entry: _Entry, score: float, needles: tuple[str, ...]) -> Hit:
    marks = _occurrences(entry.folded, needles)
    start, end = _window(entry.text, marks[0])
    snippet = entry.text[start:end].replace("\n", " ")
    shift = 0
    if start > 0:
        snippet, shift = "…" + snippet, 1
    if end < len(entry.text):
        snippet += "…"
    inside = tuple(
        (max(s, start) - start + shift, min(e, end) - start + shift)
        for s, e in marks
        if s < end and e > start
    )
    return Hit(
        id=entry.id,
        score=score,
        field=entry.field,
        snippet=snippet,
        marks=inside,
        record=index.records[entry.id],
    )


def search(query: str, *, limit: int | None = 20, report: Report | Edition | None = None) -> Hits:
    """The records of ``report`` (default :data:`~miit2014.REPORT`) and the outcomes of
    its edition matching ``query``, best first (see the module for the ranking).

    ``limit=None`` returns every match. An empty query is a ``ValueError``.
    """
    phrase = " ".join(fold(query).replace(_GAP, " ").split())
    if not phrase:
        raise ValueError("empty search query")
    words = tuple(dict.fromkeys(phrase.split(" ")))
    several = len(words) > 1
    best: dict[str, tuple[float, int, _Entry, bool]] = {}
    if isinstance(report, Edition):  # its own outcomes: not the report's, so not kept
        index = _edition_index(report)
    else:
        index = or_default(report).memo("search.index", _index)
    entries = index.entries
    # every match contains the longest word, so only the texts that may hold it are read
    for i in index.candidates(max(words, key=len)):
        entry = entries[i]
        folded = entry.folded
        if phrase in folded:
            base = _ID_SCORE if folded == phrase and entry.field == "id" else entry.base
            score, whole = base + len(phrase) / len(folded), True
        elif several and all(w in folded for w in words):
            score, whole = _WORDS_SCORE + sum(map(len, words)) / len(folded), False
        else:
            continue
        found = best.get(entry.id)
        if found is None or score > found[0]:
            best[entry.id] = (score, entry.order, entry, whole)
    ranked = sorted(best.values(), key=lambda item: (-item[0], item[1]))
    if limit is not None:
        ranked = ranked[: max(limit, 0)]
    return Hits(
        _hit(index, entry, score, (phrase,) if whole else words)
        for score, _, entry, whole in ranked
    )


def mark(text: str, ranges: Iterable[tuple[int, int]], before: str, after: str) -> str:
    """``text`` with ``before`` and ``after`` around each ``(start, end)`` range.

    >>> mark("增长9.8%左右", [(2, 6)], "【", "】")
    '增长【9.8%】左右'
    """
    out: list[str] = []
    at = 0
    for start, end in sorted(ranges):
        out += [text[at:start], before, text[start:end], after]
        at = end
    out.append(text[at:])
    return "".join(out)
