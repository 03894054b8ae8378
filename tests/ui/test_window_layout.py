"""The window at any size.

The text keeps its measure, side panes fold in order and come back, panes can be shown or hidden by
hand, and focus mode shows the text alone.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.scripts import CJK_CHAR
from reader.ui.mainwindow import MainWindow, first_window_size
from tests.ui.conftest import select_title

SIZES = [((1600, 1000), 30), ((1024, 700), 25), ((800, 600), 20)]


def _chars_a_line(win: MainWindow) -> int:
    """The CJK characters on the first line of the article's longest Chinese paragraph."""
    doc = win.view.document()
    longest = max(
        (doc.findBlockByNumber(i) for i in range(doc.blockCount())),
        key=lambda b: len(CJK_CHAR.findall(b.text())),
    )
    line = longest.layout().lineAt(0)
    first = longest.text()[line.textStart() : line.textStart() + line.textLength()]
    assert longest.layout().lineCount() > 1, "the paragraph must wrap to measure a line"
    return len(first)


def _resize(qtbot: QtBot, win: MainWindow, width: int, height: int) -> None:
    win.resize(width, height)
    qtbot.waitUntil(lambda: win.width() == width)
    QApplication.processEvents()


@pytest.mark.parametrize(("size", "least"), SIZES, ids=str)
def test_the_reading_column_keeps_its_measure(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int], least: int
) -> None:
    select_title(window, "碳中和")
    _resize(qtbot, window, *size)
    assert _chars_a_line(window) >= least


def test_side_panes_fold_in_order_and_come_back(qtbot: QtBot, window: MainWindow) -> None:
    panes = window.panes
    _resize(qtbot, window, 1600, 1000)
    assert all(panes.shown(n) for n in ("sidebar", "list", "panel"))
    _resize(qtbot, window, 1024, 700)
    assert not panes.shown("panel")
    assert panes.shown("list")
    _resize(qtbot, window, 800, 600)
    assert not panes.shown("sidebar") and not panes.shown("list")
    _resize(qtbot, window, 1600, 1000)
    assert all(panes.shown(n) for n in ("sidebar", "list", "panel"))


def test_panes_shown_or_hidden_by_hand(qtbot: QtBot, window: MainWindow) -> None:
    _resize(qtbot, window, 1600, 1000)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert not window.panes.shown("sidebar")
    assert not window.actions_by_name["sidebar"].isChecked()
    _resize(qtbot, window, 1500, 1000)
    assert not window.panes.shown("sidebar")  # hidden by hand stays hidden
    _resize(qtbot, window, 800, 600)
    window.actions_by_name["list"].trigger()  # shown by hand in a narrow window
    assert window.panes.shown("list")
    # Searching brings the folded list back with its field.
    window.actions_by_name["list"].trigger()
    assert not window.panes.shown("list")
    window.actions_by_name["search"].trigger()
    assert window.panes.shown("list")
    assert window.search_panel.field.hasFocus()


def test_focus_mode_shows_the_text_alone_and_esc_returns(qtbot: QtBot, window: MainWindow) -> None:
    select_title(window, "碳中和")
    _resize(qtbot, window, 1600, 1000)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.panes.focus_mode
    assert not any(window.panes.shown(n) for n in ("sidebar", "list", "panel"))
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.panes.focus_mode
    assert window.menuBar().isVisible()
    assert window.panes.shown("list")


def test_the_first_window_fits_the_screen() -> None:
    screen = QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    size = first_window_size()
    assert size.width() <= free.width() and size.height() <= free.height()
    assert size.width() >= min(1360, free.width() * 0.9)
