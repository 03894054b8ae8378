"""Keeping the window in step with the library.

Changes made here or by another process (a `reader import` in a terminal), and the search index's
progress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.errors import ReaderError
from reader.services.changes import ChangeHub, Changes
from reader.services.search import IndexStatus, SearchService
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow

EXTERNAL_POLL_MS = 2000


class LibrarySync(QObject):
    """Brings service notifications (from any thread) onto the UI thread, and applies them."""

    changed = Signal(object)
    index_status = Signal(object)

    def __init__(self, win: MainWindow, hub: ChangeHub, search: SearchService) -> None:
        super().__init__(win)
        self._win = win
        self.changed.connect(self.on_library_changed)
        self.index_status.connect(self.on_index_status)
        hub.subscribe(self.changed.emit)
        search.subscribe(self.index_status.emit)
        self._external_timer = QTimer(self, interval=EXTERNAL_POLL_MS)
        self._external_timer.timeout.connect(self.on_external_change_timer_timeout)
        self._external_timer.start()

    def on_external_change_timer_timeout(self) -> None:
        """See whether another process changed the library, and show what it changed."""
        win = self._win
        try:
            win.library_service.poll_external_changes()
        except ReaderError as exc:
            win.statusBar().showMessage(str(exc), 5000)

    def on_library_changed(self, changes: Changes) -> None:
        """Bring the list, sidebar and open article in step with `changes`."""
        win = self._win
        shown = {s.id for i in range(win.model.rowCount()) if (s := win.model.summary(i))}
        current = win.current_id()
        if changes.external and current is not None:
            shown_article = win.view.article()
            try:
                fresh = win.library_service.get(current)
            except ReaderError:
                fresh = None
            if fresh is not None and (
                shown_article is None or fresh.revision != shown_article.revision
            ):
                changes = Changes(articles=frozenset({current}), tags=True, external=True)
            else:
                changes = Changes(annotations=frozenset({current}), external=True)
        if changes.articles - shown or changes.removed_articles or changes.external:
            selected = win.current_id()
            win.model.reload()
            if selected is not None:
                row = win.model.row_of(selected)
                if row >= 0:
                    win.table.selectionModel().blockSignals(True)
                    win.table.choose_row(row)
                    win.table.selectionModel().blockSignals(False)
        else:
            win.model.refresh_articles(changes.articles)
        current = win.current_id()
        if current is not None and current in changes.annotations:
            win.annotating.reload()
        if current is not None and current in changes.articles and changes.tags:
            win.reload_current_article()
        # The counts are read off the UI thread (at 20,000 articles they took 31 ms of it on
        # every change), after the change, as every change is made.
        win.changes.run(win.library_service.sidebar_counts, win.sidebar.show_counts)
        win.update_count()
        if win.search_panel.query():
            win.search_panel.refresh()

    def on_index_status(self, status: IndexStatus) -> None:
        """Show the index's status in the status bar."""
        win = self._win
        if status.state == "indexing":
            win.index_label.setText(
                tr("Indexing {done} of {total}…").format(done=status.done, total=status.total)
            )
        elif status.state == "failed":
            win.index_label.setText(tr("Search index unavailable; searching by scanning"))
        else:
            win.index_label.clear()
