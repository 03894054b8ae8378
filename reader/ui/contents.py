"""The article's table of contents, from its headings.

A menu that jumps to a section, with the section being read checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.ui.articleview import ArticleView
    from reader.ui.mainwindow import MainWindow

MAX_TITLE = 60  # characters of a heading shown in the menu


@dataclass(frozen=True)
class Heading:
    """A heading of the article, for its table of contents."""

    level: int  # 1 for the article's title and its <h1>s, up to 6
    title: str
    offset: int  # where it starts in the reading text


def headings(view: ArticleView) -> list[Heading]:
    """Every heading of the open article, in order (the title first)."""
    out: list[Heading] = []
    block = view.document().begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        text = " ".join(block.text().split())
        if level > 0 and text:
            out.append(Heading(level, text, view.reading_offset(block.position())))
        block = block.next()
    return out


def current_section(found: list[Heading], offset: int) -> int:
    """The index of the heading whose section holds `offset` (the last one at or above it)."""
    index = 0
    for i, heading in enumerate(found):
        if heading.offset <= offset:
            index = i
    return index


def _jump(view: ArticleView, offset: int) -> Callable[[], None]:
    def jump() -> None:
        view.scroll_to_offset(offset, top=True)

    return jump


def show_contents(win: MainWindow) -> None:
    """Show the open article's contents, and go to the heading chosen."""
    view = win.view
    if view.article() is None:
        return
    found = headings(view)
    if len(found) < 2:  # the title alone
        win.statusBar().showMessage(tr("This article has no headings to jump to."), 5000)
        return
    menu = QMenu(win)
    menu.setAccessibleName(tr("Contents"))
    top = min(h.level for h in found[1:])
    here = current_section(found, view.top_offset())
    for i, heading in enumerate(found):
        depth = 0 if i == 0 else heading.level - top
        title = (
            heading.title if len(heading.title) <= MAX_TITLE else heading.title[:MAX_TITLE] + "…"
        )
        action = menu.addAction("    " * depth + title.replace("&", "&&"))
        action.setCheckable(True)
        action.setChecked(i == here)
        action.triggered.connect(_jump(view, heading.offset))
    menu.setActiveAction(menu.actions()[here])
    menu.exec(view.viewport().mapToGlobal(QPoint(view.viewport().width() // 2 - 160, 8)))
