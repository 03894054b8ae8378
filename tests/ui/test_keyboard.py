"""Keyboard and screen readers.

No traps, panes in reach, names on every control, and a `?` dialog that lists every key the window
answers to.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from reader.ui.shortcuts import ShortcutsDialog, shortcuts
from tests.ui.conftest import select_title, type_text


def _tab_until(qtbot: QtBot, win: MainWindow, target: QWidget, limit: int = 12) -> int:
    for presses in range(1, limit + 1):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if target.hasFocus():
            return presses
    raise AssertionError(f"Tab never reached {type(target).__name__}")


def test_tab_goes_from_the_search_field_to_the_text_and_on(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1600, 1000)
    select_title(window, "碳中和")
    window.focus_search()
    assert _tab_until(qtbot, window, window.view) <= 4
    _tab_until(qtbot, window, window.annotations_panel.color)
    # From the list, Tab leaves the list (no cycling through its cells).
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert not window.table.hasFocus()


def test_f6_cycles_the_panes(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1600, 1000)
    select_title(window, "碳中和")
    window.sidebar.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen == [window.table, window.view, window.annotations_panel.list, window.sidebar]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.annotations_panel.list.hasFocus()


def test_enter_on_a_result_puts_the_keys_in_the_text(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    window.focus_search()
    type_text(panel.field, "腾讯")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert window.view.hasFocus()
    bar = window.view.verticalScrollBar()
    before = bar.value()
    qtbot.keyClick(window.view, Qt.Key.Key_Space)  # pages the text, types nothing
    assert panel.field.text() == "腾讯"
    assert bar.value() > before


def test_a_new_query_clears_the_old_marks(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    type_text(panel.field, "腾讯")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert window.pane._search_hits
    panel.field.setFocus()
    type_text(panel.field, "x")
    assert not window.pane._search_hits


def test_every_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1600, 1000)
    select_title(window, "碳中和")
    window.pane.open_find()
    window.view.selectAll()
    window.annotating.toolbar.show_at(QRect(window.view.rect().center(), QSize(1, 20)))
    nameless = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(window)
        and not w.accessibleName()
        and type(w).__name__ not in ("QScrollBar", "QSplitterHandle")
    ]
    assert nameless == []


def test_the_shortcuts_dialog_lists_every_key_there_is(qtbot: QtBot, window: MainWindow) -> None:
    listed = " · ".join(k for k, _ in shortcuts())
    keys: list[str] = []
    for action in window.findChildren(QAction):
        keys += [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
    for shortcut in window.findChildren(QShortcut):
        keys.append(shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))
    missing = sorted(k for k in set(keys) if k and k not in listed.split(" · "))
    assert missing == []
    # A key bound twice fires neither binding (Qt calls it ambiguous).
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    for key in ("H", "Shift+H", "T", "Ctrl+Z", "F6", "F11", "Esc"):
        assert key in dialog.label.text(), key
