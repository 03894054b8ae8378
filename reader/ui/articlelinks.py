"""Where the open article came from.

Its web page if the post names one, else the post file on this computer. Open it (in the browser, or
the system's app for the file), or copy it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


def original(win: MainWindow) -> QUrl | None:
    """The open article's web address, or its post file while that is still there."""
    article = win.view.article()
    if article is None:
        return None
    url = article.source_url
    if url and url.startswith(("http://", "https://")):
        return QUrl(url)
    if Path(article.source_path).is_file():
        return QUrl.fromLocalFile(article.source_path)
    win.statusBar().showMessage(
        tr("This article names no web page, and its post file is gone: {path}").format(
            path=article.source_path
        ),
        8000,
    )
    return None


def open_original(win: MainWindow) -> None:
    """Open the article's original in the browser."""
    url = original(win)
    if url is not None and not QDesktopServices.openUrl(url):
        win.statusBar().showMessage(
            tr("Nothing on this computer could open {url}").format(url=url.toDisplayString()),
            8000,
        )


def copy_link(win: MainWindow) -> None:
    """Copy the link to the article's original."""
    url = original(win)
    if url is not None:
        shown = url.toLocalFile() if url.isLocalFile() else url.toDisplayString()
        QGuiApplication.clipboard().setText(shown)
        win.statusBar().showMessage(tr("Copied {url}").format(url=shown), 5000)
