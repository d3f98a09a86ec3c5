"""``python -m miit2014`` and the ``miit2014`` command: a readable view of the report in
the terminal."""

from __future__ import annotations

from collections.abc import Sequence

#: The status of an interrupted command, :attr:`~.views.cli.output.Exit.INTERRUPTED`:
#: written out here, because naming it would load the command before the interrupt is
#: caught.
_INTERRUPTED = 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; Ctrl-C at any moment is status 130 without a traceback.

    The interrupt is caught from before the command's modules load, most of its start-up,
    not only once they have: only the interpreter's own start and ``import miit2014``
    (about 20 ms of 110 for ``miit2014 figures``) come before this.
    """
    try:
        from .views.cli import main as run_process

        return run_process(argv)
    except KeyboardInterrupt:
        return _INTERRUPTED


if __name__ == "__main__":
    raise SystemExit(main())
