"""The table of contents: the article's headings, in order, and a jump to each."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reader.ui.contents import current_section, headings
from reader.ui.mainwindow import MainWindow
from tests.ui.conftest import select_title


def test_headings_come_in_order_with_their_offsets(window: MainWindow) -> None:
    select_title(window, "Nacos 2.0.1")
    found = headings(window.view)
    article = window.view.article()
    assert article is not None
    assert found[0].title == article.title and found[0].level == 1
    titles = [h.title for h in found[1:]]
    assert titles[:4] == ["一、前言", "二、发行说明", "2.1 特征", "2.2 增强功能"]
    for heading in found[1:]:  # each offset is where its heading's text stands
        assert article.reading_text[heading.offset :].startswith(heading.title)
    assert [h.offset for h in found] == sorted(h.offset for h in found)
    assert current_section(found, found[2].offset + 5) == 2


def test_choosing_a_heading_jumps_there_and_marks_where_one_is(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_title(window, "万字长文")
    found = headings(window.view)
    assert len(found) > 5
    target = found[4]
    shown: list[list[str]] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, choose)
            return
        actions = menu.actions()
        shown.append([a.text().strip() for a in actions if a.isChecked()])
        actions[4].trigger()
        menu.close()

    QTimer.singleShot(20, choose)
    window.actions_by_name["contents"].trigger()
    assert shown == [[found[0].title]]  # at the top: the title's section is checked
    # The heading's line is now the top line of the page.
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view.doc_position(target.offset))
    assert 0 <= window.view.cursorRect(cursor).top() <= 8
