"""Highlights.

Every change is on the undo stack, Cancel on a new note keeps nothing, a click opens a popover
beside the text (not a dialog over it), and notes show as Markdown.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.annotationmodel import annotation_html
from reader.ui.mainwindow import MainWindow
from tests.ui.conftest import select_title

QUOTE = "蚂蚁森林"


def _select(win: MainWindow, quote: str) -> None:
    doc = win.view.document()
    found = doc.find(quote)
    assert not found.isNull()
    win.view.setTextCursor(found)


def _undo(qtbot: QtBot, win: MainWindow, redo: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if redo:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(win, Qt.Key.Key_Z, modifiers)


def test_a_new_highlight_is_undone_and_redone(qtbot: QtBot, window: MainWindow) -> None:
    article_id = select_title(window, "碳中和")
    _select(window, QUOTE)
    created = window.annotating.highlight("green")
    assert created is not None
    service = window.annotating.service
    assert [a.id for a in service.for_article(article_id)] == [created.id]
    _undo(qtbot, window)
    assert service.for_article(article_id) == []
    assert window.annotations_panel.model.rowCount() == 0
    _undo(qtbot, window, redo=True)
    assert [a.exact for a in service.for_article(article_id)] == [QUOTE]


def test_cancel_on_a_new_note_keeps_no_highlight(qtbot: QtBot, window: MainWindow) -> None:
    article_id = select_title(window, "碳中和")
    _select(window, QUOTE)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        dialog.close()  # as Esc or the Cancel button

    QTimer.singleShot(0, cancel)
    assert window.annotating.highlight(with_note=True) is None
    assert window.annotating.service.for_article(article_id) == []
    assert not window.annotating.undo_stack.canUndo()


def test_a_click_opens_a_popover_whose_changes_undo(qtbot: QtBot, window: MainWindow) -> None:
    article_id = select_title(window, "碳中和")
    _select(window, QUOTE)
    created = window.annotating.highlight("yellow")
    assert created is not None
    window.view.setTextCursor(QTextCursor(window.view.document()))
    window.view.scroll_to_offset(created.start)
    cursor = window.view.document().find(QUOTE)
    middle = QTextCursor(window.view.document())
    middle.setPosition(cursor.selectionStart() + 1)
    line = window.view.shown_rect(middle)
    point = line.center().toPoint() + QPoint(2, 0)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    popover = window.annotating.popover
    assert popover is not None and popover.isVisible()
    assert QApplication.activeModalWidget() is None  # beside the text, not a dialog
    viewport = window.view.viewport()
    top = viewport.mapToGlobal(line.topLeft().toPoint()).y()
    bottom = viewport.mapToGlobal(line.bottomLeft().toPoint()).y()
    box = popover.geometry()
    assert box.top() >= bottom or box.bottom() <= top  # the clicked line stays in sight
    popover.colors["blue"].click()  # applies at once
    assert window.annotating.service.for_article(article_id)[0].color == "blue"
    popover.note.setPlainText("**关键** 数据")
    popover.close()
    [changed] = window.annotating.service.for_article(article_id)
    assert (changed.color, changed.note) == ("blue", "**关键** 数据")
    html = annotation_html(changed)
    assert "<strong>关键</strong>" in html and "**" not in html
    _undo(qtbot, window)  # the note
    assert window.annotating.service.for_article(article_id)[0].note == ""
    _undo(qtbot, window)  # the colour
    assert window.annotating.service.for_article(article_id)[0].color == "yellow"


def test_delete_from_the_popover_undoes(qtbot: QtBot, window: MainWindow) -> None:
    article_id = select_title(window, "碳中和")
    _select(window, QUOTE)
    created = window.annotating.highlight("pink")
    assert created is not None
    popover = window.annotating.open_popover(created, window.view.global_point_of(created.start))
    popover.delete.click()
    # Closed, and deleted once events run: the deletion waits for the library, which lets
    # events run meanwhile when it takes a while (a busy machine), so the popover may be gone.
    assert not (shiboken6.isValid(popover) and popover.isVisible())
    assert window.annotating.service.for_article(article_id) == []
    _undo(qtbot, window)
    assert [a.id for a in window.annotating.service.for_article(article_id)] == [created.id]


def test_the_selection_toolbar_sits_clear_of_a_two_line_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_title(window, "碳中和")
    view = window.view
    doc = view.document()
    block = max((doc.findBlockByNumber(i) for i in range(doc.blockCount())),
                key=lambda b: b.layout().lineCount())  # fmt: skip
    assert block.layout().lineCount() >= 3
    second = block.layout().lineAt(1)
    start = block.position() + second.textStart() + 2
    end = start + second.textLength()  # into the third line
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    view.scroll_to_offset(view.reading_offset(start))
    first_rect = view.shown_rect(cursor)
    last = QTextCursor(doc)
    last.setPosition(end)
    last_rect = view.shown_rect(last)
    press = first_rect.center().toPoint()
    release = last_rect.center().toPoint()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(view.viewport(), release)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=release)
    toolbar = window.annotating.toolbar
    assert toolbar.isVisible()
    box = toolbar.geometry()
    assert box.bottom() < first_rect.top() or box.top() > last_rect.bottom(), (box, first_rect)
