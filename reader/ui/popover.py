"""The popover a click on a highlight opens.

Its colours, note, tags and delete, beside the text instead of a dialog over it. A colour applies at
once; the note and tags when the popover closes; each change is one step on the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QStringListModel, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from reader.core.records import Annotation
from reader.services.annotations import COLORS
from reader.ui.highlights import anchor_label, color_name, split_tags, swatch
from reader.ui.i18n import tr

Values = tuple[str, str, list[str]]  # note, colour, tags


class HighlightPopover(QFrame):
    """Emits `changed(id, before, after)` when closed with changes, `delete_requested(id)`."""

    changed = Signal(int, object, object)
    delete_requested = Signal(int)

    def __init__(self, annotation: Annotation, all_tags: list[str], parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(tr("Highlight"))
        self._id = annotation.id
        self._before: Values = (annotation.note, annotation.color, list(annotation.tags))
        self._color = annotation.color
        self._deleting = False
        self.colors: dict[str, QToolButton] = {}
        swatches = QHBoxLayout()
        swatches.setSpacing(2)
        for color in COLORS:
            button = QToolButton(self)
            button.setIcon(swatch(color, 16))
            button.setCheckable(True)
            button.setChecked(color == annotation.color)
            button.setAutoRaise(True)
            button.setToolTip(color_name(color))
            button.setAccessibleName(tr("Colour: {color}").format(color=color_name(color)))
            button.clicked.connect(lambda _=False, c=color: self._choose(c))
            swatches.addWidget(button)
            self.colors[color] = button
        swatches.addStretch(1)
        self.delete = QPushButton(tr("Delete"), self)
        self.delete.setAccessibleName(tr("Delete this highlight"))
        self.delete.clicked.connect(self._delete)
        swatches.addWidget(self.delete)
        self.note = QPlainTextEdit(annotation.note, self)
        self.note.setPlaceholderText(tr("A note (Markdown)"))
        self.note.setAccessibleName(tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.tags = QLineEdit(", ".join(annotation.tags), self)
        self.tags.setPlaceholderText(tr("Tags, separated by commas"))
        self.tags.setAccessibleName(tr("Tags"))
        completer = QCompleter(QStringListModel(all_tags, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        state = QLabel(anchor_label(annotation.anchor_state), self)
        state.setObjectName("anchorState")
        state.setToolTip(tr("Where Reader found the highlighted text after the article changed"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(swatches)
        layout.addWidget(self.note)
        layout.addWidget(self.tags)
        layout.addWidget(state)
        self.setFixedWidth(340)

    def values(self) -> Values:
        """The note, colour and tags entered."""
        return (self.note.toPlainText().strip(), self._color, split_tags(self.tags.text()))

    def show_near(self, anchor: QPoint, avoid_height: int = 24) -> None:
        """Below the clicked line (global coordinates), or above it near the screen's foot."""
        self.adjustSize()
        screen = self.screen().availableGeometry()
        x = max(screen.left() + 4, min(anchor.x() - 40, screen.right() - self.width() - 4))
        y = anchor.y() + avoid_height
        if y + self.height() > screen.bottom():
            y = anchor.y() - self.height() - 6
        self.move(x, y)
        self.show()
        self.note.setFocus()

    def _choose(self, color: str) -> None:
        self._color = color
        for name, button in self.colors.items():
            button.setChecked(name == color)
        self._commit()

    def _commit(self) -> None:
        after = self.values()
        if after != self._before:
            self.changed.emit(self._id, self._before, after)
            self._before = after

    def _delete(self) -> None:
        self._deleting = True
        self.close()
        self.delete_requested.emit(self._id)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        if not self._deleting:
            self._commit()
        super().hideEvent(event)
