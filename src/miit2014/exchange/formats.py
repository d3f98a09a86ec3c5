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

from ..model.report import Report


@attrs.frozen(kw_only=True)
class Format:
    """One way to write a report: to one file (``into="file"``) or into a directory."""

    name: str
    summary: str
    into: str  # "file" or "directory"
    write: Callable[[Report, Path], tuple[Path, ...]] = attrs.field(eq=False, repr=False)
    #: The file's text, for formats that can go to standard output instead of a file.
    text: Callable[[Report], str] | None = attrs.field(default=None, eq=False, repr=False)


def _json_text(report: Report) -> str:
    from .jsonio import to_json

    return to_json(report, indent=2) + "\n"


def _write_json(report: Report, path: Path) -> tuple[Path, ...]:
    from .files import write_bytes

    return (write_bytes(path, _json_text(report).encode("utf-8")),)


def _html_text(report: Report) -> str:
    from .reading import reading_html

    return reading_html(report)


def _write_html(report: Report, path: Path) -> tuple[Path, ...]:
    from .reading import to_html

    return (to_html(path, report=report),)


def _write_csv(report: Report, path: Path) -> tuple[Path, ...]:
    from .tables import to_csv

    return to_csv(path, report=report)


def _write_csv_excel(report: Report, path: Path) -> tuple[Path, ...]:
    from .tables import to_csv

    return to_csv(path, report=report, excel=True)


def _write_datapackage(report: Report, path: Path) -> tuple[Path, ...]:
    from .tables import to_datapackage

    return (to_datapackage(path, report=report),)


def _outcomes_text(report: Report) -> str:
    from .scorecard import outcomes_json

    return outcomes_json(report) + "\n"


def _write_outcomes(report: Report, path: Path) -> tuple[Path, ...]:
    from .files import write_bytes

    return (write_bytes(path, _outcomes_text(report).encode("utf-8")),)


def _write_xlsx(report: Report, path: Path) -> tuple[Path, ...]:
    from .workbook import to_excel

    return (to_excel(path, report=report),)


def _write_sqlite(report: Report, path: Path) -> tuple[Path, ...]:
    from .database import to_sqlite

    return to_sqlite(path, report=report)


def _tmx_text(report: Report) -> str:
    from .memory import tmx_text

    return tmx_text(report)


def _write_tmx(report: Report, path: Path) -> tuple[Path, ...]:
    from .memory import to_tmx

    return (to_tmx(path, report=report),)


def _pairs_text(report: Report) -> str:
    from .memory import jsonl_text

    return jsonl_text(report)


def _write_pairs(report: Report, path: Path) -> tuple[Path, ...]:
    from .memory import to_jsonl

    return (to_jsonl(path, report=report),)


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
    name: str, output: str | os.PathLike[str], *, report: Report | None = None
) -> tuple[Path, ...]:
    """Write ``report`` (default :data:`~miit2014.REPORT`) in format ``name`` to ``output``
    (a file or a directory, as the format says); return the paths written."""
    from ..edition import or_default

    return format_named(name).write(or_default(report), Path(output))


__all__ = ["FORMATS", "Format", "export", "format_named"]
