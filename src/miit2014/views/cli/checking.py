"""``miit2014 check``: every quantity of a text judged against the report.

The text comes as an argument, from ``--file``, or from standard input (no argument, or
``-``). A file that cannot be read, or is not UTF-8, is a usage error naming it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ...model.edition import Edition
from ...model.wording import CHECK_LABELS, CHECK_VERDICT
from .output import Form, Reply
from .screen import Screen

#: The largest text the command reads (characters): a long article is far smaller.
MAX_TEXT = 5_000_000


def add_check(add: Any) -> None:
    """Add the ``check`` command to the parser, through the parser's own ``add``."""
    parser = add("check", "judge every number of a text against the report")
    parser.add_argument(
        "text", nargs="?", metavar="TEXT", help="the text; '-' or none to read standard input"
    )
    parser.add_argument("--file", metavar="PATH", help="read the text from a UTF-8 file")
    parser.epilog = (
        "Verdicts: matches (a figure of the report, a number its wording allows), differs"
        " (the same figure, another number), not_in_report (no figure of the report is this"
        " quantity: another measure, period, subject, currency)."
    )


class _Unreadable(Exception):
    pass


def _text(args: argparse.Namespace) -> str:
    if args.file is not None:
        if args.text is not None:
            raise _Unreadable("give the text or --file, not both")
        try:
            with Path(args.file).open(encoding="utf-8") as handle:
                text = handle.read(MAX_TEXT + 1)
        except (OSError, UnicodeDecodeError) as error:
            raise _Unreadable(f"cannot read {args.file}: {type(error).__name__}") from None
    elif args.text is None or args.text == "-":
        try:
            text = sys.stdin.read(MAX_TEXT + 1)
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise _Unreadable(f"cannot read standard input: {type(error).__name__}") from None
    else:
        text = args.text
    if len(text) > MAX_TEXT:
        raise _Unreadable(f"the text is longer than {MAX_TEXT:,} characters")
    return text


def check_command(edition: Edition, args: argparse.Namespace, screen: Screen) -> Reply:
    from ...analysis.check import check
    from .commands import Usage

    try:
        text = _text(args)
    except _Unreadable as error:
        raise Usage(str(error)) from None
    checked = check(text, edition)
    if args.json:
        from ...exchange.checked import checked_json

        return Reply(checked_json(checked), Form.JSON)
    if not len(checked):
        return Reply("No quantities found (years and dates are not quantities).")
    lines: list[str] = []
    for n, result in enumerate(checked, 1):
        verdict = CHECK_VERDICT[result.verdict.value][0]
        lines.append(screen.bold(f"{n}. {result.written}  —  {verdict}"))
        for label, line in result.rows():
            if label == CHECK_LABELS["verdict"][0]:
                continue
            lines += screen.fill(f"{label}: {line}", indent="   ", hang="      ")
        lines.append("")
    counts = {v: sum(1 for r in checked if r.verdict.value == v) for v in CHECK_VERDICT}
    lines.append(screen.dim(", ".join(f"{k}: {c}" for k, c in counts.items())))
    return Reply("\n".join(lines))
