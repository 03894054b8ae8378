"""Every command of the window, declared once: its menu, label, keys and help text.

That one table builds the menu bar, the keyboard shortcuts and the `?` dialog, so they
cannot drift apart. Keys that act only in one place (Esc in the search field, Left/Right over
a wide table) are in the table too, marked as documented only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from reader.ui import articlelinks, contents
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow

MENUS = ("file", "edit", "article", "highlights", "view", "help")
SEPARATOR = "-"


@dataclass(frozen=True)
class Command:
    """One thing the window can do: its menu item, keys and help."""

    name: str  # an id; SEPARATOR for a line in the menu
    menu: str | None  # one of MENUS, or None for a key with no menu item
    label: str  # the menu item (with its & mnemonic), or what the key does
    keys: tuple[str, ...] = ()  # portable key sequences; the first shows in the menu
    run: Callable[[MainWindow], object] | None = None  # None: documented, handled elsewhere
    help: str = ""  # the `?` dialog's words, if not the label's
    checkable: bool = False
    available: Callable[[MainWindow], bool] = lambda _win: True

    def help_text(self) -> str:
        """What the command does, for the shortcuts list."""
        return self.help or self.label.replace("&", "").rstrip("…")


def _separator(menu: str) -> Command:
    return Command(SEPARATOR, menu, "")


def commands() -> list[Command]:  # noqa: PLR0915 - one table, read top to bottom
    """The table, in menu order, in the window's language."""
    downloads: Callable[[MainWindow], bool] = lambda win: win.downloads is not None  # noqa: E731
    return [
        Command("import_folder", "file", tr("Import &Folder…"), ("Ctrl+O",),
                lambda w: w.imports.ask_folder(), tr("Import a folder of posts")),
        Command("import_files", "file", tr("Import &Files…"), ("Ctrl+Shift+O",),
                lambda w: w.imports.ask_files(), tr("Import post files")),
        Command("download_all", "file", tr("&Download All Images"), (),
                lambda w: w.downloads.start(None) if w.downloads else None,
                available=downloads),
        _separator("file"),
        Command("empty_trash", "file", tr("Empty &Trash…"), (), lambda w: w.trash.empty(),
                tr("Delete what the trash holds, for good")),
        _separator("file"),
        Command("quit", "file", tr("&Quit"), ("Ctrl+Q",), lambda w: w.close()),
        Command("undo", "edit", tr("&Undo"), ("Ctrl+Z",),
                lambda w: w.annotating.undo_stack.undo(),
                tr("Undo the last change to highlights or the trash")),
        Command("redo", "edit", tr("&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"),
                lambda w: w.annotating.undo_stack.redo(), tr("Redo what was undone")),
        _separator("edit"),
        Command("settings", "edit", tr("&Settings…"), ("Ctrl+,",), lambda w: w.show_settings(),
                tr("Text, theme, language, images and highlight colours")),
        _separator("edit"),
        Command("trash", "edit", tr("Move to &Trash"), ("Del",), lambda w: w.trash.delete(),
                tr("Move the chosen articles to the trash (in the trash: delete for good)")),
        Command("restore", "edit", tr("R&estore from Trash"), ("Ctrl+Shift+R",),
                lambda w: w.trash.restore(), tr("Bring the chosen articles back from the trash")),
        Command("next", "article", tr("&Next Article"), ("J",), lambda w: w.step_article(1)),
        Command("previous", "article", tr("&Previous Article"), ("K",),
                lambda w: w.step_article(-1)),
        Command("page_down", None, tr("Page down"), ("Space",), lambda w: w.page(1)),
        Command("page_up", None, tr("Page up"), ("Shift+Space",), lambda w: w.page(-1)),
        _separator("article"),
        Command("toggle_read", "article", tr("Mark &Read / Unread"), ("M",),
                lambda w: w.articles.toggle_read()),
        Command("archive", "article", tr("&Archive"), ("E",), lambda w: w.articles.archive(),
                tr("Archive the chosen articles (they leave the Inbox)")),
        _separator("article"),
        Command("open_original", "article", tr("&Open Original"), ("O",),
                articlelinks.open_original,
                tr("Open the article's web page, or else its post file")),
        Command("copy_link", "article", tr("Copy &Link"), ("Ctrl+Shift+C",),
                articlelinks.copy_link,
                tr("Copy the article's web address, or else its post file's path")),
        _separator("article"),
        Command("download", "article", tr("&Download Images"), (),
                lambda w: w.download_article_images(), available=downloads),
        Command("tags", "article", tr("Edit &Tags…"), ("T",), lambda w: w.articles.edit_tags(),
                tr("Edit the tags of the chosen articles")),
        Command("manage_tags", "article", tr("&Manage Tags…"), (),
                lambda w: w.articles.manage_tags()),
        _separator("article"),
        Command("contents", "article", tr("&Contents…"), ("Ctrl+Shift+T",),
                contents.show_contents, tr("Jump to a heading of the article")),
        Command("find", "article", tr("&Find in Article…"), ("Ctrl+F",),
                lambda w: w.pane.open_find(), tr("Find in this article")),
        Command("next_hit", "article", tr("Next &Hit"), ("N", "F3"), lambda w: w.pane.next_hit()),
        Command("previous_hit", "article", tr("Previous Hit"), ("Shift+N", "Shift+F3"),
                lambda w: w.pane.previous_hit()),
        Command("highlight", "highlights", tr("&Highlight Selection"), ("H",),
                lambda w: w.annotating.highlight()),
        Command("highlight_note", "highlights", tr("Highlight with &Note…"), ("Shift+H",),
                lambda w: w.annotating.highlight(with_note=True)),
        Command("all_highlights", "highlights", tr("&All Highlights…"), ("Ctrl+Shift+H",),
                lambda w: w.show_all_highlights()),
        Command("colors", "highlights", tr("Highlight &Colors…"), (),
                lambda w: w.edit_color_names()),
        Command("larger", "view", tr("&Larger Text"), ("Ctrl+=", "Ctrl++"),
                lambda w: w.change_font(1)),
        Command("smaller", "view", tr("&Smaller Text"), ("Ctrl+-",), lambda w: w.change_font(-1)),
        Command("default_size", "view", tr("&Default Text Size"), ("Ctrl+0",),
                lambda w: w.change_font(0)),
        _separator("view"),
        Command("sidebar", "view", tr("S&idebar"), ("Ctrl+Shift+B",),
                lambda w: w.panes.toggle("sidebar"), tr("Show or hide the sidebar"),
                checkable=True),
        Command("list", "view", tr("Library &List"), ("Ctrl+Shift+L",),
                lambda w: w.panes.toggle("list"), tr("Show or hide the library list"),
                checkable=True),
        Command("panel", "view", tr("Highlights &Panel"), ("Ctrl+Shift+A",),
                lambda w: w.panes.toggle("panel"), tr("Show or hide the highlights panel"),
                checkable=True),
        Command("focus", "view", tr("&Focus Mode"), ("F11",),
                lambda w: w.panes.set_focus_mode(not w.panes.focus_mode),
                tr("Focus mode: the text alone, full screen"), checkable=True),
        Command("next_pane", None, tr("Next pane"), ("F6",), lambda w: w.keyboard.cycle(1),
                tr("Next / previous pane (Tab and Shift+Tab too)")),
        Command("previous_pane", None, tr("Previous pane"), ("Shift+F6",),
                lambda w: w.keyboard.cycle(-1)),
        _separator("view"),
        Command("search", "view", tr("&Search Library"), ("Ctrl+K", "/"),
                lambda w: w.focus_search(), tr("Search the library")),
        Command("shortcuts", "help", tr("&Keyboard Shortcuts"), ("?",),
                lambda w: w.show_shortcuts(), tr("This list")),
        # Keys with a meaning in one place only, handled there; listed for the `?` dialog.
        Command("leave", None, tr("Leave the search field, close find, or leave focus mode"),
                ("Esc",)),
        Command("open", None, tr("Open the chosen article or result and read it"),
                ("Enter",)),
        Command("sideways", None, tr("Scroll a wide table or code block sideways"),
                ("Left", "Right", "Shift+Wheel")),
        Command("up_down", None, tr("Move in the list"), ("Down", "Up")),
        Command("copy_quotes", None, tr("In All Highlights: copy the chosen ones as quotes"),
                ("Ctrl+C",)),
    ]  # fmt: skip


def portable(keys: tuple[str, ...]) -> str:
    """Keys as this platform writes them (Ctrl on Linux, ⌘ on a Mac)."""
    shown = []
    for key in keys:
        if key == "Shift+Wheel":
            shown.append(tr("Shift+Wheel"))
            continue
        sequence = QKeySequence(key)
        shown.append(sequence.toString(QKeySequence.SequenceFormat.NativeText) or key)
    return " · ".join(shown)


def build_actions(win: MainWindow) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """One QAction per runnable command, on the window and in its menu.

    One QAction per runnable command, on the window (so its keys work anywhere in it) and in its
    menu; returns them by name, and the menus.
    """
    bar = win.menuBar()
    titles = {
        "file": tr("&File"), "edit": tr("&Edit"), "article": tr("&Article"),
        "highlights": tr("&Highlights"), "view": tr("&View"), "help": tr("&Help"),
    }  # fmt: skip
    menus = {name: bar.addMenu(titles[name]) for name in MENUS}
    actions: dict[str, QAction] = {}
    for command in commands():
        if command.name == SEPARATOR and command.menu:
            menus[command.menu].addSeparator()
            continue
        if command.run is None or not command.available(win):
            continue
        action = QAction(command.label, win)
        action.setShortcuts([QKeySequence(k) for k in command.keys])
        action.setCheckable(command.checkable)
        action.setToolTip(command.help_text())
        action.triggered.connect(_runner(win, command))
        win.addAction(action)
        if command.menu:
            menus[command.menu].addAction(action)
        actions[command.name] = action
    stack = win.annotating.undo_stack
    actions["undo"].setEnabled(stack.canUndo())
    actions["redo"].setEnabled(stack.canRedo())
    stack.canUndoChanged.connect(actions["undo"].setEnabled)
    stack.canRedoChanged.connect(actions["redo"].setEnabled)
    return actions, menus


def _runner(win: MainWindow, command: Command) -> Callable[[], None]:
    run = command.run
    assert run is not None

    def triggered() -> None:
        run(win)

    return triggered
