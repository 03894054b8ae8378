"""A small toolbar that appears over a text selection: five colors and "with note"."""

from __future__ import annotations

from PySide6.QtCore import QRect, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from reader.services.annotations import COLORS
from reader.ui.highlights import color_name, swatch
from reader.ui.i18n import tr


class SelectionToolbar(QFrame):
    """The small toolbar over selected text: highlight colours and a note."""

    color_chosen = Signal(str)
    note_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selectionToolbar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for color in COLORS:
            button = QToolButton(self)
            button.setIcon(swatch(color, 14))
            button.setAutoRaise(True)
            button.setToolTip(tr("Highlight: {color}").format(color=color_name(color)))
            button.setAccessibleName(button.toolTip())
            button.clicked.connect(lambda _=False, c=color: self._choose(c))
            layout.addWidget(button)
            self.buttons[color] = button
        self.note = QToolButton(self)
        self.note.setText("✎")
        self.note.setAutoRaise(True)
        self.note.setToolTip(tr("Highlight with note (Shift+H)"))
        self.note.setAccessibleName(tr("Highlight with note"))
        self.note.clicked.connect(self._note)
        layout.addWidget(self.note)
        self.hide()

    def _choose(self, color: str) -> None:
        self.hide()
        self.color_chosen.emit(color)

    def _note(self) -> None:
        self.hide()
        self.note_requested.emit()

    def show_at(self, selection: QRect) -> None:
        """Show beside the selection, never over it, inside the viewport.

        Show above the selection's first line, or below its last where there is no room
        above, never over it (viewport coordinates), kept inside the viewport.
        """
        for color, button in self.buttons.items():
            button.setToolTip(tr("Highlight: {color}").format(color=color_name(color)))
            button.setAccessibleName(button.toolTip())
        self.adjustSize()
        parent = self.parentWidget()
        width = parent.width() if parent else self.width()
        x = max(4, min(selection.x() - self.width() // 2, width - self.width() - 4))
        y = selection.top() - self.height() - 6
        if y < 4:
            y = selection.bottom() + 6
        self.move(x, y)
        self.show()
        self.raise_()
