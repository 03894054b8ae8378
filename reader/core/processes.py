"""Worker processes that end with the process that started them."""

from __future__ import annotations

import os
import threading
import time

PARENT_POLL_S = 0.5


def exit_with_parent(parent: int) -> None:
    """End this process as soon as `parent` is gone (killed, crashed).

    A worker must not outlive the window or command that started it. Call it first thing in the
    worker.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_S)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
