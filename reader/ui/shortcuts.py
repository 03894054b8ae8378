"""The keyboard shortcuts, listed once for the help dialog."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from reader.ui.i18n import tr


def shortcuts() -> list[tuple[str, str]]:
    """Every key Reader answers to, with what it does (in the window's language)."""
    return [
        ("j / ↓", tr("Next article")),
        ("k / ↑", tr("Previous article")),
        ("Space / Shift+Space", tr("Page down / up")),
        ("/ · Ctrl+K", tr("Search the library")),
        ("Esc", tr("Leave the search field / close find")),
        ("Ctrl+F", tr("Find in this article")),
        ("n / Shift+N · F3 / Shift+F3", tr("Next / previous hit")),
        ("h", tr("Highlight the selection")),
        ("Shift+H", tr("Highlight the selection with a note")),
        ("Ctrl+Z / Ctrl+Shift+Z", tr("Undo / redo a highlight change")),
        ("Ctrl+Shift+H", tr("All highlights")),
        ("Ctrl+Shift+A", tr("Show or hide the highlights panel")),
        ("t", tr("Edit the article's tags")),
        ("m", tr("Mark read / unread")),
        ("e", tr("Archive")),
        ("Ctrl++ / Ctrl+- / Ctrl+0", tr("Larger / smaller / default text")),
        ("Ctrl+O · Ctrl+Shift+O", tr("Import a folder / files")),
        ("?", tr("This list")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = "".join(
            f"<tr><td style='padding:3px 18px 3px 0'><b>{html.escape(k)}</b></td>"
            f"<td style='padding:3px 0'>{html.escape(v)}</td></tr>"
            for k, v in shortcuts()
        )
        label = QLabel(f"<table>{rows}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
