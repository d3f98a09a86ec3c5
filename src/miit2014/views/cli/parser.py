"""The command's arguments: the top-level parser and one parser for each command."""

from __future__ import annotations

import argparse
import contextlib
import sys
from typing import IO, TYPE_CHECKING

from ..._version import __version__
from ...exchange.citations import STYLES as CITATION_STYLES
from ...exchange.formats import FORMATS
from ...model.figure import Status
from ..text import printable
from .checking import add_check
from .output import emit, exit_statuses
from .screen import encoding_of

if TYPE_CHECKING:
    from _typeshed import SupportsWrite


class Parser(argparse.ArgumentParser):
    """An argument parser whose help and errors fit the stream they go to."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        # argparse's own writer raises on a character the stream cannot encode, and says
        # nothing when standard output fails (``--help >/dev/full``)
        if not message or file is None:
            return
        text = printable(message, encoding_of(file))
        stdout: IO[str] | None = sys.stdout
        if file is stdout:
            status = emit(stdout, text)
            if status:
                raise SystemExit(status)
        else:
            with contextlib.suppress(OSError, ValueError):
                file.write(text)


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def build() -> tuple[Parser, dict[str, Parser]]:
    """The top-level parser, and each command's parser by name (for its usage line)."""
    parser = Parser(
        prog="miit2014",
        description=(
            "The 2013-12-27 national industry and information technology work conference"
            " report: read, search, cite and export it. With no command, an overview."
        ),
        epilog=(
            exit_statuses() + " With --json, standard output is one JSON value even when"
            " nothing is found: [] for a search without a match, null for an unknown id."
        ),
    )
    parser.add_argument("--version", action="version", version=f"miit2014 {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    as_json = Parser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print JSON for machine use")
    parsers: dict[str, Parser] = {}

    def add(name: str, text: str, *, listing: bool = True) -> Parser:
        parents = [as_json] if listing else []
        parsers[name] = commands.add_parser(name, help=text, description=text, parents=parents)
        return parsers[name]

    figures = add("figures", "the report's figures, grouped by status")
    figures.add_argument("--status", choices=[s.value for s in Status])
    figures.add_argument(
        "--lang", choices=["en", "zh"], default="en", help="the language of the listing (en)"
    )
    tasks = add("tasks", "the task tree, or one task with its figures and initiatives")
    tasks.add_argument("id", nargs="?", metavar="ID", help="a task id, e.g. plan-2014.task-3")
    add("people", "the leaders named, with their posts")
    add("initiatives", "programmes, strategies, documents and campaigns referred to")
    show = add("show", "any record in full, with its quote and place in the source")
    show.add_argument("id", metavar="ID")
    show.add_argument("--context", action="store_true", help="show the source around it")
    search = add("search", "find records by Chinese or English text, best first")
    search.epilog = (
        "Ranking: the exact id first, then the text as a phrase in a name, label or title,"
        " then as a phrase in a quote or English text, then every word somewhere in one"
        " field. Case and full-width forms are ignored."
    )
    search.add_argument(
        "text", nargs="+", metavar="TEXT", help="Chinese or English; several words allowed"
    )
    search.add_argument("--limit", type=_positive, default=20, help="most matches shown (20)")
    export = add(
        "export",
        f"the whole report in another format ({', '.join(f.name for f in FORMATS)})",
        listing=False,
    )
    export.add_argument(
        "--format",
        choices=[f.name for f in FORMATS],
        metavar="FORMAT",
        required=True,
        help="; ".join(f"{f.name}: {f.summary}" for f in FORMATS),
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help=(
            f"file ({', '.join(f.name for f in FORMATS if f.into == 'file')}) or directory"
            f" ({', '.join(f.name for f in FORMATS if f.into == 'directory')})"
        ),
    )
    scores = add(
        "scorecard", "what happened next: each 2013 estimate and 2014 target against later sources"
    )
    scores.add_argument(
        "--lang", choices=["en", "zh"], default="en", help="the language of the table (en)"
    )
    add("schema", "the JSON Schema of the export format", listing=False)
    cite = add("cite", "a citation of a record, or of the whole document", listing=False)
    cite.add_argument("id", nargs="?", metavar="ID", help="a record id; none for the document")
    cite.add_argument("--style", choices=CITATION_STYLES, default=CITATION_STYLES[0])
    cite.add_argument(
        "--edition-url",
        metavar="URL",
        help="http(s) address of a reading edition (…/report.html): the citation links the record",
    )
    add_check(add)
    return parser, parsers
