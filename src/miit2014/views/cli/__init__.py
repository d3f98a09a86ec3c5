"""The ``miit2014`` command: read, search, cite and export the report from a terminal.

Every listing takes ``--json`` for machine use, and then prints one JSON value even when
nothing is found. Exit statuses (:class:`~.output.Exit`): 0 done, 1 not found (an
unknown id, with the closest ids and a search suggested; a search without a match),
2 bad usage, 3 a file that could not be written, 4 a standard output that could not be
written, 130 interrupted; no traceback for any of them. Text is laid out for the screen
(:mod:`.screen`): its width, its colour, its encoding. Citations, JSON and the schema
are printed unwrapped, to be copied whole.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence

from ...edition import edition_of
from ...model.edition import Edition
from ...model.report import Report
from .commands import COMMANDS, CannotWrite, Usage
from .listings import NotFound
from .output import Exit, complain, emit, fitted
from .parser import build
from .screen import Screen


def run(argv: Sequence[str], *, report: Report | Edition | None = None) -> int:
    """Run the command line ``argv`` (without the program name) on ``report`` (default the
    shipped edition; a :class:`~miit2014.model.edition.Edition` brings its own outcomes);
    return the exit status. Writes to :data:`sys.stdout` and
    :data:`sys.stderr` as they are when called."""
    parser, commands = build()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exit_:  # --help, --version, a usage error, a failed output
        return Exit.DONE if exit_.code is None else _status(exit_.code)
    screen = Screen.for_stream(sys.stdout)
    try:
        reply = COMMANDS[args.command](edition_of(report), args, screen)
    except NotFound as error:
        complain(str(error))
        return Exit.NOT_FOUND
    except Usage as error:
        with contextlib.suppress(SystemExit):  # error() prints the command's usage, exits
            commands[args.command].error(str(error))
        return Exit.USAGE
    except CannotWrite as error:
        complain(str(error))
        return Exit.CANNOT_WRITE
    return int(emit(sys.stdout, fitted(reply, screen)) or reply.status)


def _status(code: object) -> int:
    return code if isinstance(code, int) else Exit.USAGE


def main(argv: Sequence[str] | None = None) -> int:
    """The process: :func:`run` on the command line, then a quiet exit whatever became
    of standard output."""
    try:
        status = run(_typed(sys.argv[1:]) if argv is None else argv)
    except KeyboardInterrupt:
        status = Exit.INTERRUPTED
    _silence_unwritable_streams()
    return status


def _typed(words: Sequence[str]) -> list[str]:
    """The command-line words as typed: under a locale that cannot decode them
    (``LC_ALL=C``), Python keeps their bytes as surrogate escapes; read those as UTF-8."""
    import os

    return [
        os.fsencode(word).decode("utf-8", "surrogateescape") if _escaped(word) else word
        for word in words
    ]


def _escaped(word: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in word)


def _silence_unwritable_streams() -> None:
    """Point a standard stream that can no longer be flushed at the null device.

    Text that could not be written stays buffered, and the interpreter's last flush at
    exit would fail again, print "Exception ignored" and change the exit status to 120.
    """
    import os

    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except (OSError, ValueError):
            try:
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, stream.fileno())
                os.close(null)
            except (OSError, ValueError):
                pass


__all__ = ["main", "run"]
