"""Ctrl-C at any moment of the command, even while it is still loading, is a quiet exit
with status 130 (:attr:`~miit2014.views.cli.output.Exit.INTERRUPTED`).

The interrupt used to be caught only once the command's modules had loaded, most of its
start-up: a Ctrl-C before that printed a ``KeyboardInterrupt`` traceback and the process
died of the signal (status −2 to its parent, not the documented 130).

The interrupt is sent at a chosen moment by a ``sitecustomize`` module put on the child's
path: it signals its own process the moment a named module is about to be imported, so
each moment is hit every time, not by a race against the clock.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from miit2014.views.cli.output import Exit

#: Modules the command imports, in the order it reaches them: the first is where its
#: start-up leaves the interpreter's hands (everything before it is ``import miit2014``,
#: a few milliseconds), the last are loaded while a command runs.
MOMENTS = [
    "miit2014.views",
    "miit2014.views.cli",
    "miit2014.model.report",
    "miit2014.edition",
    "miit2014.views.cli.commands",
    "miit2014.analysis.search",
    "miit2014.outcomes",
]

HOOK = '''
import os, signal, sys

class _InterruptOnImport:
    """Send this process SIGINT, as Ctrl-C does, when one module is about to load."""

    def __init__(self, name):
        self.name = name

    def find_spec(self, name, path=None, target=None):
        if name == self.name:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, _InterruptOnImport(os.environ["INTERRUPT_AT"]))
'''

#: The installed command, when the test runs in the environment it was installed into.
SCRIPT = Path(sys.executable).with_name("miit2014")
LAUNCHERS = {"python -m miit2014": [sys.executable, "-m", "miit2014"]}
if SCRIPT.is_file():
    LAUNCHERS["miit2014"] = [str(SCRIPT)]


def interrupted_at(
    module: str, launcher: list[str], tmp_path: Path
) -> subprocess.CompletedProcess[bytes]:
    (tmp_path / "sitecustomize.py").write_text(HOOK, encoding="utf-8")
    path = os.pathsep.join(p for p in (str(tmp_path), os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, "PYTHONPATH": path, "INTERRUPT_AT": module}
    return subprocess.run(
        [*launcher, "search", "苗圩"], capture_output=True, env=env, timeout=120, check=False
    )


@pytest.mark.parametrize("launcher", LAUNCHERS.values(), ids=LAUNCHERS)
@pytest.mark.parametrize("module", MOMENTS)
def test_ctrl_c_while_the_command_loads_exits_130_without_a_traceback(
    module: str, launcher: list[str], tmp_path: Path
) -> None:
    done = interrupted_at(module, launcher, tmp_path)
    assert done.stderr.decode("utf-8", "replace") == ""
    assert done.stdout == b""
    assert done.returncode == Exit.INTERRUPTED == 130


def test_the_hook_interrupts_nothing_it_is_not_asked_to(tmp_path: Path) -> None:
    """Without the module named, the command runs to its end: the statuses above are the
    interrupt's, not the hook's."""
    done = interrupted_at("no.such.module", [sys.executable, "-m", "miit2014"], tmp_path)
    assert (done.returncode, done.stderr) == (0, b"")
    assert "苗圩" in done.stdout.decode("utf-8")
