"""Checking what others wrote: a 10,000-character article, and how the cost grows.

Run from a checkout with the package installed:

    python benchmarks/check.py            # the table on stdout
    python benchmarks/check.py --quick    # fewer rounds (a smoke test)

The article is the evaluation set's real sentences (tests/claims/evaluation.json) in
English, Chinese (simplified and traditional, with romanisation) and Japanese, repeated
to the length wanted. Its target is well under a second: the row compares the median
with 1 s. The next rows check 2x and 4x the text: a checker linear in the text's length
keeps the time per 1,000 characters about flat. Nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

EVALUATION = Path(__file__).resolve().parent.parent / "tests" / "claims" / "evaluation.json"


def article(length: int) -> str:
    """Real sentences from the evaluation set, repeated to exactly ``length`` characters."""
    sources = json.loads(EVALUATION.read_text(encoding="utf-8"))["sources"]
    text = "\n\n".join(s["text"] for s in sources)
    return (text * (length // len(text) + 1))[:length]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds (smoke test)")
    args = parser.parse_args(argv)
    rounds = 3 if args.quick else 15

    import miit2014
    from miit2014 import check

    check(article(1000))  # warm up: compile the patterns, load the report and the edition
    rows = []
    for size in (10_000, 20_000, 40_000):
        text = article(size)
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            results = check(text)
            times.append((time.perf_counter() - start) * 1000)
        ms = statistics.median(times)
        rows.append((size, len(results), ms, ms / (size / 1000)))
    machine = (
        f"{platform.python_implementation()} {platform.python_version()},"
        f" {platform.machine()}, {platform.system()}, {os.cpu_count()} cores"
    )
    opencc = "with OpenCC" if _has_opencc() else "built-in table (no OpenCC)"
    print(f"miit2014 {miit2014.__version__} on {machine}; {opencc}; medians of {rounds} rounds")
    print(f"{'characters':>10} {'quantities':>10} {'ms':>9} {'ms per 1k chars':>16} {'vs 1 s':>7}")
    for size, found, ms, per in rows:
        print(f"{size:10,} {found:10} {ms:9.1f} {per:16.2f} {ms / 1000:7.3f}")
    return 0


def _has_opencc() -> bool:
    try:
        import opencc  # type: ignore[import-not-found,unused-ignore]  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())
