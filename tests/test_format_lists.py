"""Every list of export formats a user reads follows the one registry.

The registry (:data:`miit2014.exchange.formats.FORMATS`) is where a format is added; the
command's help is built from it, and the documentation and README are checked against it
here, so a format missing from any of them fails this test. ``python
tests/test_format_lists.py`` rewrites the table in docs/exports.md from the registry.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from miit2014.exchange.formats import FORMATS

ROOT = Path(__file__).resolve().parents[1]
NAMES = {f.name for f in FORMATS}
EXPORTS = ROOT / "docs" / "exports.md"
BEGIN = "<!-- formats: from miit2014.exchange.formats.FORMATS (tests/test_format_lists.py) -->"
END = "<!-- end of formats -->"


def formats_table() -> str:
    """The table of formats as docs/exports.md shows it."""
    rows = ["| `--format` | Writes | What |", "|---|---|---|"]
    for f in FORMATS:
        into = "a directory" if f.into == "directory" else "a file"
        also = ", or standard output" if f.text is not None else ""
        rows.append(f"| `{f.name}` | {into}{also} | {f.summary} |")
    return "\n".join(rows)


def _between(text: str) -> str:
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[start:end].strip()


def test_the_help_lists_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    from miit2014.views.cli import run

    assert run(["export", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    listed = re.findall(r"(?:FORMAT|;) ([a-z-]+): ", out)
    assert listed == [f.name for f in FORMATS]  # each with what it writes
    assert run(["--help"]) == 0
    overview = " ".join(capsys.readouterr().out.split())
    assert all(name in overview for name in NAMES)


def test_the_command_line_page_lists_every_format() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    (row,) = [line for line in text.splitlines() if line.startswith("| `miit2014 export")]
    assert set(re.findall(r"`([a-z-]+)`", row)) == NAMES


def test_the_exports_page_has_the_registrys_table() -> None:
    text = EXPORTS.read_text(encoding="utf-8")
    assert _between(text) == formats_table(), "run python tests/test_format_lists.py"


def test_the_readme_lists_every_format() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    (line,) = [x for x in text.splitlines() if x.startswith("miit2014 export --format")]
    command, _, comment = line.partition("#")
    named = {command.split("--format")[1].split()[0]}
    named |= {n.strip() for n in comment.removeprefix(" also").split(",")}
    assert named == NAMES


if __name__ == "__main__":
    text = EXPORTS.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    EXPORTS.write_text(
        text[:start] + "\n\n" + formats_table() + "\n\n" + text[end:], encoding="utf-8"
    )
    sys.exit(0)
