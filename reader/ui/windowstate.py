"""The window's own state, kept apart from the user's settings.

Its geometry and pane sizes, and reopening the last article safely (one that crashed Reader is not
reopened).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer

from reader.ui import settings
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow

# How long the reopened last article must have been shown, the event loop running, before
# it counts as reopened safely.
RESTORE_GRACE_MS = 3000


class WindowState(QObject):
    """The window's size, splitters and open panes, saved and restored."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self._win = win
        self.library = settings.library_state(win.library_service.database_path)

    def restore(self) -> None:
        """Restore the window's size, splitters and panes as last saved."""
        win = self._win
        state = QSettings()
        geometry = state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            win.restoreGeometry(geometry)
        splitter = state.value("window/splitter")
        if isinstance(splitter, QByteArray):
            win.splitter.restoreState(splitter)
        last = self.library.last_article.get() or settings.LAST_ARTICLE.get()
        if last and self.library.restoring_article.get() == last:
            # The last start ended while this article was reopening: don't try again, or
            # an article that crashes Reader would crash every start.
            self.library.restoring_article.set(0)
            # Shown once the window is: a message shown before would sit over the count.
            QTimer.singleShot(0, self, self._say_restore_skipped)
            return
        if last:
            self.library.restoring_article.set(last)
            QSettings().sync()  # on disk before the attempt: a crash flushes nothing
            QTimer.singleShot(RESTORE_GRACE_MS, self, self._restored)
        if last and win.select_article(last):
            return
        if last and win.library_service.exists(last):
            win.open_article(last)  # far down the list: opened, the list left at its top
        elif win.model.rowCount():
            win.table.choose_row(0)

    def save(self) -> None:
        """Save the window's size and splitters."""
        state = QSettings()
        state.setValue("window/geometry", self._win.saveGeometry())
        state.setValue("window/splitter", self._win.splitter.saveState())
        self.library.restoring_article.set(0)

    def _say_restore_skipped(self) -> None:
        self._win.statusBar().showMessage(
            tr(
                "Reader closed unexpectedly while reopening the last article, "
                "so it was not opened this time."
            )
        )

    def _restored(self) -> None:
        self.library.restoring_article.set(0)
