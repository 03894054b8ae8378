"""In-article find (Ctrl+F): marks every match and counts them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget
from typing_extensions import override

from reader.ui.i18n import tr


def _button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button


class FindBar(QWidget):
    """The bar that finds text in the open article, with its count of matches."""

    changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("Find in article"))
        self.field.setAccessibleName(tr("Find in article"))
        self.count = QLabel()
        self.count.setMinimumWidth(90)
        previous = _button("▲", tr("Previous match (Shift+Enter)"))
        following = _button("▼", tr("Next match (Enter)"))
        close = _button("✕", tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.field.textChanged.connect(self.changed)
        self.field.returnPressed.connect(self.next_requested)
        previous.clicked.connect(self.previous_requested)
        following.clicked.connect(self.next_requested)
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        """Show the bar, its field focused and selected."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self.changed.emit(self.field.text())

    def close_bar(self) -> None:
        """Hide the bar, and say so."""
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        """Show which match is current, of how many."""
        if not self.field.text():
            self.count.clear()
        elif total == 0:
            self.count.setText(tr("No matches"))
        else:
            self.count.setText(tr("{current} of {total}").format(current=current, total=total))

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.previous_requested.emit()
        else:
            super().keyPressEvent(event)
