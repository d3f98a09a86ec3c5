"""The ``miit2014`` command: read, search, cite and export the report from a terminal.

Every listing takes ``--json`` for machine use. Exit status: 0 done, 1 not found (an
unknown id, with the closest ids suggested; a search without a match), 2 bad usage.
Text output fits 80 columns (fewer on a narrower terminal), measured in display columns
so that Chinese, which is two columns a character, wraps right. Colour and highlighting
(reverse video) appear only when standard output is a terminal and ``NO_COLOR`` is
unset or empty (https://no-color.org); otherwise matches are marked 【like this】.
Citations, JSON and the schema are printed unwrapped, to be copied whole.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO

import attrs

from .._version import __version__
from ..analysis.search import mark
from ..edition import or_default
from ..exchange.citations import STYLES as CITATION_STYLES
from ..exchange.formats import FORMATS, format_named
from ..model.base import Record, Span
from ..model.entities import (
    Initiative,
    MeetingRole,
    Organization,
    Participation,
    Person,
    Post,
)
from ..model.fields import Shape, fields_of
from ..model.figure import Figure, Status
from ..model.report import Report
from ..model.task import Task, TaskKind
from ..model.wording import figure_line, figure_value, span_location, value_text
from .text import wrap

WIDTH = 80
#: Characters of source text shown on either side of a quote by ``show --context``.
CONTEXT = 80

_STATUS_HEADINGS = {
    Status.ESTIMATED: "2013, estimated for the full year",
    Status.ACHIEVED: "2013, achieved",
    Status.TARGET: "2014 targets",
    Status.FACT: "The meeting and its context",
}
_ROLE_EN = {
    MeetingRole.DELIVERED_REPORT: "delivered the work report",
    MeetingRole.CHAIRED: "chaired",
    MeetingRole.ATTENDED: "attended",
}


class NotFound(Exception):
    """Nothing answers the request: exit status 1, with the message on stderr."""


class _Usage(Exception):
    """A request argparse cannot check on its own: exit status 2."""


@attrs.frozen
class Screen:
    """Where text goes: its width, and whether it may use colour (ANSI escapes)."""

    colour: bool = False
    width: int = WIDTH

    @classmethod
    def for_stream(cls, stream: IO[str], environ: Mapping[str, str] | None = None) -> Screen:
        """Colour and the terminal's width (at most 80) on a terminal; plain 80 elsewhere."""
        import shutil

        env = os.environ if environ is None else environ
        if not _isatty(stream):
            return cls()
        width = max(40, min(WIDTH, shutil.get_terminal_size((WIDTH, 24)).columns))
        return cls(colour=not env.get("NO_COLOR"), width=width)

    def _sgr(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.colour else text

    def bold(self, text: str) -> str:
        return self._sgr("1", text)

    def dim(self, text: str) -> str:
        return self._sgr("2", text)

    def marked(self, text: str, ranges: Iterable[tuple[int, int]]) -> str:
        """Highlight ranges of ``text``: reverse video in colour, 【brackets】 without."""
        before, after = ("\x1b[7m", "\x1b[0m") if self.colour else ("【", "】")
        return mark(text, ranges, before, after)

    def fill(self, text: str, indent: str = "", hang: str | None = None) -> list[str]:
        return wrap(text, self.width, indent=indent, hang=hang)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


# -- shared pieces ------------------------------------------------------------------


def _heading(screen: Screen, text: str) -> list[str]:
    return screen.fill(screen.bold(text))


def _entry(screen: Screen, text: str, record_id: str, indent: str = "  ") -> list[str]:
    """A line of text, then its record's id, dimmed, so it can be shown or cited."""
    lines = screen.fill(text, indent)
    lines.extend(screen.fill(screen.dim(record_id), indent + "    "))
    return lines


def _post_text(report: Report, post: Post) -> str:
    organization = report.get(post.organization_id)
    assert isinstance(organization, Organization)
    return f"{post.title_en}, {organization.name_en}"


def _posts_of(report: Report, person: Person) -> list[Post]:
    return [post for post in report.posts if post.person_id == person.id]


def _roles_of(report: Report, person: Person) -> list[str]:
    return [_ROLE_EN[p.role] for p in report.meeting.participants if p.person_id == person.id]


def _figure_lines(screen: Screen, figures: Iterable[Figure], lang: str, ids: bool) -> list[str]:
    lines: list[str] = []
    for figure in figures:
        text = figure_line(figure, lang=lang)
        lines.extend(_entry(screen, text, figure.id) if ids else screen.fill(text, "  "))
    return lines


# -- the commands' text ---------------------------------------------------------------


def overview(screen: Screen | None = None, report: Report | None = None) -> str:
    """The meeting, its report, the headline figures and the six key tasks of 2014."""
    screen = screen or Screen()
    report = or_default(report)
    meeting = report.meeting
    reporter = report.get(meeting.reporter_id)
    assert isinstance(reporter, Person)
    posts = "; ".join(_post_text(report, p) for p in _posts_of(report, reporter))
    lines = [
        *_heading(screen, meeting.name_en),
        *screen.fill(
            f"{meeting.name_zh} · {meeting.place_en} · "
            f"{meeting.start_date.isoformat()} to {meeting.end_date.isoformat()}"
        ),
        "",
        *screen.fill(f"Work report by {reporter.name_en} ({reporter.name_zh}), {posts}:"),
        *screen.fill(meeting.report_title.quote, "  "),
        *screen.fill(f'"{meeting.report_title.text_en}"', "  ", "   "),
    ]
    for status in (Status.ESTIMATED, Status.TARGET):
        lines += ["", *_heading(screen, _STATUS_HEADINGS[status])]
        lines += _figure_lines(screen, _figures(report, status), "en", ids=False)
    key_tasks = [t for t in report.tasks if t.kind is TaskKind.KEY_TASK]
    lines += ["", *_heading(screen, "Key tasks for 2014")]
    for number, task in enumerate(key_tasks, 1):
        lines += screen.fill(f"{number}. {task.title_en}", "  ", "     ")
    lines += [
        "",
        *screen.fill(
            screen.dim(
                "More: miit2014 figures | tasks | people | initiatives | search TEXT | "
                "show ID | cite ID | --help"
            ),
            hang="  ",
        ),
    ]
    return "\n".join(lines)


def _figures(report: Report, status: Status | None) -> tuple[Figure, ...]:
    return tuple(f for f in report.figures if status is None or f.status is status)


def figures_text(
    screen: Screen, status: Status | None = None, lang: str = "en", report: Report | None = None
) -> str:
    """Every figure (or those of one status), grouped by status, each with its id."""
    report = or_default(report)
    lines: list[str] = []
    for kind, heading in _STATUS_HEADINGS.items():
        chosen = _figures(report, kind) if status in (None, kind) else ()
        if chosen:
            lines += [*_heading(screen, heading), *_figure_lines(screen, chosen, lang, True), ""]
    return "\n".join(lines[:-1])


def tasks_text(screen: Screen, report: Report | None = None) -> str:
    """The task tree: one title per task, indented by depth, with its id."""
    report = or_default(report)
    from ..analysis.query import walk

    lines: list[str] = []
    for depth, task in walk(report):
        indent = "  " * depth
        title = screen.bold(task.title_en) if depth == 0 else task.title_en
        lines += screen.fill(f"{title}  {screen.dim(task.id)}", indent, indent + "    ")
    return "\n".join(lines)


def people_text(screen: Screen, report: Report | None = None) -> str:
    """The leaders named, each with the posts the report gives and their role."""
    report = or_default(report)
    blocks: list[str] = []
    for person in report.people:
        lines = screen.fill(
            f"{screen.bold(person.name_en)} {person.name_zh}  {screen.dim(person.id)}"
        )
        for post in _posts_of(report, person):
            lines += screen.fill(_post_text(report, post), "  ", "    ")
        roles = _roles_of(report, person)
        if roles:
            lines += screen.fill("At the meeting: " + ", ".join(roles), "  ", "    ")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def initiatives_text(screen: Screen, report: Report | None = None) -> str:
    """The programmes, strategies, documents, campaigns and meetings the report refers to."""
    report = or_default(report)
    blocks: list[str] = []
    for item in report.initiatives:
        lines = screen.fill(f"{screen.bold(item.name_en)}  {item.name_zh}", hang="  ")
        lines += screen.fill(item.description_en, "  ", "  ")
        lines += screen.fill(screen.dim(f"{item.id} · {item.kind.value}"), "  ")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# -- one record in full ---------------------------------------------------------------


def _fields(record: Record) -> list[tuple[str, str]]:
    """``(name, text)`` rows; a tuple of notes (citations) gives a row for each."""
    rows: list[tuple[str, str]] = []
    for field in fields_of(type(record)):
        if field.name in ("id", "span", "quote"):
            continue
        value = getattr(record, field.name)
        notes = field.many and field.shape is Shape.VALUE  # citations: a row each
        items = value if notes else (value,)
        for i, item in enumerate(items):
            text = value_text(item)
            if text and len(items) > 1:
                text = f"[{i + 1}] {text}"
            if text:
                rows.append((field.name if i == 0 else "", text))
        if field.name == "value" and isinstance(record, Figure):
            rows.append(("reads", figure_value(record)))
    return rows


def _related(report: Report, record: Record) -> list[tuple[str, list[tuple[str, str]]]]:
    """Records linked to this one: ``(heading, [(text, id), ...])``, empty groups left out."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    if isinstance(record, Task):
        groups += [
            ("Subtasks", [(t.title_en, t.id) for t in report.children(record)]),
            ("Figures", [(figure_line(f), f.id) for f in report.figures_of(record)]),
            (
                "Initiatives",
                [(f"{i.name_en} {i.name_zh}", i.id) for i in report.initiatives_of(record)],
            ),
        ]
    if isinstance(record, Figure) and (task := report.task_of(record)) is not None:
        groups.append(("Stated in", [(task.title_en, task.id)]))
    if isinstance(record, Initiative):
        groups.append(("Mentioned in", [(t.title_en, t.id) for t in report.mentions_of(record)]))
    groups.append(
        ("Referred to by", [(_label(report, r), r.id) for r in _referring(report, record.id)])
    )
    return [(heading, items) for heading, items in groups if items]


def _label(report: Report, record: Record) -> str:
    """A short human name for a record of any kind."""
    person = getattr(record, "person_id", None)
    if isinstance(person, str):
        name = _get(report, person)
        assert isinstance(name, Person)
        what = _ROLE_EN[record.role] if isinstance(record, Participation) else _label_of(record)
        return f"{name.name_en}: {what}"
    return _label_of(record)


def _label_of(record: Record) -> str:
    for name in ("title_en", "label_en", "name_en", "description_en", "text_en"):
        text = getattr(record, name, None)
        if isinstance(text, str):
            return text
    return record.id


def _referring(report: Report, record_id: str) -> tuple[Record, ...]:
    """Records with a link field (``person_id`` and the like) that names ``record_id``."""
    return report.memo("cli.links-to", _links_to).get(record_id, ())


def _links_to(report: Report) -> dict[str, tuple[Record, ...]]:
    """Every link of the report reversed, worked out once: id -> records linking to it."""
    found: dict[str, list[Record]] = {}
    for other in report.records():
        targets: set[str] = set()
        for field in fields_of(type(other)):
            if field.link is not None:
                value = getattr(other, field.name)
                targets.update(value if field.many else (value,))
        for target in targets - {None}:
            found.setdefault(target, []).append(other)
    return {target: tuple(records) for target, records in found.items()}


def context_text(screen: Screen, span: Span) -> str:
    """The source around ``span``, within its paragraphs, with the quote highlighted."""
    from ..source import SOURCE_TEXT

    start = max(span.start - CONTEXT, SOURCE_TEXT.rfind("\n", 0, span.start) + 1)
    line_end = SOURCE_TEXT.find("\n", span.end)
    end = min(span.end + CONTEXT, len(SOURCE_TEXT) if line_end == -1 else line_end)
    text = SOURCE_TEXT[start:end]
    shown = screen.marked(text, [(span.start - start, span.end - start)])
    lead = "…" if start > 0 and SOURCE_TEXT[start - 1] != "\n" else ""
    tail = "…" if end < len(SOURCE_TEXT) and SOURCE_TEXT[end] != "\n" else ""
    return "\n".join(screen.fill(lead + shown + tail, "  ", "  "))


def record_text(
    screen: Screen, record: Record, *, context: bool = False, report: Report | None = None
) -> str:
    """Everything about one record: fields, quote, place in the source, linked records."""
    report = or_default(report)
    lines = screen.fill(f"{screen.bold(record.id)}  {screen.dim(type(record).__name__)}")
    rows = _fields(record)
    if rows:
        column = min(max(len(name) for name, _ in rows), 16) + 2
        for name, text in rows:
            lines += screen.fill(text, f"  {name.ljust(column)}", " " * (column + 2))
    lines += ["", *_heading(screen, f"Quote ({span_location(record.span)})")]
    lines += screen.fill(record.quote, "  ", "  ")
    if context:
        lines += ["", *_heading(screen, "In context"), context_text(screen, record.span)]
    for heading, items in _related(report, record):
        lines += ["", *_heading(screen, heading)]
        for text, record_id in items:
            lines += _entry(screen, text, record_id)
    return "\n".join(lines)


# -- search ---------------------------------------------------------------------------


def search_text(screen: Screen, query: str, limit: int, report: Report | None = None) -> str:
    """Ranked matches with the matching text highlighted; NotFound when there are none."""
    from ..analysis.search import search

    hits = search(query, limit=limit + 1, report=report)
    if not hits:
        raise NotFound(f"nothing matches {query!r}")
    shown = hits[:limit]
    more = " or more; --limit shows more" if len(hits) > limit else ""
    lines = screen.fill(f"{len(shown)} records match {query!r}{more}")
    for hit in shown:
        lines += ["", *screen.fill(f"{screen.bold(hit.id)}  {screen.dim(hit.field)}")]
        lines += screen.fill(screen.marked(hit.snippet, hit.marks), "  ", "  ")
    return "\n".join(lines)


# -- the parser -----------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="miit2014",
        description=(
            "The 2013-12-27 national industry and information technology work conference"
            " report: read, search, cite and export it. With no command, an overview."
        ),
        epilog="Exit status: 0 done, 1 not found, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"miit2014 {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print JSON for machine use")

    def add(name: str, text: str, *, listing: bool = True) -> argparse.ArgumentParser:
        parents = [as_json] if listing else []
        return commands.add_parser(name, help=text, description=text, parents=parents)

    figures = add("figures", "the report's figures, grouped by status")
    figures.add_argument("--status", choices=[s.value for s in Status])
    figures.add_argument("--lang", choices=["en", "zh"], default="en")
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
    search.add_argument("--limit", type=int, default=20, help="most matches shown (20)")
    export = add(
        "export",
        "the whole report as JSON, an HTML reading edition, CSV tables or a data package",
        listing=False,
    )
    export.add_argument(
        "--format",
        choices=[f.name for f in FORMATS],
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
    add("schema", "the JSON Schema of the export format", listing=False)
    cite = add("cite", "a citation of a record, or of the whole document", listing=False)
    cite.add_argument("id", nargs="?", metavar="ID", help="a record id; none for the document")
    cite.add_argument("--style", choices=CITATION_STYLES, default=CITATION_STYLES[0])
    cite.add_argument(
        "--edition-url",
        metavar="URL",
        help="address of a reading edition (…/report.html): the citation links the record in it",
    )
    return parser


# -- running --------------------------------------------------------------------------


def _records_json(records: Sequence[object]) -> str:
    from ..exchange.jsonio import to_json

    return to_json(tuple(records), indent=2)


def _get(report: Report, record_id: str) -> Record:
    try:
        return report.get(record_id)
    except KeyError as error:
        raise NotFound(error.args[0]) from None


def _task(report: Report, record_id: str) -> Task:
    record = _get(report, record_id)
    if not isinstance(record, Task):
        raise NotFound(
            f"{record_id!r} is a {type(record).__name__}, not a task;"
            f" try: miit2014 show {record_id}"
        )
    return record


def _people_json(report: Report) -> str:
    import json

    data = {
        "people": json.loads(_records_json(report.people)),
        "posts": json.loads(_records_json(report.posts)),
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def _export(report: Report, fmt: str, output: str | None) -> str:
    """Write the export; return what to print (the JSON itself, or where files went)."""
    from pathlib import Path

    chosen = format_named(fmt)
    if output is None:
        if chosen.text is None:
            raise _Usage(f"export --format {fmt} writes files: give a directory with -o PATH")
        return chosen.text(report).rstrip("\n")
    try:
        written = chosen.write(report, Path(output))
    except OSError as error:  # a missing folder, a file where a folder should be, no rights
        raise _Usage(f"cannot write {output}: {error.strerror or error}") from None
    return "\n".join(f"wrote {path}" for path in written)


def _schema() -> str:
    import json

    from ..exchange.schema import json_schema

    return json.dumps(json_schema(), ensure_ascii=False, indent=2)


def _cite(report: Report, record_id: str | None, style: str, edition_url: str | None) -> str:
    from ..exchange.citations import cite

    target = report if record_id is None else _get(report, record_id)
    return cite(target, style, report=report, edition_url=edition_url)


def _dispatch(args: argparse.Namespace, screen: Screen, report: Report) -> str:
    command: str | None = args.command
    want_json: bool = getattr(args, "json", False)
    handlers: dict[str | None, Callable[[], str]] = {
        None: lambda: overview(screen, report),
        "figures": lambda: _figures_out(report, args, screen, want_json),
        "tasks": lambda: _tasks_out(report, args.id, screen, want_json),
        "people": lambda: _people_json(report) if want_json else people_text(screen, report),
        "initiatives": lambda: (
            _records_json(report.initiatives) if want_json else initiatives_text(screen, report)
        ),
        "show": lambda: _show_out(report, args, screen, want_json),
        "search": lambda: _search_out(report, args, screen, want_json),
        "export": lambda: _export(report, args.format, args.output),
        "schema": _schema,
        "cite": lambda: _cite(report, args.id, args.style, args.edition_url),
    }
    return handlers[command]()


def _figures_out(report: Report, args: argparse.Namespace, screen: Screen, want_json: bool) -> str:
    status = Status(args.status) if args.status else None
    if want_json:
        return _records_json(_figures(report, status))
    return figures_text(screen, status, args.lang, report)


def _tasks_out(report: Report, task_id: str | None, screen: Screen, want_json: bool) -> str:
    if task_id is None:
        return _records_json(report.tasks) if want_json else tasks_text(screen, report)
    task = _task(report, task_id)
    if want_json:
        return _records_json((task, *report.descendants(task)))
    return record_text(screen, task, report=report)


def _show_out(report: Report, args: argparse.Namespace, screen: Screen, want_json: bool) -> str:
    from ..outcomes import OUTCOMES

    outcome = next((o for o in OUTCOMES if o.id == args.id), None)
    if outcome is not None:  # not part of the report: shown as judged against its target
        if want_json:
            from ..exchange.jsonio import to_json

            return to_json(outcome, indent=2)
        from ..analysis.evaluation import evaluate

        target = _get(report, outcome.target_id)
        assert isinstance(target, Figure)
        return "\n".join(wrap(evaluate(target, outcome).explain(), WIDTH))
    record = _get(report, args.id)
    if want_json:
        from ..exchange.jsonio import to_json

        return to_json(record, indent=2)
    return record_text(screen, record, context=args.context, report=report)


def _search_out(report: Report, args: argparse.Namespace, screen: Screen, want_json: bool) -> str:
    query = " ".join(args.text)
    if not query.strip():
        raise _Usage("search needs some text to look for")
    if args.limit < 1:
        raise _Usage("--limit must be at least 1")
    if not want_json:
        return search_text(screen, query, args.limit, report)
    import json

    from ..analysis.search import search

    hits = search(query, limit=args.limit, report=report)
    if not hits:
        raise NotFound(f"nothing matches {query!r}")
    return json.dumps(
        [attrs.asdict(h, filter=lambda a, _: a.name != "record") for h in hits],
        ensure_ascii=False,
        indent=2,
    )


def _complain(message: str) -> None:
    print("\n".join(wrap(message, WIDTH)), file=sys.stderr)


def run(argv: Sequence[str], *, report: Report | None = None) -> int:
    """Run the command line ``argv`` (without the program name) on ``report`` (default the
    shipped one); return the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exit_:  # --help, --version, or a usage error (status 2)
        return exit_.code if isinstance(exit_.code, int) else 2
    screen = Screen.for_stream(sys.stdout)
    try:
        text = _dispatch(args, screen, or_default(report))
    except NotFound as error:
        _complain(f"miit2014: {error}")
        return 1
    except _Usage as error:
        parser.print_usage(sys.stderr)
        _complain(f"miit2014: error: {error}")
        return 2
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (head, less) stopped reading: that is its choice, not our failure.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0
