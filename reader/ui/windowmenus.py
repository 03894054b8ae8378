"""The menu bar, from the command table, with the theme and language menus.

The menu bar, from the command table (commands.py), with the View menu's theme and language choices,
which are not commands with keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from reader.ui import settings
from reader.ui.commands import build_actions
from reader.ui.i18n import tr
from reader.ui.themes import THEMES, theme_label

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow

LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}


def build_menus(win: MainWindow) -> tuple[dict[str, QAction], dict[str, QAction]]:
    """The menu bar and every key; returns the commands' actions and the theme choices."""
    actions, menus = build_actions(win)
    view = menus["view"]
    first = view.actions()[0]
    themes = QMenu(tr("&Theme"), win)
    group = QActionGroup(win)
    theme_actions: dict[str, QAction] = {}
    for name in ("system", *THEMES):
        action = QAction(theme_label(name), win, checkable=True)
        action.triggered.connect(lambda _=False, n=name: win.apply_theme(n))
        group.addAction(action)
        themes.addAction(action)
        theme_actions[name] = action
    view.insertMenu(first, themes)
    view.insertMenu(first, _language_menu(win))
    view.insertSeparator(first)
    # Esc leaves focus mode; only then, so the search field and find bar keep their Esc.
    leave = QShortcut(QKeySequence("Esc"), win, lambda: win.panes.set_focus_mode(False))
    leave.setEnabled(False)
    win.panes.changed.connect(lambda: leave.setEnabled(win.panes.focus_mode))
    return actions, theme_actions


def _language_menu(win: MainWindow) -> QMenu:
    """The window's language: the system's, or one chosen here (from the next start)."""
    menu = QMenu(tr("&Language"), win)
    group = QActionGroup(win)
    saved = settings.LANGUAGE.get()
    for code, label in (("", tr("Follow the System")), *LANGUAGE_NAMES.items()):
        action = QAction(label, win, checkable=True)
        action.setChecked(code == saved)
        action.triggered.connect(lambda _=False, c=code: _choose_language(win, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def _choose_language(win: MainWindow, code: str) -> None:
    settings.LANGUAGE.set(code)
    win.statusBar().showMessage(tr("Reader will show the chosen language when it next starts."))
