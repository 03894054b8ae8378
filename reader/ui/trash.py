"""Moving articles to the trash (undoable), restoring them, and deleting them for good.

In the library, Delete moves the chosen articles to the trash, with everything the user made
on them; Ctrl+Z brings them back. In the Trash view, Delete (or Empty Trash) deletes them for
good, after a question that says how many highlights would go with them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from reader.core.records import Article
from reader.ui.i18n import long_date, tr

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


class _MoveToTrash(QUndoCommand):
    """Redo moves the articles to the trash; undo brings them back as they were."""

    def __init__(self, trash: TrashActions, ids: list[int]) -> None:
        super().__init__(tr("Move %n article(s) to the trash", None, len(ids)))
        self._trash = trash
        self._ids = ids

    def redo(self) -> None:
        self._trash.run(lambda: self._trash.library.move_to_trash(self._ids))

    def undo(self) -> None:
        first = self._ids[0]
        self._trash.run(
            lambda: self._trash.library.restore(self._ids),
            lambda: self._trash.win.select_article(first),
        )


class TrashBanner(QFrame):
    """Above an article in the trash: since when, and the way back (or out)."""

    def __init__(self, trash: TrashActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        restore = QPushButton(tr("Restore"))
        restore.clicked.connect(trash.restore_open)
        delete = QPushButton(tr("Delete for Good…"))
        delete.clicked.connect(trash.delete_open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(restore)
        layout.addWidget(delete)
        self.hide()

    def show_for(self, article: Article | None) -> None:
        """Show the banner if `article` is in the trash, else hide it."""
        if article is None or article.trashed_at is None:
            self.hide()
            return
        self.text.setText(
            tr(
                "In the trash since {date}. Its highlights and notes are kept until the trash "
                "is emptied."
            ).format(date=long_date(article.trashed_at))  # fmt: skip
        )
        self.show()


class TrashActions:
    """Moving articles to the trash, restoring them, and deleting them for good."""

    def __init__(self, win: MainWindow) -> None:
        self.win = win
        self.library = win.library_service
        self.banner = TrashBanner(self)

    def showing_trash(self) -> bool:
        """Whether the list shows the trash."""
        return self.win.model.query().in_trash

    def run(self, change: Callable[[], object], then: Callable[[], object] | None = None) -> None:
        """Make the change and choose the next row.

        A restored article leaves the Trash view, which is read again.
        """
        self.win.articles.change_rows(change, then, reload=self.showing_trash())

    # -- the commands ---------------------------------------------------------------------
    def delete(self) -> None:
        """Delete: to the trash from the library; for good from the Trash view."""
        ids = self.win.articles.chosen()
        if not ids:
            return
        if self.showing_trash():
            self.delete_for_good(ids)
            return
        self.win.annotating.undo_stack.push(_MoveToTrash(self, ids))
        self.win.statusBar().showMessage(
            tr("Moved %n article(s) to the trash. Undo with Ctrl+Z.", None, len(ids)), 8000
        )

    def restore(self) -> None:
        """Restore the articles selected in the trash."""
        ids = self.win.articles.chosen() if self.showing_trash() else []
        if ids:
            self.run(lambda: self.library.restore(ids))
            self.win.statusBar().showMessage(
                tr("Restored %n article(s) to the library.", None, len(ids)), 8000
            )

    def restore_open(self) -> None:
        """The banner's Restore: the article open, wherever the list is."""
        current = self.win.current_id()
        if current is not None:
            self.run(
                lambda: self.library.restore([current]), lambda: self.win.open_article(current)
            )

    def delete_open(self) -> None:
        """Delete the open article for good."""
        current = self.win.current_id()
        if current is not None:
            self.delete_for_good([current])

    def empty(self) -> None:
        """Delete every article in the trash for good."""
        self.delete_for_good(self.library.trashed())

    def delete_for_good(self, ids: list[int]) -> None:
        """Ask, then delete; the question names what would be lost."""
        if not ids:
            self.win.statusBar().showMessage(tr("The trash is empty."), 5000)
            return
        highlights = self.library.trash_highlights(ids)
        text = tr("Delete %n article(s) for good?", None, len(ids))
        detail = (
            tr("%n highlight(s) and their notes will be deleted too.", None, highlights)
            if highlights
            else tr("They hold no highlights.")
        )
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Delete for Good"), text, parent=self.win)
        box.setInformativeText(detail + " " + tr("This cannot be undone."))
        delete = box.addButton(tr("Delete for Good"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is delete:
            self.run(lambda: self.library.empty_trash(ids))
