"""Posts given to the window from outside (`reader FILE…`, a second launch, "Open with").

Imported in turn, and the first of each batch shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from reader.services.importer import ImportReport
from reader.services.postfiles import shown_path
from reader.ui.importflow import ImportFlow


class OpenFiles(QObject):
    """A queue of batches in front of the window's one import at a time."""

    def __init__(
        self, imports: ImportFlow, show_article: Callable[[int], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._imports = imports
        self._show_article = show_article
        self._waiting: list[list[Path]] = []
        self._target: Path | None = None
        imports.finished.connect(self.on_import_finished)
        imports.failed.connect(self.on_import_failed)

    def open(self, paths: list[Path]) -> None:
        """Import these files, then open the first of them."""
        if paths:
            self._waiting.append(paths)
            self._next()

    def _next(self) -> None:
        if self._target is not None or not self._waiting or self._imports.is_running():
            return
        paths = self._waiting.pop(0)
        self._target = paths[0]
        if self._imports.start(paths, quiet=True) is None:
            self._target = None

    def on_import_finished(self, report: ImportReport) -> None:
        """Open the article the import made of the file asked for, then go on."""
        target, self._target = self._target, None
        if target is not None:
            article_id = first_article_of(report, target)
            if article_id is not None:
                self._show_article(article_id)
        self._next()

    def on_import_failed(self, _message: str) -> None:
        """Go on to the next files; the import said why it failed."""
        self._target = None
        self._next()


def first_article_of(report: ImportReport, target: Path) -> int | None:
    """The article made from `target`, or the first made from inside it.

    The article made from `target`, or the first made from inside it if it is a folder, whether
    imported now, updated, unchanged or a duplicate of one already there. Results name files by
    their real path (links resolved), so `target` is compared the same way.
    """
    try:
        target = Path(shown_path(target.resolve()))
    except (OSError, RuntimeError):
        return None
    for result in report.results:
        path = Path(result.path)
        if result.article_id is not None and (path == target or target in path.parents):
            return result.article_id
    return None
