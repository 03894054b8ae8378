"""Running slow service calls on a worker thread, with progress, cancel and one result signal."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from reader.ui.i18n import tr

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
Job = Callable[[ProgressFn, threading.Event], Any]


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job, cancel: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self._cancel)
        except Exception as exc:  # reported to the user; the window goes on
            log.error("operation failed: %s", traceback.format_exc())
            self.failed.emit(f"{type(exc).__name__}: {exc}" if not str(exc) else str(exc))
        else:
            self.succeeded.emit(result)


class Operation(QObject):
    """One job on its own thread. Signals arrive on the thread that created the Operation."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(job, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)

    def start(self) -> Operation:
        """Start the operation's thread; the operation."""
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the operation to stop at its next step."""
        self._cancel.set()

    def is_running(self) -> bool:
        """Whether the operation's thread runs."""
        return self._thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        """Wait up to `ms` for the operation to end; whether it ended."""
        return self._thread.wait(ms)

    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished.emit()


def start_with_progress(
    job: Job,
    owner: QObject,
    parent: QWidget,
    *,
    title: str,
    label: str,
    on_progress: Callable[[int, int, str], None],
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
) -> tuple[Operation, QProgressDialog]:
    """Start `job` with a non-modal progress dialog (shown after 300 ms) whose Cancel cancels it.

    The dialog stays until dismiss_progress().
    """
    dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    operation = Operation(job, owner)
    dialog.canceled.connect(operation.cancel)
    operation.progressed.connect(on_progress)
    operation.succeeded.connect(on_success)
    operation.failed.connect(on_failure)
    return operation.start(), dialog


def show_progress(dialog: QProgressDialog | None, done: int, total: int, text: str) -> None:
    """Show `done` of `total` in the dialog, with `text`."""
    if dialog is not None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(text)


def dismiss_progress(dialog: QProgressDialog | None) -> None:
    """Close the progress dialog."""
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()
