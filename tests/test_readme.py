"""The README's examples run, each one alone and pasted into a Python prompt, and its test
command is the one CI runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)

#: Feeds a block to an interactive console line by line, exactly as pasting it at the
#: ``>>>`` prompt does, and exits 1 at the first error (a syntax error included: a
#: statement right after an indented block, without the blank line a prompt needs).
PASTE = r"""
import code, sys

class Console(code.InteractiveConsole):
    def showsyntaxerror(self, filename=None, **kwargs):
        super().showsyntaxerror(filename, **kwargs)
        sys.exit(1)

    def showtraceback(self):
        super().showtraceback()
        sys.exit(1)

console = Console()
more = False
for line in sys.stdin.read().splitlines():
    more = console.push(line)
if more:
    console.push("")
"""


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block-{i}" for i in range(1, len(BLOCKS) + 1)])
def test_each_example_runs_alone_pasted_at_a_prompt(block: str, tmp_path: Path) -> None:
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-c", PASTE],
        input=block,
        cwd=tmp_path,  # the examples write files (out/) where they run
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert result.returncode == 0, f"{block}\n--- fails with ---\n{result.stderr[-3000:]}"


def test_a_block_that_needs_an_earlier_import_fails_alone(tmp_path: Path) -> None:
    """The runner does catch what it is for: a missing import, and a paste that a
    prompt refuses although a script would run it."""
    for bad in ("REPORT.figures[0]\n", "for i in range(2):\n    i\nx = 1\n"):
        result = subprocess.run(
            [sys.executable, "-c", PASTE],
            input=bad,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 1, bad
    fine = "for i in range(2):\n    i\n\nx = 1\n"
    ok = subprocess.run(
        [sys.executable, "-c", PASTE], input=fine, capture_output=True, text=True, timeout=60
    )
    assert ok.returncode == 0, ok.stderr


def test_readme_opens_with_the_two_setup_commands() -> None:
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    first, second = blocks[0].strip(), blocks[1].strip()
    assert README.index("```sh") < README.index("## ")
    assert first.startswith("python3 -m venv .venv")
    assert first.endswith(".venv/bin/miit2014")
    assert second.endswith(".venv/bin/python -m pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "n==2" in ci  # .ci/run takes the second block, so the two cannot drift apart


def test_readme_chart_exists() -> None:
    for image in re.findall(r"!\[[^]]*\]\(([^)]+)\)", README):
        assert (ROOT / image).is_file(), image


def test_the_numbers_example_describes_like_with_like() -> None:
    """Summary statistics of the figures' values are taken over one unit at a time: a mean
    of percentages and yuan means nothing."""
    pytest.importorskip("pandas")
    (block,) = (b for b in BLOCKS if ".describe()" in b)
    lines = block.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("frame = "))
    end = next(i for i, line in enumerate(lines) if ".describe()" in line)
    namespace: dict[str, object] = {}
    exec("import miit2014\n" + "\n".join(lines[start:end]), namespace)
    described = eval(lines[end].split("#")[0].strip().removesuffix(".describe()"), namespace)
    frame = namespace["frame"]
    units = frame.loc[described.index, "unit"]  # type: ignore[attr-defined]
    assert len(units) >= 2
    assert units.nunique() == 1, units.value_counts()
