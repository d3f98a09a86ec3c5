"""``python -m miit2014``: a readable view of the report in the terminal."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from .views.cli import main as run_process

    return run_process(argv)


if __name__ == "__main__":
    raise SystemExit(main())
