"""Fixtures for driving the real window offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reader.app import Services
from reader.core.posts import parse_post
from reader.core.records import Article, ReadState
from reader.ui.i18n import install_translators
from reader.ui.mainwindow import MainWindow

W = TypeVar("W", bound=QWidget)


@pytest.fixture(scope="session", autouse=True)
def _english_window(qapp: QApplication) -> Iterator[None]:
    """The window in English, as `create_application` makes it on an English system.

    The window in English, as `create_application` makes it on an English system (its catalogue
    gives English plurals: "1 article", "2 articles").
    """
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def make_window(qtbot: QtBot, services: Services) -> MainWindow:
    win = MainWindow(
        services.library,
        services.importer,
        services.hub,
        services.search,
        services.annotations,
        export=services.export,
        media_dir=services.location.media_dir,  # as the app opens it
    )
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    win.changes.wait()  # the sidebar's counts, made off the UI thread as the window opens
    return win


@pytest.fixture
def window(qtbot: QtBot, corpus_services: Services) -> Iterator[MainWindow]:
    win = make_window(qtbot, corpus_services)
    yield win
    win.close()


def article_from_post(path: Path, article_id: int = 1) -> Article:
    """An article straight from a post file, without a library."""
    post = parse_post(path.read_bytes(), path.name)
    now = datetime.now(UTC)
    return Article(
        id=article_id, source_path=str(path), title=post.title, author=post.author,
        date=post.date, date_text=None, updated=None, categories=post.categories,
        tags=post.tags, cover_image=None, source_url=post.source_url, extra={},
        body_format=post.body_format, original_body="", markdown=post.markdown,
        reading_text=post.reading_text, content_hash="", revision=1,
        char_count=len(post.reading_text), word_count=0, imported_at=now, updated_at=now,
        read_state=ReadState.UNREAD, reading_offset=0, reading_progress=0.0,
    )  # fmt: skip


def select_title(win: MainWindow, part: str) -> int:
    for row in range(win.model.rowCount()):
        summary = win.model.summary(row)
        if summary is not None and part in summary.title:
            win.table.choose_row(row)
            return summary.id
    raise AssertionError(f"no article titled like {part!r}")


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, CJK included, as key events (QTest only types ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def when_modal(kind: type[W], act: Callable[[W], object]) -> None:
    """Act on the next modal dialog of `kind` once it is up, as a person answering it."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, look)
            return
        act(dialog)

    QTimer.singleShot(20, look)


def answer_message_box(button_text: str, seen: list[str]) -> None:
    """Click a button of the next modal message box, noting what it said.

    Click a button of the next modal message box once it is up, noting what it said (closing it
    if it has no such button).
    """

    def click(box: QMessageBox) -> None:
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        box.close()

    when_modal(QMessageBox, click)
