"""Open Original and Copy Link: the web page a post names, or else the post file itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from reader.app import Services
from reader.ui.mainwindow import MainWindow
from tests.ui.conftest import make_window, select_title

POST = """---
title: 带网址的文章
link: https://example.org/文章/1
date: 2021-05-28
---
正文。
"""


class _Browser(QObject):
    """Where Qt hands https addresses (QDesktopServices.setUrlHandler), instead of a browser."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def browser() -> Iterator[_Browser]:
    catcher = _Browser()
    # PySide wants the slot's name as a str; its type stubs say bytes.
    QDesktopServices.setUrlHandler("https", catcher, "open")  # type: ignore[arg-type]
    yield catcher
    QDesktopServices.unsetUrlHandler("https")


@pytest.fixture
def linked(qtbot: QtBot, services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    posts = tmp_path / "posts"
    posts.mkdir()
    (posts / "linked.md").write_text(POST, "utf-8")
    plain = POST.replace("link: https://example.org/文章/1\n", "").replace("带网址", "没有网址")
    (posts / "plain.md").write_text(plain.replace("正文", "另一篇正文"), "utf-8")
    services.importer.import_paths([posts])
    win = make_window(qtbot, services)
    yield win
    win.close()


def test_open_original_opens_the_web_page_the_post_names(
    qtbot: QtBot, linked: MainWindow, browser: _Browser
) -> None:
    select_title(linked, "带网址的文章")
    linked.actions_by_name["open_original"].trigger()
    assert [u.toString() for u in browser.opened] == ["https://example.org/文章/1"]
    linked.actions_by_name["copy_link"].trigger()
    assert QGuiApplication.clipboard().text() == "https://example.org/文章/1"


def test_without_a_web_page_the_post_file_is_copied_and_a_vanished_one_named(
    linked: MainWindow, tmp_path: Path
) -> None:
    select_title(linked, "没有网址的文章")
    post = tmp_path / "posts" / "plain.md"
    linked.actions_by_name["copy_link"].trigger()
    assert QGuiApplication.clipboard().text() == str(post)
    post.unlink()
    QGuiApplication.clipboard().clear()
    linked.actions_by_name["copy_link"].trigger()
    assert QGuiApplication.clipboard().text() == ""
    message = linked.statusBar().currentMessage()
    assert "post file is gone" in message and str(post) in message
