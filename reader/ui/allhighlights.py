"""All highlights in the library, as a view of the window beside the reading pane.

Grouped by article or newest first, searchable, filtered by colour, tag or anchor state; copied as
Markdown quotes, or exported in the formats of `reader export`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ReaderError
from reader.core.records import Annotation, AnnotationQuery
from reader.services.annotations import AnnotationService
from reader.services.export import ExportService
from reader.ui.annotationmodel import AnnotationListModel, make_annotation_list
from reader.ui.annotationspanel import color_filter
from reader.ui.i18n import tr


def as_quote(annotations: list[Annotation]) -> str:
    """Markdown block quotes, each with the article it is from and the note under it."""
    parts = []
    for a in annotations:
        quote = "\n".join(f"> {line}" if line else ">" for line in a.exact.splitlines())
        text = f"{quote}\n>\n> — *{a.article_title}*"
        if a.note:
            text += f"\n\n{a.note}"
        parts.append(text)
    return "\n\n".join(parts) + "\n"


class AllHighlightsView(QWidget):
    """Emits `open_requested(annotation)`; the window opens the article at that passage."""

    open_requested = Signal(object)
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        service: AnnotationService,
        export: ExportService | None,
        tags: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._export = export
        self._tags = tags
        self.setAccessibleName(tr("All highlights"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search quotes, notes and titles"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search the highlights"))
        self.color = color_filter()
        self.color.setAccessibleName(tr("Colour"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(tr("Tag"))
        self.which = QComboBox()
        self.which.setAccessibleName(tr("Which highlights"))
        self.which.addItems([tr("All highlights"), tr("Orphans only")])
        self.order = QComboBox()
        self.order.setAccessibleName(tr("Order of the highlights"))
        self.order.addItems([tr("By article"), tr("Newest first")])
        self.model = AnnotationListModel(with_title=False, parent=self)
        self.list: QListView = make_annotation_list(self.model)
        self.list.setAccessibleName(tr("Highlights"))
        self.list.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.empty = QLabel()  # said in the list's place when it has nothing to show
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.count = QLabel()
        self.copy = QPushButton(tr("Copy as Quote"))
        self.copy.setToolTip(tr("Copy the chosen highlights as Markdown quotes (Ctrl+C)"))
        self.copy.clicked.connect(self.copy_chosen)
        self.export = QPushButton(tr("Export…"))
        self.export.setToolTip(tr("Export every highlight in the library"))
        menu = QMenu(self.export)
        menu.addAction(tr("Web Annotations (JSON-LD)…"), lambda: self.export_to("jsonld"))
        menu.addAction(tr("Markdown, a file per article…"), lambda: self.export_to("md"))
        menu.addAction(tr("CSV for Readwise…"), lambda: self.export_to("csv"))
        self.export.setMenu(menu)
        self.export.setVisible(export is not None)

        filters = QHBoxLayout()
        filters.addWidget(self.color)
        filters.addWidget(self.tag)
        filters.addWidget(self.which)
        filters.addWidget(self.order)
        foot = QHBoxLayout()
        foot.addWidget(self.count, 1)
        foot.addWidget(self.copy)
        foot.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(foot)
        self.setFocusProxy(self.list)

        self.search.textChanged.connect(self.refresh)
        for combo in (self.color, self.tag, self.which, self.order):
            combo.currentIndexChanged.connect(self.refresh)
        self.list.activated.connect(self.on_list_activated)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.list)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_chosen)

    def reload_tags(self) -> None:
        """Fill the tag filter with the tags highlights have now, keeping the one chosen."""
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(tr("All tags"), "")
        for t in self._tags():
            self.tag.addItem(f"#{t}", t)
        self.tag.setCurrentIndex(max(0, self.tag.findData(chosen)))
        self.tag.blockSignals(False)

    def refresh(self) -> None:
        """Show the highlights the filters choose."""
        query = AnnotationQuery(
            color=self.color.currentData() or None,
            tag=self.tag.currentData() or None,
            text=self.search.text().strip() or None,
            orphans_only=self.which.currentIndex() == 1,
        )
        found = self._service.list_annotations(query)
        by_article = self.order.currentIndex() == 0
        if not by_article:
            found.sort(key=lambda a: a.created_at, reverse=True)
        # Newest first, each row names its article; grouped, the heading does.
        self.model.set_annotations(found, grouped=by_article, with_title=not by_article)
        self.count.setText(tr("%n highlight(s)", None, len(found)))
        filtered = query != AnnotationQuery()
        self.empty.setText(
            tr("No highlight matches these filters.")
            if filtered
            else tr("No highlights yet. Select text in an article and press H to highlight it.")
        )
        self.empty.setVisible(not found)
        self.list.setVisible(bool(found))

    def chosen(self) -> list[Annotation]:
        """The highlights selected in the list, in list order."""
        rows = sorted({i.row() for i in self.list.selectionModel().selectedIndexes()})
        return [a for r in rows if (a := self.model.annotation(r)) is not None]

    def copy_chosen(self) -> None:
        """Copy the selected highlights to the clipboard, with their articles' titles."""
        chosen = self.chosen()
        if not chosen:
            self.message.emit(tr("Choose the highlights to copy first."))
            return
        QGuiApplication.clipboard().setText(as_quote(chosen))
        self.message.emit(tr("Copied %n highlight(s) as quotes.", None, len(chosen)))

    def export_to(self, kind: str) -> None:
        """Export the highlights shown, as `kind`, to a file the reader chooses."""
        export = self._export
        if export is None:
            return
        if kind == "md":
            folder = QFileDialog.getExistingDirectory(self, tr("Export highlights to a folder"))
            if folder:
                self._run_export(lambda: len(export.markdown_folder(Path(folder))), folder)
            return
        suffix = {"jsonld": "jsonld", "csv": "csv"}[kind]
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Export highlights"), f"highlights.{suffix}", f"*.{suffix}"
        )
        if name:
            self._run_export(lambda: export.save(kind, Path(name)), name)

    def _run_export(self, write: Callable[[], object], where: str) -> None:
        try:
            write()
        except ReaderError as exc:
            self.message.emit(tr("Not exported: {reason}").format(reason=exc))
            return
        self.message.emit(tr("Exported the highlights to {path}").format(path=where))

    def on_list_activated(self, index: QModelIndex) -> None:
        """Open the activated highlight in its article."""
        annotation = self.model.annotation(index.row())
        if annotation is not None:
            self.open_requested.emit(annotation)
