"""The command line and the text rendering behind it.

Most commands run in-process through ``cli.run`` (fast, and capsys sees the output); a
few run as real subprocesses, to prove the installed command, piping, exit statuses and
colour on a pseudo-terminal.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import miit2014
from miit2014 import REPORT, SOURCE_TEXT, from_json
from miit2014.analysis.search import mark
from miit2014.exchange.schema import json_schema
from miit2014.model import Figure, Person, Qualifier, Record, Span, Status, TaskKind
from miit2014.model.wording import figure_line, numeral_phrase_zh, span_location, words
from miit2014.source import paragraph_of
from miit2014.views.cli import run
from miit2014.views.cli.screen import Screen
from miit2014.views.text import display_width, wrap

ANSI = re.compile(r"\x1b\[")
WIDE = 80


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def prose(text: str) -> str:
    """Wrapped English joined back: every run of white space as one space."""
    return " ".join(text.split())


def chars(text: str) -> str:
    """Wrapped Chinese joined back: white space dropped (wrapping breaks between characters)."""
    return re.sub(r"\s+", "", text)


def too_wide(text: str) -> list[str]:
    return [line for line in text.splitlines() if display_width(line) > WIDE]


def one_of_each_kind() -> list[Record]:
    seen: dict[type, Record] = {}
    for record in REPORT.records():
        seen.setdefault(type(record), record)
    return list(seen.values())


# -- the overview ------------------------------------------------------------------


def test_overview_names_the_meeting_its_report_headline_figures_and_key_tasks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = cli(capsys)
    assert (code, err) == (0, "")
    meeting = REPORT.meeting
    text = prose(out)
    reporter = REPORT.get(meeting.reporter_id)
    assert isinstance(reporter, Person)
    for expected in (
        meeting.name_en,
        meeting.start_date.isoformat(),
        meeting.end_date.isoformat(),
        meeting.place_en,
        prose(meeting.report_title.text_en),
        reporter.name_en,
    ):
        assert expected in text
    assert chars(meeting.report_title.quote) in chars(out)
    for figure in REPORT.figures:
        shown = prose(figure_line(figure)) in text
        assert shown == (figure.status in (Status.ESTIMATED, Status.TARGET)), figure.id
    key_tasks = [t for t in REPORT.tasks if t.kind is TaskKind.KEY_TASK]
    assert len(key_tasks) == 6
    for number, task in enumerate(key_tasks, 1):
        assert f"{number}. {prose(task.title_en)}" in text


# -- listings ------------------------------------------------------------------------


@pytest.mark.parametrize("status", [None, *Status])
def test_figures_lists_exactly_the_figures_of_a_status(
    capsys: pytest.CaptureFixture[str], status: Status | None
) -> None:
    argv = ["figures"] if status is None else ["figures", "--status", status.value]
    code, out, _ = cli(capsys, *argv)
    assert code == 0
    for figure in REPORT.figures:
        listed = re.search(rf"^\s+{re.escape(figure.id)}$", out, re.MULTILINE) is not None
        assert listed == (status is None or figure.status is status), figure.id


def test_figures_in_chinese_keep_the_words_that_bound_each_number(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = cli(capsys, "figures", "--lang", "zh")
    flat = chars(out)
    for figure in REPORT.figures:
        assert chars(f"{figure.label_zh}：{numeral_phrase_zh(figure)}") in flat


def test_figures_in_chinese_have_chinese_headings(capsys: pytest.CaptureFixture[str]) -> None:
    from miit2014.views.cli.listings import STATUS_HEADINGS

    _, out, _ = cli(capsys, "figures", "--lang", "zh")
    headings = [line for line in out.splitlines() if line and not line.startswith(" ")]
    statuses = {f.status for f in REPORT.figures}
    assert headings == [text for s, text in STATUS_HEADINGS["zh"].items() if s in statuses]
    assert len(headings) == len(statuses) > 1
    assert not re.search("[A-Za-z]", "".join(headings))


def test_figures_json_round_trips_to_the_same_records(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "figures", "--status", "target", "--json")
    assert code == 0
    items = json.loads(out)
    loaded = [from_json(json.dumps(item), Figure) for item in items]
    assert loaded == list(REPORT.targets())


def test_tasks_tree_indents_each_title_by_its_depth(capsys: pytest.CaptureFixture[str]) -> None:
    from miit2014.views.cli.listings import tasks_text

    lines = tasks_text(Screen(width=1000)).splitlines()
    expected = [
        "  " * len(REPORT.ancestors(task)) + f"{task.title_en}  {task.id}" for task in REPORT.tasks
    ]
    assert lines == expected
    code, out, _ = cli(capsys, "tasks")
    assert code == 0
    assert all(task.id in out for task in REPORT.tasks)


def test_one_task_shows_its_quote_subtasks_figures_and_initiatives(
    capsys: pytest.CaptureFixture[str],
) -> None:
    task = max(
        (t for t in REPORT.tasks if REPORT.figures_of(t) and REPORT.initiatives_of(t)),
        key=lambda t: len(REPORT.children(t)),
    )
    code, out, _ = cli(capsys, "tasks", task.id)
    assert code == 0
    assert chars(task.quote) in chars(out)
    assert span_location(task.span) in prose(out)
    linked = [
        *REPORT.children(task),
        *REPORT.figures_of(task),
        *REPORT.initiatives_of(task),
    ]
    for record in linked:
        assert re.search(rf"^\s+{re.escape(record.id)}$", out, re.MULTILINE), record.id
    for facet in (*task.sectors, *task.regions, *task.instruments):
        assert words(facet) in prose(out)  # in words: "new materials", not new_materials
        assert "_" not in facet.value or facet.value not in out


def test_tasks_json_of_one_task_is_its_subtree(capsys: pytest.CaptureFixture[str]) -> None:
    task = REPORT.task("plan-2014")
    _, out, _ = cli(capsys, "tasks", task.id, "--json")
    ids = [item["id"] for item in json.loads(out)]
    assert ids == [task.id, *(t.id for t in REPORT.descendants(task))]
    _, out, _ = cli(capsys, "tasks", "--json")
    assert [item["id"] for item in json.loads(out)] == [t.id for t in REPORT.tasks]


def test_tasks_with_an_id_that_is_not_a_task_points_to_show(
    capsys: pytest.CaptureFixture[str],
) -> None:
    figure = REPORT.figures[0]
    code, out, err = cli(capsys, "tasks", figure.id)
    assert (code, out) == (1, "")
    assert "Figure" in err
    assert f"miit2014 show {figure.id}" in prose(err)


def test_people_lists_each_leader_with_posts_and_role(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "people")
    assert code == 0
    blocks = out.strip().split("\n\n")
    assert len(blocks) == len(REPORT.people)
    roles = {p.person_id for p in REPORT.meeting.participants}
    for person, block in zip(REPORT.people, blocks, strict=True):
        head = block.splitlines()[0]
        assert person.name_en in head
        assert person.name_zh in head
        for post in (p for p in REPORT.posts if p.person_id == person.id):
            assert prose(post.title_en) in prose(block)
        assert ("At the meeting:" in block) == (person.id in roles)


def test_people_json_holds_people_and_posts(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = cli(capsys, "people", "--json")
    data = json.loads(out)
    assert [p["id"] for p in data["people"]] == [p.id for p in REPORT.people]
    assert [p["id"] for p in data["posts"]] == [p.id for p in REPORT.posts]


def test_initiatives_lists_every_initiative(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "initiatives")
    assert code == 0
    blocks = out.strip().split("\n\n")
    for initiative, block in zip(REPORT.initiatives, blocks, strict=True):
        assert initiative.id in block
        assert prose(initiative.description_en) in prose(block)
    _, out, _ = cli(capsys, "initiatives", "--json")
    assert [i["id"] for i in json.loads(out)] == [i.id for i in REPORT.initiatives]


# -- one record ---------------------------------------------------------------------


@pytest.mark.parametrize("record", one_of_each_kind(), ids=lambda r: type(r).__name__)
def test_show_gives_fields_quote_and_place_in_the_source(
    capsys: pytest.CaptureFixture[str], record: Record
) -> None:
    code, out, _ = cli(capsys, "show", record.id)
    assert code == 0
    assert out.splitlines()[0].split() == [record.id, type(record).__name__]
    assert chars(record.quote) in chars(out)
    first, last = paragraph_of(record.span.start), paragraph_of(record.span.end - 1)
    where = f"paragraph {first}," if first == last else f"paragraphs {first}–{last},"
    assert f"{where} characters {record.span.start}–{record.span.end}" in prose(out)
    code, out, _ = cli(capsys, "show", record.id, "--json")
    assert from_json(out, type(record)) == record


def test_show_context_marks_the_quote_inside_its_paragraph(
    capsys: pytest.CaptureFixture[str],
) -> None:
    figure = REPORT.figures[1]
    _, out, _ = cli(capsys, "show", figure.id, "--context")
    context = chars(out.split("In context")[1].split("\n\n")[0])
    assert f"【{chars(figure.quote)}】" in context
    paragraph = SOURCE_TEXT.splitlines()[paragraph_of(figure.span.start)]
    around = context.replace("【", "").replace("】", "").strip("…")
    assert around in chars(paragraph)
    assert len(around) > len(figure.quote)


def test_show_of_a_figure_reads_its_value_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    figure = next(f for f in REPORT.figures if f.qualifier is not Qualifier.EXACT)
    _, out, _ = cli(capsys, "show", figure.id)
    assert prose(figure_line(figure).split(": ", 1)[1]) in prose(out)


def test_show_lists_what_refers_to_a_person(capsys: pytest.CaptureFixture[str]) -> None:
    person = REPORT.get(REPORT.meeting.reporter_id)
    _, out, _ = cli(capsys, "show", person.id)
    for post in (p for p in REPORT.posts if p.person_id == person.id):
        assert post.id in out


def test_unknown_id_exits_1_and_suggests_close_ids(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "show", "figure.industrial-value-added-growth-2014")
    assert (code, out) == (1, "")
    assert "did you mean 'figure.industrial-value-added-growth-2013'" in prose(err)


@pytest.mark.parametrize(
    ("text", "command"),
    [("苗圩", "miit2014 search 苗圩"), ("broadband china", "miit2014 search 'broadband china'")],
)
def test_an_unknown_id_found_as_text_suggests_the_search(
    capsys: pytest.CaptureFixture[str], text: str, command: str
) -> None:
    hits = len(miit2014.search(text, limit=None))
    for argv in (["show", text], ["cite", text], ["tasks", text]):
        code, out, err = cli(capsys, *argv)
        assert (code, out) == (1, "")
        assert prose(err).endswith(f"{hits} records mention it: {command}"), argv


def test_an_unknown_id_not_found_as_text_suggests_no_search(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = cli(capsys, "show", "qqxqq")
    assert code == 1
    assert err == "miit2014: no record with id 'qqxqq'\n"


def test_every_record_shows_within_80_columns(capsys: pytest.CaptureFixture[str]) -> None:
    for record in REPORT.records():
        code, out, _ = cli(capsys, "show", record.id, "--context")
        assert code == 0
        assert too_wide(out) == [], record.id


# -- search -------------------------------------------------------------------------


def test_search_marks_the_match_and_ranks_the_id_first(capsys: pytest.CaptureFixture[str]) -> None:
    person = REPORT.people[0]
    code, out, _ = cli(capsys, "search", person.name_zh)
    assert code == 0
    first_hit = out.split("\n\n")[1]
    assert first_hit.splitlines()[0].split()[0] == person.id
    assert f"【{person.name_zh}】" in first_hit


def test_search_words_may_be_given_unquoted(capsys: pytest.CaptureFixture[str]) -> None:
    _, quoted, _ = cli(capsys, "search", "broadband china")
    _, unquoted, _ = cli(capsys, "search", "broadband", "china")
    assert quoted == unquoted
    assert "initiative.broadband-china" in quoted


def test_search_json_and_limit(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "search", "的", "--limit", "3", "--json")
    assert code == 0
    hits = json.loads(out)
    assert len(hits) == 3
    assert {"id", "score", "field", "snippet", "marks"} <= set(hits[0])
    for hit in hits:
        assert all(hit["snippet"][s:e] == "的" for s, e in hit["marks"])
    _, out, _ = cli(capsys, "search", "的", "--limit", "3")
    assert "--limit shows more" in out


@pytest.mark.parametrize("as_json", [False, True])
def test_search_without_a_match_exits_1(capsys: pytest.CaptureFixture[str], as_json: bool) -> None:
    code, out, err = cli(capsys, "search", "qqxqq", *(["--json"] if as_json else []))
    assert (code, out) == (1, "[]\n" if as_json else "")
    assert err == "miit2014: nothing matches 'qqxqq'\n"


@pytest.mark.parametrize(
    ("argv", "empty"),
    [
        (["show", "nope.nothing", "--json"], None),
        (["tasks", "nope.nothing", "--json"], []),
        (["tasks", REPORT.figures[0].id, "--json"], []),
    ],
)
def test_json_of_an_unknown_id_is_still_json(
    capsys: pytest.CaptureFixture[str], argv: list[str], empty: object
) -> None:
    code, out, err = cli(capsys, *argv)
    assert code == 1
    assert json.loads(out) == empty
    assert err.startswith("miit2014: ")


@pytest.mark.parametrize(
    ("limit", "head"),
    [
        (1, "More than 1 record matches '的'; the first is shown (--limit shows more)"),
        (3, "More than 3 records match '的'; the first 3 are shown (--limit shows more)"),
    ],
)
def test_search_counts_in_words(capsys: pytest.CaptureFixture[str], limit: int, head: str) -> None:
    _, out, _ = cli(capsys, "search", "的", "--limit", str(limit))
    assert prose(out.split("\n\n")[0]) == head
    record = REPORT.figures[0]
    _, out, _ = cli(capsys, "search", record.id)
    assert out.splitlines()[0] == f"1 record matches {record.id!r}"
    _, out, _ = cli(capsys, "search", "苗圩")
    count = len(miit2014.search("苗圩", limit=None))
    assert count > 1
    assert out.splitlines()[0] == f"{count} records match '苗圩'"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search", " "], "give some text to look for"),
        (["search", "x", "--limit", "0"], "argument --limit: must be at least 1, not 0"),
        (["search", "x", "--limit", "many"], "argument --limit: not a whole number: 'many'"),
    ],
)
def test_search_usage_errors_show_the_search_usage(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = cli(capsys, *argv)
    assert (code, out) == (2, "")
    usage, error = err.rstrip("\n").split("\n", 1)
    assert usage.startswith("usage: miit2014 search ")
    assert error == f"miit2014 search: error: {message}"


def test_export_without_a_directory_shows_the_export_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = cli(capsys, "export", "--format", "csv")
    assert code == 2
    assert err.startswith("usage: miit2014 export ")
    assert "miit2014 export: error: --format csv writes files" in err


# -- export, schema, cite --------------------------------------------------------------


def test_export_json_to_a_file_loads_back_as_the_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "report.json"
    code, out, _ = cli(capsys, "export", "--format", "json", "-o", str(path))
    assert code == 0
    assert str(path) in out
    assert from_json(path.read_text(encoding="utf-8")) == REPORT


def test_export_json_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "export", "--format", "json")
    assert code == 0
    assert from_json(out) == REPORT


@pytest.mark.parametrize("fmt", ["csv", "datapackage"])
def test_export_tables_write_files_into_a_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    code, out, _ = cli(capsys, "export", "--format", fmt, "-o", str(tmp_path))
    assert code == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert "figures.csv" in written
    assert ("datapackage.json" in written) == (fmt == "datapackage")
    assert all(line.startswith("wrote ") for line in out.splitlines())
    if fmt == "datapackage":
        json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["csv", "datapackage"])
def test_export_tables_need_a_directory(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, err = cli(capsys, "export", "--format", fmt)
    assert (code, out) == (2, "")
    assert "-o PATH" in err


def test_schema_prints_the_generated_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "schema")
    assert code == 0
    assert json.loads(out) == json_schema()


def test_cite_prints_each_style(capsys: pytest.CaptureFixture[str]) -> None:
    from miit2014.exchange.citations import cite

    figure = REPORT.figures[0]
    for style in ("text", "bibtex", "csl-json"):
        code, out, _ = cli(capsys, "cite", figure.id, "--style", style)
        assert code == 0
        assert out == cite(figure, style) + "\n"
    _, out, _ = cli(capsys, "cite")
    assert out == cite(REPORT) + "\n"


def test_cite_links_into_a_reading_edition(capsys: pytest.CaptureFixture[str]) -> None:
    url = "https://example.org/report.html"
    code, out, _ = cli(capsys, "cite", "person.su-bo", "--edition-url", url)
    assert code == 0
    assert out.rstrip("\n").endswith(f"Reading edition: {url}#person.su-bo")


def test_cite_unknown_id_and_style(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "cite", "no-such-record")[0] == 1
    assert cli(capsys, "cite", REPORT.figures[0].id, "--style", "mla")[0] == 2


# -- usage, width, colour -----------------------------------------------------------


def test_usage_errors_exit_2_and_help_and_version_exit_0(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli(capsys, "no-such-command")[0] == 2
    assert cli(capsys, "figures", "--status", "maybe")[0] == 2
    code, out, _ = cli(capsys, "--version")
    assert (code, out.strip()) == (0, f"miit2014 {miit2014.__version__}")
    code, out, _ = cli(capsys, "--help")
    assert code == 0
    assert "Exit status" in out


@pytest.mark.parametrize(
    "argv",
    [[], ["figures"], ["figures", "--lang", "zh"], ["tasks"], ["people"], ["initiatives"]]
    + [["search", q] for q in ("的", "enterprises", "small enterprises")],
    ids=lambda argv: " ".join(argv) or "overview",
)
def test_text_output_fits_80_columns_and_has_no_escapes_off_a_terminal(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, _ = cli(capsys, *argv)
    assert code == 0
    assert too_wide(out) == []
    assert not ANSI.search(out)


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("tty", "environ", "colour"),
    [
        (True, {}, True),
        (True, {"NO_COLOR": "1"}, False),
        (True, {"NO_COLOR": ""}, True),  # no-color.org: an empty value does not count
        (True, {"TERM": "dumb"}, False),
        (True, {"TERM": "xterm-256color"}, True),
        (False, {}, False),
    ],
)
def test_colour_only_on_a_terminal_without_no_color(
    tty: bool, environ: dict[str, str], colour: bool
) -> None:
    stream = FakeTerminal() if tty else io.StringIO()
    screen = Screen.for_stream(stream, environ)
    assert screen.colour is colour
    assert screen.width <= WIDE
    assert bool(ANSI.search(screen.marked("增长9.8%", [(2, 6)]))) is colour


@pytest.mark.parametrize(
    ("columns", "width"),
    [
        ("40", 40),
        ("20", 20),
        ("10", 20),  # the narrowest layout
        ("200", 80),  # the widest
        ("0", 80),  # not a width: as if unset
        ("wide", 80),
        (None, 80),
    ],
)
@pytest.mark.parametrize("tty", [False, True])
def test_width_from_columns_between_20_and_80(columns: str | None, width: int, tty: bool) -> None:
    environ = {} if columns is None else {"COLUMNS": columns}
    stream = FakeTerminal() if tty else io.StringIO()
    assert Screen.for_stream(stream, environ).width == width


def set_terminal_width(fd: int, columns: int) -> None:
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_width_from_the_terminal_when_columns_is_unset() -> None:
    import pty

    leader, follower = pty.openpty()
    try:
        with open(follower, "w", closefd=False) as stream:
            for columns, width in ((33, 33), (12, 20), (132, 80)):
                set_terminal_width(follower, columns)
                assert Screen.for_stream(stream, {}).width == width
    finally:
        os.close(leader)
        os.close(follower)


def _narrow_outputs(width: int) -> dict[str, str]:
    from miit2014.views.cli import listings
    from miit2014.views.cli.record import record_text

    screen = Screen(width=width)
    outputs = {
        "overview": listings.overview(screen),
        "figures": listings.figures_text(screen),
        "figures zh": listings.figures_text(screen, lang="zh"),
        "tasks": listings.tasks_text(screen),
        "people": listings.people_text(screen),
        "initiatives": listings.initiatives_text(screen),
        "search": listings.search_text(screen, "信息消费", 50),
        "search words": listings.search_text(screen, "small enterprises", 50),
    }
    for record in REPORT.records():
        outputs[record.id] = record_text(screen, record, context=True)
    return outputs


@pytest.mark.parametrize("width", [20, 33, 40])
def test_every_listing_and_record_fits_a_narrow_screen(width: int) -> None:
    for name, text in _narrow_outputs(width).items():
        wide = [line for line in text.splitlines() if display_width(line) > width]
        assert wide == [], name


def test_a_narrow_screen_puts_field_names_above_their_values() -> None:
    from miit2014.views.cli.record import record_text

    figure = REPORT.figures[0]
    wide = record_text(Screen(width=80), figure).splitlines()
    narrow = record_text(Screen(width=30), figure).splitlines()
    assert wide[1].split()[:2] == ["label", "(English)"]
    assert prose(wide[1]).startswith(f"label (English) {prose(figure.label_en)[:20]}")
    at = narrow.index("  label (English)")
    assert narrow[at + 1].startswith("    ")
    assert narrow[at + 1][4] != " "
    assert prose(figure.label_en).startswith(prose(narrow[at + 1]))


# -- display helpers ------------------------------------------------------------------


def test_display_width_counts_chinese_as_two_columns_and_escapes_as_none() -> None:
    assert display_width("abc") == 3
    assert display_width("信息消费") == 8
    assert display_width("\x1b[7m4G\x1b[0m用户") == 6
    assert display_width("e\u0301") == 1  # a combining accent takes no column


mixed_text = st.lists(
    st.sampled_from(
        ["信息", "消费", "，", "。", "规模", "4G", "IPTV", "growth", " ", "  ", "9.8%"]
    ),
    max_size=60,
).map("".join)


@given(mixed_text, st.integers(min_value=4, max_value=90))
def test_wrap_keeps_every_character_and_every_line_within_the_width(text: str, width: int) -> None:
    lines = wrap(text, width, indent="", hang="")
    assert all(display_width(line) <= width for line in lines)
    assert chars("".join(lines)) == chars(text)


@pytest.mark.parametrize("width", [12, 17, 40, 80])
def test_wrapped_source_never_starts_a_line_with_closing_punctuation(width: int) -> None:
    for paragraph in SOURCE_TEXT.splitlines():
        lines = wrap(paragraph, width, hang="")
        assert chars("".join(lines)) == chars(paragraph)
        assert not [line for line in lines if line[:1] in "，。、；：）”"]
        assert all(display_width(line) <= width for line in lines)


def test_wrap_closes_a_highlight_at_each_line_end_and_reopens_it() -> None:
    text = mark("规模以上工业增加值增长9.8%左右，利润增长13%", [(0, 15)], "\x1b[7m", "\x1b[0m")
    lines = wrap(text, 10, indent="  ")
    assert len(lines) > 2
    for line in lines[:2]:
        assert line.endswith("\x1b[0m")
        assert line.lstrip(" ").startswith("\x1b[7m")
    assert all(display_width(line) <= 10 for line in lines)


def test_wrap_keeps_spaces_inside_a_line_and_breaks_long_words() -> None:
    assert wrap("a  b", 10) == ["a  b"]
    assert wrap("x" * 25, 10, hang="") == ["x" * 10, "x" * 10, "x" * 5]


@pytest.mark.parametrize("figure", REPORT.figures, ids=lambda f: f.id)
def test_chinese_figure_text_comes_from_the_quote_and_keeps_its_bound(figure: Figure) -> None:
    phrase = numeral_phrase_zh(figure)
    assert phrase in figure.quote
    assert figure.numeral in phrase
    bounded = figure.qualifier is not Qualifier.EXACT
    bound_in_numeral = "多" in figure.numeral
    assert (phrase != figure.numeral) == (bounded and not bound_in_numeral)


def test_span_location_counts_paragraphs_from_the_headline() -> None:
    body = SOURCE_TEXT.index("\n") + 1
    assert span_location(Span(0, 3)) == "paragraph 0, characters 0–3"
    assert span_location(Span(body, body + 4)).startswith("paragraph 1,")
    plan = REPORT.task("plan-2014").span
    first = SOURCE_TEXT.count("\n", 0, plan.start)
    last = SOURCE_TEXT.count("\n", 0, plan.end - 1)
    assert span_location(plan).startswith(f"paragraphs {first}–{last},")


# -- as a real process ----------------------------------------------------------------


def command(*argv: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    return subprocess.run(
        [sys.executable, "-m", "miit2014", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )


def test_piped_overview_is_plain_and_fits() -> None:
    done = command()
    assert (done.returncode, done.stderr) == (0, "")
    assert REPORT.meeting.name_en in done.stdout
    assert not ANSI.search(done.stdout)
    assert too_wide(done.stdout) == []


def test_process_exit_statuses() -> None:
    assert command("show", "nope.nothing").returncode == 1
    assert command("figures", "--status", "maybe").returncode == 2
    listed = command("figures", "--json")
    assert listed.returncode == 0
    assert len(json.loads(listed.stdout)) == len(REPORT.figures)


def test_installed_command_runs() -> None:
    script = Path(sys.executable).with_name("miit2014")
    if not script.exists():
        pytest.skip("the console script is not installed next to this interpreter")
    done = subprocess.run(
        [str(script), "cite", "--style", "csl-json"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)[0]["id"] == miit2014.DOCUMENT_ID


def test_a_reader_that_stops_early_is_no_error() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "miit2014", "tasks", "plan-2014"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()
    error = process.stderr.read()
    assert process.wait() == 0
    assert error == b""


def test_show_of_an_outcome_judges_it_against_its_target(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = cli(capsys, "show", "outcome.iptv-users-2014")
    assert code == 0
    assert "Alone it says: met (+640,000 IPTV users" in prose(out)
    assert "Bearing: decides" in prose(out)
    assert "households" in out  # the source's own word, quoted
    assert "https://totaltele.com/chinese-telecom-revenues-hit-162bn-in-2014" in prose(out)
    assert too_wide(out) == []
    code, out, _ = cli(capsys, "show", "outcome.iptv-users-2014", "--json")
    assert code == 0
    assert json.loads(out)["figure_id"] == "figure.iptv-users-target-2014"


_SNAKE_CASE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["figures"],
        ["figures", "--lang", "zh"],
        ["tasks"],
        ["tasks", "plan-2014.task-1"],
        ["people"],
        ["initiatives"],
        ["search", "宽带"],
        ["show", "plan-2014.task-1"],
        ["show", "person.miao-wei"],
        ["show", "figure.meeting-duration-2013"],
    ],
)
@pytest.mark.parametrize("width", [40, 80])
def test_every_screen_speaks_words_not_tokens_and_fits(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    width: int,
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    assert run(argv) == 0
    out = capsys.readouterr().out
    assert not _SNAKE_CASE.findall(out)
    assert "|" not in out
    assert max(map(display_width, out.splitlines())) <= width
