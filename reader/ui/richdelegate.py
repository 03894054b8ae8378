"""A delegate that paints a row's prepared rich text; it computes nothing itself."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)
from typing_extensions import override

from reader.ui.searchmodel import HTML_ROLE

_Index = QModelIndex | QPersistentModelIndex
BAR_ROLE = Qt.ItemDataRole.UserRole + 12  # a QColor: a bar down the row's left edge
BAR_SPACE = 10  # the bar and the gap after it


class RichTextDelegate(QStyledItemDelegate):
    """Draws list rows from their HTML, as rich text."""

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(8)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        # A list view's rows span its viewport; the option's rect is not set yet when the
        # view asks for a size hint, and a row laid out narrower than it paints is clipped.
        view = option.widget
        width = option.rect.width()
        if isinstance(view, QListView):
            width = view.viewport().width() - 2 * view.spacing()
        doc.setTextWidth(max(120, width - self._indent(index)))
        return doc

    @staticmethod
    def _indent(index: _Index) -> int:
        return BAR_SPACE if isinstance(index.data(BAR_ROLE), QColor) else 0

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text_less = QStyleOptionViewItem(option)
        text_less.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_less, painter, option.widget)
        doc = self._document(option, index)
        painter.save()
        bar = index.data(BAR_ROLE)
        if isinstance(bar, QColor):
            rect = QRectF(option.rect.left() + 2, option.rect.top() + 6, 4,
                          option.rect.height() - 12)  # fmt: skip
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            painter.drawRoundedRect(rect, 2, 2)
        painter.translate(option.rect.left() + self._indent(index), option.rect.top())
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text,
                option.palette.color(QPalette.ColorRole.HighlightedText),
            )
        painter.setClipRect(0, 0, option.rect.width() - self._indent(index), option.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)
