"""What the Article menu, its keys and the list's context menu do to the chosen articles.

The rows selected in the list (several at once), or else the one open. Read state, archive (an
archived article leaves the Inbox), tags.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from reader.core.records import ReadState
from reader.ui.i18n import tr
from reader.ui.librarymodel import ID_ROLE
from reader.ui.tagdialogs import BatchTagDialog, ManageTagsDialog, TagEditorDialog

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


class ArticleActions:
    """What can be done to the articles selected in the list: mark, tag, open."""

    def __init__(self, win: MainWindow) -> None:
        self.win = win
        self.library = win.library_service

    def chosen(self) -> list[int]:
        """The articles selected in the list, or else the one open."""
        ids = self.win.selected_ids()
        current = self.win.current_id()
        return ids or ([current] if current is not None else [])

    def change_rows(
        self,
        change: Callable[[], object],
        then: Callable[[], object] | None = None,
        reload: bool = False,
    ) -> None:
        """Make a change that may take the chosen rows out of the list, keeping its place.

        The row after them (or before, at the end) is chosen next; then `then`. `reload`:
        read the list again (the rows left its filter: archived out of the Inbox, restored
        out of the Trash).
        """
        win = self.win
        rows = sorted(i.row() for i in win.table.selectionModel().selectedIndexes())
        first = rows[0] if rows else max(0, win.table.currentIndex().row())

        def done(_result: object) -> None:
            if reload:
                win.model.reload()
                win.update_count()
            count = win.model.rowCount()
            if count:
                win.table.choose_row(min(first, count - 1))
            else:  # the list is empty now: so is the page
                win.show_nothing()
            if then is not None:
                then()

        win.changes.run(change, done)

    # -- the commands ---------------------------------------------------------------------
    def toggle_read(self) -> None:
        """Read, or unread if read already; several: all read, or all unread if they are."""
        ids = self.chosen()
        if not ids:
            return

        def toggle() -> None:  # read and written in turn, after any change still pending
            states = {self.library.get(i).read_state for i in ids}
            new = ReadState.UNREAD if states == {ReadState.READ} else ReadState.READ
            self.library.set_read_states(ids, new)

        self.win.changes.run(toggle)

    def archive(self) -> None:
        """Archive the selected articles."""
        ids = self.chosen()
        if ids:
            self.mark(ids, ReadState.ARCHIVED)

    def mark(self, ids: list[int], state: ReadState) -> None:
        """Set these articles' state; archived ones leave the Inbox at once."""
        self.change_rows(
            lambda: self.library.set_read_states(ids, state),
            reload=self.win.model.query().inbox and state is ReadState.ARCHIVED,
        )

    def edit_tags(self) -> None:
        """Edit the tags of the selected article, or add and remove tags on several."""
        ids = self.chosen()
        if len(ids) > 1:
            self._tag_several(ids)
            return
        article = self.win.view.article()
        if article is None:
            return
        current = self.library.get(article.id)
        dialog = TagEditorDialog(current.title, current.tags, self.library.all_tags(), self.win)
        if dialog.exec():
            self.win.changes.run(lambda: self.library.set_tags(article.id, dialog.tags()))

    def _tag_several(self, ids: list[int]) -> None:
        present = self.library.tags_of(ids)
        dialog = BatchTagDialog(len(ids), present, self.library.all_tags(), self.win)
        if dialog.exec():
            add, remove = dialog.changes()
            self.win.changes.run(lambda: self.library.retag(ids, add, remove))

    def manage_tags(self) -> None:
        """Open the dialog that renames and deletes tags."""
        ManageTagsDialog(self.library, self.win, self.win.changes).exec()

    def context_menu(self, pos: QPoint) -> None:
        """The list's context menu, for the rows at `pos` and those selected."""
        win = self.win
        index = win.table.indexAt(pos)
        if not index.isValid():
            return
        if int(index.data(ID_ROLE)) not in win.selected_ids():
            win.table.choose_row(index.row())  # a click outside the selection chooses the row
        ids = win.selected_ids()
        menu = QMenu(win)
        for label, state in (
            (tr("Mark as Read"), ReadState.READ),
            (tr("Mark as Unread"), ReadState.UNREAD),
            (tr("Archive"), ReadState.ARCHIVED),
        ):
            action = menu.addAction(label)
            action.setData(state.value)
        menu.addAction(win.actions_by_name["tags"])
        menu.addSeparator()
        if win.trash.showing_trash():
            menu.addAction(win.actions_by_name["restore"])
            menu.addAction(tr("Delete for Good…"), win.trash.delete)
        else:
            menu.addAction(win.actions_by_name["trash"])
        chosen = menu.exec(win.table.viewport().mapToGlobal(pos))
        if chosen is not None and chosen.data() is not None:
            self.mark(ids, ReadState(chosen.data()))
