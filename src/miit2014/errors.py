"""The one exception type that bad input ever raises."""

from __future__ import annotations

from collections.abc import Sequence

#: Longest message (and path) a problem keeps; a longer one is cut, its length stated.
MAX_MESSAGE_LENGTH = 500
#: Problems listed in the text of an error; the rest are counted (all are in ``problems``).
MAX_LISTED_PROBLEMS = 20


def cut(text: str, limit: int = MAX_MESSAGE_LENGTH) -> str:
    """``text``, or its head and the length it was cut from: a message stays small
    whatever the input it quotes."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… (cut from {len(text):,} characters)"


class DataError(ValueError):
    """Invalid data: a bad constructor argument, a malformed or inconsistent document.

    ``path`` is the JSON path of the first bad field (``$`` for the whole input), or the
    name of the bad argument of a Python call (``actual``, ``tolerance``, ``b[0]``), and
    ``problems`` lists every problem found as ``(path, message)`` pairs, so that a caller
    can fix a document in one pass instead of one error at a time. Each message is cut
    to :data:`MAX_MESSAGE_LENGTH` characters, and the text of the error lists the first
    :data:`MAX_LISTED_PROBLEMS` problems and counts the others, so an error is small
    however large or broken its input.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str = "$",
        problems: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        self.path = cut(path)
        self.message = cut(message)
        self.problems: tuple[tuple[str, str], ...] = (
            tuple((cut(p), cut(m)) for p, m in problems)
            if problems
            else ((self.path, self.message),)
        )
        super().__init__(self._render())

    def _render(self) -> str:
        first = f"{self.path}: {self.message}"
        count = len(self.problems)
        if count <= 1:
            return first
        lines = [f"{count:,} problems, the first at {first}"]
        lines.extend(f"  {p}: {m}" for p, m in self.problems[:MAX_LISTED_PROBLEMS])
        if count > MAX_LISTED_PROBLEMS:
            lines.append(f"  … and {count - MAX_LISTED_PROBLEMS:,} more (see DataError.problems)")
        return "\n".join(lines)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.message, self.path, self.problems))


def _rebuild(message: str, path: str, problems: tuple[tuple[str, str], ...]) -> DataError:
    return DataError(message, path=path, problems=problems)
