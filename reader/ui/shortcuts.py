"""The keyboard shortcuts, listed once for the help dialog."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

SHORTCUTS = [
    ("j / ↓", "Next article"),
    ("k / ↑", "Previous article"),
    ("Space / Shift+Space", "Page down / up"),
    ("/ or Ctrl+K", "Search the library"),
    ("Esc", "Leave the search field / close find"),
    ("Ctrl+F", "Find in this article"),
    ("n / Shift+N, F3 / Shift+F3", "Next / previous hit"),
    ("m", "Mark read / unread"),
    ("e", "Archive"),
    ("Ctrl++ / Ctrl+- / Ctrl+0", "Larger / smaller / default text"),
    ("Ctrl+O", "Import a folder"),
    ("?", "This list"),
]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = "".join(
            f"<tr><td style='padding:3px 18px 3px 0'><b>{html.escape(k)}</b></td>"
            f"<td style='padding:3px 0'>{html.escape(v)}</td></tr>"
            for k, v in SHORTCUTS
        )
        label = QLabel(f"<table>{rows}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
