"""An uncaught exception in the window: a report beside the log, and a dialog naming it.

PySide6 hands an exception raised in a slot to `sys.excepthook` and goes on with the event
loop, so the window stays usable; the report is what a bug needs, and the dialog lets the
user copy it without finding the file.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.logs import crash_report, write_crash_report
from reader.ui.i18n import tr

log = logging.getLogger(__name__)


class _Dialog:
    showing = False  # one dialog at a time: a fault in a paint event would repeat forever


def install_crash_handler() -> None:
    """Show a dialog, not a dead window, for any error nothing caught."""
    sys.excepthook = handle_uncaught


def handle_uncaught(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """Log an uncaught error with its trace, and tell the reader where the log is."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    text = crash_report(kind, value, tb, extra=f"Qt {qVersion()}, PySide6 {PYSIDE_VERSION}")
    path = write_crash_report(text)
    log.critical("uncaught %s: %s (report: %s)", kind.__name__, value, path,
                 exc_info=(kind, value, tb))  # fmt: skip
    if _Dialog.showing or QApplication.instance() is None:
        return
    _Dialog.showing = True
    try:
        show_crash_dialog(text, str(path) if path else None)
    finally:
        _Dialog.showing = False


def show_crash_dialog(report: str, path: str | None) -> None:
    """Tell the reader of an error, with its report and the log's path."""
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Reader hit an error"))
    where = (
        tr("A report was saved as:") + f"\n{path}" if path else tr("The report could not be saved.")
    )
    box.setText(
        tr(
            "Something went wrong inside Reader. Your library is safe: every change is saved "
            "as it is made."
        )
        + "\n\n"
        + where
    )
    box.setInformativeText(tr("Please send the report with a note of what you were doing."))
    box.setDetailedText(report)
    copy = box.addButton(tr("Copy Report"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: _copy(report, copy))
    box.exec()


def _copy(report: str, button: object) -> None:
    QApplication.clipboard().setText(report)
    if hasattr(button, "setText"):
        button.setText(tr("Copied"))
