"""Text for a terminal.

Control characters from article data never reach it; and the one-line progress bar long commands
draw there.

A title holding ``ESC [ 2 J`` or an OSC sequence would clear the user's screen or retitle
their terminal when printed by ``reader list``; such characters are dropped on the way out.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any, Protocol, TextIO

# Whole escape sequences first (CSI ... final byte; OSC ... BEL or ST), so no debris such as
# "[2J" is left; then any other C0 control but tab and newline, DEL, and the C1 controls.
_SEQUENCE = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\\\|\x9c)?"
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class Writable(Protocol):
    """Where a command writes its output: a stream, or TerminalText over one."""

    def write(self, text: str, /) -> int:
        """Write `text`; the number of characters written."""

    def flush(self) -> None:
        """Push what was written to its destination."""


def printable(text: str) -> str:
    """`text` without the control characters a terminal would act on."""
    return _CONTROL.sub("", _SEQUENCE.sub("", text))


class TerminalText:
    """A text stream that writes only printable text to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write `text` without its control characters."""
        return self._stream.write(printable(text))

    def flush(self) -> None:
        """Flush the wrapped stream."""
        self._stream.flush()

    def isatty(self) -> bool:
        """Whether the wrapped stream is a terminal."""
        return self._stream.isatty()


class ProgressBar:
    """A one-line progress bar on a terminal."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self._stream = stream
        self._width = width

    def update(self, done: int, total: int, name: str) -> None:
        """Show `done` of `total`, and the name of the item at hand."""
        filled = int(self._width * done / total) if total else self._width
        bar = "#" * filled + "-" * (self._width - filled)
        self._stream.write(f"\r[{bar}] {done}/{total} {name[:40]:<40}")
        self._stream.flush()

    def finish(self) -> None:
        """End the bar's line."""
        self._stream.write("\n")


def json_line(out: Writable, obj: dict[str, Any]) -> None:
    """Write `obj` as one line of JSON (dates as ISO 8601), as the `--json` options print."""
    out.write(json.dumps(obj, ensure_ascii=False, default=_iso_dates) + "\n")


def _iso_dates(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)
