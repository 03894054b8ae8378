"""Highlight colors (with names the user can change) and the highlight editor dialog."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QStringListModel, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap, QTextCharFormat
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from typing_extensions import override

from reader.core.records import Annotation
from reader.services.annotations import COLORS
from reader.ui.i18n import tr

RGB = {
    "yellow": (250, 204, 21),
    "green": (74, 222, 128),
    "blue": (96, 165, 250),
    "pink": (244, 114, 182),
    "purple": (167, 139, 250),
}


def default_names() -> dict[str, str]:
    """The colours' names until the user renames them, in the window's language."""
    return {
        "yellow": tr("Important"),
        "green": tr("Idea"),
        "blue": tr("Reference"),
        "pink": tr("Question"),
        "purple": tr("To do"),
    }


def anchor_label(state: str) -> str:
    """How a highlight was found in the article's text, in words."""
    labels = {
        "exact": tr("In place"),
        "moved": tr("Moved with its text"),
        "fuzzy": tr("Found again approximately"),
        "orphan": tr("Its text is gone"),
    }
    return labels.get(state, state)


def color_name(color: str) -> str:
    """The user's name for a colour; a name never set follows the window's language."""
    value = QSettings().value(f"highlights/name/{color}")
    return str(value) if value else default_names().get(color, color)


def set_color_name(color: str, name: str) -> None:
    """Name a highlight colour; the default name if `name` is empty or the default."""
    if name.strip() and name.strip() != default_names()[color]:
        QSettings().setValue(f"highlights/name/{color}", name.strip())
    else:
        QSettings().remove(f"highlights/name/{color}")


def last_color() -> str:
    """The colour last used for a highlight."""
    value = str(QSettings().value("highlights/last_color", "yellow"))
    return value if value in COLORS else "yellow"


def set_last_color(color: str) -> None:
    """Remember the colour last used for a highlight."""
    QSettings().setValue("highlights/last_color", color)


def qcolor(color: str, alpha: int = 110) -> QColor:
    """A highlight colour as a QColor, with `alpha`."""
    r, g, b = RGB.get(color, RGB["yellow"])
    return QColor(r, g, b, alpha)


def swatch(color: str, size: int = 12) -> QIcon:
    """A square of a highlight colour, for menus."""
    pixmap = QPixmap(size, size)
    pixmap.fill(qcolor(color, 255))
    return QIcon(pixmap)


def highlight_format(annotation: Annotation, selected: bool = False) -> QTextCharFormat:
    """Its color; a highlight with a note is underlined as its marker."""
    fmt = QTextCharFormat()
    fmt.setBackground(qcolor(annotation.color, 170 if selected else 110))
    if annotation.note:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(qcolor(annotation.color, 255).darker(160))
    return fmt


def split_tags(text: str) -> list[str]:
    """Tags typed with commas (Latin or Chinese) between them."""
    return [t.strip() for t in text.replace("，", ",").split(",") if t.strip()]


class HighlightEditor(QDialog):
    """Edit a highlight's note (Markdown), color and tags, or delete it."""

    DELETE = 2

    def __init__(
        self,
        annotation: Annotation,
        all_tags: list[str],
        parent: QWidget | None = None,
        *,
        new: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New highlight") if new else tr("Highlight"))
        self.setMinimumWidth(460)
        quote = annotation.exact if len(annotation.exact) < 300 else annotation.exact[:299] + "…"
        self.quote = QLabel(f"“{quote}”")
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QPlainTextEdit(annotation.note)
        self.note.setPlaceholderText(tr("A note (Markdown)"))
        self.note.setTabChangesFocus(True)
        self.color = QComboBox()
        for c in COLORS:
            self.color.addItem(swatch(c), color_name(c), c)
        self.color.setCurrentIndex(COLORS.index(annotation.color))
        self.tags = QLineEdit(", ".join(annotation.tags))
        self.tags.setPlaceholderText("tags, separated by commas")
        completer = QCompleter(QStringListModel(all_tags, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        state = QLabel(anchor_label(annotation.anchor_state))
        state.setObjectName("anchorState")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        if not new:
            delete = QPushButton(tr("Delete"))
            buttons.addButton(delete, QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.clicked.connect(lambda: self.done(self.DELETE))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.quote)
        form.addRow(tr("Note"), self.note)
        form.addRow(tr("Color"), self.color)
        form.addRow(tr("Tags"), self.tags)
        form.addRow(state)
        form.addRow(buttons)
        self.note.setFocus()

    def values(self) -> tuple[str, str, list[str]]:
        """The note, colour and tags entered."""
        return (self.note.toPlainText().strip(), str(self.color.currentData()),
                split_tags(self.tags.text()))  # fmt: skip


class ColorNamesDialog(QDialog):
    """The dialog that names the highlight colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Highlight colors"))
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for c in COLORS:
            field = QLineEdit(color_name(c))
            label = QLabel()
            label.setPixmap(swatch(c, 14).pixmap(14, 14))
            self.fields[c] = field
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @override
    def accept(self) -> None:
        for c, field in self.fields.items():
            set_color_name(c, field.text())
        super().accept()
