"""A first start shows the welcome articles in the window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.app import Services
from reader.services.welcome import import_welcome_articles
from reader.ui.mainwindow import MainWindow


def test_first_start_lists_and_shows_welcome_articles(qtbot: QtBot, services: Services) -> None:
    report = import_welcome_articles(services.importer)
    assert report.summary()["imported"] == 3 and not report.failures
    win = MainWindow(
        services.library, services.importer, services.hub, services.search, services.annotations
    )
    qtbot.addWidget(win)
    win.show()
    titles = {win.model.summary(i).title for i in range(win.model.rowCount())}  # type: ignore[union-attr]
    assert "Welcome to Reader" in titles and "欢迎使用 Reader：离线阅读、划线与笔记" in titles
    article = win.view.article()
    assert article is not None
    assert article.title in win.view.toPlainText()
    assert win.view.text_map() is not None
    win.close()
