"""The Chinese original, bundled byte for byte, and the identity it is pinned to."""

from __future__ import annotations

import functools
import os

#: The document this package is an edition of. Work conferences were held on
#: 27 December in other years too, so the identifier always carries the full date.
DOCUMENT_ID = "miit-work-conference-2013-12-27"

#: SHA-256 of the UTF-8 bytes of the source, as pinned in the shared SHA256SUMS.
SOURCE_SHA256 = "b9b27c13bacb721c1345d5614705879931a5f6f57eb2eb71f3af2f5765e70ed4"

SOURCE_FILENAME = "miit-work-conference-2013-12-27.zh.txt"
SOURCE_PATH = os.path.join(os.path.dirname(__file__), "data", SOURCE_FILENAME)

with open(SOURCE_PATH, "rb") as _f:
    SOURCE_BYTES: bytes = _f.read()

#: The report's text; every record's ``span`` indexes into this string (code points).
SOURCE_TEXT: str = SOURCE_BYTES.decode("utf-8")


def source_sha256() -> str:
    """Hash the bundled bytes now (hashlib is loaded only when asked)."""
    import hashlib

    return hashlib.sha256(SOURCE_BYTES).hexdigest()


def verify_source() -> None:
    """Raise if the bundled text is not the pinned original (a damaged install)."""
    from .errors import DataError

    actual = source_sha256()
    if actual != SOURCE_SHA256:
        raise DataError(
            f"bundled source {SOURCE_PATH} has SHA-256 {actual}, expected {SOURCE_SHA256}"
        )


@functools.cache
def paragraph_starts() -> tuple[int, ...]:
    """Offsets at which each paragraph (line) of the source starts; paragraph 0 is the headline."""
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(SOURCE_TEXT) if ch == "\n")
    return tuple(starts)


def paragraph_of(offset: int) -> int:
    """The 0-based paragraph (line) number that contains ``offset``."""
    from bisect import bisect_right

    return bisect_right(paragraph_starts(), offset) - 1


def find_all(text: str) -> tuple[tuple[int, int], ...]:
    """Every ``(start, end)`` at which ``text`` occurs in the source, overlaps included."""
    found: list[tuple[int, int]] = []
    at = SOURCE_TEXT.find(text) if text else -1
    while at != -1:
        found.append((at, at + len(text)))
        at = SOURCE_TEXT.find(text, at + 1)
    return tuple(found)
