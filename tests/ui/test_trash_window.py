"""The trash in the window.

Delete moves the chosen articles there and reading goes on with the next one; Ctrl+Z brings them
back; in the Trash view, Delete deletes for good after a question that names the highlights that
would go.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from reader.ui.librarymodel import ID_ROLE
from reader.ui.mainwindow import MainWindow
from tests.ui.conftest import answer_message_box, select_title


def _listed(win: MainWindow) -> list[int]:
    while win.model.canFetchMore():
        win.model.fetchMore()
    return [s.id for i in range(win.model.rowCount()) if (s := win.model.summary(i))]


def _trash_count(win: MainWindow) -> int:
    for item in win.sidebar._items():
        if item.data(0, Qt.ItemDataRole.UserRole + 1) == ("trash", ""):
            return int(item.text(1))
    raise AssertionError("the sidebar has no Trash")


def test_delete_moves_to_the_trash_and_ctrl_z_brings_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    article_id = select_title(window, "碳中和")
    row = window.model.row_of(article_id)
    following = window.model.summary(row + 1)
    assert following is not None
    total = window.model.total()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.changes.wait()  # made off the UI thread
    assert article_id not in _listed(window)
    assert window.model.total() == total - 1 and _trash_count(window) == 1
    assert window.current_id() == following.id  # reading goes on with the next article
    assert "trash" in window.statusBar().currentMessage()

    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.changes.wait()  # made off the UI thread
    assert article_id in _listed(window) and _trash_count(window) == 0
    assert window.current_id() == article_id


def test_in_the_trash_delete_asks_then_deletes_for_good(qtbot: QtBot, window: MainWindow) -> None:
    first = select_title(window, "碳中和")
    second = window.model.summary(window.model.row_of(first) + 1)
    assert second is not None
    window._annotation_service.create_from_quote(first, "碳中和", note="一条笔记")
    selection = window.table.selectionModel()
    selection.select(
        window.model.index(window.model.row_of(second.id), 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.changes.wait()  # made off the UI thread
    assert _trash_count(window) == 2

    window.sidebar.select_key(("trash", ""))
    assert sorted(_listed(window)) == sorted([first, second.id])
    window.table.choose_row(window.model.row_of(first))
    seen: list[str] = []
    answer_message_box("Cancel", seen)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.changes.wait()  # made off the UI thread
    assert seen == ["Delete 1 article for good?"] and _trash_count(window) == 2

    window.activateWindow()  # back from the message box
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    answer_message_box("Delete for Good", seen)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.changes.wait()  # made off the UI thread
    assert seen[-1] == "Delete 2 articles for good?"
    assert _listed(window) == [] and _trash_count(window) == 0
    assert not window.library_service.exists(first)
    assert window.view.article() is None  # the page does not show what is gone


def test_restore_from_the_trash_view(qtbot: QtBot, window: MainWindow) -> None:
    article_id = select_title(window, "碳中和")
    window.trash.delete()
    assert window.changes.wait()  # made off the UI thread
    window.sidebar.select_key(("trash", ""))
    window.table.choose_row(0)
    assert int(window.table.currentIndex().data(ID_ROLE)) == article_id
    window.actions_by_name["restore"].trigger()
    assert window.changes.wait()  # made off the UI thread
    assert _listed(window) == [] and _trash_count(window) == 0
    window.sidebar.select_key(("all", ""))
    assert article_id in _listed(window)


def test_an_article_in_the_trash_says_so_and_offers_the_way_back(window: MainWindow) -> None:
    article_id = select_title(window, "碳中和")
    assert window.trash.banner.isHidden()
    window.trash.delete()
    assert window.changes.wait()  # made off the UI thread
    window.sidebar.select_key(("trash", ""))
    window.table.choose_row(0)
    banner = window.trash.banner
    assert banner.isVisible() and "In the trash since" in banner.text.text()
    restore = next(b for b in banner.findChildren(QPushButton) if b.text() == "Restore")
    restore.click()
    assert window.changes.wait()  # made off the UI thread
    assert window.current_id() == article_id and banner.isHidden()
    assert window.library_service.get(article_id).trashed_at is None
