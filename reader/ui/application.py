"""Creating the QApplication with Reader's names, icon and fonts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

ORGANIZATION = "Reader"
APPLICATION = "Reader"


def create_application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("io.github.reader.Reader")
    from reader.services.welcome import icon_path

    app.setWindowIcon(QIcon(str(icon_path())))
    return app
