"""Where Reader writes its log and its crash reports, and how much it says."""

from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs

from reader import __version__

ENV_VAR = "READER_LOG_DIR"
LOG_NAME = "reader.log"
MAX_BYTES = 1_000_000
BACKUPS = 4  # reader.log.1 … .4: five files, 5 MB at most
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def log_dir() -> Path:
    """$READER_LOG_DIR, else the platform's log folder (~/.local/state/Reader/log on Linux)."""
    chosen = os.environ.get(ENV_VAR)
    return Path(chosen) if chosen else Path(platformdirs.user_log_dir("Reader", appauthor=False))


def setup_logging(verbose: bool = False) -> Path | None:
    """Log to a rotated file and warnings to stderr; the log file, if it can be written.

    Log INFO and up to a rotated file (DEBUG with `verbose`), and warnings (everything with
    `verbose`) to stderr. Returns the log file, or None if its folder can't be written: Reader
    then logs to stderr only, and says so there.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # Alembic narrates every plugin and step at INFO; Reader logs the migration itself.
    logging.getLogger("alembic").setLevel(logging.DEBUG if verbose else logging.WARNING)
    for handler in list(root.handlers):
        if getattr(handler, "_reader", False):
            root.removeHandler(handler)
            handler.close()
    console = _StderrHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("reader: %(levelname)s: %(message)s"))
    _add(root, console)
    path = log_dir() / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file (%s): %s", path, exc)
        return None
    file.setFormatter(logging.Formatter(_FORMAT))
    _add(root, file)
    logging.getLogger(__name__).info("Reader %s, Python %s, %s", __version__,
                                     platform.python_version(), platform.platform())  # fmt: skip
    return path


class _StderrHandler(logging.Handler):
    """To whatever `sys.stderr` is at the time of the message, as `logging.lastResort` does."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:
            self.handleError(record)


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    handler._reader = True  # type: ignore[attr-defined]
    root.addHandler(handler)


def crash_report(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None, extra: str = ""
) -> str:
    """The text of a crash report: what failed, where, and on what."""
    lines = [
        f"Reader {__version__} crashed at {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"Python {platform.python_version()} on {platform.platform()}",
    ]
    if extra:
        lines.append(extra)
    lines += ["", *traceback.format_exception(kind, value, tb)]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def write_crash_report(text: str) -> Path | None:
    """Write a report beside the log as crash-<UTC time>.txt; None if it can't be written."""
    folder = log_dir()
    path = folder / f"crash-{datetime.now(UTC):%Y%m%d-%H%M%S-%f}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError:
        return None
    return path
