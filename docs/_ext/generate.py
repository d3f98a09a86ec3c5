"""Write the data pages of the documentation from the installed package, at build time.

Every table, list and printed output under ``docs/generated/`` is made here from
``miit2014`` itself (and the ``miit2014`` command), when Sphinx starts a build, so the
pages cannot drift from the data. The hand-written pages pull these fragments in with
MyST's ``{include}`` directive; ``generated/`` is excluded from the page list and
ignored by git.

Each record has one home section, labelled with its id (``(figure.lte-users-target-2014)=``),
so that any page can link to it with ``{ref}``.

:func:`fragments` is pure and needs no Sphinx, so the tests can check what it writes.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: Where the fragments go, relative to the docs source directory.
OUTPUT = "generated"

#: A quote longer than this is cut short in a table; the record's section has it whole.
QUOTE_IN_TABLE = 24

#: Modules documented in the API reference, in reading order.
API_MODULES = (
    # the facade
    "miit2014",
    # core
    "miit2014.errors",
    "miit2014.source",
    # the model
    "miit2014.model",
    "miit2014.model.base",
    "miit2014.model.figure",
    "miit2014.model.task",
    "miit2014.model.entities",
    "miit2014.model.citation",
    "miit2014.model.outcome",
    "miit2014.model.facets",
    "miit2014.model.nonfigure",
    "miit2014.model.report",
    "miit2014.model.collection",
    "miit2014.model.fields",
    "miit2014.model.wording",
    "miit2014.model.html",
    # the edition's data
    "miit2014.figures",
    "miit2014.numerals",
    "miit2014.glossary",
    "miit2014.edition",
    "miit2014.outcomes",
    # analysis
    "miit2014.analysis.quantity",
    "miit2014.analysis.comparison",
    "miit2014.analysis.evaluation",
    "miit2014.analysis.scorecard",
    "miit2014.analysis.derived",
    "miit2014.analysis.query",
    "miit2014.analysis.search",
    "miit2014.analysis.audit",
    # exchange formats
    "miit2014.exchange.formats",
    "miit2014.exchange.jsonio",
    "miit2014.exchange.schema",
    "miit2014.exchange.tables",
    "miit2014.exchange.frames",
    "miit2014.exchange.citations",
    "miit2014.exchange.scorecard",
    "miit2014.exchange.scorecard_tables",
    "miit2014.exchange.alignment",
    "miit2014.exchange.reading",
    # views
    "miit2014.views.text",
    "miit2014.views.plot",
    "miit2014.views.chart",
)

#: Packages that only gather names defined elsewhere, and the chart class (whose members
#: are matplotlib's): their docstring, not their members.
_NO_MEMBERS = ("miit2014", "miit2014.model", "miit2014.views.chart")


# -- Markdown helpers -------------------------------------------------------------------

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~$])")


def esc(text: str) -> str:
    """Text as literal Markdown: no character of it starts markup."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split("\n")))


_RST_CODE = re.compile(r"``(.+?)``|:[a-z:]+:`~?([^`<]+?)(?: <[^`]+>)?`")


def prose(text: str) -> str:
    """A docstring's text as Markdown: its ``literals`` and :class:`roles` as code, the rest
    escaped (descriptions in the model are written for Sphinx's reST)."""
    out, at = [], 0
    for match in _RST_CODE.finditer(text):
        out.append(esc(text[at : match.start()]))
        literal = match.group(1) or match.group(2).rsplit(".", 1)[-1]
        out.append(code(literal))
        at = match.end()
    out.append(esc(text[at:]))
    return "".join(out)


def code(text: str) -> str:
    return f"`{text}`"


def ref(label: str, title: str) -> str:
    """A link to the section labelled ``label``, wherever it is."""
    title = re.sub(r"([`<>])", r"\\\1", title)
    return f"{{ref}}`{title} <{label}>`"


def link(title: str, url: str | None) -> str:
    return f"[{esc(title)}]({url})" if url else esc(title)


def shorten(text: str, limit: int = QUOTE_IN_TABLE) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A pipe table; cells must already be Markdown (escape them with :func:`esc`)."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines)


def fenced(text: str, language: str = "text") -> str:
    return f"```{language}\n{text.rstrip()}\n```"


def words(value: str) -> str:
    """An enum value as words: ``more_than`` -> ``more than``."""
    return value.replace("_", " ")


def section(level: int, label: str | None, title: str, *, markdown: bool = False) -> str:
    """A heading, with a label to link to it; ``title`` is plain text unless ``markdown``."""
    target = f"({label})=\n" if label else ""
    return f"{target}{'#' * level} {title if markdown else esc(title)}"


def blocks(*parts: str | None) -> str:
    """Join the non-empty parts with blank lines; end with one newline."""
    return "\n\n".join(p for p in parts if p) + "\n"


# -- figures ----------------------------------------------------------------------------

_STATUS_HEADINGS = {
    "estimated": "2013, estimated for the full year",
    "achieved": "2013, achieved",
    "target": "2014 targets",
    "fact": "The meeting and its context",
}


def figure_constants() -> dict[str, str]:
    """Figure id -> the name of its constant in :mod:`miit2014.figures`."""
    from miit2014 import figures
    from miit2014.model import Figure

    return {
        value.id: name
        for name, value in vars(figures).items()
        if isinstance(value, Figure) and name.isupper() and not name.startswith("_")
    }


def figures_page() -> str:
    from miit2014 import REPORT
    from miit2014.model.wording import figure_value, span_location

    constants = figure_constants()
    parts: list[str] = []
    for status, heading in _STATUS_HEADINGS.items():
        chosen = [f for f in REPORT.figures if f.status.value == status]
        if not chosen:
            continue
        is_target = status == "target"
        headers = ["Figure", "Value", "Printed", "Qualifier", "Period"]
        headers += ["Commitment"] if is_target else []
        headers += ["Quote"]
        rows = []
        for f in chosen:
            row = [
                ref(f.id, f.label_en),
                esc(figure_value(f)),
                esc(f.numeral),
                words(f.qualifier.value),
                esc(f.period.label_en),
            ]
            if is_target:
                row.append(words(f.commitment.value) if f.commitment else "")
            row.append(ref(f.id, shorten(f.quote)))
            rows.append(row)
        parts += [section(2, None, heading), table(headers, rows)]
    parts.append(section(2, "figure-details", "Figure by figure"))
    for f in REPORT.figures:
        task = REPORT.task_of(f)
        fields = [
            ("Constant", code(f"miit2014.figures.{constants[f.id]}") if f.id in constants else ""),
            ("Id", code(f.id)),
            ("Value", f"{esc(figure_value(f))} ({code(repr(f.value))}, unit {code(f.unit.value)})"),
            ("Printed", esc(f.numeral)),
            ("Qualifier", code(f.qualifier.value)),
            ("Status", code(f.status.value)),
            ("Commitment", code(f.commitment.value) if f.commitment else ""),
            ("Period", esc(f.period.label_en)),
            ("Measures (Chinese)", esc(f.label_zh)),
            ("Counts", esc(f.counted) if f.counted else ""),
            ("Task", ref(task.id, task.title_en) if task else ""),
            ("Where", span_location(f.span)),
            ("Note", esc(f.note_en) if f.note_en else ""),
        ]
        parts += [section(3, f.id, f.label_en), _quote(f.quote), _fields(fields)]
    return blocks(*parts)


def _quote(text: str) -> str:
    return f"> {esc(text)}"


def _fields(fields: Sequence[tuple[str, str]]) -> str:
    """A field list (a two-column grid) of the fields that have a value."""
    return "\n".join(f":{name}: {value}" for name, value in fields if value)


# -- the task tree ----------------------------------------------------------------------


def tasks_page() -> str:
    from miit2014 import REPORT
    from miit2014.analysis.query import heading, walk

    outline = [
        f"{'  ' * depth}- {ref(task.id, task.title_en)} {code(task.id)}"
        for depth, task in walk(REPORT)
    ]
    parts: list[str | None] = [section(2, "task-outline", "Outline"), "\n".join(outline)]
    for depth, task in walk(REPORT):
        children = REPORT.children(task)
        kind = words(task.kind.value)
        parts.append(section(depth + 2, task.id, task.title_en))
        parts.append(f"{code(task.id)} · {kind}")
        if children:
            head = heading(REPORT, task)
            parts.append(_quote(head) if head else None)
            continue
        figures = REPORT.figures_of(task, deep=False)
        initiatives = REPORT.initiatives_of(task)
        parts += [
            esc(task.text_en),
            _quote(task.quote),
            _fields(
                [
                    ("Sectors", ", ".join(words(s.value) for s in task.sectors)),
                    ("Regions", ", ".join(words(r.value) for r in task.regions)),
                    ("Instruments", ", ".join(words(i.value) for i in task.instruments)),
                    ("Figures", " · ".join(ref(f.id, f.label_en) for f in figures)),
                    ("Initiatives", " · ".join(ref(i.id, i.name_en) for i in initiatives)),
                ]
            ),
        ]
    return blocks(*parts)


# -- people, organisations, the meeting -------------------------------------------------


def people_page() -> str:
    from miit2014 import REPORT

    meeting = REPORT.meeting
    names = {p.id: p.name_en for p in REPORT.people}
    orgs = {o.id: o for o in REPORT.organizations}
    sessions = table(
        ["Date", "Time", "Session", "Chair", "Speakers", "In the source"],
        (
            [
                s.date.isoformat(),
                s.part_of_day.value,
                esc(s.description_en),
                esc(names[s.chair_id]) if s.chair_id else "",
                esc(", ".join(orgs[o].name_en for o in s.speaker_ids)),
                "held" if s.status.value == "held" else "announced (将, “will”)",
            ]
            for s in meeting.schedule
        ),
    )
    roles = table(
        ["Person", "Role"],
        ([esc(names[p.person_id]), words(p.role.value)] for p in meeting.participants),
    )
    people = table(
        ["Name", "Chinese", "Id"],
        ([esc(p.name_en), esc(p.name_zh), code(p.id)] for p in REPORT.people),
    )
    posts = table(
        ["Person", "Post", "Chinese", "Organisation", "Id"],
        (
            [
                esc(names[p.person_id]),
                esc(p.title_en),
                esc(p.title_zh),
                esc(orgs[p.organization_id].name_en),
                code(p.id),
            ]
            for p in REPORT.posts
        ),
    )
    organizations = table(
        ["Name", "Chinese", "Kind", "Note", "Id"],
        (
            [
                esc(o.name_en),
                esc(o.full_name_zh or o.name_zh)
                + (f" ({esc(o.name_zh)})" if o.full_name_zh else ""),
                words(o.type.value),
                " ".join(
                    [esc(o.note_en or ""), *(f"Source: {_source(c)}." for c in o.citations)]
                ).strip(),
                code(o.id),
            ]
            for o in REPORT.organizations
        ),
    )
    facts = _fields(
        [
            ("Name", f"{esc(meeting.name_en)} ({esc(meeting.name_zh)})"),
            ("When", f"{meeting.start_date.isoformat()} to {meeting.end_date.isoformat()}"),
            ("Where", esc(meeting.place_en)),
            (
                "Report",
                f"“{esc(meeting.report_title.text_en)}” ({esc(meeting.report_title.quote)})",
            ),
            ("Delivered by", esc(names[meeting.reporter_id])),
            ("Format", esc(meeting.format.text_en)),
            ("Branch venues", esc(meeting.branch_venues.text_en)),
            ("Attendance", esc(meeting.attendance.text_en)),
        ]
    )
    return blocks(
        section(2, meeting.id, "The meeting"),
        facts,
        section(3, None, "Sessions"),
        sessions,
        section(3, None, "Roles"),
        roles,
        section(2, "people", "People"),
        people,
        section(3, "posts", "Posts"),
        posts,
        section(2, "organizations", "Organisations"),
        organizations,
    )


def _source(c: Any, *, note: bool = False) -> str:
    """A citation in one line: publisher, linked title, date, reliability (and its note)."""
    place = link(c.title, c.url) if c.title else (f"<{c.url}>" if c.url else "")
    text = f"{esc(c.publisher)}, {place}" if place else esc(c.publisher)
    text += f", {c.date.isoformat()}" if c.date else ""
    text += f" ({words(c.reliability.value)})"
    return text + (f". {esc(c.note)}" if note and c.note else "")


# -- initiatives and glossary -----------------------------------------------------------


def initiatives_page() -> str:
    from miit2014 import REPORT

    parts = []
    for i in REPORT.initiatives:
        tasks = REPORT.mentions_of(i)
        parts += [
            section(3, i.id, i.name_en),
            f"{code(i.id)} · {words(i.kind.value)}",
            esc(i.description_en),
            _fields(
                [
                    ("Chinese", " / ".join(esc(n) for n in i.names_zh)),
                    ("Full Chinese name", esc(i.full_name_zh) if i.full_name_zh else ""),
                    ("Mentioned", f"{len(i.mentions)} time{'s' if len(i.mentions) > 1 else ''}"),
                    ("In tasks", " · ".join(ref(t.id, t.title_en) for t in tasks)),
                    ("Sources", "; ".join(_source(c) for c in i.citations)),
                ]
            ),
        ]
    return blocks(*parts)


def glossary_page() -> str:
    from miit2014.glossary import TERMS

    return blocks(table(["Chinese", "English"], ([esc(zh), esc(en)] for zh, en in TERMS.items())))


# -- what happened next: the scorecard --------------------------------------------------


def scorecard_page() -> str:
    """The scorecard table, the verdicts' meanings, then each row in full: its outcomes
    with every source quoted, or what was searched when none was found."""
    from miit2014 import scorecard
    from miit2014.model.verdict import Verdict
    from miit2014.model.wording import BEARING_MEANING, VERDICT_MEANING, figure_value, outcome_value

    rows = scorecard()
    sourced = sum(1 for r in rows if r.outcomes)
    overview = table(
        ["Figure", "Promised or estimated", "Outcome", "Verdict", "Margin", "Best source"],
        (
            [
                ref(f"scorecard.{r.figure_id}", r.figure.label_en),
                esc(r.promised_text),
                esc(r.outcome_text),
                ref("scorecard-verdicts", words(r.verdict.value)),
                esc(r.margin_text),
                words(r.best_reliability.value) if r.best_reliability else "–",
            ]
            for r in rows
        ),
    )
    verdicts = table(
        ["Verdict", "Meaning"], ([code(v.value), esc(VERDICT_MEANING[v])] for v in Verdict)
    )
    parts = [
        esc(rows.summary()),
        f"{len(rows)} forward-looking figures; {sourced} with sourced outcomes, "
        f"{len(rows) - sourced} with none found (`miit2014.scorecard()`, when this site was"
        " built). The margin is the outcome minus the figure, in the figure's unit"
        " (percentage points for percentages); where sources conflict, each margin is shown.",
        overview,
        section(3, "scorecard-verdicts", "The verdicts"),
        verdicts,
        section(3, "scorecard-rows", "Each figure in full"),
    ]
    for r in rows:
        parts += [
            section(
                4, f"scorecard.{r.figure_id}", f"{r.figure.label_en}: {words(r.verdict.value)}"
            ),
            f"{ref(r.figure_id, r.figure_id)}: {esc(figure_value(r.figure))}"
            f" ({words(r.figure.status.value)}, {esc(r.figure.period.label_en)}).",
            fenced(_wrap_lines("\n".join(map(str, r.explanation().blocks[0][1:])))),
        ]
        for j in r.judgements:
            o = j.outcome
            when = f"as of {o.as_of.isoformat()}" if o.as_of else "undated"
            parts += [
                section(5, o.id, f"{outcome_value(o)}, {when}"),
                f"{code(o.id)}: {esc(o.scope_en)}. Bearing: **{words(j.bearing.value)}**"
                f" ({esc(BEARING_MEANING[j.bearing])})."
                + (f" Scope differs: {esc(o.scope_mismatch)}." if o.scope_mismatch else "")
                + (f" {esc(o.note_en)}" if o.note_en else ""),
            ]
            if o.derivation is not None:
                parts.append(f"Derived: {esc(o.derivation.explanation_en)}")
            parts.append("\n".join(_quoted_source(c) for c in o.sources))
        if r.unsourced is not None:
            u = r.unsourced
            parts += [
                section(5, u.id, "No source found"),
                f"Seen instead: {esc(u.seen_en)}",
                "\n".join(_quoted_source(c) for c in u.seen),
                "Searched: " + "; ".join(code(q) for q in u.searched) + ".",
            ]
    return blocks(*parts)


def _quoted_source(c: Any) -> str:
    """A source with its verbatim quote (and the package's reading of a garbled one)."""
    text = f"- {_source(c, note=True)}\n\n  > {esc(c.quote)} ({code(c.language)})"
    if c.reading:
        text += f"\n  >\n  > Reading (the package's, not verbatim): {esc(c.reading)}"
    return text


def _wrap_lines(text: str, width: int = 80) -> str:
    """Each line wrapped to ``width`` columns, continuations indented, as in a terminal."""
    import textwrap

    return "\n".join(
        textwrap.fill(line, width, subsequent_indent="  ") for line in text.splitlines()
    )


# -- data dictionary --------------------------------------------------------------------


def data_dictionary_page() -> str:
    return blocks(
        section(3, "data-dictionary-json", "The JSON format"),
        "One table per object type of the JSON export, from"
        " `miit2014.exchange.schema.data_dictionary()` and the JSON Schema.",
        _json_dictionary(),
        section(3, "data-dictionary-csv", "The CSV tables"),
        "One table per CSV file of `miit2014.to_csv()`, from"
        " `miit2014.exchange.tables.data_dictionary()`; the DataFrames of"
        " `miit2014.to_frame()` have the same columns.",
        _csv_dictionary(),
    )


def _json_dictionary() -> str:
    from miit2014.exchange.schema import data_dictionary, json_schema

    defs = json_schema()["$defs"]
    rows: dict[str, list[tuple[str, str, bool, str]]] = {}
    for record_type, field, json_type, required, description in data_dictionary():
        rows.setdefault(record_type, []).append((field, json_type, required, description))
    parts = [section(4, "json-report", "Report (the whole file)"), _field_table(_report_rows())]
    for name, fields in rows.items():
        parts += [
            section(4, f"json-{name.lower()}", name),
            prose(defs[name].get("description", "")),
            _field_table(fields),
        ]
    enums = [(n, d) for n, d in defs.items() if "enum" in d]
    parts += [
        section(4, "json-enumerations", "Enumerations"),
        table(
            ["Type", "Meaning", "Values"],
            (
                [code(n), prose(d.get("description", "")), ", ".join(code(v) for v in d["enum"])]
                for n, d in enums
            ),
        ),
    ]
    return "\n\n".join(parts)


def _csv_dictionary() -> str:
    from miit2014.exchange import tables as export

    described = {t.name: t for t in export.tables()}
    rows: dict[str, list[tuple[str, str, bool, str]]] = {}
    for name, column, kind, required, description in export.data_dictionary():
        rows.setdefault(name, []).append((column, kind, required, description))
    parts = []
    for name, columns in rows.items():
        tab = described[name]
        key = ", ".join(code(k) for k in tab.primary_key)
        parts += [
            section(4, f"csv-{name}", f"{name}.csv"),
            f"{prose(tab.description)} Primary key: {key}.",
            _field_table(columns, first="Column"),
        ]
    return "\n\n".join(parts)


def _report_rows() -> list[tuple[str, str, bool, str]]:
    from miit2014.exchange.schema import json_schema

    schema = json_schema()
    out = []
    for field, prop in schema["properties"].items():
        json_type = prop.get("type") or prop.get("$ref", "").rsplit("/", 1)[-1]
        if prop.get("type") == "array":
            json_type = "array of " + prop["items"]["$ref"].rsplit("/", 1)[-1]
        out.append((field, json_type, field in schema["required"], prop.get("description", "")))
    return out


def _field_table(fields: Iterable[tuple[str, str, bool, str]], first: str = "Field") -> str:
    return table(
        [first, "Type", "Required", "Description"],
        (
            [code(f), esc(t), "yes" if required else "no", prose(d) if d else "—"]
            for f, t, required, d in fields
        ),
    )


# -- command line -----------------------------------------------------------------------


def run_cli(*args: str) -> str:
    """What ``miit2014 ARGS`` prints, as a user would see it piped, at 80 columns."""
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "miit2014", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"`miit2014 {' '.join(args)}` exited with {done.returncode}:\n{done.stderr[-2000:]}"
        )
    return done.stdout


def cli_commands() -> list[str]:
    """The sub-commands, as the top-level ``--help`` lists them: argparse writes either
    ``{figures,tasks,...}`` or one command per line, indented by four spaces."""
    text = run_cli("--help")
    found = re.search(r"\{([a-z][a-z0-9,-]*)\}", text)
    if found:
        return found.group(1).split(",")
    return re.findall(r"^    ([a-z][a-z0-9-]*)(?:\s|$)", text, flags=re.MULTILINE)


#: Commands whose output the CLI page shows, run when the site is built.
CLI_EXAMPLES = (
    ("figures", "--status", "target"),
    ("show", "figure.iptv-users-target-2014", "--context"),
    ("search", "宽带"),
    ("scorecard",),
)


def cli_exit_statuses() -> str:
    """The exit statuses, from the enumeration the command itself uses."""
    from miit2014.views.cli.output import Exit

    return table(["Status", "Meaning"], ([code(str(int(e))), esc(e.meaning)] for e in Exit))


def cli_page() -> str:
    parts = [
        section(2, "cli-exit-statuses", "Exit statuses"),
        cli_exit_statuses(),
        section(2, "cli-overview", "With no arguments: the overview"),
        fenced(run_cli()),
        section(2, "cli-examples", "Examples"),
    ]
    for args in CLI_EXAMPLES:
        parts += [f"`miit2014 {' '.join(args)}`:", fenced(run_cli(*args))]
    parts += [section(2, "cli-help", "Help"), fenced(run_cli("--help"))]
    for command in cli_commands():
        parts += [
            section(3, f"cli-{command}", code(f"miit2014 {command}"), markdown=True),
            fenced(run_cli(command, "--help")),
        ]
    return blocks(*parts)


# -- provenance -------------------------------------------------------------------------


def provenance_page() -> str:
    from miit2014 import REPORT
    from miit2014.analysis.audit import scan
    from miit2014.numerals import NON_FIGURES
    from miit2014.source import (
        DOCUMENT_ID,
        SOURCE_BYTES,
        SOURCE_FILENAME,
        SOURCE_SHA256,
        SOURCE_TEXT,
        paragraph_starts,
    )

    counts = table(
        ["Records", "Number"],
        [
            ["Figures", str(len(REPORT.figures))],
            ["Tasks", str(len(REPORT.tasks))],
            ["People", str(len(REPORT.people))],
            ["Posts", str(len(REPORT.posts))],
            ["Organisations", str(len(REPORT.organizations))],
            ["Initiatives", str(len(REPORT.initiatives))],
            ["All records, nested ones included", str(len(REPORT.index))],
        ],
    )
    source = _fields(
        [
            ("Document id", code(DOCUMENT_ID)),
            ("File", code(f"miit2014/data/{SOURCE_FILENAME}")),
            ("Size", f"{len(SOURCE_BYTES):,} bytes of UTF-8, {len(SOURCE_TEXT):,} code points"),
            ("Paragraphs", f"{len(paragraph_starts())} lines, numbered from 0 (the headline)"),
            ("SHA-256", code(SOURCE_SHA256)),
        ]
    )
    non_figures = table(
        ["Text", "Kind", "Why it is not a figure"],
        ([esc(n.text), n.kind.value, esc(n.reason)] for n in NON_FIGURES),
    )
    return blocks(
        section(3, "provenance-source", "The source"),
        source,
        section(3, "provenance-records", "What the package holds"),
        counts,
        section(3, "provenance-non-figures", "Numerals that are not figures"),
        f"The scan finds {len(scan())} numerals in the source. Each lies inside a figure's "
        f"printed numeral or inside one of these {len(NON_FIGURES)} reviewed entries "
        "(`miit2014.numerals.NON_FIGURES`):",
        non_figures,
    )


# -- charts -----------------------------------------------------------------------------

#: Charts drawn by :func:`miit2014.views.plot.save_charts` into the output directory.
CHARTS = {
    "growth-2013-en.png": "The 2013 percentages, full-year estimates and reported results",
    "targets-vs-outcomes-en.png": (
        "The 2014 targets against the outcomes their verdicts rest on, as outcome / target;"
        " * marks an outcome whose scope differs from the target's"
    ),
    "scorecard-en.png": (
        "What happened next: each 2014 target's outcomes as a share of the target, and each"
        " 2013 estimate's final figures against the range its qualifier allows"
    ),
}


def charts_page() -> str:
    return blocks(
        *(
            f"```{{figure}} /{OUTPUT}/{name}\n:alt: {caption.replace(':', ',')}\n"
            f":width: 100%\n\n{esc(caption)}.\n```"
            for name, caption in CHARTS.items()
        )
    )


def draw_charts(directory: Path) -> None:
    """Draw the charts with the package's own plotting code (the ``plot`` extra)."""
    from miit2014.views.plot import save_charts

    written = {Path(p).name for p in save_charts(str(directory), lang="en")}
    if written != set(CHARTS):
        raise RuntimeError(
            f"miit2014.views.plot.save_charts wrote {sorted(written)}, expected {sorted(CHARTS)}"
        )


# -- citations, API ---------------------------------------------------------------------


def citing_page() -> str:
    from miit2014 import REPORT, cite

    figure_id = "figure.lte-commercial-cities-target-2014"
    parts = [
        "The whole document, `cite(miit2014.REPORT)`:",
        _quote(cite(REPORT)),
        f'One figure, `cite("{figure_id}")` (the `text` style):',
        _quote(cite(figure_id)),
    ]
    for style, language in (("bibtex", "bibtex"), ("csl-json", "json")):
        parts += [
            f'The same, `cite("{figure_id}", style="{style}")`:',
            fenced(cite(figure_id, style=style), language),
        ]
    return blocks(*parts)


def api_page() -> str:
    # The package's own page: its docstring, where each top-level name lives, and get().
    parts = [section(2, "api-miit2014", "miit2014"), _automodule("miit2014", members=False)]
    parts.append(
        "The top-level names, and where each is documented:\n\n"
        + "\n".join(f"- {code(name)}: {_home(name)}" for name in _top_level_names())
    )
    parts.append("```{eval-rst}\n.. autofunction:: miit2014.get\n```")
    for name in API_MODULES:
        if name == "miit2014":
            continue
        parts += [
            section(2, f"api-{name}", name),
            _automodule(name, members=name not in _NO_MEMBERS),
        ]
    return blocks(*parts)


def _automodule(name: str, *, members: bool) -> str:
    """An ``automodule`` block; values that would print as a wall of text (the source, a
    whole table) or name a path on the build machine are documented without their value."""
    hidden = _hidden_values(name) if members else []
    left_out = [*hidden, *_type_aliases(name)] if members else []
    options = "   :members:\n   :undoc-members:\n" if members else ""
    if left_out:
        options += f"   :exclude-members: {', '.join(left_out)}\n"
    data = "".join(f"\n.. autodata:: {name}.{key}\n   :no-value:\n" for key in hidden)
    return f"```{{eval-rst}}\n.. automodule:: {name}\n{options}{data}```"


def _hidden_values(name: str, limit: int = 300) -> list[str]:
    module = importlib.import_module(name)
    return [
        key
        for key in _assigned_names(module)
        if not key.startswith("_")
        and (
            len(repr(value := getattr(module, key))) > limit
            or (isinstance(value, str) and os.path.isabs(value))
        )
    ]


def _type_aliases(name: str) -> list[str]:
    """Names the module assigns a type alias such as ``tuple[str, ...]``: an alias has no
    source of its own, and the source-code pages would link it to a page of the builtins."""
    module = importlib.import_module(name)
    return [
        key
        for key in _assigned_names(module)
        if not key.startswith("_") and isinstance(getattr(module, key), types.GenericAlias)
    ]


def _assigned_names(module: Any) -> list[str]:
    """Names the module itself assigns at top level (not those it imports)."""
    import ast
    import inspect

    def assigned(body: list[ast.stmt]) -> Iterator[str]:
        for node in body:
            if isinstance(node, ast.Assign):
                yield from (t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                yield node.target.id
            elif isinstance(node, (ast.With, ast.If, ast.Try)):
                yield from assigned(node.body)

    return list(assigned(ast.parse(inspect.getsource(module)).body))


def _drop_type_docstrings(
    _app: Sphinx, what: str, _name: str, obj: Any, _options: Any, lines: list[str]
) -> None:
    """An undocumented constant has no docstring of its own: autodoc would show its
    type's (the docstring of ``dict``), so show nothing instead."""
    import inspect

    if what in ("data", "attribute") and not isinstance(obj, type):
        type_doc = inspect.getdoc(type(obj))
        if type_doc and "\n".join(lines).strip() == inspect.cleandoc(type_doc).strip():
            lines.clear()


def _top_level_names() -> list[str]:
    import miit2014

    return [n for n in miit2014.__all__ if n != "__version__"]


def _home(name: str) -> str:
    """A cross-reference to where a top-level name is defined and documented."""
    import miit2014

    value = getattr(miit2014, name)
    if isinstance(value, type):
        return f"{{py:class}}`{value.__module__}.{value.__qualname__}`"
    if callable(value):
        return f"{{py:func}}`{value.__module__}.{value.__qualname__}`"
    for module_name in API_MODULES:
        module = importlib.import_module(module_name)
        if module_name != "miit2014" and name in _assigned_names(module):
            return f"{{py:data}}`{module_name}.{name}`"
    return ""


# -- writing ----------------------------------------------------------------------------

#: Fragment file name -> function that makes its Markdown.
FRAGMENTS: dict[str, Callable[[], str]] = {
    "figures.md": figures_page,
    "tasks.md": tasks_page,
    "people.md": people_page,
    "initiatives.md": initiatives_page,
    "glossary.md": glossary_page,
    "scorecard.md": scorecard_page,
    "data-dictionary.md": data_dictionary_page,
    "cli.md": cli_page,
    "provenance.md": provenance_page,
    "citing.md": citing_page,
    "api.md": api_page,
    "charts.md": charts_page,
}


def fragments() -> dict[str, str]:
    """Every fragment's file name and Markdown text."""
    return {name: make() for name, make in FRAGMENTS.items()}


def write(directory: Path) -> list[Path]:
    """Write the fragments; a file whose text is unchanged is left alone (and not rebuilt)."""
    directory.mkdir(exist_ok=True)
    written = []
    for name, text in fragments().items():
        path = directory / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    draw_charts(directory)
    return written


def reading_edition() -> str:
    """The reading edition of the report, the same page ``miit2014 export --format html``
    writes."""
    from miit2014.exchange.reading import reading_html

    return reading_html()


def site_files() -> dict[str, Callable[[], str]]:
    """Files written into the root of the built site, beside its pages, by name: the
    reading edition, where :func:`miit2014.exchange.citations.deep_link` points."""
    from miit2014.exchange.citations import READING_PAGE

    return {READING_PAGE: reading_edition}


def _on_builder_inited(app: Sphinx) -> None:
    write(Path(app.srcdir) / OUTPUT)


def _on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    for name, make in site_files().items():
        (Path(app.outdir) / name).write_text(make(), encoding="utf-8")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", _on_builder_inited)
    app.connect("build-finished", _on_build_finished)
    app.connect("autodoc-process-docstring", _drop_type_docstrings)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
