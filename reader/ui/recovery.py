"""When the library can't be opened: say what is wrong and offer the newest sound backup."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from reader.services.backups import Backup
from reader.ui.i18n import tr


def offer_restore(problem: str, backup: Backup | None, parent: QWidget | None = None) -> bool:
    """Ask whether to restore `backup`; True if the user chose to.

    Without a backup, only tells the user what is wrong.
    """
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Reader can't open your library"))
    box.setIcon(QMessageBox.Icon.Critical)
    box.setText(tr("Reader can't open your library: {problem}.").format(problem=problem))
    if backup is None:
        box.setInformativeText(
            tr("There is no backup to restore. `reader check` in a terminal tells more.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box.setInformativeText(
        tr(
            "The newest sound backup is from {when}. Restoring it brings back the library as "
            "it was then; the damaged database is kept beside it, not deleted."
        ).format(when=f"{backup.created.astimezone():%Y-%m-%d %H:%M}")
    )
    restore = box.addButton(tr("Restore Backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore
