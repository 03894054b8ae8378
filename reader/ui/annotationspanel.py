"""The annotations panel: an article's highlights in reading order, filterable."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reader.core.records import Annotation
from reader.services.annotations import COLORS
from reader.ui.annotationmodel import AnnotationListModel, make_annotation_list
from reader.ui.highlights import color_name, swatch
from reader.ui.i18n import tr


def color_filter() -> QComboBox:
    """A combo box of "All colors" and the five named colors (data: the color or "")."""
    combo = QComboBox()
    combo.addItem(tr("All colors"), "")
    for c in COLORS:
        combo.addItem(swatch(c), color_name(c), c)
    return combo


class AnnotationsPanel(QWidget):
    """Emits `activated(annotation)` when a highlight is chosen."""

    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[Annotation] = []
        self.title = QLabel(tr("Highlights"))
        self.title.setObjectName("panelTitle")
        self.color = color_filter()
        self.tag = QComboBox()
        self.model = AnnotationListModel(parent=self)
        self.list = make_annotation_list(self.model)
        self.color.setAccessibleName(tr("Show highlights of a colour"))
        self.tag.setAccessibleName(tr("Show highlights with a tag"))
        self.list.setAccessibleName(tr("Highlights in this article"))
        self.empty = QLabel(tr("Select text and press H to highlight it."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        filters = QHBoxLayout()
        filters.addWidget(self.color)
        filters.addWidget(self.tag)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.color.currentIndexChanged.connect(self._fill)
        self.tag.currentIndexChanged.connect(self._fill)
        self.list.clicked.connect(self.on_list_clicked)
        self.list.activated.connect(self.on_list_clicked)
        self.set_annotations([])  # no article yet: the filters read "All", not blank

    def set_annotations(self, annotations: list[Annotation]) -> None:
        """Show these highlights, orphans last, through the panel's filters."""
        self._all = sorted(annotations, key=lambda a: (a.anchor_state == "orphan", a.start))
        chosen_tag = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(tr("All tags"), "")
        for name in sorted({t for a in self._all for t in a.tags}, key=str.casefold):
            self.tag.addItem(f"#{name}", name)
        index = self.tag.findData(chosen_tag)
        self.tag.setCurrentIndex(max(0, index))
        self.tag.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        color, tag = self.color.currentData(), self.tag.currentData()
        shown = [a for a in self._all
                 if (not color or a.color == color) and (not tag or tag in a.tags)]  # fmt: skip
        self.model.set_annotations(shown)
        self.title.setText(tr("Highlights ({count})").format(count=len(self._all)))
        self.empty.setVisible(not self._all)

    def selected(self) -> Annotation | None:
        """The highlight selected in the panel, if any."""
        return self.model.annotation(self.list.currentIndex().row())

    def on_list_clicked(self, index: QModelIndex) -> None:
        """Announce the highlight clicked."""
        annotation = self.model.annotation(index.row())
        if annotation is not None:
            self.activated.emit(annotation)
