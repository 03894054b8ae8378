"""Which panes show: the text keeps its measure, and the side panes make way for it.

As the window narrows, the side panes fold away in order (highlights panel, then sidebar,
then the library list) so the reading column keeps at least MIN_COLUMN_EM a line; they come
back as it widens. Each pane can also be shown or hidden by hand (View menu): a pane hidden
by hand stays hidden, one shown by hand in a narrow window stays until hidden again. Focus
mode shows the text alone, full screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

MIN_COLUMN_EM = 30  # the reading column never holds fewer characters a line than this
COLLAPSE_ORDER = ("panel", "sidebar", "list")  # the first folds first
DEFAULT_WIDTHS = {"sidebar": 190, "list": 380, "panel": 250}
HIDDEN_KEY = "window/hidden_panes"


class PaneLayout(QObject):
    """Shows and hides the sidebar, list and highlights panel around the reading pane."""

    changed = Signal()

    def __init__(
        self,
        window: QMainWindow,
        panes: dict[str, QWidget],
        text: QWidget,
        splitters: tuple[QSplitter, QSplitter],
        *,
        chrome: Callable[[], list[QWidget]],
        em: Callable[[], float],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._panes = panes
        self._text = text
        self._splitters = splitters
        self._chrome = chrome  # menu bar, status bar: hidden in focus mode
        self._em = em  # the width of 中 in the reading font
        self._widths = dict(DEFAULT_WIDTHS)
        stored = QSettings().value(HIDDEN_KEY, "")
        self.hidden_by_user: set[str] = {
            name for name in str(stored or "").split(",") if name in panes
        }
        self.shown_by_user: set[str] = set()
        self.collapsed: set[str] = set()
        self.focus_mode = False
        self._was_maximized = False

    # -- what shows -------------------------------------------------------------------
    def _wanted(self, name: str) -> bool:
        return not self.focus_mode and name not in self.hidden_by_user

    def text_needs(self) -> float:
        """The width the reading pane needs for its measure, margins and scroll bar.

        The width the reading pane needs for MIN_COLUMN_EM characters a line, with the
        page's side margins and its scroll bar.
        """
        return self._em() * MIN_COLUMN_EM + 2 * 28 + 24

    def relayout(self) -> None:
        """Fold or unfold panes for the window's width now."""
        for name, pane in self._panes.items():
            if pane.isVisible() and pane.width() > 40:
                self._widths[name] = pane.width()
        room = self._window.width() - self.text_needs()
        wanted = [n for n in self._panes if self._wanted(n)]
        collapsed: set[str] = set()
        for name in COLLAPSE_ORDER:
            if room - sum(self._widths[n] for n in wanted if n not in collapsed) >= 0:
                break
            if name in wanted and name not in self.shown_by_user:
                collapsed.add(name)
        self.collapsed = collapsed
        for name, pane in self._panes.items():
            pane.setVisible(self._wanted(name) and name not in collapsed)
        self._restore_widths()
        self.changed.emit()

    def _restore_widths(self) -> None:
        outer, inner = self._splitters
        sizes = outer.sizes()
        for i in range(outer.count()):
            widget = outer.widget(i)
            for name, pane in self._panes.items():
                if widget is pane and pane.isVisibleTo(self._window):
                    sizes[i] = self._widths[name]
        outer.setSizes(sizes)
        panel = self._panes["panel"]
        if panel.isVisibleTo(self._window):
            total = sum(inner.sizes())
            inner.setSizes([max(0, total - self._widths["panel"]), self._widths["panel"]])

    # -- by hand ------------------------------------------------------------------------
    def set_shown(self, name: str, shown: bool) -> None:
        """Show or hide a pane by hand (the View menu)."""
        if shown:
            self.hidden_by_user.discard(name)
            self.shown_by_user.add(name)
        else:
            self.hidden_by_user.add(name)
            self.shown_by_user.discard(name)
        QSettings().setValue(HIDDEN_KEY, ",".join(sorted(self.hidden_by_user)))
        if self.focus_mode and shown:
            self.set_focus_mode(False)
        self.relayout()

    def shown(self, name: str) -> bool:
        """Whether the pane `name` is shown."""
        return self._panes[name].isVisibleTo(self._window)

    def toggle(self, name: str) -> None:
        """Show the pane `name` if hidden, hide it if shown."""
        self.set_shown(name, not self.shown(name))

    def reveal(self, name: str) -> None:
        """Make sure a pane shows, without undoing choices made by hand.

        Make sure a pane shows (searching needs the list), without changing choices made by
        hand unless it is hidden.
        """
        if not self.shown(name):
            self.set_shown(name, True)

    def set_focus_mode(self, on: bool) -> None:
        """The text alone, full screen; again to return."""
        if on == self.focus_mode:
            return
        self.focus_mode = on
        for widget in self._chrome():
            widget.setVisible(not on)
        if on:
            self._was_maximized = self._window.isMaximized()
            self._window.showFullScreen()
        elif self._was_maximized:
            self._window.showMaximized()
        else:
            self._window.showNormal()
        self.relayout()
        if on:
            self._text.setFocus(Qt.FocusReason.OtherFocusReason)
