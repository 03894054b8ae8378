"""Moving around the window by keyboard.

Tab, Shift+Tab and F6 go from pane to pane (the sidebar, the list or the search results, the text,
the highlights panel), never trapped in one; opening an article with Enter puts the keys in its
text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


class KeyboardNavigation(QObject):
    """Installed once on the main window."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self._win = win
        chain: list[QWidget] = [
            win.sidebar, win.search_panel.field, win.library_list.order, win.table,
            win.search_panel.results, win.view, win.annotations_panel.color,
            win.annotations_panel.tag, win.annotations_panel.list,
        ]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        # Enter opens and moves on to the text; a click leaves the focus where it was.
        win.search_panel.field.returnPressed.connect(self.read_text)
        win.search_panel.results.activated.connect(lambda _index: self.read_text())
        win.table.activated.connect(lambda _index: self.read_text())
        win.search_panel.field.installEventFilter(self)

    def panes(self) -> list[QWidget]:
        """The widget that takes the keys in each pane that shows, in order."""
        win = self._win
        listing = win.search_panel.results if win.search_panel.showing_results() else win.table
        chain = [win.sidebar, listing, win.view, win.annotations_panel.list]
        return [w for w in chain if w.isVisibleTo(win) and w.isEnabled()]

    def cycle(self, step: int) -> None:
        """To the next (or previous) pane, as F6 does in a browser."""
        chain = self.panes()
        if not chain:
            return
        focused = QApplication.focusWidget()
        here = next(
            (i for i, w in enumerate(chain) if focused is not None and
             (w is focused or w.isAncestorOf(focused))),
            -1,
        )  # fmt: skip
        if here < 0 and focused is self._win.search_panel.field:
            here = 1  # the search field belongs to the list's pane
        reason = Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason
        chain[(here + step) % len(chain)].setFocus(reason)

    def read_text(self) -> None:
        """Move the focus to the reading view."""
        if self._win.view.article() is not None:
            self._win.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field: Esc leaves the search, Down goes to the results."""
        win = self._win
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                win.search_panel.clear()
                win.table.setFocus()
                return True
            if event.key() == Qt.Key.Key_Down:
                win.search_panel.results.setFocus()
                return True
        return super().eventFilter(watched, event)
