"""Reading themes: light, sepia and dark, with colors for text, code, quotes and marks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from reader.ui.i18n import tr


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    secondary: str
    link: str
    code_background: str
    code_text: str
    quote: str
    rule: str
    chip: str
    hit: str
    selection: str


THEMES: dict[str, Theme] = {
    "light": Theme("light", "#fbfbfa", "#1f2328", "#6a717a", "#1a5fb4", "#f1f2f4", "#24292f",
                   "#57606a", "#d8dbe0", "#eceef1", "#fde68a", "#b6d4fe"),
    "sepia": Theme("sepia", "#f5ecd9", "#3b2f22", "#7a6a55", "#8a4b14", "#ebdfc6", "#3b2f22",
                   "#6b5a45", "#d9c9a8", "#e8dbc0", "#f3d27a", "#d9c08f"),
    "dark": Theme("dark", "#1c1e21", "#d9dce1", "#8d949e", "#7aa7e8", "#26292e", "#d9dce1",
                  "#a0a7b1", "#3a3f46", "#2c3036", "#7a5c12", "#2f4f7a"),
}  # fmt: skip


def system_theme_name() -> str:
    """Dark when the platform says so, light otherwise."""
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 110 else "light"


def theme_label(name: str) -> str:
    """A theme's name as the View menu shows it."""
    labels = {"system": tr("System"), "light": tr("Light"), "sepia": tr("Sepia"),
              "dark": tr("Dark")}  # fmt: skip
    return labels.get(name, name)


def resolve_theme(name: str) -> Theme:
    if name == "system":
        name = system_theme_name()
    return THEMES.get(name, THEMES["light"])
