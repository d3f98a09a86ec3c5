"""The ``miit2014`` command: read the report from a terminal."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence

from . import REPORT
from .display import figure_line
from .model.figure import Status

WIDTH = 80

_STATUS_HEADINGS = {
    Status.ESTIMATED: "2013, estimated for the full year",
    Status.ACHIEVED: "2013, achieved",
    Status.TARGET: "2014 targets",
    Status.FACT: "The meeting and its context",
}


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def overview() -> str:
    meeting = REPORT.meeting
    lines = [
        meeting.name_en,
        f"{meeting.name_zh}, {meeting.place_en}, "
        f"{meeting.start_date.isoformat()} to {meeting.end_date.isoformat()}",
        _wrap(f'Report: "{meeting.report_title.text_en}"'),
        "",
        figures_text(),
    ]
    return "\n".join(lines)


def figures_text(status: Status | None = None, lang: str = "en") -> str:
    lines: list[str] = []
    for kind, heading in _STATUS_HEADINGS.items():
        if status is not None and kind is not status:
            continue
        chosen = [f for f in REPORT.figures if f.status is kind]
        if not chosen:
            continue
        lines.append(heading)
        lines.extend(_wrap(figure_line(f, lang=lang), "  ") for f in chosen)
        lines.append("")
    return "\n".join(lines).rstrip("\n")


def run(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="miit2014",
        description="The 2013-12-27 national industry and IT work conference report.",
    )
    commands = parser.add_subparsers(dest="command")
    figures = commands.add_parser("figures", help="list the report's figures")
    figures.add_argument("--status", choices=[s.value for s in Status])
    figures.add_argument("--lang", choices=["en", "zh"], default="en")
    args = parser.parse_args(argv)
    if args.command == "figures":
        status = Status(args.status) if args.status else None
        print(figures_text(status, args.lang))
    else:
        print(overview())
    return 0
