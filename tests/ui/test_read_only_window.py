"""The window on a read-only library: it says so, reads, and explains a change it can't make."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.app import open_services
from reader.services.location import LibraryLocation
from reader.ui.mainwindow import MainWindow
from tests.read_only import read_only_view
from tests.ui.conftest import select_title


def test_window_on_a_read_only_library(qtbot: QtBot, tmp_path: Path, corpus_dir: Path) -> None:
    source = tmp_path / "library"
    services = open_services(LibraryLocation(source))
    services.importer.import_paths([corpus_dir])
    services.close()
    with read_only_view(source, tmp_path / "mounted") as mounted:
        services = open_services(LibraryLocation(mounted))
        win = MainWindow(services.library, services.importer, services.hub, services.search,
                         services.annotations, read_only=True)  # fmt: skip
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=2000)
        try:
            labels = [w.text() for w in win.statusBar().findChildren(QLabel)]
            assert any("Read-only library" in text for text in labels)
            select_title(win, "碳中和")
            article = win.view.article()
            assert article is not None and "蚂蚁森林" in win.view.toPlainText()
            win.view.setFocus()
            qtbot.keyClick(win.view, Qt.Key.Key_M)  # mark as read
            assert win.changes.wait()  # changes are made off the UI thread
            message = win.statusBar().currentMessage()
            assert message.startswith("Not saved") and "read-only" in message
        finally:
            win.close()
            services.close()
