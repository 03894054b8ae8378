"""The one place that builds the database, the index, the services and the main window."""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import DamagedLibraryError, ReaderError
from reader.services.annotations import AnnotationService
from reader.services.backups import (
    backup_if_due,
    list_backups,
    make_backup,
    newest_good_backup,
    restore,
)
from reader.services.changes import ChangeHub
from reader.services.export import ExportService
from reader.services.imagefetch import ImageFetcher
from reader.services.importer import ImportService
from reader.services.library import LibraryService
from reader.services.location import LibraryLocation
from reader.services.media import MediaStore
from reader.services.reconvert import reconvert_outdated
from reader.services.search import SearchService
from reader.services.welcome import import_welcome_articles
from reader.storage.database import Database, another_writer

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
        """Stop the index worker and close the database."""
        self.search.stop()
        self.db.close()


def open_services(location: LibraryLocation, busy_timeout_ms: int | None = None) -> Services:
    """Open the library at `location`: its database (migrated), search and services."""
    location.ensure()
    check_database_present(location)
    db = Database(
        location.database,
        read_only=not location.writable(),
        **({} if busy_timeout_ms is None else {"busy_timeout_ms": busy_timeout_ms}),
    )
    hub = ChangeHub()
    library = LibraryService(db, hub)
    annotations = AnnotationService(db, hub)
    return Services(
        location=location,
        db=db,
        hub=hub,
        library=library,
        importer=ImportService(
            db, hub, MediaStore(location.media_dir), lambda: _after_import(db, location)
        ),
        search=SearchService(db, location, hub),
        annotations=annotations,
        export=ExportService(db, hub, library, annotations),
    )


def check_database_present(location: LibraryLocation) -> None:
    """A folder that held a library but lost its database is an error, not a new library.

    Silently starting afresh would hide the loss and wipe the index with it.
    """
    if location.database.exists():
        return
    held = []
    if location.index_dir.is_dir() and any(location.index_dir.iterdir()):
        held.append("a search index")
    if list_backups(location):
        held.append("backups")
    if held:
        raise DamagedLibraryError(
            f"the library database is missing from {location.root}, which holds "
            f"{' and '.join(held)}: restore a backup (reader restore --newest), or remove "
            "the folder to start a new library there"
        )


def library_busy(location: LibraryLocation) -> bool:
    """Whether another connection (another Reader) holds the library's write lock now."""
    return another_writer(location.database)


def _after_import(db: Database, location: LibraryLocation) -> None:
    """After an import that changed the library: fold the WAL in, then back up."""
    try:
        db.checkpoint()
        make_backup(location, "auto")
    except ReaderError as exc:
        log.warning("no backup after the import: %s", exc)


def run_gui(
    location: LibraryLocation,
    argv: Sequence[str] | None = None,
    files: Sequence[Path] = (),
    language: str | None = None,
    theme: str | None = None,
) -> int:
    """Open the main window on the library, with `files` imported and the first shown.

    On first start, add the welcome articles. If a window is open on the library already, give
    it the files instead and return.
    """
    if not has_display():
        raise ReaderError(
            "there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not "
            "set); `reader --help` lists the commands that work without one"
        )
    from reader.ui.application import create_application
    from reader.ui.bindings import binding_fault
    from reader.ui.crashdialog import install_crash_handler
    from reader.ui.instance import InstanceServer, hand_over, server_name
    from reader.ui.mainwindow import MainWindow

    app = create_application(list(argv or sys.argv[:1]), language)
    if (fault := binding_fault()) is not None:
        from PySide6.QtWidgets import QMessageBox

        log.error("%s", fault)
        print(f"reader: {fault}", file=sys.stderr)
        from reader.ui.i18n import tr

        QMessageBox.critical(None, tr("Reader cannot start"), fault)
        return 1
    name = server_name(location.root)
    if hand_over(name, list(files)):
        log.info("handed %d files to the window already open on %s", len(files), location.root)
        return 0
    install_crash_handler()
    services = _open_or_recover(location)
    if services is None:
        return 1
    read_only = services.db.read_only
    if not read_only:
        threading.Thread(target=_daily_backup, args=(location,), daemon=True).start()
        threading.Thread(target=_reconvert, args=(services,), daemon=True).start()
    welcome_error = None
    if services.library.is_empty() and not read_only:
        try:
            language = str(app.property("reader_language") or "en")
            report = import_welcome_articles(services.importer, language)
            log.info("welcome articles: %s", report.summary())
        except ReaderError as exc:
            log.error("%s", exc)
            welcome_error = str(exc)
    services.search.start()
    window = MainWindow(
        services.library,
        services.importer,
        services.hub,
        services.search,
        services.annotations,
        media_dir=location.media_dir,
        fetcher=ImageFetcher(services.db, services.hub, MediaStore(location.media_dir)),
        read_only=read_only,
        export=services.export,
        session_theme=theme,
    )
    server = InstanceServer(name, window)
    server.files_received.connect(window.open_paths)
    window.show()
    if welcome_error:
        from reader.ui.i18n import tr

        window.statusBar().showMessage(
            tr("No welcome articles: {reason}").format(reason=welcome_error)
        )
    if files:
        window.open_paths(list(files))
    try:
        return app.exec()
    finally:
        server.close()
        services.close()


def desktop_integration(action: str) -> list[Path]:
    """`install` or `uninstall` the desktop entry, metadata and icons (drawn with Qt)."""
    from reader.ui.desktopfiles import install, uninstall

    return install() if action == "install" else uninstall()


def _open_or_recover(location: LibraryLocation) -> Services | None:
    """Open the library; if it is damaged or missing, offer the newest sound backup."""
    from reader.ui.recovery import offer_restore

    while True:
        try:
            return open_services(location)
        except DamagedLibraryError as exc:
            log.error("%s", exc)
            newest = newest_good_backup(location)
            if not offer_restore(str(exc), newest) or newest is None:
                return None
            restore(location, newest.path)


def _reconvert(services: Services) -> None:
    """Articles from an older conversion, brought up to date in the background."""
    try:
        report = reconvert_outdated(services.db, services.hub)
    except ReaderError as exc:
        log.warning("articles not re-converted: %s", exc)
        return
    if report.articles:
        log.info("re-converted %d articles (%d changed); highlights: %s",
                 report.articles, report.changed, dict(report.anchors))  # fmt: skip


def _daily_backup(location: LibraryLocation) -> None:
    try:
        backup_if_due(location)
    except ReaderError as exc:
        log.warning("no daily backup: %s", exc)


def has_display() -> bool:
    """Whether Qt has somewhere to show a window.

    Always off Linux and the BSDs; there, an X or Wayland display, or a platform plugin chosen
    explicitly (offscreen, say).
    """
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def default_location(explicit: str | Path | None = None) -> LibraryLocation:
    """The library to use: `explicit`, else $READER_LIBRARY, else the user's data folder."""
    return LibraryLocation.resolve(explicit)
