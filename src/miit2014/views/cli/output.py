"""What the command prints, how it reaches standard output, and its exit statuses.

Output is made to fit the stream before it is written: text through
:func:`~miit2014.views.text.printable`, JSON by writing what the stream's encoding lacks
(and any character that would act on a terminal) as ``\\uXXXX`` escapes, which leaves
it the same JSON. A failure to write is one line on standard error and its own exit
status; a reader that has gone (a closed pipe, ``miit2014 figures | head -1``, or a
closed standard output) is no failure and gets no message.
"""

from __future__ import annotations

import enum
import errno
import re
import sys
from types import MappingProxyType
from typing import IO

import attrs

from ..text import printable
from .screen import Screen, encoding_of


class Exit(enum.IntEnum):
    """The command's exit statuses; ``miit2014 --help`` and the docs list them."""

    DONE = 0
    NOT_FOUND = 1
    USAGE = 2
    CANNOT_WRITE = 3
    OUTPUT_FAILED = 4
    INTERRUPTED = 130

    @property
    def meaning(self) -> str:
        return _MEANINGS[self]


_MEANINGS = MappingProxyType(
    {
        Exit.DONE: "done",
        Exit.NOT_FOUND: "not found (an unknown id, or a search without a match)",
        Exit.USAGE: "usage error",
        Exit.CANNOT_WRITE: "a file could not be written (export -o)",
        Exit.OUTPUT_FAILED: "standard output could not be written (a full disk, say)",
        Exit.INTERRUPTED: "interrupted (Ctrl-C)",
    }
)


def exit_statuses() -> str:
    """The exit statuses as one sentence, for the help text."""
    return "Exit status: " + "; ".join(f"{int(e)} {e.meaning}" for e in Exit) + "."


class Form(enum.Enum):
    """What a reply is, which decides how it is made fit for the stream."""

    SCREEN = "screen"  # laid out by a Screen: may carry its styles
    VERBATIM = "verbatim"  # text to copy whole (a citation): no styles
    JSON = "json"  # one JSON value


@attrs.frozen
class Reply:
    """What a command prints on standard output, and its exit status."""

    text: str
    form: Form = Form.SCREEN
    status: Exit = Exit.DONE


#: Characters a JSON text should not carry raw to a terminal (JSON itself escapes C0).
_JSON_CONTROLS = "\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"


def json_safe(text: str, encoding: str) -> str:
    """The JSON ``text`` with ``\\uXXXX`` escapes for the characters ``encoding`` lacks
    and those that act on a terminal: the same JSON value, in any encoding.

    Outside its strings JSON is ASCII, so escaping non-ASCII characters anywhere in the
    text only ever escapes them inside strings.
    """
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        pattern = _NON_ASCII
    else:
        pattern = _JSON_ACTIVE
    return pattern.sub(lambda m: _json_escape(m.group()), text)


_NON_ASCII = re.compile("[^\x00-\x7f]|\x7f")
_JSON_ACTIVE = re.compile(f"[{_JSON_CONTROLS}]")


def _json_escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def fitted(reply: Reply, screen: Screen) -> str:
    """The reply's text as ``screen`` may be sent it, with its final line break."""
    if reply.form is Form.JSON:
        return json_safe(reply.text, screen.encoding) + "\n"
    styles = reply.form is Form.SCREEN and screen.colour
    return printable(reply.text, screen.encoding, styles=styles) + "\n"


def emit(stream: IO[str] | None, text: str) -> Exit:
    """Write ``text`` to ``stream`` (standard output) and flush it.

    ``DONE`` when it was written or nobody reads it any more (a closed or broken pipe,
    a closed stream); ``OUTPUT_FAILED`` after saying why on standard error otherwise.
    """
    if stream is None:  # started with standard output closed (``>&-``)
        return Exit.DONE
    try:
        if text:
            stream.write(text)
        stream.flush()
    except BrokenPipeError:
        return Exit.DONE
    except OSError as error:
        complain(f"cannot write standard output: {reason(error)}")
        return Exit.OUTPUT_FAILED
    except UnicodeError as error:  # not expected: the text was fitted to the encoding
        complain(f"cannot write standard output: {error}")
        return Exit.OUTPUT_FAILED
    except ValueError:  # "I/O operation on closed file"
        return Exit.DONE
    return Exit.DONE


def complain(message: str) -> None:
    """``miit2014: message`` on standard error, as one line for logs and ``grep``; never
    raises."""
    stream = sys.stderr
    if stream is None:
        return
    text = printable(f"miit2014: {message}", encoding_of(stream)) + "\n"
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):
        pass  # nowhere left to say it


def reason(error: OSError) -> str:
    """An OS error's reason in words, without its number: ``No space left on device``."""
    if error.strerror:
        return error.strerror
    if error.errno is not None:
        return errno.errorcode.get(error.errno, str(error))
    return str(error) or type(error).__name__
