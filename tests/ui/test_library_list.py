"""The title-first list.

Whole titles on two lines at most, a meta line, orders chosen from a menu (undated posts last), and
several rows selected for the batch actions.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor, QFont, QImage
from pytestqt.qtbot import QtBot

from reader.app import Services
from reader.core.records import ArticleSummary, ReadState
from reader.ui.librarytable import line_height, meta_line, sort_choices, title_lines
from reader.ui.mainwindow import MainWindow
from tests.ui.conftest import make_window, select_title


def _summary(**changes: object) -> ArticleSummary:
    fields: dict[str, object] = dict(
        id=1, title="碳中和", author="36氪", date=datetime(2021, 5, 28, tzinfo=UTC),
        sort_date=datetime(2021, 5, 28, tzinfo=UTC), categories=[], tags=["能源", "科技"],
        read_state=ReadState.UNREAD, char_count=4000, word_count=3900, highlight_count=3,
        reading_progress=0.45,
    )  # fmt: skip
    fields.update(changes)
    return ArticleSummary(**fields)  # type: ignore[arg-type]


def test_the_meta_line_says_source_date_time_progress_tags_and_highlights() -> None:
    assert meta_line(_summary()) == "36氪 · 2021-05-28 · 10 min · 45% · #能源 #科技 · ✎ 3"
    read = meta_line(_summary(read_state=ReadState.READ, tags=[], highlight_count=0))
    assert read == "36氪 · 2021-05-28 · 10 min"
    assert "Archived" in meta_line(_summary(read_state=ReadState.ARCHIVED))


def test_every_title_fits_two_lines_and_its_row(window: MainWindow) -> None:
    font = QFont(window.table.font())
    font.setWeight(QFont.Weight.DemiBold)
    assert window.table.verticalHeader().defaultSectionSize() >= 3 * line_height(font)
    for row in range(window.model.rowCount()):
        summary = window.model.summary(row)
        assert summary is not None
        lines = title_lines(summary.title, font, 260)
        assert 1 <= len(lines) <= 2, summary.title
        shown = "".join(lines).replace("…", "").replace(" ", "")
        assert summary.title.replace(" ", "").startswith(shown), (summary.title, lines)
        if len(lines) == 1:
            assert lines[0] == summary.title.strip()


def test_the_list_shows_titles_not_columns(window: MainWindow) -> None:
    table = window.table
    assert table.horizontalHeader().isHidden()
    assert all(table.isColumnHidden(c) for c in range(1, window.model.columnCount()))
    assert table.columnWidth(0) >= table.viewport().width() - 2
    assert not table.tabKeyNavigation()


def test_undated_posts_come_last_in_either_date_order(window: MainWindow) -> None:
    order = window.library_list.order
    for label in ("Newest first", "Oldest first"):
        order.setCurrentIndex(next(i for i, (t, *_) in enumerate(sort_choices()) if t == label))
        while window.model.canFetchMore():
            window.model.fetchMore()
        dated = [window.model.summary(r).date is not None  # type: ignore[union-attr]
                 for r in range(window.model.rowCount())]  # fmt: skip
        assert False in dated and True in dated
        assert dated == sorted(dated, reverse=True), label  # every dated row first
        days = [window.model.summary(r).date for r in range(dated.count(True))]  # type: ignore[union-attr]
        assert days == sorted(days, reverse=label == "Newest first")  # type: ignore[type-var]


def test_several_rows_are_marked_at_once_and_ctrl_click_opens_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    first = select_title(window, "碳中和")
    flags = QItemSelectionModel.SelectionFlag
    selection = window.table.selectionModel()
    for row in (0, 1, 2):
        selection.select(window.model.index(row, 0), flags.Select | flags.Rows)
    assert window.current_id() == first  # adding rows opened nothing
    ids = window.selected_ids()
    assert len(ids) == 4
    window.library_service.set_read_states(ids, ReadState.ARCHIVED)
    states = {window.library_service.get(i).read_state for i in ids}
    assert states == {ReadState.ARCHIVED}


COVERED = """---
title: 有封面的文章
cover: cover.png
date: 2021-05-28
---
正文，和封面。
"""


def test_a_stored_cover_shows_beside_its_title(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    posts = tmp_path / "posts"
    posts.mkdir()
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#d03020"))
    assert image.save(str(posts / "cover.png"))
    (posts / "covered.md").write_text(COVERED, "utf-8")
    (posts / "plain.md").write_text(
        COVERED.replace("cover: cover.png\n", "")
        .replace("有封面", "没有封面")
        .replace("和封面", "无封面"),
        "utf-8",
    )
    services.importer.import_paths([posts])
    (posts / "cover.png").unlink()  # the list reads the library's copy, not the post's
    win = make_window(qtbot, services)
    summaries = {s.title: s for r in range(win.model.rowCount()) if (s := win.model.summary(r))}
    assert summaries["有封面的文章"].cover is not None
    assert summaries["没有封面的文章"].cover is None
    shot = win.table.viewport().grab().toImage()
    for title, red in (("有封面的文章", True), ("没有封面的文章", False)):
        rect = win.table.visualRect(win.model.index(win.model.row_of(summaries[title].id), 0))
        pixel = shot.pixelColor(rect.right() - 12 - rect.height() // 3, rect.center().y())
        assert (pixel.red() > 180 and pixel.green() < 90) is red, (title, pixel.name())
    win.close()


def test_the_window_reads_the_list_once_as_it_opens(
    qtbot: QtBot, corpus_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's first query reads the list's first page, once.

    Setting up the table's sorting read a page of the list each time (four pages before the
    first was shown: 0.95 s of a 100,000-article launch); now the window's first query reads it,
    once.
    """
    from reader.services.library import LibraryService

    pages: list[object] = []
    read = LibraryService.list_articles

    def counted(service: LibraryService, query: object = None) -> object:
        pages.append(query)
        return read(service, query)  # type: ignore[arg-type]

    monkeypatch.setattr(LibraryService, "list_articles", counted)
    win = make_window(qtbot, corpus_services)
    assert win.model.rowCount() > 0
    listing = [q for q in pages if getattr(q, "ids", None) is None]
    assert len(listing) == 1, listing
    win.close()
