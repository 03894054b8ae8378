"""A first start shows the welcome articles in the window."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.app import Services
from reader.services.welcome import import_welcome_articles
from reader.ui.mainwindow import MainWindow


@pytest.mark.parametrize(
    ("language", "welcome"),
    [
        ("en", "Welcome to Reader"),
        ("zh_CN", "欢迎使用 Reader：离线阅读、划线与笔记"),
        ("zh_TW", "歡迎使用 Reader：離線閱讀、畫線與筆記"),
    ],
)
def test_first_start_lists_and_shows_welcome_articles(
    qtbot: QtBot, services: Services, language: str, welcome: str
) -> None:
    report = import_welcome_articles(services.importer, language)
    assert report.summary()["imported"] == 2 and not report.failures
    win = MainWindow(
        services.library, services.importer, services.hub, services.search, services.annotations
    )
    qtbot.addWidget(win)
    win.show()
    titles = {win.model.summary(i).title for i in range(win.model.rowCount())}  # type: ignore[union-attr]
    assert titles == {welcome, "Search syntax · 搜索语法"}
    article = win.view.article()
    assert article is not None
    assert article.title in win.view.toPlainText()
    assert win.view.text_map() is not None
    win.close()
