"""The one exception type that bad input ever raises."""

from __future__ import annotations

from collections.abc import Sequence


class DataError(ValueError):
    """Invalid data: a bad constructor argument, a malformed or inconsistent document.

    ``path`` is the JSON path of the first bad field (``$`` for the whole input) and
    ``problems`` lists every problem found as ``(path, message)`` pairs, so that a caller
    can fix a document in one pass instead of one error at a time.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str = "$",
        problems: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        self.path = path
        self.message = message
        self.problems: tuple[tuple[str, str], ...] = (
            tuple(problems) if problems else ((path, message),)
        )
        super().__init__(self._render())

    def _render(self) -> str:
        first = f"{self.path}: {self.message}"
        if len(self.problems) <= 1:
            return first
        lines = [f"{len(self.problems)} problems, the first at {first}"]
        lines.extend(f"  {p}: {m}" for p, m in self.problems)
        return "\n".join(lines)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.message, self.path, self.problems))


def _rebuild(message: str, path: str, problems: tuple[tuple[str, str], ...]) -> DataError:
    return DataError(message, path=path, problems=problems)
