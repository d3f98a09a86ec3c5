"""The one registry of export formats and citation styles, which the CLI and docs read.

Adding a format is one entry here: ``miit2014 export --format NAME``, its help text and
the documentation's list of formats all follow from :data:`FORMATS`.
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
    path.write_bytes(_json_text(report).encode("utf-8"))
    return (path,)


def _write_csv(report: Report, path: Path) -> tuple[Path, ...]:
    from .tables import to_csv

    return to_csv(path, report=report)


def _write_datapackage(report: Report, path: Path) -> tuple[Path, ...]:
    from .tables import to_datapackage

    return (to_datapackage(path, report=report),)


def _outcomes_text(report: Report) -> str:
    from .scorecard import outcomes_json

    return outcomes_json(report) + "\n"


def _write_outcomes(report: Report, path: Path) -> tuple[Path, ...]:
    path.write_bytes(_outcomes_text(report).encode("utf-8"))
    return (path,)


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
        name="csv",
        summary="one UTF-8 CSV table per record type, links as id columns",
        into="directory",
        write=_write_csv,
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
