"""Where the command's text goes: how wide, whether in colour, in which encoding.

The width follows the rules of :func:`shutil.get_terminal_size`: ``COLUMNS`` when it is
a positive number, else the terminal's own width, else 80; then it is kept between
:data:`MIN_WIDTH` and :data:`WIDTH` (lines longer than 80 columns are hard to read, and
every listing fits 20). Colour (ANSI escapes) is used only on a terminal, and not when
``NO_COLOR`` is set and not empty (https://no-color.org) or ``TERM`` is ``dumb``.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Mapping
from typing import IO

import attrs

from ...analysis.search import mark
from ..text import printable, wrap

#: The widest the text is laid out, and the narrowest: a narrower terminal gets this.
WIDTH = 80
MIN_WIDTH = 20


@attrs.frozen
class Screen:
    """Where text goes: its width, whether it may use colour, and its encoding.

    Every piece of text the command lays out goes through :meth:`fill`, which makes it
    :func:`~miit2014.views.text.printable` for this screen before wrapping it: no
    control character from a record reaches the terminal, and characters the encoding
    lacks are escaped before the line is measured, so that lines still fit.
    """

    colour: bool = False
    width: int = WIDTH
    encoding: str = "utf-8"

    @classmethod
    def for_stream(cls, stream: IO[str] | None, environ: Mapping[str, str] | None = None) -> Screen:
        """The screen behind ``stream`` (standard output, say), read from ``environ``
        (default :data:`os.environ`)."""
        env = os.environ if environ is None else environ
        terminal = _isatty(stream)
        return cls(
            colour=terminal and not env.get("NO_COLOR") and env.get("TERM") != "dumb",
            width=max(MIN_WIDTH, min(WIDTH, _columns(stream, env, terminal))),
            encoding=encoding_of(stream),
        )

    def _sgr(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.colour else text

    def bold(self, text: str) -> str:
        return self._sgr("1", text)

    def dim(self, text: str) -> str:
        return self._sgr("2", text)

    def marked(self, text: str, ranges: Iterable[tuple[int, int]]) -> str:
        """Highlight ranges of ``text``: reverse video in colour, 【brackets】 without."""
        before, after = ("\x1b[7m", "\x1b[0m") if self.colour else ("【", "】")
        return mark(text, ranges, before, after)

    def shown(self, text: str) -> str:
        """``text`` as this screen may be sent it, unwrapped."""
        return printable(text, self.encoding, styles=self.colour)

    def fill(self, text: str, indent: str = "", hang: str | None = None) -> list[str]:
        return wrap(self.shown(text), self.width, indent=indent, hang=hang)


def _isatty(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _columns(stream: IO[str] | None, env: Mapping[str, str], terminal: bool) -> int:
    """``COLUMNS``, else the terminal's width, else :data:`WIDTH`."""
    try:
        columns = int(env.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0 and terminal and stream is not None:
        try:
            columns = os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else WIDTH


def encoding_of(stream: object) -> str:
    """The codec name of ``stream``'s encoding: UTF-8 for a stream of text that has none
    (:class:`io.StringIO`), ASCII for a name Python does not know."""
    name = getattr(stream, "encoding", None)
    try:
        return codecs.lookup(name).name if isinstance(name, str) else "utf-8"
    except LookupError:
        return "ascii"
