"""Reading themes: light, sepia and dark, with colors for text, code, quotes and marks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from reader.ui.i18n import tr


@dataclass(frozen=True)
class Theme:
    """One theme's colours, for the reading text and for the window around it.

    Every text colour has a contrast of at least 4.5:1 on every background it is drawn on
    (tested).
    """

    name: str
    background: str  # the reading page, lists
    text: str
    secondary: str  # meta lines, placeholders, counts
    link: str
    code_background: str
    code_text: str
    quote: str
    rule: str  # table borders, separators
    chip: str
    hit: str  # search and find marks
    selection: str  # selected text in the reading view
    chrome: str  # the window around the lists: menus, sidebar, status bar
    alternate: str  # every other row of a list
    row: str  # the selected row of a list


THEMES: dict[str, Theme] = {
    "light": Theme(
        name="light", background="#fbfbfa", text="#1f2328", secondary="#596069",
        link="#1a5fb4", code_background="#f1f2f4", code_text="#24292f", quote="#57606a",
        rule="#d8dbe0", chip="#eceef1", hit="#fde68a", selection="#b6d4fe", chrome="#f0f0ee",
        alternate="#f4f4f2", row="#d6e4f8",
    ),
    "sepia": Theme(
        name="sepia", background="#f5ecd9", text="#3b2f22", secondary="#66573f",
        link="#8a4b14", code_background="#ebdfc6", code_text="#3b2f22", quote="#6b5a45",
        rule="#d9c9a8", chip="#e8dbc0", hit="#f3d27a", selection="#d9c08f", chrome="#ebe0c8",
        alternate="#f0e5cf", row="#e3cfa3",
    ),
    "dark": Theme(
        name="dark", background="#1c1e21", text="#d9dce1", secondary="#a3aab4",
        link="#7aa7e8", code_background="#26292e", code_text="#d9dce1", quote="#a0a7b1",
        rule="#3a3f46", chip="#2c3036", hit="#7a5c12", selection="#2f4f7a", chrome="#24272b",
        alternate="#212327", row="#2b3d57",
    ),
}  # fmt: skip


PLATFORM_DARK = "reader_platform_dark"  # an application property: the platform's palette


def system_theme_name() -> str:
    """Dark when the platform says so, light otherwise.

    Without a colour scheme from the platform, its palette decides: the one it had before Reader
    set its own.
    """
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() != Qt.ColorScheme.Unknown:
        return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"
    app = QGuiApplication.instance()
    remembered = app.property(PLATFORM_DARK) if app is not None else None
    if remembered is not None:
        return "dark" if remembered else "light"
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 110 else "light"


def theme_label(name: str) -> str:
    """A theme's name as the View menu shows it."""
    labels = {"system": tr("System"), "light": tr("Light"), "sepia": tr("Sepia"),
              "dark": tr("Dark")}  # fmt: skip
    return labels.get(name, name)


def resolve_theme(name: str) -> Theme:
    """The theme called `name`; the desktop's light or dark for "system"."""
    if name == "system":
        name = system_theme_name()
    return THEMES.get(name, THEMES["light"])
