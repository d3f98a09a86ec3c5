"""Adversarial shapes: does the cost of loading, rendering and exporting grow in
proportion to the input?

Run from a checkout with the package installed (or ``PYTHONPATH=src``):

    python benchmarks/adversarial.py              # every shape at 1x, 2x and 4x its size
    python benchmarks/adversarial.py --scale 0.25 # smaller inputs (a smoke test)
    python benchmarks/adversarial.py --only "long URL" --only "reading page"

Each hostile document (many mentions and names, many sessions and participants, a long
URL, a deep task chain, many bad fields, a long bad value: see ``tests/shapes.py``) is
loaded with :func:`miit2014.from_json` at growing sizes ``n``. Then a valid report with
``n`` more tasks and figures (:func:`shapes.tasks_and_figures`) is loaded, untimed, and
what is timed is what users do with it: its reading page
(:func:`~miit2014.exchange.reading.reading_html`) and its CSV export
(:func:`~miit2014.to_csv`); last, ``n`` processes export the data package into one
directory at once, and the set they leave is checked against its own hashes. The table
shows the time per unit of ``n`` (for the two operations,
of what the ``n`` added records cost: the shipped report's own time, measured alongside,
is taken off): work that is linear in its input keeps it about flat from 1x to 4x,
quadratic work doubles it at each step. Nothing here asserts; the tests count work
instead of timing it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))


def _load_seconds(text: str, rounds: int) -> tuple[float, str]:
    from miit2014 import DataError, from_json

    from_json(shapes_module().GOOD_TEXT)  # the converter is built on first use
    times: list[float] = []
    outcome = ""
    for _ in range(rounds):
        start = time.perf_counter()
        try:
            from_json(text)
            outcome = "loaded"
        except DataError as error:
            outcome = f"refused, message {len(str(error)):,} chars"
        times.append(time.perf_counter() - start)
    return statistics.median(times), outcome


def _reading_page(report: Any) -> str:
    from miit2014.exchange.reading import reading_html

    page = reading_html(report)
    return f"page of {len(page.encode()):,} bytes"


def _csv_export(report: Any) -> str:
    from miit2014 import to_csv

    with tempfile.TemporaryDirectory() as directory:
        written = to_csv(directory, report=report)
        size = sum(path.stat().st_size for path in written)
    return f"{len(written)} tables, {size:,} bytes"


#: What is done with a valid report of many tasks and figures, by name: the operation
#: (which returns what it made, in a few words) and the size ``n`` it is measured from.
OPERATIONS: dict[str, tuple[Callable[[Any], str], int]] = {
    "reading page": (_reading_page, 500),
    "CSV export": (_csv_export, 900),
}


#: Exports run at once into one directory: ``n`` processes, from 2 at 1x.
CONCURRENT = "concurrent exports"


def _operation_seconds(name: str, n: int, rounds: int) -> dict[str, Any]:
    from miit2014 import from_json

    operation, _ = OPERATIONS[name]
    text = shapes_module().tasks_and_figures(n)
    operation(from_json(shapes_module().GOOD_TEXT))  # the first use of its modules
    times: list[float] = []
    base: list[float] = []
    outcome = ""
    for _ in range(rounds):
        # each round on a fresh load (not timed: the loader has its own rows), since a
        # report remembers what it works out once (which task holds each figure)
        report, shipped = from_json(text), from_json(shapes_module().GOOD_TEXT)
        start = time.perf_counter()
        outcome = operation(report)
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        operation(shipped)
        base.append(time.perf_counter() - start)
    return {
        "bytes": len(text.encode()),
        "seconds": statistics.median(times),
        # the shipped report's own cost, so that the rate is what the n added records cost
        "base_seconds": statistics.median(base),
        "outcome": outcome,
    }


def _consistent(directory: str) -> bool:
    """Whether the data package in ``directory`` describes exactly the files beside it."""
    import hashlib

    with open(os.path.join(directory, "datapackage.json"), encoding="utf-8") as file:
        descriptor = json.load(file)
    for resource in descriptor["resources"]:
        with open(os.path.join(directory, resource["path"]), "rb") as table:
            digest = hashlib.sha256(table.read()).hexdigest()
        if resource.get("hash") != f"sha256:{digest}":
            return False
    return True


def _concurrent_exports(n: int, rounds: int) -> dict[str, Any]:
    """``n`` processes export the data package into one new directory at once; each
    must complete a consistent set or fail cleanly, and they take turns."""
    command = [sys.executable, "-m", "miit2014", "export", "--format", "datapackage", "-o"]
    times: list[float] = []
    failed = 0
    consistent = True
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as parent:
            target = os.path.join(parent, "out")
            start = time.perf_counter()
            quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
            runs = [subprocess.Popen([*command, target], **quiet) for _ in range(n)]
            failed += sum(1 for run in runs if run.wait() != 0)
            times.append(time.perf_counter() - start)
            consistent = consistent and _consistent(target)
    state = "consistent" if consistent else "INCONSISTENT"
    return {
        "bytes": 0,
        "seconds": statistics.median(times),
        "outcome": f"{failed} of {n * rounds} exports failed; the set left is {state}",
    }


def shapes_module() -> Any:
    import shapes

    return shapes


def measure(name: str, n: int, rounds: int) -> dict[str, Any]:
    """One shape at one size, in this process: what a child process reports."""
    if name == CONCURRENT:
        return _concurrent_exports(n, rounds)
    if name in OPERATIONS:
        return _operation_seconds(name, n, rounds)
    build, _ = shapes_module().SHAPES[name]
    text = build(n)
    seconds, outcome = _load_seconds(text, rounds)
    return {"bytes": len(text.encode()), "seconds": seconds, "outcome": outcome}


def _in_child(name: str, n: int, rounds: int) -> dict[str, Any]:
    """Each size is measured in a fresh process, so that no size inherits the heap (and
    the garbage collector's work) of the one before."""
    args = [sys.executable, __file__, "--measure", name, str(n), "--rounds", str(rounds)]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(out)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size")
    parser.add_argument("--rounds", type=int, default=3, help="loads per size (median)")
    parser.add_argument("--only", action="append", help="run only the shape(s) named")
    parser.add_argument("--measure", nargs=2, metavar=("SHAPE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure[0], int(args.measure[1]), args.rounds)))
        return 0

    import miit2014

    print(
        f"miit2014 {miit2014.__version__}: from_json of hostile documents, then the reading"
        f" page and the CSV export of a report of n more tasks and figures;"
        f" median of {args.rounds}, each size in a fresh process"
    )
    print(f"{'shape':28} {'n':>9} {'input':>12} {'seconds':>9} {'us per n':>9}  outcome")
    sizes = {name: size for name, (_, size) in shapes_module().SHAPES.items()}
    sizes.update((name, size) for name, (_, size) in OPERATIONS.items())
    sizes[CONCURRENT] = 2
    for name, size in sizes.items():
        if args.only and name not in args.only:
            continue
        per_unit = []
        for factor in (1, 2, 4):
            n = max(1, int(size * args.scale * factor))
            result = _in_child(name, n, args.rounds)
            seconds = result["seconds"]
            per_unit.append((seconds - result.get("base_seconds", 0.0)) / n)
            print(
                f"{name:28} {n:9,} {result['bytes']:12,} {seconds:9.4f}"
                f" {per_unit[-1] * 1e6:9.3f}  {result['outcome']}"
            )
        print(f"{'':28} time per n, 4x against 1x: {per_unit[-1] / per_unit[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
