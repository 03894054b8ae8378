"""Importing from the window: on a worker, with progress, cancel and a summary."""

from __future__ import annotations

import html
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from reader.services.importer import ImportReport, ImportService
from reader.ui.i18n import tr
from reader.ui.operations import (
    Operation,
    ProgressFn,
    dismiss_progress,
    show_progress,
    start_with_progress,
)


class ImportFlow(QObject):
    """One import at a time; emits `finished(report)` on the UI thread."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, importer: ImportService, parent: QWidget) -> None:
        super().__init__(parent)
        self._importer = importer
        self._parent = parent
        self._operation: Operation | None = None
        self._dialog: QProgressDialog | None = None
        self.show_summary = True
        self._quiet = False

    def ask_folder(self) -> None:
        """File → Import Folder: choose a folder of posts, and import it."""
        folder = QFileDialog.getExistingDirectory(self._parent, tr("Import a folder of posts"))
        if folder:
            self.start([Path(folder)])

    def ask_files(self) -> None:
        """File → Import Files: choose post files, and import them."""
        files, _ = QFileDialog.getOpenFileNames(
            self._parent, tr("Import posts"), "",
            tr("Posts") + " (*.md *.markdown *.html *.htm *.txt)",
        )  # fmt: skip
        if files:
            self.start([Path(f) for f in files])

    def is_running(self) -> bool:
        """Whether an import is under way."""
        return self._operation is not None

    def start(self, paths: list[Path], quiet: bool = False) -> Operation | None:
        """Import `paths`; `quiet` shows the summary only if something went wrong."""
        if self._operation is not None or not paths:
            return None
        self._quiet = quiet

        def job(progress: ProgressFn, cancel: threading.Event) -> ImportReport:
            return self._importer.import_paths(paths, progress=progress, cancel=cancel)

        self._operation, self._dialog = start_with_progress(
            job, self, self._parent, title=tr("Importing"), label=tr("Looking for posts…"),
            on_progress=self.on_operation_progressed, on_success=self.on_operation_succeeded,
            on_failure=self.on_operation_failed,
        )  # fmt: skip
        return self._operation

    def on_operation_progressed(self, done: int, total: int, name: str) -> None:
        """Show the import's progress."""
        shown = done + 1 if done < total else done
        show_progress(
            self._dialog,
            done,
            total,
            tr("Importing {done} of {total}").format(done=shown, total=total) + f"\n{name}",
        )

    def _close(self) -> None:
        dismiss_progress(self._dialog)
        self._dialog = None
        self._operation = None

    def on_operation_succeeded(self, report: ImportReport) -> None:
        """Announce the import's report, and show its summary when there is news."""
        self._close()
        self.finished.emit(report)
        if self.show_summary and not (self._quiet and not report.failures and not report.stopped):
            self._summary(report)

    def on_operation_failed(self, message: str) -> None:
        """Announce that the import failed, and say why."""
        self._close()
        self.failed.emit(message)
        QMessageBox.warning(self._parent, tr("Import failed"), message)

    def _summary(self, report: ImportReport) -> None:
        s = report.summary()
        text = tr(
            "{imported} imported, {updated} updated, {unchanged} unchanged, {failed} failed"
        ).format(**s)
        if report.cancelled:
            text += tr(" (cancelled)")
        box = QMessageBox(self._parent)
        box.setWindowTitle(tr("Import stopped") if report.stopped else tr("Import finished"))
        warn = report.failures or report.stopped
        box.setIcon(QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Information)
        if report.stopped:
            text = tr("The import stopped: {reason}.").format(reason=report.stopped) + f"\n\n{text}"
        box.setText(html.escape(text).replace("\n", "<br>"))
        if report.failures:
            box.setDetailedText(
                "\n".join(f"{Path(f.path).name}: {f.reason}\n    {f.path}" for f in report.failures)
            )
        box.setModal(False)
        box.show()
