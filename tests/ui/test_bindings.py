"""The Qt bindings keep None's reference count: a regression there aborts the window."""

from __future__ import annotations

import ctypes
import re
import sys
from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from reader.ui import bindings
from reader.ui.articleview import ArticleView
from tests.conftest import CORPUS_FILES
from tests.ui.conftest import article_from_post

CALLS = 1000

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12: its reference count cannot run out",
)


def _view_calls(view: ArticleView) -> dict[str, Callable[[], object]]:
    """The calls the reading view repeats per mark, per find step and per scroll."""
    cursor = QTextCursor(view.document())
    fmt = QTextCharFormat()
    color = QColor("#f59e0b")
    selection = QTextEdit.ExtraSelection()
    bar = view.verticalScrollBar()

    def set_selection_cursor() -> None:
        selection.cursor = cursor

    def set_selection_format() -> None:
        selection.format = fmt

    calls: dict[str, Callable[[], object]] = {
        "QTextCursor.movePosition": lambda: cursor.movePosition(QTextCursor.MoveOperation.End),
        "QTextCharFormat.setForeground": lambda: fmt.setForeground(color),
        "ExtraSelection.cursor": set_selection_cursor,
        "ExtraSelection.format": set_selection_format,
        "QTextEdit.setExtraSelections": lambda: view.setExtraSelections([selection]),
        "QTextEdit.setTextCursor": lambda: view.setTextCursor(cursor),
        "QScrollBar.setValue": lambda: bar.setValue(0),
    }
    calls.update(bindings.ReadingViewCalls().calls())
    return calls


@pytest.fixture
def view(qtbot: QtBot) -> ArticleView:
    widget = ArticleView()
    qtbot.addWidget(widget)
    widget.set_article(article_from_post(CORPUS_FILES[0]))
    return widget


@pytest.mark.stress
def test_no_reading_view_call_releases_none(view: ArticleView) -> None:
    drifts = {
        name: bindings.none_refcount_drift(call, CALLS) for name, call in _view_calls(view).items()
    }
    lost = {name: drift for name, drift in drifts.items() if drift < -bindings.TOLERANCE}
    assert not lost, f"references to None lost over {CALLS} calls: {lost}"


def test_start_up_check_passes_on_the_installed_bindings() -> None:
    assert bindings.binding_fault() is None


def test_start_up_check_names_a_call_that_releases_none() -> None:
    """A real loss of references to None (what the faulty binding does) is caught and named."""
    none = ctypes.py_object(None)
    lost = 0

    def faulty() -> None:
        nonlocal lost
        ctypes.pythonapi.Py_DecRef(none)
        lost += 1

    try:
        message = bindings.binding_fault({"QFaulty.setThing": faulty}, times=100)
    finally:
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(none)
    assert lost == 100
    assert message is not None and "QFaulty.setThing" in message
    # the drift it names: 100 lost, give or take what other threads of the process did to
    # None's count meanwhile (a test runner's own threads, under pytest-xdist)
    drift = re.search(r"\((-\d+) over 100 calls\)", message)
    assert drift is not None and -110 <= int(drift.group(1)) <= -90, message
