"""The command's listings: the overview, figures, tasks, people, initiatives, search hits.

Each takes a :class:`~.screen.Screen` and returns the text, laid out for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from ...edition import or_default
from ...model.entities import Organization, Person, Post
from ...model.figure import Figure, Status
from ...model.report import Report
from ...model.task import TaskKind
from ...model.wording import field_words, figure_line, role_text, words
from .screen import Screen


class NotFound(Exception):
    """Nothing answers the request: exit status 1, with the message on stderr."""


#: The headings of the figures, by status, in each language the listing speaks. The
#: Chinese are the package's own rendering; 预计全年 is the report's own phrase.
STATUS_HEADINGS: Mapping[str, Mapping[Status, str]] = MappingProxyType(
    {
        "en": MappingProxyType(
            {
                Status.ESTIMATED: "2013, estimated for the full year",
                Status.ACHIEVED: "2013, achieved",
                Status.TARGET: "2014 targets",
                Status.FACT: "The meeting and its context",
            }
        ),
        "zh": MappingProxyType(
            {
                Status.ESTIMATED: "2013年，预计全年",
                Status.ACHIEVED: "2013年已完成",
                Status.TARGET: "2014年目标",
                Status.FACT: "会议及其背景",
            }
        ),
    }
)


def counted(number: int, noun: str) -> str:
    """``1 record``, ``3 records``: a number with its noun in the right number.

    >>> counted(1, "record"), counted(3, "record"), counted(0, "match")
    ('1 record', '3 records', '0 matches')
    """
    if number == 1:
        return f"{number} {noun}"
    return f"{number} {noun}es" if noun.endswith(("s", "sh", "ch", "x")) else f"{number} {noun}s"


def heading(screen: Screen, text: str) -> list[str]:
    return screen.fill(screen.bold(text))


def entry(screen: Screen, text: str, record_id: str, indent: str = "  ") -> list[str]:
    """A line of text, then its record's id, dimmed, so it can be shown or cited."""
    lines = screen.fill(text, indent)
    lines.extend(screen.fill(screen.dim(record_id), indent + "    "))
    return lines


def post_text(report: Report, post: Post) -> str:
    organization = report.get(post.organization_id)
    assert isinstance(organization, Organization)
    return f"{post.title_en}, {organization.name_en}"


def _posts_of(report: Report, person: Person) -> list[Post]:
    return [post for post in report.posts if post.person_id == person.id]


def _roles_of(report: Report, person: Person) -> list[str]:
    return [role_text(p.role) for p in report.meeting.participants if p.person_id == person.id]


def _figure_lines(screen: Screen, figures: Iterable[Figure], lang: str, ids: bool) -> list[str]:
    lines: list[str] = []
    for figure in figures:
        text = figure_line(figure, lang=lang)
        lines.extend(entry(screen, text, figure.id) if ids else screen.fill(text, "  "))
    return lines


def figures_of(report: Report, status: Status | None) -> tuple[Figure, ...]:
    return tuple(f for f in report.figures if status is None or f.status is status)


def overview(screen: Screen | None = None, report: Report | None = None) -> str:
    """The meeting, its report, the headline figures and the six key tasks of 2014."""
    screen = screen or Screen()
    report = or_default(report)
    meeting = report.meeting
    reporter = report.get(meeting.reporter_id)
    assert isinstance(reporter, Person)
    posts = "; ".join(post_text(report, p) for p in _posts_of(report, reporter))
    lines = [
        *heading(screen, meeting.name_en),
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
        lines += ["", *heading(screen, STATUS_HEADINGS["en"][status])]
        lines += _figure_lines(screen, figures_of(report, status), "en", ids=False)
    key_tasks = [t for t in report.tasks if t.kind is TaskKind.KEY_TASK]
    lines += ["", *heading(screen, "Key tasks for 2014")]
    for number, task in enumerate(key_tasks, 1):
        lines += screen.fill(f"{number}. {task.title_en}", "  ", "     ")
    lines += [
        "",
        *screen.fill(
            screen.dim(
                "More: miit2014 figures, tasks, people, initiatives, search TEXT, "
                "show ID, cite ID or --help"
            ),
            hang="  ",
        ),
    ]
    return "\n".join(lines)


def figures_text(
    screen: Screen, status: Status | None = None, lang: str = "en", report: Report | None = None
) -> str:
    """Every figure (or those of one status), grouped by status, each with its id; the
    headings in ``lang`` like the figures."""
    report = or_default(report)
    lines: list[str] = []
    for kind, text in STATUS_HEADINGS[lang].items():
        chosen = figures_of(report, kind) if status in (None, kind) else ()
        if chosen:
            lines += [*heading(screen, text), *_figure_lines(screen, chosen, lang, True), ""]
    return "\n".join(lines[:-1])


def tasks_text(screen: Screen, report: Report | None = None) -> str:
    """The task tree: one title per task, indented by depth, with its id."""
    report = or_default(report)
    from ...analysis.query import walk

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
            lines += screen.fill(post_text(report, post), "  ", "    ")
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
        lines += screen.fill(screen.dim(f"{item.id} · {words(item.kind)}"), "  ")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def search_text(screen: Screen, query: str, limit: int, report: Report | None = None) -> str:
    """Ranked matches with the matching text highlighted; NotFound when there are none."""
    from ...analysis.search import search

    hits = search(query, limit=limit + 1, report=report)
    if not hits:
        raise NotFound(f"nothing matches {query!r}")
    shown = hits[:limit]
    one = len(shown) == 1
    verb = "matches" if one else "match"
    line = f"{counted(len(shown), 'record')} {verb} {query!r}"
    if len(hits) > limit:
        first = "the first is" if one else f"the first {limit} are"
        line = f"More than {line}; {first} shown (--limit shows more)"
    lines = screen.fill(line)
    for hit in shown:
        lines += ["", *screen.fill(f"{screen.bold(hit.id)}  {screen.dim(field_words(hit.field))}")]
        lines += screen.fill(screen.marked(hit.snippet, hit.marks), "  ", "  ")
    return "\n".join(lines)
