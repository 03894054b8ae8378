"""The library list, title first.

Each row shows the whole title (two lines at most), then source · date · reading time · progress ·
tags · highlights, with unread rows in bold behind a dot. Sorting stays in SQL (LibraryModel.sort),
chosen from a menu above the list.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from reader.core.records import ArticleSummary, ReadState
from reader.core.wordcount import reading_minutes_from_counts
from reader.ui.i18n import tr
from reader.ui.images import cover_thumbnail
from reader.ui.librarymodel import SUMMARY_ROLE, LibraryModel

PAD_X, PAD_Y, DOT = 22, 9, 7
_Index = QModelIndex | QPersistentModelIndex


def sort_choices() -> list[tuple[str, int, Qt.SortOrder]]:
    """The list's orders: label, model column, direction."""
    down, up = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
    return [
        (tr("Newest first"), 2, down),
        (tr("Oldest first"), 2, up),
        (tr("Title"), 0, up),
        (tr("Source"), 1, up),
        (tr("Most highlighted"), 4, down),
        (tr("Reading state"), 5, up),
    ]


def meta_line(summary: ArticleSummary) -> str:
    """Source · date · reading time · progress · tags · highlights."""
    parts = [summary.author or ""]
    if summary.date:
        parts.append(summary.date.strftime("%Y-%m-%d"))
    if summary.char_count:
        minutes = reading_minutes_from_counts(summary.char_count, summary.word_count)
        parts.append(tr("%n min", None, minutes))
    if summary.read_state is ReadState.ARCHIVED:
        parts.append(tr("Archived"))
    elif summary.read_state is ReadState.UNREAD and 0.02 < summary.reading_progress < 0.98:
        parts.append(f"{round(summary.reading_progress * 100)}%")
    if summary.tags:
        parts.append(" ".join(f"#{tag}" for tag in summary.tags[:3]))
    if summary.highlight_count:
        parts.append(f"✎ {summary.highlight_count}")
    return " · ".join(p for p in parts if p)


class ArticleRowDelegate(QStyledItemDelegate):
    """Paints one article as a title-first row, with its cover.

    Paints one article as a title-first row, with its cover at the right when the library holds
    it; nothing is computed but the text layout.
    """

    media_dir: Path | None = None  # the library's media store, where covers are read

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = option.widget.font() if option.widget is not None else option.font
        regular = QFont(base)
        regular.setBold(False)
        bold = QFont(regular)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(regular)
        small.setPointSizeF(max(7.0, regular.pointSizeF() * 0.88))
        return regular, bold, small

    def row_height(self, option: QStyleOptionViewItem) -> int:
        """The height of a row: two lines of title and a meta line."""
        _regular, bold, small = self._fonts(option)
        return int(2 * line_height(bold) + line_height(small) + 2 * PAD_Y + 4)

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(200, self.row_height(option))

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        summary = index.data(SUMMARY_ROLE)
        if not isinstance(summary, ArticleSummary):
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        blank = QStyleOptionViewItem(option)
        blank.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, blank, painter, option.widget)
        regular, bold, small = self._fonts(option)
        unread = summary.read_state is ReadState.UNREAD
        palette = option.palette
        text = palette.color(QPalette.ColorRole.Text)
        secondary = palette.color(QPalette.ColorRole.PlaceholderText)
        box = QRectF(option.rect).adjusted(PAD_X, PAD_Y, -12, -PAD_Y)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if summary.cover is not None and self.media_dir is not None:
            side = int(box.height())
            ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
            thumb = cover_thumbnail(self.media_dir, summary.cover, int(side * ratio))
            if thumb is not None:
                thumb.setDevicePixelRatio(ratio)
                square = QRectF(box.right() - side, box.top(), side, side)
                rounded = QPainterPath()
                rounded.addRoundedRect(square, 6, 6)
                painter.setClipPath(rounded)
                painter.drawPixmap(square.topLeft(), thumb)
                painter.setClipping(False)
                box.setRight(square.left() - 10)
        title_font = bold if unread else regular
        lines = title_lines(summary.title, title_font, box.width())
        line, meta_line_height = line_height(title_font), line_height(small)
        # Centred in the row: a one-line title does not leave a gap under its meta line.
        top = box.top() + (box.height() - len(lines) * line - 2 - meta_line_height) / 2
        if unread:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Link))
            painter.drawEllipse(QPointF(PAD_X / 2 + option.rect.left(), top + line / 2),
                                DOT / 2, DOT / 2)  # fmt: skip
        painter.setPen(text if summary.read_state is not ReadState.ARCHIVED else secondary)
        painter.setFont(title_font)
        descent = QFontMetricsF(title_font).descent()
        for i, piece in enumerate(lines):
            painter.drawText(QPointF(box.left(), top + (i + 1) * line - descent), piece)
        painter.setFont(small)
        painter.setPen(secondary)
        metrics = QFontMetricsF(small)
        meta = metrics.elidedText(meta_line(summary), Qt.TextElideMode.ElideRight, box.width())
        bottom = top + len(lines) * line + 2 + meta_line_height
        painter.drawText(QPointF(box.left(), bottom - metrics.descent()), meta)
        painter.restore()


@lru_cache(maxsize=16)
def _line_height(font_key: str) -> float:
    font = QFont()
    font.fromString(font_key)
    layout = QTextLayout("中文 Ag", font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return max(line.height(), QFontMetricsF(font).lineSpacing())


def line_height(font: QFont) -> float:
    """A line's height in a font, Chinese included.

    The CJK glyphs come from a fallback font whose lines are taller than the font's own metrics
    say (18 px against 14).
    """
    return _line_height(font.toString())


def title_lines(title: str, font: QFont, width: float) -> list[str]:
    """The title on two lines at most, the second elided if the title goes on."""
    layout = QTextLayout(title, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while len(spans) < 2:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    metrics = QFontMetricsF(font)
    lines = []
    for i, (start, length) in enumerate(spans):
        last = i == len(spans) - 1
        piece = title[start:] if last else title[start : start + length]
        if last:
            piece = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, width)
        lines.append(piece.rstrip())
    return lines or [""]


class LibraryList(QWidget):
    """The list with its order menu; `table` is the view (one column, title-first rows)."""

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = make_library_table(model)
        self.count = QLabel()
        self.count.setObjectName("libraryCount")
        self.order = QComboBox()
        self.order.setAccessibleName(tr("Order of the list"))
        for label, column, direction in sort_choices():
            self.order.addItem(label, (column, direction))
        self.order.currentIndexChanged.connect(self._sort)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 0, 0)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.order)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def set_media_dir(self, media_dir: Path | None) -> None:
        """Where the rows' covers are stored (none shown without it)."""
        self.table.row_delegate.media_dir = media_dir
        self.table.viewport().update()

    def _sort(self, choice: int) -> None:
        column, direction = self.order.itemData(choice)
        self.table.sortByColumn(column, direction)


class LibraryTable(QTableView):
    """The list's view: several rows can be selected for the batch actions."""

    row_delegate: ArticleRowDelegate

    def choose_row(self, row: int) -> None:
        """Select this one row and make it current, whatever keys are held.

        Select this one row and make it current, whatever keys are held (selectRow() in a
        multiple selection adds to it, or toggles it, while Ctrl or Shift is down).
        """
        index = self.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(
            index, flags.ClearAndSelect | flags.Rows | flags.Current
        )
        self.scrollTo(index)


def make_library_table(model: LibraryModel) -> LibraryTable:
    """The library list's table over `model`."""
    table = LibraryTable()
    table.setModel(model)
    table.setAccessibleName(tr("Articles"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the list for the next pane
    table.setSortingEnabled(True)
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    table.horizontalHeader().hide()
    table.horizontalHeader().setStretchLastSection(False)
    table.horizontalHeader().setSectionResizeMode(0, table.horizontalHeader().ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        table.setColumnHidden(column, True)
    delegate = ArticleRowDelegate(table)
    table.row_delegate = delegate
    table.setItemDelegateForColumn(0, delegate)
    option = QStyleOptionViewItem()
    option.font = table.font()
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(delegate.row_height(option))
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(False)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table
