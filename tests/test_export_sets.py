"""A set of exported files is switched all or none: a failure part-way, an interrupt, a
killed process or a concurrent export never leaves new and old files mixed."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from miit2014 import REPORT, from_json, to_json
from miit2014.exchange import files, formats, tables
from miit2014.model.report import Report


def _other_report() -> Report:
    data = json.loads(to_json(REPORT))
    data["figures"][0]["note_en"] = "An edited note, so that the figures table differs."
    return from_json(json.dumps(data, ensure_ascii=False))


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _consistent(folder: Path) -> bool:
    """Every table the descriptor lists is there with the size and hash it records."""
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        data = (folder / resource["path"]).read_bytes()
        if resource["hash"] != "sha256:" + hashlib.sha256(data).hexdigest():
            return False
    return True


def test_a_rename_refused_part_way_leaves_exactly_the_previous_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "package"
    tables.to_datapackage(folder)
    before = _contents(folder)
    real = os.replace
    calls = 0

    def refusing(source: Any, target: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 5:  # as an immutable (chattr +i) table would
            raise PermissionError(1, "Operation not permitted", str(target))
        real(source, target)

    monkeypatch.setattr(os, "replace", refusing)
    with pytest.raises(PermissionError):
        tables.to_datapackage(folder, report=_other_report())
    assert _contents(folder) == before


def test_an_interrupt_part_way_leaves_exactly_the_previous_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "tables"
    tables.to_csv(folder)
    before = _contents(folder)
    real = os.replace
    calls = 0

    def interrupted(source: Any, target: Any) -> None:
        nonlocal calls
        calls += 1
        real(source, target)
        if calls == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        tables.to_csv(folder, report=_other_report())
    assert _contents(folder) == before


def test_concurrent_exports_into_one_new_directory_each_complete_a_consistent_set(
    tmp_path: Path,
) -> None:
    reports = [REPORT, _other_report()]
    for round_ in range(8):
        folder = tmp_path / f"round{round_}" / "package"
        start = threading.Barrier(8)
        failures: list[BaseException] = []

        def export(
            i: int,
            folder: Path = folder,
            start: threading.Barrier = start,
            failures: list[BaseException] = failures,
        ) -> None:
            start.wait()
            try:
                tables.to_datapackage(folder, report=reports[i % 2])
            except BaseException as exc:
                failures.append(exc)

        threads = [threading.Thread(target=export, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        assert _consistent(folder)
        assert not list(folder.glob(".miit2014-staging.*"))


_SLOW_EXPORT = """
import sys, time
from miit2014.exchange import files
real = files._new_file
def slow(folder, name, data, *, exact=False):
    path = real(folder, name, data, exact=exact)
    print("staged", flush=True)
    time.sleep(30)
    return path
files._new_file = slow
from miit2014.__main__ import main
sys.exit(main(["export", "--format", "csv", "-o", sys.argv[1]]))
"""


def test_sigterm_during_miit2014_export_leaves_no_staging_folder(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_EXPORT, str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "staged\n"
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=20) == 128 + signal.SIGTERM
    assert list(folder.iterdir()) == []


_KILLED_MID_SWITCH = """
import os, signal, sys
from miit2014.exchange import tables
real = os.replace
calls = 0
def dying(source, target):
    global calls
    calls += 1
    real(source, target)
    if calls == 4:
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = dying

tables.to_datapackage(sys.argv[1], report=__import__("test_export_sets")._other_report())
"""


def test_a_switch_killed_part_way_is_undone_by_the_next_export(tmp_path: Path) -> None:
    folder = tmp_path / "package"
    tables.to_datapackage(folder)
    before = _contents(folder)
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_SWITCH, str(folder)],
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), *sys.path])},
        check=False,
    )
    assert child.returncode == -signal.SIGKILL
    (_stage,) = folder.glob(".miit2014-staging.*")
    assert _contents(folder) != before  # the kill left new and old tables side by side
    files._clean_leftovers(folder, own=folder / "none")
    assert _contents(folder) == before
    formats.export("datapackage", folder)
    assert _contents(folder) == before


def test_excel_neutralises_full_width_formula_starts(tmp_path: Path) -> None:
    data = json.loads(to_json(REPORT))
    starts = ["＝1+1", "＋cmd", "－2+3", "＠SUM(A1)"]
    for figure, start in zip(data["figures"], starts, strict=False):
        figure["note_en"] = start
    report = from_json(json.dumps(data, ensure_ascii=False))
    tables.to_csv(tmp_path, report=report, excel=True)
    text = (tmp_path / "figures.csv").read_text(encoding="utf-8-sig")
    for start in starts:
        assert f",'{start}," in text or f",'{start}\n" in text
