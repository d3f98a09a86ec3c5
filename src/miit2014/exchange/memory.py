"""The aligned sentences as a translation memory (TMX 1.4b) and as JSON Lines pairs.

Translators load a TMX file into their tools (OmegaT, Trados, memoQ, translate-toolkit);
NLP users read one JSON object a line. Both hold one unit per sentence of the reading
edition (:func:`~miit2014.exchange.alignment.aligned`), in document order: the Chinese
exactly as the source has it, the edition's English, the record id and paragraph it
stands in, and whether the English is a translation of exactly that Chinese or, for the
few sentences the edition does not translate, a summary (a TMX ``<note>`` says so too, so
that no tool takes it for a translation unnoticed).

The same report always gives the same bytes. Files are written atomically
(:mod:`~miit2014.exchange.files`).
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import attrs

from . import files

if TYPE_CHECKING:
    import os
    from pathlib import Path

    from ..model.edition import Edition
    from ..model.report import Report

SOURCE_LANGUAGE = "zh-Hans"
TARGET_LANGUAGE = "en"
SUMMARY_NOTE = (
    "Not a translation: the edition does not translate this sentence; the English"
    " summarises the records in it."
)
#: Characters XML 1.0 cannot carry at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@attrs.frozen(kw_only=True)
class Pair:
    """One sentence with its English: where it stands, and whether the English is a
    translation of exactly this Chinese."""

    id: str  # the record the sentence is, or "_s" and its offset
    paragraph: int  # the source line, 0 being the headline
    start: int  # code-point offsets into the source, end-exclusive
    end: int
    zh: str
    en: str
    translation: bool


def pairs(report: Report | Edition | None = None) -> tuple[Pair, ...]:
    """Every sentence of ``report`` (default :data:`~miit2014.REPORT`) with its English."""
    from ..edition import edition_of
    from .alignment import EnglishKind, aligned, sentences

    shown = edition_of(report).report
    out = []
    for s in sentences(aligned(shown)):
        out.append(
            Pair(
                id=s.anchor,
                paragraph=s.paragraph,
                start=s.span.start,
                end=s.span.end,
                zh=s.span.text,
                en=" ".join(e.text for e in s.english if e.kind is not EnglishKind.NONE),
                translation=all(e.kind is EnglishKind.TRANSLATION for e in s.english),
            )
        )
    return tuple(out)


def tmx_text(report: Report | Edition | None = None) -> str:
    """The translation memory, as TMX 1.4b."""
    from .._version import __version__

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
        '<tmx version="1.4">',
        f'  <header creationtool="miit2014" creationtoolversion="{_xml(__version__)}"'
        f' datatype="plaintext" segtype="sentence" adminlang="en"'
        f' srclang="{SOURCE_LANGUAGE}" o-tmf="miit2014"/>',
        "  <body>",
    ]
    for pair in pairs(report):
        where = f"sentence {pair.id}"
        lines.append(f'    <tu tuid="{_xml(pair.id, where)}">')
        if not pair.translation:
            lines.append(f"      <note>{SUMMARY_NOTE}</note>")
        lines.append(f'      <prop type="x-record-id">{_xml(pair.id, where)}</prop>')
        lines.append(f'      <prop type="x-paragraph">{pair.paragraph}</prop>')
        lines.append(f'      <prop type="x-span">{pair.start}-{pair.end}</prop>')
        english = "translation" if pair.translation else "summary"
        lines.append(f'      <prop type="x-english">{english}</prop>')
        lines.append(
            f'      <tuv xml:lang="{SOURCE_LANGUAGE}"><seg>{_xml(pair.zh, where)}</seg></tuv>'
        )
        if pair.en:
            lines.append(
                f'      <tuv xml:lang="{TARGET_LANGUAGE}"><seg>{_xml(pair.en, where)}</seg></tuv>'
            )
        lines.append("    </tu>")
    lines += ["  </body>", "</tmx>", ""]
    return "\n".join(lines)


def jsonl_text(report: Report | Edition | None = None) -> str:
    """The same pairs as JSON Lines: one object a line, keys in a fixed order."""
    return "".join(
        json.dumps(attrs.asdict(pair), ensure_ascii=False) + "\n" for pair in pairs(report)
    )


def to_tmx(
    path: str | os.PathLike[str] = "miit2014.tmx", *, report: Report | Edition | None = None
) -> Path:
    """Write the translation memory to ``path``; return the path."""
    return files.write_bytes(path, tmx_text(report).encode("utf-8"))


def to_jsonl(
    path: str | os.PathLike[str] = "miit2014-pairs.jsonl",
    *,
    report: Report | Edition | None = None,
) -> Path:
    """Write the sentence pairs as JSON Lines to ``path``; return the path."""
    return files.write_bytes(path, jsonl_text(report).encode("utf-8"))


def _xml(text: str, where: str = "") -> str:
    found = _NOT_XML.search(text)
    if found:
        raise ValueError(
            f"{where or 'text'}: character U+{ord(found.group()):04X} cannot be written in XML"
        )
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


__all__ = ["Pair", "jsonl_text", "pairs", "tmx_text", "to_jsonl", "to_tmx"]
