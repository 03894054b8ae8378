"""Settings, in one dialog.

How the text is set, the theme and language, images, and the highlight colours' names. Changes show
in the window as they are made, and are kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.ui import settings
from reader.ui.highlights import ColorNamesDialog
from reader.ui.i18n import tr
from reader.ui.readingstyle import (
    COLUMNS,
    LINE_HEIGHTS,
    MAX_FONT,
    MIN_FONT,
    ReadingStyle,
    chinese_families,
)
from reader.ui.themes import THEMES, theme_label
from reader.ui.windowmenus import LANGUAGE_NAMES

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow

IMAGE_POLICIES = ("ask", "always", "never")


def _spin(low: int, high: int, step: int, suffix: str, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    return spin


class SettingsDialog(QDialog):
    """The settings: theme, language, reading style and highlight colours."""

    def __init__(self, win: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or win)
        self._win = win
        self.setWindowTitle(tr("Settings"))

        self.family = QComboBox()
        self.family.setAccessibleName(tr("Font"))
        self.family.addItem(tr("Reader's choice"), "")
        for family in chinese_families():
            self.family.addItem(family, family)
            self.family.setItemData(
                self.family.count() - 1, QFont(family), Qt.ItemDataRole.FontRole
            )
        self.font_size = _spin(MIN_FONT, MAX_FONT, 1, " px", tr("Text size"))
        self.line_height = _spin(*LINE_HEIGHTS, 5, " %", tr("Line height"))
        self.column = _spin(*COLUMNS, 2, tr(" characters"), tr("Line length at most"))
        self.justify = QCheckBox(tr("Justify paragraphs (straight right edge)"))
        reading = QGroupBox(tr("Text"))
        form = QFormLayout(reading)
        form.addRow(tr("Font:"), self.family)
        form.addRow(tr("Size:"), self.font_size)
        form.addRow(tr("Line height:"), self.line_height)
        form.addRow(tr("Line length at most:"), self.column)
        form.addRow("", self.justify)

        self.theme = QComboBox()
        self.theme.setAccessibleName(tr("Theme"))
        for name in ("system", *THEMES):
            self.theme.addItem(theme_label(name), name)
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language"))
        for code, label in (("", tr("Follow the System")), *LANGUAGE_NAMES.items()):
            self.language.addItem(label, code)
        language_note = QLabel(tr("A new language shows when Reader next starts."))
        language_note.setWordWrap(True)
        window = QGroupBox(tr("Window"))
        form = QFormLayout(window)
        form.addRow(tr("Theme:"), self.theme)
        form.addRow(tr("Language:"), self.language)
        form.addRow("", language_note)

        self.images = QComboBox()
        self.images.setAccessibleName(tr("Download images after an import"))
        for label in (tr("Ask"), tr("Always"), tr("Never")):
            self.images.addItem(label)
        colors = QPushButton(tr("Highlight Colour Names…"))
        colors.clicked.connect(lambda: ColorNamesDialog(self).exec())
        other = QGroupBox(tr("Images and highlights"))
        form = QFormLayout(other)
        form.addRow(tr("Download a post's web images after an import:"), self.images)
        form.addRow("", colors)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.RestoreDefaults | QDialogButtonBox.StandardButton.Close
        )
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        for box in (reading, window, other):
            layout.addWidget(box)
        layout.addWidget(buttons)

        self._show(win.view.reading_style())
        self.theme.setCurrentIndex(max(0, self.theme.findData(win.theme_name())))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.LANGUAGE.get())))
        policy = settings.DOWNLOAD_IMAGES_ON_IMPORT.get()
        self.images.setCurrentIndex(IMAGE_POLICIES.index(policy) if policy in IMAGE_POLICIES else 0)
        # Connected after the values are shown: each change applies at once.
        self.family.currentIndexChanged.connect(self._apply_style)
        for spin in (self.font_size, self.line_height, self.column):
            spin.valueChanged.connect(self._apply_style)
        self.justify.toggled.connect(self._apply_style)
        self.theme.currentIndexChanged.connect(
            lambda: win.apply_theme(str(self.theme.currentData()))
        )
        self.language.currentIndexChanged.connect(
            lambda: settings.LANGUAGE.set(str(self.language.currentData()))
        )
        self.images.currentIndexChanged.connect(
            lambda i: settings.DOWNLOAD_IMAGES_ON_IMPORT.set(IMAGE_POLICIES[i])
        )

    def _show(self, style: ReadingStyle) -> None:
        """Show a style in the fields without applying each field's change on its own."""
        fields = (self.family, self.font_size, self.line_height, self.column, self.justify)
        for field in fields:
            field.blockSignals(True)
        index = self.family.findData(style.family)
        if index < 0:  # a font no longer installed: shown, so it can be changed
            self.family.addItem(style.family, style.family)
            index = self.family.count() - 1
        self.family.setCurrentIndex(index)
        self.font_size.setValue(style.font_px)
        self.line_height.setValue(style.line_height)
        self.column.setValue(style.column_em)
        self.justify.setChecked(style.justify)
        for field in fields:
            field.blockSignals(False)

    def chosen_style(self) -> ReadingStyle:
        """The reading style the dialog's fields describe."""
        return ReadingStyle(
            font_px=self.font_size.value(),
            family=str(self.family.currentData() or ""),
            line_height=self.line_height.value(),
            column_em=self.column.value(),
            justify=self.justify.isChecked(),
        )

    def _apply_style(self) -> None:
        self._win.set_reading_style(self.chosen_style())

    def restore_defaults(self) -> None:
        """The text as Reader sets it first; the theme, language and images stay."""
        self._show(ReadingStyle())
        self._apply_style()
