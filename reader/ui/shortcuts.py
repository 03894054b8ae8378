"""The `?` dialog: every key Reader answers to, from the command table."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from reader.ui.commands import commands, portable
from reader.ui.i18n import tr


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do) for every command that has keys, in the window's language."""
    return [(portable(c.keys), c.help_text()) for c in commands() if c.keys]


class ShortcutsDialog(QDialog):
    """The list of keyboard shortcuts, by menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = "".join(
            f"<tr><td style='padding:3px 18px 3px 0'><b>{html.escape(k)}</b></td>"
            f"<td style='padding:3px 0'>{html.escape(v)}</td></tr>"
            for k, v in shortcuts()
        )
        self.label = QLabel(f"<table>{rows}</table>")
        self.label.setContentsMargins(12, 8, 12, 8)
        scroll = QScrollArea()
        scroll.setWidget(self.label)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)
