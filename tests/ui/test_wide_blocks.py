"""Wide tables and code scroll sideways in their own box; marks, clicks and hits follow."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextTable, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.posts import parse_post
from reader.ui.articleview import ArticleView
from reader.ui.codecolors import CODE_COLORS
from reader.ui.themes import THEMES
from reader.ui.wideblocks import WideBlock
from tests.conftest import CORPUS_FILES
from tests.ui.conftest import article_from_post
from tests.ui.contrast import AA_TEXT, contrast

WIDE_POST = Path(__file__).parent.parent / "data" / "posts" / "wide-table-and-code.md"
CODE_POSTS = [p for p in CORPUS_FILES if re.search(rb"<pre|^\s*```", p.read_bytes(), re.M)]


def _view(qtbot: QtBot, path: Path, width: int = 900, theme: str = "light") -> ArticleView:
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(width, 800)
    view.show()
    qtbot.waitExposed(view)
    view.apply_theme(THEMES[theme])
    view.set_article(article_from_post(path))
    QApplication.processEvents()
    return view


def _tables(view: ArticleView) -> list[QTextTable]:
    return [f for f in view.document().rootFrame().childFrames() if isinstance(f, QTextTable)]


def _cursor(view: ArticleView, text: str) -> QTextCursor:
    cursor = view.document().find(text)
    assert not cursor.isNull(), text
    return cursor


def _block_of(view: ArticleView, text: str) -> WideBlock:
    block = view._wide.holding(_cursor(view, text).selectionStart())
    assert block is not None, f"{text!r} is not in a wide box"
    return block


def _shift_wheel(view: ArticleView, at: QPointF, notches: int) -> None:
    event = QWheelEvent(
        at, view.viewport().mapToGlobal(at), QPoint(), QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ShiftModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)


def _shown_center(view: ArticleView, text: str) -> QPoint:
    cursor = _cursor(view, text)
    start = QTextCursor(view.document())
    start.setPosition(cursor.selectionStart())
    end = QTextCursor(view.document())
    end.setPosition(cursor.selectionEnd())
    left, right = view.shown_rect(start), view.shown_rect(end)
    return QPointF((left.left() + right.left()) / 2, left.center().y()).toPoint()


def test_a_nine_column_table_keeps_its_words_and_scrolls_in_its_box(qtbot: QtBot) -> None:
    view = _view(qtbot, WIDE_POST)
    table = _tables(view)[0]
    assert table.columns() == 9
    doc = view.document()
    for row in range(table.rows()):
        for col in range(table.columns()):
            cell = table.cellAt(row, col)
            block = doc.findBlock(cell.firstPosition())
            if len(block.text()) <= 12:  # short cells: one line, never a letter a line
                assert block.layout().lineCount() == 1, (row, col, block.text())
    box = _block_of(view, "PostgreSQL License")
    assert box.max_offset > 100
    assert view.horizontalScrollBar().value() == 0


def test_code_keeps_its_lines_in_a_box_of_its_own(qtbot: QtBot) -> None:
    view = _view(qtbot, WIDE_POST)
    source = parse_post(WIDE_POST.read_bytes(), WIDE_POST.name).markdown
    longest = max(source.splitlines(), key=len)
    assert "connection.execute(" in longest
    block = view.document().findBlock(_cursor(view, "connection.execute(").selectionStart())
    assert block.layout().lineCount() == 1
    assert _block_of(view, "connection.execute(").max_offset > 0


@pytest.mark.parametrize("path", CODE_POSTS, ids=lambda p: p.name)
def test_corpus_code_lines_never_wrap(qtbot: QtBot, path: Path) -> None:
    view = _view(qtbot, path, width=700)
    doc = view.document()
    checked = 0
    for frame in _tables(view):
        cell = frame.cellAt(0, 0)
        block = doc.findBlock(cell.firstPosition())
        if frame.rows() != 1 or not block.blockFormat().nonBreakableLines():
            continue
        while block.isValid() and block.position() <= cell.lastPosition():
            assert block.layout().lineCount() <= 1, (path.name, block.text())
            checked += 1
            block = block.next()
    assert checked > 0, f"{path.name}: no code box found"


def test_shift_wheel_scrolls_only_the_box_and_clicks_land_on_the_shown_text(
    qtbot: QtBot,
) -> None:
    view = _view(qtbot, WIDE_POST)
    box = _block_of(view, "PostgreSQL License")
    view.verticalScrollBar().setValue(int(box.rect.top()) - 40)
    QApplication.processEvents()
    inside = QPointF(box.left + 40, box.rect.top() - view.verticalScrollBar().value() + 20)
    _shift_wheel(view, inside, 6)
    assert box.offset > 0
    assert view.horizontalScrollBar().value() == 0
    # "复制方式"'s column was hidden; now it shows, and the text under it is what a click gets.
    center = _shown_center(view, "主从、哨兵、集群")
    assert box.left < center.x() < box.left + box.width
    position = view.cursor_at(center).position()
    target = _cursor(view, "主从、哨兵、集群")
    assert target.selectionStart() <= position <= target.selectionEnd()
    # A drag over the shown word selects that word.
    cell = _cursor(view, "完整 ACID")
    left = QTextCursor(view.document())
    left.setPosition(cell.selectionStart())
    right = QTextCursor(view.document())
    right.setPosition(cell.selectionEnd())
    y = int(view.shown_rect(left).center().y())
    start = QPoint(int(view.shown_rect(left).left()) + 1, y)
    end = QPoint(int(view.shown_rect(right).left()) - 1, y)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert view.textCursor().selectedText().strip() in ("完整 ACID", "完整 ACI")


def test_the_page_margin_beside_a_scrolled_box_stays_empty(qtbot: QtBot) -> None:
    view = _view(qtbot, WIDE_POST, theme="dark")
    box = _block_of(view, "PostgreSQL License")
    view.verticalScrollBar().setValue(int(box.rect.top()) - 40)
    box.scroll_to(box.max_offset / 2)
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    top = int(box.rect.top() - view.verticalScrollBar().value())
    background = QColor(THEMES["dark"].background)
    right_of_column = int(box.left + box.width) + 8
    for y in range(top + 4, top + int(box.rect.height()) - 4, 7):
        for x in range(right_of_column, view.viewport().width(), 23):
            assert image.pixelColor(x, y).name() == background.name(), (x, y)


def test_a_hit_in_a_hidden_column_is_scrolled_into_view_and_marked_there(
    qtbot: QtBot,
) -> None:
    view = _view(qtbot, WIDE_POST)
    text_map = view.text_map()
    assert text_map is not None
    target = _cursor(view, "单文件数据库")
    start = text_map.to_reading(target.selectionStart())
    end = text_map.to_reading(target.selectionEnd() - 1) + 1
    box = _block_of(view, "单文件数据库")
    assert box.offset == 0
    mark = QTextCharFormat()
    mark.setBackground(QColor("#ff0000"))
    view.set_marks("search", [(start, end, mark)])
    view.select_span(start, end)
    view.setTextCursor(QTextCursor(view.document()))  # only the mark is drawn
    assert box.offset > 0
    center = _shown_center(view, "单文件数据库")
    assert box.left < center.x() < box.left + box.width
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    rect = view.shown_rect(_start_cursor(view, target.selectionStart()))
    reds = sum(
        image.pixelColor(x, y).name() == "#ff0000"
        for x in range(int(rect.left()) + 2, center.x(), 3)
        for y in range(int(rect.top()) + 1, int(rect.bottom()) - 1, 3)
    )
    assert reds > 10


def _start_cursor(view: ArticleView, position: int) -> QTextCursor:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    return cursor


def test_left_and_right_keys_scroll_the_box_in_view(qtbot: QtBot) -> None:
    view = _view(qtbot, WIDE_POST)
    box = _block_of(view, "PostgreSQL License")
    # The box nearest the middle of the view is the one the keys move.
    view.verticalScrollBar().setValue(int(box.rect.center().y()) - view.viewport().height() // 2)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert box.offset == pytest.approx(min(box.width / 3, box.max_offset))
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert box.offset == 0


def test_dragging_the_bar_scrolls_the_box(qtbot: QtBot) -> None:
    view = _view(qtbot, WIDE_POST)
    box = _block_of(view, "PostgreSQL License")
    view.verticalScrollBar().setValue(int(box.rect.top()) - 40)
    top = view.verticalScrollBar().value()
    thumb = box.thumb().translated(0, -top)
    grip = thumb.center().toPoint()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=grip)
    qtbot.mouseMove(view.viewport(), QPoint(int(box.left + box.width), grip.y()))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=grip)
    assert box.offset == pytest.approx(box.max_offset, abs=1)
    assert not view.textCursor().hasSelection()


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_code_is_coloured_readably_in_every_theme(qtbot: QtBot, theme: str) -> None:
    for kind, color in CODE_COLORS[theme].items():
        ratio = contrast(color, THEMES[theme].code_background)
        assert ratio >= AA_TEXT, (theme, kind, color, round(ratio, 2))
    view = _view(qtbot, WIDE_POST, theme=theme)
    cursor = _cursor(view, "def fetch_recent_orders")
    block = view.document().findBlock(cursor.selectionStart())
    colors = set()
    while block.isValid() and "fetchall" not in block.previous().text():
        it = block.begin()
        while not it.atEnd():
            colors.add(it.fragment().charFormat().foreground().color().name())
            it += 1
        block = block.next()
    theme_colors = set(CODE_COLORS[theme].values())
    assert len(colors & theme_colors) >= 4, colors
