"""All highlights in the library: searchable, filterable by tag, color and article."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.records import Annotation, AnnotationQuery
from reader.services.annotations import AnnotationService
from reader.ui.annotationspanel import ANNOTATION_ROLE, add_annotation_item, color_filter


class AllHighlightsDialog(QDialog):
    """Emits `open_requested(annotation)`; the window opens the article at that passage."""

    open_requested = Signal(object)

    def __init__(self, service: AnnotationService, tags: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("All highlights")
        self.resize(720, 640)
        self._service = service
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search quotes, notes and titles")
        self.search.setClearButtonEnabled(True)
        self.color = color_filter()
        self.tag = QComboBox()
        self.tag.addItem("All tags", "")
        for t in tags:
            self.tag.addItem(f"#{t}", t)
        self.orphans = QComboBox()
        self.orphans.addItems(["All highlights", "Orphans only"])
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.color)
        top.addWidget(self.tag)
        top.addWidget(self.orphans)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self.refresh)
        self.color.currentIndexChanged.connect(self.refresh)
        self.tag.currentIndexChanged.connect(self.refresh)
        self.orphans.currentIndexChanged.connect(self.refresh)
        self.list.itemActivated.connect(self.on_list_item_activated)
        self.list.itemDoubleClicked.connect(self.on_list_item_activated)
        self.refresh()

    def refresh(self) -> None:
        query = AnnotationQuery(
            color=self.color.currentData() or None,
            tag=self.tag.currentData() or None,
            text=self.search.text().strip() or None,
            orphans_only=self.orphans.currentIndex() == 1,
        )
        found = self._service.list_annotations(query)
        self.list.clear()
        for a in found:
            add_annotation_item(self.list, a, 660, with_title=True)
        self.count.setText(f"{len(found)} highlight{'s' if len(found) != 1 else ''}")

    def on_list_item_activated(self, item: QListWidgetItem) -> None:
        value = item.data(ANNOTATION_ROLE)
        if isinstance(value, Annotation):
            self.open_requested.emit(value)
