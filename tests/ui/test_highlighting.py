"""Highlighting in the real window: select with the keyboard, press h, reopen, note, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from reader.app import open_services
from reader.services.location import LibraryLocation
from reader.ui.mainwindow import MainWindow
from tests.ui.conftest import make_window, select_title

QUOTE = "蚂蚁森林"


def _highlight_selections(
    win: MainWindow,
) -> list[tuple[str, QTextCharFormat.UnderlineStyle, str]]:
    """(text, underline style, color) of each highlight drawn in the view."""
    spans = []
    for sel in win.view.extraSelections():
        fmt = QTextCharFormat(sel.format)
        color = fmt.background().color()
        if color.alpha() in (110, 170):  # the highlight layer's colors
            spans.append((sel.cursor.selectedText(), fmt.underlineStyle(), color.name()))
    return spans


def _select_with_keyboard(qtbot: QtBot, win: MainWindow, quote: str) -> None:
    article = win.view.article()
    assert article is not None
    start = article.reading_text.index(quote)
    cursor = win.view.textCursor()
    cursor.setPosition(win.view.doc_position(start))
    win.view.setTextCursor(cursor)
    win.view.setFocus()
    for _ in quote:
        qtbot.keyClick(win.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert win.view.textCursor().selectedText() == quote


def test_highlight_survives_restart_note_marker_delete_and_undo(
    qtbot: QtBot, corpus_library_dir: Path
) -> None:
    services = open_services(LibraryLocation(corpus_library_dir))
    win = make_window(qtbot, services)
    article_id = select_title(win, "碳中和")
    _select_with_keyboard(qtbot, win, QUOTE)
    assert win.view.hasFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_H)
    [stored] = services.annotations.for_article(article_id)
    assert stored.exact == QUOTE and stored.color == "yellow"
    assert [t for t, *_ in _highlight_selections(win)] == [QUOTE]
    assert win.annotations_panel.model.rowCount() == 1
    win.close()
    services.close()

    services = open_services(LibraryLocation(corpus_library_dir))  # the app again, same library
    win = make_window(qtbot, services)
    select_title(win, "碳中和")
    drawn = _highlight_selections(win)
    assert [t for t, *_ in drawn] == [QUOTE]
    assert drawn[0][1] == QTextCharFormat.UnderlineStyle.NoUnderline
    services.annotations.update(stored.id, note="森林面积的数据")
    win.annotating.reload()
    [(_, underline, _)] = _highlight_selections(win)
    assert underline == QTextCharFormat.UnderlineStyle.DashUnderline  # the note's marker

    win.annotating.delete(win.annotating.annotations()[0])
    assert services.annotations.for_article(article_id) == []
    assert _highlight_selections(win) == []
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    [restored] = services.annotations.for_article(article_id)
    assert (restored.id, restored.note) == (stored.id, "森林面积的数据")
    assert [t for t, *_ in _highlight_selections(win)] == [QUOTE]
    win.close()
    services.close()


def test_colors_and_panel_filter(qtbot: QtBot, window: MainWindow) -> None:
    select_title(window, "碳中和")
    for quote, color in (("蚂蚁森林", "green"), ("联想集团", "pink"), ("数据中心", "blue")):
        _select_with_keyboard(qtbot, window, quote)
        window.annotating.highlight(color)
    assert window.annotations_panel.model.rowCount() == 3
    panel = window.annotations_panel
    panel.color.setCurrentIndex(panel.color.findData("pink"))
    assert panel.model.rowCount() == 1
    colors = {color for *_, color in _highlight_selections(window)}
    assert len(colors) == 3
    window.view.setTextCursor(QTextCursor(window.view.document()))


def test_highlights_survive_theme_and_font_changes(qtbot: QtBot, window: MainWindow) -> None:
    select_title(window, "碳中和")
    _select_with_keyboard(qtbot, window, QUOTE)
    window.annotating.highlight("green")
    for change in (lambda: window.apply_theme("dark"), lambda: window.change_font(2)):
        change()
        assert [t for t, *_ in _highlight_selections(window)] == [QUOTE]


def test_mouse_selection_shows_the_color_toolbar(qtbot: QtBot, window: MainWindow) -> None:
    article_id = select_title(window, "碳中和")
    article = window.view.article()
    assert article is not None
    start = article.reading_text.index(QUOTE)
    view = window.view

    def point(offset: int) -> QPoint:
        cursor = view.textCursor()
        cursor.setPosition(view.doc_position(offset))
        return view.cursorRect(cursor).center()

    view.scroll_to_offset(start)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point(start))
    qtbot.mouseMove(view.viewport(), point(start + len(QUOTE)))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point(start + len(QUOTE)))
    assert view.textCursor().selectedText() == QUOTE
    toolbar = window.annotating.toolbar
    assert toolbar.isVisible()
    qtbot.mouseClick(toolbar.buttons["purple"], Qt.MouseButton.LeftButton)
    [made] = window.annotating.service.for_article(article_id)
    assert (made.exact, made.color) == (QUOTE, "purple")
    assert not toolbar.isVisible()


def test_the_panel_reads_all_before_any_article_is_open(qtbot: QtBot) -> None:
    from reader.ui.annotationspanel import AnnotationsPanel

    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    assert panel.tag.currentText() == "All tags" and panel.tag.count() == 1
    assert panel.color.currentText() and panel.empty.isVisibleTo(panel)
