"""Slow calls on a worker thread, their progress and result arriving on the UI thread.

Cancel reaches the job, and a failure is said in words, never raised into the window.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.operations import (
    Operation,
    ProgressFn,
    dismiss_progress,
    show_progress,
    start_with_progress,
)


def test_progress_and_result_arrive_on_the_ui_thread(qtbot: QtBot) -> None:
    ui = threading.current_thread()
    ran_on: list[threading.Thread] = []
    seen: list[tuple[int, int, str, bool]] = []

    def job(progress: ProgressFn, _cancel: threading.Event) -> str:
        ran_on.append(threading.current_thread())
        for n in range(3):
            progress(n + 1, 3, f"file {n}")
        return "done"

    operation = Operation(job)
    operation.progressed.connect(
        lambda d, t, s: seen.append((d, t, s, threading.current_thread() is ui))
    )
    results: list[object] = []
    operation.succeeded.connect(results.append)
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        operation.start()
    assert results == ["done"]
    assert ran_on and ran_on[0] is not ui
    assert seen == [(1, 3, "file 0", True), (2, 3, "file 1", True), (3, 3, "file 2", True)]
    assert not operation.is_running()


def test_cancel_reaches_the_job(qtbot: QtBot) -> None:
    started = threading.Event()

    def job(_progress: ProgressFn, cancel: threading.Event) -> bool:
        started.set()
        return cancel.wait(10)  # True when told to stop

    operation = Operation(job)
    with qtbot.waitSignal(operation.succeeded, timeout=10_000) as result:
        operation.start()
        assert started.wait(10)
        operation.cancel()
    assert result.args == [True]


def test_a_failure_is_said_in_words(qtbot: QtBot) -> None:
    def job(_progress: ProgressFn, _cancel: threading.Event) -> None:
        raise ValueError("the folder holds no posts")

    def unnamed(_progress: ProgressFn, _cancel: threading.Event) -> None:
        raise KeyError

    for failing, said in ((job, "the folder holds no posts"), (unnamed, "KeyError")):
        operation = Operation(failing)
        with qtbot.waitSignal(operation.failed, timeout=10_000) as failure:
            operation.start()
        assert said in failure.args[0]
        assert operation.wait(5_000)


def test_the_progress_dialog_follows_the_job_and_cancels_it(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    cancelled = threading.Event()
    results: list[Any] = []

    def job(_progress: ProgressFn, cancel: threading.Event) -> str:
        cancelled.set() if cancel.wait(10) else None
        return "stopped"

    operation, dialog = start_with_progress(
        job, parent, parent, title="Importing", label="Reading files…",
        on_progress=lambda *_: None, on_success=results.append, on_failure=results.append,
    )  # fmt: skip
    show_progress(dialog, 2, 5, "post.md")
    assert (dialog.value(), dialog.maximum(), dialog.labelText()) == (2, 5, "post.md")
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    button.click()
    qtbot.waitUntil(lambda: results == ["stopped"], timeout=10_000)
    assert cancelled.is_set()
    dismiss_progress(dialog)
    show_progress(None, 1, 1, "")  # nothing to show: nothing happens
    dismiss_progress(None)
    assert operation.wait(5_000)
