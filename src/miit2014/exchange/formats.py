"""The one registry of export formats and citation styles, which the CLI and docs read.

Adding a format is one entry here: ``miit2014 export --format NAME``, its help text and
the documentation's list of formats all follow from :data:`FORMATS`. Every format writes
atomically (:mod:`~miit2014.exchange.files`): a failed export leaves the previous output
as it was, and a symbolic link in the way is refused, not written through.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import attrs

from ..edition import edition_of
from ..model.edition import Edition
from ..model.report import Report
from .files import Export

_Write = Callable[[Edition, Path], tuple[Path, ...]]
_Text = Callable[[Edition], str]


def _given_write(write: _Write) -> Callable[[Report | Edition | None, Path], tuple[Path, ...]]:
    return lambda given, path: write(edition_of(given), path)


def _given_text(text: _Text | None) -> Callable[[Report | Edition | None], str] | None:
    return None if text is None else lambda given: text(edition_of(given))


@attrs.frozen(kw_only=True)
class Format:
    """One way to write a report: to one file (``into="file"``) or into a directory."""

    name: str
    summary: str
    into: str  # "file" or "directory"
    #: Writes a report or an edition; the function given takes the edition (see
    #: :func:`~miit2014.edition.edition_of`), and a format without outcomes reads its
    #: ``report``.
    write: Callable[[Report | Edition | None, Path], tuple[Path, ...]] = attrs.field(
        converter=_given_write, eq=False, repr=False
    )
    #: The file's text, for formats that can go to standard output instead of a file.
    text: Callable[[Report | Edition | None], str] | None = attrs.field(
        default=None, converter=_given_text, eq=False, repr=False
    )


def _json_text(edition: Edition) -> str:
    from .jsonio import to_json

    return to_json(edition.report, indent=2) + "\n"


def _write_json(edition: Edition, path: Path) -> tuple[Path, ...]:
    from .files import write_bytes

    return (write_bytes(path, _json_text(edition).encode("utf-8")),)


def _html_text(edition: Edition) -> str:
    from .reading import reading_html

    return reading_html(edition.report)


def _write_html(edition: Edition, path: Path) -> tuple[Path, ...]:
    from .reading import to_html

    return (to_html(path, report=edition.report),)


def _write_csv(edition: Edition, path: Path) -> tuple[Path, ...]:
    from .tables import to_csv

    return to_csv(path, report=edition)


def _write_csv_excel(edition: Edition, path: Path) -> tuple[Path, ...]:
    from .tables import to_csv

    return to_csv(path, report=edition, excel=True)


def _write_datapackage(edition: Edition, path: Path) -> tuple[Path, ...]:
    from .tables import to_datapackage

    return (to_datapackage(path, report=edition),)


def _outcomes_text(edition: Edition) -> str:
    from .scorecard import outcomes_json

    return outcomes_json(edition) + "\n"


def _write_outcomes(edition: Edition, path: Path) -> tuple[Path, ...]:
    from .files import write_bytes

    return (write_bytes(path, _outcomes_text(edition).encode("utf-8")),)


def _write_xlsx(edition: Edition, path: Path) -> tuple[Path, ...]:
    from .workbook import to_excel

    return (to_excel(path, report=edition),)


def _write_sqlite(edition: Edition, path: Path) -> tuple[Path, ...]:
    from .database import to_sqlite

    return to_sqlite(path, report=edition)


def _tmx_text(edition: Edition) -> str:
    from .memory import tmx_text

    return tmx_text(edition.report)


def _write_tmx(edition: Edition, path: Path) -> tuple[Path, ...]:
    from .memory import to_tmx

    return (to_tmx(path, report=edition.report),)


def _pairs_text(edition: Edition) -> str:
    from .memory import jsonl_text

    return jsonl_text(edition.report)


def _write_pairs(edition: Edition, path: Path) -> tuple[Path, ...]:
    from .memory import to_jsonl

    return (to_jsonl(path, report=edition.report),)


#: Every export format, in the order the CLI lists them.
FORMATS: tuple[Format, ...] = (
    Format(
        name="json",
        summary="one JSON document of the whole report (schema: miit2014 schema)",
        into="file",
        write=_write_json,
        text=_json_text,
    ),
    Format(
        name="html",
        summary=(
            "the reading edition: one self-contained page, Chinese beside English,"
            " every record marked and linked"
        ),
        into="file",
        write=_write_html,
        text=_html_text,
    ),
    Format(
        name="csv",
        summary="one UTF-8 CSV table per record type, links as id columns",
        into="directory",
        write=_write_csv,
    ),
    Format(
        name="csv-excel",
        summary=(
            "the CSV tables for Microsoft Excel: UTF-8 with a byte-order mark, and cells"
            " that Excel would run as formulas shown as text"
        ),
        into="directory",
        write=_write_csv_excel,
    ),
    Format(
        name="datapackage",
        summary="the CSV tables with a Frictionless datapackage.json describing them",
        into="directory",
        write=_write_datapackage,
    ),
    Format(
        name="outcomes",
        summary="the later outcomes, their sources and the scorecard as one JSON document",
        into="file",
        write=_write_outcomes,
        text=_outcomes_text,
    ),
    Format(
        name="xlsx",
        summary=(
            "one Excel workbook: a sheet explaining every column and citing the source,"
            " then a sheet per table (needs miit2014[xlsx])"
        ),
        into="file",
        write=_write_xlsx,
    ),
    Format(
        name="sqlite",
        summary=(
            "one SQLite database of every table, with keys and full-text search in Chinese"
            " and English, and Datasette metadata beside it (NAME.metadata.json)"
        ),
        into="file",
        write=_write_sqlite,
    ),
    Format(
        name="tmx",
        summary=(
            "a translation memory (TMX 1.4b): one unit per sentence, Chinese source and"
            " English target, with its record id and paragraph"
        ),
        into="file",
        write=_write_tmx,
        text=_tmx_text,
    ),
    Format(
        name="pairs-jsonl",
        summary="the same sentence pairs as JSON Lines, one object a line, for NLP",
        into="file",
        write=_write_pairs,
        text=_pairs_text,
    ),
)


def format_named(name: str) -> Format:
    """The format called ``name``; a ``KeyError`` lists the names there are."""
    for candidate in FORMATS:
        if candidate.name == name:
            return candidate
    names = ", ".join(f.name for f in FORMATS)
    raise KeyError(f"no export format {name!r}; the formats are {names}")


def export(
    name: str, output: str | os.PathLike[str], *, report: Report | Edition | None = None
) -> Export:
    """Write ``report`` (a report or an edition; default the shipped edition) in format
    ``name`` to ``output`` (a file or a directory, as the format says); return the paths
    written, as an :class:`~miit2014.exchange.files.Export` (a tuple of paths whose repr
    says what was written). A report other than the shipped one is exported with no
    outcomes."""
    return Export(format_named(name).write(report, Path(output)))


__all__ = ["FORMATS", "Export", "Format", "export", "format_named"]
