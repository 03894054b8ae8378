"""Fixtures for driving the real window offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.app import Services


@pytest.fixture
def corpus_services(services: Services, corpus_dir: Path) -> Services:
    report = services.importer.import_paths([corpus_dir])
    assert not report.failures
    return services


@pytest.fixture
def window(qtbot: object, corpus_services: Services) -> Iterator[object]:
    from reader.ui.mainwindow import MainWindow

    corpus_services.search.start()
    win = MainWindow(
        corpus_services.library,
        corpus_services.importer,
        corpus_services.hub,
        corpus_services.search,
    )
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    yield win
    win.close()
