"""The annotations panel: an article's highlights in reading order, filterable."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.records import Annotation
from reader.services.annotations import COLORS
from reader.ui.highlights import color_name, swatch

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 20


def annotation_html(a: Annotation, with_title: bool = False) -> str:
    quote = a.exact if len(a.exact) <= 220 else a.exact[:219] + "…"
    parts = []
    if with_title:
        parts.append(f"<b>{html.escape(a.article_title)}</b><br/>")
    parts.append(f"<span>{html.escape(quote)}</span>")
    if a.note:
        parts.append(f"<br/><i>✎ {html.escape(a.note)}</i>")
    extra = [f"#{html.escape(t)}" for t in a.tags]
    if a.anchor_state != "exact":
        extra.append(f"<b>{a.anchor_state}</b>")
    if extra:
        parts.append(f"<br/><small>{' '.join(extra)}</small>")
    return "".join(parts)


def color_filter() -> QComboBox:
    """A combo box of "All colors" and the five named colors (data: the color or "")."""
    combo = QComboBox()
    combo.addItem("All colors", "")
    for c in COLORS:
        combo.addItem(swatch(c), color_name(c), c)
    return combo


def add_annotation_item(
    target: QListWidget, annotation: Annotation, width: int | None = None, with_title: bool = False
) -> None:
    """A list row showing the highlight's color, quote, note, tags and anchor state."""
    item = QListWidgetItem(swatch(annotation.color, 10), "")
    item.setData(ANNOTATION_ROLE, annotation)
    label = QLabel(annotation_html(annotation, with_title=with_title))
    label.setWordWrap(True)
    label.setContentsMargins(4, 4, 4, 4)
    label.setTextFormat(Qt.TextFormat.RichText)
    if width is not None:
        label.setFixedWidth(width)
    item.setSizeHint(label.sizeHint())
    target.addItem(item)
    target.setItemWidget(item, label)


class AnnotationsPanel(QWidget):
    """Emits `activated(annotation)` when a highlight is chosen."""

    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[Annotation] = []
        self.title = QLabel("Highlights")
        self.title.setObjectName("panelTitle")
        self.color = color_filter()
        self.tag = QComboBox()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.empty = QLabel("Select text and press H to highlight it.")
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
        self.list.itemClicked.connect(self.on_list_item_clicked)
        self.list.itemActivated.connect(self.on_list_item_clicked)

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self._all = sorted(annotations, key=lambda a: (a.anchor_state == "orphan", a.start))
        chosen_tag = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("All tags", "")
        for name in sorted({t for a in self._all for t in a.tags}, key=str.casefold):
            self.tag.addItem(f"#{name}", name)
        index = self.tag.findData(chosen_tag)
        self.tag.setCurrentIndex(max(0, index))
        self.tag.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        color, tag = self.color.currentData(), self.tag.currentData()
        self.list.clear()
        shown = [a for a in self._all
                 if (not color or a.color == color) and (not tag or tag in a.tags)]  # fmt: skip
        width = max(120, self.list.viewport().width() - 24)
        for a in shown:
            add_annotation_item(self.list, a, width)
        self.title.setText(f"Highlights ({len(self._all)})")
        self.empty.setVisible(not self._all)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        width = self.list.viewport().width() - 24
        for i in range(self.list.count()):
            item = self.list.item(i)
            label = self.list.itemWidget(item)
            if label is not None:
                label.setFixedWidth(max(120, width))
                item.setSizeHint(label.sizeHint())

    def selected(self) -> Annotation | None:
        item = self.list.currentItem()
        value = item.data(ANNOTATION_ROLE) if item else None
        return value if isinstance(value, Annotation) else None

    def on_list_item_clicked(self, item: QListWidgetItem) -> None:
        value = item.data(ANNOTATION_ROLE)
        if isinstance(value, Annotation):
            self.activated.emit(value)
