"""Creating the QApplication with Reader's names, icon and fonts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reader.ui import settings
from reader.ui.i18n import choose_language, install_translators

ORGANIZATION = "Reader"
APPLICATION = "Reader"


def create_application(argv: list[str], language: str | None = None) -> QApplication:
    """The application, speaking `language` (else the setting's, else the system's)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    chosen = choose_language(language, settings.LANGUAGE.get())
    app.setProperty("reader_language", chosen)
    # Kept on the application: a translator collected by Python stops translating.
    app._reader_translators = install_translators(app, chosen)  # type: ignore[attr-defined]
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("io.github.reader.Reader")
    from reader.services.welcome import icon_path

    app.setWindowIcon(QIcon(str(icon_path())))
    return app
