"""All highlights in the library: searchable, filterable by tag, color and article."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.records import AnnotationQuery
from reader.services.annotations import AnnotationService
from reader.ui.annotationmodel import AnnotationListModel, make_annotation_list
from reader.ui.annotationspanel import color_filter
from reader.ui.i18n import tr


class AllHighlightsDialog(QDialog):
    """Emits `open_requested(annotation)`; the window opens the article at that passage."""

    open_requested = Signal(object)

    def __init__(self, service: AnnotationService, tags: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("All highlights"))
        self.resize(720, 640)
        self._service = service
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search quotes, notes and titles"))
        self.search.setClearButtonEnabled(True)
        self.color = color_filter()
        self.tag = QComboBox()
        self.tag.addItem(tr("All tags"), "")
        for t in tags:
            self.tag.addItem(f"#{t}", t)
        self.orphans = QComboBox()
        self.orphans.addItems([tr("All highlights"), tr("Orphans only")])
        self.model = AnnotationListModel(with_title=True, parent=self)
        self.list = make_annotation_list(self.model)
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
        self.list.activated.connect(self.on_list_activated)
        self.list.doubleClicked.connect(self.on_list_activated)
        self.refresh()

    def refresh(self) -> None:
        query = AnnotationQuery(
            color=self.color.currentData() or None,
            tag=self.tag.currentData() or None,
            text=self.search.text().strip() or None,
            orphans_only=self.orphans.currentIndex() == 1,
        )
        found = self._service.list_annotations(query)
        self.model.set_annotations(found)
        self.count.setText(tr("%n highlight(s)", None, len(found)))

    def on_list_activated(self, index: QModelIndex) -> None:
        annotation = self.model.annotation(index.row())
        if annotation is not None:
            self.open_requested.emit(annotation)
