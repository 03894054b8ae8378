"""Actions on several articles at once, and the Inbox archived articles leave.

Actions on several articles at once (the rows chosen in the list), and the Inbox that archived
articles leave.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from reader.core.records import ReadState
from reader.ui.mainwindow import MainWindow
from reader.ui.tagdialogs import BatchTagDialog
from tests.ui.conftest import select_title, when_modal


def _choose_rows(window: MainWindow, rows: list[int]) -> list[int]:
    window.table.choose_row(rows[0])
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows[1:]:
        window.table.selectionModel().select(window.model.index(row, 0), flags)
    return window.selected_ids()


def _states(window: MainWindow, ids: list[int]) -> set[ReadState]:
    return {window.library_service.get(i).read_state for i in ids}


def test_m_and_e_act_on_every_chosen_row(qtbot: QtBot, window: MainWindow) -> None:
    ids = _choose_rows(window, [0, 1, 2])
    assert len(ids) == 3
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_M)
    assert window.changes.wait()
    assert _states(window, ids) == {ReadState.READ}
    qtbot.keyClick(window.table, Qt.Key.Key_M)  # all read: all unread again
    assert window.changes.wait()
    assert _states(window, ids) == {ReadState.UNREAD}
    qtbot.keyClick(window.table, Qt.Key.Key_E)
    assert window.changes.wait()
    assert _states(window, ids) == {ReadState.ARCHIVED}


def test_archived_articles_leave_the_inbox(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.select_key(("inbox", ""))
    total = window.model.total()
    assert total == window.library_service.count()  # nothing archived yet
    article_id = select_title(window, "碳中和")
    row = window.model.row_of(article_id)
    following = window.model.summary(row + 1)
    assert following is not None
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_E)
    assert window.changes.wait()
    assert window.model.row_of(article_id) < 0 and window.model.total() == total - 1
    assert window.current_id() == following.id  # reading goes on with the next one
    item = next(i for i in window.sidebar._items() if i.text(0) == "Inbox")
    assert int(item.text(1)) == total - 1
    window.sidebar.select_key(("all", ""))
    assert window.model.row_of(article_id) >= 0  # still in the library, archived


def test_tags_are_added_to_and_taken_off_several_articles(qtbot: QtBot, window: MainWindow) -> None:
    ids = _choose_rows(window, [0, 1])
    library = window.library_service
    library.set_tags(ids[0], ["旧标签", "保留"])
    seen: list[str] = []

    def fill(dialog: BatchTagDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.add.setText("新标签, 第二个")
        dialog.remove.setText("旧标签")
        dialog.accept()

    when_modal(BatchTagDialog, fill)
    window.actions_by_name["tags"].trigger()
    assert window.changes.wait()
    assert set(library.get(ids[0]).tags) == {"保留", "第二个", "新标签"}
    assert set(library.get(ids[1]).tags) == {"第二个", "新标签"}
    assert seen == ["Edit tags"]
