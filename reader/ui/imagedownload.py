"""Downloading images from the window: on a worker, with progress, cancel and a summary."""

from __future__ import annotations

import threading
from collections import Counter

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from reader.services.imagefetch import ImageFetcher
from reader.ui import settings
from reader.ui.i18n import tr
from reader.ui.operations import (
    Operation,
    ProgressFn,
    dismiss_progress,
    show_progress,
    start_with_progress,
)


class ImageDownloadFlow(QObject):
    """One download at a time; emits `finished(counts)` on the UI thread."""

    finished = Signal(object)

    def __init__(self, fetcher: ImageFetcher, window: QMainWindow) -> None:
        super().__init__(window)
        self._fetcher = fetcher
        self._window = window
        self._operation: Operation | None = None
        self._dialog: QProgressDialog | None = None

    def missing(self, article_ids: list[int] | None) -> bool:
        """Whether these articles (or the library) have web images not downloaded yet."""
        return bool(self._fetcher.missing(article_ids))

    def start(self, article_ids: list[int] | None) -> Operation | None:
        """Download the missing images of these articles (None: of the whole library)."""
        if self._operation is not None:
            return None
        if not self._fetcher.missing(article_ids):
            self._window.statusBar().showMessage(tr("Every image is already in the library."), 5000)
            return None

        def job(progress: ProgressFn, cancel: threading.Event) -> Counter[str]:
            total = len(self._fetcher.missing(article_ids))
            counts: Counter[str] = Counter()
            for done, result in enumerate(self._fetcher.fetch(article_ids, cancel), 1):
                counts[result.state] += 1
                if result.state == "failed":
                    counts[f"why:{result.reason}"] += 1
                progress(done, total, result.url)
            counts["cancelled"] = int(cancel.is_set())
            return counts

        self._operation, self._dialog = start_with_progress(
            job, self, self._window, title=tr("Download Images"), label=tr("Downloading images…"),
            on_progress=self.on_operation_progressed, on_success=self.on_operation_succeeded,
            on_failure=self.on_operation_failed,
        )  # fmt: skip
        return self._operation

    def on_operation_progressed(self, done: int, total: int, url: str) -> None:
        """Show the download's progress."""
        show_progress(
            self._dialog,
            done,
            total,
            tr("Downloading image {done} of {total}").format(done=done, total=total)
            + f"\n{url[-80:]}",
        )

    def _close(self) -> None:
        dismiss_progress(self._dialog)
        self._dialog, self._operation = None, None

    def on_operation_succeeded(self, counts: Counter[str]) -> None:
        """Say how many images were stored, and why others were not."""
        self._close()
        why = ", ".join(f"{n} {k[4:]}" for k, n in counts.most_common() if k.startswith("why:"))
        stored = counts["stored"]
        text = (
            tr("%n image(s) stored", None, stored)
            + tr(", {failed} not").format(failed=counts["failed"])
            + (f" ({why})" if why else "")
        )
        if counts["cancelled"]:
            text += "; cancelled"
        self._window.statusBar().showMessage(text, 10_000)
        self.finished.emit(counts)

    def on_operation_failed(self, message: str) -> None:
        """Say the download failed, and why."""
        self._close()
        QMessageBox.warning(self._window, tr("Images not downloaded"), message)


def wants_images_after_import(parent: QMainWindow) -> bool:
    """Whether to download the remote images of posts just imported.

    The setting, or, the first time, the user's answer (remembered). Off until the user says
    yes.
    """
    choice = settings.DOWNLOAD_IMAGES_ON_IMPORT.get()
    if choice in ("always", "never"):
        return choice == "always"
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Download images?"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(tr("These posts show images that are on the web."))
    box.setInformativeText(
        tr(
            "Download them now, and after every import, so the articles read fully offline? "
            "Reader never fetches anything while you read; Article → Download Images does it "
            "for one article at any time."
        )
    )
    always = box.addButton(tr("Download After Every Import"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Not Now"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    chosen = box.clickedButton() is always
    settings.DOWNLOAD_IMAGES_ON_IMPORT.set("always" if chosen else "never")
    return chosen
