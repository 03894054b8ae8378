"""The one place that builds the database, the index, the services and the main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import ReaderError
from reader.services.annotations import AnnotationService
from reader.services.changes import ChangeHub
from reader.services.export import ExportService
from reader.services.importer import ImportService
from reader.services.library import LibraryService
from reader.services.location import LibraryLocation
from reader.services.search import SearchService
from reader.services.welcome import import_welcome_articles
from reader.storage.database import Database

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the window and the command line use, built once and passed in."""

    location: LibraryLocation
    db: Database
    hub: ChangeHub
    library: LibraryService
    importer: ImportService
    search: SearchService
    annotations: AnnotationService
    export: ExportService

    def close(self) -> None:
        self.search.stop()
        self.db.close()


def open_services(location: LibraryLocation) -> Services:
    location.ensure()
    db = Database(location.database)
    hub = ChangeHub()
    library = LibraryService(db, hub)
    annotations = AnnotationService(db, hub)
    return Services(
        location=location,
        db=db,
        hub=hub,
        library=library,
        importer=ImportService(db, hub),
        search=SearchService(db, location, hub),
        annotations=annotations,
        export=ExportService(db, hub, library, annotations),
    )


def run_gui(location: LibraryLocation, argv: Sequence[str] | None = None) -> int:
    """Open the main window on the library; on first start, add the welcome articles."""
    if not has_display():
        raise ReaderError(
            "there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not "
            "set); `reader --help` lists the commands that work without one"
        )
    from reader.ui.application import create_application
    from reader.ui.bindings import binding_fault
    from reader.ui.mainwindow import MainWindow

    app = create_application(list(argv or sys.argv[:1]))
    if (fault := binding_fault()) is not None:
        from PySide6.QtWidgets import QMessageBox

        log.error("%s", fault)
        print(f"reader: {fault}", file=sys.stderr)
        QMessageBox.critical(None, "Reader cannot start", fault)
        return 1
    services = open_services(location)
    if services.library.is_empty():
        report = import_welcome_articles(services.importer)
        log.info("welcome articles: %s", report.summary())
    services.search.start()
    window = MainWindow(
        services.library,
        services.importer,
        services.hub,
        services.search,
        services.annotations,
        image_cache=location.image_cache,
    )
    window.show()
    try:
        return app.exec()
    finally:
        services.close()


def has_display() -> bool:
    """Whether Qt has somewhere to show a window: always off Linux and the BSDs; there, an
    X or Wayland display, or a platform plugin chosen explicitly (offscreen, say)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def default_location(explicit: str | Path | None = None) -> LibraryLocation:
    return LibraryLocation.resolve(explicit)
