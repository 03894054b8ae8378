"""The one way the window changes the library.

Each change runs on a worker thread, one at a time and in the order asked, so a library held by
another Reader (SQLite waits up to its busy timeout) never freezes the window; a change that fails
is told in words; what follows from a change runs back on the UI thread. Views refresh themselves
from the `Changes` the services publish, as for changes made by any other process.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal

from reader.core.errors import ReaderError
from reader.ui.i18n import tr

log = logging.getLogger(__name__)

Then = Callable[[Any], object]
T = TypeVar("T")
QUICK = 0.05  # seconds a change may take before the window goes on painting while it waits


class ChangeRunner(QObject):
    """Runs the window's changes to the library on one worker thread, in order."""

    _delivered = Signal(object, object)  # the future, what to do with its result

    def __init__(self, report: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._report = report
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reader-changes")
        self._pending = 0
        self._closed = False
        # Emitted on the worker thread, received on this object's (the UI) thread.
        self._delivered.connect(self._deliver)

    def run(self, change: Callable[[], Any], then: Then | None = None) -> None:
        """Make `change` on the worker thread.

        Then call `then(result)` here, unless it failed, which the status bar says.
        """
        self._pending += 1
        if self._closed:  # after the window closed (a last reading place): made here
            future: Future[Any] = Future()
            try:
                future.set_result(change())
            except Exception as exc:  # noqa: BLE001 - delivered as any change's error
                future.set_exception(exc)
            self._deliver(future, then)
            return
        future = self._pool.submit(change)
        future.add_done_callback(lambda done: self._delivered.emit(done, then))

    def _deliver(self, future: Future[Any], then: Then | None) -> None:
        self._pending -= 1
        error = future.exception()
        if error is None:
            if then is not None:
                then(future.result())
            return
        if isinstance(error, ReaderError):  # read-only, locked, disk full: said as it is
            reason = str(error)
        else:  # a bug: logged with its trace, and said plainly
            log.error("a change to the library failed", exc_info=error)
            reason = tr("an internal error ({kind}); the log has the details").format(
                kind=type(error).__name__
            )
        self._report(tr("Not saved: {reason}").format(reason=reason))

    def call(self, change: Callable[[], T]) -> T:
        """Make `change` on the worker thread and return its result.

        Make `change` on the worker thread and return its result (or raise its error), for
        what needs the result at once (a new highlight's id). A change takes a few
        milliseconds; one that waits longer for the library lets the window paint meanwhile.
        """
        if self._closed:
            return change()
        future = self._pool.submit(change)
        try:
            return future.result(timeout=QUICK)
        except TimeoutError:
            pass
        while not future.done():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)
            time.sleep(0.002)
        return future.result()

    def busy(self) -> bool:
        """Whether a change is under way or waiting."""
        return self._pending > 0

    def wait(self, timeout: float = 30.0) -> bool:
        """Until every change asked for has been made and followed up (closing, tests)."""
        deadline = time.monotonic() + timeout
        while self._pending and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)
        return not self._pending

    def shutdown(self) -> None:
        """Make the changes asked for, then stop the worker (the window closes)."""
        self.wait()
        self._closed = True
        self._pool.shutdown(wait=True)
