"""Each command, from its parsed arguments to its :class:`~.output.Reply`.

A command that cannot answer raises: :class:`~.listings.NotFound` (exit status 1),
:class:`Usage` (2, with the command's own usage line) or :class:`CannotWrite` (3).
"""

from __future__ import annotations

import argparse
import re
import shlex
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

import attrs

from ...model.base import Record
from ...model.edition import Edition
from ...model.figure import Status
from ...model.report import Report
from ...model.task import Task
from .checking import check_command
from .listings import (
    NotFound,
    counted,
    figures_of,
    figures_text,
    heading,
    initiatives_text,
    overview,
    people_text,
    search_text,
    tasks_text,
)
from .output import Exit, Form, Reply, complain, reason
from .record import record_text
from .scorecard import scorecard_text, what_happened
from .screen import Screen


class Usage(Exception):
    """A request argparse cannot check on its own: exit status 2."""


class CannotWrite(Exception):
    """A file or directory the command was asked to write could not be: exit status 3."""


def _json(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, indent=2)


def _records_json(records: Sequence[object]) -> str:
    from ...exchange.jsonio import to_json

    return to_json(tuple(records), indent=2)


def _shell_word(text: str) -> str:
    """``text`` as one word of a shell command: quoted only when it must be."""
    return text if re.fullmatch(r"[\w@%+=:,./-]+", text) else shlex.quote(text)


def _get(report: Report, record_id: str) -> Record:
    """The record, or NotFound with the closest ids and, if the text is found in the
    report, the search that finds it."""
    try:
        return report.get(record_id)
    except KeyError as error:
        message = str(error.args[0])
    from ...analysis.search import search

    hits = len(search(record_id, limit=None, report=report)) if record_id.strip() else 0
    if hits:
        verb = "mentions" if hits == 1 else "mention"
        message += (
            f"; {counted(hits, 'record')} {verb} it: miit2014 search {_shell_word(record_id)}"
        )
    raise NotFound(message)


def _task(report: Report, record_id: str) -> Task:
    record = _get(report, record_id)
    if not isinstance(record, Task):
        raise NotFound(
            f"{record_id!r} is a {type(record).__name__}, not a task;"
            f" try: miit2014 show {_shell_word(record_id)}"
        )
    return record


def _missing(empty: str, want_json: bool, find: Callable[[], Reply]) -> Reply:
    """``find()``; when it finds nothing, with ``--json``, the JSON ``empty`` as the reply
    (``[]`` or ``null``) and the message on stderr, so that stdout stays valid JSON."""
    try:
        return find()
    except NotFound as error:
        if not want_json:
            raise
        complain(str(error))
        return Reply(empty, Form.JSON, Exit.NOT_FOUND)


def figures(edition: Edition, args: argparse.Namespace, screen: Screen) -> Reply:
    report = edition.report
    status = Status(args.status) if args.status else None
    if args.json:
        return Reply(_records_json(figures_of(report, status)), Form.JSON)
    return Reply(figures_text(screen, status, args.lang, report))


def tasks(edition: Edition, args: argparse.Namespace, screen: Screen) -> Reply:
    report = edition.report
    if args.id is None:
        if args.json:
            return Reply(_records_json(report.tasks), Form.JSON)
        return Reply(tasks_text(screen, report))

    def one() -> Reply:
        task = _task(report, args.id)
        if args.json:
            return Reply(_records_json((task, *report.descendants(task))), Form.JSON)
        return Reply(record_text(screen, task, report=report))

    return _missing("[]", args.json, one)


def people(edition: Edition, args: argparse.Namespace, screen: Screen) -> Reply:
    report = edition.report
    if not args.json:
        return Reply(people_text(screen, report))
    from ...exchange.jsonio import to_json

    data = {"people": tuple(report.people), "posts": tuple(report.posts)}
    return Reply(to_json(data, indent=2), Form.JSON)


def initiatives(edition: Edition, args: argparse.Namespace, screen: Screen) -> Reply:
    report = edition.report
    if args.json:
        return Reply(_records_json(report.initiatives), Form.JSON)
    return Reply(initiatives_text(screen, report))


def show(edition: Edition, args: argparse.Namespace, screen: Screen) -> Reply:
    from ...exchange.jsonio import to_json
    from ...model.outcome import Outcome, Unsourced

    report = edition.report
    later: tuple[Outcome | Unsourced, ...] = (*edition.outcomes, *edition.unsourced)
    found = next((o for o in later if o.id == args.id), None)
    if found is not None:  # not part of the report: shown as judged against its figure
        if args.json:
            return Reply(to_json(found, indent=2), Form.JSON)
        return Reply(what_happened(edition, args.id, screen) or "")

    def one() -> Reply:
        record = _get(report, args.id)
        if args.json:
            return Reply(to_json(record, indent=2), Form.JSON)
        text = record_text(screen, record, context=args.context, report=report)
        happened = what_happened(edition, record.id, screen)
        if happened is not None:
            text += "\n\n" + "\n".join(heading(screen, "What happened next")) + "\n\n" + happened
        return Reply(text)

    return _missing("null", args.json, one)


def scorecard(edition: Edition, args: argparse.Namespace, screen: Screen) -> Reply:
    report = edition.report
    if args.json:
        from ...exchange.scorecard import scorecard_json

        return Reply(scorecard_json(report), Form.JSON)
    return Reply(scorecard_text(screen, edition, lang=args.lang))


def search(edition: Edition, args: argparse.Namespace, screen: Screen) -> Reply:
    report = edition.report
    query = " ".join(args.text)
    if not query.strip():
        raise Usage("give some text to look for")
    if not args.json:
        return Reply(search_text(screen, query, args.limit, report))
    from ...analysis.search import search as find

    def found() -> Reply:
        hits = find(query, limit=args.limit, report=report)
        if not hits:
            raise NotFound(f"nothing matches {query!r}")
        rows = [attrs.asdict(h, filter=lambda a, _: a.name != "record") for h in hits]
        return Reply(_json(rows), Form.JSON)

    return _missing("[]", True, found)


def export(edition: Edition, args: argparse.Namespace, screen: Screen) -> Reply:
    """Write the export; reply with the JSON itself, or with where the files went.

    Options a format takes are passed through :data:`~miit2014.exchange.formats.FORMATS`:
    the command names the format and the path, the registry does the writing.
    """
    report = edition.report
    from pathlib import Path

    from ...exchange.formats import format_named
    from ...exchange.frames import MissingDependencyError

    chosen = format_named(args.format)
    if args.output is None:
        if chosen.text is None:
            place = "a directory" if chosen.into == "directory" else "a file"
            raise Usage(f"--format {args.format} writes files: give {place} with -o PATH")
        form = Form.JSON if chosen.name == "json" else Form.VERBATIM
        return Reply(chosen.text(report).rstrip("\n"), form)
    try:
        written = chosen.write(report, Path(args.output))
    except OSError as error:
        where = error.filename if error.filename is not None else args.output
        raise CannotWrite(f"cannot write {where}: {reason(error)}") from None
    except (MissingDependencyError, ValueError) as error:
        raise CannotWrite(f"cannot write {args.output}: {error}") from None
    return Reply("\n".join(f"wrote {path}" for path in written))


def schema(edition: Edition, args: argparse.Namespace, screen: Screen) -> Reply:
    from ...exchange.schema import json_schema

    return Reply(_json(json_schema()), Form.JSON)


def cite(edition: Edition, args: argparse.Namespace, screen: Screen) -> Reply:
    report = edition.report
    from ...exchange.citations import cite as citation

    record = report if args.id is None else _get(report, args.id)
    try:
        text = citation(record, args.style, report=report, edition_url=args.edition_url)
    except ValueError as error:  # an --edition-url that is no web address
        raise Usage(str(error)) from None
    return Reply(text, Form.JSON if args.style == "csl-json" else Form.VERBATIM)


Command = Callable[[Edition, argparse.Namespace, Screen], Reply]
#: Each command by name; ``None`` is the overview, shown with no command.
COMMANDS: Mapping[str | None, Command] = MappingProxyType(
    {
        None: lambda edition, args, screen: Reply(overview(screen, edition.report)),
        "figures": figures,
        "tasks": tasks,
        "people": people,
        "initiatives": initiatives,
        "show": show,
        "search": search,
        "export": export,
        "schema": schema,
        "scorecard": scorecard,
        "cite": cite,
        "check": check_command,
    }
)
