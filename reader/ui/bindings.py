"""A start-up check of the Qt bindings: releases that corrupt None's reference count.

PySide6 6.12.0 on Python 3.11 releases a reference to ``None`` that it never took on every
void-returning call such as ``QTextCursor.setPosition``. On Python 3.11 ``None`` is an ordinary
object, so after enough calls its count reaches zero and the interpreter aborts with
``Fatal Python error: none_dealloc``, taking the user's window with it. Python 3.12 made
``None`` immortal, which hides the bug there. The lock file keeps 6.12.0 out; this check
catches a binding installed some other way before it can crash a reading session.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Mapping

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

# Fewer lost references than this over a probe is noise (a collection freeing objects that
# held None); the faulty release loses exactly one per call.
TOLERANCE = 20


def none_refcount_drift(call: Callable[[], object], times: int) -> int:
    """How None's reference count changed over `times` calls (negative: references lost)."""
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(times):
            call()
        return sys.getrefcount(None) - before
    finally:
        gc.enable()


class ReadingViewCalls:
    """One of each void-returning Qt call the reading view makes, on a small document."""

    def __init__(self) -> None:
        self.document = QTextDocument()
        self.document.setPlainText("Reader 阅读 " * 20)
        self.cursor = QTextCursor(self.document)
        self.format = QTextCharFormat()
        self.color = QColor("#fde68a")

    def calls(self) -> dict[str, Callable[[], object]]:
        """Each call the check makes, by name."""
        cursor, fmt, color = self.cursor, self.format, self.color
        keep = QTextCursor.MoveMode.KeepAnchor
        underline = QTextCharFormat.UnderlineStyle.SingleUnderline
        return {
            "QTextCursor.setPosition": lambda: cursor.setPosition(3),
            "QTextCursor.setPosition(KeepAnchor)": lambda: cursor.setPosition(9, keep),
            "QTextCharFormat.setBackground": lambda: fmt.setBackground(color),
            "QTextCharFormat.setUnderlineStyle": lambda: fmt.setUnderlineStyle(underline),
            "QTextCharFormat.setUnderlineColor": lambda: fmt.setUnderlineColor(color),
        }


def binding_fault(
    calls: Mapping[str, Callable[[], object]] | None = None, times: int = 200
) -> str | None:
    """A sentence for the user if these bindings lose references to None, else None."""
    probe = ReadingViewCalls()
    for name, call in (calls or probe.calls()).items():
        drift = none_refcount_drift(call, times)
        if drift < -TOLERANCE:
            return (
                f"PySide6 {PYSIDE_VERSION} on Python {sys.version.split()[0]} has a known "
                f"fault: each call of {name} releases a reference to None it does not own "
                f"({drift} over {times} calls), which would crash Reader while you read. "
                "Install another release, for example: pip install 'PySide6-Essentials<6.12'."
            )
    return None
