"""The command as a real process, on any standard output: never a traceback.

Each test runs ``python -m miit2014`` with standard output in a state a user can put it
in: an encoding without Chinese, a full disk, closed, a pipe closed early, a terminal
(a pseudo-terminal) of some width and kind. What is checked is what the user sees: the
exit status, standard error, and standard output as bytes.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

import miit2014
from miit2014 import REPORT, from_json
from miit2014.views.cli.output import Exit
from miit2014.views.text import display_width

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX streams and terminals")

FIGURE = "figure.iptv-users-target-2014"
#: Command lines of each kind of output: wrapped text with Chinese, marks and escapes in
#: it, a Chinese argument, verbatim text, help; then JSON.
TEXT_COMMANDS = [
    [],
    ["figures", "--lang", "zh"],
    ["show", FIGURE, "--context"],
    ["search", "苗圩"],
    ["cite", FIGURE, "--style", "bibtex"],
    ["search", "--help"],
]
JSON_COMMANDS = [
    ["search", "苗圩", "--json"],
    ["cite", FIGURE, "--style", "csl-json"],
    ["export", "--format", "json"],
]
#: Standard outputs without Chinese, as users get them.
NARROW_ENCODINGS = {
    "ascii": {"PYTHONIOENCODING": "ascii"},
    "latin-1": {"PYTHONIOENCODING": "latin-1"},
    "C locale": {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"},
}
TRACEBACK = re.compile(r"Traceback|Error:|Exception")


def environment(**changes: str) -> dict[str, str]:
    """The test's environment, without what would change the output, then ``changes``."""
    drop = ("NO_COLOR", "COLUMNS", "PYTHONIOENCODING", "LC_ALL", "LC_CTYPE", "LANG", "TERM")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["PYTHONUTF8"] = "1"
    return {**env, **changes}


def miit(
    *argv: str, env: Mapping[str, str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "miit2014", *argv],
        capture_output="stdout" not in kwargs,
        env=environment() if env is None else env,
        check=False,
        **kwargs,
    )


def one_line(stderr: bytes) -> str:
    """Standard error as one line of text; fails on anything longer or a traceback."""
    text = stderr.decode("utf-8")
    assert not TRACEBACK.search(text), text
    assert text.count("\n") == 1, text
    return text.rstrip("\n")


# -- encodings -------------------------------------------------------------------------


def in_process(argv: list[str]) -> str:
    """What the command prints in UTF-8, run in this process: the reference."""
    import contextlib
    import io

    from miit2014.views.cli import run

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        run(argv)
    return out.getvalue()


def all_at_once(
    argvs: list[list[str]], env: Mapping[str, str]
) -> list[subprocess.CompletedProcess[bytes]]:
    """Each command line run as its own process, all started together."""
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "miit2014", *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for argv in argvs
    ]
    done = []
    for argv, process in zip(argvs, processes, strict=True):
        out, err = process.communicate()
        done.append(subprocess.CompletedProcess(argv, process.returncode, out, err))
    return done


@pytest.mark.parametrize("changes", NARROW_ENCODINGS.values(), ids=NARROW_ENCODINGS)
def test_an_encoding_without_chinese_gets_escapes_not_a_crash(changes: dict[str, str]) -> None:
    """Was a UnicodeEncodeError traceback for every command that prints Chinese."""
    argvs = TEXT_COMMANDS + JSON_COMMANDS
    for done in all_at_once(argvs, environment(**changes)):
        argv = done.args
        assert (done.returncode, done.stderr) == (0, b""), argv
        text = done.stdout.decode("latin-1")
        if changes.get("PYTHONIOENCODING") != "latin-1":
            assert done.stdout.isascii(), argv
        reference = in_process(argv)
        if argv in JSON_COMMANDS:
            assert json.loads(text) == json.loads(reference), argv
            continue
        if re.search("[\u4e00-\u9fff]", reference):
            assert "\\u" in text, argv  # Chinese as escapes, not dropped
        if argv[:1] != ["cite"]:  # citations are printed whole, to be copied
            assert max(display_width(line) for line in text.splitlines()) <= 80, argv


@pytest.mark.parametrize("argv", [["search", "苗圩"], ["figures", "--lang", "zh"], []])
def test_utf8_keeps_chinese_intact(argv: list[str]) -> None:
    done = miit(*argv)
    assert done.returncode == 0
    text = done.stdout.decode("utf-8")
    assert "\\u" not in text
    assert re.search("[\u4e00-\u9fff]{4}", text)


def test_a_query_in_an_encoding_without_chinese_is_echoed_as_escapes() -> None:
    done = miit("show", "苗圩", env=environment(PYTHONIOENCODING="ascii", LC_ALL="C"))
    assert done.returncode == Exit.NOT_FOUND
    assert "\\u82d7\\u5729" in one_line(done.stderr)


def test_the_exported_json_on_standard_output_is_the_export() -> None:
    done = miit("export", "--format", "json")
    assert from_json(done.stdout.decode("utf-8")) == REPORT
    escaped = miit("export", "--format", "json", env=environment(PYTHONIOENCODING="ascii"))
    assert escaped.stdout.isascii()
    assert from_json(escaped.stdout.decode("ascii")) == REPORT


# -- failures to write ------------------------------------------------------------------


@pytest.mark.parametrize("argv", [["figures"], ["figures", "--help"], ["--version"]])
def test_a_full_standard_output_is_one_line_and_status_4(argv: list[str]) -> None:
    """Was a traceback (``OSError: [Errno 28] No space left on device``), exit status 1."""
    with open("/dev/full", "wb") as full:
        done = miit(*argv, stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == Exit.OUTPUT_FAILED == 4
    assert one_line(done.stderr) == (
        "miit2014: cannot write standard output: No space left on device"
    )


@pytest.mark.parametrize("argv", [["figures"], ["search", "qqxqq"], ["nonsense"]])
def test_a_closed_standard_output_is_silent(argv: list[str]) -> None:
    """Was ``AttributeError: 'NoneType' object has no attribute 'flush'``."""
    done = miit(*argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_close_1)
    expected = {"figures": 0, "search": 1, "nonsense": 2}[argv[0]]
    assert done.returncode == expected
    assert not TRACEBACK.search(done.stderr.decode())
    if expected == 0:
        assert done.stderr == b""


def _close_1() -> None:
    os.close(1)


def test_a_reader_that_stops_after_one_line_is_no_error() -> None:
    """``miit2014 figures | head -1``: the rest goes nowhere, quietly."""
    process = subprocess.Popen(
        [sys.executable, "-m", "miit2014", "export", "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(),
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert process.stdout.readline() == b"{\n"
    process.stdout.close()
    error = process.stderr.read()
    process.stderr.close()
    assert process.wait() == 0
    assert error == b""


def test_a_full_standard_error_changes_nothing_but_the_message() -> None:
    with open("/dev/full", "wb") as full:
        done = miit("show", "nope.nothing", stdout=subprocess.PIPE, stderr=full)
    assert (done.returncode, done.stdout) == (Exit.NOT_FOUND, b"")


def test_an_export_that_cannot_be_written_is_one_line_and_status_3(tmp_path: Path) -> None:
    """Was a FileNotFoundError traceback and exit status 1."""
    missing = tmp_path / "no" / "such" / "dir" / "report.json"
    done = miit("export", "--format", "json", "-o", str(missing))
    assert (done.returncode, done.stdout) == (Exit.CANNOT_WRITE, b"")
    line = one_line(done.stderr)
    assert line.startswith("miit2014: cannot write ")
    assert line.endswith(": No such file or directory")
    assert str(tmp_path / "no") in line


@pytest.mark.parametrize("fmt", ["json", "csv", "datapackage"])
def test_an_export_with_a_file_in_its_way_is_one_line(tmp_path: Path, fmt: str) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("kept", encoding="utf-8")
    done = miit("export", "--format", fmt, "-o", str(blocker / "out"))
    assert done.returncode == Exit.CANNOT_WRITE
    assert one_line(done.stderr).startswith(f"miit2014: cannot write {blocker}")
    assert blocker.read_text(encoding="utf-8") == "kept"


# -- exit statuses, documented -------------------------------------------------------------


def test_every_exit_status_is_in_the_help_and_the_docs() -> None:
    help_text = " ".join(miit("--help", env=environment(COLUMNS="200")).stdout.decode().split())
    page = (Path(__file__).parent.parent / "docs" / "_ext" / "generate.py").read_text("utf-8")
    assert "cli_exit_statuses()" in page
    for status in Exit:
        assert f"{int(status)} {status.meaning}" in help_text
    assert [int(s) for s in Exit] == [0, 1, 2, 3, 4, 130]


def test_an_interrupt_is_status_130_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from miit2014.views import cli

    def interrupted(argv: object, **kwargs: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "run", interrupted)
    assert cli.main(["figures"]) == Exit.INTERRUPTED == 130
    assert capsys.readouterr() == ("", "")


# -- on a terminal -------------------------------------------------------------------------


def on_terminal(*argv: str, columns: int = 80, **changes: str) -> tuple[int, str]:
    """Run the command on a pseudo-terminal of ``columns``; its status and what it showed."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "miit2014", *argv],
        stdout=follower,
        stderr=subprocess.PIPE,
        env=environment(**{"TERM": "xterm", **changes}),
    )
    os.close(follower)
    received = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        received += chunk
    os.close(leader)
    assert process.stderr is not None
    assert process.stderr.read() == b""
    process.stderr.close()
    return process.wait(), received.decode("utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize(
    ("changes", "colour"),
    [({}, True), ({"NO_COLOR": "1"}, False), ({"TERM": "dumb"}, False)],
    ids=["colour", "NO_COLOR", "TERM=dumb"],
)
def test_colour_on_a_terminal_unless_no_color_or_dumb(
    changes: dict[str, str], colour: bool
) -> None:
    status, shown = on_terminal("search", "信息消费", **changes)
    assert status == 0
    assert ("\x1b[7m信息消费" in shown) is colour
    assert ("【信息消费】" in shown) is not colour
    assert ("\x1b" in shown) is colour


@pytest.mark.parametrize("columns", [20, 40, 120])
@pytest.mark.parametrize("argv", [["figures", "--lang", "zh"], ["show", FIGURE, "--context"]])
def test_the_terminal_width_is_used_between_20_and_80(columns: int, argv: list[str]) -> None:
    """Was at least 40 columns, so a 20-column terminal got lines twice its width."""
    status, shown = on_terminal(*argv, columns=columns, NO_COLOR="1")
    assert status == 0
    widths = [display_width(line) for line in shown.splitlines()]
    assert max(widths) <= min(columns, 80)
    if columns <= 40:
        assert max(widths) > columns - 4  # and the room is used


@pytest.mark.parametrize("columns", ["20", "40"])
def test_columns_sets_the_width_of_piped_output(columns: str) -> None:
    """Was ignored: piped output was always 80 columns."""
    done = miit("figures", env=environment(COLUMNS=columns))
    widths = [display_width(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert max(widths) == int(columns)


def test_the_installed_version_is_the_one_tested() -> None:
    done = miit("--version")
    assert done.stdout.decode().strip() == f"miit2014 {miit2014.__version__}"
