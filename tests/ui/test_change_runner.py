"""Every change the window makes goes through one runner, off the UI thread.

A library held by another Reader does not freeze the window, changes are made in the order asked,
and a failure is said in words.
"""

from __future__ import annotations

import sqlite3
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from reader.core.records import ReadState
from reader.ui.mainwindow import MainWindow
from tests.ui.conftest import select_title


def test_a_library_held_by_another_reader_does_not_freeze_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    article_id = select_title(window, "碳中和")
    holder = sqlite3.connect(window.library_service.database_path, timeout=1)
    holder.execute("BEGIN IMMEDIATE")  # another Reader writing, for a second
    ticks: list[float] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    QTimer.singleShot(1000, holder.rollback)
    began = time.monotonic()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_M)
    assert time.monotonic() - began < 0.3  # the key returned at once
    assert window.changes.wait(10)
    timer.stop()
    holder.close()
    waited = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert ticks[-1] - began >= 0.9 and max(waited) < 0.25  # painted all along
    assert window.library_service.get(article_id).read_state is ReadState.READ
    assert not window.statusBar().currentMessage().startswith("Not saved")


def test_changes_are_made_in_the_order_asked(qtbot: QtBot, window: MainWindow) -> None:
    article_id = select_title(window, "碳中和")
    window.view.setFocus()
    for _ in range(3):  # read, unread, read: each toggle sees the one before
        qtbot.keyClick(window.view, Qt.Key.Key_M)
    assert window.changes.wait()
    assert window.library_service.get(article_id).read_state is ReadState.READ


def test_a_change_that_fails_is_said_and_logged(
    window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> None:
        raise RuntimeError("a bug")

    window.changes.run(broken)
    assert window.changes.wait()
    message = window.statusBar().currentMessage()
    assert message.startswith("Not saved: an internal error (RuntimeError)")
    assert any("a change to the library failed" in r.message for r in caplog.records)
