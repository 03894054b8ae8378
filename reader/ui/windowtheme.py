"""One theme for the whole window: a palette per theme for every widget, not only the text.

The window is drawn with Qt's Fusion style, which takes all of its colours from the palette,
so light, sepia and dark reach menus, lists, scroll bars, dialogs and tool tips the same way
on every platform.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from reader.ui.themes import PLATFORM_DARK, Theme, system_theme_name

_FUSION = "reader_fusion"  # an application property: Reader has set the Fusion style
Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Pairs of (text role, background role) a reader reads; each must reach WCAG AA (tested).
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
)


def palette_for(theme: Theme) -> QPalette:
    """The window's palette in a theme: chrome, lists, selection, tips, links."""
    chrome, base = QColor(theme.chrome), QColor(theme.background)
    dark_theme = base.lightness() < 128
    palette = QPalette()
    colors: dict[QPalette.ColorRole, QColor] = {
        Role.Window: chrome,
        Role.WindowText: QColor(theme.text),
        Role.Base: base,
        Role.AlternateBase: QColor(theme.alternate),
        Role.Text: QColor(theme.text),
        Role.PlaceholderText: QColor(theme.secondary),
        Role.Button: chrome,
        Role.ButtonText: QColor(theme.text),
        Role.BrightText: QColor("#ffffff" if dark_theme else "#000000"),
        Role.Highlight: QColor(theme.row),
        Role.HighlightedText: QColor(theme.text),
        Role.ToolTipBase: QColor(theme.code_background),
        Role.ToolTipText: QColor(theme.text),
        Role.Link: QColor(theme.link),
        Role.LinkVisited: QColor(theme.link),
        Role.Accent: QColor(theme.link),
        # Fusion draws bevels, frames and scroll bar grooves from these.
        Role.Light: chrome.lighter(135 if dark_theme else 108),
        Role.Midlight: chrome.lighter(115 if dark_theme else 104),
        Role.Mid: QColor(theme.rule),
        Role.Dark: chrome.darker(140 if dark_theme else 125),
        Role.Shadow: chrome.darker(220 if dark_theme else 180),
    }
    for role, color in colors.items():
        for group in (Group.Active, Group.Inactive):
            palette.setColor(group, role, color)
        palette.setColor(Group.Disabled, role, color)
    # Disabled text is greyed as Fusion expects (WCAG exempts inactive controls).
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText):
        palette.setColor(Group.Disabled, role, QColor(theme.secondary))
    return palette


def apply_window_theme(theme: Theme) -> None:
    """Colour every widget of the application in a theme.

    What is already so is left alone: setting the style, the palette or the style sheet makes
    Qt polish every widget of the application again (70 ms for a style sheet with one window
    open), and a window applies its theme each time it opens.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if app.property(PLATFORM_DARK) is None:  # before our palette hides the platform's
        app.setProperty(PLATFORM_DARK, system_theme_name() == "dark")
    if not app.property(_FUSION):
        # Asked once: with a style sheet set, app.style() is Qt's style sheet style, whose
        # name is not "fusion" even when Fusion is underneath.
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        app.setProperty(_FUSION, True)
    palette = palette_for(theme)
    if app.palette() != palette:
        app.setPalette(palette)
    sheet = (
        f"QSplitter::handle {{ background: {theme.rule}; }}"
        f" QSplitter::handle:horizontal {{ width: 1px; }}"
        f" QToolTip {{ color: {theme.text}; background: {theme.code_background};"
        f" border: 1px solid {theme.rule}; }}"
    )
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
