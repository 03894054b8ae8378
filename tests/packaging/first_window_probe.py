"""Run by an installed Reader (not the checkout).

Opens the window on a new library the way `reader` does, and prints, as JSON, where Reader was
imported from, what the window lists and shows, and whether the icon loaded. Usage: python
first_window_probe.py LIBRARY
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

import reader
from reader.app import run_gui
from reader.services.location import LibraryLocation
from reader.ui.application import create_application

TIMEOUT_S = 30


def main_window(app: QApplication) -> Any:
    return next((w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"), None)


def main() -> int:
    app = create_application(sys.argv[:1])
    started = time.monotonic()
    found: dict[str, Any] = {}

    def look() -> None:
        win = main_window(app)
        article = win.view.article() if win is not None else None
        if article is None and time.monotonic() - started < TIMEOUT_S:
            QTimer.singleShot(100, look)
            return
        rows = [win.model.summary(r) for r in range(win.model.rowCount())] if win else []
        found.update(
            reader=reader.__file__,
            titles=[s.title for s in rows if s],
            shown=article.title if article else None,
            icon=not app.windowIcon().isNull(),
            seconds=round(time.monotonic() - started, 2),
        )
        for widget in app.topLevelWidgets():
            if isinstance(widget, QWidget):
                widget.close()
        app.quit()

    QTimer.singleShot(100, look)
    code = run_gui(LibraryLocation.resolve(sys.argv[1]))
    print(json.dumps(found, ensure_ascii=False))
    return code


if __name__ == "__main__":
    raise SystemExit(main())
