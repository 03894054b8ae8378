"""Editing an article's tags (with completion) and managing tags across the library."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ReaderError
from reader.services.library import LibraryService
from reader.ui.changerunner import ChangeRunner
from reader.ui.highlights import split_tags
from reader.ui.i18n import tr


class _TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def splitPath(self, path: str) -> list[str]:
        return [path.replace("，", ",").split(",")[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        widget = self.widget()
        current = widget.text() if isinstance(widget, QLineEdit) else ""
        head = current.replace("，", ",").rsplit(",", 1)[0] if "," in current else ""
        value = str(super().pathFromIndex(index))  # type: ignore[arg-type]
        return f"{head}, {value}" if head else value


class TagEditorDialog(QDialog):
    """The dialog that edits one article's tags."""

    def __init__(self, title: str, tags: list[str], known: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit tags"))
        self.setMinimumWidth(420)
        self.field = QLineEdit(", ".join(tags))
        self.field.setPlaceholderText(tr("tags, separated by commas"))
        completer = _TagCompleter(QStringListModel(known, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.field.setCompleter(completer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(tr("Tags for “{title}”").format(title=title))
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(buttons)

    def tags(self) -> list[str]:
        """The tags entered."""
        return split_tags(self.field.text())


class BatchTagDialog(QDialog):
    """Tags to add to several articles at once, and tags to take off them."""

    def __init__(self, count: int, present: list[str], known: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit tags"))
        self.setMinimumWidth(440)
        self.add = QLineEdit()
        self.add.setPlaceholderText(tr("tags, separated by commas"))
        self.add.setAccessibleName(tr("Tags to add"))
        self.remove = QLineEdit()
        self.remove.setPlaceholderText(tr("tags, separated by commas"))
        self.remove.setAccessibleName(tr("Tags to remove"))
        for field, choices in ((self.add, known), (self.remove, present)):
            completer = _TagCompleter(QStringListModel(choices, self), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            field.setCompleter(completer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Tags for %n article(s)", None, count))
        layout.addWidget(heading)
        form = QFormLayout()
        form.addRow(tr("Add:"), self.add)
        form.addRow(tr("Remove:"), self.remove)
        layout.addLayout(form)
        if present:
            now = QLabel(tr("Their tags now: {tags}").format(tags=", ".join(present)))
            now.setWordWrap(True)
            layout.addWidget(now)
        layout.addWidget(buttons)
        self.add.setFocus()

    def changes(self) -> tuple[list[str], list[str]]:
        """The tags to add and to remove."""
        return split_tags(self.add.text()), split_tags(self.remove.text())


class ManageTagsDialog(QDialog):
    """Rename (renaming onto an existing tag merges) and delete tags everywhere."""

    def __init__(
        self, library: LibraryService, parent: QWidget, changes: ChangeRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Manage tags"))
        self.resize(380, 460)
        self._library = library
        self._changes = changes
        self.list = QListWidget()
        rename = QPushButton(tr("Rename or Merge…"))
        delete = QPushButton(tr("Delete"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(rename)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        rename.clicked.connect(self.on_rename_clicked)
        delete.clicked.connect(self.on_delete_clicked)
        self.refresh()

    def refresh(self) -> None:
        """List every tag again."""
        self.list.clear()
        self.list.addItems(self._library.all_tags())

    def _current(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item else None

    def on_rename_clicked(self) -> None:
        """Rename the tag chosen."""
        old = self._current()
        if old is None:
            return
        prompt = tr("New name for “{old}” (an existing name merges):").format(old=old)
        new, ok = QInputDialog.getText(self, tr("Rename tag"), prompt, text=old)
        if ok and new.strip() and new.strip() != old:
            self._change(tr("Rename tag"), lambda: self._library.rename_tag(old, new.strip()))

    def on_delete_clicked(self) -> None:
        """Delete the tag chosen, once the reader confirms."""
        name = self._current()
        if name is None:
            return
        question = tr("Remove the tag “{name}” from every article and highlight?").format(name=name)
        answer = QMessageBox.question(self, tr("Delete tag"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._change(tr("Delete tag"), lambda: self._library.delete_tag(name))

    def _change(self, title: str, change: Callable[[], object]) -> None:
        """Made as the window makes every change (changerunner.py), and said if it fails."""
        try:
            self._changes.call(change) if self._changes else change()
        except (ReaderError, ValueError) as exc:
            QMessageBox.warning(self, title, str(exc))
        self.refresh()
