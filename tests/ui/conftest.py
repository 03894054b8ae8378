"""Fixtures for driving the real window offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.app import Services
from reader.ui.mainwindow import MainWindow


@pytest.fixture
def corpus_services(services: Services, corpus_dir: Path) -> Services:
    report = services.importer.import_paths([corpus_dir])
    assert not report.failures
    services.search.start()
    assert services.search.wait_idle(120)
    return services


def make_window(qtbot: QtBot, services: Services) -> MainWindow:
    win = MainWindow(
        services.library, services.importer, services.hub, services.search, services.annotations
    )
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    return win


@pytest.fixture
def window(qtbot: QtBot, corpus_services: Services) -> Iterator[MainWindow]:
    win = make_window(qtbot, corpus_services)
    yield win
    win.close()


def select_title(win: MainWindow, part: str) -> int:
    for row in range(win.model.rowCount()):
        summary = win.model.summary(row)
        if summary is not None and part in summary.title:
            win.table.selectRow(row)
            return summary.id
    raise AssertionError(f"no article titled like {part!r}")


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, CJK included, as key events (QTest only types ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
