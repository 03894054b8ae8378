"""The real window over the corpus library: reading, searching, finding, importing, themes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from reader.app import Services, open_services
from reader.core.records import ReadState
from reader.services.location import LibraryLocation
from reader.ui.mainwindow import MainWindow
from reader.ui.searchmodel import HTML_ROLE
from tests.ui.conftest import make_window, select_title, type_text
from tests.ui.contrast import contrast


def _selected_text(win: MainWindow, start: int, end: int) -> list[str]:
    """The document text under each extra selection."""
    return [s.cursor.selectedText() for s in win.view.extraSelections()]


def test_selecting_an_article_shows_its_text(window: MainWindow) -> None:
    article_id = select_title(window, "碳中和")
    article = window.view.article()
    assert article is not None and article.id == article_id
    shown = window.view.toPlainText()
    assert article.title in shown
    assert "蚂蚁森林" in shown and "蚂蚁森林" in article.reading_text


def test_chinese_search_marks_snippets_and_opens_at_the_hit(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_panel.field.hasFocus()
    type_text(window.search_panel.field, "闪电贷")
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    html = str(panel.model.index(0).data(HTML_ROLE))
    assert "闪电贷</span>" in html and "background-color" in html
    panel.on_results_activated(panel.model.index(0))
    article = window.view.article()
    assert article is not None and "闪电贷" in article.reading_text
    marked = [s.cursor.selectedText() for s in window.view.extraSelections()]
    assert marked and all(m == "闪电贷" for m in marked)
    first = article.reading_text.index("闪电贷")
    cursor = window.view.textCursor()
    cursor.setPosition(window.view.doc_position(first))
    rect = window.view.cursorRect(cursor)
    assert 0 <= rect.top() < window.view.viewport().height()


def test_search_next_hit_moves_through_hits(qtbot: QtBot, window: MainWindow) -> None:
    window.search_panel.field.setText("腾讯")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0, timeout=5000)
    window.search_panel.on_results_activated(window.search_panel.model.index(0))
    hits = window.pane.hits()
    assert len(hits) > 2
    assert window.pane.current_hit() == 0
    window.pane.next_hit()
    assert window.pane.current_hit() == 1
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Escape)
    assert not window.search_panel.showing_results()


def test_find_in_article_counts_matches(qtbot: QtBot, window: MainWindow) -> None:
    select_title(window, "碳中和")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pane.findbar.isVisible()
    type_text(window.pane.findbar.field, "腾讯")
    article = window.view.article()
    assert article is not None
    expected = article.reading_text.count("腾讯")
    assert expected > 3
    assert window.pane.findbar.count.text() == f"1 of {expected}"
    qtbot.keyClick(window.pane.findbar.field, Qt.Key.Key_Return)
    assert window.pane.findbar.count.text() == f"2 of {expected}"
    marked = [s.cursor.selectedText() for s in window.view.extraSelections()]
    assert marked.count("腾讯") == expected  # every match is marked
    second = window.pane.hits()[1]
    assert window.view.selected_span() == second  # the current one is the selection
    assert window.view.textCursor().selectedText() == "腾讯"


def test_import_folder_through_the_worker(
    qtbot: QtBot, services: Services, tmp_path: Path, corpus_dir: Path
) -> None:
    win = make_window(qtbot, services)
    win.imports.show_summary = False
    assert win.model.rowCount() == 0
    folder = tmp_path / "posts"
    shutil.copytree(corpus_dir, folder)
    with qtbot.waitSignal(win.imports.finished, timeout=30000) as blocker:
        win.imports.start([folder])
        assert win.imports.is_running()
    report = blocker.args[0]
    assert report.summary()["imported"] == len(list(folder.glob("*.md")))
    qtbot.waitUntil(lambda: win.model.total() == report.summary()["imported"], timeout=5000)
    assert win.changes.wait()  # the sidebar is counted off the UI thread
    assert win.sidebar.topLevelItemCount() >= 3
    win.close()


def test_reopening_an_article_restores_the_position(qtbot: QtBot, window: MainWindow) -> None:
    article_id = select_title(window, "万字长文")
    bar = window.view.verticalScrollBar()
    assert bar.maximum() > 2000
    bar.setValue(bar.maximum() // 2)
    saved_offset = window.view.top_offset()
    qtbot.waitUntil(
        lambda: window._library.get(article_id).reading_offset == saved_offset, timeout=3000
    )
    select_title(window, "碳中和")
    select_title(window, "万字长文")
    assert abs(window.view.top_offset() - saved_offset) <= 40
    assert abs(bar.value() - bar.maximum() // 2) < window.view.viewport().height()


def test_a_jump_near_the_end_is_not_reading_it_but_ctrl_end_is(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Opening at a search hit or a highlight near the end must not mark the article read.

    Going to the very end with Ctrl+End, as a reader does, does.
    """
    article_id = select_title(window, "碳中和")
    assert window._library.get(article_id).read_state is ReadState.UNREAD
    article = window.view.article()
    assert article is not None
    bar = window.view.verticalScrollBar()
    window.view.scroll_to_offset(len(article.reading_text) - 5, top=True)
    assert window.view.progress() >= 0.98
    qtbot.waitUntil(lambda: window._library.get(article_id).reading_progress >= 0.98, timeout=3000)
    assert window._library.get(article_id).read_state is ReadState.UNREAD

    qtbot.keyClick(window.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0
    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    qtbot.waitUntil(
        lambda: window._library.get(article_id).read_state is ReadState.READ, timeout=3000
    )


def test_theme_switch_changes_document_colors(window: MainWindow) -> None:
    select_title(window, "碳中和")
    window.apply_theme("light")
    light_bg = window.view.viewport().palette().color(QPalette.ColorRole.Base).name()
    light_css = window.view.document().defaultStyleSheet()
    window.apply_theme("dark")
    dark_bg = window.view.viewport().palette().color(QPalette.ColorRole.Base).name()
    dark_css = window.view.document().defaultStyleSheet()
    assert light_bg != dark_bg
    assert "#d9dce1" in dark_css and "#d9dce1" not in light_css
    image = window.view.viewport().grab().toImage()
    corner = image.pixelColor(5, image.height() - 5)
    assert corner.lightness() < 60  # the page itself is dark now
    window.apply_theme("sepia")
    assert window.view.viewport().palette().color(QPalette.ColorRole.Base).name() == "#f5ecd9"


def test_keyboard_moves_between_articles(qtbot: QtBot, window: MainWindow) -> None:
    window.table.choose_row(0)
    first = window.view.article()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_J)
    second = window.view.article()
    assert first is not None and second is not None and first.id != second.id
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    back = window.view.article()
    assert back is not None and back.id == first.id


def test_every_column_sorts(window: MainWindow) -> None:
    window.annotating.service.create_from_quote(select_title(window, "碳中和"), "腾讯")
    window.table.setFocus()
    for column in range(window.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            window.table.sortByColumn(column, order)
            rows = [window.model.summary(i) for i in range(window.model.rowCount())]
            values = [window.model.data(window.model.index(i, column)) for i in range(len(rows))]
            assert len(rows) == window.model.total()
            if column in (0, 4):  # title, highlight count: check the order itself
                keys = [v if column == 0 else int(v or 0) for v in values]
                assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)


def test_search_results_stay_readable_in_every_reading_theme(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.search_panel
    for theme in ("dark", "sepia", "light"):
        window.apply_theme(theme)
        panel.field.setText("")
        panel.field.setText("腾讯")
        qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
        html = str(panel.model.index(0).data(HTML_ROLE))
        colors = re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", html)  # text, not marks
        assert colors, html
        base = panel.results.viewport().palette().color(QPalette.ColorRole.Base)
        for color in colors:
            assert contrast(QColor(color), base) >= 4.5, (theme, color, base.name())


def test_sidebar_names_use_the_width_the_counts_leave(window: MainWindow) -> None:
    bar = window.sidebar
    window.splitter.setSizes([260, 440, 900])
    window.show()
    width = bar.viewport().width()
    assert bar.columnWidth(0) + bar.columnWidth(1) >= width - 2
    metrics = bar.fontMetrics()
    counts = max(metrics.horizontalAdvance(item.text(1)) for item in bar._items())
    assert bar.columnWidth(1) <= counts + 40  # the count column hugs the numbers


def test_theme_font_and_size_changes_keep_the_title_in_view(window: MainWindow) -> None:
    """At the top, the title stays; further down, the same text stays at the top."""
    select_title(window, "碳中和")
    bar = window.view.verticalScrollBar()
    assert bar.value() == 0
    window.apply_theme("dark")
    window.change_font(1)
    window.resize(1000, 700)
    assert bar.value() == 0  # the title (no reading offset names it) is still shown
    article = window.view.article()
    assert article is not None
    middle = len(article.reading_text) // 2
    window.view.scroll_to_offset(middle, top=True)
    before = window.view.top_offset()
    window.apply_theme("light")
    assert abs(window.view.top_offset() - before) < 80
    window.change_font(0)


def test_each_library_reopens_its_own_last_article(
    qtbot: QtBot, corpus_services: Services, tmp_path: Path
) -> None:
    """An article id means nothing in another library: each remembers its own."""
    first = make_window(qtbot, corpus_services)
    chosen = select_title(first, "碳中和")
    first.close()
    other = open_services(LibraryLocation(tmp_path / "other"))
    try:
        other.importer.import_paths([Path(__file__).parents[1] / "data" / "posts"])
        elsewhere = make_window(qtbot, other)
        shown = elsewhere.view.article()
        assert shown is not None and shown.id == other.library.list_articles()[0].id
        elsewhere.close()
    finally:
        other.close()
    again = make_window(qtbot, corpus_services)
    reopened = again.view.article()
    assert reopened is not None and reopened.id == chosen
    again.close()


def test_the_sidebar_counts_arrive_after_the_window_opens(
    qtbot: QtBot, corpus_services: Services
) -> None:
    """The sidebar shows its views at once and their counts when made.

    The sidebar shows its views at once and their counts when the worker has made them (counting
    on the UI thread took a sixth of the start at 100,000 articles).
    """
    win = MainWindow(corpus_services.library, corpus_services.importer, corpus_services.hub,
                     corpus_services.search, corpus_services.annotations)  # fmt: skip
    qtbot.addWidget(win)
    shown = {item.text(0): item.text(1) for item in win.sidebar._items()}
    assert {"Inbox", "All articles", "Trash"} <= set(shown)
    assert shown["All articles"] == ""  # not counted yet: no event has been handled
    assert win.sidebar.current_key() == ("all", "")
    assert win.changes.wait()
    counts = corpus_services.library.sidebar_counts()
    shown = {item.text(0): item.text(1) for item in win.sidebar._items()}
    assert shown["All articles"] == str(sum(counts.states.values())) != "0"
    assert {name for name, _ in counts.facets["categories"]} <= set(shown)
    assert win.sidebar.current_key() == ("all", "")
    win.close()
