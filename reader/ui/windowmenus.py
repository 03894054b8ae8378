"""The main window's menus and shortcuts, built from its methods."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from reader.ui import settings
from reader.ui.i18n import tr
from reader.ui.themes import THEMES, theme_label

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


def _action(
    win: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    """An action of the window (its shortcut works wherever focus is), for a menu."""
    action = QAction(text, win)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    win.addAction(action)
    return action


def build_menus(win: MainWindow) -> tuple[QAction, dict[str, QAction]]:
    """The menu bar; returns the highlights-panel toggle and the theme choices."""
    bar = win.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(_action(win, tr("Import &Folder…"), win.on_import_folder, "Ctrl+O"))
    file_menu.addAction(_action(win, tr("Import &Files…"), win.on_import_files, "Ctrl+Shift+O"))
    if win.downloads is not None:
        downloads = win.downloads
        file_menu.addAction(_action(win, tr("&Download All Images"), lambda: downloads.start(None)))
    file_menu.addSeparator()
    file_menu.addAction(_action(win, tr("&Quit"), win.close, QKeySequence.StandardKey.Quit))

    article = bar.addMenu(tr("&Article"))
    article.addAction(_action(win, tr("&Next Article"), lambda: win.step_article(1), "J"))
    article.addAction(_action(win, tr("&Previous Article"), lambda: win.step_article(-1), "K"))
    article.addSeparator()
    article.addAction(_action(win, tr("Mark &Read / Unread"), win.toggle_read, "M"))
    article.addAction(_action(win, tr("&Archive"), win.archive, "E"))
    article.addSeparator()
    if win.downloads is not None:
        article.addAction(_action(win, tr("&Download Images"), win.download_article_images))
    article.addAction(_action(win, tr("Edit &Tags…"), win.edit_tags, "T"))
    article.addAction(_action(win, tr("&Manage Tags…"), win.manage_tags))
    article.addSeparator()
    article.addAction(_action(win, tr("&Find in Article…"), win.pane.open_find, "Ctrl+F"))
    article.addAction(_action(win, tr("Next &Hit"), win.pane.next_hit, "N"))
    article.addAction(_action(win, tr("Previous Hit"), win.pane.previous_hit, "Shift+N"))

    highlights = bar.addMenu(tr("&Highlights"))
    highlights.addAction(_action(win, tr("&Highlight Selection"), win.annotating.highlight, "H"))
    with_note = _action(win, tr("Highlight with &Note…"),
                        lambda: win.annotating.highlight(with_note=True), "Shift+H")  # fmt: skip
    highlights.addAction(with_note)
    undo = win.annotating.undo_stack.createUndoAction(win, tr("&Undo"))
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo = win.annotating.undo_stack.createRedoAction(win, tr("&Redo"))
    redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
    win.addAction(undo)
    win.addAction(redo)
    highlights.addAction(undo)
    highlights.addAction(redo)
    highlights.addSeparator()
    highlights.addAction(_action(win, tr("&All Highlights…"), win.show_all_highlights,
                                      "Ctrl+Shift+H"))  # fmt: skip
    panel_action = _action(win, tr("Show Highlights &Panel"), win.toggle_panel,
                                     "Ctrl+Shift+A")  # fmt: skip
    panel_action.setCheckable(True)
    panel_action.setChecked(True)
    highlights.addAction(panel_action)
    highlights.addAction(_action(win, tr("Highlight &Colors…"), win.edit_color_names))

    view = bar.addMenu(tr("&View"))
    themes = view.addMenu(tr("&Theme"))
    group = QActionGroup(win)
    theme_actions: dict[str, QAction] = {}
    for name in ("system", *THEMES):
        action = QAction(theme_label(name), win, checkable=True)
        action.triggered.connect(lambda _=False, n=name: win.apply_theme(n))
        group.addAction(action)
        themes.addAction(action)
        theme_actions[name] = action
    view.addAction(_action(win, tr("&Larger Text"), lambda: win.change_font(1), "Ctrl+="))
    view.addAction(_action(win, tr("&Smaller Text"), lambda: win.change_font(-1), "Ctrl+-"))
    view.addAction(_action(win, tr("&Default Text Size"), lambda: win.change_font(0), "Ctrl+0"))
    view.addMenu(_language_menu(win))
    view.addSeparator()
    view.addAction(_action(win, tr("&Search Library"), win.search_panel.focus_field, "Ctrl+K"))

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(_action(win, tr("&Keyboard Shortcuts"), win.show_shortcuts, "?"))
    return panel_action, theme_actions


LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}


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


def build_shortcuts(win: MainWindow) -> None:
    """Keys that have no menu item."""
    for keys, slot in (
        ("/", win.search_panel.focus_field),
        ("Ctrl++", lambda: win.change_font(1)),
        ("F3", win.pane.next_hit),
        ("Shift+F3", win.pane.previous_hit),
        ("Space", lambda: win.page(1)),
        ("Shift+Space", lambda: win.page(-1)),
    ):
        QShortcut(QKeySequence(keys), win, slot)
