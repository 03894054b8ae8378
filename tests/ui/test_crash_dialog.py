"""An exception escaping a slot: a report beside the log, and a dialog naming it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.crashdialog import install_crash_handler
from tests.ui.conftest import answer_message_box


def _fail() -> None:
    raise RuntimeError("a slot went wrong")


@pytest.mark.qt_no_exception_capture
def test_a_slot_exception_writes_a_report_and_offers_to_copy_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    install_crash_handler()
    seen: list[str] = []
    answer_message_box("Copy Report", seen)  # the box stays open after copying …
    QTimer.singleShot(400, lambda: answer_message_box("Close", seen))  # … until closed
    QTimer.singleShot(0, _fail)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    reports = list((tmp_path / "log").glob("crash-*.txt"))
    assert len(reports) == 1
    report = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError: a slot went wrong" in report and "_fail" in report
    assert str(reports[0]) in seen[0]
    assert QApplication.clipboard().text() == report
