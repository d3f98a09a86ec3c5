"""Benchmarks: each target of the project measured as a ratio against its floor.

Run from a checkout with the package installed:

    python benchmarks/run.py            # all benchmarks, a table on stdout
    python benchmarks/run.py --quick    # fewer rounds, for a smoke test

Each pair (ours, floor) is measured alternately within one run, many times, and the
median of each is compared, so that load from other work on a shared machine hits both
sides alike. Nothing here asserts: the numbers are read, published, and watched.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

CITE_TARGET = "from miit2014.figures import LTE_USERS_TARGET_2014"
WHOLE_TARGET = 'import miit2014; miit2014.REPORT.get("figure.lte-users-target-2014")'
IMPORT_FLOOR = "import attrs"


# Measured as users run it: with bytecode caches written (pip writes them at install).
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _process_ms(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=_ENV)
    return (time.perf_counter() - start) * 1000


def alternate(
    ours: Callable[[], float], floor: Callable[[], float], rounds: int
) -> tuple[float, float]:
    """Medians of ``rounds`` alternating measurements of two timers (ms each)."""
    a: list[float] = []
    b: list[float] = []
    for i in range(rounds):
        # alternate which goes first, so a slow moment does not always hit one side
        if i % 2:
            b.append(floor())
            a.append(ours())
        else:
            a.append(ours())
            b.append(floor())
    return statistics.median(a), statistics.median(b)


def _loop_ms(fn: Callable[[], object], number: int) -> Callable[[], float]:
    def timer() -> float:
        start = time.perf_counter()
        for _ in range(number):
            fn()
        return (time.perf_counter() - start) * 1000 / number

    return timer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds (smoke test)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--profile", action="store_true", help="where from_json spends its time, then exit"
    )
    args = parser.parse_args(argv)
    if args.profile:
        return profile_from_json()
    rounds = 5 if args.quick else 41
    loops = 5 if args.quick else 50

    import miit2014
    from miit2014 import REPORT, from_json, to_json

    text = to_json(REPORT)
    plain = json.loads(text)
    rows: list[tuple[str, float, float, float, str]] = []

    _process_ms("import miit2014.views.cli")  # warm up: write any missing bytecode caches
    ours, floor = alternate(
        lambda: _process_ms(CITE_TARGET), lambda: _process_ms(IMPORT_FLOOR), rounds
    )
    rows.append(("cite one figure constant vs import attrs", ours, floor, 1.25, "process ms"))
    ours, floor = alternate(
        lambda: _process_ms(WHOLE_TARGET), lambda: _process_ms(IMPORT_FLOOR), rounds
    )
    # REPORT is built whole on first access, so any use of it (a section, a look-up by
    # id, iteration) costs this: the whole edition
    rows.append(("import + REPORT.get(id) vs import attrs", ours, floor, 1.6, "process ms"))

    fresh = from_json(text)
    ours, floor = alternate(
        _loop_ms(lambda: to_json(fresh), loops),
        _loop_ms(lambda: json.dumps(plain, ensure_ascii=False, separators=(",", ":")), loops),
        rounds,
    )
    rows.append(("to_json vs json.dumps of plain dicts", ours, floor, 1.5, "ms per call"))

    from miit2014.exchange import jsonio

    def stdlib_to_json() -> str:  # to_json's own steps, with the stdlib encoder forced
        return jsonio.dumps_stdlib(jsonio.envelope(jsonio.converter().unstructure(fresh)), None)

    assert stdlib_to_json() == to_json(fresh)
    ours, floor = alternate(
        _loop_ms(stdlib_to_json, loops),
        _loop_ms(lambda: json.dumps(plain, ensure_ascii=False, separators=(",", ":")), loops),
        rounds,
    )
    rows.append(("  the same without orjson (stdlib only)", ours, floor, 1.5, "ms per call"))

    ours, floor = alternate(
        _loop_ms(lambda: from_json(text), loops), _loop_ms(lambda: json.loads(text), loops), rounds
    )
    # 8x is the accepted floor of a loader that checks every value, quote and link; the
    # row is here to keep it from growing (see the benchmarks page for its profile)
    rows.append(("from_json (validated) vs json.loads", ours, floor, 8.0, "ms per call"))

    ids = [r.id for r in REPORT.records()]
    first, last = ids[0], ids[-1]
    ours, floor = alternate(
        _loop_ms(lambda: miit2014.get(last), 10_000),
        _loop_ms(lambda: miit2014.get(first), 10_000),
        rounds,
    )
    rows.append(("get(last id) vs get(first id): O(1)", ours, floor, 1.5, "ms per call"))

    try:
        from miit2014.analysis.search import search
    except ImportError:
        search = None
    if search is not None:
        search("宽带")  # build the index once
        for query in ("broadband", "信息消费", "的"):
            ms = statistics.median(
                _loop_ms(lambda q=query: search(q), 200)() for _ in range(rounds)
            )
            rows.append((f"search({query!r}) over all records", ms, 1.0, 1.0, "ms vs 1 ms"))

    machine = (
        f"{platform.python_implementation()} {platform.python_version()},"
        f" {platform.machine()}, {platform.system()}, {os.cpu_count()} cores"
    )
    if args.json:
        print(json.dumps({"machine": machine, "rows": [list(r) for r in rows]}, indent=2))
        return 0
    print(f"miit2014 {miit2014.__version__} on {machine}; medians of {rounds} alternating rounds")
    print(f"{'benchmark':44} {'ours':>10} {'floor':>10} {'ratio':>7} {'target':>7}  unit")
    for name, a, b, target, unit in rows:
        ratio = a / b
        mark = "ok" if ratio <= target else "OVER"
        print(f"{name:44} {a:10.4f} {b:10.4f} {ratio:7.2f} {target:6.2f}x  {unit} {mark}")
    return 0


def profile_from_json(calls: int = 50, top: int = 14) -> int:
    """Print the functions ``from_json`` spends most of its own time in."""
    import cProfile
    import io
    import pstats

    from miit2014 import REPORT, from_json, to_json

    text = to_json(REPORT)
    from_json(text)  # the converter is built once, on first use
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        from_json(text)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"from_json of the shipped report, {calls} calls, {total * 1000 / calls:.2f} ms each")
    print("(under the profiler, which slows Python calls more than C ones)")
    for line in out.getvalue().splitlines():
        if line.strip() and ("{" in line or "/" in line or "ncalls" in line):
            print(line.replace(os.getcwd() + "/", ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
