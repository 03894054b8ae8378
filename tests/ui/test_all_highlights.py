"""All Highlights as a view of the window.

Grouped under each article's title (once), or newest first; a chosen highlight opens its article
there; copied as Markdown quotes; exported as `reader export` writes it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from reader.core.records import Annotation
from reader.ui.mainwindow import MainWindow
from tests.ui.conftest import select_title


def _highlight(window: MainWindow, title: str, quotes: list[str]) -> list[Annotation]:
    article_id = select_title(window, title)
    service = window._annotation_service
    return [service.create_from_quote(article_id, q, note=f"关于{q}") for q in quotes]


@pytest.fixture
def highlighted(window: MainWindow) -> MainWindow:
    _highlight(window, "碳中和", ["碳中和", "联想集团"])
    _highlight(window, "万字长文", ["伦理"])
    return window


def test_grouped_by_article_each_title_once(qtbot: QtBot, highlighted: MainWindow) -> None:
    window = highlighted
    window.show_all_highlights()
    view = window.all_highlights
    assert view.isVisible() and not window.table.isVisible()
    model = view.model
    headings = [h for r in range(model.rowCount()) if (h := model.heading(r))]
    assert sorted(h.count for h in headings) == [1, 2]
    assert len({h.article_id for h in headings}) == 2  # each article's title once
    quotes = [a.exact for r in range(model.rowCount()) if (a := model.annotation(r))]
    assert sorted(quotes) == sorted(["碳中和", "联想集团", "伦理"])
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable  # a heading
    assert view.count.text() == "3 highlights"

    view.order.setCurrentIndex(1)  # newest first: no headings, the title in each row
    rows = [model.annotation(r) for r in range(model.rowCount())]
    assert all(rows) and rows[0] is not None and rows[0].exact == "伦理"


def test_a_chosen_highlight_opens_its_article_beside(qtbot: QtBot, highlighted: MainWindow) -> None:
    window = highlighted
    select_title(window, "万字长文")
    window.show_all_highlights()
    view = window.all_highlights
    row = next(r for r in range(view.model.rowCount()) if (a := view.model.annotation(r))
               and a.exact == "联想集团")  # fmt: skip
    view.list.activated.emit(view.model.index(row))
    article = window.view.article()
    assert article is not None and "碳中和" in article.title
    assert view.isVisible()  # the view stays; the article opens beside it


def test_copy_as_quote_and_export(
    qtbot: QtBot, highlighted: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = highlighted
    window.show_all_highlights()
    view = window.all_highlights
    model = view.model
    for r in range(model.rowCount()):
        if model.annotation(r) is not None:
            view.list.selectionModel().select(
                model.index(r), QItemSelectionModel.SelectionFlag.Select
            )
    view.copy.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.count("> — *") == 3 and "> 联想集团" in copied and "关于联想集团" in copied

    target = tmp_path / "highlights.jsonld"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    view.export_to("jsonld")
    exported = json.loads(target.read_text("utf-8"))
    assert exported["total"] == 3
    assert "Exported" in window.statusBar().currentMessage()
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(blocked / "x.csv"), "")
    )
    view.export_to("csv")
    assert "Not exported" in window.statusBar().currentMessage()


def test_the_sidebar_entry_counts_and_leaving_it_shows_the_list(
    highlighted: MainWindow,
) -> None:
    window = highlighted
    window.sidebar.reload()
    item = next(i for i in window.sidebar._items() if i.text(0) == "All highlights")
    assert item.text(1) == "3"
    window.sidebar.select_key(("highlights", ""))
    assert window.all_highlights.isVisible()
    window.sidebar.select_key(("all", ""))
    assert window.table.isVisible() and not window.all_highlights.isVisible()


def test_an_empty_view_says_why_and_how_to_fill_it(qtbot: QtBot, window: MainWindow) -> None:
    window.show_all_highlights()
    view = window.all_highlights
    assert not view.list.isVisible() and view.empty.isVisible()
    assert "press H" in view.empty.text()  # none yet: how to make one
    _highlight(window, "碳中和", ["碳中和"])
    window.show_all_highlights()
    view.refresh()
    assert view.list.isVisible() and not view.empty.isVisible()
    view.search.setText("不在任何划线里的词")
    assert not view.list.isVisible() and "filters" in view.empty.text()
    view.search.clear()
    assert view.list.isVisible() and view.model.rowCount() == 2  # its heading, and it
